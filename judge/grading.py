"""Correctness phase: run every test in a sandboxed worker, check answers in the judge.

Expected outputs and the reference never enter the solution's process: the reference runs
in a worker of its own (in parallel), and answers are compared here with the checker.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from judge.checkers import CHECKERS, Checker, CheckResult, load_custom
from judge.errors import ProblemFormatError, SolutionFileError
from judge.problem.diagnostics import Diagnostics
from judge.problem.entry import entry_parameters
from judge.problem.model import Problem, TestCase
from judge.report import CaseResult, preview
from judge.sandbox.runner import Reply, WorkerConfig, WorkerProcess
from judge.verdicts import Judgement, Verdict, judge_reply

MAX_LIMIT_KILLS = 2
_EXPENSIVE = {Verdict.TIME_LIMIT_EXCEEDED, Verdict.MEMORY_LIMIT_EXCEEDED, Verdict.OUTPUT_LIMIT_EXCEEDED}

# One lock per reference cache entry: parallel graders of one problem compute its answers once.
_CACHE_LOCKS: dict[str, threading.Lock] = {}
_CACHE_LOCKS_GUARD = threading.Lock()


@dataclass(frozen=True)
class SolutionSource:
    path: Path
    text: str

    @classmethod
    def read(cls, path: Path | str) -> SolutionSource:
        path = Path(path)
        if not path.is_file():
            raise SolutionFileError(f"solution file {path} does not exist or is not a file. "
                                    "Pass the path of a .py file, e.g. `judge run solutions/two_sum.py`.")
        try:
            return cls(path.resolve(), path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            raise SolutionFileError(f"solution file {path} is not UTF-8 text. Save it as UTF-8.") from None
        except OSError as exc:
            raise SolutionFileError(f"solution file {path} cannot be read ({exc.strerror}).") from None


@dataclass(frozen=True)
class LoadFailure:
    """The solution could not be loaded: syntax error, no entry, import-time exception."""

    reason: str
    error: Mapping[str, Any] | None


def ordered_args(args: Mapping[str, Any], order: Sequence[str]) -> dict[str, Any]:
    """Arguments in the reference's order, so a solution with other names gets them by position."""
    known = [k for k in order if k in args]
    return {**{k: args[k] for k in known}, **{k: v for k, v in args.items() if k not in known}}


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


def worker_config(problem: Problem, source: SolutionSource, *, memory_bytes: int | None = None,
                  confine: bool = True) -> WorkerConfig:
    return WorkerConfig(
        source=source.text, filename=str(source.path), entry=problem.entry, returns=problem.returns,
        memory_bytes=memory_bytes or problem.limits.memory_bytes, confine=confine,
    )


class ReferenceRunner:
    """The trusted reference in a worker of its own, answering one input at a time.

    A failure is the problem's (ProblemFormatError). A run cut short by a caller's own
    time limit, or out of memory then, is not: `answer_within` says it has no answer and
    the next call restarts the worker (a reference that is merely slow or big at a huge
    ladder size cannot check that size in the time left).
    """

    def __init__(self, problem: Problem, *, time_factor: float = 10.0) -> None:
        self.problem = problem
        self.order = entry_parameters(problem.reference, problem.entry)
        self.limit = max(problem.limits.time_limit_s * time_factor, 10.0)
        config = worker_config(problem, SolutionSource.read(problem.reference),
                               memory_bytes=max(problem.limits.memory_bytes, 1024 * 2**20))
        self.worker = WorkerProcess(config)

    def __enter__(self) -> ReferenceRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.worker.close()

    def _failed(self, reason: str, fix: str) -> ProblemFormatError:
        diag = Diagnostics(self.problem.root)
        diag.error(self.problem.reference, reason, fix)
        return ProblemFormatError(diag)

    def answer(self, args: Mapping[str, Any]) -> Any:
        """The reference's answer within the problem's generous reference limit."""
        return self.answer_within(args, None)[1]

    def answer_within(self, args: Mapping[str, Any], limit_s: float | None) -> tuple[bool, Any]:
        """(True, answer), or (False, None) if it needed more than `limit_s` seconds."""
        if not self.worker.alive:
            failure = load_failure(self.worker.start())
            if failure is not None:
                raise self._failed(f"cannot be loaded: {failure.reason}.",
                                   f"Define a function {self.problem.entry}() that runs without errors at import time.")
        bounded = limit_s is not None and limit_s < self.limit
        limit = min(self.limit, limit_s) if limit_s is not None else self.limit
        reply = self.worker.request({"op": "call", "args": ordered_args(args, self.order)},
                                    cpu_limit_s=limit, wall_limit_s=limit + 1.0 if bounded else limit * 3)
        judgement = judge_reply(reply, CheckResult(True), time_limit_s=limit)
        if bounded and judgement.verdict in (Verdict.TIME_LIMIT_EXCEEDED, Verdict.MEMORY_LIMIT_EXCEEDED):
            return False, None  # killed, or finished just past the caller's limit before the kernel's kill
        if judgement.verdict is not Verdict.ACCEPTED:
            raise self._failed(f"fails on input {preview(args)}: {judgement.reason}.",
                               "Fix the reference solution (it must be correct and within the limits).")
        return True, json.loads(reply.message["value"])


