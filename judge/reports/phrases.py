"""Every sentence the reports share: numbers, statuses and reason codes in, words out.

The fitter returns statuses and reason codes (judge/complexity/status.py) and the report
model keeps them; the JSON "message", the text report, the summary table, HTML, JUnit and
GitHub output all word them here, so one change of wording reaches every format.

The report model sits below the reporters and never imports them: the functions here
read its fields (and the fitter's, for benches and tests).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from judge.complexity.status import Margin, Separation, Status, margin, separation

if TYPE_CHECKING:
    from judge.complexity.assess import Assessment
    from judge.complexity.outcome import Fit
    from judge.complexity.status import Kind
    from judge.report import (
        AxisReason,
        AxisResult,
        CaseResult,
        ComplexityResult,
        CpuTimeNote,
        LadderSummary,
        LimitPrediction,
        Report,
    )

STATUS_WORDS: dict[Status, str] = {"ok": "ok", "better": "better", "worse": "worse", "inconclusive": "inconclusive"}
GROUP_NAMES = {"example": "examples", "hidden": "hidden", "scale": "at scale"}
NOT_JUDGED = "not judged"
NOT_ACCEPTED = "not accepted"
AXIS_COLUMNS = "measured / expected"
NOT_MEASURED = "too few sizes could be measured"

UNIT_OF_KIND: dict[Kind, str] = {"time": "s", "instructions": "instructions", "space": "bytes"}
# How a slowdown is said for each unit: the verb, and what the curve predicts.
_COST_WORDS = {"s": ("takes", "what"), "instructions": ("executes", "the instructions")}
_SPACE_COST_WORDS = ("uses", "what")
# The runner-up's margin: in the axis message, and in the text report's shorter detail.
_RUNNER_UP_MARGIN: dict[Margin, str] = {"clear": "clearly worse fit", "fair": "worse fit",
                                        "slight": "slightly worse fit"}
_RUNNER_UP_DETAIL: dict[Margin, str] = {"clear": "clearly worse fit", "fair": "worse fit", "slight": "close fit"}


# --- classes ---------------------------------------------------------------------------


def measured_phrase(plausible: Sequence[str], best: str, runner_up: str | None, standing: Separation) -> str:
    """What was measured, with how sure: 'O(n) or O(n log n)', 'O(1) (no significant growth)',
    'O(n) (next best O(n log n), clearly worse fit)'."""
    if standing == "several":
        return _class_list(plausible) if plausible else best
    if standing == "no_growth":
        return f"{best} (no significant growth)"
    if standing == "like_reference":
        return f"{best} (grows as the reference does on the same inputs)"
    if standing == "beyond_reference":
        return f"{best} (outgrows the reference faster at every doubling, on the same inputs)"
    if standing == "unopposed" or runner_up is None:
        return best
    return f"{best} (next best {runner_up}, {_RUNNER_UP_MARGIN[standing]})"


def _class_list(names: Sequence[str]) -> str:
    """'A', 'A or B', 'A, B or C'."""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " or " + names[-1]


def fit_phrase(fit: Fit) -> str:
    """`measured_phrase` of a Fit, straight from the fitter."""
    runner_up = fit.runner_up.name if fit.runner_up is not None else None
    return measured_phrase([c.name for c in fit.plausible], fit.best.name, runner_up, fit.separation)


# --- the axis message --------------------------------------------------------------------


def slowdown_clause(unit: str, slowdown: float, at_n: int, expected: str, *, only: bool = False) -> str:
    """'at n = 256 it executes 5.9x the instructions an O(n) curve through its smaller sizes predicts'."""
    verb, what = _COST_WORDS.get(unit, _SPACE_COST_WORDS)
    how = "only " if only else ""
    return (f"at n = {at_n:,} it {verb} {how}{slowdown:.1f}x {what} an {expected} curve "
            "through its smaller sizes predicts")


def verdict_message(*, reason: AxisReason, expected: str, shown: str, sizes: Sequence[int], unit: str,
                    slowdown: float | None = None, at_n: int | None = None) -> str:
    """The sentence behind an axis's status (the JSON "message"): `shown` is `measured_phrase`,
    `sizes` the distinct sizes measured, `unit` "s", "instructions" or "bytes"."""
    if reason == "not_measured":
        return NOT_MEASURED
    if reason == "too_few_sizes":
        span = f" ({len(sizes)} sizes, n = {sizes[0]}..{sizes[-1]})" if sizes else ""
        return f"too few sizes or too small a range{span} to judge against {expected}"
    if reason == "as_expected":
        return f"consistent with {expected} (measured {shown})"
    if reason == "faster":
        return f"better than {expected}: measured {shown}"
    if reason == "cannot_place":
        return f"measured {shown}: the data cannot place {expected}"
    if reason == "slower_no_holdout":
        return f"measured {shown}, above {expected}, but too few sizes to confirm it"
    if reason in ("slower_confirmed", "slower_unconfirmed", "slower_by_a_degree") and slowdown is not None \
            and at_n is not None:
        clause = slowdown_clause(unit, slowdown, at_n, expected, only=reason == "slower_unconfirmed")
        if reason == "slower_confirmed":
            return f"measured {shown}: {clause}"
        if reason == "slower_by_a_degree":
            return f"measured {shown}, a polynomial degree above {expected}: {clause}, and the gap grows with n"
        why = "CPython's own steps" if unit == "instructions" else "caches and noise"
        return f"measured {shown}, above {expected}, but {clause} ({why} alone can do that)"
    return f"measured {shown}"  # an old report's axis, or a slowdown saved without its numbers


def assessment_message(fit: Fit, assessment: Assessment) -> str:
    """The axis message straight from the fitter's values (what a report of them would say)."""
    return verdict_message(reason=assessment.reason, expected=assessment.expected.name, shown=fit_phrase(fit),
                           sizes=fit.sizes, unit=UNIT_OF_KIND[fit.kind], slowdown=assessment.slowdown,
                           at_n=assessment.at_n)


