"""LeetCode's linked structures in the worker: built from LeetCode's text forms, read back
from answers without ever hanging (cycles, endless lists, deep trees), identity checked
where LeetCode checks it; and the loaded solution that uses them (predefined classes, a
solution's own ListNode, sortedcontainers, design classes)."""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest

from judge.sandbox import protocol, shapes, worker
from judge.sandbox.protocol import Op, Status
from judge.sandbox.replies import parse_reply
from judge.sandbox.shapes import Context, ListNode, Node, TreeNode, Unreadable, build_inputs, read_answer
from judge.sandbox.solution import Solution


def build(shape: str, value: Any, **extra: Any) -> Any:
    kwargs, _ = build_inputs({"x": value, **extra}, {"x": shape}, None)
    return kwargs["x"]


def read(shape: str, value: Any, context: Context | None = None) -> Any:
    return read_answer(value, shape, context or Context())


# --- both ways ------------------------------------------------------------------------------

@pytest.mark.parametrize(("shape", "value"), [
    ("ListNode", [1, 2, 3]), ("ListNode", []), ("ListNode", [5]),
    ("TreeNode", [3, 9, 20, None, None, 15, 7]), ("TreeNode", []), ("TreeNode", [1, None, 2]),
    ("TreeNode", [5, 4, 8, 11, None, 13, 4, 7, 2, None, None, None, 1]),
    ("Node", [[2, 4], [1, 3], [2, 4], [1, 3]]), ("Node", []), ("Node", [[]]),
    ("list[ListNode]", [[1, 4, 5], [1, 3, 4], [2, 6]]), ("list[ListNode]", []), ("list[ListNode]", [[], [1]]),
])
def test_a_value_survives_the_round_trip(shape: str, value: Any) -> None:
    assert read(shape, build(shape, value)) == value


def test_the_built_structures_are_leetcodes() -> None:
    head = build("ListNode", [1, 2])
    assert isinstance(head, ListNode) and head.val == 1 and head.next.val == 2 and head.next.next is None
    root = build("TreeNode", [1, None, 2])
    assert isinstance(root, TreeNode) and root.left is None and root.right.val == 2
    graph = build("Node", [[2], [1]])
    assert isinstance(graph, Node) and graph.val == 1 and graph.neighbors[0].neighbors[0] is graph
    assert build("ListNode", []) is None and build("TreeNode", []) is None and build("Node", []) is None
    assert ListNode().val == 0 and TreeNode().left is None and Node().neighbors == []  # LeetCode's defaults


def test_trailing_nulls_are_left_out_as_leetcode_writes_trees() -> None:
    root = TreeNode(1, TreeNode(2), None)
    assert read("TreeNode", root) == [1, 2]
    assert read("TreeNode", TreeNode(1, None, TreeNode(2, TreeNode(3)))) == [1, None, 2, 3]


def test_a_cycle_input_links_the_tail_to_pos_and_pos_is_not_passed() -> None:
    kwargs, _ = build_inputs({"head": [3, 2, 0, -4], "pos": 1}, {"head": "ListNode.cycle"}, None)
    assert set(kwargs) == {"head"}
    head = kwargs["head"]
    assert head.next.next.next.next is head.next
    kwargs, _ = build_inputs({"head": [1, 2], "pos": -1}, {"head": "ListNode.cycle"}, None)
    assert kwargs["head"].next.next is None
    with pytest.raises(ValueError, match="past the end"):
        build_inputs({"head": [1], "pos": 3}, {"head": "ListNode.cycle"}, None)


def test_a_node_input_is_the_node_of_the_input_tree_with_that_value() -> None:
    args = {"root": [3, 5, 1, 6, 2, 0, 8], "p": 5, "q": 8}
    kwargs, _ = build_inputs(args, {"root": "TreeNode", "p": "TreeNode.node", "q": "TreeNode.node"}, None)
    assert kwargs["p"] is kwargs["root"].left and kwargs["q"] is kwargs["root"].right.right
    with pytest.raises(ValueError, match="no node with value 42"):
        build_inputs({**args, "p": 42}, {"root": "TreeNode", "p": "TreeNode.node"}, None)


# --- answers that must not hang ---------------------------------------------------------------

def test_a_returned_cycle_is_a_bad_value_not_a_hang() -> None:
    head = build("ListNode", [1, 2, 3, 4, 5])
    head.next.next.next.next.next = head.next.next
    value = read("ListNode", head)
    assert isinstance(value, Unreadable) and value.message == "returned a linked list with a cycle"
    loop = ListNode(7)
    loop.next = loop
    assert read("ListNode", loop).message == "returned a linked list with a cycle"


def test_a_list_longer_than_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shapes, "MAX_NODES", 1000)
    assert read("ListNode", build("ListNode", list(range(1000)))) == list(range(1000))
    too_long = read("ListNode", build("ListNode", list(range(1001))))
    assert isinstance(too_long, Unreadable) and "longer than 1,000 nodes" in too_long.message


