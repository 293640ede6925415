"""The complexity phase: measure every input family, check answers at scale, fit, judge.

Glue between measurement (sandboxed worker), fitting (pure) and the report. The verdict
uses the family on which the solution scales worst, and "too slow" needs the fitter's
confident "worse": a correct, efficient solution must never be rejected.
"""

from __future__ import annotations

import importlib.util
import inspect
import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from types import ModuleType
from typing import TYPE_CHECKING, Any

from judge.complexity.classes import ComplexityClass
from judge.complexity.fit import Assessment, Fit, Sample, assess, fit
from judge.complexity.measure import (
    FRAME_BYTES,
    Generator,
    Ladder,
    MeasureFailure,
    Settings,
    SizeTooCostly,
    paced_seconds,
    run_ladder,
)
from judge.errors import ProblemFormatError
from judge.grading import (
    SolutionSource,
    checker_for,
    decode_answer,
    entry_parameters,
    load_failure,
    ordered_args,
    run_check,
    worker_config,
)
from judge.problem.diagnostics import Diagnostics
from judge.problem.model import Problem
from judge.report import AxisResult, CaseResult, ComplexityResult, Curve, Report
from judge.sandbox.runner import Reply, WorkerProcess
from judge.verdicts import Verdict, judge_reply

if TYPE_CHECKING:
    from judge.api import Options, Progress

MEASURE_MEMORY = 1024 * 2**20  # the ladder needs room for big inputs; growth is judged by fit
REFERENCE_SHARE = 0.2           # of the budget: answers checked at scale, worker start-up, fitting
DEEP_RECURSION = 2000           # beyond this depth, memory comes from the kernel, not tracemalloc
SPACE_FLOOR_BYTES = 1024.0      # tracemalloc jitter of a call (frames, argument dicts): not growth
STATUS_ORDER = {"worse": 3, "inconclusive": 2, "ok": 1, "better": 0}


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


