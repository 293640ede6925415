"""The closed set of verdicts and the one function that maps run facts to a verdict."""

from __future__ import annotations

import enum
import signal as signals
from dataclasses import dataclass

from judge.checkers import CheckResult
from judge.sandbox.runner import Reply


class Verdict(enum.Enum):
    ACCEPTED = "accepted"
    WRONG_ANSWER = "wrong_answer"
    RUNTIME_ERROR = "runtime_error"
    TIME_LIMIT_EXCEEDED = "time_limit_exceeded"
    MEMORY_LIMIT_EXCEEDED = "memory_limit_exceeded"
    OUTPUT_LIMIT_EXCEEDED = "output_limit_exceeded"
    INVALID_SOLUTION = "invalid_solution"
    TOO_SLOW = "too_slow"
    TOO_MUCH_MEMORY = "too_much_memory"

    @property
    def passed(self) -> bool:
        return self is Verdict.ACCEPTED

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


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
    status = reply.message.get("status")
    if status == "memory":
        return Judgement(Verdict.MEMORY_LIMIT_EXCEEDED, "MemoryError: the memory limit was reached")
    if status == "exception":
        error = reply.message.get("error") or {}
        kind = error.get("type", "Exception")
        if kind in ("SystemExit", "KeyboardInterrupt"):
            return Judgement(Verdict.RUNTIME_ERROR, f"raised {kind}: a solution must return its answer")
        return Judgement(Verdict.RUNTIME_ERROR, f"{kind}: {error.get('message', '')}".rstrip(": "))
    if status == "bad_value":
        return Judgement(Verdict.WRONG_ANSWER, str(reply.message.get("message", "")))
    if status != "ok":
        return Judgement(Verdict.RUNTIME_ERROR, f"unexpected reply from the worker ({status!r})")
    if check is None or not check.ok:
        return Judgement(Verdict.WRONG_ANSWER, check.message if check else "")
    return Judgement(Verdict.ACCEPTED)


def _signal_name(number: int) -> str:
    try:
        return signals.Signals(number).name
    except ValueError:
        return f"signal {number}"
