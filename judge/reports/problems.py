"""`judge list`, `judge show` and `judge show --stub`: problems as a person reads them."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from judge.problem.entry import entry_annotations, entry_parameters
from judge.problem.model import Problem
from judge.report import preview

STUB_TYPES = {"list": "List", "dict": "Dict", "set": "Set", "tuple": "Tuple"}


def list_json(problems: Sequence[Problem]) -> str:
    return json.dumps([{"slug": p.slug, "title": p.title, "difficulty": p.difficulty, "time": p.expected_time,
                        "space": p.expected_space, "tags": list(p.tags), "leetcode": p.leetcode,
                        "aliases": list(p.aliases), "path": str(p.root)} for p in problems], indent=2)


def list_rows(problems: Sequence[Problem]) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """The table's header and rows."""
    header: tuple[str, ...] = ("slug", "#", "title", "difficulty", "time", "space", "topics")
    rows: list[tuple[str, ...]] = [(p.slug, str(p.leetcode or ""), p.title, p.difficulty, _in_n(p, "time"),
                                    _in_n(p, "space"), ", ".join(p.tags)) for p in problems]
    return header, rows


def _in_n(p: Problem, axis: str) -> str:
    """A table cell: the class in n where the author wrote several variables (`judge show`
    has their form), else the declared form (per operation for a design problem)."""
    if axis == "time":
        return p.time.name if p.time_notation else p.expected_time
    return p.space.name if p.space_notation else p.expected_space


def show_text(p: Problem) -> str:
    params = ", ".join(entry_parameters(p.reference, p.entry))
    number = f"LeetCode {p.leetcode}, " if p.leetcode else ""
    lines = [f"{p.title}  ({p.slug}, {number}{p.difficulty}{', ' + ', '.join(p.tags) if p.tags else ''})", "",
             p.statement.rstrip(), "",
             f"Entry     def {p.entry}({params})   (or class Solution with method {stub_method(p)})"]
    if p.design:
        lines[-1] = f"Entry     class {p.method or p.entry}, run through LeetCode's operations and arguments"
    if p.codec:
        back = ", ".join(entry_parameters(p.reference, p.codec))
        lines[-1] = (f"Entry     class Codec: {p.entry}({params}) writes a string, {p.codec}({back}) reads it "
                     "back (in another process)")
    if p.types:
        lines.append("Types     " + ", ".join(f"{name}: {shape}" for name, shape in p.types))
    if p.returns:
        lines.append(f"Answer    the argument {p.returns!r} after the call (in place)")
    lines.append(f"Expected  time {p.expected_time}, space {p.expected_space}")
    if p.scaling.limit_n:
        lines.append(f"Limit     n <= {p.scaling.limit_n:,}")
    lines.append(f"Limits    {p.limits.time_limit_s:g} s CPU per test, {p.limits.memory_mb} MiB")
    for test in p.examples:
        lines += ["", f"Example {test.name}:", f"  input   {preview(dict(test.input))}"]
        if test.has_output:
            lines.append(f"  output  {preview(test.output)}")
    return "\n".join(lines)


def stub_method(p: Problem) -> str:
    head, *rest = p.entry.split("_")
    return p.method or head + "".join(part[:1].upper() + part[1:] for part in rest)


def _leetcode_types(annotation: str) -> str:
    return re.sub(r"\b(list|dict|set|tuple)\[", lambda m: STUB_TYPES[m.group(1)] + "[", annotation)


def stub_text(p: Problem) -> str:
    """A starter file in LeetCode's shape: a comment header and class Solution's method."""
    number = f" (LeetCode {p.leetcode})" if p.leetcode else ""
    header = (f"# {p.title}{number}\n# Expected: time {p.expected_time}, space {p.expected_space}.\n"
              f"# Run: judge run {p.slug}.py\n\n\n")
    if p.design:
        return header + f"class {p.method or p.entry}:\n    def __init__(self):\n        pass\n"
    if p.codec:
        return header + "class Codec:\n" + _stub_method(p, p.entry, p.entry) + "\n" + _stub_method(p, p.codec, p.codec)
    return header + "class Solution:\n" + _stub_method(p, p.entry, stub_method(p))


def _stub_method(p: Problem, function: str, name: str) -> str:
    """One method of the starter file, with the reference's parameters and annotations."""
    arguments, returns = entry_annotations(p.reference, function)
    params = "".join(f", {arg}: {_leetcode_types(kind)}" if kind else f", {arg}" for arg, kind in arguments)
    arrow = f" -> {_leetcode_types(returns)}" if returns else ""
    return f"    def {name}(self{params}){arrow}:\n        pass\n"
