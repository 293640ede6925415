"""The one Report value every reporter renders; it round-trips through JSON.

Saving a report and rendering it again later (or in another format) is why everything
here is plain data: frozen dataclasses with `to_dict` / `from_dict`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any, Literal, TypeVar, get_args

from judge.complexity.status import Reason, Separation, Status, StopReason
from judge.preview import preview as preview  # re-exported: reporters and judging use it from here
from judge.verdicts import Verdict

# Memory CPython allocates for a solution that its source does not spell out (see
# judge.judging.source_facts): list.sort's merge buffer, a key= array, recursion frames.
Allocator = Literal["sort", "sort_key", "recursion"]

SCHEMA_VERSION = 1
REPORT_DEPTH = 200  # values nested deeper are a note in saved reports (copying and encoding recurse)


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether lists, tuples and dicts nest more than `limit` levels, found without recursion."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (list, tuple, dict)):
            if depth >= limit:
                return True
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children if isinstance(child, (list, tuple, dict)))
    return False


@dataclass(frozen=True)
class CaseResult:
    name: str
    group: str
    verdict: Verdict
    reason: str = ""
    input: Mapping[str, Any] = field(default_factory=dict)
    expected: Any = None
    actual: Any = None
    cpu_s: float = 0.0
    wall_s: float = 0.0
    peak_memory_bytes: int | None = None
    stdout: str = ""
    stderr: str = ""
    output_bytes: int = 0
    error: Mapping[str, Any] | None = None
    skipped: bool = False
    n: int | None = None
    family: str | None = None
    comment: str = ""  # the test's own note (what it checks, how the problem differs from LeetCode's)

    def to_dict(self) -> dict[str, Any]:
        """Plain data; a value nested deeper than REPORT_DEPTH (a solution may return a list
        600 deep) becomes a note, since copying or encoding it recurses once per level."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["verdict"] = self.verdict.value
        data["input"] = dict(self.input)
        data["error"] = dict(self.error) if self.error is not None else None
        for key in ("input", "expected", "actual"):
            if _deeper_than(data[key], REPORT_DEPTH):
                data[key] = f"(a value nested more than {REPORT_DEPTH} levels deep, not shown)"
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CaseResult:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["verdict"] = Verdict(data["verdict"])
        return cls(**values)


@dataclass(frozen=True)
class Curve:
    """A fitted class's curve, enough to draw it again from a saved report:
    value(n) = constant + term_at_ref * g(n) / g(ref_n)."""

    name: str
    constant: float
    term_at_ref: float
    ref_n: int
    base: float | None = None


AxisReason = Literal[Reason, "not_measured", "unstated"]
"""Why an axis has its status: the fitter's reason, "not_measured" (too few sizes to fit),
or "unstated" (a report saved before reasons were kept, which had only its message)."""


@dataclass(frozen=True)
class AxisResult:
    """The complexity verdict for one resource (time or space): numbers and codes; the
    sentences about it (the JSON "message" too) come from judge.reports.phrases."""

    expected: str
    measured: str
    plausible: tuple[str, ...]
    status: Status
    confidence: float
    reason: AxisReason
    family: str
    points: tuple[tuple[int, float], ...]
    runner_up: str | None = None
    slowdown: float | None = None
    at_n: int | None = None
    curves: tuple[Curve, ...] = ()
    unit: str = "s"
    separation: Separation | None = None  # the fit's standing; None: taken from the fields above

    @property
    def alternatives(self) -> list[str]:
        """Other classes worth naming: the ones the data cannot rule out, then the runner-up."""
        names = [c for c in self.plausible if c != self.measured]
        if self.runner_up and self.runner_up not in names and self.runner_up != self.measured:
            names.append(self.runner_up)
        return names

    @property
    def shown(self) -> str:
        """'O(n)', 'O(n) or O(n log n)', or a range when the data allow several classes."""
        if len(self.plausible) <= 1:
            return self.measured
        if len(self.plausible) == 2:
            return " or ".join(self.plausible)
        return f"{self.plausible[0]} to {self.plausible[-1]}"

    def to_dict(self) -> dict[str, Any]:
        """The fields, points as lists, and "alternatives" (the JSON reporter adds "message")."""
        data = asdict(self)
        data["points"] = [list(p) for p in self.points]
        data["alternatives"] = self.alternatives
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AxisResult:
        """Reads saved reports of any version: one saved with a message and no reason gets
        "unstated" ("not_measured" when no class was measured, the only case its fields tell)."""
        values = dict(data)
        values["plausible"] = tuple(values.get("plausible", ()))
        values["points"] = tuple((int(n), float(v)) for n, v in values.get("points", ()))
        values["curves"] = tuple(Curve(**c) for c in values.get("curves", ()))
        legacy = "not_measured" if values.get("measured") == "unknown" else "unstated"
        values["reason"] = _checked(values.get("reason", legacy), AxisReason, "reason")
        values["status"] = _checked(values.get("status"), Status, "status")
        if values.get("separation") is not None:
            values["separation"] = _checked(values["separation"], Separation, "separation")
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known})


