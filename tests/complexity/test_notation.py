"""Notation in several variables reduced to a class in n: exact, on the forms people write."""

from __future__ import annotations

import pytest

from judge.complexity.classes import (
    CONSTANT,
    CUBIC,
    EXPONENTIAL,
    LINEAR,
    LINEARITHMIC,
    LOGARITHMIC,
    QUADRATIC,
    SQRT,
    ComplexityClass,
)
from judge.complexity.notation import reduce


@pytest.mark.parametrize(("notation", "variables", "expected"), [
    ("O(V + E)", {"V": "n", "E": "2n"}, LINEAR),
    ("O(V + E)", {"V": "n", "E": "n^2"}, QUADRATIC),
    ("O(m * n)", {"m": "sqrt n", "n": "sqrt n"}, LINEAR),   # a grid of n cells: the notation's n is a side
    ("O(m*n)", {"m": "n"}, QUADRATIC),
    ("O(n + m)", {"m": "n / 4"}, LINEAR),
    ("O(k log n)", {"k": "n"}, LINEARITHMIC),
    ("O(n log k)", {"k": "n^0.5"}, LINEARITHMIC),
    ("O(n * 2^n)", {}, EXPONENTIAL),
    ("O(1.618^n)", {}, EXPONENTIAL),
    ("O(2^(log n))", {}, LINEAR),
    ("O(n * L)", {"L": "log n"}, LINEARITHMIC),
    ("O(n * 3^L)", {"L": "10"}, LINEAR),                    # a word of bounded length: 3^L is a constant
    ("O(V^2)", {"V": "sqrt n"}, LINEAR),
    ("O((n + 1)^2)", {}, QUADRATIC),
    ("O(n^(1/2))", {}, SQRT),
    ("O(log(m n))", {"m": "n"}, LOGARITHMIC),
    ("O(h)", {"h": "1"}, CONSTANT),
    ("O(N M K)", {"M": "n", "K": "n"}, CUBIC),
])
def test_a_notation_reduces_to_the_class_of_its_fastest_term(notation: str, variables: dict[str, str],
                                                             expected: ComplexityClass) -> None:
    assert reduce(notation, variables) is expected


@pytest.mark.parametrize(("notation", "variables", "says"), [
    ("O(x)", {}, "'x' is not n"),
    ("O(n^1.5)", {}, "not one of the classes"),
    ("O(k log n)", {"k": "sqrt n"}, "not one of the classes"),
    ("O(n^k)", {}, "not a number"),
    ("O(n +)", {}, "ends too early"),
    ("O((n)", {}, "not closed"),
    ("O(n $ m)", {}, "cannot read"),
    ("O()", {}, "empty"),
])
def test_what_cannot_be_read_is_a_value_error_saying_why(notation: str, variables: dict[str, str], says: str) -> None:
    with pytest.raises(ValueError, match=says):
        reduce(notation, variables)


def test_substitution_is_simultaneous_and_order_free() -> None:
    first = reduce("O(m * n)", {"m": "sqrt n", "n": "sqrt n"})
    assert first is reduce("O(n * m)", {"n": "sqrt n", "m": "sqrt n"}) is LINEAR
