"""The reference counted on the solution's own inputs, where the counts left classes open.

Only a family whose counted fit leaves the expected class among others needs the
yardstick (judge.complexity.yardstick); the reference is counted under callgrind in a
worker of its own (it never shares the solution's process) at the sizes the solution was
counted at, from MIN_N up, on the same inputs (same seed, family, size and index), until
the time given runs out.
"""

from __future__ import annotations

import time
from typing import Any

from judge.complexity.classes import ComplexityClass
from judge.complexity.counted_ladder import MAX_SECONDS_PER_INSTRUCTION, CountLadder, count_samples, counted_before
from judge.complexity.fit import Fit, fit
from judge.complexity.measure import MeasureFailure, SizeTooCostly, input_rng
from judge.complexity.yardstick import MIN_N, MIN_SIZES, ReferenceCounts, left_open, may_outgrow, may_stay_flat
from judge.errors import JudgeError
from judge.judging.counter_start import counting_config, measure_config, warm_up
from judge.judging.counting import COUNT_CALL_CAP, LadderClock
from judge.judging.decide import load_failure
from judge.judging.plan import Plan
from judge.judging.source import SolutionSource
from judge.judging.targets import CountingFailed, CountingTarget
from judge.problem.generators import checked_generator
from judge.sandbox import callgrind
from judge.sandbox.runner import WorkerProcess

INPUTS = 2  # inputs per size counted for the reference (the solution's first ones) ...
ONE_INPUT_FROM = 4_000_000  # ... but one where the solution's call counted this many: the top
# sizes cost the most, and the smaller ones already show whether a size's inputs agree


def is_open(ladder: CountLadder, expected: ComplexityClass, fitted: Fit | None = None) -> bool:
    """Whether the family's counts (`fitted` where the caller has their fit already) leave
    the expected class open (among others), with sizes enough from MIN_N up for a ratio
    to say anything."""
    if sum(1 for p in ladder.points if p.n >= MIN_N) < MIN_SIZES:
        return False
    if fitted is None:
        fitted = fit(count_samples(ladder.points), kind="instructions")
    return fitted.kind == "instructions" and left_open(fitted, expected)


class ReferenceCounter:
    """The reference under callgrind in a worker of its own, started on first use and
    warmed up as the solution's counting worker was (else its first counted call would
    carry CPython's specialising of the code). It counts for `seconds` of CPU time from
    then on (its worker's and this thread's: Valgrind's start-up, 2-3 s on a slow host,
    and a busy core beside it leave the counting its time), and never past `until`. A
    failure there is the problem's, and only leaves the fit as it is: `count` then
    returns what it has."""

    def __init__(self, plan: Plan, tool: callgrind.Callgrind, seconds: float, until: float) -> None:
        self.plan = plan
        source = SolutionSource.read(plan.problem.reference)
        self.worker = WorkerProcess(counting_config(measure_config(plan.problem, source, plan.options), tool))
        self.seconds, self.until = seconds, until
        self.clock: LadderClock | None = None  # from the end of the warm-up
        self.started = False
        self.empty = -1

    def __enter__(self) -> ReferenceCounter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.worker.close()

    def spent(self) -> bool:
        """Whether the counting time (or the wall time to `until`) is used up."""
        if time.monotonic() >= self.until:
            return True
        return self.clock is not None and self.clock() >= self.seconds

    def count(self, ladder: CountLadder) -> ReferenceCounts:
        """The reference's counts at the family's counted sizes from MIN_N up, on the same
        inputs (the first INPUTS of each size, the first alone at costly sizes), while time is left."""
        plan, problem, family = self.plan, self.plan.problem, ladder.family
        by_n: dict[int, tuple[int, ...]] = {}
        try:
            if not self.started:
                self.started = True
                if load_failure(self.worker.start()) is not None:
                    return by_n
                warm_up(self.worker, problem, plan.order, plan.options.seed, family, plan.generators[family])
                self.clock = LadderClock(self.worker, self.until, lambda: self.seconds)
            target = CountingTarget(self.worker, plan.order, family)
            generate = checked_generator(problem, family, plan.generators[family])
            for point in (p for p in ladder.points if p.n >= MIN_N):
                if self.spent() or not self.worker.alive:
                    break
                inputs = min(INPUTS if max(point.instructions) < ONE_INPUT_FROM else 1, len(point.instructions))
                given = [generate(point.n, input_rng(plan.options.seed, family, point.n, i)) for i in range(inputs)]
                target.stage(point.n, given)
                self.empty = target.baseline() if self.empty < 0 else self.empty
                by_n[point.n] = self._counts(target, given)
                if not (may_stay_flat(ladder.points, by_n) or may_outgrow(ladder.points, by_n)):
                    break  # the ratio is out already: the costlier sizes cannot bring it back
        except (MeasureFailure, SizeTooCostly, CountingFailed, JudgeError):
            pass
        return by_n

    def _counts(self, target: CountingTarget, given: list[Any]) -> tuple[int, ...]:
        """Each input's count, an input equal to an earlier one taking that one's."""
        cap_s = COUNT_CALL_CAP * MAX_SECONDS_PER_INSTRUCTION
        counts: list[int] = []
        for index in range(len(given)):
            again = counted_before(given, index)
            counts.append(counts[again] if again is not None else max(target.count(index, cap_s)[0] - self.empty, 0))
        return tuple(counts)
