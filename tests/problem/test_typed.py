"""The format's typed values: [types] (LeetCode's linked structures) and design problems."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import TINY_TOML

from judge.complexity.classes import CONSTANT, LINEAR, LINEARITHMIC, LOGARITHMIC
from judge.errors import ProblemFormatError
from judge.problem.diagnostics import Diagnostics
from judge.problem.generator_checks import check_generators
from judge.problem.loader import load_problem
from judge.problem.typed import extra_inputs

LIST_TOML = TINY_TOML.replace('entry = "sum_list"', 'entry = "reverse_list"') + """
[types]
head = "ListNode"
return = "ListNode"
"""
LIST_TESTS = {"example_1.json": {"input": {"head": [1, 2, 3]}, "output": [3, 2, 1]}}
LIST_REFERENCE = """\
class Solution:
    def reverseList(self, head):
        prev = None
        while head:
            head.next, prev, head = prev, head, head.next
        return prev
"""

DESIGN_TOML = """\
title = "LRU Cache"
entry = "LRUCache"
design = true

[complexity]
time = "O(1)"
space = "O(n)"

[scaling]
max_n = 1024
"""
DESIGN_TESTS = {"example_1.json": {
    "input": {"operations": ["LRUCache", "put", "get"], "arguments": [[2], [1, 1], [1]]},
    "output": [None, None, 1]}}


def errors(root: Path) -> list[str]:
    with pytest.raises(ProblemFormatError) as info:
        load_problem(root)
    return [f"{f.message} {f.fix}" for f in info.value.diagnostics.errors]


def test_types_name_a_shape_per_parameter_and_for_the_answer(make_problem) -> None:
    problem = load_problem(make_problem(toml=LIST_TOML, tests=LIST_TESTS))
    assert problem.types == (("head", "ListNode"), ("return", "ListNode"))
    assert problem.shape_of("head") == "ListNode" and problem.shape_of("k") is None
    assert not problem.design and problem.operation_time is None and problem.expected_time == "O(n)"


def test_an_unknown_shape_is_a_finding_with_the_fix(make_problem) -> None:
    root = make_problem(toml=LIST_TOML.replace('head = "ListNode"', 'head = "Listnode"'), tests=LIST_TESTS)
    (found,) = errors(root)
    assert "[types] head = 'Listnode' is not a shape an input can have" in found
    assert "Did you mean 'ListNode'?" in found and "TreeNode" in found


@pytest.mark.parametrize(("line", "message"), [
    ('return = "ListNode.cycle"', "[types] return = 'ListNode.cycle' is not a shape an answer can have"),
    ('head = "TreeNode.input_node"', "is not a shape an input can have"),
    ('head = 3', "[types] head = '3' is not a shape"),
])
def test_shapes_are_for_inputs_or_answers(make_problem, line: str, message: str) -> None:
    key = line.split(" = ")[0]
    toml = LIST_TOML.replace(f'{key} = "ListNode"', line)
    assert any(message in e for e in errors(make_problem(toml=toml, tests=LIST_TESTS)))


def test_a_node_input_needs_the_structure_it_points_into(make_problem) -> None:
    toml = LIST_TOML.replace('head = "ListNode"', 'head = "TreeNode.node"')
    tests = {"example_1.json": {"input": {"head": 1}, "output": []}}
    assert any("names a node of an input TreeNode, but no parameter is one" in e
               for e in errors(make_problem(toml=toml, tests=tests)))


def test_a_typed_parameter_every_test_must_give(make_problem) -> None:
    tests = {**LIST_TESTS, "01_other.json": {"input": {"nums": [1]}, "output": []}}
    assert any("[types] gives 'head' a shape, but this test has no argument 'head'" in e
               for e in errors(make_problem(toml=LIST_TOML, tests=tests)))


def test_a_cycle_position_must_be_an_index_of_the_list(make_problem) -> None:
    toml = LIST_TOML.replace('head = "ListNode"', 'head = "ListNode.cycle"').replace(
        'return = "ListNode"', "")
    good = {"example_1.json": {"input": {"head": [3, 2, 0, -4], "pos": 1}, "output": True},
            "01_none.json": {"input": {"head": [], "pos": -1}, "output": False}}
    assert load_problem(make_problem(toml=toml, tests=good)).types == (("head", "ListNode.cycle"),)
    bad = {**good, "02_past.json": {"input": {"head": [1], "pos": 1}, "output": True}}
    assert any("pos = 1 is not -1 or an index of head" in e for e in errors(make_problem(toml=toml, tests=bad)))
    assert extra_inputs((("head", "ListNode.cycle"),)) == {"pos"}


def test_returns_and_a_return_shape_exclude_each_other(make_problem) -> None:
    toml = LIST_TOML.replace('entry = "reverse_list"', 'entry = "reverse_list"\nreturns = "head"')
    assert any("Keep one of them" in e for e in errors(make_problem(toml=toml, tests=LIST_TESTS)))


def test_an_unknown_top_level_key_lists_types(make_problem) -> None:
    toml = LIST_TOML + '\n[typez]\nhead = "ListNode"\n'
    assert any("[types]" in e for e in errors(make_problem(toml=toml, tests=LIST_TESTS)))


# --- design problems ----------------------------------------------------------------------------

@pytest.mark.parametrize(("declared", "per_operation", "total"), [
    ("O(1)", CONSTANT, LINEAR), ("O(log n)", LOGARITHMIC, LINEARITHMIC)])
def test_a_design_problems_time_is_per_operation(make_problem, declared: str, per_operation: Any,
                                                 total: Any) -> None:
    toml = DESIGN_TOML.replace('time = "O(1)"', f'time = "{declared}"')
    problem = load_problem(make_problem("lru_cache", toml=toml, tests=DESIGN_TESTS))
    assert problem.design and problem.entry == "LRUCache"
    assert problem.operation_time is per_operation and problem.time is total
    assert problem.expected_time == f"{declared} per operation"


def test_a_per_operation_class_without_a_class_for_n_operations_is_a_finding(make_problem) -> None:
    toml = DESIGN_TOML.replace('time = "O(1)"', 'time = "O(sqrt n)"')
    assert any("per operation has no class for n operations" in e
               for e in errors(make_problem("lru_cache", toml=toml, tests=DESIGN_TESTS)))


def test_design_must_be_a_boolean(make_problem) -> None:
    toml = DESIGN_TOML.replace("design = true", 'design = "yes"')
    assert any("design = 'yes' should be true or false" in e
               for e in errors(make_problem("lru_cache", toml=toml, tests=DESIGN_TESTS)))


@pytest.mark.parametrize(("test", "message"), [
    ({"input": {"operations": ["LRUCache", "get"]}, "output": [None, 1]}, "two lists of one length"),
    ({"input": {"operations": ["LRUCache", "get"], "arguments": [[1]]}}, "two lists of one length"),
    ({"input": {"operations": ["LRUCache", 3], "arguments": [[1], [1]]}}, "operations must be method names"),
    ({"input": {"operations": ["LRUCache", "get"], "arguments": [[1], [1]]}, "output": [None]},
     "one result per operation (2)"),
])
def test_a_design_test_is_leetcodes_pair_of_lists(make_problem, test: dict[str, Any], message: str) -> None:
    root = make_problem("lru_cache", toml=DESIGN_TOML, tests={**DESIGN_TESTS, "01_bad.json": test})
    assert any(message in e for e in errors(root))


def test_types_and_returns_are_not_for_design_problems(make_problem) -> None:
    toml = DESIGN_TOML.replace("design = true", 'design = true\nreturns = "x"') + '\n[types]\nx = "ListNode"\n'
    found = errors(make_problem("lru_cache", toml=toml, tests=DESIGN_TESTS))
    assert any("[types] is not used by a design problem" in e for e in found)
    assert any("returns is not used by a design problem" in e for e in found)


# --- generators -------------------------------------------------------------------------------------

def test_generated_keys_a_shape_consumes_and_design_keys_are_known(make_problem) -> None:
    toml = LIST_TOML.replace('head = "ListNode"', 'head = "ListNode.cycle"').replace('return = "ListNode"', "")
    generator = "def generate(n, rng):\n    return {'head': list(range(n)), 'pos': n // 2}\n"
    reference = "def reverse_list(head):\n    return False\n"
    tests = {"example_1.json": {"input": {"head": [1], "pos": 0}, "output": False}}
    problem = load_problem(make_problem(toml=toml, tests=tests, generator=generator, reference=reference))
    diag = Diagnostics(problem.root)
    check_generators(problem, diag)
    assert diag.errors == []
    generator = "def generate(n, rng):\n    return {'operations': ['LRUCache'] + ['get'] * (n - 1), " \
                "'arguments': [[1]] + [[0]] * (n - 1)}\n"
    problem = load_problem(make_problem("lru_cache", toml=DESIGN_TOML, tests=DESIGN_TESTS, generator=generator,
                                        reference="class LRUCache:\n    pass\n"))
    diag = Diagnostics(problem.root)
    check_generators(problem, diag)
    assert diag.errors == []
