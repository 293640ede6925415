"""The library entry points the CLI (and anyone else) calls."""


from __future__ import annotations

import contextlib
import importlib
import sys
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from judge.judging.correctness import run_tests
from judge.judging.options import Options, Progress

__all__ = ["Options", "Progress", "judge_solution", "list_problems", "resolve_problem"]
from judge.judging.source import SolutionSource
from judge.problem.discovery import find_problem, problem_for_solution
from judge.problem.loader import load_problem
from judge.problem.model import Problem
from judge.report import Report
from judge.verdicts import Verdict

if TYPE_CHECKING:
    from judge.judging.counter_start import CounterStart


def resolve_problem(solution: Path, options: Options) -> Problem:
    """The problem a solution is for: --problem SLUG|PATH, else from the file name."""
    if options.problem:
        return load_problem(find_problem(options.problem, options.problems_dirs))
    return load_problem(problem_for_solution(solution, options.problems_dirs))


def judge_solution(solution: Path | str, options: Options | None = None,
                   progress: Progress | None = None,
                   complexity_gate: AbstractContextManager[object] | None = None,
                   on_tests: Callable[[Report], None] | None = None) -> Report:
    """Correctness, then (when all tests pass) complexity: one Report with one verdict.

    `complexity_gate` is entered around the complexity phase only: graders running many
    solutions in parallel pass one shared lock so that no two phases are timed at once.
    """
    options = options or Options()
    started = time.monotonic()
    path = Path(solution)
    source = SolutionSource.read(path)
    problem = resolve_problem(path, options)
    counter = None
    if options.complexity:
        _preload_fitting()
    if options.complexity and complexity_gate is None:  # a grader's parallel jobs start none early
        from judge.judging.counter_start import start_counter

        counter = start_counter(problem, source, options)
    try:
        report = _judge(problem, source, path, options, progress, complexity_gate, on_tests, counter)
    finally:
        if counter is not None:
            counter.close()
    return _finish(report, started, options.confine)


def _preload_fitting() -> None:
    """Import the fitting code (numpy, scipy: a second or more) in a thread while the tests
    run; the complexity phase's own import then finds it loaded (or waits for it)."""
    def load() -> None:
        with contextlib.suppress(Exception):
            importlib.import_module("judge.judging.complexity_phase")

    if "judge.judging.complexity_phase" not in sys.modules:
        threading.Thread(target=load, name="preload-fitting", daemon=True).start()


def _judge(problem: Problem, source: SolutionSource, path: Path, options: Options, progress: Progress | None,
           complexity_gate: AbstractContextManager[object] | None, on_tests: Callable[[Report], None] | None,
           counter: CounterStart | None) -> Report:
    def tests_progress(done: int, total: int) -> None:
        if progress is not None:
            progress(f"tests {done}/{total}", done / max(total, 1))

    cases, failure, layers = run_tests(problem, source, confine=options.confine, progress=tests_progress)
    report = Report(
        problem=problem.slug, title=problem.title, solution=str(path), verdict=Verdict.ACCEPTED,
        cases=cases, layers=layers, expected_time=problem.expected_time, expected_space=problem.expected_space,
    )
    if failure is not None:
        report = Report(
            problem=problem.slug, title=problem.title, solution=str(path), verdict=Verdict.INVALID_SOLUTION,
            reason=failure.reason, cases=cases, layers=layers, error=failure.error,
            expected_time=problem.expected_time, expected_space=problem.expected_space,
        )
    elif (failed := report.first_failure) is not None:
        report = report.with_verdict(failed.verdict, f"test {failed.name}: {failed.reason}".rstrip(": "))
    elif options.complexity:
        from judge.judging.complexity_phase import judge_complexity

        if on_tests is not None:  # the tests' verdict now; the complexity phase takes seconds
            on_tests(report)
        with complexity_gate or contextlib.nullcontext():
            report = judge_complexity(report, problem, source, options, progress, counter)
    return report


def _finish(report: Report, started: float, confine: bool) -> Report:
    from dataclasses import replace

    warning = sandbox_warning(confine)
    warnings = (*report.warnings, warning) if warning else report.warnings
    return replace(report, seconds=time.monotonic() - started, warnings=warnings)


def sandbox_warning(confine: bool) -> str:
    """One line when the solution ran with less than the full set of isolation layers."""
    if not confine:
        return "the sandbox's isolation layers were off (--no-sandbox); only resource limits applied"
    from judge.sandbox.isolation import detect_layers

    missing = [layer.name for layer in detect_layers() if not layer.active]
    if not missing:
        return ""
    return f"sandbox running without {', '.join(missing)} on this machine (see `judge doctor`)"


def list_problems(problems_dirs: Sequence[Path] = ()) -> tuple[list[Problem], list[str]]:
    """Every loadable problem, and one line per broken folder (so one bad folder hides nothing)."""
    from judge.errors import ProblemFormatError
    from judge.problem.discovery import available

    problems: list[Problem] = []
    broken: list[str] = []
    for path in available(problems_dirs).values():
        try:
            problems.append(load_problem(path))
        except ProblemFormatError as exc:
            count = len(exc.diagnostics.errors)
            broken.append(f"{path}: {count} error{'s' if count != 1 else ''} (run `judge verify {path}`)")
    return problems, broken
