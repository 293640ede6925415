"""Counting every input family under callgrind, in one counting worker or two sharing the
families, each ladder on its share of the budget in CPU seconds."""

from __future__ import annotations

import contextlib
import functools
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from judge.complexity.counted_ladder import CountLadder, CountPoint, CountSettings, run_count_ladder
from judge.complexity.measure import Check, Generator, MeasureFailure
from judge.complexity.settle import SETTLE_SIZES, confirmed_slower, settled
from judge.judging.counter_start import CounterStart, warm_up
from judge.judging.decide import load_failure
from judge.judging.failures import failure_case, why
from judge.judging.plan import Plan
from judge.judging.targets import CountingFailed, CountingTarget
from judge.problem.generators import checked_generator
from judge.report import CaseResult
from judge.sandbox import callgrind
from judge.sandbox.runner import WorkerProcess

COUNT_CALL_CAP = 200_000_000  # instructions of one counted call
COUNT_LADDER_CAP = 1_500_000_000  # instructions of all counted ladders of a solution
PARTNER_POLL_S = 0.05  # how often a waiting partner counting worker looks for work
# Once one family is confirmed slower, a family the other worker is counting goes on for at
# most this many more CPU seconds, to its own confirmation: the verdict is known, but the
# prediction at the limit wants the costliest family (a brute-force daily temperatures is
# confirmed on random input first and costs 20-45x as much on decreasing input).
AFTER_CONFIRMED_S = 2.0


class Enough(threading.Event):
    """Set when counting proved the solution too slow; `counted` names the families whose
    counted ladders stand (each needs its native ladder: the fit pairs the two)."""

    def __init__(self) -> None:
        super().__init__()
        self.counted: set[str] = set()


Answers = tuple[tuple[str, tuple[Check, ...]], ...]  # (family, one input's answers by size)


def count_ladders(plan: Plan, worker: WorkerProcess, partner: CounterStart | None, slower: Enough,
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
            raise CountingFailed(why(warm_failure.facts))
        return [], failure_case(warm_failure), ()
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
            if shared.stop.is_set() or shared.decided.is_set() or shared.next >= len(shared.families):
                return
        if load_failure(partner.reply()) is not None or shared.stop.is_set() or shared.decided.is_set():
            return
        if partner.warm_failure is not None and not partner.worker.alive:
            return  # the first worker meets (and reports) the same failure
        shared.count_on(partner.worker)
    except CountingFailed as exc:
        shared.fail(exc)
    except Exception as exc:  # (aborted after a stop, or a verdict known: the first worker's outcome stands)
        if not shared.stop.is_set() and not shared.decided.is_set():  # else its family would go uncounted: time instead
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
        self.stop = threading.Event()  # a family failed, or Valgrind gave up: counting ends now
        self.decided = threading.Event()  # a family confirmed slower: no family begins any more
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
            if self.stop.is_set() or self.decided.is_set() or self.next >= len(self.families):
                if not self.decided.is_set():
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
        while (taken := self._take(worker)) is not None:
            position, settings, clock = taken
            name, function = self.families[position]
            if not worker.alive:  # a call that hit its cap took the worker with it
                restarted = worker.start()
                if load_failure(restarted) is not None:
                    raise CountingFailed(f"the worker under callgrind could not start again ({why(restarted)})")
            target = CountingTarget(worker, self.plan.order, name)
            try:
                ladder = run_count_ladder(target, checked_generator(problem, name, function), name, settings,
                                          clock=clock, progress=self.plan.tick(f"counting {name}"),
                                          settled=self._ends,
                                          budget=functools.partial(self.budgets.__getitem__, position),
                                          wall_left=clock.wall_left)
            except MeasureFailure as exc:
                reply = exc.facts
                if reply.outcome == "died" and callgrind.valgrind_gave_up(reply.detail):
                    raise CountingFailed(why(reply)) from None  # Valgrind's own log says it gave up
                if not self.stop.is_set():  # (not a request cut short by the other worker's failure)
                    with self.lock:
                        self.failure = self.failure or failure_case(exc)
                    self.stop.set()
                return
            finally:
                with self.lock:
                    self.answers[position] = [(name, tuple(checks)) for _, checks in sorted(target.answers.items())]
                    self.clocks.pop(position, None)
            self._finished(position, ladder)

    def _ends(self, points: Sequence[CountPoint]) -> bool:
        """Whether a counted ladder stops at this size: settled, counting stopped, or (once the
        verdict is known) the family's own slower class confirmed."""
        expected = self.plan.problem.time
        if self.stop.is_set() or settled(points, expected):
            return True
        return self.decided.is_set() and len(points) >= SETTLE_SIZES and confirmed_slower(points, expected)

    def _finished(self, position: int, ladder: CountLadder) -> None:
        slower = ladder.stopped in ("settled", "call_cap") and confirmed_slower(ladder.points, self.plan.problem.time)
        with self.lock:
            if (self.stop.is_set() or self.decided.is_set()) and not slower:
                return  # cut short by a failure or by the other worker's verdict: as if not counted
            self.ladders[position] = ladder
            self.slower.counted.add(ladder.family)  # (before it is set: see native_ladders)
            self.used += sum(sum(p.instructions) for p in ladder.points)
            self.unfinished -= 1
            if slower and not self.decided.is_set():
                self.decided.set()  # too slow already: no other family can change the verdict
                for other, clock in self.clocks.items():  # ... those being counted go on a little
                    self.budgets[other] = min(self.budgets[other], clock.spent + AFTER_CONFIRMED_S)
        if slower:
            self.slower.set()


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
