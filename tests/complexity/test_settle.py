"""When a counted ladder may stop early: exact, on synthetic instruction counts."""

from __future__ import annotations

import math

import pytest

from judge.complexity.classes import LINEAR, LINEARITHMIC, LOGARITHMIC, QUADRATIC
from judge.complexity.counted_ladder import CountPoint
from judge.complexity.settle import (
    HIDDEN_TERM_STRENGTH,
    SETTLE_INSTRUCTIONS,
    confirmed_slower,
    hidden_strength,
    settled,
    top_agrees,
)


def _points(cost, sizes) -> list[CountPoint]:  # type: ignore[no-untyped-def]
    return [CountPoint(n, (int(cost(n)), int(cost(n) * 1.01), int(cost(n) * 0.99))) for n in sizes]


DOUBLINGS = [8 * 2**k for k in range(14)]  # 8 .. 65,536


def test_a_linear_ladder_settles_once_a_call_is_large_enough() -> None:
    def linear(n: int) -> float:
        return 5_000 + 300 * n

    small = [n for n in DOUBLINGS if linear(n) < SETTLE_INSTRUCTIONS]
    assert not settled(_points(linear, small), LINEAR)
    first = next(k for k in range(6, len(DOUBLINGS) + 1) if settled(_points(linear, DOUBLINGS[:k]), LINEAR))
    assert linear(DOUBLINGS[first - 1]) >= SETTLE_INSTRUCTIONS


def test_few_sizes_or_a_short_span_never_settle() -> None:
    def quadratic(n: int) -> float:
        return 1_000 + 50 * n * n

    assert not settled(_points(quadratic, DOUBLINGS[-5:]), LINEAR)  # five sizes
    assert not settled(_points(quadratic, [4096 + 64 * k for k in range(8)]), LINEAR)  # span < 32


def test_a_confirmed_slower_ladder_settles_once_a_call_is_large_enough_to_name_its_class() -> None:
    def quadratic(n: int) -> float:
        return 2_000 + 40 * n * n

    from judge.complexity.settle import SETTLE_AMBIGUOUS_INSTRUCTIONS

    def with_loop(n: int) -> float:  # a heavy linear term under it: the top sizes still drift
        return quadratic(n) + 4_000 * n

    assert not settled(_points(quadratic, DOUBLINGS[:6]), LINEAR)  # n = 8 .. 256: slower, but small calls
    assert settled(_points(quadratic, DOUBLINGS[:7]), LINEAR)  # 512: 10M, the top three agree on n^2
    assert not settled(_points(with_loop, DOUBLINGS[:7]), LINEAR)  # count / n^2: 71, 56, 48
    ladder = [n for n in DOUBLINGS if with_loop(n) < 4 * SETTLE_AMBIGUOUS_INSTRUCTIONS]
    assert settled(_points(with_loop, ladder), LINEAR)  # n = 2,048: 176M instructions


def test_a_cheap_scan_on_a_logarithmic_problem_is_named_before_a_large_call() -> None:
    """A C-level scan (`target in nums`) counts 250 an item: 64M is n = 262,144, inputs that
    cost seconds to copy into Valgrind. Its counts over n agree at the top three sizes, so
    the ladder settles at 16,384 (SETTLE_N); a class whose basis leaves them drifting does not."""
    def scan(n: int) -> float:
        return 20_000 + 250 * n

    ladder = [n for n in DOUBLINGS if n <= 16_384]
    assert settled(_exact(scan, ladder), LOGARITHMIC)
    assert not settled(_exact(scan, ladder[:-1]), LOGARITHMIC)  # 8,192: neither 4M nor SETTLE_N
    assert top_agrees(_exact(scan, ladder[-3:]), LINEAR)
    assert not top_agrees(_exact(scan, ladder[-3:]), LINEARITHMIC)  # n log n over 4x: 17% apart


