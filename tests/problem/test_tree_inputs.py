"""Tree helpers for generators: LeetCode's level order, exactly."""

from __future__ import annotations

import random

from judge.problem.tree_inputs import check_tree, level_order, mixed_sides, path, random_shape


def test_shapes_are_written_in_leetcodes_level_order() -> None:
    assert level_order([3, 9, 20, 15, 7], [1, -1, 3, -1, -1], [2, -1, 4, -1, -1]) == [3, 9, 20, None, None, 15, 7]
    assert path([1, 2, 3], "LR") == [1, 2, None, None, 3]
    assert mixed_sides(7) == "LLRRLR" and mixed_sides(1) == "L"
    left, right = random_shape(50, random.Random(0))
    tree = level_order(list(range(50)), left, right)
    assert check_tree(tree, "root", 0, 49) is None and sum(v is not None for v in tree) == 50


def test_check_tree_names_what_is_wrong() -> None:
    assert check_tree([None, 1], "root", 0, 9) == "root's first entry is its root: write [] for the empty tree"
    assert check_tree([1, None], "root", 0, 9) == "root must not end with null (LeetCode leaves trailing nulls out)"
    assert check_tree([1, None, None, 2], "root", 0, 9) == "root has entries after its last node's children"
    assert "in [0, 9]" in (check_tree([10], "root", 0, 9) or "")
