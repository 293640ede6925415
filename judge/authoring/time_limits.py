"""Advice on [limits] time_limit_s from the accepted runs, problemtools' rule.

A limit much tighter than the accepted runs fails correct solutions on a slower machine; one
much looser lets a far slower solution pass the tests, so verify warns either way.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from judge.authoring.judging import Judged
from judge.authoring.run import VerifyRun
from judge.problem.model import Problem
from judge.report import Report

TIME_LIMIT_FACTOR = 2.0  # problemtools: slowest accepted run x 2, rounded up
LOOSE_FACTOR = 5.0       # a declared limit this many times the suggestion is too loose


def suggest_time_limit(run: VerifyRun, problem: Problem, reference: Report | None,
                       judged: Sequence[Judged]) -> float | None:
    """Slowest accepted test run x 2, rounded up to whole seconds; None without accepted runs.

    Warns when the declared limit is under the needed margin or far over the suggestion.
    Timings of the complexity phase's generated sizes do not count: the limit is per test.
    """
    accepted = [r for r in (reference, *(r for _, want, r in judged if want == "accepted"))
                if r is not None and r.verdict.passed]
    times = [c.cpu_s for r in accepted for c in r.cases if c.group != "scale"]
    if not times:
        return None
    slowest = max(times)
    needed = slowest * TIME_LIMIT_FACTOR
    suggested = float(max(1, math.ceil(needed)))
    declared = problem.limits.time_limit_s
    toml = problem.root / "problem.toml"
    if declared < needed:
        run.diag.warning(toml, f"[limits] time_limit_s = {declared:g} is too tight: the slowest accepted run took "
                         f"{slowest:.3f} s CPU, and a limit needs a x{TIME_LIMIT_FACTOR:g} safety margin.",
                         f"Set time_limit_s = {suggested:g}.")
    elif declared > suggested * LOOSE_FACTOR:
        run.diag.warning(toml, f"[limits] time_limit_s = {declared:g} is loose: the slowest accepted run took "
                         f"{slowest:.3f} s CPU, so a much slower solution would still pass the tests.",
                         f"Set time_limit_s = {suggested:g} (slowest accepted x {TIME_LIMIT_FACTOR:g}, rounded up).")
    return suggested
