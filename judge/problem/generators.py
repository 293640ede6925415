"""generator.py of a problem folder: its input families, loaded and checked as format rules.

A generator is the author's code; everything it gets wrong (an import error, a crash at
some n, a value that is not JSON) is a problem-format error that names generator.py and
the fix, never a traceback.
"""

from __future__ import annotations

import importlib.util
import inspect
import json
import random
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any

from judge.errors import ProblemFormatError
from judge.problem.diagnostics import Diagnostics
from judge.problem.model import Problem

Generator = Callable[[int, random.Random], Mapping[str, Any]]


def import_generator(problem: Problem) -> ModuleType:
    """generator.py as a module; a clear format error if it fails to import."""
    path = problem.generator
    try:
        spec = importlib.util.spec_from_file_location(f"judge_generator_{problem.slug}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    except Exception as exc:
        diag = Diagnostics(problem.root)
        diag.error(path, f"fails to import: {type(exc).__name__}: {exc}.", "Fix the error in generator.py.")
        raise ProblemFormatError(diag) from None
    return module


def load_generators(problem: Problem, module: ModuleType | None = None) -> dict[str, Generator]:
    """generate() and every generate_<family>() of generator.py; format errors if broken."""
    if module is None:
        module = import_generator(problem)
    families = {
        name: fn for name, fn in vars(module).items()
        if (name == "generate" or name.startswith("generate_")) and inspect.isfunction(fn)
    }
    if "generate" not in families:
        diag = Diagnostics(problem.root)
        diag.error(problem.generator, "defines no function generate(n, rng).",
                   "Add def generate(n: int, rng: random.Random) -> dict.")
        raise ProblemFormatError(diag)
    return dict(sorted(families.items(), key=lambda kv: (kv[0] != "generate", kv[0])))


def checked_generator(problem: Problem, name: str, function: Generator) -> Generator:
    """Wrap a generator so a crash or a non-JSON result becomes a clear format error."""

    def generate(n: int, rng: Any) -> Mapping[str, Any]:
        diag = Diagnostics(problem.root)
        try:
            value = function(n, rng)
        except Exception as exc:
            diag.error(problem.generator, f"{name}(n={n}) raised {type(exc).__name__}: {exc}.",
                       "Make it return valid keyword arguments for every n on the ladder.")
            raise ProblemFormatError(diag) from None
        if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
            diag.error(problem.generator, f"{name}(n={n}) returned {type(value).__name__}, not a dict of arguments.",
                       "Return a dict of keyword arguments, e.g. {'nums': [...]}.")
            raise ProblemFormatError(diag)
        try:
            json.dumps(value)
        except (TypeError, ValueError) as exc:
            diag.error(problem.generator, f"{name}(n={n}) returned a value that is not JSON: {exc}.",
                       "Use lists, dicts, str, int, float, bool and None only.")
            raise ProblemFormatError(diag) from None
        return value

    return generate
