"""What a solution's source shows about memory CPython allocates on its behalf.

Interviews call a solution that sorts in place "O(1) space", but CPython's list.sort keeps a
merge buffer of up to n/2 pointers, a `key=` builds an array of n keys, and every level of
recursion keeps a frame: the judge measures them (rightly), and the report says where
they come from. Read from the syntax tree only; the source is never run here.
"""

from __future__ import annotations

import ast

from judge.report import Allocator


def allocators(source: str) -> tuple[Allocator, ...]:
    """The allocations CPython makes for this source that a reader might not see."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return ()
    found: set[Allocator] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_sort(node.func):
            found.add("sort")
            if any(k.arg == "key" for k in node.keywords):
                found.add("sort_key")
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and _calls_itself(node):
            found.add("recursion")
    return tuple(a for a in ("sort", "sort_key", "recursion") if a in found)


def _is_sort(func: ast.expr) -> bool:
    return (isinstance(func, ast.Attribute) and func.attr == "sort") or \
        (isinstance(func, ast.Name) and func.id == "sorted")


def _calls_itself(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """A call to its own name, plainly or as self.name (a recursive method)."""
    for node in ast.walk(function):
        if isinstance(node, ast.Call):
            callee = node.func
            if isinstance(callee, ast.Name) and callee.id == function.name:
                return True
            if isinstance(callee, ast.Attribute) and callee.attr == function.name:
                return True
    return False
