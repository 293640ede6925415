"""submissions/<verdict>/*.py: which verdict each file promises, and whether it got it.

The folder a submission sits in is its expected verdict, as in problemtools, so a wrong
filing and a judge that misjudges look the same: both are reported with the way to tell
them apart.
"""

from __future__ import annotations

from pathlib import Path

from judge.authoring.run import VerifyRun
from judge.report import AxisResult, Report
from judge.reports.phrases import axis_message
from judge.verdicts import Verdict

# Verdicts a submission folder may name, those that need the complexity phase, and the
# complexity limits, whose submissions the phase may fail to decide in a short budget.
SUBMISSION_VERDICTS = ("accepted", "wrong_answer", "too_slow", "too_much_memory", "time_limit_exceeded",
                       "runtime_error", "memory_limit_exceeded")
COMPLEXITY_VERDICTS = frozenset({"accepted", "too_slow", "too_much_memory"})
LIMIT_VERDICTS = frozenset({"too_slow", "too_much_memory"})

Submission = tuple[Path, str]  # (file, expected verdict)


def find_submissions(run: VerifyRun) -> list[Submission]:
    """(file, expected verdict) for submissions/<verdict>/*.py; misnamed folders are findings."""
    base = run.root / "submissions"
    if not base.is_dir():
        return []
    found: list[Submission] = []
    for folder in sorted(base.iterdir()):
        if folder.name.startswith((".", "__")):
            continue
        if not folder.is_dir():
            run.diag.error(folder, "is not inside a verdict folder, so verify cannot know what it should get.",
                           "Move it to submissions/<verdict>/, e.g. submissions/accepted/.")
            continue
        if folder.name not in SUBMISSION_VERDICTS:
            run.diag.error(folder, f"{folder.name!r} is not a verdict verify knows.",
                           f"Rename the folder to one of: {', '.join(SUBMISSION_VERDICTS)}.")
            continue
        files = sorted(p for p in folder.glob("*.py") if not p.name.startswith((".", "__")))
        if not files:
            run.diag.warning(folder, "holds no *.py submissions.", "Add one, or remove the empty folder.")
        found += [(p, folder.name) for p in files]
    return found


def limit_axis(report: Report, want: str) -> AxisResult | None:
    """The complexity axis that decides a submission filed under a limit verdict, if measured."""
    if want not in LIMIT_VERDICTS or report.complexity is None:
        return None
    return report.complexity.time if want == "too_slow" else report.complexity.space


def open_axes(report: Report) -> list[AxisResult]:
    """The complexity axes that came out inconclusive."""
    if report.complexity is None:
        return []
    return [axis for axis in (report.complexity.time, report.complexity.space) if axis.status == "inconclusive"]


def undecided(report: Report, want: str) -> bool:
    """The complexity phase left the verdict open: a submission filed under a complexity limit
    whose axis came out inconclusive, or one filed as accepted that was accepted only because
    an axis came out inconclusive (a misfiled slow solution must not pass as accepted)."""
    if want == "accepted":
        return report.verdict is Verdict.ACCEPTED and bool(open_axes(report))
    axis = limit_axis(report, want)
    return report.verdict.value != want and axis is not None and axis.status == "inconclusive"


def expected_verdict(folder: str, *, tests_only: bool) -> str:
    """The verdict a submission filed under `folder` must get: on the tests alone, a
    complexity verdict's submission must simply pass them."""
    return "accepted" if tests_only and folder in COMPLEXITY_VERDICTS else folder


def check_submission(run: VerifyRun, path: Path, want: str, report: Report | None, *,
                     tests_only: bool = False) -> None:
    """An error when the submission did not get the verdict its folder promises. Judged on
    the tests alone (verify --quick), a too_slow or too_much_memory submission must pass them."""
    if report is None:
        return  # judging failed, and that is already a finding
    want = expected_verdict(want, tests_only=tests_only)
    if report.verdict.value == want:
        if undecided(report, want):
            axes = "; ".join(f"{axis.expected} expected: {axis_message(axis)}" for axis in open_axes(report))
            run.diag.error(path, f"is filed as accepted, but the complexity phase could not confirm it ({axes}).",
                           "Verify with a larger --budget or raise [scaling] max_n; if it is slower than "
                           "expected, move it to submissions/too_slow/.")
        return
    got = report.verdict.value
    fix = f"If {report.verdict.label} is right, move it to submissions/{got}/; otherwise fix the submission"
    axis = limit_axis(report, want)
    if axis is not None and axis.status == "inconclusive":
        fix += (f". The complexity phase could not tell ({axis_message(axis)}): verify with a larger --budget "
                "or raise [scaling] max_n")
    elif axis is not None:
        fix += ", or add a generate_<family> that hits its worst case"
    elif want == "wrong_answer" and got == "accepted":
        fix += ", or add a test that it fails"
    run.diag.error(path, f"is filed as {Verdict(want).label} but gets {report.verdict.label}"
                   + (f" ({report.reason})" if report.reason else "") + ".", fix + ".")
