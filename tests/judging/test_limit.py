"""The prediction at the limit (judging.limit): seconds per counted instruction from the native
ladder, and the family predicted, on injected points."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import pytest

from judge.complexity.classes import LINEAR
from judge.complexity.families import FamilyResult
from judge.complexity.fit import Sample, fit
from judge.complexity.measure import Ladder, SizePoint
from judge.judging.complexity_phase import _time_peers
from judge.judging.limit import _seconds_per_instruction, costliest
from judge.problem.model import Problem
from judge.report import AxisResult, Curve


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


def quadratic_axis(family: str, per_pair: float) -> AxisResult:
    """A family's O(n^2) instruction curve through n = 512: `per_pair` instructions per n^2."""
    return AxisResult(expected="O(n)", measured="O(n^2)", plausible=("O(n^2)",), status="worse", confidence=1.0,
                      reason="slower", family=family, points=(),
                      curves=(Curve("O(n^2)", 0.0, per_pair * 512**2, 512),), unit="instructions")


def test_the_costliest_family_with_the_class_shown_is_predicted() -> None:
    """Daily temperatures by brute force: random input scans a few days a day, a decreasing
    one every day to the end; the decreasing family is the learner's worst case, whichever
    family was reported first."""
    ladders = [ladder("random", (4096, 0.01)), ladder("decreasing", (4096, 0.04))]
    axes = [quadratic_axis("random", 1.0), quadratic_axis("decreasing", 4.0)]
    chosen = costliest(axes, ladders, 100_000)
    assert chosen is not None
    seconds, family = chosen
    assert family == "decreasing"
    assert seconds == pytest.approx(0.04 / (4.0 * 4096**2) * 4.0 * 100_000**2)


def test_a_family_whose_instructions_cannot_be_converted_gives_way() -> None:
    axes = [quadratic_axis("random", 1.0), quadratic_axis("decreasing", 4.0)]
    chosen = costliest(axes, [ladder("random", (4096, 0.01))], 100_000)
    assert chosen is not None and chosen[1] == "random"
    assert costliest(axes[1:], [], 100_000) == (None, "decreasing")


def test_a_random_family_that_yields_to_its_expensive_case_is_not_predicted() -> None:
    """two_sum: the pair at a random place costs at most what the pair at the end costs at
    every size; its curve extrapolates an average of draws, so it is never "the costliest"."""
    sizes = [2**k for k in range(3, 14)]
    full = fit([Sample(n, (1e3 * n, 1.01e3 * n)) for n in sizes], kind="instructions")
    drawn = fit([Sample(n, (2e2 * n, 5e2 * n, 9e2 * n)) for n in sizes], kind="instructions")
    even = fit([Sample(n, (1.2e3 * n, 1.21e3 * n)) for n in sizes], kind="instructions")
    problem = cast(Problem, SimpleNamespace(time=LINEAR))
    results = [FamilyResult(Ladder(name, (), "settled", 1.0), f, None)
               for name, f in (("at_end", full), ("random", drawn), ("sorted", even))]
    shown = AxisResult(expected="O(n)", measured="O(n)", plausible=("O(n)",), status="ok", confidence=1.0,
                       reason="as_expected", family="at_end", points=(), unit="instructions")
    assert [a.family for a in _time_peers(problem, results, shown)] == ["at_end", "sorted"]
