"""One exception root for everything the judge reports as an error (not a verdict).

The CLI is the only place that catches `JudgeError`; it prints `str(error)` (one readable
paragraph, naming the file and the fix) and exits with `exit_code`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from judge.problem.diagnostics import Diagnostics


class JudgeError(Exception):
    """Root of the judge's own errors; `exit_code` is what the CLI exits with."""

    exit_code = 2


class UsageError(JudgeError):
    """The command line asked for something that cannot be done as asked."""


class ProblemNotFoundError(JudgeError):
    """No problem folder matches the slug, path or solution file name."""


class SolutionFileError(JudgeError):
    """The solution file cannot be read (missing, not a file, not UTF-8)."""


class ProblemFormatError(JudgeError):
    """A problem folder is broken; carries every finding at once."""

    def __init__(self, diagnostics: Diagnostics) -> None:
        self.diagnostics = diagnostics
        super().__init__(diagnostics.render())


class SandboxError(JudgeError):
    """The judge could not run code at all (not the solution's fault)."""

    exit_code = 3
