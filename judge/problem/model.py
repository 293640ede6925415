"""The typed, immutable view of a problem folder (see docs/problem-format.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from judge.complexity.classes import ComplexityClass

Group = Literal["example", "hidden"]


class _Missing:
    """Marks a test whose expected output the reference must compute."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


@dataclass(frozen=True)
class TestCase:
    name: str
    group: Group
    input: Mapping[str, Any]
    output: Any = MISSING
    path: Path | None = None
    comment: str = ""

    @property
    def has_output(self) -> bool:
        return self.output is not MISSING


@dataclass(frozen=True)
class Limits:
    time_limit_s: float = 2.0
    memory_mb: int = 256

    @property
    def memory_bytes(self) -> int:
        return self.memory_mb * 2**20


@dataclass(frozen=True)
class CheckerSpec:
    kind: str = "exact"
    tolerance: float = 1e-6
    custom: Path | None = None


@dataclass(frozen=True)
class Scaling:
    min_n: int = 8
    max_n: int = 2**22
    limit_n: int | None = None  # the largest n the problem promises (LeetCode's constraint)


@dataclass(frozen=True)
class Problem:
    slug: str
    root: Path
    title: str
    entry: str
    time: ComplexityClass
    space: ComplexityClass
    difficulty: str = "medium"
    tags: tuple[str, ...] = ()
    returns: str | None = None
    method: str | None = None  # the entry's LeetCode method name where not the slug's camelCase
    limits: Limits = field(default_factory=Limits)
    checker: CheckerSpec = field(default_factory=CheckerSpec)
    scaling: Scaling = field(default_factory=Scaling)
    statement: str = ""
    tests: tuple[TestCase, ...] = ()
    space_counts_answer: bool = False  # space includes the returned answer (interviews leave it out)
    leetcode: int | None = None  # LeetCode's problem number
    aliases: tuple[str, ...] = ()  # other slugs that find this problem
    types: tuple[tuple[str, str], ...] = ()  # [types]: parameter (or "return") -> shape, e.g. ("head", "ListNode")
    design: bool = False  # the entry is a class; a test is LeetCode's operations on one instance
    operation_time: ComplexityClass | None = None  # design: the declared time per operation (`time`: n of them)
    codec: str | None = None  # the method reading back the string the entry writes (deserialize, decode)
    variables: tuple[tuple[str, str], ...] = ()  # [complexity.variables]: name -> its growth in n (V = "2n")
    time_notation: str | None = None  # the declared form when it uses those variables ("O(V + E)")
    space_notation: str | None = None

    @property
    def reference(self) -> Path:
        return self.root / "reference.py"

    @property
    def generator(self) -> Path:
        return self.root / "generator.py"

    @property
    def expected_time(self) -> str:
        """The declared time as the author wrote it: per operation for a design problem."""
        if self.operation_time is not None:
            return f"{self.operation_time.name} per operation"
        return self._declared(self.time_notation) or self.time.name

    @property
    def expected_space(self) -> str:
        return self._declared(self.space_notation) or self.space.name

    def _declared(self, notation: str | None) -> str | None:
        """"O(V + E) with V = n, E = 2n": the author's form and how its variables grow."""
        if notation is None:
            return None
        return f"{notation} with {', '.join(f'{name} = {text}' for name, text in self.variables)}"

    def shape_of(self, name: str) -> str | None:
        """The shape [types] gives a parameter (or "return"), None for a plain value."""
        return dict(self.types).get(name)

    @property
    def examples(self) -> tuple[TestCase, ...]:
        return tuple(t for t in self.tests if t.group == "example")
