"""fit(kind="instructions") on exact, synthetic instruction counts shaped like callgrind's.

The curves are the shapes measured under callgrind (bench/corpus, December 2026): a call's
fixed cost, a Python loop's cost per item, CPython's own steps (ints past the small-int
cache, 256, each cost an allocation: 1.37x per item on a list DP), a C-level log factor
under a Python loop, a C-level memmove n^2 under one; and a few inputs per size whose
counts differ a little (the algorithm's own work depends on the input).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable

import pytest

from judge.complexity import classes as C
from judge.complexity.fit import Sample, assess, fit
from judge.reports.phrases import assessment_message, fit_phrase

Cost = Callable[[int], float]


def doubling(low: int, high: int) -> list[int]:
    sizes = []
    n = low
    while n <= high:
        sizes.append(n)
        n *= 2
    return sizes


def counted(cost: Cost, sizes: list[int], *, spread: float = 0.0, inputs: int = 3, seed: int = 0) -> list[Sample]:
    rng = random.Random(seed)
    return [Sample(n, tuple(cost(n) * (1 + rng.uniform(-spread, spread)) for _ in range(inputs))) for n in sizes]


def small_ints(n: int) -> float:
    """Share of 0..n-1 past CPython's small-int cache."""
    return max(0.0, 1.0 - 256 / n)


