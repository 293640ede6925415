"""Measure a solution at growing sizes: the size ladder, timing rounds, memory runs.

Knows nothing of fitting. Talks to the solution through a `Target` (the real one wraps a
sandbox worker; tests pass a fake with a synthetic clock), and to time through a `Clock`
(wall time for the budget), so the ladder logic is tested exactly.

Rules it follows, each learnt from how naive measurement fails:
- only the call is timed; inputs are generated, sent and copied outside the timed block;
- every timed call gets a fresh copy of its input unless a probe call showed the solution
  leaves its input unchanged (then reusing the object is safe and lets tiny calls repeat);
- CPU time as the kernel accounted it, in blocks long enough for the clock (many calls per
  block for microsecond calls), several blocks per size, GC off inside a block;
- CPU time is not enough on a shared host, whose pace drifts within a minute: a fixed
  reference workload is timed beside every block, and the fit sees every block at one
  pace (`paced_seconds`);
- the ladder grows geometrically, switches to small additive steps when growth looks
  exponential, and stops at max_n, a per-call cap, or when the next size would not fit in
  the remaining budget (generation cost included).

bench/notes/fitting.md keeps the measurements behind these rules.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any, Protocol

from judge.complexity.assess import CONFIRM_SIZES
from judge.complexity.status import StopReason

FRAME_BYTES = 128  # what one Python frame costs, counted for recursion depth (3.11 frames live outside tracemalloc)
FILL_BELOW = 4  # a ladder stopped by the per-call cap with fewer sizes gets sizes between its last two
SPACE_SIZES = CONFIRM_SIZES  # sizes with memory before memory runs keep to a fifth of the budget left
MEMORY_EXTRA_SHARE = 0.05  # further memory runs at a size may cost at most this share of the budget left


class MeasureFailure(Exception):
    """The solution failed while being measured (crash, wrong output): the phase's verdict."""

    def __init__(self, n: int, family: str, facts: Any, input: Mapping[str, Any] | None = None) -> None:
        super().__init__(f"failed at n = {n}")
        self.n = n
        self.family = family
        self.facts = facts
        self.input: Mapping[str, Any] = input or {}


class SizeTooCostly(Exception):
    """A call at this size hit the per-call cap or the memory ceiling: the ladder stops here."""


class Target(Protocol):
    def stage(self, n: int, inputs: Sequence[Mapping[str, Any]]) -> None: ...
    def probe(self, index: int, cap_s: float) -> tuple[float, bool]:
        """CPU seconds of one call on a fresh copy of input `index`, and whether it mutated it."""
        ...
    def time_block(self, indices: Sequence[int], fresh: bool, cap_s: float) -> float:
        """CPU seconds for calling on each listed input in turn, as one block."""
        ...
    def memory(self, index: int, cap_s: float) -> Memory:
        """Peak bytes beyond the input, the maximum call depth, the answer's bytes."""
        ...
    def kernel_peak(self, index: int, cap_s: float) -> int | None:
        """Bytes the kernel saw one untraced call on input `index` add to the process's
        resident size (None where it cannot tell): memory outside Python's allocator too."""
        ...
    def pace(self) -> float:
        """CPU seconds of a fixed reference workload, now: how fast the machine runs code."""
        ...
    def result(self, index: int) -> Any: ...
    def suspects(self) -> list[Any]:
        """Answers computed in measured runs that differ from the probe's (to be checked)."""
        ...


OUTSIDE_PROBE_S = 1.5  # wall seconds the probe for memory outside tracemalloc may take
PROBE_DOUBLINGS = 6  # ... at most this many doublings past the top of the space ladder
# The kernel's resident-size counters are per-CPU and approximate (32 pages per CPU), and a
# call's new pages include allocator slack: differences below this are not memory.
KERNEL_SLACK_BYTES = 1 << 20
# Touching 1 MiB of new pages takes ~100 us (256 page faults): a faster call cannot have
# held memory the kernel's view could tell, so its untraced run is skipped.
KERNEL_MIN_CALL_S = 1e-4
# The kernel's figure exceeds tracemalloc's on honest code: a list grown by append leaves
# its outgrown buffers in the heap (measured: 3x the traced peak for sliding_window_max at
# n = 163,840; a geometric series of 1.125x reallocs can leave up to 9x). Only more than
# this many times the traced figure counts; a hidden table beside O(1) traced space is
# thousands of times it.
KERNEL_MARGIN = 15.0


