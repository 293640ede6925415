"""Which family the report and the verdict use (families.worst_family), on injected fits; the
space fit past a leading plateau (families.space_fit)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from judge.complexity.classes import CONSTANT, LINEAR, LINEARITHMIC, QUADRATIC
from judge.complexity.families import FamilyResult, past_plateau, space_fit, worst_family
from judge.complexity.fit import Fit, Sample, fit
from judge.complexity.measure import Ladder


def linear_fit() -> Fit:
    """A real fit whose classes the tests replace: no classes kept beyond `plausible`."""
    return replace(fit([Sample(n, (1e-6 + 1e-8 * n,) * 3) for n in (2**k for k in range(3, 18))]), contenders=())


def family(name: str, fitted: Fit) -> FamilyResult:
    return FamilyResult(Ladder(name, (), "max_n", 1.0), fitted, fitted)


def test_of_two_ambiguous_families_the_clearer_answer_is_reported_not_the_higher() -> None:
    base = linear_fit()
    flipped = replace(base, best=LINEARITHMIC, plausible=(LINEAR, LINEARITHMIC), confidence=0.1)
    clear = replace(base, best=LINEAR, plausible=(LINEAR, LINEARITHMIC), confidence=0.7)
    for order in ([flipped, clear], [clear, flipped]):  # never the list's order
        _, fitted, assessment = worst_family([family(f"f{i}", f) for i, f in enumerate(order)], "time", LINEAR)
        assert fitted is clear and assessment is not None and assessment.status == "ok"


# (chosen family, other family, expected class): (best, plausible, confidence) each.
RANKED_FAMILIES = {
    # surely O(n log n), although less clear, beats "O(n) or O(n log n)" read as O(n)
    "surely_higher": ((LINEARITHMIC, (LINEARITHMIC,), 0.2), (LINEAR, (LINEAR, LINEARITHMIC), 0.9), LINEARITHMIC),
    # sorted() on random input, "O(n) or O(n log n)", beats a clear O(n) on sorted input
    "may_be_higher": ((LINEARITHMIC, (LINEAR, LINEARITHMIC), 0.2), (LINEAR, (LINEAR,), 0.9), LINEARITHMIC),
}


@pytest.mark.parametrize("case", sorted(RANKED_FAMILIES))
def test_a_family_whose_class_is_higher_wins_over_a_clearer_lower_one(case: str) -> None:
    (best, plausible, confidence), (other_best, other_plausible, other_confidence), expected = RANKED_FAMILIES[case]
    base = linear_fit()
    higher = replace(base, best=best, plausible=plausible, confidence=confidence)
    lower = replace(base, best=other_best, plausible=other_plausible, confidence=other_confidence)
    _, fitted, _ = worst_family([family("a", lower), family("b", higher)], "time", expected)
    assert fitted is higher


def test_the_worst_status_decides_first() -> None:
    base = linear_fit()
    worse = replace(base, best=QUADRATIC, plausible=(QUADRATIC,), confidence=0.3)
    ok = replace(base, confidence=1.0)
    _, fitted, assessment = worst_family([family("a", ok), family("b", worse)], "time", LINEAR)
    assert assessment is not None and assessment.status in ("worse", "inconclusive")
    assert fitted is worse


def spread_fit(spread: float) -> Fit:
    """O(n) counts whose three inputs per size cost 1, (1 + spread) / 2 and `spread` times the least."""
    sizes = [2**k for k in range(3, 18)]
    samples = [Sample(n, (1e4 * n, 1e4 * n * (1 + spread) / 2, 1e4 * n * spread)) for n in sizes]
    return replace(fit(samples, kind="instructions"), contenders=())


def test_a_family_that_may_be_higher_only_through_its_random_work_yields_to_the_expensive_case() -> None:
    """two_sum's random pair position: "O(n) or O(n log n)" from the spread of its inputs'
    work does not outrank the family that always does the full work."""
    spread = replace(spread_fit(5.0), best=LINEARITHMIC, plausible=(LINEAR, LINEARITHMIC), confidence=0.05)
    full = replace(spread_fit(1.02), best=LINEAR, plausible=(LINEAR,), confidence=0.9)
    for order in ([spread, full], [full, spread]):
        _, fitted, _ = worst_family([family(f"f{i}", f) for i, f in enumerate(order)], "time", LINEAR)
        assert fitted is full
    # Equal work per input (sorting random input): the family that may be higher still wins.
    even = replace(spread_fit(1.02), best=LINEARITHMIC, plausible=(LINEAR, LINEARITHMIC), confidence=0.05)
    _, fitted, _ = worst_family([family("a", full), family("b", even)], "time", LINEAR)
    assert fitted is even


def test_a_random_family_whose_expensive_case_is_another_family_never_speaks_over_it() -> None:
    """two_sum's random pair read O(n log n) alone, and more clearly than the pair at the
    end read O(n), in one of five runs: the family at the end costs as much as the random
    family's costliest draw at every size, so it is the expensive case and it speaks."""
    sizes = [2**k for k in range(3, 16)]
    drawn = replace(fit([Sample(n, (2e3 * n, 5e3 * n, 9e3 * n)) for n in sizes], kind="instructions"),
                    best=LINEARITHMIC, plausible=(LINEARITHMIC,), confidence=0.95, contenders=())
    full = replace(fit([Sample(n, (1e4 * n, 1.01e4 * n)) for n in sizes[:10]], kind="instructions"),
                   best=LINEAR, plausible=(LINEAR,), confidence=0.6, contenders=())
    for order in ([drawn, full], [full, drawn]):
        _, fitted, _ = worst_family([family(f"f{i}", f) for i, f in enumerate(order)], "time", LINEAR)
        assert fitted is full
    # A family costing less than the random one's costliest draw is not its expensive case.
    cheaper = replace(full, samples=tuple(Sample(n, (8e3 * n, 8.1e3 * n)) for n in sizes[:10]))
    _, fitted, _ = worst_family([family("a", cheaper), family("b", drawn)], "time", LINEAR)
    assert fitted is drawn