def _checked(value: Any, allowed: Any, what: str) -> Any:
    """`value` if the closed type `allowed` (a Literal) has it; ValueError otherwise."""
    if value not in get_args(allowed):
        raise ValueError(f"unknown complexity {what} {value!r}")
    return value


CpuTimeReason = Literal["no_callgrind", "small_budget", "callgrind_cannot_run", "counting_failed", "uncounted"]


T = TypeVar("T")


def _known(cls: type[T], data: Mapping[str, Any]) -> T:
    """A saved value's fields that `cls` has (reports saved by other versions keep loading)."""
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class LadderSummary:
    """How far one input family's ladders went, and why each stopped."""

    family: str
    top_n: int | None  # the native ladder's largest size (answers, memory; timed without counting)
    stopped: StopReason
    counted_n: int | None = None  # the counted ladder's largest size, when instructions were counted
    counted_stopped: StopReason | None = None
    call_cap: int = 0  # instructions of one counted call
    ladder_cap: int = 0  # instructions of all counted ladders



@dataclass(frozen=True)
class CpuTimeNote:
    """Why time came from CPU time although instructions could have been counted."""

    reason: CpuTimeReason
    detail: str = ""  # what the tool itself said (Valgrind's log, the counting error)
    budget_s: float = 0.0
    per_family_s: float = 0.0  # counting time the budget left per input family
    needed_s: float = 0.0  # counting time a family needs
    rise: float = 0.0  # uncounted: CPU seconds per counted instruction rose this much ...
    from_n: int = 0  # ... from this size
    to_n: int = 0  # ... to this one



@dataclass(frozen=True)
class LimitPrediction:
    """The time curve at the problem's limit (its largest promised n), in CPU seconds here."""

    n: int
    seconds: float | None  # the solution's fitted curve there; None when it cannot be converted
    reference_seconds: float | None  # the reference, measured there; None when over its cap
    reference_over: bool = False
    family: str | None = None  # the input family predicted (the costliest of those with the time class shown)



