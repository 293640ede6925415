"""Which family the report and the verdict use (phase._worst), on injected fits."""

from __future__ import annotations

from dataclasses import replace

from judge.complexity.classes import LINEAR, LINEARITHMIC, QUADRATIC
from judge.complexity.fit import Fit, Sample, fit
from judge.complexity.measure import Ladder
from judge.complexity.phase import FamilyResult, _worst


def linear_fit() -> Fit:
    return fit([Sample(n, (1e-6 + 1e-8 * n,) * 3) for n in (2**k for k in range(3, 18))])


def family(name: str, fitted: Fit) -> FamilyResult:
    return FamilyResult(Ladder(name, (), "max_n", 1.0), fitted, fitted)


def test_of_two_ambiguous_families_the_clearer_answer_is_reported_not_the_higher() -> None:
    base = linear_fit()
    flipped = replace(base, best=LINEARITHMIC, plausible=(LINEAR, LINEARITHMIC), confidence=0.1)
    clear = replace(base, best=LINEAR, plausible=(LINEAR, LINEARITHMIC), confidence=0.7)
    for order in ([flipped, clear], [clear, flipped]):  # never the list's order
        _, fitted, assessment = _worst([family(f"f{i}", f) for i, f in enumerate(order)], "time", LINEAR)
        assert fitted is clear and assessment is not None and assessment.status == "ok"


def test_a_family_surely_in_a_higher_class_wins_over_a_confident_lower_one() -> None:
    base = linear_fit()
    surely_higher = replace(base, best=LINEARITHMIC, plausible=(LINEARITHMIC,), confidence=0.2)
    ambiguous = replace(base, best=LINEAR, plausible=(LINEAR, LINEARITHMIC), confidence=0.9)
    _, fitted, _ = _worst([family("a", ambiguous), family("b", surely_higher)], "time", LINEARITHMIC)
    assert fitted is surely_higher


def test_a_family_that_may_be_higher_wins_over_one_surely_lower() -> None:
    # sorted() on sorted input is a clear O(n); on random input "O(n) or O(n log n)".
    base = linear_fit()
    presorted = replace(base, best=LINEAR, plausible=(LINEAR,), confidence=0.9)
    random_input = replace(base, best=LINEARITHMIC, plausible=(LINEAR, LINEARITHMIC), confidence=0.2)
    _, fitted, _ = _worst([family("sorted", presorted), family("random", random_input)], "time", LINEARITHMIC)
    assert fitted is random_input


def test_the_worst_status_decides_first() -> None:
    base = linear_fit()
    worse = replace(base, best=QUADRATIC, plausible=(QUADRATIC,), confidence=0.3)
    ok = replace(base, confidence=1.0)
    _, fitted, assessment = _worst([family("a", ok), family("b", worse)], "time", LINEAR)
    assert assessment is not None and assessment.status in ("worse", "inconclusive")
    assert fitted is worse
