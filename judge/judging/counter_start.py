"""The counting worker, started while the tests run, and the choices that come before it:
whether time is counted (callgrind) or timed, and the measuring workers' configuration.

Light on purpose (no numpy, no scipy): `judge run` calls it before the tests, so that
Valgrind's second or two of start-up overlaps them.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from judge.complexity.measure import Generator, MeasureFailure, SizeTooCostly, input_rng
from judge.errors import SandboxError
from judge.judging.decide import load_failure
from judge.judging.options import Options
from judge.judging.source import SolutionSource, worker_config
from judge.judging.targets import CountingTarget
from judge.problem.entry import entry_parameters
from judge.problem.generators import checked_generator, load_generators
from judge.problem.model import Problem
from judge.report import CpuTimeNote
from judge.sandbox import callgrind
from judge.sandbox.replies import Reply
from judge.sandbox.runner import WorkerConfig, WorkerProcess

COUNTER_MEMORY = 512 * 2**20  # Valgrind's own memory (translations), beyond the solution's
COUNTER_START_S = 1.5  # starting Python under Valgrind
MIN_COUNT_S = 1.0  # of counting per input family, else "auto" times instead
MEASURE_MEMORY = 1024 * 2**20  # the ladder needs room for big inputs; growth is judged by fit
WARM_INPUTS = 4  # inputs the counting worker warms up on (CPython specialises each path it takes)
WARM_COUNTS = 12  # calls counted while warming up: CPython specialises a function after its 8th call
WARM_S = 2.0  # ... for at most this long (~0.3 s usually): costly small calls need no steadying
WARM_CAP_S = 10.0  # CPU seconds of one warm-up request (staging warms up uncounted too)
REFERENCE_SHARE = 0.2  # of the budget: answers checked at scale, worker start-up, fitting


def start_counter(problem: Problem, source: SolutionSource, options: Options) -> CounterStart | None:
    """The counting worker, starting now (in a thread) when the complexity phase will count:
    called before the tests, with its partner where families can be counted two at a time
    (`counting_workers`). The caller closes it."""
    generators = load_generators(problem)
    tool, _ = time_tool(options, len(generators))
    if tool is None:
        return None
    order = entry_parameters(problem.reference, problem.entry)
    name, function = next(iter(generators.items()))

    def warm(worker: WorkerProcess) -> MeasureFailure | None:
        return warm_up(worker, problem, order, options.seed, name, function)

    config = measure_config(problem, source, options)
    partner = partner_for(config, tool, problem, order, options.seed, generators)
    return CounterStart(config, tool, warm, partner=partner)


def partner_for(config: WorkerConfig, tool: callgrind.Callgrind, problem: Problem, order: Sequence[str],
                seed: int, generators: Mapping[str, Generator]) -> CounterStart | None:
    """The second counting worker, starting now and warmed up on the second family, where
    `counting_workers` gives two; else None."""
    families = list(generators.items())
    if counting_workers(len(families)) < 2:
        return None
    name, function = families[1]
    return CounterStart(config, tool, lambda worker: warm_up(worker, problem, order, seed, name, function))


def counting_workers(families: int) -> int:
    """Counting workers for a solution: two where there are two families or more and two
    cores for this process, so that a second family is counted while the first is (the
    native ladders, beside them, take a second or two a family); else one."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return 2 if families >= 2 and cores >= 2 else 1