def beyond_traced(kernel: int | None, traced: float) -> bool:
    """Whether the kernel saw clearly more than tracemalloc accounts for: memory outside
    Python's allocator (mmap, C malloc), not counting error or allocator slack."""
    return kernel is not None and kernel > traced * (1 + KERNEL_MARGIN) + KERNEL_SLACK_BYTES


@dataclass(frozen=True)
class Settings:
    budget_s: float = 15.0
    min_n: int = 8
    max_n: int = 2**22
    call_cap_s: float = 0.4         # stop growing once one call takes this long
    block_s: float = 0.01           # aim for timed blocks at least this long
    rounds: int = 5                 # timed blocks per size (fewer when calls are slow)
    max_block_calls: int = 20_000
    distinct_inputs: int = 8        # different inputs per size (fewer when inputs are huge)
    memory: bool = True
    memory_call_cap_s: float = 0.03  # tracemalloc slows allocation-heavy calls ~10x: skip memory above this
    memory_inputs: int = 3          # space is the worst of this many inputs per size (when cheap)
    seed: int = 0
    timed: bool = True              # False when instructions are counted instead: probe and memory only
    outside_probe_s: float = OUTSIDE_PROBE_S  # the probe for memory tracemalloc cannot see (0: none)
    few_budget_s: float = 0.0       # the budget while fewer than SPACE_SIZES sizes have memory (if larger)


@dataclass(frozen=True)
class Memory:
    """One call's memory: traced peak beyond its input, recursion depth, and the bytes its
    answer still holds afterwards (0 where unknown: then the answer counts as space)."""

    peak: int
    depth: int = 0
    answer: int = 0
    kernel: int | None = None  # what the kernel saw an untraced call add to the resident size

    @property
    def total(self) -> int:
        return _with_frames(self.peak, self.depth)


@dataclass(frozen=True)
class SizePoint:
    n: int
    seconds: tuple[float, ...]      # per-call CPU seconds, one value per timed block
    calls_per_block: int
    peak_bytes: int | None = None
    depth: int | None = None
    reused_input: bool = False
    pace: tuple[float, ...] = ()    # the reference workload's CPU seconds beside each block
    answer_bytes: int = 0           # what the answer holds after the call (the worst input's)
    kernel_bytes: int | None = None  # what the kernel saw an untraced call add to the resident size

    @property
    def space_bytes(self) -> int | None:
        """Space of one call, its answer included."""
        if self.peak_bytes is None:
            return None
        return _with_frames(self.peak_bytes, self.depth)

    @property
    def seen_bytes(self) -> int | None:
        """Space of one call as the larger of tracemalloc's and the kernel's view."""
        traced = self.space_bytes
        return None if traced is None else max(traced, self.kernel_bytes or 0)

    @property
    def auxiliary_bytes(self) -> int | None:
        """Space of one call without its answer: what interviews mean by space."""
        total = self.space_bytes
        return None if total is None else max(total - self.answer_bytes, 0)


def _with_frames(peak_bytes: int, depth: int | None) -> int:
    """Space of one call: traced peak plus its recursion frames (outside tracemalloc)."""
    return peak_bytes + (depth or 0) * FRAME_BYTES


@dataclass(frozen=True)
class Check:
    """An answer given at size n, to be compared with the reference's; `measured` answers
    came from timed or memory runs and differed from the probe's (they must be checked)."""

    n: int
    input: Mapping[str, Any]
    answer: Any
    measured: bool = False


@dataclass(frozen=True)
class Ladder:
    family: str
    points: tuple[SizePoint, ...]
    stopped: StopReason
    seconds: float
    checks: tuple[Check, ...] = field(default=())
    too_costly_at: int | None = None  # the size where a call really passed the cap (not a prediction)


Generator = Callable[[int, random.Random], Mapping[str, Any]]


def input_rng(seed: int, family: str, n: int, index: int) -> random.Random:
    """The generator's random source for one ladder input: the same seed, the same input."""
    return random.Random(f"{seed}:{family}:{n}:{index}")


Level = tuple[int, float]  # (n, one call's cost there: seconds or instructions)


