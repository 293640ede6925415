"""Running the ladders of every input family: native (answers, memory, CPU time) and counted.

With callgrind the time class comes from counted instructions (`counting`), and the native
ladders (answers and memory, nothing timed) run in a thread on the other core meanwhile,
so neither measurement depends on the machine's load. Without it, the native ladders time
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

from judge.complexity.counted_ladder import CountLadder
from judge.complexity.measure import OUTSIDE_PROBE_S, Check, Ladder, MeasureFailure, Settings, run_ladder
from judge.complexity.settle import space_settled
from judge.complexity.yardstick import ReferenceCounts
from judge.errors import SandboxError
from judge.judging.counter_start import CounterStart, counting_config, partner_for
from judge.judging.counting import Enough, count_ladders
from judge.judging.decide import load_failure
from judge.judging.failures import failure_case, why
from judge.judging.plan import Plan
from judge.judging.scale_checks import ScaleCheck, check_at_scale
from judge.judging.targets import CountingFailed, WorkerTarget
from judge.problem.generators import checked_generator
from judge.report import CaseResult, CpuTimeNote
from judge.sandbox import callgrind
from judge.sandbox.runner import WorkerProcess

SWITCH_INTERVAL_S = 0.0005  # while counting beside the native ladders (threads share the GIL)
UNTIMED_FAMILY_S = 1.5  # wall seconds of a family's untimed native ladder (answers and memory)
UNTIMED_FEW_S = 3.0  # ... while too few of its sizes have memory to judge space (a short exponential table)


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
    """The counting workers and, in a thread beside them, the untimed native ladders.

    Returns Measured with counted=None (and a note) when counting could not be used."""
    started = plan.counter_start
    counting = started.worker if started is not None else WorkerProcess(counting_config(plan.config, tool))
    partner = _partner(plan, tool)
    stop = threading.Event()  # set when the counting side ends abnormally (Ctrl-C, an error)
    with counting, ThreadPoolExecutor(1) as pool, _prompt_thread_switches():
        reply = started.reply() if started is not None else counting.start()
        if load_failure(reply) is not None:  # it loaded natively: Valgrind could not run it
            return _no_counting(plan, CpuTimeNote("callgrind_cannot_run", detail=why(reply)))
        enough = Enough()  # set when counting proved the solution too slow
        untimed = pool.submit(_native_then_checked, plan, stop, enough)
        cpu_free = threading.Event()  # the native ladders are done: the partner may count
        untimed.add_done_callback(lambda _: cpu_free.set())
        try:
            counted, failure, answers = count_ladders(plan, counting, partner, enough, cpu_free)
        except CountingFailed as exc:
            stop.set()
            untimed.result()
            return _no_counting(plan, CpuTimeNote("counting_failed", detail=str(exc)))
        except BaseException:
            stop.set()  # do not wait for the native ladders (the pool joins the thread)
            raise
        finally:
            if partner is not None and plan.counter_start is None:
                partner.close()  # started here (a grader's run): closed here; else the caller's
        ladders, native_failure, checked = untimed.result()
        failure = native_failure or failure
    return Measured(ladders=tuple(ladders), counted=tuple(counted), recounted=answers, failure=failure,
                    checked=checked)


def _partner(plan: Plan, tool: callgrind.Callgrind) -> CounterStart | None:
    """The second counting worker (counter_start.counting_workers): the one started during
    the tests, else one starting now (a grader's run starts none early)."""
    if plan.counter_start is not None:
        return plan.counter_start.partner
    return partner_for(plan.config, tool, plan.problem, plan.order, plan.options.seed, plan.generators)


def _native_then_checked(plan: Plan, stop: threading.Event, enough: Enough
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
                   enough: Enough | None = None) -> tuple[list[Ladder], CaseResult | None]:
    """Every family in the native worker: answers, memory and (when timed) CPU time.
    `stop` ends it early, after the current size (it runs in a thread beside counting);
    `enough` after the current family (one with a ladder: the verdict is already known),
    but for the families whose counts stand (counted beside the first, by the partner)."""
    ladders: list[Ladder] = []
    per_family = max(plan.deadline - time.monotonic(), 1.0) / len(plan.generators)
    few_sizes_s = 0.0
    if not timed:  # answers and memory only, beside counting: the space fit needs no more
        per_family, few_sizes_s = min(per_family, UNTIMED_FAMILY_S), min(per_family, UNTIMED_FEW_S)

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
            if stop is not None and stop.is_set():
                break
            if enough is not None and enough.is_set() and ladders and name not in enough.counted:
                continue
            if not worker.alive:
                worker.start()
            settings = Settings(budget_s=per_family, min_n=problem.scaling.min_n,
                                max_n=problem.scaling.max_n, seed=plan.options.seed, timed=timed,
                                outside_probe_s=0.0 if ladders else OUTSIDE_PROBE_S,  # the first family's
                                few_budget_s=few_sizes_s)
            target = WorkerTarget(worker, plan.order, name, timed=timed)
            settle = None if timed else lambda points: space_settled(points, problem.space,
                                                                     count_answer=problem.space_counts_answer)
            try:
                ladder = run_ladder(target, checked_generator(problem, name, function), name, settings,
                                    progress=update(name), settled=settle)
            except MeasureFailure as exc:
                return ladders, failure_case(exc)
            except _Stopped:
                break
            ladders.append(ladder)
    return ladders, None


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
