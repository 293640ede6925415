"""The request sequences the measuring targets send, with the worker faked."""

from __future__ import annotations

from typing import Any

import pytest

from judge.judging import targets
from judge.judging.targets import PAUSE_ITEMS, CountingTarget


class FakeWorker:
    def pause(self, **limits: float) -> None: ...

    def stage(self, inputs: Any, **limits: float) -> None: ...


@pytest.fixture()
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    requests: list[str] = []
    monkeypatch.setattr(CountingTarget, "_ask", lambda self, request, cap_s, *a, **k: requests.append(request.__name__))
    return requests


def staged(n: int, inputs: list[dict[str, Any]]) -> None:
    CountingTarget(FakeWorker(), ("nums",), "generate").stage(n, inputs)  # type: ignore[arg-type]


def test_big_inputs_are_copied_in_with_instrumentation_paused(asked: list[str]) -> None:
    staged(8192, [{"nums": list(range(8192))}] * 2)
    assert asked == ["pause", "stage"]


def test_a_size_whose_input_is_one_int_is_not_paused(asked: list[str]) -> None:
    # n is a value (an integer square root of about n): pausing and switching back on cost
    # ~0.15 s a size under Valgrind, for nothing to copy.
    staged(524_288, [{"x": 524_288 + i} for i in range(3)])
    assert asked == ["stage"]


def test_items_count_nested_containers_strings_and_big_ints() -> None:
    assert targets._items([[0] * 100] * 100) == 1 + 100 * 101
    assert targets._items({"s": "a" * PAUSE_ITEMS}) > PAUSE_ITEMS
    assert targets._items(1 << (30 * PAUSE_ITEMS)) > PAUSE_ITEMS
    assert targets._items(None) == 1
