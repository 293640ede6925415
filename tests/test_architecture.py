"""The package's shape stays as docs/architecture.md describes it.

Read from the source with ast (nothing is imported): every `import` counts, at module
level or inside a function, except under `if TYPE_CHECKING:`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "judge"
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80
# judge/complexity is numbers in, numbers out: it may import only itself (and numpy/scipy).
PURE = "judge.complexity"
# Layers, lowest first: a module may import its own layer and those below, never above.
LAYERS = (
    ("judge.version", "judge.errors", "judge.preview", "judge.verdicts", "judge.complexity", "judge.checkers"),
    ("judge.problem", "judge.sandbox"),
    ("judge.report",),
    ("judge.judging",),
    ("judge.api",),
    ("judge.authoring", "judge.batch", "judge.reports"),
    ("judge.cli", "judge.__main__", "judge"),
)


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if "problems" in parts or "template" in parts:
            continue  # bundled problems and templates are data, not the judge's code
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = _modules()


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST) -> Iterator[str]:
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            yield from (name for child in node.orelse for name in _imports(child))
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                yield sub if sub in MODULES else node.module
        yield from _imports(node)


def _graph() -> dict[str, set[str]]:
    return {name: {m for m in _imports(ast.parse(path.read_text(encoding="utf-8")))
                   if m in MODULES and m != name} for name, path in MODULES.items()}


def _layer(module: str) -> int:
    best, length = -1, -1
    for rank, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            matches = module == prefix or module.startswith(prefix + ".")
            if matches and len(prefix) > length:
                best, length = rank, len(prefix)
    return best


def test_every_module_has_a_layer() -> None:
    assert [m for m in MODULES if _layer(m) < 0] == []


def test_no_import_cycles() -> None:
    graph = _graph()
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt):], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)
    assert cycles == []


def test_complexity_is_pure() -> None:
    graph = _graph()
    leaks = {m: sorted(d for d in deps if not d.startswith(PURE)) for m, deps in graph.items()
             if m.startswith(PURE)}
    assert {m: d for m, d in leaks.items() if d} == {}


def test_layers_only_import_downwards() -> None:
    graph = _graph()
    upward = sorted(f"{m} -> {d}" for m, deps in graph.items() for d in deps if _layer(d) > _layer(m))
    assert upward == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_modules_and_functions_fit_on_a_screen(module: str) -> None:
    text = MODULES[module].read_text(encoding="utf-8")
    assert len(text.splitlines()) <= MAX_MODULE_LINES
    long = [f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"  # type: ignore[operator]
            for node in ast.walk(ast.parse(text))
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES]  # type: ignore[operator]
    assert long == []
