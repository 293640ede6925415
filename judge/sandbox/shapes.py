"""LeetCode's linked structures, in the worker: the classes pasted code uses without defining
them, and the converters between them and LeetCode's text forms (plain JSON values).

Worker side, standard library only. Inputs arrive as values (`[1,2,3]`, a level-order tree
with nulls, an adjacency list) and are built into nodes before the measured call; the
answer is read back into a value after it. Reading never trusts the answer: it walks
iteratively (a path-shaped tree deeper than the recursion limit), stops at MAX_NODES nodes
or at a cycle, refuses node types whose attribute reads would run the solution's code
(work hidden there would escape the measured call), and, where LeetCode checks identity,
refuses the input's own nodes. A refused answer becomes an `Unreadable` value, whose
encoding fails with the reason: the worker's bad_value.

Each shape is one small pair of converters in SHAPES; problem.toml names them in [types].
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

MAX_NODES = 10**7  # nodes read from one answer (a linked list of more is refused, like a cycle)
_HEAP_TYPE = 1 << 9  # Py_TPFLAGS_HEAPTYPE: a class statement's type, unlike the builtin ones


class ListNode:
    """LeetCode's singly-linked list node."""

    def __init__(self, val: Any = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


class TreeNode:
    """LeetCode's binary tree node."""

    def __init__(self, val: Any = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right


class Node:
    """LeetCode's graph node (clone graph): a value and a list of neighbours."""

    def __init__(self, val: Any = 0, neighbors: list[Node] | None = None) -> None:
        self.val = val
        self.neighbors = neighbors if neighbors is not None else []


CLASSES: dict[str, type] = {"ListNode": ListNode, "TreeNode": TreeNode, "Node": Node}


class Unreadable:
    """An answer that cannot be read back; protocol.encode_value fails with `message`."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message

    def __repr__(self) -> str:
        return f"Unreadable({self.message!r})"


class BadAnswer(Exception):
    """Raised by a reader: the answer is not the structure the problem asks for."""


@dataclass
class Context:
    """One call's built inputs: the structures (for `.node` lookups) and, where an answer
    must not reuse them, the ids of all their nodes (kept alive by `roots`)."""

    roots: list[tuple[str, Any]] = field(default_factory=list)  # (shape, built structure)
    input_ids: set[int] = field(default_factory=set)
    checked_types: dict[type, bool] = field(default_factory=dict)


@dataclass(frozen=True)
class Shape:
    """How one kind of value is built for the solution and read back from its answer."""

    build: Callable[[Any, Mapping[str, Any], Context], Any] | None  # None: not an input shape
    read: Callable[[Any, Context], Any] | None  # None: not an answer shape
    extra: tuple[str, ...] = ()  # input keys the shape consumes (not passed to the solution)
    identity: bool = False  # an answer is checked against the input's nodes
    text: str = ""


# -- reading safely -------------------------------------------------------------------------

def _plain(node: Any, names: tuple[str, ...], what: str, context: Context) -> None:
    """Refuse a node type whose attribute reads run code: a property or __getattr__ could do
    the answer's work while it is read, outside the measured call."""
    kind = type(node)
    if not kind.__flags__ & _HEAP_TYPE:  # list, int, dict...: not a node of any class
        raise BadAnswer(f"returned a {kind.__name__} where a {what} was expected")
    ok = context.checked_types.get(kind)
    if ok is None:
        ok = type(kind) is type and kind.__getattribute__ is object.__getattribute__ and \
            not hasattr(kind, "__getattr__")  # no metaclass: the checks below read the class itself
        for name in names:
            for klass in kind.__mro__:
                found = vars(klass).get(name)
                # a slot is read plainly; a property, cached_property or method runs code
                if hasattr(type(found), "__get__") and type(found).__name__ != "member_descriptor":
                    ok = False
        context.checked_types[kind] = ok
    if not ok:
        raise BadAnswer(f"returned a {kind.__name__} whose attributes {', '.join(names)} are computed when read")


def _get(node: Any, name: str, what: str) -> Any:
    try:
        return getattr(node, name)
    except AttributeError:
        raise BadAnswer(f"returned a {type(node).__name__} where a {what} was expected "
                        f"(it has no attribute {name!r})") from None


def _links(value: Any, where: str) -> list[Any]:
    if type(value) not in (list, tuple):  # a subclass could run code when iterated
        raise BadAnswer(f"{where} is a {type(value).__name__}, not a list")
    return list(value)


# -- linked lists ---------------------------------------------------------------------------

def build_list(value: Any, args: Mapping[str, Any], context: Context) -> ListNode | None:
    head: ListNode | None = None
    for item in reversed(_links(value, "a linked list's input")):
        head = ListNode(item, head)
    return head


def build_cycle(value: Any, args: Mapping[str, Any], context: Context) -> ListNode | None:
    """`head` linked into a cycle at index `pos` (-1: none), as LeetCode's cycle problems give it."""
    head = build_list(value, args, context)
    pos = args.get("pos", -1)
    if head is None or not isinstance(pos, int) or pos < 0:
        return head
    target, node = None, head
    index = 0
    while True:
        if index == pos:
            target = node
        if node.next is None:
            break
        node, index = node.next, index + 1
    if target is None:
        raise ValueError(f"pos = {pos} is past the end of a list of {index + 1} nodes")
    node.next = target
    return head


def _walk_list(head: Any, context: Context) -> Iterator[Any]:
    """The nodes from head, at most MAX_NODES; a cycle is found in O(1) memory (Floyd)."""
    slow = node = head
    count = 0
    while node is not None:
        _plain(node, ("val", "next"), "ListNode", context)
        yield node
        count += 1
        if count > MAX_NODES:
            raise BadAnswer(f"returned a linked list longer than {MAX_NODES:,} nodes")
        node = _get(node, "next", "ListNode")
        if count % 2 == 0:
            slow = slow.next
        if node is not None and node is slow:
            raise BadAnswer("returned a linked list with a cycle")


def read_list(head: Any, context: Context) -> list[Any]:
    return [_get(node, "val", "ListNode") for node in _walk_list(head, context)]


def build_lists(value: Any, args: Mapping[str, Any], context: Context) -> list[ListNode | None]:
    """A list of linked lists (merge k sorted lists): `[[1,4,5],[1,3,4],[2,6]]`."""
    return [build_list(item, args, context) for item in _links(value, "a list of linked lists' input")]


def read_lists(heads: Any, context: Context) -> list[list[Any]]:
    return [read_list(head, context) for head in _links(heads, "the returned list of linked lists")]


# -- binary trees ---------------------------------------------------------------------------

def build_tree(value: Any, args: Mapping[str, Any], context: Context) -> TreeNode | None:
    """A level-order list with nulls (`[3,9,20,null,null,15,7]`) as LeetCode writes trees."""
    items = _links(value, "a tree's input")
    if not items or items[0] is None:
        return None
    root = TreeNode(items[0])
    queue: deque[TreeNode] = deque([root])
    index = 1
    while queue and index < len(items):
        node = queue.popleft()
        for side in ("left", "right"):
            if index < len(items) and items[index] is not None:
                child = TreeNode(items[index])
                setattr(node, side, child)
                queue.append(child)
            index += 1
    return root


def _walk_tree(root: Any, context: Context) -> Iterator[Any]:
    """Nodes in level order, None for missing children; a node met twice is refused."""
    seen: set[int] = set()
    queue: deque[Any] = deque([root])
    while queue:
        node = queue.popleft()
        if node is not None:
            _plain(node, ("val", "left", "right"), "TreeNode", context)
        yield node
        if node is None:
            continue
        if id(node) in seen:
            raise BadAnswer("returned a tree with a cycle or a shared node")
        seen.add(id(node))
        if len(seen) > MAX_NODES:
            raise BadAnswer(f"returned a tree of more than {MAX_NODES:,} nodes")
        queue.append(_get(node, "left", "TreeNode"))
        queue.append(_get(node, "right", "TreeNode"))


def read_tree(root: Any, context: Context) -> list[Any]:
    if root is None:
        return []
    values = [None if node is None else _get(node, "val", "TreeNode") for node in _walk_tree(root, context)]
    while values and values[-1] is None:
        values.pop()
    return values


def _find_node(value: Any, context: Context, shape: str) -> Any:
    """The node of an input structure of `shape` holding `value` (a `.node` input)."""
    if value is None:
        return None
    for kind, root in context.roots:
        if kind.split(".")[0] != shape:
            continue
        walk = _walk_tree(root, context) if shape == "TreeNode" else _walk_list(root, context)
        for node in walk:
            if node is not None and node.val == value:
                return node
    raise ValueError(f"no node with value {value!r} in the input {shape}")


def build_tree_node(value: Any, args: Mapping[str, Any], context: Context) -> Any:
    return _find_node(value, context, "TreeNode")


def read_node_value(node: Any, context: Context) -> Any:
    if node is None:
        return None
    _plain(node, ("val",), "node", context)
    return _get(node, "val", "node")


def read_input_node(node: Any, context: Context) -> Any:
    if node is not None and id(node) not in context.input_ids:
        raise BadAnswer("returned a node that is not one of the input's nodes")
    return read_node_value(node, context)


# -- graphs ---------------------------------------------------------------------------------

def build_graph(value: Any, args: Mapping[str, Any], context: Context) -> Node | None:
    """An adjacency list of nodes 1..n (`[[2,4],[1,3],[2,4],[1,3]]`); the answer is node 1."""
    rows = _links(value, "a graph's input")
    nodes = [Node(i + 1) for i in range(len(rows))]
    for node, row in zip(nodes, rows, strict=True):
        for other in _links(row, "a graph's adjacency row"):
            if not isinstance(other, int) or not 1 <= other <= len(nodes):
                raise ValueError(f"node {node.val} names neighbour {other!r}, not one of 1..{len(nodes)}")
            node.neighbors.append(nodes[other - 1])
    return nodes[0] if nodes else None


def _walk_graph(start: Any, context: Context) -> list[Any]:
    seen = {id(start): start}
    queue: deque[Any] = deque([start])
    while queue:
        node = queue.popleft()
        _plain(node, ("val", "neighbors"), "Node", context)
        for other in _links(_get(node, "neighbors", "Node"), f"node {node.val}'s neighbors"):
            if id(other) not in seen:
                seen[id(other)] = other
                if len(seen) > MAX_NODES:
                    raise BadAnswer(f"returned a graph of more than {MAX_NODES:,} nodes")
                queue.append(other)
    return list(seen.values())


def read_graph(start: Any, context: Context) -> list[list[Any]]:
    if start is None:
        return []
    nodes = _walk_graph(start, context)
    if any(id(node) in context.input_ids for node in nodes):
        raise BadAnswer("returned the input's nodes instead of a copy")
    by_value = {}
    for node in nodes:
        value = _get(node, "val", "Node")
        if not isinstance(value, int) or not 1 <= value <= len(nodes) or value in by_value:
            raise BadAnswer(f"returned a graph whose node values are not 1..{len(nodes)} once each")
        by_value[value] = node
    return [[other.val for other in by_value[i].neighbors] for i in range(1, len(nodes) + 1)]


SHAPES: dict[str, Shape] = {
    "ListNode": Shape(build_list, read_list, text="a linked list, written as a list: [1,2,3]"),
    "list[ListNode]": Shape(build_lists, read_lists,
                            text="a list of linked lists, written as a list of lists: [[1,4,5],[2,6]]"),
    "ListNode.cycle": Shape(build_cycle, None, extra=("pos",),
                            text="a linked list whose tail links to index `pos` of the input (-1: none)"),
    "TreeNode": Shape(build_tree, read_tree,
                      text="a binary tree in level order with nulls: [3,9,20,null,null,15,7]"),
    "TreeNode.node": Shape(build_tree_node, read_node_value,
                           text="a node of the input tree, written as its value"),
    "TreeNode.input_node": Shape(None, read_input_node, identity=True,
                                 text="an answer that must be one of the input tree's own nodes, shown by value"),
    "Node": Shape(build_graph, read_graph, identity=True,
                  text="a graph as an adjacency list of nodes 1..n: [[2,4],[1,3],[2,4],[1,3]]; "
                       "an answer must be new nodes"),
}
INPUT_SHAPES = tuple(name for name, shape in SHAPES.items() if shape.build is not None)
ANSWER_SHAPES = tuple(name for name, shape in SHAPES.items() if shape.read is not None)


def _node_ids(root: Any, shape: str) -> Iterator[int]:
    """Every node of an input structure just built (trusted: built here)."""
    stack = [root]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if node is None or id(node) in seen:
            continue
        if isinstance(node, list):  # a list of linked lists: its heads, not itself
            stack += node
            continue
        seen.add(id(node))
        yield id(node)
        if isinstance(node, ListNode):
            stack.append(node.next)
        elif isinstance(node, TreeNode):
            stack += (node.left, node.right)
        elif isinstance(node, Node):
            stack += node.neighbors


def build_inputs(args: Mapping[str, Any], types: Mapping[str, str], answer: str | None
                 ) -> tuple[dict[str, Any], Context]:
    """The solution's keyword arguments with every typed input built, and the call's context.

    Structures first, then `.node` inputs (which name nodes of those structures); the keys a
    shape consumes (`pos`) are not passed on.
    """
    context = Context()
    built = dict(args)
    later = [name for name in types if name in args and types[name].endswith(".node")]
    for name, shape in types.items():
        if name in args and name not in later and SHAPES[shape].build is not None:
            built[name] = SHAPES[shape].build(args[name], args, context)  # type: ignore[misc]
            context.roots.append((shape, built[name]))
    for name in later:
        built[name] = SHAPES[types[name]].build(args[name], args, context)  # type: ignore[misc]
    for shape in types.values():
        for key in SHAPES[shape].extra:
            built.pop(key, None)
    if answer is not None and SHAPES[answer].identity:
        for shape, root in context.roots:
            context.input_ids.update(_node_ids(root, shape))
    return built, context


def read_answer(value: Any, shape: str, context: Context) -> Any:
    """The answer as a plain value, or Unreadable saying why it cannot be one."""
    try:
        return SHAPES[shape].read(value, context)  # type: ignore[misc]
    except BadAnswer as exc:
        return Unreadable(str(exc))
    except RecursionError:
        return Unreadable(f"reading the returned {shape} recursed too deeply")
    except Exception as exc:  # the solution's own node code failed while read
        return Unreadable(f"reading the returned {shape} raised {type(exc).__name__}: {exc}")