def standing(axis: AxisResult) -> Separation:
    """The axis's separation; for a report saved before it was kept, from its other fields."""
    if axis.separation is not None:
        return axis.separation
    return separation(plausible=len(axis.plausible), no_growth=False, has_runner_up=axis.runner_up is not None,
                      confidence=axis.confidence)


def axis_message(axis: AxisResult) -> str:
    """The axis message of a report (the JSON "message")."""
    shown = measured_phrase(axis.plausible, axis.measured, axis.runner_up, standing(axis))
    sizes = sorted({n for n, _ in axis.points})
    return verdict_message(reason=axis.reason, expected=axis.expected, shown=shown, sizes=sizes, unit=axis.unit,
                           slowdown=axis.slowdown, at_n=axis.at_n)


# --- the reporters' lines ----------------------------------------------------------------


def axis_detail(axis: AxisResult) -> str:
    """The text report's bracketed detail: the slowdown for "worse", why the class is believed
    for "ok" and "better" (and the worst family), else the axis message."""
    if axis.status == "worse" and axis.slowdown is not None and axis.at_n is not None:
        return slowdown_clause(axis.unit, axis.slowdown, axis.at_n, axis.expected)
    if axis.status not in ("ok", "better"):
        return axis_message(axis)
    detail = _fit_detail(axis)
    if axis.family != "generate":
        detail = f"{detail}; worst family {axis.family}".lstrip("; ")
    return detail


def _fit_detail(axis: AxisResult) -> str:
    """Why the measured class is believed: the runner-up and how clearly it lost."""
    if standing(axis) == "like_reference":
        return "its count keeps a steady ratio to the reference's on the same inputs"
    if len(axis.plausible) == 2:
        return f"cannot tell {axis.plausible[0]} and {axis.plausible[1]} apart at these sizes"
    if len(axis.plausible) > 2:
        return f"the data allow {axis.shown}"
    if axis.runner_up is None:
        return "less than expected" if axis.status == "better" else ""
    return f"next best {axis.runner_up}, {_RUNNER_UP_DETAIL[margin(axis.confidence)]}"


