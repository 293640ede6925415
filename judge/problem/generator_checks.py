"""Format rules a generator must meet beyond loading: deterministic, valid, and growing with n.

The complexity phase depends on these silently: a generator that draws from the global
random module makes runs unrepeatable, an invalid input judges solutions on a problem
nobody posed, and one that ignores n times the same work at every size. `judge verify`
runs these checks; each finding goes into a Diagnostics, so all are reported at once.
"""

from __future__ import annotations

import inspect
import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from judge.complexity.measure import input_rng
from judge.errors import ProblemFormatError
from judge.preview import preview
from judge.problem.diagnostics import Diagnostics
from judge.problem.entry import entry_parameters
from judge.problem.generators import Generator, checked_generator, import_generator, load_generators
from judge.problem.model import Problem
from judge.problem.typed import DESIGN_KEYS, extra_inputs

GENERATOR_BUDGET_S = 10.0  # wall seconds per input family; past it only the largest size is still checked
NO_VALIDATE_NOTE = ("generator.py defines no validate(input); generated inputs were not checked "
                    "against the constraints")

Validator = Callable[[Any], Any]
Shape = tuple[int, float]  # (items, magnitude), see input_shape


def ladder_sizes(min_n: int, max_n: int) -> list[int]:
    """The sizes the complexity phase doubles through: min_n, 2 min_n, ..., max_n."""
    sizes, n = [], max(1, min_n)
    while n < max_n:
        sizes.append(n)
        n *= 2
    return [*sizes, max_n]


def input_shape(value: Any) -> Shape:
    """(items, magnitude): elements of every list/dict plus string lengths, and the largest
    number. Together they tell whether an input grows with n, whether n is a length or a value."""
    items, magnitude = 0, 0.0
    stack = list(value.values()) if isinstance(value, dict) else [value]
    while stack:
        item = stack.pop()
        if isinstance(item, (list, tuple)):
            items += len(item)
            stack.extend(item)
        elif isinstance(item, dict):
            items += len(item)
            stack.extend(item.values())
        elif isinstance(item, str):
            items += len(item)
        elif isinstance(item, (int, float)) and not isinstance(item, bool):
            with_float = abs(float(item)) if abs(item) < 1e300 else 1e300
            magnitude = max(magnitude, with_float)
    return items, magnitude


def grows(small: Shape, large: Shape) -> bool:
    """Whether the larger input really is bigger: half as many items again, or twice the value."""
    return large[0] >= max(small[0] * 1.5, small[0] + 1) or large[1] >= max(small[1] * 2, small[1] + 1)


def load_validate(problem: Problem, module: ModuleType, diag: Diagnostics) -> Validator | None:
    """validate() from generator.py, if the author defined one (it is optional)."""
    function = getattr(module, "validate", None)
    if function is None:
        return None
    if not inspect.isfunction(function):
        diag.error(problem.generator, "validate is defined but is not a function.",
                   "Define def validate(input: dict) -> str | None.")
        return None
    return function


def check_generators(problem: Problem, diag: Diagnostics, *, seed: int = 0, up_to_n: int | None = None) -> list[str]:
    """Every generator rule on `problem`, tests validated too; findings go into `diag`.
    `up_to_n` checks the ladder's sizes up to that n only (verify --quick).

    Returns notes: facts worth telling the author that are no fault (no validate(), sizes
    left unchecked for time).
    """
    try:
        module = import_generator(problem)
        families = load_generators(problem, module)
    except ProblemFormatError as exc:
        diag.findings.extend(exc.diagnostics.findings)
        return []
    validate = load_validate(problem, module, diag)
    params = frozenset(entry_parameters(problem.reference, problem.entry))
    if problem.design:  # a design problem's input is LeetCode's operations and arguments
        params = frozenset(DESIGN_KEYS)
    checks = _GeneratorChecks(problem, diag, seed, params | extra_inputs(problem.types) if params else params,
                              validate)
    notes: list[str] = []
    if validate is None:
        notes.append(NO_VALIDATE_NOTE)
    for test in problem.tests:
        checks.valid(test.input, test.path or problem.root / "tests", f"test {test.name!r}")
    sizes = ladder_sizes(problem.scaling.min_n, problem.scaling.max_n)
    if up_to_n is not None and sizes[-1] > up_to_n:
        sizes = [n for n in sizes if n <= up_to_n] or sizes[:1]
        notes.append(f"generators checked up to n = {sizes[-1]:,} only (--quick)")
    for name, function in families.items():
        notes += checks.family(name, function, sizes)
    return notes


