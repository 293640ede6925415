"""Seconds per counted instruction, from the native ladder (judging.limit), on injected points."""

from __future__ import annotations

from judge.complexity.measure import Ladder, SizePoint
from judge.judging.limit import _seconds_per_instruction


def ladder(family: str, *points: tuple[int, float]) -> Ladder:
    return Ladder(family, tuple(SizePoint(n, (s,), 1) for n, s in points), "settled", 1.0)


def instructions(n: float) -> float:
    return 1000.0 * n  # 1,000 instructions per item


def test_calls_long_enough_give_the_ratio() -> None:
    ladders = [ladder("a", (1000, 0.0001), (10_000, 0.002), (100_000, 0.02))]
    assert _seconds_per_instruction("a", ladders, instructions) == 0.002 / 1e7


def test_a_ladder_that_settled_early_still_gives_one_from_its_largest_call() -> None:
    ladders = [ladder("a", (1000, 0.0001), (16_384, 0.0008)), ladder("b", (100_000, 0.5))]
    assert _seconds_per_instruction("a", ladders, instructions) == 0.0008 / (1000.0 * 16_384)


def test_calls_that_are_mostly_overhead_say_nothing() -> None:
    assert _seconds_per_instruction("a", [ladder("a", (8, 0.0001), (64, 0.0002))], instructions) is None