def axis_line(title: str, axis: AxisResult) -> str:
    """'time: measured O(n^2), expected O(n): worse (message)'."""
    message = axis_message(axis)
    return (f"{title}: measured {axis.shown}, expected {axis.expected}: {STATUS_WORDS[axis.status]}"
            + (f" ({message})" if message else ""))


def case_location(case: CaseResult) -> str:
    """"hidden test '02_x' (n = 512, family generate_sorted)": where a case failed."""
    where = f"{GROUP_NAMES.get(case.group, case.group)} test {case.name!r}"
    if case.n is not None:
        where += f" (n = {case.n:,}, family {case.family})"
    return where


def verdict_line(report: Report) -> str:
    """'wrong answer: test 02_x', or the verdict's label alone when there is no reason."""
    label = report.verdict.label
    return f"{label}: {report.reason}" if report.reason else label


def note(warning: str) -> str:
    """A report's warning as every format prints it."""
    return f"note: {warning}"


def solutions(count: int) -> str:
    """'1 solution', '5 solutions'."""
    return f"{count} solution{'s' if count != 1 else ''}"


_STOPPED = {
    "max_n": "the problem's max_n",
    "call_cap": "one call got too slow to grow further",
    "ladder_cap": "the instruction budget",
    "budget": "the time budget",
    "settled": "the class was settled",
}


def _counted_stop(ladder: LadderSummary) -> str:
    if ladder.counted_stopped == "call_cap":
        return f"one call would pass {ladder.call_cap / 1e6:,.0f}M instructions"
    if ladder.counted_stopped == "ladder_cap":
        return f"its share of {ladder.ladder_cap / 1e9:.1f}G instructions"
    return _STOPPED[ladder.counted_stopped or "budget"]


def ladder_note(ladder: LadderSummary, *, counted: bool, named: bool) -> str:
    """How far a family's ladders went and why they stopped (the text report's detail)."""
    line = f"{ladder.family}: " if named else ""
    if ladder.top_n is not None:
        what = "memory and answers" if counted else "timed"
        line += f"{what} to n = {ladder.top_n:,} ({_STOPPED[ladder.stopped]})"
    if ladder.counted_n is not None:
        line += f"; instructions counted to n = {ladder.counted_n:,} ({_counted_stop(ladder)})"
    return line


def cpu_time_note(note: CpuTimeNote) -> str:
    """Why the time class came from CPU time rather than counted instructions."""
    if note.reason == "small_budget":
        return (f"time from CPU time: a {note.budget_s:g} s budget leaves {max(note.per_family_s, 0):.1f} s per "
                f"input family to count instructions (counting needs {note.needed_s:g} s)")
    if note.reason == "callgrind_cannot_run":
        return f"time from CPU time: callgrind could not run the solution ({note.detail})"
    if note.reason == "counting_failed":
        return f"time from CPU time: counting instructions failed ({note.detail})"
    return f"time from CPU time: {note.detail}"


def verdict_notes(result: ComplexityResult) -> tuple[str, ...]:
    """The notes that explain a complexity verdict, for every report format: what CPython
    allocates, memory outside Python's allocator, a count set aside for CPU time."""
    notes = (allocator_note(result), outside_note(result), uncounted_note(result.cpu_time))
    return tuple(n for n in notes if n)


def uncounted_note(note: CpuTimeNote | None) -> str:
    """Why counted instructions were set aside: CPU time rose far faster than the count."""
    if note is None or note.reason != "uncounted":
        return ""
    return (f"time from CPU time: between n = {note.from_n:,} and {note.to_n:,} ({note.detail}) each counted "
            f"instruction came to cost {note.rise:.0f}x more CPU time, more than caches explain: "
            "work ran where callgrind does not count it")


