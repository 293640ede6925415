"""Measure a solution's instructions per call at growing sizes (the counted ladder).

The counting worker runs under callgrind (see judge/sandbox/callgrind.py): a call's count is
the same for the same input whatever the machine is doing, so there is nothing to repeat
or pace, and the fit sees the algorithm's own cost without the caches' steps. What varies
is the input: a size's level comes from a few different inputs (more while they are
cheap: `inputs_for`), as an expected cost over the generator's inputs.

The ladder stops on counts, not on the clock, so the same solution gets the same sizes
(and so the same answer) in every run: at max_n, when one call would exceed
`call_cap` instructions, or when the ladder would exceed `ladder_cap` in all. The wall
budget is only a backstop for a slow machine: Valgrind runs about 150M instructions a
second here, and copying a large input into the worker costs time it does not count.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from judge.complexity.assess import CONFIRM_SIZES
from judge.complexity.fit import Sample
from judge.complexity.measure import (
    Generator,
    MeasureFailure,
    SizeTooCostly,
    between,
    extrapolated,
    grown_size,
    input_rng,
    log_slope,
)
from judge.complexity.sizes import Magnitudes, magnitudes, real_sizes
from judge.complexity.status import StopReason

SIZE_INSTRUCTIONS = 16_000_000  # a size gets as many inputs (inputs..inputs_cheap) as fit in this
SIZE_ITEMS = 65_536  # ... and in this many items of n (copying an item in costs ~1 us under Valgrind)


class CountTarget(Protocol):
    def stage(self, n: int, inputs: Sequence[Mapping[str, Any]]) -> None: ...
    def count(self, index: int, cap_s: float) -> tuple[int, str | None]:
        """Instructions of one call on a fresh copy of input `index` (index -1: an empty
        region), and its answer's digest; SizeTooCostly beyond cap_s CPU seconds."""
        ...
    def baseline(self) -> int:
        """Instructions of an empty counted region (the count requests' own cost)."""
        ...


SAME_COST = 1.02  # two inputs within this ratio: the rest of the size's inputs are not counted
STEADY_SIZES = 3  # ... at this many sizes in a row, the last a costly one (STEADY_FROM
STEADY_FROM = 1_000_000  # instructions a call or STEADY_N items): only the two inputs counted
STEADY_N = 2_048  # are staged from then on
STEADY_INPUTS = 2
# A ladder the per-call cap stopped with fewer sizes gets sizes between its last two: a
# class above the expected one is confirmed on two held-out sizes beyond three fitted
# (judge.complexity.assess), so four sizes can never reject (O(n^3) capped at n = 64).
FILL_BELOW = CONFIRM_SIZES
MAX_SECONDS_PER_INSTRUCTION = 1 / 50e6  # Valgrind at its slowest here: caps one counted call's CPU time
STEEP_SLOPE = 2.5  # log-log slope of the last step from which a capped doubling is tried shorter
MIN_SECONDS_PER_INSTRUCTION = 1 / 400e6  # Valgrind counts 100M to 280M instructions a second here


@dataclass
class WallModel:
    """What the next size will cost in wall time, for the backstop: a fixed cost per staging
    and per counted request (the cheapest seen: the first ones also pay for Valgrind
    translating the code they run, once), plus a cost per item copied in and per counted
    instruction (from the last size). Scaling a small size's whole wall time up by the
    growth of its instructions would charge that one-off translation to every item."""

    stage_fixed: float = math.inf
    per_item: float = 0.0
    request: float = math.inf
    per_instruction: float = MIN_SECONDS_PER_INSTRUCTION

    def observe(self, stage_wall: float, items: int, count_wall: float, requests: int, counted: int) -> None:
        self.stage_fixed = min(self.stage_fixed, stage_wall)
        self.per_item = max(stage_wall - self.stage_fixed, 0.0) / max(items, 1)
        self.request = min(self.request, count_wall / max(requests, 1))
        spent = max(count_wall - requests * self.request, 0.0)
        self.per_instruction = max(spent / max(counted, 1), MIN_SECONDS_PER_INSTRUCTION)

    def predict(self, items: int, requests: int, instructions: float) -> float:
        return (self.stage_fixed + self.per_item * items + requests * self.request
                + instructions * self.per_instruction)


