"""The human report: what passed, the first failure in full, complexity, one verdict."""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from judge.complexity.status import Status
from judge.report import AxisResult, CaseResult, Report, preview
from judge.reports.phrases import (
    GROUP_NAMES,
    STATUS_WORDS,
    axis_detail,
    case_location,
    complexity_notes,
    declared_notes,
    limit_line,
    note,
    space_with_answer,
    verdict_notes,
)
from judge.verdicts import Verdict

PREVIEW = 300
STATUS_STYLE: dict[Status, str] = {"ok": "green", "better": "green", "worse": "red", "inconclusive": "yellow"}


def verdict_style(verdict: Verdict) -> str:
    return "bold green" if verdict.passed else "bold red"


def arguments_text(args: Mapping[str, Any], limit: int = PREVIEW) -> str:
    """A test's input as LeetCode writes it: `head = [1, 2, 3], pos = 1` (each value cut at `limit`)."""
    if not args:
        return "(no arguments)"
    return ", ".join(f"{name} = {preview(value, limit)}" for name, value in args.items())


class TextReporter:
    """Renders with colour only when asked (the CLI asks when stdout is a terminal)."""

    def __init__(self, color: bool = False, width: int = 100, *, verbose: bool = False,
                 tests_shown: bool = False) -> None:
        self.color = color
        self.width = width
        self.verbose = verbose  # the ladders' sizes, caps and budgets: for those who ask
        self.tests_shown = tests_shown  # render_tests() already printed the header and the tests

    def _console(self, buffer: io.StringIO) -> Console:
        return Console(file=buffer, force_terminal=self.color, no_color=not self.color,
                       width=self.width, highlight=False, soft_wrap=True)

    def render_tests(self, report: Report) -> str:
        """The header and the tests' line alone: printed as soon as the tests have run."""
        buffer = io.StringIO()
        console = self._console(buffer)
        self._header(console, report)
        self._tests(console, report)
        return buffer.getvalue()

    def render(self, report: Report) -> str:
        buffer = io.StringIO()
        console = self._console(buffer)
        if not self.tests_shown:
            self._header(console, report)
        if report.verdict is Verdict.INVALID_SOLUTION:
            self._invalid(console, report)
        else:
            if not self.tests_shown:
                self._tests(console, report)
            failure = report.first_failure
            if failure is not None:
                self._failure(console, failure)
            if report.complexity is not None:
                self._complexity(console, report)
        label = report.verdict.label.upper()
        line = Text("Verdict   ")
        line.append(label, style=verdict_style(report.verdict))
        if report.reason and not report.verdict.passed:
            line.append(f"  {report.reason}")
        console.print(line)
        for warning in report.warnings:
            console.print(Text(note(warning), style="yellow"))
        return buffer.getvalue()

    def _header(self, console: Console, report: Report) -> None:
        console.print(Text.assemble((report.problem, "bold"), f" · {report.title}   ", (report.solution, "dim")))

    def _invalid(self, console: Console, report: Report) -> None:
        console.print(f"Solution  could not be loaded: {escape(report.reason)}")
        error = report.error or {}
        if error.get("source"):
            console.print(f"          line {error.get('line')}: {escape(str(error['source']).strip())}")

    def _tests(self, console: Console, report: Report) -> None:
        parts = []
        for group, (passed, total) in report.groups().items():
            style = "green" if passed == total else "red"
            parts.append(f"{GROUP_NAMES.get(group, group)} [{style}]{passed}/{total}[/{style}]")
        cpu = max((c.cpu_s for c in report.cases), default=0.0)
        entry = f"   slowest {cpu * 1000:.1f} ms CPU" if report.cases else ""
        console.print(f"Tests     {'   '.join(parts) or 'none'}{entry}")

    def _failure(self, console: Console, case: CaseResult) -> None:
        console.print(Text.assemble("Failed    ", (case.verdict.label, "red"), f" on {case_location(case)}"))
        console.print(f"  input     {escape(arguments_text(case.input))}")
        if case.verdict is Verdict.WRONG_ANSWER:
            console.print(f"  expected  {escape(preview(case.expected, PREVIEW))}")
            console.print(f"  actual    {escape(preview(case.actual, PREVIEW))}")
        if case.reason:
            console.print(f"  reason    {escape(case.reason)}")
        if case.comment:
            console.print(f"  note      {escape(case.comment)}")
        error = case.error or {}
        if error.get("line"):
            console.print(f"  at line {error['line']}: {escape(str(error.get('source', '')).strip())}")
        memory = f", peak memory {case.peak_memory_bytes / 2**20:.1f} MiB" if case.peak_memory_bytes else ""
        console.print(f"  used      {case.cpu_s:.3f} s CPU, {case.wall_s:.3f} s wall{memory}")
        for name, text in (("stdout", case.stdout), ("stderr", case.stderr)):
            if text.strip():
                lines = text.strip().splitlines()
                shown = "\n            ".join(escape(line[:200]) for line in lines[:10])
                more = f"  ... ({case.output_bytes:,} bytes printed in all)" if len(lines) > 10 else ""
                console.print(f"  {name:<9} {shown}{more}")

    def _complexity(self, console: Console, report: Report) -> None:
        result = report.complexity
        assert result is not None
        width = max(21, len(result.time.shown), len(result.space.shown))  # "O(n^2) or O(n^2 log n)" is 22
        for title, axis in (("Time", result.time), ("Space", result.space)):
            console.print(self._axis(title, axis, width))
        for line in declared_notes(report.expected_time, result.time.expected,
                                   report.expected_space, result.space.expected):
            console.print(Text(f"          {line}", style="dim"))
        for line in (space_with_answer(result), *verdict_notes(result)):
            if line:
                console.print(Text(f"          {line}", style="dim"))
        if result.at_limit is not None:
            console.print(f"Limit     {limit_line(result.at_limit, result.time.family)}")
        sizes = result.sizes
        if not self.verbose:
            return
        if sizes:
            console.print(f"Sizes     n = {min(sizes):,} ... {max(sizes):,}  ({len(sizes)} sizes, "
                          f"{result.seconds:.1f} s)" + (f", families: {', '.join(result.families)}"
                                                        if len(result.families) > 1 else ""))
        for line in complexity_notes(result):
            console.print(Text(f"          {line}", style="dim"))

    def _axis(self, title: str, axis: AxisResult, width: int = 21) -> Text:
        line = Text(f"{title:<10}")
        line.append(f"{axis.shown:<{width}} ")
        line.append(f"expected {axis.expected:<13}")
        line.append(f"{STATUS_WORDS[axis.status]:<7}", style=STATUS_STYLE[axis.status])
        detail = axis_detail(axis)
        line.append(f"({detail})" if detail else "")
        return line
