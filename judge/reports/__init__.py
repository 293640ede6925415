"""Reporters: one class per format, each rendering the same Report value."""

from __future__ import annotations

from typing import Protocol

from judge.report import Report


class Reporter(Protocol):
    def render(self, report: Report) -> str: ...
