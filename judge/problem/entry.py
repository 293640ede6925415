"""The entry a problem declares: the reference's parameters, in order.

Solutions may name their parameters differently (LeetCode's camelCase, a renamed
argument); the reference's order lets the worker pass arguments by position then.
"""

from __future__ import annotations

import ast
from pathlib import Path


def entry_parameters(path: Path, entry: str) -> tuple[str, ...]:
    """The reference's parameter names, in order (without self), found by parsing its source."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, UnicodeDecodeError):
        return ()
    camel = entry.split("_")[0] + "".join(p.title() for p in entry.split("_")[1:])
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name in (entry, camel):
            names = [a.arg for a in node.args.posonlyargs + node.args.args + node.args.kwonlyargs]
            return tuple(n for n in names if n != "self")
    return ()
