"""Machine steps on exact synthetic space: CPython's small-int cache."""

from __future__ import annotations

import dataclasses
import math

import pytest

from judge.complexity import profiles
from judge.complexity.classes import LINEAR, LINEARITHMIC, QUADRATIC
from judge.complexity.families import SPACE_FLOOR_BYTES
from judge.complexity.fit import Sample, fit

SIZES = [8 * 2**k for k in range(14)]  # 8 .. 65,536


def _space(bytes_at) -> list[Sample]:  # type: ignore[no-untyped-def]
    return [Sample(n, (float(int(bytes_at(n))),)) for n in SIZES]


def argsort(n: int) -> float:
    """A list of n indices: 8 bytes a slot, and a fresh 32-byte int for each index past 256."""
    return 950 + 8 * n + 32 * max(0, n - 257)


def test_a_list_of_fresh_ints_is_linear_space() -> None:
    fitted = fit(_space(argsort), kind="space", floor=SPACE_FLOOR_BYTES)
    assert fitted.best == LINEAR and fitted.plausible == (LINEAR,)


def test_without_the_int_cache_step_the_same_bytes_read_as_a_log_factor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(profiles.PROFILES, "space", dataclasses.replace(profiles.SPACE, int_cache_step=0.0))
    fitted = fit(_space(argsort), kind="space", floor=SPACE_FLOOR_BYTES)
    assert LINEARITHMIC in fitted.plausible


@pytest.mark.parametrize(("bytes_at", "expected"), [
    (lambda n: 900 + 24 * n * math.log2(n), LINEARITHMIC),  # a merge sort keeping every level
    (lambda n: 900 + 8 * n * n / 64, QUADRATIC),
])
def test_the_step_does_not_lower_a_higher_class(bytes_at, expected) -> None:  # type: ignore[no-untyped-def]
    assert fit(_space(bytes_at), kind="space", floor=SPACE_FLOOR_BYTES).best == expected


# dict.fromkeys over n random values, counted (bench corpus, stop 17): ~335 instructions an
# item up to n = 256, ~406 past it, where the values stop being cached small ints.
DICT_FROMKEYS = {8: (13925, 13774), 16: (16609, 16819), 32: (20200, 20107), 64: (33360, 29871, 30097, 32087),
                 128: (57859, 50097, 49841, 50081), 256: (94477, 95456), 512: (195050, 197467),
                 1024: (398635, 394656), 2048: (808844, 812038), 4096: (1644410, 1638872),
                 8192: (3305150, 3308283), 16384: (6639166, 6632901)}


def _counts() -> list[Sample]:
    return [Sample(n, tuple(float(c) for c in counts)) for n, counts in DICT_FROMKEYS.items()]


def test_a_counted_loop_past_the_small_ints_is_one_class() -> None:
    fitted = fit(_counts(), kind="instructions")
    assert fitted.best == LINEAR and fitted.plausible == (LINEAR,)


def test_without_the_step_the_count_keeps_a_log_factor_plausible(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(profiles.PROFILES, "instructions",
                        dataclasses.replace(profiles.INSTRUCTIONS, int_cache_step=0.0))
    assert LINEARITHMIC in fit(_counts(), kind="instructions").plausible
