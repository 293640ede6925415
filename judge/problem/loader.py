"""Read a problem folder into a `Problem`, collecting every finding before failing."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

from judge.complexity.classes import ComplexityClass, parse
from judge.complexity.notation import reduce
from judge.errors import ProblemFormatError
from judge.problem import typed
from judge.problem.diagnostics import Diagnostics
from judge.problem.model import (
    MISSING,
    CheckerSpec,
    Group,
    Limits,
    Problem,
    Scaling,
    TestCase,
)

SLUG_RE = re.compile(r"^[a-z][a-z0-9_]*$")
DIFFICULTIES = ("easy", "medium", "hard")
REQUIRED_FILES = ("problem.toml", "statement.md", "reference.py", "generator.py")

# key -> (accepted types, human type name); a section maps to its own key table.
_TOP: dict[str, tuple[tuple[type, ...], str]] = {
    "title": ((str,), "a string"),
    "entry": ((str,), "a function name"),
    "difficulty": ((str,), "one of easy, medium, hard"),
    "tags": ((list,), "a list of strings"),
    "returns": ((str,), "an argument name"),
    "method": ((str,), "a method name, e.g. \"maxSubArray\""),
    "leetcode": ((int,), "LeetCode's problem number"),
    "aliases": ((list,), "a list of other slugs"),
    "design": ((bool,), "true or false"),
    "codec": ((str,), "the method that reads back the entry's string, e.g. \"deserialize\""),
}
_SECTIONS: dict[str, dict[str, tuple[tuple[type, ...], str]]] = {
    "complexity": {"time": ((str,), 'a string like "O(n)"'), "space": ((str,), 'a string like "O(n)"'),
                   "space_counts_output": ((bool,), "true or false"),
                   "variables": ((dict,), 'a table like { V = "n", E = "2n" }')},
    "limits": {"time_limit_s": ((int, float), "a number of seconds"), "memory_mb": ((int,), "a whole number of MiB")},
    "checker": {"kind": ((str,), "a checker name"), "tolerance": ((int, float), "a number")},
    "scaling": {"min_n": ((int,), "a whole number"), "max_n": ((int,), "a whole number"),
                "limit_n": ((int,), "the largest n the problem promises, e.g. 100000")},
}


def load_problem(root: Path | str) -> Problem:
    """Load and validate a problem folder; raise ProblemFormatError listing every finding."""
    root = Path(root).resolve()
    diag = Diagnostics(root)
    problem = _load(root, diag)
    if diag.errors or problem is None:
        raise ProblemFormatError(diag)
    return problem


def _load(root: Path, diag: Diagnostics) -> Problem | None:
    if not root.is_dir():
        diag.error(root, "is not a folder.", "Pass the path of a problem folder or a problem slug.")
        return None
    for name in REQUIRED_FILES:
        if not (root / name).is_file():
            diag.error(root / name, "is missing.", f"Create {name} (see docs/problem-format.md).")
    if not SLUG_RE.match(root.name):
        diag.error(root, f"folder name {root.name!r} is not a valid slug.",
                   "Use lowercase letters, digits and underscores, starting with a letter.")
    meta = _read_toml(root / "problem.toml", diag)
    statement = _read_text(root / "statement.md", diag)
    for name in ("reference.py", "generator.py", "checker.py"):
        _check_syntax(root / name, diag)
    tests = _read_tests(root / "tests", diag)
    if meta is None:
        return None
    return _build(root, meta, statement, tests, diag)


def _read_text(path: Path, diag: Diagnostics) -> str:
    if not path.is_file():
        return ""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        diag.error(path, f"cannot be read as UTF-8 text ({exc}).", "Save it as UTF-8.")
        return ""


def _read_toml(path: Path, diag: Diagnostics) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        diag.error(path, f"is not valid TOML: {exc}.", "Fix the syntax at that line.")
    except (OSError, UnicodeDecodeError) as exc:
        diag.error(path, f"cannot be read ({exc}).", "Save it as UTF-8 text.")
    return None


def _check_syntax(path: Path, diag: Diagnostics) -> None:
    if not path.is_file():
        return
    try:
        compile(path.read_bytes(), str(path), "exec")
    except SyntaxError as exc:
        diag.error(path, f"has a syntax error at line {exc.lineno}: {exc.msg}.", "Fix the Python syntax.")
    except (ValueError, OSError) as exc:
        diag.error(path, f"cannot be compiled ({exc}).", "Save it as UTF-8 Python source.")


def _typed(diag: Diagnostics, path: Path, table: dict[str, Any], key: str, where: str,
           spec: tuple[tuple[type, ...], str]) -> Any:
    value = table[key]
    types, human = spec
    if (isinstance(value, bool) and bool not in types) or not isinstance(value, types):
        diag.error(path, f"{where}{key} = {value!r} should be {human}.", f"Change {key} to {human}.")
        return None
    return value


def _build(root: Path, meta: dict[str, Any], statement: str, tests: tuple[TestCase, ...],
           diag: Diagnostics) -> Problem | None:
    path = root / "problem.toml"
    values: dict[str, Any] = {}
    for key, table in meta.items():
        if key in _SECTIONS:
            if not isinstance(table, dict):
                diag.error(path, f"[{key}] should be a table.", f"Write it as a [{key}] section.")
                continue
            for sub in table:
                if sub not in _SECTIONS[key]:
                    known = ", ".join(_SECTIONS[key])
                    diag.error(path, f"unknown key {sub!r} in [{key}].", f"Use one of: {known}.")
                else:
                    values[f"{key}.{sub}"] = _typed(diag, path, table, sub, f"[{key}] ", _SECTIONS[key][sub])
        elif key in _TOP:
            values[key] = _typed(diag, path, meta, key, "", _TOP[key])
        elif key == "types":
            values["types"] = typed.read_types(table, path, diag)
        else:
            known = ", ".join([*_TOP, *(f"[{s}]" for s in (*_SECTIONS, "types"))])
            diag.error(path, f"unknown key {key!r}.", f"Use one of: {known}.")

    for required in ("title", "entry", "complexity.time", "complexity.space"):
        if required not in values:
            key = required.replace("complexity.", "[complexity] ")
            diag.error(path, f"{key} is missing.", "Add it (see docs/problem-format.md).")
    entry = values.get("entry")
    if isinstance(entry, str) and not entry.isidentifier():
        diag.error(path, f"entry = {entry!r} is not a Python identifier.", "Name the entry function.")
    method = values.get("method")
    if isinstance(method, str) and not method.isidentifier():
        diag.error(path, f"method = {method!r} is not a Python identifier.",
                   "Write LeetCode's method name, e.g. maxSubArray.")
    difficulty = values.get("difficulty") or "medium"
    if difficulty not in DIFFICULTIES:
        diag.error(path, f"difficulty = {difficulty!r} is not one of {', '.join(DIFFICULTIES)}.",
                   "Pick one of those.")
    tags = values.get("tags") or []
    if not all(isinstance(t, str) for t in tags):
        diag.error(path, "tags should be a list of strings.", 'Write tags = ["array", "hash table"].')
        tags = []

    variables = _variables(values.get("complexity.variables"), path, diag)
    time_cls = _complexity(values.get("complexity.time"), "time", variables, path, diag)
    operation_time, time_cls = _operations(values, tests, time_cls, path, diag)
    space_cls = _complexity(values.get("complexity.space"), "space", variables, path, diag)
    limits = _limits(values, path, diag)
    checker = _checker(root, values, path, diag)
    scaling = _scaling(values, path, diag)
    if values.get("returns") is not None and tests:
        name = values["returns"]
        for test in tests:
            if name not in test.input:
                diag.error(test.path or root, f"returns = {name!r} but this test has no argument {name!r}.",
                           "Name an argument of the entry function in `returns`.")
                break
    if not tests and (root / "tests").is_dir():
        diag.error(root / "tests", "has no *.json tests.", "Add at least one test file.")

    if diag.errors or time_cls is None or space_cls is None or not isinstance(entry, str):
        return None
    return Problem(
        slug=root.name, root=root, title=values["title"], entry=entry, time=time_cls,
        space=space_cls, difficulty=difficulty, tags=tuple(tags), returns=values.get("returns"),
        method=method if isinstance(method, str) else None, limits=limits, checker=checker, scaling=scaling,
        statement=statement, tests=tests, leetcode=values.get("leetcode"),
        space_counts_answer=bool(values.get("complexity.space_counts_output", False)),
        aliases=_aliases(values, path, diag), types=values.get("types") or (), design=bool(values.get("design")),
        operation_time=operation_time, variables=tuple(variables.items()), codec=_codec(values, path, diag),
        time_notation=values["complexity.time"] if variables else None,
        space_notation=values["complexity.space"] if variables else None,
    )


def _operations(values: dict[str, Any], tests: tuple[TestCase, ...], time_cls: ComplexityClass | None,
                path: Path, diag: Diagnostics) -> tuple[ComplexityClass | None, ComplexityClass | None]:
    """[types] and design checked against the tests; for a design problem the declared time
    is per operation, and the class the complexity phase judges is that of n operations."""
    types, returns = values.get("types") or (), values.get("returns")
    if not values.get("design"):
        typed.check_types(types, returns, tests, path, diag)
        return None, time_cls
    typed.check_design(tests, types, returns, path, diag)
    return time_cls, typed.for_n_operations(time_cls, path, diag) if time_cls is not None else None


def _codec(values: dict[str, Any], path: Path, diag: Diagnostics) -> str | None:
    codec = values.get("codec")
    if codec is None:
        return None
    if not codec.isidentifier() or codec == values.get("entry"):
        diag.error(path, f"codec = {codec!r} should name the method that reads back the entry's string.",
                   'Write e.g. entry = "serialize" and codec = "deserialize".')
    if values.get("design") or values.get("returns"):
        diag.error(path, "codec cannot be combined with design or returns.", "Keep codec alone.")
    return codec


def _aliases(values: dict[str, Any], path: Path, diag: Diagnostics) -> tuple[str, ...]:
    aliases = values.get("aliases") or []
    if not all(isinstance(a, str) and SLUG_RE.match(a) for a in aliases):
        diag.error(path, f"aliases = {aliases!r} must be a list of slugs.", 'Write aliases = ["max_profit"].')
        return ()
    return tuple(aliases)


def _complexity(text: Any, which: str, variables: dict[str, str], path: Path,
                diag: Diagnostics) -> ComplexityClass | None:
    """The declared class in n: a usual form, or with [complexity.variables] any expression in
    the declared variables (O(V + E), O(m * n)) reduced to its class in n."""
    if not isinstance(text, str):
        return None
    try:
        return reduce(text, variables) if variables else parse(text)
    except ValueError as exc:
        if variables:
            diag.error(path, f"[complexity] {which} = {text!r} cannot be read in n: {exc}.",
                       'Write it with n and the variables of [complexity.variables], e.g. "O(V + E)".')
        else:
            diag.error(path, f"[complexity] {which} = {text!r}: {exc}.", 'Write it like "O(n log n)"; '
                       'for other variables (O(V + E), O(m * n)) say how each grows with n in '
                       '[complexity.variables], e.g. V = "n", E = "2n".')
        return None


def _variables(table: Any, path: Path, diag: Diagnostics) -> dict[str, str]:
    """[complexity.variables]: each variable of the notation as an expression in n."""
    if not isinstance(table, dict):
        return {}
    found: dict[str, str] = {}
    for name, text in table.items():
        if not name.isidentifier() or not isinstance(text, str):
            diag.error(path, f"[complexity.variables] {name} = {text!r} should name a variable and its growth.",
                       'Write e.g. V = "n", E = "2n", m = "sqrt n".')
            continue
        try:
            reduce(text, {})
        except ValueError as exc:
            diag.error(path, f"[complexity.variables] {name} = {text!r} cannot be read in n: {exc}.",
                       'Write an expression in n, e.g. "n", "2n", "sqrt n", "n / 4", "log n".')
            continue
        found[name] = text
    return found


def _or(value: Any, default: Any) -> Any:
    """The default only when the key is absent (or had the wrong type): 0 is a value to check."""
    return default if value is None else value


def _limits(values: dict[str, Any], path: Path, diag: Diagnostics) -> Limits:
    default = Limits()
    time_limit = _or(values.get("limits.time_limit_s"), default.time_limit_s)
    memory = _or(values.get("limits.memory_mb"), default.memory_mb)
    if not 0 < time_limit <= 600:
        diag.error(path, f"[limits] time_limit_s = {time_limit} is out of range.", "Use 0 < seconds <= 600.")
    if not 16 <= memory <= 16384:
        diag.error(path, f"[limits] memory_mb = {memory} is out of range.", "Use 16 to 16384 MiB.")
    return Limits(time_limit_s=float(time_limit), memory_mb=int(memory))


def _checker(root: Path, values: dict[str, Any], path: Path, diag: Diagnostics) -> CheckerSpec:
    from judge.checkers import CHECKERS  # late: the registry imports nothing of ours back

    kind = values.get("checker.kind") or "exact"
    tolerance = values.get("checker.tolerance")
    tolerance = 1e-6 if tolerance is None else float(tolerance)
    if kind not in CHECKERS:
        diag.error(path, f"[checker] kind = {kind!r} is unknown.", f"Use one of: {', '.join(sorted(CHECKERS))}.")
    if tolerance < 0:
        diag.error(path, "[checker] tolerance must not be negative.", "Use e.g. 1e-6.")
    custom = root / "checker.py"
    return CheckerSpec(kind=kind, tolerance=tolerance, custom=custom if custom.is_file() else None)


def _scaling(values: dict[str, Any], path: Path, diag: Diagnostics) -> Scaling:
    default = Scaling()
    min_n = _or(values.get("scaling.min_n"), default.min_n)
    max_n = _or(values.get("scaling.max_n"), default.max_n)
    if min_n < 1 or max_n < min_n * 4:
        diag.error(path, f"[scaling] min_n = {min_n}, max_n = {max_n}: need 1 <= min_n and max_n >= 4 * min_n.",
                   "Widen the range so the complexity phase can see growth.")
    limit_n = values.get("scaling.limit_n")
    if limit_n is not None and limit_n < 1:
        diag.error(path, f"[scaling] limit_n = {limit_n} is not a size.", "Write the constraint's largest n.")
        limit_n = None
    return Scaling(min_n=int(min_n), max_n=int(max_n), limit_n=limit_n)


def _read_tests(folder: Path, diag: Diagnostics) -> tuple[TestCase, ...]:
    if not folder.is_dir():
        diag.error(folder, "is missing.", "Create tests/ with at least one example_1.json.")
        return ()
    tests: list[TestCase] = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            diag.error(path, f"is not valid JSON: {exc}.", "Fix the JSON syntax.")
            continue
        if not isinstance(data, dict) or not isinstance(data.get("input"), dict):
            diag.error(path, 'needs an object with an "input" object of keyword arguments.',
                       'Write {"input": {"nums": [1, 2]}, "output": 3}.')
            continue
        unknown = set(data) - {"input", "output", "name", "comment"}
        if unknown:
            diag.error(path, f"unknown keys {sorted(unknown)}.", "Use input, output, name, comment.")
        bad = [k for k in data["input"] if not isinstance(k, str) or not k.isidentifier()]
        if bad:
            diag.error(path, f"input keys {bad} are not argument names.", "Use the entry's parameter names.")
        group: Group = "example" if path.stem.startswith("example") else "hidden"
        tests.append(TestCase(
            name=str(data.get("name") or path.stem), group=group, input=data["input"],
            output=data.get("output", MISSING), path=path,
            comment=str(data.get("comment") or ""),
        ))
    tests.sort(key=lambda t: (t.group != "example", t.path.name if t.path else t.name))
    return tuple(tests)
