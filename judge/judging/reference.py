"""The trusted reference: its answers, in a worker of its own, cached on disk.

Expected outputs and the reference never enter the solution's process; a failure of the
reference is the problem's (a ProblemFormatError naming reference.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from judge.checkers import CheckResult
from judge.errors import ProblemFormatError
from judge.judging.decide import Verdict, judge_reply, load_failure
from judge.judging.source import SolutionSource, ordered_args, worker_config
from judge.problem.diagnostics import Diagnostics
from judge.problem.entry import entry_parameters
from judge.problem.model import Problem
from judge.report import preview
from judge.sandbox.replies import decode_answer
from judge.sandbox.runner import WorkerProcess
from judge.version import __version__

# One lock per reference cache entry: parallel graders of one problem compute its answers once.
_CACHE_LOCKS: dict[str, threading.Lock] = {}
_CACHE_LOCKS_GUARD = threading.Lock()


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
        answered, value, _ = self.timed_answer(args, limit_s)
        return answered, value

    def timed_answer(self, args: Mapping[str, Any], limit_s: float | None) -> tuple[bool, Any, float]:
        """answer_within() and the CPU seconds the call took, as the kernel accounted them."""
        if not self.worker.alive:
            failure = load_failure(self.worker.start())
            if failure is not None:
                raise self._failed(f"cannot be loaded: {failure.reason}.",
                                   f"Define a function {self.problem.entry}() that runs without errors at import time.")
        bounded = limit_s is not None and limit_s < self.limit
        limit = min(self.limit, limit_s) if limit_s is not None else self.limit
        reply = self.worker.call(ordered_args(args, self.order), cpu_limit_s=limit,
                                 wall_limit_s=limit + 1.0 if bounded else limit * 3)
        judgement = judge_reply(reply, CheckResult(True), time_limit_s=limit)
        if bounded and judgement.verdict in (Verdict.TIME_LIMIT_EXCEEDED, Verdict.MEMORY_LIMIT_EXCEEDED):
            return False, None, reply.cpu_s  # killed, or finished just past the caller's limit
        if judgement.verdict is not Verdict.ACCEPTED:
            raise self._failed(f"fails on input {preview(args)}: {judgement.reason}.",
                               "Fix the reference solution (it must be correct and within the limits).")
        checked, value = decode_answer(reply)
        if not checked.ok:
            raise self._failed(f"returns an answer the judge cannot read on input {preview(args)}.",
                               "Return plain values (lists, dicts, str, int, float, bool, None).")
        return True, value, reply.cpu_s


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
    try:
        key_parts = [__version__, problem.entry, problem.returns or "",
                     json.dumps([problem.types, problem.design, problem.codec]),
                     problem.reference.read_bytes().decode(),
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
