"""The terminal summary of a grading run: one table row per solution, then why each failed.

Also the small shared helpers (complexity cells, failure details) that the JUnit, GitHub
and HTML reporters use; their words come from judge.reports.phrases.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from rich.console import Console
from rich.table import Table
from rich.text import Text

from judge.batch import Unmatched, is_accepted, tally
from judge.complexity.status import Status
from judge.report import AxisResult, Report, preview
from judge.reports.phrases import (
    AXIS_COLUMNS,
    NOT_ACCEPTED,
    NOT_JUDGED,
    axis_line,
    case_location,
    solutions,
    verdict_line,
    verdict_notes,
)
from judge.reports.text import STATUS_STYLE
from judge.verdicts import Verdict

DETAIL_PREVIEW = 200


@dataclass(frozen=True)
class AxisCell:
    """One complexity column: what was measured, what was expected, how they compare."""

    measured: str
    expected: str
    status: Status | Literal[""]  # "" (not measured)

    @property
    def text(self) -> str:
        return f"{self.measured} / {self.expected}" if self.expected else self.measured


def axis_cell(report: Report, which: str) -> AxisCell:
    """The time or space cell: measured / expected, or '-' / expected when not measured."""
    complexity = report.complexity
    expected = report.expected_time if which == "time" else report.expected_space
    if complexity is None:
        return AxisCell("-", expected, "")
    axis: AxisResult = complexity.time if which == "time" else complexity.space
    # `shown`, not the best class alone: "O(n) or O(n log n)" next to an expected O(n) is honest
    # where a bare "O(n log n)" in green would look like a contradiction.
    measured = axis.shown if axis.status != "inconclusive" else f"{axis.shown}?"
    return AxisCell(measured, expected or axis.expected, axis.status)


def tests_cell(report: Report) -> str:
    """'10/10' over the problem's own tests (cases at scale are not counted)."""
    own = [c for c in report.cases if c.group != "scale"]
    return f"{sum(1 for c in own if c.verdict is Verdict.ACCEPTED)}/{len(own)}" if own else "-"


def verdict_text(entry: Report | Unmatched) -> str:
    return NOT_JUDGED if isinstance(entry, Unmatched) else entry.verdict.label


def failure_details(report: Report, limit: int = DETAIL_PREVIEW, *, with_complexity: bool = True) -> list[str]:
    """The lines that explain a non-accepted verdict: reason, first failing case, complexity.

    `with_complexity=False` leaves out the complexity lines (for a page that shows them itself).
    """
    lines = [f"verdict: {verdict_line(report)}"]
    if report.verdict is Verdict.INVALID_SOLUTION:
        error = report.error or {}
        if error.get("line"):
            lines.append(f"line {error['line']}: {str(error.get('source', '')).strip()}")
        return lines
    case = report.first_failure
    if case is not None:
        lines.append(f"first failure: {case.verdict.label} on {case_location(case)}")
        lines.append(f"input: {preview(dict(case.input), limit)}")
        if case.verdict is Verdict.WRONG_ANSWER:
            lines.append(f"expected: {preview(case.expected, limit)}")
            lines.append(f"actual: {preview(case.actual, limit)}")
        if case.reason:
            lines.append(f"reason: {case.reason}")
        if case.comment:
            lines.append(f"note: {case.comment}")
        error = case.error or {}
        if error.get("line"):
            lines.append(f"at line {error['line']}: {str(error.get('source', '')).strip()}")
    if with_complexity and report.complexity is not None:
        lines.extend(complexity_lines(report))
    return lines


def complexity_lines(report: Report) -> list[str]:
    """'time: measured O(n^2), expected O(n): worse (message)' for both axes."""
    if report.complexity is None:
        return []
    result = report.complexity
    return [axis_line("time", result.time), axis_line("space", result.space), *verdict_notes(result)]


def common_folder(entries: Sequence[Report | Unmatched]) -> str:
    """The folder every solution is in (said once, not on every row), or '' when they differ."""
    folders = {e.solution.replace("\\", "/").rpartition("/")[0] for e in entries}
    return folders.pop() if len(folders) == 1 else ""


def error_line(entry: Report | Unmatched) -> str:
    """One line saying why an entry is not accepted (the annotation and summary text)."""
    if isinstance(entry, Unmatched):
        return entry.message
    return verdict_line(entry)


class SummaryReporter:
    """A rich table (colour only when asked), then one line per solution that failed."""

    def __init__(self, color: bool = False, width: int = 240) -> None:
        """`width` is a maximum: the table is only as wide as its contents (paths never fold
        when written to a file or a CI log); pass the terminal's width when printing to one."""
        self.color = color
        self.width = width

    def render(self, report: Report) -> str:
        return self.render_many([report])

    def render_many(self, entries: Sequence[Report | Unmatched], seconds: float | None = None) -> str:
        buffer = io.StringIO()
        console = Console(file=buffer, force_terminal=self.color, no_color=not self.color,
                          width=self.width, highlight=False, soft_wrap=False)
        table = Table(box=None, pad_edge=False, header_style="bold", show_edge=False)
        # Numbers and verdicts stay on one line; a narrow terminal folds the text columns, never
        # below a readable width.
        for column, justify, min_width in (("solution", "left", 14), ("problem", "left", 8), ("verdict", "left", 8),
                                           ("tests", "right", 5), ("time", "left", 10), ("space", "left", 10),
                                           ("seconds", "right", 7)):
            table.add_column(column, justify=justify, overflow="fold", min_width=min_width)  # type: ignore[arg-type]
        common = common_folder(entries)
        if common:
            console.print(Text(f"in {common}/", style="dim"))
        for entry in entries:
            table.add_row(*self._row(entry, common))
        console.print(table)
        console.print(Text(f"time, space: {AXIS_COLUMNS} class (? = could not be told apart)", style="dim"))
        failed = [e for e in entries if not is_accepted(e)]
        if failed:
            console.print()
            console.print(Text(f"{NOT_ACCEPTED.capitalize()}:", style="bold"))
            for entry in failed:
                console.print(Text.assemble("  ", (entry.solution, "bold"), f": {error_line(entry)}"))
        console.print()
        console.print(self._totals(entries, seconds))
        return buffer.getvalue()

    def _row(self, entry: Report | Unmatched, common: str) -> tuple[Text | str, ...]:
        name = entry.solution[len(common) + 1:] if common else entry.solution
        if isinstance(entry, Unmatched):
            return (name, Text("?", style="dim"), Text(NOT_JUDGED, style="bold yellow"), "-", "-", "-", "-")
        style = "bold green" if entry.verdict.passed else "bold red"
        cells = [axis_cell(entry, "time"), axis_cell(entry, "space")]
        return (
            name, entry.problem, Text(entry.verdict.label, style=style), tests_cell(entry),
            *(Text(c.text, style=STATUS_STYLE[c.status] if c.status else "") for c in cells), f"{entry.seconds:.1f}",
        )

    def _totals(self, entries: Sequence[Report | Unmatched], seconds: float | None) -> Text:
        counts = tally(entries)
        accepted, rejected, unmatched = counts.accepted, counts.rejected, counts.unmatched
        line = Text(f"{solutions(len(entries))}: ")
        line.append(f"{accepted} accepted", style="green" if accepted else "")
        line.append(", ")
        line.append(f"{rejected} {NOT_ACCEPTED}", style="red" if rejected else "")
        if unmatched:
            line.append(", ")
            line.append(f"{unmatched} {NOT_JUDGED}", style="yellow")
        if seconds is not None:
            line.append(f"  ({seconds:.1f} s)")
        return line
