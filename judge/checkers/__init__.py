"""Registry of small comparison functions: (input, expected, actual, tolerance) -> CheckResult.

DMOJ-style: each checker is a plain function; a problem names one in problem.toml, or
ships checker.py for answers with many valid forms.
"""

from __future__ import annotations

import importlib.util
import json
import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    message: str = ""


Checker = Callable[[Mapping[str, Any], Any, Any, float], CheckResult]
CHECKERS: dict[str, Checker] = {}


def register(name: str) -> Callable[[Checker], Checker]:
    def add(function: Checker) -> Checker:
        CHECKERS[name] = function
        return function

    return add


def values_equal(expected: Any, actual: Any, tolerance: float) -> bool:
    """JSON-value equality; tuples are lists, floats within relative-or-absolute tolerance."""
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(expected) is type(actual) and expected == actual
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        if isinstance(expected, int) and isinstance(actual, int):
            return expected == actual
        if math.isnan(expected) or math.isnan(actual):
            return math.isnan(expected) and math.isnan(actual)
        return math.isclose(expected, actual, rel_tol=tolerance, abs_tol=tolerance)
    if isinstance(expected, (list, tuple)) and isinstance(actual, (list, tuple)):
        return len(expected) == len(actual) and all(
            values_equal(e, a, tolerance) for e, a in zip(expected, actual, strict=True)
        )
    if isinstance(expected, dict) and isinstance(actual, dict):
        return expected.keys() == actual.keys() and all(
            values_equal(expected[k], actual[k], tolerance) for k in expected
        )
    return type(expected) is type(actual) and expected == actual


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _lists(expected: Any, actual: Any, tolerance: float) -> CheckResult | None:
    """For order-free checkers: a result when the answer is not a list to compare, else None."""
    if not isinstance(expected, (list, tuple)):
        return CheckResult(values_equal(expected, actual, tolerance))
    if not isinstance(actual, (list, tuple)):
        return CheckResult(False, f"expected a list, got {type(actual).__name__}")
    return None


def _has_float(value: Any) -> bool:
    if isinstance(value, float):
        return True
    if isinstance(value, (list, tuple)):
        return any(_has_float(v) for v in value)
    if isinstance(value, dict):
        return any(_has_float(v) for v in value.values())
    return False


def _group_key(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return _key(sorted(map(_key, value)))
    return _key(value)


def _same_multiset(expected: Sequence[Any], actual: Sequence[Any], tolerance: float,
                   equal: Callable[[Any, Any, float], bool] = values_equal,
                   key: Callable[[Any], str] = _key) -> bool:
    """Multiset equality; exact keys first (fast), then a tolerant matching for floats."""
    if len(expected) != len(actual):
        return False
    if Counter(map(key, expected)) == Counter(map(key, actual)):
        return True
    if not (_has_float(expected) or _has_float(actual)):
        return False  # without floats the exact comparison is the whole answer
    remaining = list(actual)
    for item in expected:
        match = next((i for i, other in enumerate(remaining) if equal(item, other, tolerance)), None)
        if match is None:
            return False
        remaining.pop(match)
    return True


@register("exact")
def exact(input: Mapping[str, Any], expected: Any, actual: Any, tolerance: float) -> CheckResult:
    return CheckResult(values_equal(expected, actual, tolerance))


@register("float")
def float_checker(input: Mapping[str, Any], expected: Any, actual: Any, tolerance: float) -> CheckResult:
    return CheckResult(values_equal(expected, actual, tolerance))


@register("unordered")
def unordered(input: Mapping[str, Any], expected: Any, actual: Any, tolerance: float) -> CheckResult:
    early = _lists(expected, actual, tolerance)
    if early is not None:
        return early
    if _same_multiset(expected, actual, tolerance):
        return CheckResult(True)
    return CheckResult(False, "the elements differ (order is ignored)")


def _group_equal(expected: Any, actual: Any, tolerance: float) -> bool:
    if isinstance(expected, (list, tuple)) and isinstance(actual, (list, tuple)):
        return _same_multiset(expected, actual, tolerance)
    return values_equal(expected, actual, tolerance)


@register("unordered_nested")
def unordered_nested(input: Mapping[str, Any], expected: Any, actual: Any, tolerance: float) -> CheckResult:
    early = _lists(expected, actual, tolerance)
    if early is not None:
        return early
    if _same_multiset(expected, actual, tolerance, _group_equal, _group_key):
        return CheckResult(True)
    return CheckResult(False, "the groups differ (order inside and between groups is ignored)")


@register("sorted")
def sorted_checker(input: Mapping[str, Any], expected: Any, actual: Any, tolerance: float) -> CheckResult:
    early = _lists(expected, actual, tolerance)
    if early is not None:
        return early
    try:
        return CheckResult(values_equal(sorted(expected), sorted(actual), tolerance))
    except TypeError:
        return CheckResult(_same_multiset(expected, actual, tolerance))


def load_custom(path: Path) -> Checker:
    """checker.py's check(input, expected, actual) as a registry-shaped function."""
    spec = importlib.util.spec_from_file_location(f"judge_checker_{abs(hash(path))}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    check = getattr(module, "check", None)
    if not callable(check):
        raise AttributeError("checker.py defines no function check(input, expected, actual)")

    def custom(input: Mapping[str, Any], expected: Any, actual: Any, tolerance: float) -> CheckResult:
        result = check(input, expected, actual)
        if isinstance(result, tuple):
            return CheckResult(bool(result[0]), str(result[1]) if len(result) > 1 else "")
        return CheckResult(bool(result))

    return custom