class WorkerTarget:
    """measure.Target over a sandbox worker; CPU time comes from the kernel's accounting.

    Every timed, memory and depth run reports a fingerprint of its answer for input 0; when
    it differs from the checked probe's, the answer is fetched and checked too, so a
    solution cannot skip the work only when it notices it is being measured.
    """

    def __init__(self, worker: WorkerProcess, order: Sequence[str], family: str) -> None:
        self.worker = worker
        self.order = order
        self.family = family
        self.n = 0
        self._probe_digest: str | None = None
        self._suspects: list[Any] = []
        self._suspect_digests: set[Any] = set()

    def _ask(self, message: dict[str, Any], cap_s: float) -> Reply:
        reply = self.worker.request(message, cpu_limit_s=cap_s, wall_limit_s=cap_s * 3 + 2.0)
        if reply.outcome == "timeout":
            raise SizeTooCostly(f"a call at n = {self.n} exceeded {cap_s:.1f} s")
        if reply.outcome == "memory" or reply.message.get("status") == "memory":
            raise SizeTooCostly(f"out of memory at n = {self.n}")
        if reply.outcome != "reply" or reply.message.get("status") != "ok":
            raise MeasureFailure(self.n, self.family, reply)
        return reply

    def _observe(self, reply: Reply) -> None:
        found = reply.message.get("digest")
        if found != self._probe_digest and found not in self._suspect_digests:  # each other answer once
            self._suspect_digests.add(found)
            self._suspects.append(self._value(self._ask({"op": "result", "which": "observed"}, 60.0)))

    def _value(self, reply: Reply) -> Any:
        checked, value = decode_answer(reply)
        if checked.outcome != "reply" or checked.message.get("status") != "ok":
            raise MeasureFailure(self.n, self.family, checked)
        return value

    def stage(self, n: int, inputs: Sequence[Mapping[str, Any]]) -> None:
        self.n = n
        self._probe_digest = None
        self._suspect_digests = set()
        if not self.worker.alive:  # a memory run that timed out took the worker with it
            failure = load_failure(self.worker.start())
            if failure is not None:
                raise MeasureFailure(n, self.family, self.worker.load_reply)
        self._ask({"op": "stage", "inputs": [ordered_args(i, self.order) for i in inputs]}, 60.0)

    def probe(self, index: int, cap_s: float) -> tuple[float, bool]:
        reply = self._ask({"op": "probe", "index": index}, cap_s)
        if index == 0:
            self._probe_digest = reply.message.get("digest")
        # The worker's own clock excludes copying the input; it only sizes the timed blocks,
        # whose times come from the kernel, so a lying clock cannot make a solution look fast.
        own = float(reply.message.get("cpu_ns", 0)) / 1e9
        return (own if own > 0 else reply.cpu_s), bool(reply.message.get("mutated"))

    def time_block(self, indices: Sequence[int], fresh: bool, cap_s: float) -> float:
        order = list(indices)
        if 0 in order:  # input 0 first, so the block's fingerprint can be compared
            order.remove(0)
            order.insert(0, 0)
        self._ask({"op": "prepare", "indices": order, "fresh": fresh}, 60.0)
        reply = self._ask({"op": "run"}, cap_s)
        if order and order[0] == 0:  # fingerprinted outside the timed request
            self._observe(self._ask({"op": "digest"}, 60.0))
        return reply.cpu_s

    def pace(self) -> float:
        return self._ask({"op": "pace"}, 10.0).cpu_s

    def memory(self, index: int, cap_s: float) -> tuple[int, int]:
        # Fingerprints are of input 0's answer: other inputs' runs only add to the worst
        # case, which skipping work in them could not lower.
        observe = self._observe if index == 0 else (lambda reply: None)
        reply = self._ask({"op": "depth", "index": index}, cap_s)
        observe(reply)
        depth = int(reply.message.get("depth", 0))
        if depth <= DEEP_RECURSION:
            reply = self._ask({"op": "memory", "index": index}, cap_s)
            observe(reply)
            return int(reply.message.get("peak", 0)), depth
        # Deep recursion: tracemalloc would be quadratic, so take the kernel's peak RSS
        # beyond the resident size with the input already copied in (frames included).
        self._ask({"op": "prepare", "indices": [index], "fresh": True}, 60.0)
        before = self.worker.rss_bytes() or 0
        reply = self._ask({"op": "memory", "index": index, "trace": False}, cap_s)
        observe(reply)
        heap = max((reply.peak_rss_bytes or 0) - before, 0)
        return max(heap - depth * FRAME_BYTES, 0), depth

    def result(self, index: int) -> Any:
        return self._value(self._ask({"op": "result"}, 60.0))

    def suspects(self) -> list[Any]:
        """Answers from measured runs that differ from the probe's; each must be checked."""
        found, self._suspects = self._suspects, []
        return found


@dataclass(frozen=True)
class FamilyResult:
    ladder: Ladder
    time_fit: Fit | None
    space_fit: Fit | None


def judge_complexity(report: Report, problem: Problem, source: SolutionSource, options: Options,
                     progress: Progress | None = None) -> Report:
    """Measure, check at scale, fit and judge; returns a new Report with the complexity filled in."""
    started = time.monotonic()
    generators = load_generators(problem)
    order = entry_parameters(problem.reference, problem.entry)
    budget = options.budget_s
    measure_budget = budget * (1 - REFERENCE_SHARE)
    per_family = measure_budget / len(generators)
    ladders: list[Ladder] = []
    failure: CaseResult | None = None
    config = replace(worker_config(problem, source, confine=options.confine),
                     memory_bytes=max(MEASURE_MEMORY, problem.limits.memory_bytes))

    def tick(family: str) -> Callable[[int, float], None]:
        def update(n: int, elapsed: float) -> None:
            if progress is not None:
                spent = time.monotonic() - started
                progress(f"complexity: {family} n = {n:,}, {max(budget - spent, 0):.0f} s left",
                         min(spent / budget, 1.0))
        return update

    with WorkerProcess(config) as worker:
        for name, function in generators.items():
            if not worker.alive:
                worker.start()
            settings = Settings(budget_s=per_family, min_n=problem.scaling.min_n,
                                max_n=problem.scaling.max_n, seed=options.seed)
            target = WorkerTarget(worker, order, name)
            try:
                ladder = run_ladder(target, checked_generator(problem, name, function), name, settings,
                                    progress=tick(name))
            except MeasureFailure as exc:
                failure = _failure_case(problem, exc)
                break
            ladders.append(ladder)
    if failure is None:
        failure = _check_at_scale(problem, ladders, started + budget)
    if failure is not None:
        return replace(report, verdict=failure.verdict, cases=(*report.cases, failure),
                       reason=f"at n = {failure.n:,} ({failure.family}): {failure.reason}")
    return _judged(report, problem, ladders, time.monotonic() - started)


