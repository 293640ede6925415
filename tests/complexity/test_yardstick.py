"""The reference as a yardstick, on injected counts: a flat ratio names the expected class."""

from __future__ import annotations

import math

from judge.complexity.assess import assess
from judge.complexity.classes import LINEAR, LINEARITHMIC, QUADRATIC
from judge.complexity.counted_ladder import CountPoint, count_samples
from judge.complexity.fit import fit
from judge.complexity.yardstick import (
    against_reference,
    as_reference,
    grows_like_reference,
    may_outgrow,
    may_stay_flat,
    outgrows_reference,
    ratio_samples,
)
from tests.complexity.test_fit_instructions import DEQUE


def _deque() -> list[CountPoint]:
    by_n: dict[int, list[int]] = {}
    for n, count in DEQUE:
        by_n.setdefault(n, []).append(count)
    return [CountPoint(n, tuple(counts)) for n, counts in sorted(by_n.items())]


def test_a_deque_whose_cost_per_item_the_data_raises_reads_as_the_reference_does() -> None:
    """The monotonic deque's count per item rises by a third over seven doublings (more
    duplicates to pop), which the curves cannot tell from a log factor; a reference over
    the same inputs pops the same duplicates (here: 80% of the count, within 1%)."""
    points = _deque()
    reference = {p.n: tuple(round(c * (0.8 + 0.008 * math.sin(p.n + i))) for i, c in enumerate(p.instructions))
                 for p in points}
    fitted = fit(count_samples(points), kind="instructions")
    assert LINEAR in fitted.contenders and LINEARITHMIC in fitted.plausible  # "O(n) or O(n log n)"
    assert grows_like_reference(points, reference)
    settled = as_reference(fitted, LINEAR)
    assert settled.best == LINEAR and settled.plausible == (LINEAR,) and settled.separation == "like_reference"
    assert ratio_samples(points, reference)[0].n == 256  # small sizes are fixed costs


def test_a_ratio_that_rises_or_falls_leaves_the_fit() -> None:
    points = _deque()
    linear = {p.n: tuple(1_500 * p.n + 20_000 for _ in p.instructions) for p in points}  # no drift: ratio rises
    assert not grows_like_reference(points, linear)
    heavier = {p.n: tuple(round(c * math.log2(p.n)) for c in p.instructions) for p in points}  # ratio falls
    assert not grows_like_reference(points, heavier)


def test_too_few_counted_sizes_say_nothing() -> None:
    points = _deque()
    reference = {p.n: p.instructions for p in points}
    assert grows_like_reference(points, reference)
    top = [p for p in points if p.n <= 2_048]  # 256 .. 2,048: four sizes
    assert not grows_like_reference(top, reference)
    assert not grows_like_reference(points, {})


def test_the_expected_class_must_be_among_the_plausible_ones() -> None:
    fitted = fit(count_samples(_deque()), kind="instructions")
    from judge.complexity.classes import QUADRATIC

    assert as_reference(fitted, QUADRATIC) is fitted


def test_ratios_that_scatter_within_a_size_say_nothing() -> None:
    """An argsort two_sum (O(n log n)) over the hash-map reference, which stops at a pair
    planted at a random place: the ratios of a size scatter from 1.5 to 11, and no trend
    over them is significant (measured, held-out corpus)."""
    ratios = {256: (3.5087, 4.4910, 1.6869, 1.5065), 512: (8.6686, 3.1162, 3.3367, 2.9641),
              1024: (2.2866, 1.7808, 2.4529, 6.1127), 2048: (2.3505, 6.3079, 8.0022),
              4096: (3.0584, 1.9597, 3.4967), 8192: (2.8188, 10.8795, 2.4423),
              16384: (2.1566, 4.9292, 3.3302), 32768: (2.4245, 4.8952, 2.8407), 65536: (2.3116, 9.2708, 3.4572)}
    points = [CountPoint(n, tuple(round(r * 1_000 * n) for r in rs)) for n, rs in ratios.items()]
    reference = {n: tuple(1_000 * n for _ in rs) for n, rs in ratios.items()}
    assert fit(ratio_samples(points, reference), kind="instructions").plausible[0].name == "O(1)"
    assert not grows_like_reference(points, reference)


