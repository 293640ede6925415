"""Running the ladders of every input family: native (answers, memory, CPU time) and counted.

With callgrind the time class comes from counted instructions, and the native ladders
(answers and memory, nothing timed) run in a thread on the other core meanwhile, so
neither measurement depends on the machine's load. Without it, the native ladders time
every size themselves.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from judge.complexity.counted_ladder import CountLadder, CountSettings, run_count_ladder
from judge.complexity.measure import (
    OUTSIDE_PROBE_S,
    Check,
    Generator,
    Ladder,
    MeasureFailure,
    Settings,
    run_ladder,
)
from judge.complexity.settle import confirmed_slower, settled, space_settled
from judge.complexity.yardstick import ReferenceCounts
from judge.errors import SandboxError
from judge.judging.counter_start import CounterStart, counting_config, warm_up
from judge.judging.decide import judge_reply, load_failure
from judge.judging.options import Options
from judge.judging.scale_checks import ScaleCheck, check_at_scale
from judge.judging.targets import CountingFailed, CountingTarget, WorkerTarget
from judge.problem.generators import checked_generator
from judge.problem.model import Problem
from judge.report import CaseResult, CpuTimeNote
from judge.sandbox import callgrind
from judge.sandbox.replies import Reply
from judge.sandbox.runner import WorkerConfig, WorkerProcess

COUNT_CALL_CAP = 200_000_000  # instructions of one counted call
COUNT_LADDER_CAP = 1_500_000_000  # instructions of all counted ladders of a solution
SWITCH_INTERVAL_S = 0.0005  # while counting beside the native ladders (threads share the GIL)
UNTIMED_FAMILY_S = 1.5  # wall seconds of a family's untimed native ladder (answers and memory)

Tick = Callable[[str], Callable[[int, float], None]]


@dataclass(frozen=True)
class Plan:
    """One solution's measuring run: what to measure, with what, until when."""

    problem: Problem
    generators: Mapping[str, Generator]
    order: tuple[str, ...]
    options: Options
    config: WorkerConfig
    deadline: float  # monotonic time by which measuring ends (answers are checked after)
    tick: Tick
    checks_until: float  # ... and by which answers at scale are checked (see check_at_scale)
    counter_start: CounterStart | None = None  # the counting worker, started during the tests


@dataclass(frozen=True)
class Measured:
    """What the ladders produced, or the failure that ended them."""

    ladders: tuple[Ladder, ...] = ()
    counted: tuple[CountLadder, ...] | None = None  # None: time comes from the native ladders
    recounted: tuple[tuple[str, tuple[Check, ...]], ...] = ()
    failure: CaseResult | None = None
    cpu_time: CpuTimeNote | None = None  # why time was not counted, where it could have been
    checked: ScaleCheck | None = None  # the native ladders' answers, checked while counting went on
    reference: Mapping[str, ReferenceCounts] = field(default_factory=dict)  # by family: the yardstick's counts


def measure(plan: Plan, tool: callgrind.Callgrind | None, cpu_time: CpuTimeNote | None) -> Measured:
    """Counted ladders beside untimed native ones where `tool` can count, else timed native ones."""
    if tool is not None:
        counted = _measure_counted(plan, tool)
        if counted.counted is not None or counted.failure is not None:
            return counted
        cpu_time = counted.cpu_time
    elif plan.options.measure == "auto" and cpu_time is None:
        cpu_time = CpuTimeNote("no_callgrind", detail=callgrind.why_not())
    ladders, failure = native_ladders(plan, timed=True)
    return Measured(ladders=tuple(ladders), failure=failure, cpu_time=cpu_time)