def _failure_case(problem: Problem, exc: MeasureFailure) -> CaseResult:
    reply: Reply = exc.facts
    judgement = judge_reply(reply, None, time_limit_s=float("inf"))
    return CaseResult(
        name=f"{exc.family} n={exc.n}", group="scale", verdict=judgement.verdict, reason=judgement.reason,
        input=exc.input, cpu_s=reply.cpu_s, wall_s=reply.wall_s, stdout=reply.output.stdout,
        stderr=reply.output.stderr, error=reply.message.get("error"), n=exc.n, family=exc.family,
    )


def _check_at_scale(problem: Problem, ladders: Sequence[Ladder], deadline: float) -> CaseResult | None:
    """Compare answers on ladder inputs with the reference's.

    Always checked: answers from measured runs that differed from the probe's (a solution
    must not skip work when it is being timed) and each family's smallest size. Then the
    other sizes, largest first, each while the reference can answer it in the budget
    that is left: a reference that is itself O(n) cannot check n = 10^8 in a 15 s
    budget, and waiting for it would break the budget (measured: 19.3 s).
    """
    from judge.grading import ReferenceRunner

    checker = checker_for(problem)
    with ReferenceRunner(problem) as reference:
        for ladder in ladders:
            if not ladder.checks:
                continue
            inputs = {c.n: c.input for c in ladder.checks}  # one input per size: one reference run
            required = {ladder.checks[0].n} | {c.n for c in ladder.checks if c.measured}
            expected_at = {n: reference.answer(inputs[n]) for n in sorted(required)}
            for n in sorted(set(inputs) - required, reverse=True):
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                answered, value = reference.answer_within(inputs[n], left / 2)  # half: leave some for smaller n
                if answered:
                    expected_at[n] = value
            for check in ladder.checks:
                if check.n not in expected_at:
                    continue
                result = run_check(problem, checker, check.input, expected_at[check.n], check.answer)
                if not result.ok:
                    when = " in a timed run (its checked run answered otherwise)" if check.measured else ""
                    return CaseResult(
                        name=f"{ladder.family} n={check.n}", group="scale", verdict=Verdict.WRONG_ANSWER,
                        reason=(result.message or f"wrong answer on a generated input of size {check.n:,}") + when,
                        input=check.input, expected=expected_at[check.n], actual=check.answer, n=check.n,
                        family=ladder.family,
                    )
    return None


def _fits(ladder: Ladder) -> FamilyResult:
    time_samples = [Sample(p.n, seconds) for p, seconds in zip(ladder.points, paced_seconds(ladder.points),
                                                                 strict=True) if seconds]
    space_samples = [Sample(p.n, (float(p.space_bytes),)) for p in ladder.points if p.space_bytes is not None]
    time_fit = fit(time_samples, kind="time") if len(time_samples) >= 2 else None
    space_fit = fit(space_samples, kind="space", floor=SPACE_FLOOR_BYTES) if len(space_samples) >= 2 else None
    return FamilyResult(ladder, time_fit, space_fit)