def test_for_space_a_family_whose_time_shows_random_work_yields_too() -> None:
    """Space keeps one (worst) value per size, so the family's counted time tells whether
    its inputs draw the work at random (two_sum's dict stops growing at the planted pair)."""
    linear = linear_fit()
    ambiguous = replace(linear, best=LINEARITHMIC, plausible=(LINEAR, LINEARITHMIC), confidence=0.1)
    clear = replace(linear, best=LINEAR, plausible=(LINEAR,), confidence=0.9)
    drawn = FamilyResult(Ladder("random_pair", (), "max_n", 1.0), spread_fit(5.0), ambiguous)
    full = FamilyResult(Ladder("pair_at_end", (), "max_n", 1.0), spread_fit(1.02), clear)
    for order in ([drawn, full], [full, drawn]):
        _, fitted, _ = worst_family(order, "space", LINEAR)
        assert fitted is clear


def test_exponential_space_with_four_sizes_is_confirmed_worse_from_one_held_out_size() -> None:
    """A dict of every subset sum (bench/corpus/count_subsets__dict_dp.py, O(n) space
    expected): its memory ladder stops after n = 2, 4, 8, 16. Bytes are exact, so where only
    exponential classes explain them one held-out size confirms the excess; timed points
    still need two."""
    from judge.complexity.assess import assess
    from judge.complexity.classes import LINEAR
    from judge.complexity.families import SPACE_FLOOR_BYTES

    points = [(2, 1264.0), (4, 2316.0), (8, 25220.0), (16, 6815164.0)]
    space = fit([Sample(n, (v,)) for n, v in points], kind="space", floor=SPACE_FLOOR_BYTES)
    assert all(c.exponential for c in space.plausible)
    verdict = assess(space, LINEAR)
    assert verdict.status == "worse" and verdict.at_n == 16 and (verdict.slowdown or 0) > 10
    timed = fit([Sample(n, (v * 1e-9,) * 3) for n, v in points], kind="time")
    assert assess(timed, LINEAR).status != "worse"


def test_a_family_left_uncounted_has_no_time_class_where_the_solution_was_counted() -> None:
    """Counting stops once one family proves the solution too slow; the families it skipped
    keep their untimed calls' seconds (one call a size, the request around it), which must
    not outrank the counted family's exact answer."""
    from judge.complexity.families import family_fits
    from judge.complexity.measure import SizePoint

    points = tuple(SizePoint(n, (1e-4 + 1e-8 * n * n,), 1, peak_bytes=100) for n in (2**k for k in range(3, 12)))
    ladder = Ladder("generate_other", points, "budget", 1.0)
    assert family_fits(ladder, None).time_fit is not None  # timed (no callgrind): its seconds are the time
    skipped = family_fits(ladder, None, timed=False)
    assert skipped.time_fit is None and skipped.space_fit is not None


def peaks(values: dict[int, float]) -> list[Sample]:
    return [Sample(n, (v,)) for n, v in values.items()]


def test_a_list_whose_peak_sits_on_a_fixed_phase_at_small_n_reads_linear() -> None:
    """max(860, 8n + 600) bytes: the plateau up to n = 32 is another phase's peak; fitted
    as values it had read "O(n) or O(n log n)", O(n log n) first (a too slow max_profit)."""
    samples = peaks({n: max(860.0, 8 * n + 600) for n in (2**k for k in range(3, 11))})
    assert [s.n for s in past_plateau(samples)] == [32, 64, 128, 256, 512, 1024]
    fitted = space_fit(samples)
    assert fitted.best == LINEAR and fitted.plausible == (LINEAR,)


@pytest.mark.parametrize("values", [
    {n: 804.0 for n in (2**k for k in range(3, 15))},  # O(1): all plateau
    {8: 860.0, 16: 860.0, **{n: 8.0 * n + 1000 for n in (2**k for k in range(5, 11))}},  # two sizes: no plateau
    {**{n: 1536.0 for n in (8, 16, 32, 64)}, 128: 1800.0, 256: 2200.0, 512: 2400.0},  # no clear rise after it
    {**{n: 900.0 for n in (8, 16, 32, 64, 128, 256, 512)}, 1024: 9000.0, 2048: 17000.0},  # too few sizes after it
])
def test_the_plateau_is_kept_where_it_is_not_one_before_clear_growth(values: dict[int, float]) -> None:
    samples = peaks(values)
    assert past_plateau(samples) == samples


def test_constant_space_stays_constant() -> None:
    assert space_fit(peaks({n: 804.0 + (n % 3) for n in (2**k for k in range(3, 15))})).best == CONSTANT