def log_slope(prev: Level, last: Level) -> float:
    """The log-log slope of one step: 1 for linear growth, 2 for quadratic."""
    (n0, c0), (n1, c1) = prev, last
    return math.log(max(c1, 1e-9) / max(c0, 1e-9)) / math.log(n1 / n0)


def grown_size(prev: Level | None, last: Level, max_n: int, floor: float) -> int:
    """Double, unless the last step grew faster than cubic (and cost more than `floor`):
    then take small additive steps, so the next call costs ~4x."""
    n1, c1 = last
    candidate = n1 * 2
    if prev is not None:
        n0, c0 = prev
        if c0 > 0 and log_slope(prev, last) > 3.5 and c1 > floor:
            step = max(1, round((n1 - n0) * math.log(4) / math.log(c1 / c0)))
            candidate = min(candidate, n1 + step)
    return min(candidate, max_n)


def extrapolated(prev: Level | None, last: Level, n: int) -> float:
    """One call's cost at n, extrapolated pessimistically from the last two sizes."""
    n1, c1 = last
    if prev is None:
        return c1 * (n / n1) ** 2
    n0, c0 = prev
    c0 = max(c0, 1e-9)
    slope = max(1.0, log_slope(prev, last))
    power = c1 * (n / n1) ** slope
    if slope <= 3.5:
        return power
    # Faster than cubic: it may be exponential, so extrapolate per unit of n as well.
    return max(power, c1 * (c1 / c0) ** ((n - n1) / max(n1 - n0, 1)))


def next_size(points: Sequence[SizePoint], max_n: int) -> int:
    """The next size of a timed ladder, from its fastest blocks."""
    prev = (points[-2].n, min(points[-2].seconds)) if len(points) >= 2 else None
    return grown_size(prev, (points[-1].n, min(points[-1].seconds)), max_n, 1e-4)


def predicted_seconds(points: Sequence[SizePoint], n: int) -> float:
    """Time one call at n will take, extrapolated pessimistically from the last two sizes."""
    prev = (points[-2].n, min(points[-2].seconds)) if len(points) >= 2 else None
    return extrapolated(prev, (points[-1].n, min(points[-1].seconds)), n)


def run_ladder(target: Target, generate: Generator, family: str, settings: Settings,
               clock: Callable[[], float] = time.monotonic,
               progress: Callable[[int, float], None] | None = None,
               settled: Callable[[Sequence[SizePoint]], bool] | None = None) -> Ladder:
    """Measure one input family from min_n up, within settings.budget_s of wall time (or
    settings.few_budget_s while too few sizes have memory to judge space), or until
    `settled` says the sizes so far decide what this ladder is for."""
    started = clock()
    deadline = started + settings.budget_s
    few_deadline = started + max(settings.budget_s, settings.few_budget_s)
    points: list[SizePoint] = []
    checks: list[Check] = []
    n = max(1, settings.min_n)
    stopped: StopReason = "max_n"
    too_costly_at: int | None = None
    size_cost = 0.0  # wall seconds the last size took outside timed calls, per item generated
    memory_ok = settings.memory  # off for good once a memory run times out
    measured_wall = 0.0  # wall seconds of the last size's calls (untimed: the probe and the memory runs)
    while True:
        few = memory_ok and _few_spaces(points)
        limit = few_deadline if few else deadline
        remaining = limit - clock()
        count = _distinct(n, settings)
        if points:
            predicted = predicted_seconds(points, n)
            calls = settings.rounds + 2 if settings.timed else 4  # untimed: a probe and memory runs
            calls_cost = predicted * calls
            if not settings.timed:
                # Memory runs under tracemalloc take many times the probe: scale the last
                # size's own.
                calls_cost = max(calls_cost, measured_wall * predicted / max(points[-1].seconds[0], 1e-9))
            cost = calls_cost + size_cost * n * count
            if predicted > settings.call_cap_s:
                stopped = "call_cap"
                break
            if cost > remaining:
                stopped = "budget"
                break
        size_start = clock()
        inputs = [generate(n, input_rng(settings.seed, family, n, i)) for i in range(count)]
        target.stage(n, inputs)
        size_cost = (clock() - size_start) / (n * count)
        measure_start = clock()
        try:
            point, answer, memory_ok = _measure_size(target, n, count, settings, limit, clock, memory_ok, few=few)
        except SizeTooCostly:
            stopped, too_costly_at = "call_cap", n
            break
        except MeasureFailure as exc:
            raise MeasureFailure(n, family, exc.facts, inputs[0]) from None
        measured_wall = clock() - measure_start
        points.append(point)
        checks.append(Check(n, inputs[0], answer))
        checks.extend(Check(n, inputs[0], other, measured=True) for other in target.suspects())
        if progress is not None:
            progress(n, clock() - started)
        if n >= settings.max_n:
            stopped = "max_n"
            break
        if settled is not None and settled(points):
            stopped = "settled"
            break
        following = next_size(points, settings.max_n)
        if following <= n:
            stopped = "max_n"
            break
        n = following
    if stopped == "call_cap" and 2 <= len(points) < FILL_BELOW:  # for time alone: memory runs cost 10x
        _fill_in(target, generate, family, settings, points, checks, deadline, clock, memory_ok=False)
    probe = settings.outside_probe_s > 0 and memory_ok and points and points[-1].peak_bytes is not None
    if probe and stopped != "max_n":
        _outside_probe(target, generate, family, settings, points, checks, clock)
    points.sort(key=lambda point: point.n)
    return Ladder(family, tuple(points), stopped, clock() - started, tuple(checks), too_costly_at)