def _worst(results: Sequence[FamilyResult], axis: str, expected: ComplexityClass
           ) -> tuple[FamilyResult, Fit | None, Assessment | None]:
    """The family the verdict and the report use: the worst status first, then the family
    whose class is surely highest (its lowest plausible class), then the one that may be
    highest (sorting sorted input is O(n), random input "O(n) or O(n log n)": the random
    one), then the clearest answer.

    Not simply the highest best fit: when every family is "O(n) or O(n log n)", that is
    the largest of several coin flips, higher than any one family's answer and less
    stable from run to run.
    """
    scored: list[tuple[tuple[int, int, int, float, int, str], FamilyResult, Fit | None, Assessment | None]] = []
    for result in results:
        fitted = result.time_fit if axis == "time" else result.space_fit
        assessment = assess(fitted, expected) if fitted is not None else None
        status = STATUS_ORDER[assessment.status] if assessment else -1
        if fitted is None:
            key = (status, -1, -1, 0.0, -1, result.ladder.family)
        else:
            lowest, highest = fitted.plausible[0], fitted.plausible[-1]  # plausible is in rank order
            key = (status, lowest.rank, highest.rank, fitted.confidence, fitted.best.rank, result.ladder.family)
        scored.append((key, result, fitted, assessment))
    _, result, fitted, assessment = max(scored, key=lambda item: item[0])
    return result, fitted, assessment


def _axis(expected: ComplexityClass, family: str, fitted: Fit | None, assessment: Assessment | None,
          unit: str) -> AxisResult:
    if fitted is None or assessment is None:
        return AxisResult(expected=expected.name, measured="unknown", plausible=(), status="inconclusive",
                          confidence=0.0, message="too few sizes could be measured", family=family,
                          points=(), unit=unit)
    shown = {fitted.best.name, *(c.name for c in fitted.plausible)}
    if fitted.runner_up is not None:
        shown.add(fitted.runner_up.name)
    curves = tuple(Curve(c.cls.name, c.constant, c.term_at_ref, c.ref_n, c.base)
                   for c in fitted.candidates if c.cls.name in shown)
    points = tuple((s.n, v) for s in fitted.samples for v in s.values)
    return AxisResult(
        expected=expected.name, measured=fitted.best.name, plausible=tuple(c.name for c in fitted.plausible),
        status=assessment.status, confidence=round(fitted.confidence, 3), message=assessment.message,
        family=family, points=points, runner_up=fitted.runner_up.name if fitted.runner_up else None,
        slowdown=assessment.slowdown, at_n=assessment.at_n, curves=curves, unit=unit,
    )


def _judged(report: Report, problem: Problem, ladders: Sequence[Ladder], seconds: float) -> Report:
    results = [_fits(ladder) for ladder in ladders]
    time_family, time_fit, time_assessment = _worst(results, "time", problem.time)
    space_family, space_fit, space_assessment = _worst(results, "space", problem.space)
    sizes = sorted({p.n for ladder in ladders for p in ladder.points})
    notes = [f"{ladder.family}: stopped at n = {ladder.points[-1].n:,} ({_STOP[ladder.stopped]})"
             for ladder in ladders if ladder.points]
    complexity = ComplexityResult(
        time=_axis(problem.time, time_family.ladder.family, time_fit, time_assessment, "s"),
        space=_axis(problem.space, space_family.ladder.family, space_fit, space_assessment, "bytes"),
        sizes=tuple(sizes), seconds=seconds, families=tuple(ladder.family for ladder in ladders),
        notes=tuple(notes),
    )
    verdict, reason = Verdict.ACCEPTED, ""
    if complexity.time.status == "worse":
        verdict, reason = Verdict.TOO_SLOW, f"time grows like {complexity.time.shown}, expected {problem.time.name}"
    elif complexity.space.status == "worse":
        verdict = Verdict.TOO_MUCH_MEMORY
        reason = f"memory grows like {complexity.space.shown}, expected {problem.space.name}"
    return replace(report, verdict=verdict, reason=reason, complexity=complexity)


_STOP = {
    "max_n": "the problem's max_n",
    "call_cap": "one call got too slow to grow further",
    "budget": "the time budget",
}
