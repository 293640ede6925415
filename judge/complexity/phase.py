"""The complexity phase: measure every input family, check answers at scale, fit, judge.

Glue between measurement (sandboxed worker), fitting (pure) and the report. The verdict
uses the family on which the solution scales worst, and "too slow" needs the fitter's
confident "worse": a correct, efficient solution must never be rejected.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from judge.complexity.classes import ComplexityClass
from judge.complexity.counting import CountLadder, CountSettings, run_count_ladder
from judge.complexity.fit import Assessment, Fit, Sample, assess, fit
from judge.complexity.measure import (
    FRAME_BYTES,
    Check,
    Generator,
    Ladder,
    MeasureFailure,
    Settings,
    SizeTooCostly,
    input_rng,
    paced_seconds,
    run_ladder,
)
from judge.errors import SandboxError
from judge.grading import (
    SolutionSource,
    checker_for,
    decode_answer,
    load_failure,
    ordered_args,
    run_check,
    worker_config,
)
from judge.problem.entry import entry_parameters
from judge.problem.generators import checked_generator, load_generators
from judge.problem.model import Problem
from judge.report import AxisResult, CaseResult, ComplexityResult, Curve, Report
from judge.sandbox import counter
from judge.sandbox.runner import Reply, WorkerConfig, WorkerProcess
from judge.verdicts import Verdict, judge_reply

if TYPE_CHECKING:
    from judge.api import Options, Progress

MEASURE_MEMORY = 1024 * 2**20  # the ladder needs room for big inputs; growth is judged by fit
REFERENCE_SHARE = 0.2           # of the budget: answers checked at scale, worker start-up, fitting
DEEP_RECURSION = 2000           # beyond this depth, memory comes from the kernel, not tracemalloc
SPACE_FLOOR_BYTES = 1024.0      # tracemalloc jitter of a call (frames, argument dicts): not growth
STATUS_ORDER = {"worse": 3, "inconclusive": 2, "ok": 1, "better": 0}
# Counting: the native ladders (answers, memory) get this share of the measuring budget, the
# counted ladders the rest; Valgrind runs ~150M instructions a second here.
NATIVE_SHARE = 0.3
COUNT_CALL_CAP = 200_000_000  # instructions of one counted call
COUNT_LADDER_CAP = 1_500_000_000  # instructions of all counted ladders of a solution
COUNTER_MEMORY = 512 * 2**20  # Valgrind's own memory (translations), beyond the solution's
# Decoding and copying an input under instrumentation costs ~5 us per item (3 x 131,072 ints:
# 2.1 s); paused, 0.3 s, and switching back on ~0.1 s: worth it from about this many items.
PAUSE_ITEMS = 16_384
COUNTER_START_S = 1.5  # starting Python under Valgrind, measured 1.1 s here
SWITCH_INTERVAL_S = 0.0005  # while counting beside the native ladders (threads share the GIL)
MIN_COUNT_S = 1.0  # of counting per input family, else "auto" times instead


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


class CountingTarget:
    """counting.CountTarget over a worker running under callgrind: a request's instructions
    come from callgrind's dump, which the judge reads (sandbox.counter), not from the worker."""

    def __init__(self, worker: WorkerProcess, order: Sequence[str], family: str) -> None:
        self.worker = worker
        self.order = order
        self.family = family
        self.n = 0

    def _ask(self, message: dict[str, Any], cap_s: float) -> Reply:
        reply = self.worker.request(message, cpu_limit_s=cap_s, wall_limit_s=cap_s * 2 + 5.0)
        if reply.outcome in ("timeout", "memory") or reply.message.get("status") == "memory":
            raise SizeTooCostly(f"a counted call at n = {self.n} ran out of {reply.outcome}")
        if reply.outcome != "reply" or reply.message.get("status") != "ok":
            raise MeasureFailure(self.n, self.family, reply)
        return reply

    def stage(self, n: int, inputs: Sequence[Mapping[str, Any]]) -> None:
        self.n = n
        if n * len(inputs) >= PAUSE_ITEMS:  # copy big inputs in at Valgrind's uninstrumented speed
            self._ask({"op": "pause"}, 30.0)
        self._ask({"op": "stage", "inputs": [ordered_args(i, self.order) for i in inputs]}, 120.0)

    def count(self, index: int, cap_s: float) -> tuple[int, str | None]:
        reply = self._ask({"op": "count", "index": index}, cap_s)
        if reply.instructions is None:
            raise CountingFailed("callgrind wrote no count for a counted call")
        return reply.instructions, reply.message.get("digest")

    def baseline(self) -> int:
        return min(self.count(-1, 30.0)[0] for _ in range(3))

    def answer(self) -> Any:
        checked, value = decode_answer(self._ask({"op": "result", "which": "observed"}, 120.0))
        if checked.outcome != "reply" or checked.message.get("status") != "ok":
            raise MeasureFailure(self.n, self.family, checked)
        return value


