"""Registry of small comparison functions: (input, expected, actual, tolerance) -> CheckResult.

DMOJ-style: each checker is a plain function; a problem names one in problem.toml, or
ships checker.py for answers with many valid forms.
"""

from __future__ import annotations

import importlib.util
import json
import math
from collections import Counter
from collections.abc import Callable, Mapping
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


def _shape(actual: Any) -> CheckResult | None:
    if not isinstance(actual, (list, tuple)):
        return CheckResult(False, f"expected a list, got {type(actual).__name__}")
    return None


@register("exact")
def exact(input: Mapping[str, Any], expected: Any, actual: Any, tolerance: float) -> CheckResult:
    return CheckResult(values_equal(expected, actual, tolerance))


@register("float")
def float_checker(input: Mapping[str, Any], expected: Any, actual: Any, tolerance: float) -> CheckResult:
    return CheckResult(values_equal(expected, actual, tolerance))


@register("unordered")
def unordered(input: Mapping[str, Any], expected: Any, actual: Any, tolerance: float) -> CheckResult:
    bad = _shape(actual)
    if bad or not isinstance(expected, (list, tuple)):
        return bad or CheckResult(values_equal(expected, actual, tolerance))
    if Counter(map(_key, expected)) == Counter(map(_key, actual)):
        return CheckResult(True)
    return CheckResult(False, "the elements differ (order is ignored)")


@register("unordered_nested")
def unordered_nested(input: Mapping[str, Any], expected: Any, actual: Any, tolerance: float) -> CheckResult:
    bad = _shape(actual)
    if bad or not isinstance(expected, (list, tuple)):
        return bad or CheckResult(values_equal(expected, actual, tolerance))

    def canon(groups: Any) -> Counter[str]:
        return Counter(_key(sorted(map(_key, g))) if isinstance(g, (list, tuple)) else _key(g) for g in groups)

    if canon(expected) == canon(actual):
        return CheckResult(True)
    return CheckResult(False, "the groups differ (order inside and between groups is ignored)")


@register("sorted")
def sorted_checker(input: Mapping[str, Any], expected: Any, actual: Any, tolerance: float) -> CheckResult:
    bad = _shape(actual)
    if bad or not isinstance(expected, (list, tuple)):
        return bad or CheckResult(values_equal(expected, actual, tolerance))
    try:
        return CheckResult(values_equal(sorted(expected), sorted(actual), tolerance))
    except TypeError:
        return CheckResult(sorted(map(_key, expected)) == sorted(map(_key, actual)))


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
