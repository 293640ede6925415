"""Every verdict is decided here, as a function of facts.

Run facts from the sandbox (how a request ended, what the worker replied), the checker's
opinion, and the complexity assessments come in; a Verdict and the reason go out. No
other module chooses a verdict.
"""

from __future__ import annotations

import signal as signals
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from judge.checkers import CheckResult
from judge.sandbox.protocol import Status
from judge.sandbox.replies import Reply
from judge.verdicts import Verdict

UNMEASURABLE_RATIO = 20.0  # a reference this many times faster at the size a solution cannot pass

__all__ = ["Judgement", "LoadFailure", "Verdict", "complexity_verdict", "judge_reply", "load_failure",
           "too_slow_to_measure", "wrong_at_scale"]


@dataclass(frozen=True)
class LoadFailure:
    """The solution could not be loaded: syntax error, no entry, import-time exception."""

    reason: str
    error: Mapping[str, Any] | None


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    reason: str = ""


_CPU_SIGNALS = {signals.SIGXCPU, signals.SIGKILL}


def judge_reply(reply: Reply, check: CheckResult | None, *, time_limit_s: float) -> Judgement:
    """Facts about one test run (and the checker's opinion when it returned) -> verdict.

    Order matters: limits first (a run killed for time has no answer to check), then how
    the process ended, then what the solution raised, then the answer itself.
    """
    if reply.outcome == "timeout":
        what = "CPU" if reply.detail == "cpu" else "wall-clock"
        return Judgement(Verdict.TIME_LIMIT_EXCEEDED, f"killed after {reply.cpu_s:.2f} s CPU ({what} limit)")
    if reply.outcome == "output_limit":
        return Judgement(Verdict.OUTPUT_LIMIT_EXCEEDED, f"printed {reply.output.total_bytes:,} bytes")
    if reply.outcome == "memory":
        return Judgement(Verdict.MEMORY_LIMIT_EXCEEDED, "killed for memory use")
    if reply.cpu_s > time_limit_s:
        return Judgement(Verdict.TIME_LIMIT_EXCEEDED, f"used {reply.cpu_s:.2f} s CPU (limit {time_limit_s:g} s)")
    if reply.outcome == "protocol":
        return Judgement(Verdict.RUNTIME_ERROR, f"broke the judge's channel: {reply.detail}")
    if reply.outcome == "died":
        if reply.signal is not None:
            if reply.signal in _CPU_SIGNALS and reply.cpu_s >= time_limit_s * 0.9:
                return Judgement(Verdict.TIME_LIMIT_EXCEEDED, "killed by the CPU limit")
            name = _signal_name(reply.signal)
            crash = reply.signal == signals.SIGSEGV
            hint = " (a crash, e.g. a stack overflow from very deep recursion)" if crash else ""
            return Judgement(Verdict.RUNTIME_ERROR, f"the process was killed by {name}{hint}")
        return Judgement(Verdict.RUNTIME_ERROR, f"the process exited with code {reply.exit_code} during the test")
    status = reply.status
    if status is Status.MEMORY:
        return Judgement(Verdict.MEMORY_LIMIT_EXCEEDED, "MemoryError: the memory limit was reached")
    if status is Status.EXCEPTION:
        kind, message = (reply.error.type, reply.error.message) if reply.error else ("Exception", "")
        if kind in ("SystemExit", "KeyboardInterrupt"):
            return Judgement(Verdict.RUNTIME_ERROR, f"raised {kind}: a solution must return its answer")
        return Judgement(Verdict.RUNTIME_ERROR, f"{kind}: {message}".rstrip(": "))
    if status is Status.BAD_VALUE:
        return Judgement(Verdict.WRONG_ANSWER, reply.reason or "")
    if status is not Status.OK:
        return Judgement(Verdict.RUNTIME_ERROR, f"unexpected reply from the worker ({status!r})")
    if check is None or not check.ok:
        return Judgement(Verdict.WRONG_ANSWER, check.message if check else "")
    return Judgement(Verdict.ACCEPTED)


def _signal_name(number: int) -> str:
    try:
        return signals.Signals(number).name
    except ValueError:
        return f"signal {number}"


def load_failure(reply: Reply) -> LoadFailure | None:
    """None when the worker is ready; otherwise why the solution could not be loaded."""
    if reply.outcome == "reply" and reply.status is Status.READY:
        return None
    if reply.outcome == "reply" and reply.status is Status.INVALID and reply.error is not None:
        error = reply.error
        where = f" (line {error.line})" if error.line else ""
        return LoadFailure(f"{error.type}: {error.message}{where}", error.to_dict())
    judgement = judge_reply(reply, None, time_limit_s=30.0)
    return LoadFailure(f"loading the solution failed: {judgement.reason}", None)


def wrong_at_scale(check: CheckResult, n: int, *, measured: bool) -> Judgement:
    """A wrong answer on a generated input; `measured`: from a timed or counted run whose
    checked twin answered otherwise (the solution changed its answer while measured)."""
    when = " in a measured run (timed or counted; the checked run answered otherwise)" if measured else ""
    return Judgement(Verdict.WRONG_ANSWER, (check.message or f"wrong answer on a generated input of size {n:,}") + when)


def complexity_verdict(time_status: str, time_shown: str, expected_time: str,
                       space_status: str, space_shown: str, expected_space: str) -> Judgement:
    """Too slow or too much memory only on the fitter's confident "worse"; else accepted,
    because a correct, efficient solution must never be rejected on weak evidence."""
    if time_status == "worse":
        return Judgement(Verdict.TOO_SLOW, f"time grows like {time_shown}, expected {expected_time}")
    if space_status == "worse":
        return Judgement(Verdict.TOO_MUCH_MEMORY, f"memory grows like {space_shown}, expected {expected_space}")
    return Judgement(Verdict.ACCEPTED)


def too_slow_to_measure(n: int, cap_s: float, reference_s: float) -> Judgement | None:
    """A solution whose calls at the smallest sizes already pass the measuring cap, where the
    reference answers the same input many times faster, prevents measurement: too slow, not
    "inconclusive"."""
    if reference_s * UNMEASURABLE_RATIO > cap_s:
        return None
    return Judgement(Verdict.TOO_SLOW, f"one call takes over {cap_s:g} s of CPU time, too slow to measure; "
                                       f"the reference answers the same input (n = {n:,}) in {reference_s:.3f} s")