class CountingFailed(Exception):
    """Counting instructions did not work for this solution (not the solution's fault)."""


@dataclass(frozen=True)
class FamilyResult:
    ladder: Ladder
    time_fit: Fit | None
    space_fit: Fit | None


def judge_complexity(report: Report, problem: Problem, source: SolutionSource, options: Options,
                     progress: Progress | None = None) -> Report:
    """Measure, check at scale, fit and judge; returns a new Report with the complexity filled in.

    With callgrind (options.measure "auto" or "instructions") the time class comes from
    counted instructions, and the native ladders (answers, memory; nothing timed) run on
    the other core meanwhile: neither measurement depends on the machine's load. Without
    it, the native ladders time every size (CPU time, paced) on their own.
    """
    started = time.monotonic()
    generators = load_generators(problem)
    order = entry_parameters(problem.reference, problem.entry)
    budget = options.budget_s
    measure_deadline = started + budget * (1 - REFERENCE_SHARE)
    tool = callgrind_for(options)
    notes: list[str] = []
    per_family = (budget * (1 - REFERENCE_SHARE) - COUNTER_START_S) / len(generators)
    if tool is not None and options.measure == "auto" and per_family < MIN_COUNT_S:
        tool = None  # too little time to count anything worth fitting: time it instead
        notes.append(f"time from CPU time: a {budget:g} s budget leaves {max(per_family, 0):.1f} s per input "
                     f"family to count instructions (counting needs {MIN_COUNT_S:g} s)")
    config = replace(worker_config(problem, source, confine=options.confine),
                     memory_bytes=max(MEASURE_MEMORY, problem.limits.memory_bytes))

    def tick(what: str) -> Callable[[int, float], None]:
        def update(n: int, elapsed: float) -> None:
            if progress is not None:
                spent = time.monotonic() - started
                progress(f"complexity: {what} n = {n:,}, {max(budget - spent, 0):.0f} s left",
                         min(spent / budget, 1.0))
        return update

    stop = threading.Event()  # set when the counting side ends abnormally (Ctrl-C, an error)

    def native(timed: bool) -> tuple[list[Ladder], CaseResult | None]:
        return _native_ladders(problem, config, generators, order, options,
                               max(measure_deadline - time.monotonic(), 1.0), timed=timed, tick=tick, stop=stop)

    counted: list[CountLadder] | None = None
    failure: CaseResult | None = None
    ladders: list[Ladder] = []
    recounted: tuple[tuple[str, tuple[Check, ...]], ...] = ()
    if tool is not None:
        counting = WorkerProcess(replace(config, counter=tool, memory_bytes=config.memory_bytes + COUNTER_MEMORY))
        with counting, ThreadPoolExecutor(1) as pool, _prompt_thread_switches():
            reply = counting.start()
            if load_failure(reply) is not None:  # it loaded natively: Valgrind could not run it
                why = f"callgrind could not run the solution ({_why(reply)})"
                if options.measure == "instructions":
                    raise SandboxError(f"--measure instructions: {why}")
                notes.append(f"time from CPU time: {why}")
            else:
                untimed = pool.submit(native, False)
                try:
                    counted, failure = _count_ladders(problem, counting, generators, order, options,
                                                      measure_deadline, tick)
                except CountingFailed as exc:
                    if options.measure == "instructions":
                        stop.set()
                        raise SandboxError(f"--measure instructions: counting failed ({exc})") from None
                    notes.append(f"time from CPU time: counting instructions failed ({exc})")
                except BaseException:
                    stop.set()  # do not wait for the native ladders (the pool joins the thread)
                    raise
                ladders, native_failure = untimed.result()
                failure = native_failure or failure
                if failure is None and counted is not None:
                    try:
                        recounted = _recount_differing(problem, counting, generators, order, options, ladders,
                                                       counted)
                    except MeasureFailure as exc:
                        failure = _failure_case(problem, exc)
    elif options.measure == "auto" and not notes:
        notes.append(f"time from CPU time: {counter.why_not()}")
    if counted is None and failure is None:
        ladders, failure = native(True)
    if failure is None:
        answers = [(ladder.family, ladder.checks) for ladder in ladders]
        failure = _check_at_scale(problem, [*answers, *recounted], started + budget)
    if failure is not None:
        return replace(report, verdict=failure.verdict, cases=(*report.cases, failure),
                       reason=f"at n = {failure.n:,} ({failure.family}): {failure.reason}")
    return _judged(report, problem, ladders, counted, time.monotonic() - started, notes)