CASES: dict[str, tuple[Cost, list[int], C.ComplexityClass]] = {
    # nth_fibonacci_mod dp_list: 936 instructions per item, 1,280 once its ints pass 256
    "list dp past the small-int cache": (lambda n: 9_000 + n * (936 + 346 * small_ints(n)), doubling(4, 2**17),
                                         C.LINEAR),
    # sliding_window_max blocks: 4,940 per item, 5,810 past the cache
    "block maxima past the small-int cache": (lambda n: 40_000 + n * (4_940 + 870 * small_ints(n)),
                                              doubling(8, 2**13), C.LINEAR),
    # merge_intervals with list.sort(key=...): a Python loop of ~1,450 per item over a C sort
    "C sort under a Python loop": (lambda n: 20_000 + 1_450 * n + 52 * n * math.log2(n), doubling(8, 2**14),
                                   C.LINEARITHMIC),
    # a Python merge sort: calls and slices per item, comparisons per item and level
    "merge sort": (lambda n: 30_000 + 5_600 * n + 1_150 * n * math.log2(n), doubling(8, 2**14), C.LINEARITHMIC),
    # last_stone_weight with bisect.insort: a Python loop, a C bisect and a memmove of the list
    "insort's memmove under a Python loop": (lambda n: 18_000 + 1_900 * n + 40 * n * math.log2(n) + 0.49 * n * n,
                                             doubling(8, 2**14), C.QUADRATIC),
    "bisect in C": (lambda n: 6_600 + 160 * math.log2(n), doubling(8, 2**20), C.LOGARITHMIC),
    "a formula on small ints": (lambda n: 1_900.0, doubling(8, 2**30), C.CONSTANT),
    "trial division to sqrt n": (lambda n: 2_000 + 310 * math.sqrt(n), doubling(8, 2**34), C.SQRT),
    "pairs of a list": (lambda n: 5_000 + 300 * n + 210 * n * n, doubling(8, 2**11), C.QUADRATIC),
    "triple loop": (lambda n: 5_000 + 900 * n * n + 160 * n**3, doubling(2, 2**8), C.CUBIC),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_exact_counts_name_the_class(case: str) -> None:
    cost, sizes, expected = CASES[case]
    fitted = fit(counted(cost, sizes), kind="instructions")
    assert fitted.best == expected, fit_phrase(fitted)
    assert assess(fitted, expected).status == "ok"


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("case", sorted(CASES))
def test_inputs_that_cost_a_little_more_or_less(case: str, seed: int) -> None:
    cost, sizes, expected = CASES[case]
    fitted = fit(counted(cost, sizes, spread=0.03, seed=seed), kind="instructions")
    assert expected in fitted.plausible, fit_phrase(fitted)
    assert assess(fitted, expected).status != "worse"


@pytest.mark.parametrize("case", sorted(CASES))
def test_scale_and_order_do_not_matter(case: str) -> None:
    cost, sizes, _ = CASES[case]
    samples = counted(cost, sizes, spread=0.02, seed=7)
    base = fit(samples, kind="instructions")
    scaled = fit([Sample(s.n, tuple(10 * v for v in s.values)) for s in samples], kind="instructions")
    shuffled = list(samples)
    random.Random(3).shuffle(shuffled)
    reordered = fit(shuffled, kind="instructions")
    assert (scaled.best, scaled.plausible) == (base.best, base.plausible)
    assert (reordered.best, reordered.plausible, reordered.confidence) == (base.best, base.plausible, base.confidence)


def test_a_step_of_cpython_is_not_a_log_factor() -> None:
    # The same loop as "list dp past the small-int cache" but without its step reads O(n)
    # plainly; with it, O(n) must stay the answer and O(n log n) must not win.
    cost, sizes, _ = CASES["list dp past the small-int cache"]
    fitted = fit(counted(cost, sizes), kind="instructions")
    assert fitted.best == C.LINEAR
    assert assess(fitted, C.LINEAR).status == "ok"


def test_quadratic_is_worse_than_linear_and_says_by_how_much_in_instructions() -> None:
    fitted = fit(counted(lambda n: 5_000 + 300 * n + 210 * n * n, doubling(8, 2**11)), kind="instructions")
    verdict = assess(fitted, C.LINEAR)
    assert verdict.status == "worse"
    assert verdict.slowdown is not None and verdict.slowdown >= 3
    assert "the instructions an O(n) curve" in assessment_message(fitted, verdict)


def test_the_level_of_a_size_is_the_mean_of_its_inputs() -> None:
    # One input of three exits early (a pair found at the start): the expected cost of a
    # size is the mean, not the cheapest input.
    samples = [Sample(n, (1000.0 * n, 1000.0 * n, 50.0)) for n in doubling(8, 2**12)]
    fitted = fit(samples, kind="instructions")
    assert fitted.levels[-1] == pytest.approx((2000 * 2**12 + 50) / 3)


# A brute-force pair count as the corpus measured it (bench/corpus/count_pairs_with_sum__brute.py):
# per pair, 171 instructions at n = 128 and 242 at 512 (sums leave the small-int cache).
PAIRS_BRUTE = [(8, 33892), (8, 33413), (16, 75665), (16, 76092), (32, 220574), (32, 220446), (64, 755239),
               (64, 753993), (128, 2799717), (128, 2799611), (256, 12569736), (256, 12485767),
               (512, 63410861), (512, 63874046)]


def test_counts_report_the_classes_within_the_narrower_margin() -> None:
    """Exact counts keep a class plausible within half the gap other measurements get: the
    quadratic count reads O(n^2), not "O(n^2) or O(n^2 log n)"; the wider margin (what a
    ladder's settling uses) keeps both until the gap passes it (O(n^2) fitted with the
    small-int step leads by about 10)."""
    by_n: dict[int, list[float]] = {}
    for n, count in PAIRS_BRUTE:
        by_n.setdefault(n, []).append(float(count))
    samples = [Sample(n, tuple(values)) for n, values in by_n.items()]
    assert fit(samples, kind="instructions").plausible == (C.QUADRATIC,)
    wide = fit(samples, kind="instructions", margin=12.0)
    assert wide.plausible == (C.QUADRATIC, C.QUADRATIC_LOG) and wide.best == C.QUADRATIC


# A monotonic-deque sliding window maximum as the corpus counted it (bench/corpus/
# sliding_window_max__deque.py, O(n)): duplicates grow with n, so each item costs 1,637
# instructions at n = 256 and 2,139 at 32,768.
DEQUE = [(8, 23238), (8, 23238), (16, 35914), (16, 35914), (32, 61330), (32, 61330), (64, 112204),
         (64, 112204), (128, 214103), (128, 214119), (256, 419163), (256, 419048), (512, 861499),
         (512, 864131), (1024, 1879944), (1024, 1888699), (2048, 3826887), (2048, 3827729),
         (4096, 7818766), (4096, 7821638), (8192, 16046855), (8192, 16031858), (16384, 33365078),
         (16384, 33348593), (32768, 70102317), (32768, 69776054)]


def test_the_expected_class_is_ruled_out_only_on_the_wider_margin() -> None:
    """The narrower margin names O(n log n) alone, but O(n) is within the wider one: as
    expected, not "inconclusive" (a class other than the expected one is named on less
    evidence than it takes to rule the expected one out)."""
    by_n: dict[int, list[float]] = {}
    for n, count in DEQUE:
        by_n.setdefault(n, []).append(float(count))
    counted = fit([Sample(n, tuple(v)) for n, v in by_n.items()], kind="instructions")
    assert counted.plausible == (C.LINEARITHMIC,) and C.LINEAR in counted.contenders
    assert assess(counted, C.LINEAR).status == "ok"
    assert assess(counted, C.QUADRATIC).status == "better"  # every contender below it
