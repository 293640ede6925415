"""`judge verify`'s text: every finding with its fix, then the notes, then one line per problem.

Findings come first and all together, so an author can work down one list; the summary
lines come last, where a terminal leaves them in view.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from judge.authoring.verify import VerifyResult


def render_verify(results: Sequence[VerifyResult]) -> str:
    """Every finding (file, message, fix), then notes, then one summary line per problem."""
    out = io.StringIO()
    findings = [f for r in results for f in r.findings]
    if findings:
        errors = sum(1 for f in findings if f.severity == "error")
        out.write(f"{_count(errors, 'error')}, {_count(len(findings) - errors, 'warning')}:\n")
        for finding in findings:
            out.write(f"  {finding.render()}\n")
        out.write("\n")
    for result in results:
        for note in result.notes:
            out.write(f"note: {result.slug}: {note}\n")
    if any(r.notes for r in results):
        out.write("\n")
    for result in results:
        out.write(summary_line(result) + "\n")
    return out.getvalue()


def summary_line(result: VerifyResult) -> str:
    """One problem's outcome: OK or FAILED, the counts, the reference's classes, the submissions."""
    head = f"{result.slug}: {'OK' if result.ok else 'FAILED'}"
    parts = [_count(len(result.errors), "error"), _count(len(result.warnings), "warning")]
    if result.reference is not None and result.reference.complexity is not None:
        c = result.reference.complexity
        parts.append(f"reference time {c.time.shown} (declared {c.time.expected}), "
                     f"space {c.space.shown} (declared {c.space.expected})")
    if result.submissions:
        right = sum(1 for _, want, got in result.submissions if got is not None and got.verdict.value == want)
        parts.append(f"{right}/{len(result.submissions)} submissions as expected")
    if result.suggested_time_limit_s is not None:
        parts.append(f"suggested time limit {result.suggested_time_limit_s:g} s")
    return f"{head} ({'; '.join(parts)}) in {result.seconds:.0f} s"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' if number != 1 else ''}"
