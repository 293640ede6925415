"""The size an input really has: magnitudes, the drawn column, and the counted samples."""

from __future__ import annotations

import random
from typing import Any

from judge.complexity.classes import parse
from judge.complexity.counted_ladder import CountPoint, count_samples, run_count_ladder
from judge.complexity.fit import fit
from judge.complexity.measure import input_rng
from judge.complexity.sizes import NO_MAGNITUDE, drawn_column, magnitudes, real_sizes
from tests.complexity.test_counted_ladder import FakeClock, FakeCounter, settings

SIZES = [2**k for k in range(3, 15)]


def rows_of(generate: Any, per_size: int = 3) -> list[tuple[int, tuple[int, ...]]]:
    return [(n, magnitudes(generate(n, input_rng(0, "generate", n, i)))) for n in SIZES for i in range(per_size)]


def drawn_value(n: int, rng: random.Random) -> dict[str, Any]:
    return {"n": rng.randint(n // 2, n), "mod": 10**9 + 7}


def test_magnitudes_are_lengths_and_values_in_name_order() -> None:
    tree = [1, None, 2, None, 3]  # level order: the Nones are missing children, not nodes
    assert magnitudes({"s": "abcd", "k": 7, "root": tree, "x": 1.5, "flag": True, "neg": -3}) == (
        NO_MAGNITUDE, 7, NO_MAGNITUDE, 3, 4, NO_MAGNITUDE)


def test_a_value_drawn_between_n_over_2_and_n_is_the_size() -> None:
    rows = rows_of(drawn_value)
    assert drawn_column(rows) == 1  # "mod", "n": n is the second name
    assert real_sizes(rows) == [m[1] for _, m in rows]


def test_the_ladders_n_stays_the_size_unless_one_drawn_argument_alone_carries_it() -> None:
    def exact(n: int, rng: random.Random) -> dict[str, Any]:
        return {"nums": [rng.random() for _ in range(n)], "target": rng.randint(0, 10**9)}

    def exact_and_drawn(n: int, rng: random.Random) -> dict[str, Any]:
        return {"nums": list(range(n)), "k": rng.randint(n // 2, n)}  # the work may be either

    def two_drawn(n: int, rng: random.Random) -> dict[str, Any]:
        return {"a": "x" * rng.randint(n // 2, n), "b": "y" * rng.randint(n // 2, n)}

    def grid(n: int, rng: random.Random) -> dict[str, Any]:
        side = max(1, int(n**0.5))
        return {"grid": [[0] * side for _ in range(side)]}

    def half(n: int, rng: random.Random) -> dict[str, Any]:
        return {"a": list(range(n // 2)), "b": list(range(n // 2))}

    def grid_and_budget(n: int, rng: random.Random) -> dict[str, Any]:
        side = max(1, int(n**0.5))  # the work is in the n cells; k is a drawn budget beside them
        return {"grid": [[0] * side for _ in range(side)], "k": rng.randint(n // 2, n)}

    for generate in (exact, exact_and_drawn, two_drawn, grid, half, grid_and_budget):
        rows = rows_of(generate)
        assert drawn_column(rows) is None, generate.__name__
        assert real_sizes(rows) == [n for n, _ in rows]


def test_few_inputs_or_one_size_say_nothing() -> None:
    rows = rows_of(drawn_value)
    assert drawn_column(rows[:3]) is None
    assert drawn_column([(64, (40,)), (64, (50,)), (64, (60,)), (64, (33,))]) is None


def test_counted_samples_sit_at_the_drawn_sizes_and_fit_one_class() -> None:
    """A linear loop up to a value drawn in [n/2, n]: against n its levels scatter by up to
    2x; against the drawn values the counts lie on one line."""
    clock = FakeClock()
    target = FakeCounter(lambda n, i: 0, clock)
    target.cost = lambda n, i: 250 * target.staged[i]["n"] + 4000
    ladder = run_count_ladder(target, drawn_value, "generate", settings(max_n=2**18, inputs=2, inputs_cheap=2),
                              clock=clock)
    samples = count_samples(ladder.points)
    drawn = sorted({m[1] for p in ladder.points for m in p.magnitudes})
    assert [s.n for s in samples] == drawn
    assert all(s.values == (250.0 * s.n + 4000,) * len(s.values) for s in samples)
    fitted = fit(samples, kind="instructions")
    assert fitted.best == parse("O(n)") and fitted.plausible == (parse("O(n)"),)


def test_points_without_magnitudes_keep_their_n() -> None:
    points = [CountPoint(64, (4096, 4100)), CountPoint(128, (16384,))]
    assert [(s.n, s.values) for s in count_samples(points)] == [(64, (4096.0, 4100.0)), (128, (16384.0,))]