def test_a_heavy_linear_ladder_waits_for_sizes_where_a_hidden_term_would_show() -> None:
    """500 instructions an item: memory moved on every operation (n/32 to n instructions)
    would hide below n = 500 x 32, so "as expected" waits until n^2 >= 32x a call's count."""
    def heavy(n: int) -> float:
        return 500 * n

    assert not settled(_points(heavy, [n for n in DOUBLINGS if n <= 8_192]), LINEAR)
    assert settled(_points(heavy, [n for n in DOUBLINGS if n <= 16_384]), LINEAR)


def _exact(cost, sizes) -> list[CountPoint]:  # type: ignore[no-untyped-def]
    return [CountPoint(n, (int(cost(n)),)) for n in sizes]


def test_exact_linear_counts_rule_a_hidden_term_out_and_settle_sooner() -> None:
    """Counts flat an item at three sizes leave no room for memory moved per operation: the
    ladder settles at n^2 >= 4x a call's count, not 32x (n = 65,536 here)."""
    def heavy(n: int) -> float:
        return 20_000 + 1_500 * n

    ladder = [n for n in DOUBLINGS if n <= 8_192]  # 8,192^2 = 5.5x the call at 8,192
    assert hidden_strength(_exact(heavy, ladder[-3:]), LINEAR) < 1e-6
    assert settled(_exact(heavy, ladder), LINEAR)
    assert not settled(_exact(heavy, ladder[:-1]), LINEAR)  # 4,096: 2.7x


def test_a_faint_hidden_term_still_waits_for_the_full_reach() -> None:
    """A term well below a whole copy an operation (a string stack's in-place appends,
    1/80 instruction an item, jumped tenfold past n = 16,384) keeps the ladder going."""
    def faint(n: int) -> float:
        return 1_500 * n + n * n / 80

    ladder = [n for n in DOUBLINGS if n <= 16_384]
    assert hidden_strength(_exact(faint, ladder[-3:]), LINEAR) == pytest.approx(1 / 80, rel=1e-3)
    assert not settled(_exact(faint, ladder), LINEAR)
    assert hidden_strength(_exact(faint, ladder[-3:]), LINEAR) > HIDDEN_TERM_STRENGTH


def test_the_spread_of_a_sizes_counts_widens_the_allowed_term() -> None:
    exact = _exact(lambda n: 500 * n, [2_048, 4_096, 8_192])
    spread = _points(lambda n: 500 * n, [2_048, 4_096, 8_192])  # +-1% a size
    assert hidden_strength(spread, LINEAR) > hidden_strength(exact, LINEAR) + 1e-3
    assert hidden_strength(exact[:2], LINEAR) == math.inf


def test_a_capped_ladder_of_five_sizes_confirms_a_cubic_on_a_quadratic_problem() -> None:
    def cubic(n: int) -> float:
        return 300 * n**3

    assert confirmed_slower(_exact(cubic, [8, 16, 32, 64, 76]), QUADRATIC)
    assert not confirmed_slower(_exact(lambda n: 300 * n * n, [8, 16, 32, 64, 76]), QUADRATIC)


def test_a_hidden_quadratic_is_caught_before_anything_settles() -> None:
    def hidden(n: int) -> float:  # 5,000 instructions an item plus insort's memmove (~n/2 an item)
        return 5_000 * n + n * n / 2

    ladder = [n for n in DOUBLINGS if n <= 16_384]
    first = next((k for k in range(6, len(ladder) + 1) if settled(_points(hidden, ladder[:k]), LINEAR)), None)
    assert first is not None
    from judge.complexity.assess import assess
    from judge.complexity.fit import Sample, fit

    points = _points(hidden, ladder[:first])
    samples = [Sample(p.n, tuple(float(c) for c in p.instructions)) for p in points]
    assert assess(fit(samples, kind="instructions"), LINEAR).status == "worse"


def test_neighbours_stay_open_until_the_ambiguous_floor() -> None:
    def nlogn(n: int) -> float:
        return 200 * n * math.log2(n) + 300 * n

    below = [n for n in DOUBLINGS if nlogn(n) < SETTLE_INSTRUCTIONS]
    assert not settled(_points(nlogn, below), LINEARITHMIC)
    assert not settled(_points(nlogn, below), QUADRATIC)  # "better" needs the floor too


