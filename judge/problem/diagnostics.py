"""Collect every finding about a problem folder, then report them all at once.

Modelled on problemtools' verifyproblem: an author fixing a folder wants the whole list,
not one error per run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Finding:
    severity: Severity
    file: str
    message: str
    fix: str = ""

    def render(self) -> str:
        text = f"{self.severity}: {self.file}: {self.message}"
        if self.fix:
            text += f" Fix: {self.fix}"
        return text


@dataclass
class Diagnostics:
    """A mutable collector used while loading; `findings` is the ordered result."""

    root: Path
    findings: list[Finding] = field(default_factory=list)

    def _name(self, file: Path | str) -> str:
        path = Path(file)
        try:
            return str(path.relative_to(self.root.parent))
        except ValueError:
            return str(path)

    def error(self, file: Path | str, message: str, fix: str = "") -> None:
        self.findings.append(Finding("error", self._name(file), message, fix))

    def warning(self, file: Path | str, message: str, fix: str = "") -> None:
        self.findings.append(Finding("warning", self._name(file), message, fix))

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    def render(self) -> str:
        count = len(self.errors)
        head = f"problem folder {self.root} has {count} error{'s' if count != 1 else ''}:"
        return "\n".join([head, *("  " + f.render() for f in self.findings)])
