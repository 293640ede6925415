"""The complexity phase: measure every input family, check answers at scale, fit, judge.

Glue between the ladders (judging.ladders), the fitter (judge.complexity) and the
report; the verdict itself is decided in judging.decide.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Literal

from judge.complexity.classes import ComplexityClass
from judge.complexity.counted_ladder import CountLadder
from judge.complexity.families import FamilyResult, family_fits, family_time_fit, worst_family, yields
from judge.complexity.fit import Assessment, Fit, assess
from judge.complexity.measure import Ladder
from judge.complexity.settle import confirmed_slower
from judge.complexity.uncounted import uncounted_rise
from judge.complexity.yardstick import ReferenceCounts
from judge.judging.counter_start import REFERENCE_SHARE, CounterStart, measure_config, time_tool
from judge.judging.counting import COUNT_CALL_CAP, COUNT_LADDER_CAP
from judge.judging.decide import complexity_verdict
from judge.judging.ladders import Measured, measure
from judge.judging.limit import predict_at_limit
from judge.judging.options import Options, Progress
from judge.judging.plan import Plan, Tick
from judge.judging.reference_counts import ReferenceCounter, is_open
from judge.judging.scale_checks import ScaleCheck, check_at_scale, merged
from judge.judging.source import SolutionSource
from judge.judging.source_facts import allocators
from judge.judging.unmeasurable import unmeasurable_case
from judge.problem.entry import entry_parameters
from judge.problem.generators import load_generators
from judge.problem.model import Problem
from judge.report import AxisResult, ComplexityResult, CpuTimeNote, Curve, LadderSummary, Report
from judge.sandbox import callgrind
from judge.verdicts import Verdict


def judge_complexity(report: Report, problem: Problem, source: SolutionSource, options: Options,
                     progress: Progress | None = None, counter_start: CounterStart | None = None) -> Report:
    """Measure, check at scale, fit and judge; returns a new Report with the complexity filled in.
    `counter_start` is a counting worker started earlier (start_counter); the caller closes it."""
    started = time.monotonic()
    generators = load_generators(problem)
    budget = options.budget_s
    tool, cpu_time = time_tool(options, len(generators))
    plan = Plan(problem=problem, generators=generators, order=entry_parameters(problem.reference, problem.entry),
                options=options, config=measure_config(problem, source, options),
                deadline=started + budget * (1 - REFERENCE_SHARE), tick=_ticker(progress, started, budget),
                checks_until=started + budget,
                counter_start=counter_start if tool is not None else None)
    measured = measure(plan, tool, cpu_time)
    if measured.counted is not None and measured.failure is None:
        measured = _unless_contradicted(plan, measured, budget)
    failure = measured.failure or unmeasurable_case(problem, measured.ladders, generators, options.seed)
    scale = ScaleCheck()
    if failure is None:
        scale = _checked_at_scale(problem, measured, started + budget)
        failure = scale.failure
    if failure is not None:
        return replace(report, verdict=failure.verdict, cases=(*report.cases, failure),
                       reason=f"at n = {failure.n:,} ({failure.family}): {failure.reason}")
    if tool is not None and measured.counted is not None and source.path != problem.reference.resolve():
        measured = _with_reference(plan, tool, measured, started + budget)  # (the reference itself: no yardstick)
    results = _family_results(problem, measured)
    judged = _judged(report, problem, measured, results, time.monotonic() - started)
    if scale.unchecked and judged.verdict is Verdict.ACCEPTED:
        # Sizes the reference could not check may only count against the solution: a fast,
        # wrong answer there must not make the curve bend down.
        measured = _checked_only(measured, scale.unchecked)
        results = _family_results(problem, measured)
        judged = _judged(report, problem, measured, results, time.monotonic() - started)
    if judged.complexity is None:
        return judged
    at_limit = predict_at_limit(problem, _time_peers(problem, results, judged.complexity.time), measured.ladders,
                                generators, options.seed)
    return replace(judged, complexity=replace(judged.complexity, at_limit=at_limit, allocators=allocators(source.text),
                                              seconds=time.monotonic() - started))


YARDSTICK_S = 4.0  # CPU seconds of counting the reference (after its start) where the counts left classes open
RETIME_SHARE = 0.5  # of the measuring budget, at least, for timing a solution whose count CPU time contradicts


def _unless_contradicted(plan: Plan, measured: Measured, budget: float) -> Measured:
    """The counted measurements, unless CPU time per counted instruction rose far more than
    caches explain (uncounted.py): then the solution is timed instead, as with --measure
    cpu, within at least RETIME_SHARE of the budget more. Not where the counts already
    show the solution slower than expected: unseen work only adds to what they show."""
    assert measured.counted is not None
    if any(confirmed_slower(c.points, plan.problem.time) for c in measured.counted):
        return measured  # work the count did not see cannot make it faster (an insort's memmove)
    rise = uncounted_rise(measured.ladders, measured.counted)
    if rise is None:
        return measured
    note = CpuTimeNote("uncounted", detail=rise.family, rise=rise.factor, from_n=rise.from_n, to_n=rise.to_n)
    deadline = max(plan.deadline, time.monotonic() + budget * (1 - REFERENCE_SHARE) * RETIME_SHARE)
    return measure(replace(plan, deadline=deadline, counter_start=None), None, note)


def _with_reference(plan: Plan, tool: callgrind.Callgrind, measured: Measured, until: float) -> Measured:
    """The reference counted on the inputs of the family the time verdict reports, while its
    counts leave the expected class among others (judge.complexity.yardstick), then of the
    family reported next if that one is open too, within YARDSTICK_S. A verdict already
    "worse" needs no yardstick."""
    assert measured.counted is not None
    problem = plan.problem
    by_family = {c.family: c for c in measured.counted}
    reference: dict[str, ReferenceCounts] = {}
    with ReferenceCounter(plan, tool, YARDSTICK_S, until) as counter:
        while not counter.spent():
            # Only the time axis decides which family is shown: its space is not fitted here.
            results = [FamilyResult(ladder, family_time_fit(ladder, by_family.get(ladder.family), problem.time,
                                                            reference.get(ladder.family), timed=False), None)
                       for ladder in measured.ladders]
            shown, fitted, assessment = worst_family(results, "time", problem.time)
            counted = by_family.get(shown.ladder.family)
            if assessment is None or assessment.status == "worse" or counted is None \
                    or counted.family in reference or not is_open(counted, problem.time, fitted):
                break
            reference[counted.family] = counter.count(counted)
    return replace(measured, reference=reference)


def _checked_at_scale(problem: Problem, measured: Measured, until: float) -> ScaleCheck:
    """Every answer of the ladders checked against the reference's; the native ladders'
    answers may have been checked already, beside counting."""
    native = [] if measured.checked is not None else [(ladder.family, ladder.checks) for ladder in measured.ladders]
    early = measured.checked or ScaleCheck()
    if early.failure is not None:
        return early
    return merged(early, check_at_scale(problem, [*native, *measured.recounted], until))


def _checked_only(measured: Measured, unchecked: frozenset[tuple[str, int]]) -> Measured:
    """The ladders without the sizes whose answers were not checked."""
    ladders = tuple(replace(ladder, points=tuple(p for p in ladder.points if (ladder.family, p.n) not in unchecked))
                    for ladder in measured.ladders)
    counted = None if measured.counted is None else tuple(
        replace(c, points=tuple(p for p in c.points if (c.family, p.n) not in unchecked)) for c in measured.counted)
    return replace(measured, ladders=ladders, counted=counted)


def _ticker(progress: Progress | None, started: float, budget: float) -> Tick:
    def tick(what: str) -> Callable[[int, float], None]:
        def update(n: int, elapsed: float) -> None:
            if progress is not None:
                spent = time.monotonic() - started
                progress(f"complexity: {what} n = {n:,}, {max(budget - spent, 0):.0f} s left",
                         min(spent / budget, 1.0))
        return update
    return tick


def _axis(expected: ComplexityClass, family: str, fitted: Fit | None, assessment: Assessment | None,
          unit: str) -> AxisResult:
    if fitted is None or assessment is None:
        return AxisResult(expected=expected.name, measured="unknown", plausible=(), status="inconclusive",
                          confidence=0.0, reason="not_measured", family=family,
                          points=(), unit=unit)
    shown = {fitted.best.name, expected.name, *(c.name for c in fitted.plausible)}  # expected: the plot shows the gap
    if fitted.runner_up is not None:
        shown.add(fitted.runner_up.name)
    curves = tuple(Curve(c.cls.name, c.constant, c.term_at_ref, c.ref_n, c.base)
                   for c in fitted.candidates if c.cls.name in shown)
    points = tuple((s.n, v) for s in fitted.samples for v in s.values)
    # The expected class kept only on the wider margin is named beside the best: "O(n) or O(n log n)".
    kept = (expected,) if assessment.reason == "as_expected" and expected not in fitted.plausible else ()
    plausible = tuple(c.name for c in sorted({*fitted.plausible, *kept}, key=lambda c: c.rank))
    return AxisResult(
        expected=expected.name, measured=fitted.best.name, plausible=plausible,
        status=assessment.status, confidence=round(fitted.confidence, 3), reason=assessment.reason,
        separation=fitted.separation, family=family, points=points,
        runner_up=fitted.runner_up.name if fitted.runner_up else None,
        slowdown=assessment.slowdown, at_n=assessment.at_n, curves=curves, unit=unit,
    )


def _family_results(problem: Problem, measured: Measured) -> list[FamilyResult]:
    by_family = {c.family: c for c in measured.counted or ()}
    return [family_fits(ladder, by_family.get(ladder.family), count_answer=problem.space_counts_answer,
                        expected_time=problem.time, reference=measured.reference.get(ladder.family),
                        timed=measured.counted is None)
            for ladder in measured.ladders]


def _time_peers(problem: Problem, results: Sequence[FamilyResult], shown: AxisResult) -> tuple[AxisResult, ...]:
    """The reported time axis and every other family's with the same status and class:
    the prediction at the limit takes the costliest (their constants differ). Not a random
    family that yields to its expensive case: its curve extrapolates an average of draws."""
    peers = [shown]
    for result, yielding in zip(results, yields(results, "time"), strict=True):
        fitted = result.time_fit
        if result.ladder.family == shown.family or fitted is None or fitted.best.name != shown.measured:
            continue
        assessment = assess(fitted, problem.time)
        if assessment.status == shown.status and not (yielding and assessment.status != "worse"):
            peers.append(_axis(problem.time, result.ladder.family, fitted, assessment, shown.unit))
    return tuple(peers)


def _judged(report: Report, problem: Problem, measured: Measured, results: Sequence[FamilyResult],
            seconds: float) -> Report:
    ladders, counted = measured.ladders, measured.counted
    time_family, time_fit, time_assessment = worst_family(results, "time", problem.time)
    space_family, space_fit, space_assessment = worst_family(results, "space", problem.space)
    sizes = sorted({p.n for ladder in ladders for p in ladder.points})
    unit = "instructions" if time_fit is not None and time_fit.kind == "instructions" else "s"
    complexity = ComplexityResult(
        time=_axis(problem.time, time_family.ladder.family, time_fit, time_assessment, unit),
        space=_axis(problem.space, space_family.ladder.family, space_fit, space_assessment, "bytes"),
        sizes=tuple(sizes), seconds=seconds, families=tuple(ladder.family for ladder in ladders),
        measure="instructions" if unit == "instructions" else "cpu", ladders=_summaries(ladders, counted),
        cpu_time=measured.cpu_time,
        space_counts_answer=problem.space_counts_answer,
        space_with_answer=space_family.total_space_fit.best.name if space_family.total_space_fit else None,
        space_outside=space_family.space_outside,
    )
    judgement = complexity_verdict(complexity.time.status, complexity.time.shown, _in_n(problem, "time"),
                                   complexity.space.status, complexity.space.shown, _in_n(problem, "space"))
    return replace(report, verdict=judgement.verdict, reason=judgement.reason, complexity=complexity)


def _summaries(ladders: Sequence[Ladder], counted: Sequence[CountLadder] | None) -> tuple[LadderSummary, ...]:
    by_family = {c.family: c for c in counted or ()}
    summaries = []
    for ladder in ladders:
        count = by_family.get(ladder.family)
        summaries.append(LadderSummary(
            family=ladder.family, top_n=ladder.points[-1].n if ladder.points else None, stopped=ladder.stopped,
            counted_n=count.points[-1].n if count is not None and count.points else None,
            counted_stopped=count.stopped if count is not None and count.points else None,
            call_cap=COUNT_CALL_CAP if count is not None else 0,
            ladder_cap=COUNT_LADDER_CAP if count is not None else 0,
        ))
    return tuple(summaries)


def _in_n(problem: Problem, axis: Literal["time", "space"]) -> str:
    """The expected class in n, with the declared form where the author wrote another."""
    cls, declared = (problem.time, problem.expected_time) if axis == "time" else (problem.space, problem.expected_space)
    if declared == cls.name:
        return cls.name
    return f"{cls.name} for n operations ({declared})" if problem.operation_time and axis == "time" else \
        f"{cls.name} ({declared})"
