"""The worker's request handlers, called in-process (no sandbox, no pipes)."""

from __future__ import annotations

import pytest

from judge.sandbox import worker


def test_pace_workload_is_warm_before_the_first_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """CPython 3.11 runs a function's first seven calls unspecialised (~1.5x slower): if
    those were the first size's pace readings, every ladder's first size would be scaled
    ~35% too fast. Staging the first size warms the workload, outside any timed request."""
    calls: list[str] = []

    def counted() -> int:
        calls.append("call")
        return 0

    monkeypatch.setattr(worker, "_pace_workload", counted)
    w = worker.Worker(-1, -1)
    w.op_stage({"inputs": [[1, 2]]})
    assert len(calls) == worker.PACE_WARMUP >= 8
    w.op_stage({"inputs": [[3, 4]]})  # once per worker, not per size
    assert len(calls) == worker.PACE_WARMUP
    assert w.op_pace({})["status"] == "ok"
    assert len(calls) == worker.PACE_WARMUP + 1


def test_pace_workload_is_fixed() -> None:
    assert worker._pace_workload() == sum(i & 7 for i in range(worker.PACE_LOOPS))
