"""The reference counted on the solution's own inputs, where the counts left classes open.

Only families whose counted fit names several classes, the expected one among them, need
the yardstick (judge.complexity.yardstick); the reference is counted under callgrind in a
worker of its own (it never shares the solution's process) at the sizes the solution was
counted at, from MIN_N up, on the same inputs (same seed, family, size and index), until
the phase's time runs out.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from judge.complexity.classes import ComplexityClass
from judge.complexity.counted_ladder import MAX_SECONDS_PER_INSTRUCTION, CountLadder, count_samples
from judge.complexity.fit import fit
from judge.complexity.measure import MeasureFailure, SizeTooCostly, input_rng
from judge.complexity.yardstick import MIN_N, MIN_SIZES, ReferenceCounts, left_open
from judge.errors import JudgeError
from judge.judging.counter_start import counting_config, measure_config, warm_up
from judge.judging.decide import load_failure
from judge.judging.ladders import COUNT_CALL_CAP, Plan
from judge.judging.source import SolutionSource
from judge.judging.targets import CountingFailed, CountingTarget
from judge.problem.generators import checked_generator
from judge.sandbox import callgrind
from judge.sandbox.runner import WorkerProcess

INPUTS = 2  # inputs per size counted for the reference (the solution's first ones)


def open_families(counted: Sequence[CountLadder], expected: ComplexityClass) -> list[CountLadder]:
    """The counted families whose fit leaves the expected class open (among others), with
    sizes enough from MIN_N up for a ratio to say anything."""
    found = []
    for ladder in counted:
        if sum(1 for p in ladder.points if p.n >= MIN_N) < MIN_SIZES:
            continue
        if left_open(fit(count_samples(ladder.points), kind="instructions"), expected):
            found.append(ladder)
    return found


def count_reference(plan: Plan, tool: callgrind.Callgrind, families: Sequence[CountLadder],
                    until: float) -> dict[str, ReferenceCounts]:
    """The reference's counts by family and size; what could not be counted by `until` (or
    at all: the reference is the problem's, and a failure there only leaves the fit as it
    is) is left out."""
    problem = plan.problem
    config = counting_config(measure_config(problem, SolutionSource.read(problem.reference), plan.options), tool)
    counts: dict[str, ReferenceCounts] = {}
    try:
        with WorkerProcess(config) as worker:
            if load_failure(worker.start()) is not None:
                return counts
            first = families[0].family  # warmed as the solution's worker was: the same first counts
            warm_up(worker, problem, plan.order, plan.options.seed, first, plan.generators[first])
            empty = -1
            for ladder in families:
                target = CountingTarget(worker, plan.order, ladder.family)
                generate = checked_generator(problem, ladder.family, plan.generators[ladder.family])
                by_n: dict[int, tuple[int, ...]] = {}
                for point in ladder.points:
                    if point.n < MIN_N:
                        continue
                    if time.monotonic() >= until:
                        break
                    inputs = min(INPUTS, len(point.instructions))
                    target.stage(point.n, [generate(point.n, input_rng(plan.options.seed, ladder.family, point.n, i))
                                           for i in range(inputs)])
                    empty = target.baseline() if empty < 0 else empty
                    cap_s = COUNT_CALL_CAP * MAX_SECONDS_PER_INSTRUCTION
                    by_n[point.n] = tuple(max(target.count(i, cap_s)[0] - empty, 0) for i in range(inputs))
                counts[ladder.family] = by_n
    except (MeasureFailure, SizeTooCostly, CountingFailed, JudgeError):
        pass
    return counts