def test_a_ratio_out_at_its_first_sizes_stops_the_counting() -> None:
    """The partial check the counter applies after each size: a falling ratio is out after
    two cheap sizes, a flat one stays in at every prefix."""
    points = _deque()
    falling = {256: (points[5].instructions[0] // 20,), 512: (points[6].instructions[0] // 14,)}
    assert not may_stay_flat(points, falling)
    flat = {p.n: p.instructions for p in points}
    assert all(may_stay_flat(points, {n: c for n, c in flat.items() if n <= top}) for top in flat)


# An insort loop (last_stone_weight: O(n^2), its memmove under the Python around it) and the
# heap reference on the same inputs, as counted (the reference's costly sizes one input).
INSORT = ((8, (23846, 23636)), (16, (39436, 39939)), (32, (73246, 73518)), (64, (152372, 151510)),
          (128, (325727, 327517)), (256, (715044, 714729)), (512, (1662030, 1660450)),
          (1024, (3979127, 3987924)), (2048, (10364748, 10302777)), (4096, (29065755, 29215233)),
          (8192, (91676299, 91905889)))
HEAP = {256: (1148573, 1147448), 512: (2427244, 2430507), 1024: (5015149, 5019469), 2048: (10415975,),
        4096: (21442189,), 8192: (44160655,)}


def test_a_ratio_rising_faster_at_every_doubling_rules_the_expected_class_out() -> None:
    """The curves leave O(n log n) within the wider margin of O(n^2) (a knife edge: the
    criterion gap was 5.9 in one run, 6.2 in another); the ratio to the heap rises 1.25,
    1.36, 1.53 over the top three doublings, so the expected class is out and the excess
    over its curve rejects."""
    points = [CountPoint(n, counts) for n, counts in INSORT]
    fitted = fit(count_samples(points), kind="instructions")
    assert fitted.best == QUADRATIC and LINEARITHMIC in (*fitted.plausible, *fitted.contenders)
    assert outgrows_reference(points, HEAP)
    judged = against_reference(fitted, LINEARITHMIC, points, HEAP)
    assert judged.plausible == (QUADRATIC,) and LINEARITHMIC not in judged.contenders
    assert judged.separation == "beyond_reference"
    assert assess(judged, LINEARITHMIC).status == "worse"
    assert all(may_outgrow(points, {n: c for n, c in HEAP.items() if n <= top}) for top in HEAP)


def test_a_log_factor_or_one_step_over_the_reference_does_not_outgrow_it() -> None:
    sizes = list(HEAP)
    linear = {n: (1_000 * n,) for n in sizes}
    loglinear = [CountPoint(n, (round(1_000 * n * math.log2(n)),) * 2) for n in sizes]
    assert not outgrows_reference(loglinear, linear)  # rises 9/8, 10/9, ...: shrinking
    stepped = [CountPoint(n, (round(1_000 * n * (2.0 if n >= 2048 else 1.0)),)) for n in sizes]
    assert not outgrows_reference(stepped, linear)  # one rise of 2x, then flat
    squared = [CountPoint(n, (1_000 * n + n * n,)) for n in sizes]
    assert outgrows_reference(squared, linear)  # 1 + n/1,000: rises 1.3, 1.5, 1.7, ...
    points = [CountPoint(n, counts) for n, counts in INSORT]
    assert not may_outgrow(points, {256: (2_000_000,), 512: (6_000_000,)})  # the ratio fell


def test_a_reference_faster_than_its_problem_expects_rules_nothing_out() -> None:
    """Every solution of the expected class outgrows a reference that is better than it: the
    reference's own counts must read as the expected class before its ratio may rule."""
    points = [CountPoint(n, counts) for n, counts in INSORT]
    fitted = fit(count_samples(points), kind="instructions")
    linear = {n: (1_000 * n + 50_000,) for n in HEAP}  # a linear reference on an O(n log n) problem
    assert outgrows_reference(points, linear)
    assert against_reference(fitted, LINEARITHMIC, points, linear) is fitted
