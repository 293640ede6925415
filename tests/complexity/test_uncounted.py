"""CPU time per counted instruction (uncounted.py), on injected native and counted ladders."""

from __future__ import annotations

from collections.abc import Callable

from judge.complexity.counted_ladder import CountLadder, CountPoint
from judge.complexity.measure import Ladder, SizePoint
from judge.complexity.uncounted import RISE, uncounted_rise

SIZES = [2**k for k in range(3, 16)]
PER_INSTRUCTION_S = 1.5e-10  # what honest CPython code measured here (0.05-0.3 ns)
OVERHEAD_S = 6e-5  # a request around a native call


def counted(instructions: Callable[[int], float], top: int = 2**14, family: str = "generate") -> CountLadder:
    points = tuple(CountPoint(n, (round(instructions(n)),) * 3) for n in SIZES if n <= top)
    return CountLadder(family, points, "settled", 1.0)


def native(seconds: Callable[[int], float], top: int = 2**15, family: str = "generate") -> Ladder:
    return Ladder(family, tuple(SizePoint(n, (OVERHEAD_S + seconds(n),), 1) for n in SIZES if n <= top),
                  "settled", 1.0)


def linear(n: int) -> float:
    return 2000.0 + 1300.0 * n


def test_honest_code_whose_calls_cost_what_was_counted_shows_no_rise() -> None:
    assert uncounted_rise([native(lambda n: linear(n) * PER_INSTRUCTION_S)], [counted(linear)]) is None


def test_caches_that_double_the_cost_per_instruction_at_the_top_are_no_rise() -> None:
    def cached(n: int) -> float:  # twice the cost per instruction once the data leaves the caches
        return linear(n) * PER_INSTRUCTION_S * (2.0 if n >= 2**13 else 1.0)

    rise = uncounted_rise([native(cached)], [counted(linear)])
    assert rise is None


def test_work_the_count_did_not_see_rises_with_n() -> None:
    """Counted O(n), timed O(n^2): the NON_SIMD_CALL attack's shape."""
    ladder = native(lambda n: 60.0 * n * n * PER_INSTRUCTION_S, top=2**12)
    rise = uncounted_rise([native(lambda n: linear(n) * PER_INSTRUCTION_S, family="other"), ladder],
                          [counted(linear, family="other"), counted(linear, top=2**16)])
    assert rise is not None and rise.family == "generate" and rise.factor >= RISE
    assert rise.to_n == 2**12 and rise.from_n * 4 <= rise.to_n


def test_one_odd_call_at_the_top_is_not_a_rise() -> None:
    def odd(n: int) -> float:
        return linear(n) * PER_INSTRUCTION_S * (10.0 if n == 2**15 else 1.0)

    assert uncounted_rise([native(odd)], [counted(linear)]) is None


def test_a_sublinear_count_is_not_compared_with_calls_that_copy_their_input() -> None:
    """Binary search: the count is O(log n), a native call copies its O(n) input in."""
    def logarithmic(n: int) -> float:
        return 3000.0 + 200.0 * n.bit_length()

    copying = native(lambda n: 2e-7 * n)
    assert uncounted_rise([copying], [counted(logarithmic)]) is None