def test_an_endless_list_made_on_the_fly_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shapes, "MAX_NODES", 500)

    class Endless:  # every node a new one: no cycle to find, only the limit stops it
        def __init__(self, val: int) -> None:
            self.val = val
            self.next: Any = None

    head = node = Endless(0)
    for i in range(1, 2000):
        node.next = Endless(i)
        node = node.next
    assert "longer than 500 nodes" in read("ListNode", head).message


def test_deep_trees_are_built_and_read_without_recursion() -> None:
    depth = 200_000
    values: list[Any] = [0]
    for i in range(1, depth):
        values += [i, None]
    values.pop()
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    try:
        root = build("TreeNode", values)
        assert read("TreeNode", root) == values
    finally:
        sys.setrecursionlimit(limit)


def test_a_tree_with_a_cycle_or_a_shared_node_is_refused() -> None:
    root = build("TreeNode", [1, 2, 3])
    root.right.left = root
    assert "cycle or a shared node" in read("TreeNode", root).message
    shared = TreeNode(2)
    assert "shared" in read("TreeNode", TreeNode(1, shared, shared)).message


def test_a_node_type_that_computes_its_links_when_read_is_refused() -> None:
    """Work hidden in a property would run while the answer is read, outside the measured call."""

    class Lazy:
        val = 1

        @property
        def next(self) -> Any:
            return None

    assert "computed when read" in read("ListNode", Lazy()).message

    class Hooked:
        def __init__(self) -> None:
            self.val, self.next = 1, None

        def __getattribute__(self, name: str) -> Any:
            return object.__getattribute__(self, name)

    assert "computed when read" in read("ListNode", Hooked()).message


def test_a_wrong_kind_of_answer_is_a_bad_value() -> None:
    assert read("ListNode", [1, 2]).message == "returned a list where a ListNode was expected"
    assert "no attribute 'next'" in read("ListNode", TreeNode(1)).message
    assert "not a list" in read("Node", Node(1, neighbors=(x for x in ()))).message  # type: ignore[arg-type]


# --- identity -----------------------------------------------------------------------------------

def test_a_cloned_graph_must_be_new_nodes() -> None:
    kwargs, context = build_inputs({"adj": [[2], [1]]}, {"adj": "Node"}, "Node")
    original = kwargs["adj"]
    assert read("Node", original, context).message == "returned the input's nodes instead of a copy"
    partly = Node(1, [original.neighbors[0]])  # a new first node, the old second one
    assert "instead of a copy" in read("Node", partly, context).message
    copy = Node(1)
    copy.neighbors.append(Node(2, [copy]))
    assert read("Node", copy, context) == [[2], [1]]


def test_a_graph_answer_needs_values_one_to_n() -> None:
    assert "not 1..2 once each" in read("Node", Node(1, [Node(1)])).message


def test_a_node_answer_reads_as_its_value_and_an_input_node_must_be_the_inputs() -> None:
    kwargs, context = build_inputs({"root": [3, 5, 1]}, {"root": "TreeNode"}, "TreeNode.input_node")
    assert read("TreeNode.node", kwargs["root"].left, context) == 5
    assert read("TreeNode.node", None, context) is None
    assert read("TreeNode.input_node", kwargs["root"].right, context) == 1
    assert "not one of the input's nodes" in read("TreeNode.input_node", TreeNode(1), context).message


# --- the loaded solution --------------------------------------------------------------------------

REVERSE = """
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        while head:
            head.next, prev, head = prev, head, head.next
        return prev
"""
LIST_TYPES = {"head": "ListNode", "return": "ListNode"}


def test_a_pasted_solution_uses_the_predefined_list_node() -> None:
    solution = Solution(REVERSE, "/s.py", "reverse_list", None, "reverseList", ("head",), types=LIST_TYPES)
    assert solution.call({"head": [1, 2, 3]}) == [3, 2, 1]
    assert solution.call({"head": []}) == []


def test_a_solution_that_defines_its_own_list_node_still_works() -> None:
    own = ("class ListNode:\n    def __init__(self, x):\n        self.val = x\n        self.next = None\n" + REVERSE
           + "    def build(self):\n        return ListNode(1)\n")
    solution = Solution(own, "/s.py", "reverse_list", None, "reverseList", ("head",), types=LIST_TYPES)
    assert solution.call({"head": [4, 5]}) == [5, 4]


def test_sortedcontainers_is_predefined() -> None:
    source = ("def f(nums):\n    s = SortedList(nums)\n"
              "    return list(s) + list(SortedSet(nums)) + list(SortedDict({2: 0}))\n")
    assert Solution(source, "/s.py", "f", None).call({"nums": [3, 1, 3]}) == [1, 3, 3, 1, 3, 2]


def test_an_in_place_answer_is_the_mutated_structure() -> None:
    source = ("def delete_head(head):\n    head.val, head.next = head.next.val, head.next.next\n")
    solution = Solution(source, "/s.py", "delete_head", "head", types={"head": "ListNode"})
    assert solution.call({"head": [1, 2, 3]}) == [2, 3]


