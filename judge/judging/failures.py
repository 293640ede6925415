"""What a failed measuring request becomes: the scale case reported for it, or the words
of why counting could not go on."""

from __future__ import annotations

from judge.complexity.measure import MeasureFailure
from judge.judging.decide import judge_reply
from judge.report import CaseResult
from judge.sandbox.replies import Reply


def why(reply: Reply) -> str:
    """A reply's last words on one line (at most 300 characters): why a worker could not
    start or count, for a note or an error message."""
    text = reply.detail or reply.output.stderr or (reply.status or "") or reply.outcome
    return " ".join(str(text).split())[-300:]


def failure_case(exc: MeasureFailure) -> CaseResult:
    """The case a call that failed at scale is reported as, its reply judged as a test's is."""
    reply: Reply = exc.facts
    judgement = judge_reply(reply, None, time_limit_s=float("inf"))
    return CaseResult(
        name=f"{exc.family} n={exc.n}", group="scale", verdict=judgement.verdict, reason=judgement.reason,
        input=exc.input, cpu_s=reply.cpu_s, wall_s=reply.wall_s, stdout=reply.output.stdout,
        stderr=reply.output.stderr, error=reply.error.to_dict() if reply.error else None, n=exc.n, family=exc.family,
    )