@dataclass(frozen=True)
class _GeneratorChecks:
    """What every family's check needs, so each step reads as one call."""

    problem: Problem
    diag: Diagnostics
    seed: int
    params: frozenset[str]  # the entry's parameter names; empty when they cannot be read
    validate: Validator | None

    def family(self, name: str, function: Generator, sizes: Sequence[int]) -> list[str]:
        """Sample one family up the ladder (within its time budget), then check it grows."""
        generate = checked_generator(self.problem, name, function)
        shapes: list[tuple[int, Shape]] = []
        skipped: list[int] = []
        deadline = time.monotonic() + GENERATOR_BUDGET_S
        for n in sizes:
            if time.monotonic() > deadline and n != sizes[-1]:
                skipped.append(n)
                continue
            sample = self.sample(name, generate, n)
            if sample is None:
                break
            shapes.append((n, input_shape(sample)))
        self.growth(name, shapes)
        if not skipped:
            return []
        return [f"{name}: sizes {skipped[0]:,} to {skipped[-1]:,} not checked "
                f"(over {GENERATOR_BUDGET_S:g} s); n = {sizes[-1]:,} was"]

    def sample(self, name: str, generate: Generator, n: int) -> Mapping[str, Any] | None:
        """One input at size n, generated twice; None after reporting what is wrong with it."""
        try:
            first = generate(n, input_rng(self.seed, name, n, 0))
            again = generate(n, input_rng(self.seed, name, n, 0))
        except ProblemFormatError as exc:
            self.diag.findings.extend(exc.diagnostics.findings)
            return None
        file = self.problem.generator
        if json.dumps(first, sort_keys=True) != json.dumps(again, sort_keys=True):
            self.diag.error(file, f"{name}(n={n}) is not deterministic: the same seed gave two different inputs.",
                            "Draw every random choice from the rng argument "
                            "(rng.randint, rng.random, rng.shuffle), never from the random module or the clock.")
            return None
        unknown = sorted(set(first) - self.params) if self.params else []
        if unknown:
            self.diag.error(file, f"{name}(n={n}) returns arguments {unknown} that "
                            f"{self.problem.entry}() in reference.py does not take.",
                            f"Use the entry's parameter names: {', '.join(sorted(self.params))}.")
            return None
        if self.validate is not None and not self.valid(first, file, f"{name}(n={n}) = {preview(dict(first), 120)}"):
            return None  # the preview only when needed: at the top of the ladder it is not free
        return first

    def valid(self, value: Mapping[str, Any], file: Path, where: str) -> bool:
        """validate(value) is None (True also without a validate()); else an error naming `where`."""
        if self.validate is None:
            return True
        try:
            verdict = self.validate(json.loads(json.dumps(value)))  # a copy: validate must not change the input
        except Exception as exc:
            self.diag.error(self.problem.generator, f"validate() raised {type(exc).__name__}: {exc} on {where}.",
                            "Make validate return a message for invalid inputs instead of raising.")
            return False
        if verdict is None:
            return True
        if not isinstance(verdict, str):
            self.diag.error(self.problem.generator,
                            f"validate() returned {verdict!r} on {where}; it must return None or a str.",
                            "Return None for a valid input and a message otherwise.")
            return False
        self.diag.error(file, f"{where} is invalid: {verdict}.",
                        "Fix the generator (or the test) so it only produces inputs that meet the constraints.")
        return False

    def growth(self, name: str, shapes: Sequence[tuple[int, Shape]]) -> None:
        """An error when the input does not grow with n; a warning when it stops growing
        before max_n, since the top of the ladder would then measure a plateau."""
        if len(shapes) < 2:
            return
        (n0, first), (n1, last) = shapes[0], shapes[-1]
        if not grows(first, last):
            self.diag.error(self.problem.generator, f"{name} ignores n: its input at n = {n1:,} is no bigger than "
                            f"at n = {n0:,} (same number of items and no larger values), so the complexity phase "
                            "would time the same work at every size.",
                            "Make the input's size follow n (e.g. a list of n items), or its value when n is "
                            "the number itself (e.g. the value to factor).")
            return
        tail = 1
        while tail < len(shapes) and shapes[-1 - tail][1] == last:
            tail += 1
        if tail >= 3:
            since = shapes[-tail][0]
            self.diag.warning(self.problem.generator, f"{name} stops growing at n = {since:,}: inputs from there "
                              f"to n = {n1:,} are the same size.",
                              f"Lower [scaling] max_n to {since:,} in problem.toml, or let the input keep growing.")