def _measure_counted(plan: Plan, tool: callgrind.Callgrind) -> Measured:
    """The counting worker and, in a thread beside it, the untimed native ladders.

    Returns Measured with counted=None (and a note) when counting could not be used."""
    started = plan.counter_start
    counting = started.worker if started is not None else WorkerProcess(counting_config(plan.config, tool))
    stop = threading.Event()  # set when the counting side ends abnormally (Ctrl-C, an error)
    with counting, ThreadPoolExecutor(1) as pool, _prompt_thread_switches():
        reply = started.reply() if started is not None else counting.start()
        if load_failure(reply) is not None:  # it loaded natively: Valgrind could not run it
            return _no_counting(plan, CpuTimeNote("callgrind_cannot_run", detail=_why(reply)))
        enough = threading.Event()  # set when counting proved the solution too slow
        untimed = pool.submit(_native_then_checked, plan, stop, enough)
        try:
            counted, failure, answers = _count_ladders(plan, counting, enough)
        except CountingFailed as exc:
            stop.set()
            untimed.result()
            return _no_counting(plan, CpuTimeNote("counting_failed", detail=str(exc)))
        except BaseException:
            stop.set()  # do not wait for the native ladders (the pool joins the thread)
            raise
        ladders, native_failure, checked = untimed.result()
        failure = native_failure or failure
    return Measured(ladders=tuple(ladders), counted=tuple(counted), recounted=answers, failure=failure,
                    checked=checked)


def _native_then_checked(plan: Plan, stop: threading.Event, enough: threading.Event
                         ) -> tuple[list[Ladder], CaseResult | None, ScaleCheck | None]:
    """The untimed native ladders, then the reference's check of their answers: counting
    usually runs on longer, so the check leaves the end of the phase (seconds at large n)."""
    ladders, failure = native_ladders(plan, timed=False, stop=stop, enough=enough)
    if failure is not None or stop.is_set():
        return ladders, failure, None
    answers = [(ladder.family, ladder.checks) for ladder in ladders]
    return ladders, None, check_at_scale(plan.problem, answers, plan.checks_until, stop=stop)


def _no_counting(plan: Plan, why: CpuTimeNote) -> Measured:
    if plan.options.measure == "instructions":
        what = "callgrind could not run the solution" if why.reason == "callgrind_cannot_run" else "counting failed"
        raise SandboxError(f"--measure instructions: {what} ({why.detail})")
    return Measured(cpu_time=why)


class _Stopped(Exception):
    """The native ladders were asked to stop (the counting side ended abnormally)."""


def native_ladders(plan: Plan, *, timed: bool, stop: threading.Event | None = None,
                   enough: threading.Event | None = None) -> tuple[list[Ladder], CaseResult | None]:
    """Every family in the native worker: answers, memory and (when timed) CPU time.
    `stop` ends it early, after the current size (it runs in a thread beside counting);
    `enough` after the current family (one with a ladder: the verdict is already known)."""
    ladders: list[Ladder] = []
    per_family = max(plan.deadline - time.monotonic(), 1.0) / len(plan.generators)
    if not timed:  # answers and memory only, beside counting: the space fit needs no more
        per_family = min(per_family, UNTIMED_FAMILY_S)

    def update(name: str) -> Callable[[int, float], None]:
        shown = plan.tick(name)

        def check(n: int, elapsed: float) -> None:
            if stop is not None and stop.is_set():
                raise _Stopped
            shown(n, elapsed)
        return check

    problem = plan.problem
    with WorkerProcess(plan.config) as worker:
        for name, function in plan.generators.items():
            if (stop is not None and stop.is_set()) or (enough is not None and enough.is_set() and ladders):
                break
            if not worker.alive:
                worker.start()
            settings = Settings(budget_s=per_family, min_n=problem.scaling.min_n,
                                max_n=problem.scaling.max_n, seed=plan.options.seed, timed=timed,
                                outside_probe_s=0.0 if ladders else OUTSIDE_PROBE_S)  # the first family's
            target = WorkerTarget(worker, plan.order, name, timed=timed)
            settle = None if timed else lambda points: space_settled(points, problem.space,
                                                                     count_answer=problem.space_counts_answer)
            try:
                ladder = run_ladder(target, checked_generator(problem, name, function), name, settings,
                                    progress=update(name), settled=settle)
            except MeasureFailure as exc:
                return ladders, _failure_case(exc)
            except _Stopped:
                break
            ladders.append(ladder)
    return ladders, None


