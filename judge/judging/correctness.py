"""Correctness phase: run every test in a sandboxed worker, check answers in the judge.

Expected outputs and the reference never enter the solution's process: the reference runs
in a worker of its own (in parallel), and answers are compared here with the checker.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any

from judge.checkers import CHECKERS, Checker, CheckResult, load_custom
from judge.errors import ProblemFormatError
from judge.judging.decide import Judgement, LoadFailure, Verdict, judge_reply, load_failure
from judge.judging.reference import cached_reference_values
from judge.judging.source import SolutionSource, ordered_args, worker_config
from judge.problem.diagnostics import Diagnostics
from judge.problem.entry import entry_parameters
from judge.problem.model import Problem, TestCase
from judge.report import CaseResult, preview
from judge.sandbox.replies import Reply, decode_answer
from judge.sandbox.runner import WorkerConfig, WorkerProcess

MAX_LIMIT_KILLS = 2
_EXPENSIVE = {Verdict.TIME_LIMIT_EXCEEDED, Verdict.MEMORY_LIMIT_EXCEEDED, Verdict.OUTPUT_LIMIT_EXCEEDED}


def checker_for(problem: Problem) -> Checker:
    if problem.checker.custom is not None:
        try:
            return load_custom(problem.checker.custom)
        except Exception as exc:
            diag = Diagnostics(problem.root)
            diag.error(problem.checker.custom, f"cannot be loaded: {type(exc).__name__}: {exc}.",
                       "Define check(input, expected, actual) -> bool | (bool, str).")
            raise ProblemFormatError(diag) from None
    return CHECKERS[problem.checker.kind]


def run_check(problem: Problem, checker: Checker, args: Mapping[str, Any], expected: Any, actual: Any) -> CheckResult:
    try:
        return checker(args, expected, actual, problem.checker.tolerance)
    except RecursionError:  # a value nested deeper than this process can walk (e.g. an answer)
        return CheckResult(False, "a value is nested too deeply to compare")
    except Exception as exc:
        diag = Diagnostics(problem.root)
        diag.error(problem.checker.custom or problem.root / "problem.toml",
                   f"the checker raised {type(exc).__name__}: {exc} on answer {preview(actual)}.",
                   "Make check() return False (or (False, message)) for answers it cannot handle.")
        raise ProblemFormatError(diag) from None


def run_tests(problem: Problem, source: SolutionSource, *, confine: bool = True,
              progress: Callable[[int, int], None] | None = None
              ) -> tuple[tuple[CaseResult, ...], LoadFailure | None, tuple[str, ...]]:
    """Every test of the problem against the solution: case results, load failure, active layers."""
    tests = problem.tests
    checker = checker_for(problem)
    order = entry_parameters(problem.reference, problem.entry)
    with ThreadPoolExecutor(max_workers=1) as pool:
        # The reference checks every test (a disagreeing test is a format error), in parallel.
        future = pool.submit(cached_reference_values, problem, [t.input for t in tests])
        if problem.codec is None:
            config = worker_config(problem, source, confine=confine)
            runs, failure, layers = _run_solution(config, problem, tests, order, progress)
        else:
            runs, failure, layers = _run_codec(problem, source, tests, order, confine, progress)
        reference = future.result()
    _check_tests_agree(problem, tests, reference, checker)
    cases: list[CaseResult] = []
    for test, ref, run in zip(tests, reference, runs, strict=True):
        expected = test.output if test.has_output else ref
        cases.append(run if isinstance(run, CaseResult) else _finish(problem, checker, test, run, expected))
    return tuple(cases), failure, layers


def _run_codec(problem: Problem, source: SolutionSource, tests: Sequence[TestCase], order: Sequence[str],
               confine: bool, progress: Callable[[int, int], None] | None
               ) -> tuple[list[Reply | CaseResult], LoadFailure | None, tuple[str, ...]]:
    """A codec's tests in two processes: one writes every string, a fresh one reads them back,
    so nothing but the string can carry the value across (a class attribute, a module
    global or a cache would in one process)."""
    encode = worker_config(problem, source, confine=confine, codec_stage="encode")
    written, failure, layers = _run_solution(encode, problem, tests, order, None)
    strings: dict[int, str] = {}  # test index -> the string its first half wrote
    for index, run in enumerate(written):
        if isinstance(run, Reply) and run.ok:
            checked, value = decode_answer(run)
            if checked.ok and isinstance(value, str):
                strings[index] = value
    if failure is not None or not strings:
        return written, failure, layers
    readable = list(strings)
    decode = worker_config(problem, source, confine=confine, codec_stage="decode")
    halves = [replace(tests[i], input={"data": strings[i]}) for i in readable]
    read, failure, _ = _run_solution(decode, problem, halves, ("data",), progress)
    runs = list(written)
    for i, run in zip(readable, read, strict=True):
        runs[i] = run if not isinstance(run, CaseResult) else replace(run, input=tests[i].input)
    return runs, failure, layers


def _run_solution(config: WorkerConfig, problem: Problem, tests: Sequence[TestCase],
                  order: Sequence[str], progress: Callable[[int, int], None] | None
                  ) -> tuple[list[Reply | CaseResult], LoadFailure | None, tuple[str, ...]]:
    """One worker for all tests, restarted after a crash; a CaseResult marks a test not run."""
    limit = problem.limits.time_limit_s
    runs: list[Reply | CaseResult] = []
    kills = 0
    with WorkerProcess(config) as worker:
        failure = load_failure(worker.start())
        layers = worker.layers
        for index, test in enumerate(tests):
            if failure is None and kills < MAX_LIMIT_KILLS and not worker.alive:
                failure = load_failure(worker.start())
            if failure is not None or kills >= MAX_LIMIT_KILLS:
                verdict = Verdict.INVALID_SOLUTION if failure else Verdict.TIME_LIMIT_EXCEEDED
                reason = failure.reason if failure else "not run after repeated limit kills"
                runs.append(CaseResult(test.name, test.group, verdict, reason, test.input, skipped=True))
                continue
            reply = worker.call(ordered_args(test.input, order), cpu_limit_s=limit, wall_limit_s=limit * 3 + 1.0)
            runs.append(reply)
            if judge_reply(reply, CheckResult(True), time_limit_s=limit).verdict in _EXPENSIVE:
                kills += 1
            if progress is not None:
                progress(index + 1, len(tests))
    return runs, failure, layers


def _check_tests_agree(problem: Problem, tests: Sequence[TestCase], reference: Sequence[Any],
                       checker: Checker) -> None:
    diag = Diagnostics(problem.root)
    for test, value in zip(tests, reference, strict=True):
        if test.has_output and not run_check(problem, checker, test.input, test.output, value).ok:
            diag.error(test.path or problem.root,
                       f"expects {preview(test.output, 120)} but the reference returns {preview(value, 120)}.",
                       "Correct the test's output (or the reference), "
                       "or remove the output to let the reference compute it.")
    if diag.errors:
        raise ProblemFormatError(diag)


def _finish(problem: Problem, checker: Checker, test: TestCase, reply: Reply, expected: Any) -> CaseResult:
    actual: Any = None
    check: CheckResult | None = None
    if reply.ok:
        reply, actual = decode_answer(reply)
    if reply.ok:
        check = run_check(problem, checker, test.input, expected, actual)
    judgement: Judgement = judge_reply(reply, check, time_limit_s=problem.limits.time_limit_s)
    return CaseResult(
        name=test.name, group=test.group, verdict=judgement.verdict, reason=judgement.reason,
        input=test.input, expected=expected, actual=actual, cpu_s=reply.cpu_s, wall_s=reply.wall_s,
        peak_memory_bytes=reply.peak_rss_bytes, stdout=reply.output.stdout, stderr=reply.output.stderr,
        output_bytes=reply.output.total_bytes, error=reply.error.to_dict() if reply.error else None,
        comment=test.comment,
    )