_switches_lock = threading.Lock()
_switches_users = 0
_switches_before = 0.0


@contextlib.contextmanager
def _prompt_thread_switches() -> Iterator[None]:
    """The counting thread mostly waits on Valgrind, for a few milliseconds per request,
    while the native ladders' thread generates inputs in Python. With the default 5 ms
    switch interval every wake-up of the counting thread waited for the GIL: a count
    request took 70 ms instead of 14 (n = 2,048), and the counted ladders got about a
    third as far in their budget. The interval is the process's: the last of concurrent
    users puts it back."""
    global _switches_users, _switches_before
    with _switches_lock:
        if _switches_users == 0:
            _switches_before = sys.getswitchinterval()
            sys.setswitchinterval(SWITCH_INTERVAL_S)
        _switches_users += 1
    try:
        yield
    finally:
        with _switches_lock:
            _switches_users -= 1
            if _switches_users == 0:
                sys.setswitchinterval(_switches_before)


def callgrind_for(options: Options) -> counter.Callgrind | None:
    """The callgrind to count with, per options.measure; "instructions" without one is an error."""
    if options.measure == "cpu":
        return None
    found = counter.find()
    if found is None and options.measure == "instructions":
        raise SandboxError(f"--measure instructions: {counter.why_not()}. "
                           "Install valgrind, or use --measure cpu.")
    return found


def _native_ladders(problem: Problem, config: WorkerConfig, generators: Mapping[str, Generator],
                    order: Sequence[str], options: Options, budget: float, *, timed: bool,
                    tick: Callable[[str], Callable[[int, float], None]],
                    stop: threading.Event | None = None) -> tuple[list[Ladder], CaseResult | None]:
    """Every family in the native worker: answers, memory and (when timed) CPU time.
    `stop` ends it early, after the current size (it runs in a thread beside counting)."""
    ladders: list[Ladder] = []
    per_family = budget / len(generators)

    def update(name: str) -> Callable[[int, float], None]:
        shown = tick(name)

        def check(n: int, elapsed: float) -> None:
            if stop is not None and stop.is_set():
                raise _Stopped
            shown(n, elapsed)
        return check

    with WorkerProcess(config) as worker:
        for name, function in generators.items():
            if stop is not None and stop.is_set():
                break
            if not worker.alive:
                worker.start()
            settings = Settings(budget_s=per_family, min_n=problem.scaling.min_n,
                                max_n=problem.scaling.max_n, seed=options.seed, timed=timed)
            target = WorkerTarget(worker, order, name)
            try:
                ladder = run_ladder(target, checked_generator(problem, name, function), name, settings,
                                    progress=update(name))
            except MeasureFailure as exc:
                return ladders, _failure_case(problem, exc)
            except _Stopped:
                break
            ladders.append(ladder)
    return ladders, None


class _Stopped(Exception):
    """The native ladders were asked to stop (the counting side ended abnormally)."""


