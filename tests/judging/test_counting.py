"""The counting side's bookkeeping: budget shares between two counting workers, and the
ladder's CPU clock (exact, no workers: the values are injected)."""

from __future__ import annotations

import time
from types import SimpleNamespace
from typing import Any, cast

import pytest

from judge.complexity.classes import by_name
from judge.complexity.counted_ladder import CountLadder, CountPoint
from judge.judging.counting import AFTER_CONFIRMED_S, Enough, LadderClock, _Counting
from judge.judging.plan import Plan


def counting(families: int, seconds_left: float) -> _Counting:
    plan = SimpleNamespace(deadline=time.monotonic() + seconds_left, options=SimpleNamespace(seed=0),
                           problem=SimpleNamespace(scaling=SimpleNamespace(min_n=8, max_n=4096),
                                                   time=by_name("O(n)")))
    return _Counting(cast(Plan, plan), [(f"family{i}", lambda n, rng: {}) for i in range(families)], Enough())


class IdleWorker:
    def cpu_ns(self) -> int:
        return 0


def begin(shared: _Counting) -> tuple[int, float]:
    taken = shared._take(cast(Any, IdleWorker()))
    assert taken is not None
    position, settings, clock = taken
    assert shared.clocks[position] is clock  # being counted
    return position, settings.budget_s


def finish(shared: _Counting, position: int) -> None:
    shared.clocks.pop(position)
    shared.unfinished -= 1


def test_two_workers_take_the_shares_one_worker_would_give() -> None:
    shared = counting(3, 12.0)
    first, first_s = begin(shared)
    second, second_s = begin(shared)
    assert (first, second) == (0, 1)
    assert first_s == pytest.approx(4.0, abs=0.05) and second_s == pytest.approx(4.0, abs=0.05)
    finish(shared, first)
    third, third_s = begin(shared)  # two families left, both to count: half the time left each
    assert third == 2 and third_s == pytest.approx(6.0, abs=0.05)


def test_an_idle_worker_gives_the_families_still_counted_what_they_would_have_had() -> None:
    shared = counting(2, 10.0)
    first, _ = begin(shared)
    second, second_s = begin(shared)
    assert second_s == pytest.approx(5.0, abs=0.05)
    finish(shared, first)
    assert shared._take(cast(Any, IdleWorker())) is None  # nothing left to take: the time left goes to the second
    assert shared.budgets[second] == pytest.approx(10.0, abs=0.05)
    assert shared.budgets[first] == pytest.approx(5.0, abs=0.05)  # (finished: unchanged)


def test_a_share_never_shrinks_when_a_worker_goes_idle_late() -> None:
    shared = counting(2, 10.0)
    first, _ = begin(shared)
    second, _ = begin(shared)
    shared.budgets[second] = 7.5
    assert shared._take(cast(Any, IdleWorker())) is None  # both still counted: 5 s each would be less than 7.5
    assert shared.budgets[second] == 7.5 and shared.budgets[first] == pytest.approx(5.0, abs=0.05)


def test_no_family_is_taken_once_counting_must_stop() -> None:
    shared = counting(3, 10.0)
    begin(shared)
    shared.stop.set()
    assert shared._take(cast(Any, IdleWorker())) is None and shared.next == 1


def quadratic(family: str, sizes: int) -> CountLadder:
    """A family counted at `sizes` doublings from 8, n^2 instructions a call: O(n^2)."""
    points = tuple(CountPoint(8 << i, ((8 << i) ** 2 + 1000,)) for i in range(sizes))
    return CountLadder(family, points, "settled", 1.0)


def test_a_family_confirmed_slower_lets_the_one_being_counted_finish_briefly() -> None:
    """The verdict is known; the family the other worker counts goes on to its own
    confirmation (the prediction at the limit wants the costliest), within
    AFTER_CONFIRMED_S more seconds, and no family begins after it."""
    shared = counting(3, 30.0)
    first, _ = begin(shared)
    second, _ = begin(shared)
    shared.clocks[second].spent = 1.5
    shared.clocks.pop(first)
    shared._finished(first, quadratic("family0", 8))
    assert shared.decided.is_set() and shared.slower.is_set() and not shared.stop.is_set()
    assert shared.budgets[second] == pytest.approx(1.5 + AFTER_CONFIRMED_S)
    assert shared._take(cast(Any, IdleWorker())) is None  # the third family never begins ...
    assert shared.budgets[second] == pytest.approx(1.5 + AFTER_CONFIRMED_S)  # ... nor lends its time
    assert not shared._ends(list(quadratic("family1", 4).points))  # too few sizes to confirm
    assert shared._ends(list(quadratic("family1", 6).points))  # its own class confirmed: it stops
    shared.clocks.pop(second)
    shared._finished(second, quadratic("family1", 6))
    assert sorted(shared.ladders) == [first, second]  # both stand: the report compares them


def test_a_family_cut_short_by_the_verdict_without_its_own_confirmation_is_dropped() -> None:
    shared = counting(2, 30.0)
    first, _ = begin(shared)
    second, _ = begin(shared)
    shared.clocks.pop(first)
    shared._finished(first, quadratic("family0", 8))
    shared.clocks.pop(second)
    linear = CountLadder("family1", tuple(CountPoint(8 << i, (100 * (8 << i),)) for i in range(4)), "budget", 1.0)
    shared._finished(second, linear)
    assert sorted(shared.ladders) == [first]


class FakeWorker:
    def __init__(self, cpu_ns: list[int]) -> None:
        self.readings = cpu_ns

    def cpu_ns(self) -> int:
        return self.readings.pop(0)


def test_the_ladder_clock_counts_the_workers_cpu_time_not_the_wall() -> None:
    second = 1_000_000_000
    worker = FakeWorker([5 * second, 5 * second, 7 * second, 1 * second])
    clock = LadderClock(cast(Any, worker), time.monotonic() + 100.0, lambda: 10.0)
    assert clock() == pytest.approx(0.0, abs=0.05)
    assert clock() == pytest.approx(2.0, abs=0.05)  # two CPU seconds in the worker
    # The worker restarted (a capped call killed it): its second of CPU time adds on.
    assert clock() == pytest.approx(3.0, abs=0.05)
    assert clock.spent == pytest.approx(3.0, abs=0.05)


def test_the_ladder_clock_never_lets_a_ladder_pass_the_wall_deadline() -> None:
    worker = FakeWorker([0, 0, 0])
    clock = LadderClock(cast(Any, worker), time.monotonic() + 2.0, lambda: 10.0)
    # No CPU spent, but 2 s of wall time left: of the 10 s budget, 8 are gone.
    assert clock() == pytest.approx(8.0, abs=0.05)
    assert clock.wall_left() == pytest.approx(2.0, abs=0.05)