def _outside_probe(target: Target, generate: Generator, family: str, settings: Settings, points: list[SizePoint],
                   checks: list[Check], clock: Callable[[], float]) -> None:
    """Look past a settled space ladder for memory that tracemalloc cannot see.

    A table in mmap or C-malloc memory is invisible to tracemalloc and, at the small sizes
    where a ladder settles, below what the kernel can tell from counting error. Untraced
    calls at doubling sizes past the top (while affordable) show such memory to the kernel.
    One family is enough: such a table is the algorithm's, not one input family's.
    Where one clearly exceeds what the traced sizes extrapolate to (`beyond_traced`), the
    probed sizes join the ladder with the kernel's figures. Otherwise nothing is added: an
    honest fit stays.
    """
    started = clock()
    top = points[-1]
    inside, growth = top.space_bytes or 0, _traced_growth(points)
    probed: list[tuple[int, int]] = []
    n = top.n
    cap = max(settings.call_cap_s * 4, 1.0)
    for _ in range(PROBE_DOUBLINGS):
        n = min(n * 2, settings.max_n)
        if n <= (probed[-1][0] if probed else top.n):
            break
        if predicted_seconds(points, n) * 2 > settings.outside_probe_s - (clock() - started):
            break
        inputs = [generate(n, input_rng(settings.seed, family, n, 0))]
        target.stage(n, inputs)
        try:
            seen = target.kernel_peak(0, cap)
        except SizeTooCostly:
            break
        checks.extend(Check(n, inputs[0], other, measured=True) for other in target.suspects())
        if seen is None:
            return
        probed.append((n, seen))
    if any(beyond_traced(seen, inside * (n / top.n) ** growth) for n, seen in probed):
        points.extend(SizePoint(n, (), 1, 0, 0, False, (), 0, seen) for n, seen in probed)


def _traced_growth(points: Sequence[SizePoint]) -> float:
    """The traced space's exponent over the ladder's last doubling (0 to 2): what it is
    expected to be at the probed sizes, before the kernel's margin."""
    traced = [(p.n, p.space_bytes) for p in points if p.space_bytes]
    if len(traced) < 2:
        return 1.0
    (n0, s0), (n1, s1) = traced[-2], traced[-1]
    return min(max(math.log(s1 / s0) / math.log(n1 / n0), 0.0), 2.0)


def between(low: int, high: int) -> list[int]:
    """Up to three sizes strictly between two ladder sizes: every one when they are close,
    else at quarter steps of their ratio."""
    if high - low <= 4:
        return list(range(low + 1, high))
    return sorted({round(low * (high / low) ** (k / 4)) for k in (1, 2, 3)} - {low, high})


