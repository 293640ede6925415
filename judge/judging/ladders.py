"""Running the ladders of every input family: native (answers, memory, CPU time) and counted.

With callgrind the time class comes from counted instructions, and the native ladders
(answers and memory, nothing timed) run in a thread on the other core meanwhile, so
neither measurement depends on the machine's load. Without it, the native ladders time
every size themselves.
"""

from __future__ import annotations

import contextlib
import functools
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
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
from judge.judging.counter_start import CounterStart, counting_config, partner_for, warm_up
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
PARTNER_POLL_S = 0.05  # how often a waiting partner counting worker looks for work
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
    """The counting workers and, in a thread beside them, the untimed native ladders.

    Returns Measured with counted=None (and a note) when counting could not be used."""
    started = plan.counter_start
    counting = started.worker if started is not None else WorkerProcess(counting_config(plan.config, tool))
    partner = _partner(plan, tool)
    stop = threading.Event()  # set when the counting side ends abnormally (Ctrl-C, an error)
    with counting, ThreadPoolExecutor(1) as pool, _prompt_thread_switches():
        reply = started.reply() if started is not None else counting.start()
        if load_failure(reply) is not None:  # it loaded natively: Valgrind could not run it
            return _no_counting(plan, CpuTimeNote("callgrind_cannot_run", detail=_why(reply)))
        enough = Enough()  # set when counting proved the solution too slow
        untimed = pool.submit(_native_then_checked, plan, stop, enough)
        cpu_free = threading.Event()  # the native ladders are done: the partner may count
        untimed.add_done_callback(lambda _: cpu_free.set())
        try:
            counted, failure, answers = _count_ladders(plan, counting, partner, enough, cpu_free)
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


class Enough(threading.Event):
    """Set when counting proved the solution too slow; `counted` names the families whose
    counted ladders stand (each needs its native ladder: the fit pairs the two)."""

    def __init__(self) -> None:
        super().__init__()
        self.counted: set[str] = set()


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
            if stop is not None and stop.is_set():
                break
            if enough is not None and enough.is_set() and ladders and name not in enough.counted:
                continue
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


def _count_ladders(plan: Plan, worker: WorkerProcess, partner: CounterStart | None, slower: Enough,
                   cpu_free: threading.Event) -> tuple[list[CountLadder], CaseResult | None, Answers]:
    """Every family under callgrind, in the (started) worker and, once `cpu_free` is set,
    in its partner too, two families at a time, and every counted answer (each to be
    checked against the reference's: the answer whose instructions were counted, never a
    re-run's). CountingFailed when Valgrind itself gives up (then the caller times
    instead); a solution that fails there fails."""
    shared = _Counting(plan, list(plan.generators.items()), slower)
    started = plan.counter_start
    if started is not None and started.warmed:  # warmed up while the tests ran
        warm_failure = started.warm_failure
    else:
        name, function = shared.families[0]
        warm_failure = warm_up(worker, plan.problem, plan.order, plan.options.seed, name, function)
    if warm_failure is not None and not worker.alive:  # the solution broke the counting worker
        if callgrind.valgrind_gave_up(warm_failure.facts.detail or ""):
            raise CountingFailed(_why(warm_failure.facts))
        return [], _failure_case(warm_failure), ()
    with ThreadPoolExecutor(1, thread_name_prefix="counting-partner") as pool:
        beside = pool.submit(_partner_counts, partner, shared, cpu_free) if partner is not None else None
        try:
            shared.count_on(worker)
        except BaseException:
            shared.stop.set()
            if partner is not None:
                partner.worker.abort()  # its request ends now; its thread then stops
            raise
        finally:
            if beside is not None:
                beside.result() if not shared.stop.is_set() else _quietly(beside)
    if shared.error is not None:
        raise shared.error
    counted = [shared.ladders[i] for i in sorted(shared.ladders)]
    answers = tuple(pair for i in sorted(shared.answers) for pair in shared.answers[i])
    return counted, shared.failure, answers


def _partner_counts(partner: CounterStart, shared: _Counting, cpu_free: threading.Event) -> None:
    """The partner's share of the families, once it has started (if it cannot, the first
    worker counts them all) and the other core is free: while the native ladders run
    there, a second count would slow the first, which often decides alone (a family
    confirmed slower ends counting)."""
    try:
        while not cpu_free.wait(PARTNER_POLL_S):
            if shared.stop.is_set() or shared.next >= len(shared.families):
                return
        if load_failure(partner.reply()) is not None or shared.stop.is_set():
            return
        if partner.warm_failure is not None and not partner.worker.alive:
            return  # the first worker meets (and reports) the same failure
        shared.count_on(partner.worker)
    except CountingFailed as exc:
        shared.fail(exc)
    except Exception as exc:  # (aborted after a stop: the first worker's outcome stands)
        if not shared.stop.is_set():  # else the family it took would go uncounted: time instead
            shared.fail(CountingFailed(f"the second counting worker failed ({type(exc).__name__}: {exc})"))


def _quietly(future: Future[None]) -> None:
    with contextlib.suppress(Exception):
        future.result()