@dataclass(frozen=True)
class CountSettings:
    budget_s: float = 8.0           # wall-clock backstop
    min_n: int = 8
    max_n: int = 2**22
    call_cap: int = 300_000_000     # instructions of one call (about 2 s under callgrind here)
    ladder_cap: int = 1_200_000_000  # instructions of the whole ladder
    inputs: int = 3                 # different inputs per size
    inputs_cheap: int = 4           # ... up to this many while they fit in SIZE_INSTRUCTIONS
    seed: int = 0


@dataclass(frozen=True)
class CountPoint:
    n: int
    instructions: tuple[int, ...]   # one per input, the empty region's cost subtracted
    magnitudes: tuple[Magnitudes, ...] = ()  # the counted inputs' argument sizes (judge.complexity.sizes)


def count_samples(points: Sequence[CountPoint]) -> list[Sample]:
    """The fit's samples: each size's counts at n, or, where the generator draws the size
    itself, each input's count at its real size (judge.complexity.sizes)."""
    rows = [(p.n, m) for p in points for m in p.magnitudes[:len(p.instructions)]]
    if len(rows) != sum(len(p.instructions) for p in points):
        return [Sample(p.n, tuple(float(c) for c in p.instructions)) for p in points if p.instructions]
    grouped: dict[int, list[float]] = {}
    for size, count in zip(real_sizes(rows), (c for p in points for c in p.instructions), strict=True):
        grouped.setdefault(size, []).append(float(count))
    return [Sample(size, tuple(counts)) for size, counts in sorted(grouped.items())]


@dataclass(frozen=True)
class CountLadder:
    family: str
    points: tuple[CountPoint, ...]
    stopped: StopReason  # budget: the wall-clock backstop
    seconds: float
    digests: tuple[tuple[int, str | None], ...] = field(default=())  # (n, digest of input 0's answer)


