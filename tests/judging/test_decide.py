"""judge_reply: facts about one run (a hand-made Reply) -> exactly one verdict of a closed set."""

from __future__ import annotations

import signal
import typing

import pytest

from judge.checkers import CheckResult
from judge.judging import decide
from judge.judging.decide import Judgement, Verdict, judge_reply
from judge.sandbox.runner import Outcome, Output, Reply

LIMIT = 1.0
OK = CheckResult(True)
BAD = CheckResult(False, "the elements differ")


def verdict(reply: Reply, check: CheckResult | None = OK, limit: float = LIMIT) -> Judgement:
    return judge_reply(reply, check, time_limit_s=limit)


def ok_reply(**message) -> Reply:
    return Reply("reply", {"status": "ok", "value": "1", **message}, cpu_s=0.01)


def test_closed_enum() -> None:
    assert {v.value for v in Verdict} == {
        "accepted", "wrong_answer", "runtime_error", "time_limit_exceeded", "memory_limit_exceeded",
        "output_limit_exceeded", "invalid_solution", "too_slow", "too_much_memory",
    }
    assert [v for v in Verdict if v.passed] == [Verdict.ACCEPTED]
    assert Verdict.TIME_LIMIT_EXCEEDED.label == "time limit exceeded"
    with pytest.raises(ValueError):
        Verdict("crashed")


def test_accepted() -> None:
    assert verdict(ok_reply()) == Judgement(Verdict.ACCEPTED)


def test_wrong_answer_carries_the_checkers_message() -> None:
    assert verdict(ok_reply(), BAD) == Judgement(Verdict.WRONG_ANSWER, "the elements differ")
    assert verdict(ok_reply(), None).verdict is Verdict.WRONG_ANSWER


def test_cpu_timeout() -> None:
    j = verdict(Reply("timeout", cpu_s=1.2, detail="cpu"))
    assert j.verdict is Verdict.TIME_LIMIT_EXCEEDED and "CPU limit" in j.reason and "1.20" in j.reason


def test_wall_timeout() -> None:
    j = verdict(Reply("timeout", cpu_s=0.0, detail="wall"))
    assert j.verdict is Verdict.TIME_LIMIT_EXCEEDED and "wall-clock" in j.reason


def test_output_limit() -> None:
    j = verdict(Reply("output_limit", output=Output(stdout_bytes=9_000_000, stderr_bytes=1)))
    assert j.verdict is Verdict.OUTPUT_LIMIT_EXCEEDED and "9,000,001 bytes" in j.reason


def test_memory_outcome_and_memory_status() -> None:
    assert verdict(Reply("memory", peak_rss_bytes=2**30)).verdict is Verdict.MEMORY_LIMIT_EXCEEDED
    assert verdict(Reply("reply", {"status": "memory"})).verdict is Verdict.MEMORY_LIMIT_EXCEEDED


def test_answer_after_the_cpu_limit_is_too_late() -> None:
    j = verdict(Reply("reply", {"status": "ok", "value": "1"}, cpu_s=1.5))
    assert j.verdict is Verdict.TIME_LIMIT_EXCEEDED and "limit 1 s" in j.reason
    # limits are checked before the answer: a wrong answer that was also too slow is TLE
    assert verdict(Reply("reply", {"status": "ok"}, cpu_s=1.5), BAD).verdict is Verdict.TIME_LIMIT_EXCEEDED


def test_protocol_breakage_is_a_runtime_error() -> None:
    j = verdict(Reply("protocol", detail="the worker sent a 999-byte frame"))
    assert j.verdict is Verdict.RUNTIME_ERROR and "999-byte" in j.reason


def test_died_with_exit_code() -> None:
    j = verdict(Reply("died", exit_code=3))
    assert j.verdict is Verdict.RUNTIME_ERROR and "exited with code 3" in j.reason