def _fill_in(target: Target, generate: Generator, family: str, settings: Settings, points: list[SizePoint],
             checks: list[Check], deadline: float, clock: Callable[[], float], memory_ok: bool) -> bool:
    """A ladder that passed the per-call cap within a few sizes (growth that steep is often
    exponential) is too short to fit: measure sizes between its last two, then between the
    last two of those, where the calls cost most and say most; each costs less than the
    last size measured."""
    low, high = points[-2].n, points[-1].n
    upper = between(low, high)
    sizes = [*upper, *(m for m in between(upper[-1], high) if m not in upper)] if upper else []
    for n in sizes:
        if clock() > deadline:
            break
        count = _distinct(n, settings)
        inputs = [generate(n, input_rng(settings.seed, family, n, i)) for i in range(count)]
        target.stage(n, inputs)
        try:
            point, answer, memory_ok = _measure_size(target, n, count, settings, deadline, clock, memory_ok)
        except SizeTooCostly:
            break
        except MeasureFailure as exc:
            raise MeasureFailure(n, family, exc.facts, inputs[0]) from None
        points.append(point)
        checks.append(Check(n, inputs[0], answer))
        checks.extend(Check(n, inputs[0], other, measured=True) for other in target.suspects())
    return memory_ok


def paced_seconds(points: Sequence[SizePoint]) -> list[tuple[float, ...]]:
    """Per-call seconds as if the machine had kept one pace (the ladder's median).

    A shared host's vCPU speeds up and slows down over seconds, while the blocks of one
    size run within a second of each other: unscaled, a slow spell lifts a whole size
    and bends the curve. Scaling each block by the reference workload timed beside it
    leaves a small spread, which the fit's noise model absorbs.
    """
    paces = sorted(p for point in points for p in point.pace if p > 0)
    if not paces:
        return [point.seconds for point in points]
    reference = paces[len(paces) // 2]
    return [
        tuple(s * reference / p if p > 0 else s for s, p in zip(point.seconds, point.pace, strict=True))
        if len(point.pace) == len(point.seconds) else point.seconds
        for point in points
    ]


def _distinct(n: int, settings: Settings) -> int:
    """Fewer distinct inputs for huge sizes: generating and shipping them costs wall time.
    Untimed, only the memory runs use more than the first."""
    if n >= 2**18:
        count = 2
    elif n >= 2**14:
        count = 4
    else:
        count = settings.distinct_inputs
    return count if settings.timed else min(count, max(settings.memory_inputs, 1))


def _calls_for(per_call: float, settings: Settings) -> int:
    """Calls per timed block so that a block lasts about settings.block_s."""
    if per_call >= settings.block_s:
        return 1
    return min(settings.max_block_calls, math.ceil(settings.block_s / per_call))


def _despiked(readings: Sequence[float]) -> list[float]:
    """Running median of three (the two ends: the smaller of their pair).

    A pace reading is a 1 ms workload, so a hiccup of the host (a few ms of steal time
    the guest accounts as CPU) can multiply it several times while adding a fraction to
    the block beside it. A spell of slowness lasts longer than two readings and survives;
    a ramp (the vCPU speeding up again after the worker slept between sizes) too.
    """
    if len(readings) < 3:
        return [min(readings)] * len(readings)
    inner = [sorted(readings[j - 1:j + 2])[1] for j in range(1, len(readings) - 1)]
    return [min(readings[:2]), *inner, min(readings[-2:])]


def _block_paces(readings: Sequence[float], kept_calibration: bool) -> tuple[float, ...]:
    """A block's pace: the geometric mean of the (despiked) readings on either side of it."""
    r = _despiked(readings)
    pairs = list(pairwise(r))
    if kept_calibration:  # read right after the kept calibration block: its only reading
        pairs.insert(0, (r[0], r[0]))
    return tuple(math.sqrt(a * b) for a, b in pairs)


def _measure_size(target: Target, n: int, count: int, settings: Settings, deadline: float,
                  clock: Callable[[], float], memory_ok: bool, few: bool = False) -> tuple[SizePoint, Any, bool]:
    """One size: probe (and fetch its answer), calibrate, time blocks, then memory (`few`:
    the ladder has too few sizes with memory to judge space yet, see _memory_affordable)."""
    cap = max(settings.call_cap_s * 4, 1.0)
    first, mutated = target.probe(0, cap)
    if first > settings.call_cap_s * 2:
        raise SizeTooCostly(f"one call took {first:.2f} s at n = {n}")
    answer = target.result(0)
    if not settings.timed:  # instructions are counted elsewhere: the probe is this size's one time
        memory = None
        if memory_ok and _memory_affordable(first, settings, deadline - clock(), few):
            try:
                memory = _worst_memory(target, min(count, settings.memory_inputs), first, deadline, clock)
            except SizeTooCostly:
                memory_ok = False
        return _point(n, (first,), 1, memory, not mutated, ()), answer, memory_ok
    reuse = not mutated
    # The probe's figure comes from the solution's own process, so it only seeds the block
    # size: calibration blocks timed by the kernel correct it (a solution whose patched
    # clock claims 0 s gets small first blocks, not a block of 20,000 slow calls).
    per_call = max(first, 1e-7)
    limit = settings.max_block_calls if reuse else max(count, 1) * 8  # fresh copies cost memory
    calls = min(limit, 64, _calls_for(per_call, settings))
    for _ in range(4):
        block = target.time_block([i % count for i in range(calls)], fresh=not reuse, cap_s=cap * calls)
        per_call = max(block / calls, 1e-9)
        if block >= settings.block_s / 2 or calls >= limit:
            break
        calls = min(limit, _calls_for(per_call, settings))
    final = min(limit, _calls_for(per_call, settings))
    rounds = settings.rounds if per_call * final < 0.05 else max(3, settings.rounds - 2)
    # The machine's pace is read before the first kept block and after every one (see
    # _block_paces for how a block gets its pace from them).
    seconds: list[float] = []
    if final == calls:  # the last calibration block already had the final size: keep it
        seconds.append(per_call)
    kept_calibration = bool(seconds)
    readings = [target.pace()]
    calls = final
    for r in range(len(seconds), rounds):
        indices = [(r + i) % count for i in range(calls)]
        block = target.time_block(indices, fresh=not reuse, cap_s=cap * calls)
        seconds.append(block / calls)
        readings.append(target.pace())
        if clock() > deadline and len(seconds) >= 2:
            break
    paces = _block_paces(readings, kept_calibration)
    memory = None
    if memory_ok and _memory_affordable(per_call, settings, deadline - clock(), few):
        try:
            memory = _worst_memory(target, min(count, settings.memory_inputs), per_call, deadline, clock)
        except SizeTooCostly:
            memory_ok = False
    return _point(n, tuple(seconds), calls, memory, reuse, paces), answer, memory_ok


def _memory_affordable(per_call: float, settings: Settings, remaining: float, few: bool = False) -> bool:
    """tracemalloc (and the depth run's profile hook) slow a call ~10x: measure memory where
    that fits a fifth of the budget left, or all of it while the ladder has too few sizes
    with memory to judge space (`few`): an exponential table measured at n = 2, 4, 8 and
    skipped at 16 (a 40 ms call) left a too-much-memory solution "inconclusive"."""
    return per_call <= settings.memory_call_cap_s or per_call * 10 < remaining * (1.0 if few else 0.2)


def _few_spaces(points: Sequence[SizePoint]) -> bool:
    """Fewer sizes with memory than a slower space class is confirmed on (judge.complexity.assess)."""
    return sum(p.peak_bytes is not None for p in points) < SPACE_SIZES


def _point(n: int, seconds: tuple[float, ...], calls: int, memory: Memory | None, reuse: bool,
           paces: tuple[float, ...]) -> SizePoint:
    if memory is None:
        return SizePoint(n, seconds, calls, None, None, reuse, paces)
    return SizePoint(n, seconds, calls, memory.peak, memory.depth, reuse, paces, memory.answer, memory.kernel)


def _worst_memory(target: Target, inputs: int, per_call: float, deadline: float,
                  clock: Callable[[], float]) -> Memory:
    """Peak bytes and depth of the input that needs the most space, over the first few.

    Space complexity is a worst case over the inputs of a size. Where the input decides
    how much is kept (two_sum's dict stops growing at a randomly planted pair), input 0
    alone is a fresh random draw at every size and its bytes swing from size to size.
    Further inputs are measured only while that costs a small share of the budget left.
    """
    started = clock()
    cap = max(per_call * 30, 1.0)
    worst = target.memory(0, cap)
    if per_call >= KERNEL_MIN_CALL_S:  # input 0 untraced too: the kernel's view (see Memory.kernel)
        worst = replace(worst, kernel=target.kernel_peak(0, cap))
    cost = clock() - started
    for index in range(1, inputs):
        if cost > MEMORY_EXTRA_SHARE * (deadline - clock()):
            break
        started = clock()
        found = target.memory(index, cap)
        cost = max(cost, clock() - started)
        worst = max(worst, replace(found, kernel=worst.kernel), key=lambda m: m.total - m.answer)
    return worst
