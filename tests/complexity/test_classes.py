"""Complexity classes: canonical names, order, basis functions and notation parsing."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from judge.complexity import classes as C
from judge.complexity.classes import CLASSES, ComplexityClass, parse

CANONICAL = (
    "O(1)",
    "O(log n)",
    "O(sqrt n)",
    "O(n)",
    "O(n log n)",
    "O(n^2)",
    "O(n^2 log n)",
    "O(n^3)",
    "O(2^n)",
)


def test_canonical_names_in_rank_order() -> None:
    assert tuple(c.name for c in CLASSES) == CANONICAL
    ranks = [c.rank for c in CLASSES]
    assert ranks == sorted(ranks) and len(set(ranks)) == len(ranks)


def test_sorting_shuffled_classes_restores_rank_order() -> None:
    shuffled = list(CLASSES)
    random.Random(3).shuffle(shuffled)
    assert tuple(sorted(shuffled)) == CLASSES


def test_comparisons() -> None:
    assert C.LINEAR < C.LINEARITHMIC
    assert C.LINEARITHMIC > C.LINEAR
    assert C.LINEAR <= C.LINEAR and C.LINEAR >= C.LINEAR
    assert not C.QUADRATIC < C.LINEAR
    assert parse("O(1)") == C.CONSTANT
    assert len({*CLASSES, *CLASSES}) == len(CLASSES)  # hashable


def test_neighbours_and_adjacency() -> None:
    assert C.neighbours(C.LINEAR) == (C.SQRT, C.LINEARITHMIC)
    assert C.neighbours(C.CONSTANT) == (C.LOGARITHMIC,)
    assert C.neighbours(C.EXPONENTIAL) == (C.CUBIC,)
    assert C.adjacent(C.LINEAR, C.LINEARITHMIC) and C.adjacent(C.LINEARITHMIC, C.LINEAR)
    assert not C.adjacent(C.LINEAR, C.QUADRATIC)
    assert not C.adjacent(C.LINEAR, C.LINEAR)
    assert C.lower(C.CONSTANT) is None and C.higher(C.EXPONENTIAL) is None
    assert C.lower(C.LINEAR) == C.SQRT and C.higher(C.LINEAR) == C.LINEARITHMIC


def test_by_name_and_str() -> None:
    for cls in CLASSES:
        assert C.by_name(cls.name) is cls
        assert str(cls) == cls.name
    with pytest.raises(ValueError):
        C.by_name("O(n^4)")


@pytest.mark.parametrize(
    ("cls", "n", "expected"),
    [
        (C.CONSTANT, 1024, 1.0),
        (C.LOGARITHMIC, 1024, 10.0),
        (C.SQRT, 1024, 32.0),
        (C.LINEAR, 1024, 1024.0),
        (C.LINEARITHMIC, 1024, 10240.0),
        (C.QUADRATIC, 1024, 1024.0**2),
        (C.QUADRATIC_LOG, 1024, 1024.0**2 * 10),
        (C.CUBIC, 1024, 1024.0**3),
        (C.EXPONENTIAL, 20, 2.0**20),
    ],
)
def test_basis_values(cls: ComplexityClass, n: int, expected: float) -> None:
    assert math.isclose(float(cls.basis(n)), expected, rel_tol=1e-12)


def test_exponential_basis_takes_a_base_and_stays_finite_in_logs() -> None:
    phi = (1 + math.sqrt(5)) / 2
    assert math.isclose(float(C.EXPONENTIAL.basis(30, phi)), phi**30, rel_tol=1e-12)
    # 2^(2^20) overflows a float; its log does not, which is what the fitter uses.
    assert np.isfinite(C.EXPONENTIAL.log_basis(np.array([2.0**20]))).all()
    assert np.isinf(C.EXPONENTIAL.basis(np.array([2.0**20]))).all()


def test_basis_is_vectorised_and_pure() -> None:
    n = np.array([8.0, 16.0, 32.0])
    before = n.copy()
    assert np.allclose(C.LINEARITHMIC.basis(n), n * np.log2(n))
    assert np.array_equal(n, before)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("O(N)", "O(n)"),
        ("O(n)", "O(n)"),
        ("o(n)", "O(n)"),
        (" O ( n ) ", "O(n)"),
        ("O(n*log(n))", "O(n log n)"),
        ("O(n log n)", "O(n log n)"),
        ("O(nlogn)", "O(n log n)"),
        ("O(N LOG N)", "O(n log n)"),
        ("O(n lg n)", "O(n log n)"),
        ("O(n ln n)", "O(n log n)"),
        ("O(n²)", "O(n^2)"),
        ("O(n^2)", "O(n^2)"),
        ("O(n**2)", "O(n^2)"),
        ("O(N^2)", "O(n^2)"),
        ("O(√n)", "O(sqrt n)"),
        ("O(sqrt(n))", "O(sqrt n)"),
        ("O(sqrt n)", "O(sqrt n)"),
        ("O(n^0.5)", "O(sqrt n)"),
        ("O(n^(1/2))", "O(sqrt n)"),
        ("O(logn)", "O(log n)"),
        ("O(log(n))", "O(log n)"),
        ("O(log n)", "O(log n)"),
        ("O(lg n)", "O(log n)"),
        ("O(1)", "O(1)"),
        ("O(n³)", "O(n^3)"),
        ("O(n^3)", "O(n^3)"),
        ("O(n**3)", "O(n^3)"),
        ("O(2^n)", "O(2^n)"),
        ("O(2**n)", "O(2^n)"),
        ("O(2^N)", "O(2^n)"),
        ("O(n^2 log n)", "O(n^2 log n)"),
        ("O(n² log(n))", "O(n^2 log n)"),
        ("O(n^2*log(n))", "O(n^2 log n)"),
        ("n log n", "O(n log n)"),
    ],
)
def test_parse_accepts_usual_spellings(text: str, name: str) -> None:
    assert parse(text).name == name


@pytest.mark.parametrize("name", CANONICAL)
def test_parse_round_trips_canonical_names(name: str) -> None:
    assert parse(name).name == name


@pytest.mark.parametrize("text", ["O(n^4)", "O(banana)", "", "   ", "O()", "O(n!)", "n^2^2"])
def test_parse_rejects_nonsense_with_the_valid_forms(text: str) -> None:
    with pytest.raises(ValueError) as info:
        parse(text)
    message = str(info.value)
    assert "valid forms" in message and "O(n log n)" in message and repr(text) in message


def test_parse_rejects_non_strings() -> None:
    with pytest.raises(ValueError):
        parse(3)  # type: ignore[arg-type]
