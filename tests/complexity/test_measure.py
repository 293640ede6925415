"""The size ladder, driven by a fake target whose calls cost synthetic time on a fake clock."""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

import pytest

from judge.complexity.classes import CONSTANT, LINEAR
from judge.complexity.families import family_fits
from judge.complexity.fit import assess
from judge.complexity.measure import (
    FRAME_BYTES,
    Memory,
    Settings,
    SizePoint,
    SizeTooCostly,
    next_size,
    paced_seconds,
    predicted_seconds,
    run_ladder,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeTarget:
    """A solution whose call at size n costs `cost(n)` CPU seconds, deterministically."""

    def __init__(self, cost: Callable[[int], float], clock: FakeClock, *, mutates: bool = False,
                 space: Callable[[int], int] = lambda n: 0, depth: Callable[[int], int] = lambda n: 1,
                 ceiling: float = math.inf, slowdown: Callable[[float], float] = lambda t: 1.0,
                 input_space: Callable[[int], int] = lambda index: 1, memory_cost: float = 3.0,
                 kernel: Callable[[int], int | None] = lambda n: None) -> None:
        self.kernel = kernel  # what the kernel sees an untraced call add (None: cannot tell)
        self.kernel_runs: list[int] = []
        self.cost = cost
        self.slowdown = slowdown  # the machine's pace: how much slower than usual code runs at time t
        self.clock = clock
        self.mutates = mutates
        self.space = space
        self.depth = depth
        self.ceiling = ceiling
        self.input_space = input_space  # a factor on space(n) for staged input `index`
        self.memory_cost = memory_cost  # a memory run costs this many calls
        self.memory_runs: list[tuple[int, int]] = []  # (n, index)
        self.n = 0
        self.staged: list[Mapping[str, Any]] = []
        self.blocks: list[tuple[int, bool, int]] = []  # (n, fresh, calls)

    def stage(self, n: int, inputs: Sequence[Mapping[str, Any]]) -> None:
        self.staged = list(inputs)
        self.n = n
        self.clock.advance(1e-6 * self.n * len(inputs))  # shipping inputs costs wall time

    def probe(self, index: int, cap_s: float) -> tuple[float, bool]:
        seconds = self.cost(self.n)
        if seconds > cap_s or seconds > self.ceiling:
            raise SizeTooCostly("cap")
        self.clock.advance(seconds)
        return seconds, self.mutates

    def pace_at(self, t: float) -> float:
        return 1e-3 * self.slowdown(t)

    def time_block(self, indices: Sequence[int], fresh: bool, cap_s: float) -> float:
        seconds = self.cost(self.n) * len(indices) * self.slowdown(self.clock.now)
        self.clock.advance(seconds)
        self.blocks.append((self.n, fresh, len(indices)))
        return seconds

    def memory(self, index: int, cap_s: float) -> Memory:
        self.clock.advance(self.cost(self.n) * self.memory_cost)
        self.memory_runs.append((self.n, index))
        return Memory(self.space(self.n) * self.input_space(index), self.depth(self.n))

    def kernel_peak(self, index: int, cap_s: float) -> int | None:
        self.clock.advance(self.cost(self.n))
        self.kernel_runs.append(self.n)
        return self.kernel(self.n)

    def pace(self) -> float:
        return self.pace_at(self.clock.now)

    def result(self, index: int) -> Any:
        return self.n

    def suspects(self) -> list[Any]:
        return []


def generate(n: int, rng: random.Random) -> dict[str, Any]:
    return {"n": n, "noise": rng.random()}


def ladder_for(cost: Callable[[int], float], settings: Settings, **kwargs: Any) -> tuple[Any, FakeTarget, FakeClock]:
    clock = FakeClock()
    target = FakeTarget(cost, clock, **kwargs)
    return run_ladder(target, generate, "generate", settings, clock=clock), target, clock


def test_linear_solution_climbs_to_max_n_by_doubling() -> None:
    ladder, _, _ = ladder_for(lambda n: 1e-6 + 1e-8 * n, Settings(min_n=8, max_n=2**16))
    sizes = [p.n for p in ladder.points]
    assert sizes == [8 * 2**k for k in range(14)]
    assert ladder.stopped == "max_n"


def test_quadratic_solution_stops_at_the_per_call_cap() -> None:
    ladder, _, _ = ladder_for(lambda n: 1e-8 * n * n, Settings(min_n=8, max_n=2**22, call_cap_s=0.4))
    assert ladder.stopped == "call_cap"
    last = ladder.points[-1].n
    assert 1e-8 * last * last <= 0.4 * 2  # never measured a call far beyond the cap
    assert 1e-8 * (2 * last) ** 2 > 0.4   # and stopped because the next one would exceed it


def test_exponential_growth_switches_to_small_additive_steps() -> None:
    ladder, _, _ = ladder_for(lambda n: 1e-7 * 2.0**n, Settings(min_n=4, max_n=2**20, call_cap_s=0.4))
    sizes = [p.n for p in ladder.points]
    assert sizes[:3] == [4, 8, 16]
    steps = [b - a for a, b in itertools.pairwise(sizes[2:])]
    assert steps and all(step <= 4 for step in steps)
    assert 18 <= sizes[-1] <= 23  # an O(2^n) solution stops near n = 20


def test_budget_is_respected_with_generation_cost_counted() -> None:
    settings = Settings(min_n=8, max_n=2**30, budget_s=3.0)
    ladder, _, clock = ladder_for(lambda n: 2e-8 * n, settings)
    assert ladder.stopped == "budget"
    assert clock.now <= settings.budget_s * 1.05


def test_inputs_are_fresh_copies_when_the_solution_mutates_them() -> None:
    _, target, _ = ladder_for(lambda n: 1e-6, Settings(min_n=8, max_n=64), mutates=True)
    assert target.blocks and all(fresh for _, fresh, _ in target.blocks)
    _, target, _ = ladder_for(lambda n: 1e-6, Settings(min_n=8, max_n=64), mutates=False)
    assert not any(fresh for _, fresh, _ in target.blocks)


def test_short_calls_are_repeated_inside_a_block_long_ones_are_not() -> None:
    ladder, _, _ = ladder_for(lambda n: 1e-6 if n < 1024 else 0.05, Settings(min_n=8, max_n=2048, block_s=0.01))
    by_n = {p.n: p for p in ladder.points}
    assert by_n[8].calls_per_block == 10_000
    assert by_n[2048].calls_per_block == 1
    assert by_n[8].seconds == pytest.approx((1e-6,) * len(by_n[8].seconds))


def test_space_includes_recursion_depth() -> None:
    ladder, _, _ = ladder_for(lambda n: 1e-6, Settings(min_n=8, max_n=64), space=lambda n: 100, depth=lambda n: n)
    point = ladder.points[-1]
    assert point.space_bytes == 100 + 64 * FRAME_BYTES


def test_space_is_the_worst_of_the_first_few_inputs() -> None:
    # Input 0 alone is a random draw where the input decides what is kept (an early exit).
    ladder, target, _ = ladder_for(lambda n: 1e-6, Settings(min_n=8, max_n=64, memory_inputs=3),
                                   space=lambda n: 100 * n, input_space=lambda index: (1, 3, 2, 9)[index])
    assert [p.space_bytes for p in ladder.points] == [300 * p.n + FRAME_BYTES for p in ladder.points]
    assert {index for _, index in target.memory_runs} == {0, 1, 2}


def test_further_memory_runs_only_while_they_are_cheap() -> None:
    # A memory run costing more than a small share of the budget left: input 0 only.
    ladder, target, _ = ladder_for(lambda n: 0.02, Settings(min_n=8, max_n=16, budget_s=5.0, memory_inputs=3),
                                   space=lambda n: 10, input_space=lambda index: index + 1, memory_cost=20.0)
    assert [index for _, index in target.memory_runs] == [0, 0]
    assert [p.peak_bytes for p in ladder.points] == [10, 10]


def test_a_size_that_hits_the_ceiling_ends_the_ladder_without_a_failure() -> None:
    ladder, _, _ = ladder_for(lambda n: 1e-9 * n, Settings(min_n=8, max_n=2**20), ceiling=1e-9 * 4096)
    assert ladder.stopped == "call_cap"
    assert ladder.points[-1].n == 4096


def test_checks_keep_one_input_and_answer_per_size() -> None:
    ladder, _, _ = ladder_for(lambda n: 1e-6, Settings(min_n=8, max_n=32))
    assert [(c.n, c.answer, c.measured) for c in ladder.checks] == [(8, 8, False), (16, 16, False), (32, 32, False)]


def test_same_seed_same_inputs() -> None:
    first, _, _ = ladder_for(lambda n: 1e-6, Settings(min_n=8, max_n=32, seed=7))
    second, _, _ = ladder_for(lambda n: 1e-6, Settings(min_n=8, max_n=32, seed=7))
    other, _, _ = ladder_for(lambda n: 1e-6, Settings(min_n=8, max_n=32, seed=8))
    assert [c.input for c in first.checks] == [c.input for c in second.checks]
    assert [c.input for c in first.checks] != [c.input for c in other.checks]


def test_prediction_is_pessimistic_for_exponential_growth() -> None:
    points = [SizePoint(10, (1e-4,), 1), SizePoint(12, (4e-4,), 1)]
    assert predicted_seconds(points, 14) == pytest.approx(1.6e-3)
    assert next_size(points, 100) == 14


def test_a_machine_that_changes_pace_is_measured_at_one_pace() -> None:
    # A shared host: code runs 1.7x slower during every other second of wall time.
    def slowdown(t: float) -> float:
        return 1.7 if int(t) % 2 else 1.0

    ladder, _, _ = ladder_for(lambda n: 2e-8 * n, Settings(min_n=8, max_n=2**16, budget_s=60.0), slowdown=slowdown)
    raw = [min(p.seconds) / p.n for p in ladder.points]
    assert max(raw) / min(raw) > 1.6  # unscaled, whole sizes are lifted by a slow spell
    paced = [min(s) / p.n for p, s in zip(ladder.points, paced_seconds(ladder.points), strict=True)]
    assert max(paced) / min(paced) == pytest.approx(1.0)
    assert all(len(p.pace) == len(p.seconds) for p in ladder.points)


class HiccupTarget(FakeTarget):
    """Every fifth pace reading is hit by a host hiccup: 10x, while the blocks are not."""

    readings = 0

    def pace(self) -> float:
        self.readings += 1
        return super().pace() * (10.0 if self.readings % 5 == 3 else 1.0)


def test_a_hiccup_in_one_pace_reading_does_not_scale_the_blocks_beside_it() -> None:
    clock = FakeClock()
    target = HiccupTarget(lambda n: 2e-8 * n, clock)
    ladder = run_ladder(target, generate, "generate", Settings(min_n=8, max_n=2**12), clock=clock)
    assert target.readings > 20
    for point, seconds in zip(ladder.points, paced_seconds(ladder.points), strict=True):
        assert seconds == pytest.approx([2e-8 * point.n] * len(seconds))


def test_points_without_pace_readings_are_left_as_measured() -> None:
    points = [SizePoint(8, (1e-6, 2e-6), 1), SizePoint(16, (3e-6,), 1, pace=(2e-3,))]
    assert paced_seconds(points) == [(1e-6, 2e-6), (3e-6,)]


def test_an_untimed_ladder_budgets_for_its_slow_memory_runs() -> None:
    """Untimed (instructions are counted elsewhere), a size is a probe and memory runs, which
    tracemalloc makes 10-15x slower than the probe: an O(n^2) ladder whose next memory run
    would take seconds stops within its budget instead of finishing it 3.7 s late."""
    settings = Settings(min_n=8, max_n=2**20, budget_s=4.0, timed=False, call_cap_s=10.0)
    ladder, _, clock = ladder_for(lambda n: 1.5e-8 * n * n, settings, memory_cost=15.0)
    assert ladder.stopped == "budget"
    assert clock.now <= settings.budget_s


def settled_after(count: int) -> Callable[[Sequence[Any]], bool]:
    return lambda points: len(points) >= count


def test_memory_tracemalloc_cannot_see_is_found_past_a_settled_ladder() -> None:
    """An O(1) traced space with an 8-bytes-per-item table the kernel sees (mmap): too small
    to tell at the settled sizes, found by the untraced probes past them; the family's
    space becomes the kernel's view and reads O(n)."""
    clock = FakeClock()
    target = FakeTarget(lambda n: 1e-7 * n, clock, space=lambda n: 500, kernel=lambda n: 8 * n if n > 2**14 else 0)
    ladder = run_ladder(target, generate, "generate", Settings(min_n=8, max_n=2**24), clock=clock,
                        settled=settled_after(11))
    sizes = [p.n for p in ladder.points]
    assert sizes[:11] == [8 * 2**k for k in range(11)] and sizes[11:] == [8 * 2**k for k in range(11, 17)]
    result = family_fits(ladder, None)
    assert result.space_outside and result.space_fit is not None
    assert result.space_fit.best is LINEAR
    assert assess(result.space_fit, CONSTANT).status == "worse"


def test_an_honest_ladder_is_left_as_it_was_by_the_probe() -> None:
    """The kernel sees what tracemalloc saw (O(n)), or nothing: no point is added."""
    for kernel in (lambda n: 40 * n, lambda n: 0):
        clock = FakeClock()
        target = FakeTarget(lambda n: 1e-7 * n, clock, space=lambda n: 40 * n, kernel=kernel)
        ladder = run_ladder(target, generate, "generate", Settings(min_n=8, max_n=2**24), clock=clock,
                            settled=settled_after(11))
        assert [p.n for p in ladder.points] == [8 * 2**k for k in range(11)]
        assert not family_fits(ladder, None).space_outside


def test_calls_too_fast_to_touch_a_mebibyte_skip_the_untraced_run() -> None:
    """1 MiB of new pages takes ~100 us to touch: faster calls get no kernel run; slower
    ones get one per size (input 0), and their points carry the kernel's figure."""
    for per_call, runs in ((1e-6, 0), (1e-3, 6)):
        clock = FakeClock()
        target = FakeTarget(lambda n, c=per_call: c, clock, space=lambda n: 100, kernel=lambda n: 4096)
        ladder = run_ladder(target, generate, "generate", Settings(min_n=8, max_n=256), clock=clock)
        assert ladder.stopped == "max_n" and len(target.kernel_runs) == runs
        assert all((p.kernel_bytes is not None) == bool(runs) for p in ladder.points)


def test_a_short_untimed_ladder_spends_its_budget_on_memory_before_skipping_it() -> None:
    """An exponential table (a dict of every subset sum) costs 40 ms a call at n = 16 on a
    slow host: past the 30 ms memory cap, and 10x that above a fifth of the 1.5 s left, so
    its memory was skipped and space had three sizes (2, 4, 8): too few to judge, and a
    too-much-memory solution passed. Below five sizes with memory, the budget left decides."""
    settings = Settings(min_n=2, max_n=2**20, budget_s=1.5, timed=False, call_cap_s=0.4)
    cost = {2: 1e-5, 4: 4e-5, 8: 3e-4, 16: 0.04}
    ladder, _, clock = ladder_for(lambda n: cost.get(n, 1.0), settings, space=lambda n: 64 * 2**n,
                                       memory_cost=10.0)
    measured = [p.n for p in ladder.points if p.peak_bytes is not None]
    assert measured == [2, 4, 8, 16] and clock.now <= settings.budget_s, (measured, clock.now)


def test_a_ladder_with_too_few_memory_sizes_may_run_past_its_budget_to_its_few_sizes_budget() -> None:
    """A busy core made the same exponential table's 1.5 s end before the memory run at
    n = 16 (space at 2, 4 and 8 only: ACCEPTED); while fewer than five sizes have memory,
    the ladder may run to few_budget_s instead."""
    plain = Settings(min_n=2, max_n=64, budget_s=1.5, timed=False, call_cap_s=0.4)
    runs = [ladder_for(lambda n: 2e-5 * 1.8**n, settings, space=lambda n: 64 * 2**n, memory_cost=10.0)
            for settings in (plain, replace(plain, few_budget_s=3.0))]
    (short, _, _), (longer, _, clock) = runs
    assert [p.n for p in short.points if p.peak_bytes is not None] == [2, 4, 8]
    assert [p.n for p in longer.points if p.peak_bytes is not None] == [2, 4, 8, 16]
    assert clock.now <= 3.0