def test_died_by_segfault_hints_at_recursion() -> None:
    j = verdict(Reply("died", signal=signal.SIGSEGV))
    assert j.verdict is Verdict.RUNTIME_ERROR and "SIGSEGV" in j.reason and "recursion" in j.reason


@pytest.mark.parametrize("sig", [signal.SIGXCPU, signal.SIGKILL])
def test_died_by_cpu_signal_near_the_limit_is_tle(sig: int) -> None:
    assert verdict(Reply("died", signal=sig, cpu_s=0.95)).verdict is Verdict.TIME_LIMIT_EXCEEDED
    j = verdict(Reply("died", signal=sig, cpu_s=0.1))
    assert j.verdict is Verdict.RUNTIME_ERROR and signal.Signals(sig).name in j.reason


def test_died_by_unknown_signal_number() -> None:
    j = verdict(Reply("died", signal=200))
    assert j.verdict is Verdict.RUNTIME_ERROR and "signal 200" in j.reason


def test_exception() -> None:
    reply = Reply("reply", {"status": "exception", "error": {"type": "IndexError", "message": "list index out of range",
                                                             "line": 4}})
    assert verdict(reply) == Judgement(Verdict.RUNTIME_ERROR, "IndexError: list index out of range")
    bare = Reply("reply", {"status": "exception", "error": {"type": "StopIteration", "message": ""}})
    assert verdict(bare).reason == "StopIteration"


@pytest.mark.parametrize("kind", ["SystemExit", "KeyboardInterrupt"])
def test_exit_exceptions_explain_that_a_solution_must_return(kind: str) -> None:
    j = verdict(Reply("reply", {"status": "exception", "error": {"type": kind, "message": "0"}}))
    assert j.verdict is Verdict.RUNTIME_ERROR and "must return" in j.reason


def test_bad_value_is_a_wrong_answer() -> None:
    j = verdict(Reply("reply", {"status": "bad_value", "message": "returned a value of type object"}))
    assert j == Judgement(Verdict.WRONG_ANSWER, "returned a value of type object")


def test_unknown_status_is_a_runtime_error() -> None:
    j = verdict(Reply("reply", {"status": "protocol", "message": "unknown op"}))
    assert j.verdict is Verdict.RUNTIME_ERROR and "'protocol'" in j.reason
    assert verdict(Reply("reply", {})).verdict is Verdict.RUNTIME_ERROR


@pytest.mark.parametrize("outcome", typing.get_args(Outcome))
@pytest.mark.parametrize("status", ["ok", "exception", "memory", "bad_value", "ready", None])
@pytest.mark.parametrize("check", [OK, BAD, None])
def test_every_combination_gives_one_member_of_the_enum(outcome: str, status: str | None,
                                                        check: CheckResult | None) -> None:
    message = {} if status is None else {"status": status, "value": "1", "error": {"type": "E", "message": "m"}}
    for sig, code in ((None, None), (signal.SIGKILL, None), (None, 1)):
        reply = Reply(outcome, message, cpu_s=0.5, signal=sig, exit_code=code)  # type: ignore[arg-type]
        j = verdict(reply, check)
        assert isinstance(j, Judgement) and isinstance(j.verdict, Verdict)
        assert isinstance(j.reason, str)
        # the judge's own phase verdicts never come from one run
        assert j.verdict not in (Verdict.TOO_SLOW, Verdict.TOO_MUCH_MEMORY, Verdict.INVALID_SOLUTION)
        assert (j.verdict is Verdict.ACCEPTED) == (outcome == "reply" and status == "ok" and check is OK)


def test_a_solution_too_slow_to_measure_where_the_reference_is_fast_is_too_slow() -> None:
    judgement = decide.too_slow_to_measure(8, 0.8, 0.002)
    assert judgement is not None and judgement.verdict is Verdict.TOO_SLOW
    assert "n = 8" in judgement.reason and "0.002 s" in judgement.reason


def test_a_size_the_reference_also_finds_costly_proves_nothing() -> None:
    assert decide.too_slow_to_measure(4096, 0.8, 0.05) is None
