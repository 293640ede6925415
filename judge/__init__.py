"""judge: a local coding-challenge judge that checks correctness and measured complexity.

Public API (imported lazily so the sandbox worker, which imports `judge.sandbox`, starts
fast): `load_problem`, `judge_solution`, `Options`, `Report`, `Verdict`.
"""

from __future__ import annotations

from typing import Any

from judge.version import __version__

__all__ = ["Options", "Report", "Verdict", "__version__", "judge_solution", "load_problem"]


def __getattr__(name: str) -> Any:
    if name in ("judge_solution", "Options"):
        import judge.api as api

        return getattr(api, name)
    if name == "load_problem":
        from judge.problem.loader import load_problem

        return load_problem
    if name == "Report":
        from judge.report import Report

        return Report
    if name == "Verdict":
        from judge.verdicts import Verdict

        return Verdict
    raise AttributeError(f"module 'judge' has no attribute {name!r}")
