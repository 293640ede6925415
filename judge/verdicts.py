"""The closed set of verdicts (a value type; `judge.judging.decide` decides them)."""

from __future__ import annotations

import enum


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
