"""One solution's measuring run, as the ladders (native and counted) and the yardstick see it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from judge.complexity.measure import Generator
from judge.judging.counter_start import CounterStart
from judge.judging.options import Options
from judge.problem.model import Problem
from judge.sandbox.runner import WorkerConfig

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