Answers = tuple[tuple[str, tuple[Check, ...]], ...]  # (family, one input's answers by size)


def _count_ladders(plan: Plan, worker: WorkerProcess, slower: threading.Event
                   ) -> tuple[list[CountLadder], CaseResult | None, Answers]:
    """Every family in the (started) worker under callgrind, and every counted answer (each
    to be checked against the reference's: the answer whose instructions were counted, never
    a re-run's). CountingFailed when Valgrind itself gives up (then the caller times
    instead); a solution that fails there fails."""
    counted: list[CountLadder] = []
    answers: list[tuple[str, tuple[Check, ...]]] = []
    families = list(plan.generators.items())
    used = 0  # instructions: what one family leaves unspent goes to the next (deterministic)
    started = plan.counter_start
    if started is not None and started.warmed:  # warmed up while the tests ran
        warm_failure = started.warm_failure
    else:
        name, function = families[0]
        warm_failure = warm_up(worker, plan.problem, plan.order, plan.options.seed, name, function)
    if warm_failure is not None and not worker.alive:  # the solution broke the counting worker
        if callgrind.valgrind_gave_up(warm_failure.facts.detail or ""):
            raise CountingFailed(_why(warm_failure.facts))
        return counted, _failure_case(warm_failure), ()
    problem = plan.problem
    for position, (name, function) in enumerate(families):
        if not worker.alive:  # a call that hit its cap took the worker with it
            restarted = worker.start()
            if load_failure(restarted) is not None:
                raise CountingFailed(f"the worker under callgrind could not start again ({_why(restarted)})")
        left = len(families) - position
        settings = CountSettings(budget_s=max(plan.deadline - time.monotonic(), 0.0) / left,
                                 min_n=problem.scaling.min_n, max_n=problem.scaling.max_n,
                                 call_cap=COUNT_CALL_CAP, ladder_cap=(COUNT_LADDER_CAP - used) // left,
                                 seed=plan.options.seed)
        target = CountingTarget(worker, plan.order, name)
        try:
            ladder = run_count_ladder(target, checked_generator(problem, name, function), name, settings,
                                      progress=plan.tick(f"counting {name}"),
                                      settled=lambda points: settled(points, problem.time))
        except MeasureFailure as exc:
            reply = exc.facts
            if reply.outcome == "died" and callgrind.valgrind_gave_up(reply.detail):
                raise CountingFailed(_why(reply)) from None  # Valgrind's own log says it gave up
            return counted, _failure_case(exc), tuple(answers)
        finally:
            answers += [(name, tuple(checks)) for _, checks in sorted(target.answers.items())]
        counted.append(ladder)
        used += sum(sum(p.instructions) for p in ladder.points)
        if ladder.stopped in ("settled", "call_cap") and confirmed_slower(ladder.points, problem.time):
            slower.set()
            break  # too slow already: no other family can change the verdict
    return counted, None, tuple(answers)


def _why(reply: Reply) -> str:
    text = reply.detail or reply.output.stderr or (reply.status or "") or reply.outcome
    return " ".join(str(text).split())[-300:]


def _failure_case(exc: MeasureFailure) -> CaseResult:
    reply: Reply = exc.facts
    judgement = judge_reply(reply, None, time_limit_s=float("inf"))
    return CaseResult(
        name=f"{exc.family} n={exc.n}", group="scale", verdict=judgement.verdict, reason=judgement.reason,
        input=exc.input, cpu_s=reply.cpu_s, wall_s=reply.wall_s, stdout=reply.output.stdout,
        stderr=reply.output.stderr, error=reply.error.to_dict() if reply.error else None, n=exc.n, family=exc.family,
    )


_switches_lock = threading.Lock()
_switches_users = 0
_switches_before = 0.0


@contextlib.contextmanager
def _prompt_thread_switches() -> Iterator[None]:
    """The counting thread mostly waits on Valgrind, a few milliseconds per request, while
    the native ladders' thread generates inputs in Python; with the default 5 ms switch
    interval every wake-up waited for the GIL and the counted ladders got about a third as
    far. The interval is the process's: the last of concurrent users puts it back."""
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
