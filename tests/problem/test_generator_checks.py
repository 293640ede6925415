"""The generator rules' measures: the size ladder and the shape of an input.

The rules themselves are exercised through `judge verify` in tests/authoring/test_verify.py.
"""

from __future__ import annotations

from judge.problem.generator_checks import input_shape, ladder_sizes


def test_ladder_sizes_double_up_to_max() -> None:
    assert ladder_sizes(8, 100) == [8, 16, 32, 64, 100]
    assert ladder_sizes(8, 64) == [8, 16, 32, 64]


def test_input_shape_counts_items_and_values() -> None:
    assert input_shape({"nums": [1, -7, 3], "s": "ab"}) == (5, 7.0)
    assert input_shape({"grid": [["1", "0"], ["0", "1"]]}) == (10, 0.0)  # 2 rows, 4 cells, 4 chars
    assert input_shape({"n": 10**12}) == (0, 1e12)
