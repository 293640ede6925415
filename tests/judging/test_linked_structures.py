"""End to end: solutions pasted from LeetCode that take and return linked structures, and
a design class, judged against the bundled problems in the sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_solution

from judge.api import Options, judge_solution
from judge.report import Report
from judge.reports.text import TextReporter
from judge.verdicts import Verdict

ITERATIVE = """\
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        while head:
            head.next, prev, head = prev, head, head.next
        return prev
"""

OWN_LIST_NODE = """\
# Definition for singly-linked list.
class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if not head or not head.next:
            return head
        new_head = ListNode(head.val)
        node = head.next
        while node:
            new_head = ListNode(node.val, new_head)
            node = node.next
        return new_head
"""

CYCLE = """\
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if head and head.next:
            head.next.next = head  # forgets to cut the old link: a two-node cycle
        return head
"""

LRU = """\
class LRUCache:

    def __init__(self, capacity: int):
        self.cap = capacity
        self.cache = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.cache:
            return -1
        self.cache.move_to_end(key)
        return self.cache[key]

    def put(self, key: int, value: int) -> None:
        if key in self.cache:
            self.cache.move_to_end(key)
        self.cache[key] = value
        if len(self.cache) > self.cap:
            self.cache.popitem(last=False)
"""

SORTED_LRU = """\
class LRUCache:
    # recency by a counter kept in a SortedDict (predefined, as on LeetCode)
    def __init__(self, capacity: int):
        self.capacity, self.clock = capacity, 0
        self.values, self.stamp, self.order = {}, {}, SortedDict()

    def _touch(self, key: int) -> None:
        if key in self.stamp:
            del self.order[self.stamp[key]]
        self.clock += 1
        self.stamp[key] = self.clock
        self.order[self.clock] = key

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self._touch(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        self.values[key] = value
        self._touch(key)
        if len(self.values) > self.capacity:
            _, old = self.order.popitem(0)
            del self.values[old], self.stamp[old]
"""


def judge(tmp_path: Path, text: str, problem: str, **options: object) -> Report:
    path = write_solution(tmp_path, text, f"{problem}.py")
    return judge_solution(path, Options(problem=problem, complexity=False, **options))  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [ITERATIVE, OWN_LIST_NODE])
def test_a_pasted_list_node_solution_is_accepted(tmp_path: Path, text: str) -> None:
    report = judge(tmp_path, text, "reverse_linked_list")
    assert report.verdict is Verdict.ACCEPTED, report.reason
    case = next(c for c in report.cases if c.name == "five nodes")
    assert case.input == {"head": [1, 2, 3, 4, 5]} and case.actual == [5, 4, 3, 2, 1]


def test_a_returned_cycle_is_a_wrong_answer_shown_in_leetcodes_form(tmp_path: Path) -> None:
    report = judge(tmp_path, CYCLE, "reverse_linked_list")
    assert report.verdict is Verdict.WRONG_ANSWER
    assert report.reason == "test five nodes: returned a linked list with a cycle"
    text = TextReporter().render(report)
    assert "input     head = [1, 2, 3, 4, 5]" in text
    assert "expected  [5, 4, 3, 2, 1]" in text


def test_a_tree_problem_reads_level_order_input(tmp_path: Path) -> None:
    text = "class Solution:\n    def maxDepth(self, root: Optional[TreeNode]) -> int:\n" \
           "        return 0 if not root else 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))\n"
    report = judge(tmp_path, text, "maximum_depth_of_binary_tree")
    assert report.verdict is Verdict.ACCEPTED, report.reason


@pytest.mark.parametrize("text", [LRU, SORTED_LRU])
def test_a_design_class_is_judged_on_leetcodes_operations(tmp_path: Path, text: str) -> None:
    report = judge(tmp_path, text, "lru_cache")
    assert report.verdict is Verdict.ACCEPTED, report.reason
    assert report.expected_time == "O(1) per operation"
    example = report.cases[0]
    assert example.actual == [None, None, None, 1, None, -1, None, -1, 3, 4]


def test_a_design_class_without_a_method_is_a_wrong_answer(tmp_path: Path) -> None:
    report = judge(tmp_path, LRU.replace("def get(", "def fetch("), "lru_cache")
    assert report.verdict is Verdict.WRONG_ANSWER
    assert "class LRUCache has no method get() (operation 3)" in report.reason


@pytest.mark.slow
def test_the_complexity_of_a_pasted_list_solution_and_a_design_class(tmp_path: Path) -> None:
    report = judge_solution(write_solution(tmp_path, ITERATIVE, "reverse_linked_list.py"),
                            Options(problem="reverse_linked_list", budget_s=10.0))
    assert report.verdict is Verdict.ACCEPTED, report.reason
    assert report.complexity is not None and report.complexity.space.status in ("ok", "inconclusive")
    report = judge_solution(write_solution(tmp_path, SORTED_LRU, "lru_cache.py"),
                            Options(problem="lru_cache", budget_s=10.0))
    assert report.verdict is Verdict.ACCEPTED, report.reason
    assert "per operation" in TextReporter().render(report)
