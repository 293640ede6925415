"""The helpers shared by the report formats: totals and failure details."""

from __future__ import annotations

from judge.batch import Unmatched, is_accepted, tally
from judge.report import Report
from judge.reports.summary import complexity_lines, failure_details

from .conftest import accepted, crashed, slow, unmatched, wrong


def test_tally_counts_each_kind_of_entry(entries: list[Report | Unmatched]) -> None:
    counts = tally(entries)
    assert (counts.accepted, counts.rejected, counts.unmatched) == (1, 3, 1)
    assert tally([]) == tally(e for e in ())
    assert [is_accepted(e) for e in entries] == [True, False, False, False, False]


def test_failure_details_without_complexity_drops_only_those_lines() -> None:
    for report in (slow(), wrong(), crashed(), accepted()):
        full = failure_details(report)
        assert failure_details(report, with_complexity=False) == [
            line for line in full if line not in complexity_lines(report)]
    assert complexity_lines(slow()) and set(complexity_lines(slow())) <= set(failure_details(slow()))


def test_unmatched_is_never_accepted() -> None:
    assert not is_accepted(unmatched())


def test_complexity_lines_carry_the_notes_that_explain_a_verdict() -> None:
    """JUnit and HTML show complexity_lines: a count set aside for CPU time says why there."""
    from dataclasses import replace

    from judge.report import CpuTimeNote
    from judge.reports.summary import complexity_lines

    from .conftest import slow

    report = slow()
    assert report.complexity is not None
    assert len(complexity_lines(report)) == 2  # time and space, nothing else to say
    note = CpuTimeNote("uncounted", detail="generate", rise=9.0, from_n=128, to_n=1024)
    lines = complexity_lines(replace(report, complexity=replace(report.complexity, cpu_time=note)))
    assert len(lines) == 3 and "work ran where callgrind does not count it" in lines[2]