def _count_ladders(problem: Problem, worker: WorkerProcess, generators: Mapping[str, Generator],
                   order: Sequence[str], options: Options, deadline: float,
                   tick: Callable[[str], Callable[[int, float], None]]
                   ) -> tuple[list[CountLadder], CaseResult | None]:
    """Every family in the (started) worker under callgrind. CountingFailed when Valgrind
    itself gives up (then the caller times instead); a solution that fails there fails."""
    counted: list[CountLadder] = []
    families = list(generators.items())
    used = 0  # instructions: what one family leaves unspent goes to the next (deterministic)
    _warm_up(problem, worker, order, families[0], options)
    for position, (name, function) in enumerate(families):
        if not worker.alive:
            raise CountingFailed("the worker under callgrind stopped")
        left = len(families) - position
        settings = CountSettings(budget_s=max(deadline - time.monotonic(), 0.0) / left, min_n=problem.scaling.min_n,
                                 max_n=problem.scaling.max_n, call_cap=COUNT_CALL_CAP,
                                 ladder_cap=(COUNT_LADDER_CAP - used) // left, seed=options.seed)
        try:
            ladder = run_count_ladder(CountingTarget(worker, order, name), checked_generator(problem, name, function),
                                      name, settings, progress=tick(f"counting {name}"))
        except MeasureFailure as exc:
            reply = exc.facts
            if reply.outcome == "died" and reply.detail:  # Valgrind's own log says why
                raise CountingFailed(_why(reply)) from None
            return counted, _failure_case(problem, exc)
        counted.append(ladder)
        used += sum(sum(p.instructions) for p in ladder.points)
    return counted, None


def _warm_up(problem: Problem, worker: WorkerProcess, order: Sequence[str], family: tuple[str, Generator],
             options: Options) -> None:
    """Stage and count one small input, uncounted by any ladder: Valgrind translates the
    staging and counting code the first time it runs (0.75 s here), which would otherwise
    come out of the first family's share of the budget and stop its ladder at n = 8."""
    name, function = family
    n = problem.scaling.min_n
    target = CountingTarget(worker, order, name)
    try:
        target.stage(n, [checked_generator(problem, name, function)(n, input_rng(options.seed, name, n, 0))])
        target.count(0, 30.0)
    except (MeasureFailure, SizeTooCostly):
        pass  # the first family's ladder meets (and reports) the same failure


def _recount_differing(problem: Problem, worker: WorkerProcess, generators: Mapping[str, Generator],
                       order: Sequence[str], options: Options, ladders: Sequence[Ladder],
                       counted: Sequence[CountLadder]) -> tuple[tuple[str, tuple[Check, ...]], ...]:
    """A counted answer whose digest differs from the checked native answer at that size is
    fetched (by counting that input again) and returned for checking, like any answer from
    a measured run: a solution must not skip work only while it is counted."""
    from judge.sandbox.worker import digest

    found: list[tuple[str, tuple[Check, ...]]] = []
    for ladder in counted:
        checked = {c.n: digest(c.answer) for n_ladder in ladders if n_ladder.family == ladder.family
                   for c in n_ladder.checks if not c.measured}
        differing = [n for n, d in ladder.digests if n in checked and d != checked[n]]
        if not differing:
            continue
        generate = checked_generator(problem, ladder.family, generators[ladder.family])
        target = CountingTarget(worker, order, ladder.family)
        checks = []
        for n in differing:
            given = generate(n, input_rng(options.seed, ladder.family, n, 0))
            target.stage(n, [given])
            target.count(0, 60.0)
            checks.append(Check(n, given, target.answer(), measured=True))
        found.append((ladder.family, tuple(checks)))
    return tuple(found)


def _why(reply: Reply) -> str:
    text = reply.detail or reply.output.stderr or reply.message.get("status", "") or reply.outcome
    return " ".join(str(text).split())[-300:]


def _failure_case(problem: Problem, exc: MeasureFailure) -> CaseResult:
    reply: Reply = exc.facts
    judgement = judge_reply(reply, None, time_limit_s=float("inf"))
    return CaseResult(
        name=f"{exc.family} n={exc.n}", group="scale", verdict=judgement.verdict, reason=judgement.reason,
        input=exc.input, cpu_s=reply.cpu_s, wall_s=reply.wall_s, stdout=reply.output.stdout,
        stderr=reply.output.stderr, error=reply.message.get("error"), n=exc.n, family=exc.family,
    )


def _check_at_scale(problem: Problem, answers: Sequence[tuple[str, Sequence[Check]]], deadline: float
                    ) -> CaseResult | None:
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
        for family, checks in answers:
            if not checks:
                continue
            inputs = {c.n: c.input for c in checks}  # one input per size: one reference run
            required = {checks[0].n} | {c.n for c in checks if c.measured}
            expected_at = {n: reference.answer(inputs[n]) for n in sorted(required)}
            for n in sorted(set(inputs) - required, reverse=True):
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                answered, value = reference.answer_within(inputs[n], left / 2)  # half: leave some for smaller n
                if answered:
                    expected_at[n] = value
            for check in checks:
                if check.n not in expected_at:
                    continue
                result = run_check(problem, checker, check.input, expected_at[check.n], check.answer)
                if not result.ok:
                    when = " in a timed run (its checked run answered otherwise)" if check.measured else ""
                    return CaseResult(
                        name=f"{family} n={check.n}", group="scale", verdict=Verdict.WRONG_ANSWER,
                        reason=(result.message or f"wrong answer on a generated input of size {check.n:,}") + when,
                        input=check.input, expected=expected_at[check.n], actual=check.answer, n=check.n,
                        family=family,
                    )
    return None


def _fits(ladder: Ladder, counted: CountLadder | None) -> FamilyResult:
    """Time from the counted ladder when there is one (instructions), else from the timed one."""
    if counted is not None:
        time_samples = [Sample(p.n, tuple(float(c) for c in p.instructions)) for p in counted.points]
        time_fit = fit(time_samples, kind="instructions") if len(time_samples) >= 2 else None
    else:
        time_samples = [Sample(p.n, seconds) for p, seconds in zip(ladder.points, paced_seconds(ladder.points),
                                                                     strict=True) if seconds]
        time_fit = fit(time_samples, kind="time") if len(time_samples) >= 2 else None
    space_samples = [Sample(p.n, (float(p.space_bytes),)) for p in ladder.points if p.space_bytes is not None]
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


def _judged(report: Report, problem: Problem, ladders: Sequence[Ladder], counted: Sequence[CountLadder] | None,
            seconds: float, notes: Sequence[str] = ()) -> Report:
    by_family = {c.family: c for c in counted or ()}
    results = [_fits(ladder, by_family.get(ladder.family)) for ladder in ladders]
    time_family, time_fit, time_assessment = _worst(results, "time", problem.time)
    space_family, space_fit, space_assessment = _worst(results, "space", problem.space)
    sizes = sorted({p.n for ladder in ladders for p in ladder.points})
    stops = []
    for ladder in ladders:
        line = f"{ladder.family}: " if len(ladders) > 1 or counted else ""
        if ladder.points:
            line += f"{'memory and answers' if counted else 'timed'} to n = {ladder.points[-1].n:,} " \
                    f"({_STOP[ladder.stopped]})"
        count = by_family.get(ladder.family)
        if count is not None and count.points:
            line += f"; instructions counted to n = {count.points[-1].n:,} ({_COUNT_STOP[count.stopped]})"
        stops.append(line)
    unit = "instructions" if counted else "s"
    complexity = ComplexityResult(
        time=_axis(problem.time, time_family.ladder.family, time_fit, time_assessment, unit),
        space=_axis(problem.space, space_family.ladder.family, space_fit, space_assessment, "bytes"),
        sizes=tuple(sizes), seconds=seconds, families=tuple(ladder.family for ladder in ladders),
        notes=(*stops, *notes), measure="instructions" if counted else "cpu",
    )
    verdict, reason = Verdict.ACCEPTED, ""
    if complexity.time.status == "worse":
        verdict, reason = Verdict.TOO_SLOW, f"time grows like {complexity.time.shown}, expected {problem.time.name}"
    elif complexity.space.status == "worse":
        verdict = Verdict.TOO_MUCH_MEMORY
        reason = f"memory grows like {complexity.space.shown}, expected {problem.space.name}"
    return replace(report, verdict=verdict, reason=reason, complexity=complexity)


_COUNT_STOP = {
    "max_n": "the problem's max_n",
    "call_cap": f"one call would pass {COUNT_CALL_CAP / 1e6:,.0f}M instructions",
    "ladder_cap": f"its share of {COUNT_LADDER_CAP / 1e9:.1f}G instructions",
    "budget": "the time budget",
}
_STOP = {
    "max_n": "the problem's max_n",
    "call_cap": "one call got too slow to grow further",
    "budget": "the time budget",
}