def test_a_cycle_problem_gets_head_without_pos() -> None:
    source = ("def has_cycle(head):\n    seen = set()\n    while head:\n        if head in seen:\n"
              "            return True\n        seen.add(head)\n        head = head.next\n    return False\n")
    solution = Solution(source, "/s.py", "has_cycle", None, types={"head": "ListNode.cycle"})
    assert solution.call({"head": [3, 2, 0, -4], "pos": 1}) is True
    assert solution.call({"head": [1], "pos": -1}) is False


LRU = """
class LRUCache:
    def __init__(self, capacity: int):
        self.capacity, self.items = capacity, OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.items:
            return -1
        self.items.move_to_end(key)
        return self.items[key]

    def put(self, key: int, value: int) -> None:
        self.items[key] = value
        self.items.move_to_end(key)
        if len(self.items) > self.capacity:
            self.items.popitem(last=False)
"""


def test_a_design_class_runs_leetcodes_operations() -> None:
    solution = Solution(LRU, "/s.py", "LRUCache", None, design=True)
    assert solution.description == "class LRUCache"
    call = {"operations": ["LRUCache", "put", "put", "get", "put", "get", "put", "get", "get", "get"],
            "arguments": [[2], [1, 1], [2, 2], [1], [3, 3], [2], [4, 4], [1], [3], [4]]}
    assert solution.call(call) == [None, None, None, 1, None, -1, None, -1, 3, 4]
    assert Solution(LRU, "/s.py", "lru_cache", None, "LRUCache", design=True).call(
        {"operations": ["LRUCache"], "arguments": [[1]]}) == [None]


def test_a_design_method_the_class_lacks_is_a_bad_value() -> None:
    solution = Solution(LRU, "/s.py", "LRUCache", None, design=True)
    value = solution.call({"operations": ["LRUCache", "put", "delete"], "arguments": [[1], [1, 1], [1]]})
    assert isinstance(value, Unreadable)
    with pytest.raises(TypeError, match=r"class LRUCache has no method delete\(\) \(operation 2\)"):
        protocol.encode_value(value)
    with pytest.raises(LookupError, match=r"no class named MinStack \(it defines LRUCache\)"):
        Solution(LRU, "/s.py", "MinStack", None, design=True)


# --- through the worker's handlers ----------------------------------------------------------------

def _reply(w: worker.Worker, op: Op, **fields: Any) -> Any:
    return parse_reply(json.loads(json.dumps(getattr(w, f"op_{op.value}")({"op": op.value, **fields}))), op)


def test_a_returned_cycle_is_the_workers_bad_value() -> None:
    w = worker.Worker(-1, -1)
    cyclic = "def f(head):\n    node = head\n    while node.next:\n        node = node.next\n    node.next = head\n" \
             "    return head\n"
    w.solution = Solution(cyclic, "/s.py", "f", None, types={"head": "ListNode", "return": "ListNode"})
    message = _reply(w, Op.CALL, args={"head": [1, 2, 3]})
    assert message.status is Status.BAD_VALUE and message.reason == "returned a linked list with a cycle"


def test_measured_requests_build_inputs_outside_the_call_and_read_answers_back() -> None:
    w = worker.Worker(-1, -1)
    w.solution = Solution(REVERSE, "/s.py", "reverse_list", None, "reverseList", types=LIST_TYPES)
    assert _reply(w, Op.STAGE, inputs=[{"head": [1, 2, 3]}]).status is Status.OK
    probe = _reply(w, Op.PROBE, index=0)
    assert probe.mutated is True  # typed inputs are built afresh: every timed call gets a fresh copy
    assert probe.digest == protocol.digest([3, 2, 1])
    assert json.loads(_reply(w, Op.RESULT, which="probe").value) == [3, 2, 1]
    _reply(w, Op.PREPARE, indices=[0], fresh=True)
    assert _reply(w, Op.RUN).status is Status.OK
    assert _reply(w, Op.DIGEST).digest == protocol.digest([3, 2, 1])
    assert _reply(w, Op.DEPTH, index=0).digest == protocol.digest([3, 2, 1])
    memory = _reply(w, Op.MEMORY, index=0)
    assert memory.digest == protocol.digest([3, 2, 1])
    assert json.loads(_reply(w, Op.RESULT, which="observed").value) == [3, 2, 1]


def test_memory_of_an_in_place_reversal_does_not_count_its_input() -> None:
    w = worker.Worker(-1, -1)
    w.solution = Solution(REVERSE, "/s.py", "reverse_list", None, "reverseList", types=LIST_TYPES)
    _reply(w, Op.STAGE, inputs=[{"head": list(range(20_000))}])
    memory = _reply(w, Op.MEMORY, index=0)
    assert memory.peak < 10_000  # 20,000 nodes built before tracing: O(1) space stays O(1)