def warm_up(worker: WorkerProcess, problem: Problem, order: Sequence[str], seed: int, name: str,
            function: Generator) -> MeasureFailure | None:
    """Stage small inputs and count WARM_COUNTS calls, uncounted by any ladder: Valgrind
    translates the staging and counting code the first time it runs, which would otherwise
    come out of the first family's share of the budget, and CPython specialises the
    counted path over its first calls, which would make a ladder's first sizes cost more
    than the next (bisect: 12,071 instructions at n = 8, 10,718 at n = 64). Bounded by
    WARM_S: it runs before any budget's clock, and a solution slow on small inputs would
    otherwise hold the judge for a minute (0.85 s a call: 16 uncounted and 12 counted calls
    on each of 4 inputs)."""
    n = problem.scaling.min_n
    target = CountingTarget(worker, order, name)
    try:
        generate = checked_generator(problem, name, function)
        target.stage(n, [generate(n, input_rng(seed, name, n, i)) for i in range(WARM_INPUTS)], cap_s=WARM_CAP_S)
        until = time.monotonic() + WARM_S  # (from here: a slow host's staging must not leave no counts)
        for index in range(WARM_COUNTS):
            if time.monotonic() > until:
                break
            target.count(index % WARM_INPUTS, WARM_CAP_S)
    except MeasureFailure as exc:
        return exc  # reported by the caller when the worker died of it; else the ladder meets it
    except SizeTooCostly:
        pass  # the first family's ladder meets (and reports) the same limit
    return None


def measure_config(problem: Problem, source: SolutionSource, options: Options) -> WorkerConfig:
    return replace(worker_config(problem, source, confine=options.confine),
                   memory_bytes=max(MEASURE_MEMORY, problem.limits.memory_bytes))


class CounterStart:
    """The counting worker, started in a thread while the tests run: Valgrind takes a
    second or two to load Python, which then overlaps the correctness phase. Closing it
    (a failed test, Ctrl-C) stops the worker whether or not it finished starting."""

    def __init__(self, config: WorkerConfig, tool: callgrind.Callgrind,
                 warm: Callable[[WorkerProcess], MeasureFailure | None] | None = None,
                 partner: CounterStart | None = None) -> None:
        self.worker = WorkerProcess(counting_config(config, tool))
        self.partner = partner  # a second counting worker, warmed on the second family
        self.warmed = False
        self.warm_failure: MeasureFailure | None = None
        self._warm = warm
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="counter-start")
        self._reply = self._pool.submit(self._start)

    def _start(self) -> Reply:
        reply = self.worker.start()
        if self._warm is not None and load_failure(reply) is None:
            self.warm_failure = self._warm(self.worker)
            self.warmed = True
        return reply

    def reply(self) -> Reply:
        return self._reply.result()

    def close(self) -> None:
        """Stop the worker (and its partner), at once if still starting (a test failed: no waiting)."""
        if self.partner is not None:
            self.partner.close()
        while not self._reply.done():
            self.worker.abort()
            with contextlib.suppress(TimeoutError):
                self._reply.result(timeout=0.05)
        self._pool.shutdown(wait=True)
        self.worker.close()


def counting_config(config: WorkerConfig, tool: callgrind.Callgrind) -> WorkerConfig:
    return replace(config, counter=tool, memory_bytes=config.memory_bytes + COUNTER_MEMORY)


def callgrind_for(options: Options) -> callgrind.Callgrind | None:
    """The callgrind to count with, per options.measure; "instructions" without one is an error."""
    if options.measure == "cpu":
        return None
    found = callgrind.find()
    if found is None and options.measure == "instructions":
        raise SandboxError(f"--measure instructions: {callgrind.why_not()}. "
                           "Install valgrind, or use --measure cpu.")
    return found


def time_tool(options: Options, families: int) -> tuple[callgrind.Callgrind | None, CpuTimeNote | None]:
    """The callgrind to count with, or None to time; "auto" times when the budget leaves too
    little counting time per family for a fit worth having."""
    tool = callgrind_for(options)
    per_family = (options.budget_s * (1 - REFERENCE_SHARE) - COUNTER_START_S) / families
    if tool is not None and options.measure == "auto" and per_family < MIN_COUNT_S:
        return None, CpuTimeNote("small_budget", budget_s=options.budget_s, per_family_s=per_family,
                                 needed_s=MIN_COUNT_S)
    return tool, None


