"""Typed values in the problem format: the [types] table (LeetCode's linked structures,
written in LeetCode's text forms) and design problems (`design = true`), with their rules.

The shapes themselves (their names, how each is built and read back) live in
judge.sandbox.shapes, where the worker converts them; here they are names to check.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from judge.complexity.classes import (
    CONSTANT,
    CUBIC,
    LINEAR,
    LINEARITHMIC,
    LOGARITHMIC,
    QUADRATIC,
    QUADRATIC_LOG,
    ComplexityClass,
)
from judge.problem.diagnostics import Diagnostics
from judge.problem.model import TestCase
from judge.sandbox.shapes import ANSWER_SHAPES, INPUT_SHAPES, SHAPES

RETURN = "return"  # the [types] key of the answer's shape
DESIGN_KEYS = ("operations", "arguments")
# A design problem declares its time per operation; the complexity phase times n of them.
_FOR_N_OPERATIONS: dict[ComplexityClass, ComplexityClass] = {
    CONSTANT: LINEAR, LOGARITHMIC: LINEARITHMIC, LINEAR: QUADRATIC, LINEARITHMIC: QUADRATIC_LOG, QUADRATIC: CUBIC,
}


def extra_inputs(types: Sequence[tuple[str, str]]) -> frozenset[str]:
    """Input keys a shape consumes besides its parameter (`pos` of ListNode.cycle): not passed
    to the solution, so not among the entry's parameters."""
    return frozenset(key for _, shape in types if shape in SHAPES for key in SHAPES[shape].extra)


def _unknown(name: str, shape: str, allowed: Sequence[str], what: str, path: Path, diag: Diagnostics) -> None:
    close = difflib.get_close_matches(shape, allowed, n=1)
    hint = f"Did you mean {close[0]!r}? " if close else ""
    diag.error(path, f"[types] {name} = {shape!r} is not {what}.", f"{hint}Use one of: {', '.join(allowed)}.")


def read_types(table: Any, path: Path, diag: Diagnostics) -> tuple[tuple[str, str], ...]:
    """[types]: parameter name (or `return`) -> shape name; every unknown shape a finding."""
    if not isinstance(table, dict):
        diag.error(path, "[types] should be a table.", 'Write [types] with lines like head = "ListNode".')
        return ()
    found: list[tuple[str, str]] = []
    for name, shape in table.items():
        if not name.isidentifier():
            diag.error(path, f"[types] key {name!r} is not a parameter name.", "Use the entry's parameter names.")
            continue
        allowed = ANSWER_SHAPES if name == RETURN else INPUT_SHAPES
        what = "a shape an answer can have" if name == RETURN else "a shape an input can have"
        if not isinstance(shape, str) or shape not in allowed:
            _unknown(name, str(shape), allowed, what, path, diag)
            continue
        found.append((name, shape))
    inputs = {shape.split(".")[0] for name, shape in found if name != RETURN and "." not in shape}
    for name, shape in found:
        base = shape.split(".")[0]
        if name != RETURN and shape.endswith(".node") and base not in inputs:
            diag.error(path, f"[types] {name} = {shape!r} names a node of an input {base}, but no parameter is one.",
                       f'Give the structure\'s parameter its shape too, e.g. root = "{base}".')
    return tuple(found)


def check_types(types: Sequence[tuple[str, str]], returns: str | None, tests: Sequence[TestCase],
                path: Path, diag: Diagnostics) -> None:
    """The tests give every typed parameter; an in-place answer's shape can be read back."""
    shapes = dict(types)
    if returns is not None and RETURN in shapes:
        diag.error(path, f"returns = {returns!r} judges that argument after the call, and [types] return = "
                   f"{shapes[RETURN]!r} the returned value.", "Keep one of them.")
    if returns is not None and returns in shapes and shapes[returns] not in ANSWER_SHAPES:
        diag.error(path, f"returns = {returns!r} but its shape {shapes[returns]!r} cannot be read back.",
                   f"Use one of: {', '.join(ANSWER_SHAPES)}.")
    for name, shape in types:
        if name == RETURN:
            continue
        missing = next((t for t in tests if name not in t.input), None)
        if missing is not None:
            diag.error(missing.path or path, f"[types] gives {name!r} a shape, but this test has no argument {name!r}.",
                       "Name an argument of the entry function in [types].")
        for key in SHAPES[shape].extra:
            bad = next((t for t in tests if not _valid_pos(t.input.get(key, -1), t.input.get(name))), None)
            if bad is not None:
                diag.error(bad.path or path, f"{key} = {bad.input.get(key)!r} is not -1 or an index of {name}.",
                           f"Write the index the tail links to, or -1 for no cycle (LeetCode's {key}).")


def _valid_pos(pos: Any, values: Any) -> bool:
    size = len(values) if isinstance(values, list) else 0
    return isinstance(pos, int) and not isinstance(pos, bool) and -1 <= pos < size


def check_design(tests: Sequence[TestCase], types: Sequence[tuple[str, str]], returns: str | None,
                 path: Path, diag: Diagnostics) -> None:
    """Every test is LeetCode's pair of lists, with one result per operation."""
    if types:
        diag.error(path, "[types] is not used by a design problem (its tests are operations and arguments).",
                   "Remove [types], or design = true.")
    if returns is not None:
        diag.error(path, "returns is not used by a design problem (its answer is the list of results).",
                   "Remove returns.")
    for test in tests:
        where = test.path or path
        operations, arguments = test.input.get("operations"), test.input.get("arguments")
        if set(test.input) != set(DESIGN_KEYS) or not isinstance(operations, list) or \
                not isinstance(arguments, list) or len(operations) != len(arguments) or not operations:
            diag.error(where, 'a design test\'s input is {"operations": [...], "arguments": [...]}, two lists '
                       "of one length, the first operation the constructor.",
                       'Copy LeetCode\'s example: ["LRUCache","put","get"] and [[2],[1,1],[1]].')
            continue
        if not all(isinstance(o, str) for o in operations) or not all(isinstance(a, list) for a in arguments):
            diag.error(where, "operations must be method names and arguments a list per operation.",
                       'Write e.g. "operations": ["LRUCache","get"], "arguments": [[2],[1]].')
        if test.has_output and (not isinstance(test.output, list) or len(test.output) != len(operations)):
            diag.error(where, f"the output must list one result per operation ({len(operations)}), "
                       "null for the constructor and for methods that return nothing.",
                       "Copy LeetCode's output, e.g. [null,null,1].")


def for_n_operations(per_operation: ComplexityClass, path: Path, diag: Diagnostics) -> ComplexityClass | None:
    """The class of n operations, each of the declared per-operation class."""
    total = _FOR_N_OPERATIONS.get(per_operation)
    if total is None:
        known = ", ".join(c.name for c in _FOR_N_OPERATIONS)
        diag.error(path, f"[complexity] time = {per_operation.name!r} per operation has no class for n operations.",
                   f"A design problem's time is per operation: use one of {known}.")
    return total