@dataclass(frozen=True)
class ComplexityResult:
    time: AxisResult
    space: AxisResult
    sizes: tuple[int, ...]
    seconds: float
    families: tuple[str, ...] = ("generate",)
    notes: tuple[str, ...] = ()  # only in reports saved before ladders and cpu_time were recorded
    measure: str = "cpu"  # what the time class was fitted on: "instructions" (callgrind) or "cpu"
    ladders: tuple[LadderSummary, ...] = ()
    cpu_time: CpuTimeNote | None = None
    space_counts_answer: bool = False  # the space axis includes the returned answer
    space_with_answer: str | None = None  # the class of space with the answer, where the axis leaves it out
    at_limit: LimitPrediction | None = None
    allocators: tuple[Allocator, ...] = ()  # what CPython allocates for this source (sort buffers, frames)
    space_outside: bool = False  # space counts memory the kernel saw outside Python's allocator (mmap, C malloc)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ComplexityResult:
        return cls(
            time=AxisResult.from_dict(data["time"]), space=AxisResult.from_dict(data["space"]),
            sizes=tuple(data.get("sizes", ())), seconds=float(data.get("seconds", 0.0)),
            families=tuple(data.get("families", ())), measure=str(data.get("measure", "cpu")),
            ladders=tuple(_known(LadderSummary, x) for x in data.get("ladders") or ()),
            cpu_time=_known(CpuTimeNote, data["cpu_time"]) if data.get("cpu_time") else None,
            notes=() if "ladders" in data else tuple(data.get("notes", ())),
            space_counts_answer=bool(data.get("space_counts_answer", False)),
            space_with_answer=data.get("space_with_answer"),
            at_limit=_known(LimitPrediction, data["at_limit"]) if data.get("at_limit") else None,
            allocators=tuple(a for a in data.get("allocators") or () if a in get_args(Allocator)),
            space_outside=bool(data.get("space_outside", False)),
        )


@dataclass(frozen=True)
class Report:
    problem: str
    title: str
    solution: str
    verdict: Verdict
    reason: str = ""
    cases: tuple[CaseResult, ...] = ()
    complexity: ComplexityResult | None = None
    entry: str = ""
    layers: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    seconds: float = 0.0
    error: Mapping[str, Any] | None = None
    expected_time: str = ""
    expected_space: str = ""

    @property
    def passed(self) -> int:
        return sum(1 for c in self.cases if c.verdict is Verdict.ACCEPTED)

    @property
    def first_failure(self) -> CaseResult | None:
        return next((c for c in self.cases if c.verdict is not Verdict.ACCEPTED and not c.skipped), None)

    def groups(self) -> dict[str, tuple[int, int]]:
        """Passed and total tests per group, examples first."""
        result: dict[str, tuple[int, int]] = {}
        for case in self.cases:
            passed, total = result.get(case.group, (0, 0))
            result[case.group] = (passed + (case.verdict is Verdict.ACCEPTED), total + 1)
        return result

    def with_verdict(self, verdict: Verdict, reason: str) -> Report:
        return replace(self, verdict=verdict, reason=reason)

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON shape (see README: field names do not change), without the sentences:
        judge.reports.json adds each axis's "message"."""
        return {
            "schema": SCHEMA_VERSION,
            "problem": self.problem,
            "title": self.title,
            "solution": self.solution,
            "verdict": self.verdict.value,
            "reason": self.reason,
            "entry": self.entry,
            "error": dict(self.error) if self.error else None,
            "tests": {
                "passed": self.passed,
                "total": len(self.cases),
                "groups": {g: {"passed": p, "total": t} for g, (p, t) in self.groups().items()},
                "cases": [c.to_dict() for c in self.cases],
            },
            "complexity": _complexity_dict(self.complexity),
            "sandbox": {"layers": list(self.layers)},
            "warnings": list(self.warnings),
            "seconds": round(self.seconds, 3),
            "expected": {"time": self.expected_time, "space": self.expected_space},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        complexity = data.get("complexity")
        expected = data.get("expected") or {}
        return cls(
            problem=data["problem"], title=data.get("title", ""), solution=data["solution"],
            verdict=Verdict(data["verdict"]), reason=data.get("reason", ""),
            cases=tuple(CaseResult.from_dict(c) for c in data.get("tests", {}).get("cases", ())),
            complexity=ComplexityResult.from_dict(complexity) if complexity else None,
            entry=data.get("entry", ""), layers=tuple(data.get("sandbox", {}).get("layers", ())),
            warnings=tuple(data.get("warnings", ())), seconds=float(data.get("seconds", 0.0)),
            error=data.get("error"), expected_time=expected.get("time", ""),
            expected_space=expected.get("space", ""),
        )


def _complexity_dict(result: ComplexityResult | None) -> dict[str, Any] | None:
    if result is None:
        return None
    data = asdict(result)
    data["time"] = result.time.to_dict()
    data["space"] = result.space.to_dict()
    return data

