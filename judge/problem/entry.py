"""The entry a problem declares: the reference's parameters, in order.

Solutions may name their parameters differently (LeetCode's camelCase, a renamed
argument); the reference's order lets the worker pass arguments by position then.
"""

from __future__ import annotations

import ast
from pathlib import Path


def _definition(path: Path, entry: str) -> ast.FunctionDef | None:
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, UnicodeDecodeError):
        return None
    camel = entry.split("_")[0] + "".join(p.title() for p in entry.split("_")[1:])
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name in (entry, camel):
            return node
    return None


def entry_parameters(path: Path, entry: str) -> tuple[str, ...]:
    """The reference's parameter names, in order (without self), found by parsing its source."""
    node = _definition(path, entry)
    if node is None:
        return ()
    names = [a.arg for a in node.args.posonlyargs + node.args.args + node.args.kwonlyargs]
    return tuple(n for n in names if n != "self")


def entry_annotations(path: Path, entry: str) -> tuple[tuple[tuple[str, str | None], ...], str | None]:
    """((name, annotation source or None), ...) and the return annotation, from the reference:
    what a starter file's signature shows."""
    node = _definition(path, entry)
    if node is None:
        return (), None
    arguments = [a for a in node.args.posonlyargs + node.args.args + node.args.kwonlyargs if a.arg != "self"]
    shown = tuple((a.arg, ast.unparse(a.annotation) if a.annotation else None) for a in arguments)
    return shown, ast.unparse(node.returns) if node.returns else None