def declared_notes(time_declared: str, time_in_n: str, space_declared: str, space_in_n: str) -> tuple[str, ...]:
    """Classes declared in other terms than the n the judge grows: per operation (design
    problems) or in several variables (O(V + E) with V = n, E = 2n)."""
    notes = []
    if time_declared.endswith(" per operation"):
        notes.append(f"time is measured over n operations: {time_declared} is {time_in_n} for n operations")
    elif time_declared and time_declared != time_in_n:
        if (space_declared, space_in_n) == (time_declared, time_in_n):
            return (f"time and space {time_declared}: {time_in_n} in the size n the judge grows",)
        notes.append(f"time {time_declared}: {time_in_n} in the size n the judge grows")
    if space_declared and space_declared != space_in_n:
        notes.append(f"space {space_declared}: {space_in_n} in the size n the judge grows")
    return tuple(notes)


def complexity_notes(result: ComplexityResult) -> tuple[str, ...]:
    """Every note about a complexity phase: ladders first, then where time came from."""
    if not result.ladders and result.notes:
        return result.notes  # a report saved before ladders were recorded
    counted = result.measure == "instructions" or any(ladder.counted_n is not None for ladder in result.ladders)
    named = len(result.ladders) > 1 or counted
    lines = [ladder_note(ladder, counted=counted, named=named) for ladder in result.ladders]
    # An uncounted note explains the verdict, so verdict_notes shows it in every report.
    note = result.cpu_time
    return (*lines, *([cpu_time_note(note)] if note is not None and note.reason != "uncounted" else ()))


def space_with_answer(result: ComplexityResult) -> str:
    """Space is measured without the returned answer (as interviews quote it); say what it is
    with the answer where that differs, so the total is never hidden."""
    if result.space_counts_answer:
        return "space counts the returned answer (this problem asks for it)"
    shown = result.space_with_answer
    if shown is None or shown == result.space.measured:
        return ""
    return f"space without the returned answer; with it: {shown}"


_ALLOCATES = {
    "sort": "list.sort and sorted keep a merge buffer of up to n/2 items",
    "sort_key": "a key= function makes an array of n keys",
    "recursion": "every level of recursion keeps a frame",
}


def allocator_note(result: ComplexityResult) -> str:
    """Where measured space above the expected class may come from: memory CPython itself
    allocates for calls in the source (interviews often leave it out; the judge counts it)."""
    if not result.allocators or result.space.status not in ("worse", "inconclusive"):
        return ""
    return "CPython allocates here: " + "; ".join(_ALLOCATES[a] for a in result.allocators)


def outside_note(result: ComplexityResult) -> str:
    """Why space is the kernel's figure: the call held memory tracemalloc cannot see."""
    if not result.space_outside:
        return ""
    return ("space counts memory held outside Python's allocator (mmap, C malloc), "
            "as the kernel saw the process's resident size grow")


def duration(seconds: float) -> str:
    """A CPU time as a person says it: 0.004 s, 3.2 s, 40 min, 6 h, 12 days, 300 years."""
    if seconds < 0.001:
        return "under 1 ms"
    if seconds < 60:
        return f"{seconds:.3f} s" if seconds < 1 else f"{seconds:.1f} s"
    for unit, size in (("min", 60), ("h", 3600), ("days", 86400), ("years", 365 * 86400)):
        value = seconds / size
        limit = {"min": 60, "h": 24, "days": 365, "years": 1000}[unit]
        if value < limit:
            return f"{value:.0f} {unit}"
    return "more than 1,000 years"


def limit_line(prediction: LimitPrediction, shown_family: str | None = None) -> str:
    """The solution's time at the problem's limit beside the reference's: the line a learner
    understands at once (naming the input family where it is not the one the time line names)."""
    if prediction.reference_seconds is not None:
        theirs = f"the reference {duration(prediction.reference_seconds)}"
    else:
        theirs = "the reference did not finish within its cap"
    where = f"at n = {prediction.n:,} (the problem's limit)"
    if prediction.family is not None and shown_family is not None and prediction.family != shown_family:
        where += f" on {prediction.family} inputs,"
    if prediction.seconds is None:
        return f"{where} {theirs}; this solution's time there is not known"
    needs = duration(prediction.seconds)
    about = "" if needs.startswith(("under", "more than")) else "about "
    return f"{where} this needs {about}{needs} of CPU time; {theirs}"