# --- space, on the untimed native ladder ------------------------------------------------------

def _memory(bytes_at, sizes):  # type: ignore[no-untyped-def]
    from judge.complexity.measure import SizePoint

    return [SizePoint(n, (0.005,), 1, peak_bytes=int(bytes_at(n))) for n in sizes]


def test_space_settles_on_one_plausible_class_at_large_enough_sizes() -> None:
    from judge.complexity.classes import CONSTANT
    from judge.complexity.settle import SPACE_SETTLE_N, space_settled

    def linear(n: int) -> float:
        return 200 + 8 * n

    below = [n for n in DOUBLINGS if n < SPACE_SETTLE_N]
    assert not space_settled(_memory(linear, below), LINEAR, count_answer=False)
    assert space_settled(_memory(linear, DOUBLINGS[:11]), LINEAR, count_answer=False)  # n = 8 .. 8,192
    assert space_settled(_memory(linear, DOUBLINGS[:11]), CONSTANT, count_answer=False)  # worse is settled too


def test_a_sublinear_ladder_settles_by_size_since_its_calls_stay_cheap() -> None:
    from judge.complexity.classes import LOGARITHMIC
    from judge.complexity.settle import SETTLE_N

    def logarithmic(n: int) -> float:
        return 1_500 + 120 * math.log2(n)

    assert not settled(_points(logarithmic, [n for n in DOUBLINGS if n < SETTLE_N]), LOGARITHMIC)
    sizes = [8 * 2**k for k in range(17)]  # to 524,288
    first = next(k for k in range(6, len(sizes) + 1) if settled(_points(logarithmic, sizes[:k]), LOGARITHMIC))
    assert sizes[first - 1] == 131_072  # the first n >= 32x a call's ~3,500 instructions


def test_space_does_not_settle_on_a_class_its_top_step_outgrows() -> None:
    """Divide-and-conquer string reversal: about a byte a character at the top level, under
    ~260 bytes of frames and slices a level. Up to n = 16,384 the overhead makes the bytes
    fit O(sqrt n) alone, while the last doubling still rises at slope 0.79: the ladder goes
    on, and settles once O(n) shows (the sizes past 16,384 continue the same differences)."""
    from judge.complexity.classes import SQRT
    from judge.complexity.families import SPACE_FLOOR_BYTES
    from judge.complexity.fit import Sample, fit
    from judge.complexity.measure import SizePoint
    from judge.complexity.settle import space_settled

    measured = [1188, 1316, 1480, 1738, 2028, 2382, 2864, 3634, 4916, 7222, 11576, 20026]  # n = 8 .. 16,384
    for added in (17158, 34058, 67858):
        measured.append(measured[-1] + added)  # n = 32,768 .. 131,072
    points = [SizePoint(8 * 2**k, (0.005,), 1, peak_bytes=v) for k, v in enumerate(measured)]
    up_to_16k = points[:12]
    assert fit([Sample(p.n, (float(p.peak_bytes),)) for p in up_to_16k], kind="space",
               floor=SPACE_FLOOR_BYTES).plausible == (SQRT,)
    assert not space_settled(up_to_16k, LINEAR, count_answer=False)
    assert space_settled(points, LINEAR, count_answer=False)


def test_a_count_better_than_expected_waits_for_a_term_a_degree_above_it() -> None:
    """Bit-parallel LCS (bench corpus, expected O(n^2)): ~4,400 instructions a character of
    Python around big-int operations whose n^2/30 digit work is still a quarter of the count
    at n = 1,024, so the counts read O(n log n). Settling there ("better") would report
    O(n log n); the hidden term is looked for a degree above the class measured."""
    from judge.complexity.classes import QUADRATIC

    counted = {8: (33915, 33113, 34182, 32747), 16: (60995, 60157), 32: (127986, 122419, 121952, 123739),
               64: (286138, 286795), 128: (580557, 579638), 256: (1206425, 1210724), 512: (2679172, 2686350),
               1024: (6342115, 6332859)}
    points = [CountPoint(n, counts) for n, counts in counted.items()]
    assert not settled(points, QUADRATIC)
