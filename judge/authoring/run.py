"""The state one `judge verify` of one problem folder shares between its checks.

Every check adds its findings to the same Diagnostics instead of raising, because an author
fixing a folder wants the whole list at once, not one error per run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from judge.errors import JudgeError, ProblemFormatError
from judge.problem.diagnostics import Diagnostics

Progress = Callable[[str], None]


def no_progress(message: str) -> None:
    """The default progress callback: verify says nothing while it works."""


@dataclass
class VerifyRun:
    """Mutable state of one verification, turned into a VerifyResult at the end."""

    root: Path
    diag: Diagnostics
    progress: Progress = no_progress
    notes: list[str] = field(default_factory=list)  # facts worth telling the author that are no fault

    def absorb(self, exc: JudgeError, file: Path, context: str) -> None:
        """A format error found while running (e.g. by the checker) becomes findings."""
        if isinstance(exc, ProblemFormatError):
            self.diag.findings.extend(exc.diagnostics.findings)
        else:
            self.diag.error(file, f"{context}: {exc}", "Fix the cause above.")


def relative_name(root: Path, path: Path) -> str:
    """`path` as findings name files: relative to the folder's parent, so it starts with the slug."""
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)