def inputs_for(predicted: float, settings: CountSettings, n: int = 1) -> int:
    """More inputs while they are cheap to count and to copy in: the level of a size is their
    mean, and where the generator draws the work itself (n in [n/2, n]) one input alone is
    off by up to 33%."""
    fit = min(int(SIZE_INSTRUCTIONS // max(predicted, 1.0)), SIZE_ITEMS // max(n, 1))
    return max(settings.inputs, min(settings.inputs_cheap, fit))


def next_count_size(points: Sequence[CountPoint], max_n: int) -> int:
    """Double, unless the last step grew faster than cubic: then small additive steps."""
    prev = (points[-2].n, float(min(points[-2].instructions))) if len(points) >= 2 else None
    return grown_size(prev, (points[-1].n, float(min(points[-1].instructions))), max_n, 100_000)


def predicted_count(points: Sequence[CountPoint], n: int) -> float:
    """Instructions one call at n will take, from the costliest inputs of the last two sizes."""
    prev = (points[-2].n, float(max(points[-2].instructions))) if len(points) >= 2 else None
    return extrapolated(prev, (points[-1].n, float(max(points[-1].instructions))), n)


def _shorter_steps(points: Sequence[CountPoint], n: int) -> list[int]:
    """n, then, after a steep step, steps of 2^(3/4), 2^(1/2) and 2^(1/4) from the last size.

    Only after a steep step (slope >= STEEP_SLOPE), where a skipped doubling loses the most:
    elsewhere a size between powers of two can mislead, since dicts, sets and lists grow by
    doubling and cost a little more per item between them (bench/notes/fitting.md).
    """
    last = points[-1].n
    if len(points) < 2 or log_slope(_floor_level(points[-2]), _floor_level(points[-1])) < STEEP_SLOPE:
        return [n]
    shorter = sorted({round(last * 2 ** (k / 4)) for k in (3, 2, 1)} - {last}, reverse=True)
    return [n, *(m for m in shorter if last < m < n)]


def _floor_level(point: CountPoint) -> tuple[int, float]:
    return point.n, float(max(min(point.instructions), 1))


def _over_cap(points: Sequence[CountPoint], n: int, settings: CountSettings, total: int, walls: WallModel,
              left_s: float, steady: bool = False) -> tuple[StopReason | None, int]:
    """Which cap a size would pass (None: none), and how many inputs it would get (two
    where the family's inputs have cost alike at the last sizes: `_steady`)."""
    predicted = predicted_count(points, n)
    inputs_here = STEADY_INPUTS if steady else inputs_for(predicted, settings, n)
    if predicted > settings.call_cap:
        return "call_cap", inputs_here
    if total + predicted * inputs_here > settings.ladder_cap:
        return "ladder_cap", inputs_here
    if walls.predict(n * inputs_here, inputs_here, predicted * inputs_here) > left_s:
        return "budget", inputs_here
    return None, inputs_here


def run_count_ladder(target: CountTarget, generate: Generator, family: str, settings: CountSettings,
                     clock: Callable[[], float] = time.monotonic,
                     progress: Callable[[int, float], None] | None = None,
                     settled: Callable[[Sequence[CountPoint]], bool] | None = None,
                     budget: Callable[[], float] | None = None,
                     wall_left: Callable[[], float] | None = None) -> CountLadder:
    """Count one input family from min_n up; see the module docstring for when it stops,
    and also as soon as `settled` says the sizes so far decide the class. `budget`, when
    given, is asked before each size for the seconds the ladder may take in all (at least
    settings.budget_s): a budget may grow while the ladder runs. Where `clock` counts
    something other than wall seconds (the CPU spent on the ladder), `wall_left` says how
    long a call may still take in wall seconds.

    The digest of input 0's answer at every size is kept, for the caller to compare with
    the checked (native) run's: a solution must not skip work only where it is counted.
    """
    started = clock()
    deadline = started + settings.budget_s
    points: list[CountPoint] = []
    digests: list[tuple[int, str | None]] = []
    n = max(1, settings.min_n)
    stopped: StopReason = "max_n"
    total = 0
    walls = WallModel()
    empty = -1

    def left() -> float:
        return wall_left() if wall_left is not None else deadline - clock()

    while True:
        if budget is not None:
            deadline = started + max(settings.budget_s, budget())
        inputs_here = max(settings.inputs, settings.inputs_cheap)  # the first size is the cheapest
        if points:
            # A step that would pass a cap may still fit shorter: the last sizes before a cap
            # are the ones that separate the classes (an O(n^3) ladder capped at n = 64 has
            # too few sizes to confirm anything; n = 108 still fits).
            reasons = []
            for candidate in _shorter_steps(points, n):
                reason, inputs_here = _over_cap(points, candidate, settings, total, walls, deadline - clock(),
                                                steady=_steady(points))
                if reason is None:
                    n = candidate
                    break
                reasons.append(reason)
            else:
                stopped = reasons[0]  # why the full step did not fit
                break
        try:
            size = _count_size(target, generate, family, settings, n, inputs_here, empty, left, clock)
        except SizeTooCostly:
            stopped = "call_cap"
            break
        empty = size.empty
        digests.append((n, size.digest))
        total += size.counted
        walls.observe(size.stage_wall, n * inputs_here, size.count_wall, size.requests, size.counted)
        points.append(CountPoint(n, size.counts, size.magnitudes))
        if progress is not None:
            progress(n, clock() - started)
        if max(size.counts) > settings.call_cap:
            stopped = "call_cap"
            break
        if settled is not None and settled(points):
            stopped = "settled"
            break
        if n >= settings.max_n:
            stopped = "max_n"
            break
        following = next_count_size(points, settings.max_n)
        if following <= n:
            stopped = "max_n"
            break
        n = following
    if stopped == "call_cap" and 2 <= len(points) < FILL_BELOW:
        _fill_in(target, generate, family, settings, points, digests, empty, walls, deadline, clock, left)
    points.sort(key=lambda point: point.n)
    return CountLadder(family, tuple(points), stopped, clock() - started, tuple(sorted(digests, key=lambda d: d[0])))


@dataclass(frozen=True)
class _SizeCount:
    """One size's counts (a repeated input's count repeated), the counted inputs' magnitudes,
    input 0's digest, and what it cost: staging and counting wall seconds, the requests and
    instructions really counted, and the empty bracket's count."""

    counts: tuple[int, ...]
    magnitudes: tuple[Magnitudes, ...]
    digest: str | None
    stage_wall: float
    count_wall: float
    requests: int
    counted: int
    empty: int


def _count_size(target: CountTarget, generate: Generator, family: str, settings: CountSettings, n: int,
                inputs_here: int, empty: int, left: Callable[[], float], clock: Callable[[], float]) -> _SizeCount:
    """Stage a size's inputs and count each call. The empty bracket is counted after the
    first stage, when the worker is warm. A call is capped at what call_cap instructions
    take at Valgrind's slowest here: one runaway call cannot eat the budget. An input equal
    to one counted before is not counted again: each call runs on a fresh copy, so its count
    is the same (a generator whose input is n alone draws the same input every time)."""
    stage_start = clock()  # generating the inputs, then copying them in
    inputs = [generate(n, input_rng(settings.seed, family, n, i)) for i in range(inputs_here)]
    target.stage(n, inputs)
    stage_wall = clock() - stage_start
    if empty < 0:
        empty = target.baseline()
    counts: list[int] = []
    digest: str | None = None
    count_wall, requests, counted = 0.0, 0, 0
    cap_s = settings.call_cap * MAX_SECONDS_PER_INSTRUCTION
    try:
        for index in range(inputs_here):
            again = counted_before(inputs, index)
            if again is not None:
                counts.append(counts[again])
            else:
                call_start = clock()
                raw, found = target.count(index, min(max(left(), 1.0), cap_s) + 1.0)
                count_wall += clock() - call_start
                requests += 1
                counts.append(max(raw - empty, 0))
                counted += counts[-1]
                digest = found if index == 0 else digest
            if counts[-1] + empty > settings.call_cap or _alike(counts):
                break
    except MeasureFailure as exc:
        raise MeasureFailure(n, family, exc.facts, inputs[0]) from None
    return _SizeCount(tuple(counts), tuple(magnitudes(i) for i in inputs[:len(counts)]), digest, stage_wall,
                      count_wall, requests, counted, empty)


def counted_before(inputs: Sequence[Mapping[str, Any]], index: int) -> int | None:
    """The first input before `index` equal to it, if any (values that cannot say: none):
    its count stands for this one's, each call running on a fresh copy."""
    for before in range(index):
        try:
            if bool(inputs[before] == inputs[index]):
                return before
        except Exception:  # an author's value with an odd __eq__: count it
            return None
    return None


def _steady(points: Sequence[CountPoint]) -> bool:
    """Whether the family's inputs cost alike (`_alike`) at each of the last STEADY_SIZES
    sizes, the last of them costly (a call of STEADY_FROM instructions, or STEADY_N items
    to copy in): from then on a size stages only the two inputs it will count, instead of
    three or four of which the third was copied in for nothing. (Counting one input a size
    halved the costliest sizes but changed the fit: a size's repeats say how far its level
    can be trusted, and a lone count took the small sizes' looser spread, so an insort
    loop's O(n^2) came out "O(n log n) or O(n^2)" and was accepted.)"""
    last = points[-STEADY_SIZES:]
    costly = bool(last) and (min(last[-1].instructions) >= STEADY_FROM or last[-1].n >= STEADY_N)
    return len(last) == STEADY_SIZES and costly and all(
        len(p.instructions) == 2 and _alike(p.instructions) for p in last)


def _alike(counts: Sequence[int]) -> bool:
    """Two inputs that cost the same (within SAME_COST): the family's cost does not depend on
    which input it draws, and further inputs would only repeat the count (~35 ms a request)."""
    return len(counts) == 2 and max(counts) <= SAME_COST * max(min(counts), 1)


def _fill_in(target: CountTarget, generate: Generator, family: str, settings: CountSettings,
             points: list[CountPoint], digests: list[tuple[int, str | None]], empty: int, walls: WallModel,
             deadline: float, clock: Callable[[], float], left: Callable[[], float]) -> None:
    """Sizes between the last two of a ladder the per-call cap stopped within a few sizes
    (see judge.complexity.measure._fill_in): each costs less than the last one counted,
    and is counted only where its predicted cost fits in the time left."""
    last_two = points[-2:]
    for n in between(last_two[0].n, last_two[1].n):
        predicted = predicted_count(last_two, n)
        if walls.predict(n * settings.inputs, settings.inputs, predicted * settings.inputs) > deadline - clock():
            break
        try:
            size = _count_size(target, generate, family, settings, n, settings.inputs, empty, left, clock)
        except SizeTooCostly:
            break
        points.append(CountPoint(n, size.counts, size.magnitudes))
        digests.append((n, size.digest))
