"""The library entry point: one warning when isolation layers are missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge import api
from judge.sandbox import isolation

ROOT = Path(__file__).resolve().parents[1]


def test_warns_once_when_a_layer_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    layers = (isolation.LayerStatus("seccomp", False, "pyseccomp missing"),
              isolation.LayerStatus("landlock", True, "ABI 7"))
    monkeypatch.setattr(isolation, "detect_layers", lambda refresh=False: layers)
    assert api.sandbox_warning(True) == "sandbox running without seccomp on this machine (see `judge doctor`)"
    assert "off" in api.sandbox_warning(False)


def test_no_warning_with_every_layer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(isolation, "detect_layers", lambda refresh=False: (isolation.LayerStatus("x", True, ""),))
    assert api.sandbox_warning(True) == ""


def test_report_carries_the_warning_once() -> None:
    report = api.judge_solution(ROOT / "solutions" / "two_sum.py", api.Options(complexity=False, confine=False))
    assert len([w for w in report.warnings if "sandbox" in w]) == 1