class _Counting:
    """The families still to count and what was counted, shared by the counting workers
    (each takes the next family when it finishes one). Budgets are as if one worker counted
    them in turn: a family gets its share of the time and instructions left, and what one
    leaves unspent goes to those not yet begun."""

    def __init__(self, plan: Plan, families: list[tuple[str, Generator]], slower: Enough) -> None:
        self.plan = plan
        self.families = families
        self.slower = slower
        self.stop = threading.Event()  # a family confirmed slower, failed, or Valgrind gave up
        self.lock = threading.Lock()
        self.next = 0
        self.unfinished = len(families)
        self.used = 0  # instructions of the finished families
        self.clocks: dict[int, LadderClock] = {}  # families being counted: the seconds each has taken
        self.budgets: dict[int, float] = {}  # ... and may take
        self.ladders: dict[int, CountLadder] = {}
        self.answers: dict[int, list[tuple[str, tuple[Check, ...]]]] = {}
        self.failure: CaseResult | None = None
        self.error: BaseException | None = None
        self.workers: list[WorkerProcess] = []

    def fail(self, error: BaseException) -> None:
        with self.lock:
            self.error = self.error or error
        self.stop.set()

    def _take(self, worker: WorkerProcess) -> tuple[int, CountSettings, LadderClock] | None:
        """The next family to count in `worker`, its share and its clock, or None; a worker
        left without one gives the families still being counted the share each would have
        if it began now (one worker counting in turn would give the last family all the
        time left)."""
        with self.lock:
            now = time.monotonic()
            left_s = max(self.plan.deadline - now, 0.0)
            if self.stop.is_set() or self.next >= len(self.families):
                for position in self.clocks:
                    self.budgets[position] = max(self.budgets[position], left_s / len(self.clocks))
                return None
            position, self.next = self.next, self.next + 1
            problem, left = self.plan.problem, self.unfinished
            self.budgets[position] = left_s / left
            self.clocks[position] = LadderClock(worker, self.plan.deadline,
                                                functools.partial(self.budgets.__getitem__, position))
            return position, CountSettings(
                budget_s=left_s / left, min_n=problem.scaling.min_n,
                max_n=problem.scaling.max_n, call_cap=COUNT_CALL_CAP,
                ladder_cap=(COUNT_LADDER_CAP - self.used) // left, seed=self.plan.options.seed), \
                self.clocks[position]

    def count_on(self, worker: WorkerProcess) -> None:
        """Count families in `worker` until none is left or counting must stop."""
        problem = self.plan.problem
        with self.lock:
            self.workers.append(worker)
        while (taken := self._take(worker)) is not None:
            position, settings, clock = taken
            name, function = self.families[position]
            if not worker.alive:  # a call that hit its cap took the worker with it
                restarted = worker.start()
                if load_failure(restarted) is not None:
                    raise CountingFailed(f"the worker under callgrind could not start again ({_why(restarted)})")
            target = CountingTarget(worker, self.plan.order, name)
            try:
                ladder = run_count_ladder(target, checked_generator(problem, name, function), name, settings,
                                          clock=clock, progress=self.plan.tick(f"counting {name}"),
                                          settled=lambda points: self.stop.is_set() or settled(points, problem.time),
                                          budget=functools.partial(self.budgets.__getitem__, position),
                                          wall_left=clock.wall_left)
            except MeasureFailure as exc:
                reply = exc.facts
                if reply.outcome == "died" and callgrind.valgrind_gave_up(reply.detail):
                    raise CountingFailed(_why(reply)) from None  # Valgrind's own log says it gave up
                if not self.stop.is_set():  # (not a request cut short by the other worker's failure)
                    with self.lock:
                        self.failure = self.failure or _failure_case(exc)
                    self.stop.set()
                return
            finally:
                with self.lock:
                    self.answers[position] = [(name, tuple(checks)) for _, checks in sorted(target.answers.items())]
                    self.clocks.pop(position, None)
            self._finished(position, ladder, worker)

    def _finished(self, position: int, ladder: CountLadder, worker: WorkerProcess) -> None:
        slower = ladder.stopped in ("settled", "call_cap") and confirmed_slower(ladder.points, self.plan.problem.time)
        with self.lock:
            if self.stop.is_set() and not slower:
                return  # cut short by the other worker's verdict: as if not counted
            self.ladders[position] = ladder
            self.slower.counted.add(ladder.family)  # (before it is set: see native_ladders)
            self.used += sum(sum(p.instructions) for p in ladder.points)
            self.unfinished -= 1
        if slower:
            self.slower.set()
            self.stop.set()  # too slow already: no other family can change the verdict
            for other in self.workers:
                if other is not worker:
                    other.abort()  # its count in progress would be thrown away


class LadderClock:
    """A counted ladder's clock: the CPU seconds spent on it, its counting worker's and its
    own thread's (generating and sending inputs), so that a second counting worker or a
    busy core beside it does not make it stop at smaller sizes; never behind what the wall
    deadline leaves of its budget (`budget()`), which stays the ceiling."""

    def __init__(self, worker: WorkerProcess, wall_deadline: float, budget: Callable[[], float]) -> None:
        self._worker, self._wall_deadline, self._budget = worker, wall_deadline, budget
        self.spent = 0.0  # as of the last reading (read from other threads)
        self._last = self._read()

    def _read(self) -> tuple[float, float]:
        return self._worker.cpu_ns() / 1e9, time.thread_time()

    def __call__(self) -> float:
        worker_s, thread_s = self._read()
        last_worker, last_thread = self._last
        # A worker restarted after a capped call counts its CPU time from zero again.
        self.spent += (worker_s - last_worker if worker_s >= last_worker else worker_s) + thread_s - last_thread
        self._last = (worker_s, thread_s)
        return max(self.spent, self._budget() - self.wall_left())

    def wall_left(self) -> float:
        return self._wall_deadline - time.monotonic()


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