def reference_values(problem: Problem, inputs: Sequence[Mapping[str, Any]], *, time_factor: float = 10.0
                     ) -> list[Any]:
    """Run the trusted reference on each input in its own worker; raise ProblemFormatError on failure."""
    with ReferenceRunner(problem, time_factor=time_factor) as reference:
        return [reference.answer(args) for args in inputs]


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "judge" / "reference"


def cached_reference_values(problem: Problem, inputs: Sequence[Mapping[str, Any]]) -> list[Any]:
    """reference_values(), remembered on disk: a practising user reruns the same problem often.

    The key covers everything the answers depend on (the reference's source, the entry, the
    in-place argument, every input, the judge's version), so a stale entry cannot be hit.
    """
    from judge import __version__

    try:
        key_parts = [__version__, problem.entry, problem.returns or "", problem.reference.read_bytes().decode(),
                     json.dumps(list(inputs), sort_keys=True)]
    except (OSError, UnicodeDecodeError, TypeError, ValueError):
        return reference_values(problem, inputs)
    key = hashlib.sha256("\0".join(key_parts).encode()).hexdigest()
    path = _cache_dir() / f"{problem.slug}-{key[:32]}.json"
    with _CACHE_LOCKS_GUARD:
        lock = _CACHE_LOCKS.setdefault(str(path), threading.Lock())
    with lock:  # a second thread of this process waits, then reads what the first stored
        try:
            cached = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(cached, list) and len(cached) == len(inputs):
                return cached
        except (OSError, ValueError):
            pass
        values = reference_values(problem, inputs)
        with contextlib.suppress(OSError, TypeError, ValueError):
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(f".{os.getpid()}.tmp")
            partial.write_text(json.dumps(values), encoding="utf-8")
            partial.replace(path)  # atomic: parallel graders never read half a file
        return values


def load_failure(reply: Reply) -> LoadFailure | None:
    """None when the worker is ready; otherwise why the solution could not be loaded."""
    if reply.outcome == "reply" and reply.message.get("status") == "ready":
        return None
    if reply.outcome == "reply" and reply.message.get("status") == "invalid":
        error = reply.message.get("error") or {}
        where = f" (line {error['line']})" if error.get("line") else ""
        return LoadFailure(f"{error.get('type', 'Error')}: {error.get('message', '')}{where}", error)
    judgement = judge_reply(reply, None, time_limit_s=30.0)
    return LoadFailure(f"loading the solution failed: {judgement.reason}", None)


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
        runs, failure, layers = _run_solution(problem, source, tests, order, confine, progress)
        reference = future.result()
    _check_tests_agree(problem, tests, reference, checker)
    cases: list[CaseResult] = []
    for test, ref, run in zip(tests, reference, runs, strict=True):
        expected = test.output if test.has_output else ref
        cases.append(run if isinstance(run, CaseResult) else _finish(problem, checker, test, run, expected))
    return tuple(cases), failure, layers


def _run_solution(problem: Problem, source: SolutionSource, tests: Sequence[TestCase],
                  order: Sequence[str], confine: bool, progress: Callable[[int, int], None] | None
                  ) -> tuple[list[Reply | CaseResult], LoadFailure | None, tuple[str, ...]]:
    """One worker for all tests, restarted after a crash; a CaseResult marks a test not run."""
    limit = problem.limits.time_limit_s
    runs: list[Reply | CaseResult] = []
    kills = 0
    with WorkerProcess(worker_config(problem, source, confine=confine)) as worker:
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
            reply = worker.request({"op": "call", "args": ordered_args(test.input, order)},
                                   cpu_limit_s=limit, wall_limit_s=limit * 3 + 1.0)
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


def decode_answer(reply: Reply) -> tuple[Reply, Any]:
    """The answer in an "ok" reply, decoded without trusting it: a reply without a JSON text
    value (only a forged frame can be one) becomes a protocol failure, and a value nested
    deeper than the judge can decode (the worker's recursion limit is far higher) a bad value."""
    value = reply.message.get("value")
    if not isinstance(value, str):
        return replace(reply, outcome="protocol", detail="an answer without a JSON text value"), None
    try:
        return reply, json.loads(value)
    except RecursionError:
        message = {**reply.message, "status": "bad_value", "message": "returned a value nested too deeply to check"}
        return replace(reply, message=message), None
    except ValueError as exc:
        return replace(reply, outcome="protocol", detail=f"an answer that is not JSON ({exc})"), None


def _finish(problem: Problem, checker: Checker, test: TestCase, reply: Reply, expected: Any) -> CaseResult:
    actual: Any = None
    check: CheckResult | None = None
    if reply.outcome == "reply" and reply.message.get("status") == "ok":
        reply, actual = decode_answer(reply)
    if reply.outcome == "reply" and reply.message.get("status") == "ok":
        check = run_check(problem, checker, test.input, expected, actual)
    judgement: Judgement = judge_reply(reply, check, time_limit_s=problem.limits.time_limit_s)
    return CaseResult(
        name=test.name, group=test.group, verdict=judgement.verdict, reason=judgement.reason,
        input=test.input, expected=expected, actual=actual, cpu_s=reply.cpu_s, wall_s=reply.wall_s,
        peak_memory_bytes=reply.peak_rss_bytes, stdout=reply.output.stdout, stderr=reply.output.stderr,
        output_bytes=reply.output.total_bytes, error=reply.message.get("error"),
    )
