"""The checker registry and custom checker.py files."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from judge.checkers import CHECKERS, CheckResult, load_custom, values_equal

TOL = 1e-6


def check(kind: str, expected, actual, tolerance: float = TOL) -> CheckResult:
    return CHECKERS[kind]({}, expected, actual, tolerance)


def test_registry_names() -> None:
    assert set(CHECKERS) == {"exact", "float", "unordered", "unordered_nested", "sorted"}


# -- values_equal / exact ----------------------------------------------------------------

@pytest.mark.parametrize(("expected", "actual"), [
    (1, 1), ("abc", "abc"), (None, None), ([], []), ({}, {}),
    (0.3, 0.1 + 0.2),                     # float noise
    (1.0, 1.0 + 1e-9), (1e12, 1e12 * (1 + 1e-7)),  # relative tolerance
    (0.0, 1e-7),                          # absolute tolerance near zero
    (3, 3.0), (3.0, 3),                   # int and float are both numbers
    ([1, 2], (1, 2)), ((1, 2), [1, 2]),   # tuples are lists
    ([[1, (2, 3)]], [[1, [2, 3]]]),
    ({"a": [1.0, 2]}, {"a": (1.0000000001, 2)}),
    (True, True), (False, False),
    (math.nan, math.nan), (math.inf, math.inf),
])
def test_exact_accepts(expected, actual) -> None:
    assert values_equal(expected, actual, TOL)
    assert check("exact", expected, actual).ok
    assert check("float", expected, actual).ok


@pytest.mark.parametrize(("expected", "actual"), [
    (1, 2), (1.0, 1.001), ("a", "b"), ([1, 2], [2, 1]), ([1], [1, 1]),
    (1, True), (True, 1), (0, False), (False, 0),   # bool is not an int
    (True, False), (None, 0), (None, []), ("1", 1), ([1], "1"),
    ({"a": 1}, {"a": 1, "b": 2}), ({"a": 1}, {"b": 1}), ([1, 2], {"0": 1}),
    (math.nan, 1.0), (1.0, math.nan), (math.inf, -math.inf),
])
def test_exact_rejects(expected, actual) -> None:
    assert not values_equal(expected, actual, TOL)
    assert not check("exact", expected, actual).ok


def test_tolerance_is_the_problems() -> None:
    assert check("exact", 1.0, 1.001, tolerance=1e-2).ok
    assert not check("exact", 1.0, 1.001, tolerance=1e-4).ok
    assert not check("exact", 0.1, 0.1 + 1e-12, tolerance=0.0).ok
    assert check("exact", 5, 5, tolerance=0.0).ok


# -- unordered ------------------------------------------------------------------------------

def test_unordered() -> None:
    assert check("unordered", [1, 2, 3], [3, 1, 2]).ok
    assert check("unordered", [[0, 1], [2, 3]], [(2, 3), (0, 1)]).ok  # tuples are lists
    assert check("unordered", [], []).ok
    assert not check("unordered", [1, 1, 2], [1, 2, 2]).ok  # multisets, not sets
    assert not check("unordered", [1, 2], [1, 2, 3]).ok
    assert not check("unordered", [1], [True]).ok
    assert not check("unordered", [[0, 1]], [[1, 0]]).ok  # only the top level is unordered
    result = check("unordered", [1, 2], [1, 3])
    assert not result.ok and "order is ignored" in result.message


def test_unordered_needs_a_list() -> None:
    result = check("unordered", [1, 2], 3)
    assert not result.ok and result.message == "expected a list, got int"
    assert not check("unordered", [1, 2], "12").ok


# -- unordered_nested -----------------------------------------------------------------------

def test_unordered_nested() -> None:
    expected = [["eat", "tea", "ate"], ["tan", "nat"], ["bat"]]
    assert check("unordered_nested", expected, [["bat"], ["nat", "tan"], ["ate", "eat", "tea"]]).ok
    assert check("unordered_nested", [[1, 2], [3]], [(3,), (2, 1)]).ok
    assert not check("unordered_nested", [[1, 2], [3]], [[1], [2, 3]]).ok
    assert not check("unordered_nested", [[1, 1]], [[1]]).ok  # inner multisets
    assert not check("unordered_nested", [[1], [1]], [[1]]).ok
    result = check("unordered_nested", [["a"]], [["b"]])
    assert not result.ok and "groups differ" in result.message
    assert check("unordered_nested", [["a"]], "a").message == "expected a list, got str"


# -- sorted ---------------------------------------------------------------------------------

def test_sorted() -> None:
    assert check("sorted", [3, 1, 2], [1, 2, 3]).ok
    assert check("sorted", [0.3, 1.0], [1.0, 0.1 + 0.2]).ok  # tolerance after sorting
    assert check("sorted", [[1, 2], [0]], [(0,), (1, 2)]).ok
    assert not check("sorted", [1, 2, 2], [1, 1, 2]).ok
    assert check("sorted", [1, "a"], ["a", 1]).ok  # unorderable mixes fall back to JSON keys
    assert not check("sorted", [1, "a"], ["a", 2]).ok
    assert not check("sorted", [1], {"a": 1}).ok


# -- regressions: floats keep their tolerance, non-list answers are compared as values --------

@pytest.mark.parametrize("kind", ["unordered", "unordered_nested"])
def test_unordered_kinds_compare_floats_with_tolerance(kind: str) -> None:
    expected, actual = ([0.3, 1.0], [1, 0.1 + 0.2]) if kind == "unordered" else ([[0.3]], [[0.1 + 0.2]])
    assert check(kind, expected, actual).ok


@pytest.mark.parametrize("kind", ["unordered", "unordered_nested", "sorted"])
def test_list_kinds_accept_a_matching_non_list_answer(kind: str) -> None:
    assert check(kind, None, None).ok


# -- custom checker.py ----------------------------------------------------------------------

def _custom(tmp_path: Path, body: str):
    path = tmp_path / "checker.py"
    path.write_text(body, encoding="utf-8")
    return load_custom(path)


def test_custom_returning_bool(tmp_path: Path) -> None:
    checker = _custom(tmp_path, "def check(input, expected, actual):\n"
                                "    return sum(actual) == input['target']\n")
    assert checker({"target": 5}, [2, 3], [1, 4], TOL) == CheckResult(True, "")
    assert checker({"target": 5}, [2, 3], [1, 1], TOL) == CheckResult(False, "")


def test_custom_returning_bool_and_message(tmp_path: Path) -> None:
    checker = _custom(tmp_path, "def check(input, expected, actual):\n"
                                "    if len(actual) != len(expected):\n"
                                "        return False, f'wrong length {len(actual)}'\n"
                                "    return (True,)\n")
    assert checker({}, [1, 2], [1], TOL) == CheckResult(False, "wrong length 1")
    assert checker({}, [1, 2], [3, 4], TOL) == CheckResult(True, "")


def test_custom_truthy_values_become_bool(tmp_path: Path) -> None:
    checker = _custom(tmp_path, "def check(input, expected, actual):\n    return actual\n")
    assert checker({}, None, [1], TOL).ok is True
    assert checker({}, None, 0, TOL).ok is False


def test_custom_without_check(tmp_path: Path) -> None:
    with pytest.raises(AttributeError, match="defines no function check"):
        _custom(tmp_path, "def compare(a, b, c):\n    return True\n")
    with pytest.raises(AttributeError):
        _custom(tmp_path, "check = 3\n")


def test_custom_exceptions_propagate(tmp_path: Path) -> None:
    """grading.run_check turns them into a ProblemFormatError; the checker itself does not hide them."""
    checker = _custom(tmp_path, "def check(input, expected, actual):\n    return 1 / 0\n")
    with pytest.raises(ZeroDivisionError):
        checker({}, 1, 1, TOL)
