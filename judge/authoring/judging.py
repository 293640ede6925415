"""Judge a folder's reference and submissions: correctness in parallel, complexity in turn.

The complexity phases share one lock because each times real code: two at once on the same
cores would slow each other down and skew the measured classes.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from judge.authoring.run import VerifyRun, relative_name
from judge.authoring.submissions import COMPLEXITY_VERDICTS, Submission, undecided
from judge.errors import JudgeError
from judge.problem.model import Problem
from judge.report import Report

if TYPE_CHECKING:
    from judge.api import Options

DEFAULT_BUDGET_S = 8.0  # complexity-phase seconds per submission (`judge verify --budget`)

Judged = tuple[Path, str, Report | None]  # (file, expected verdict, report; None when judging failed)


@dataclass(frozen=True)
class JudgeSettings:
    """How hard to judge: complexity budgets, the input seed and how many files at once."""

    budget_s: float = DEFAULT_BUDGET_S
    reference_budget_s: float | None = None  # None: at least the normal `judge` budget
    seed: int = 0
    jobs: int | None = None  # None: one per CPU
    complexity: bool = True  # False (verify --quick): tests only; complexity verdicts expect "accepted"


def judge_all(run: VerifyRun, problem: Problem, submissions: Sequence[Submission],
              settings: JudgeSettings) -> tuple[Report | None, list[Judged]]:
    """The reference and every submission, judged on a thread pool; reports in input order."""
    from judge.api import Options  # here, not at the top: `judge new` needs none of the grading machinery

    base = Options(problem=str(problem.root), seed=settings.seed, budget_s=settings.budget_s,
                   complexity=settings.complexity)
    judges = _Judges(run, problem, settings, base, normal_budget_s=Options().budget_s)
    workers = max(1, settings.jobs or os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="judge-verify") as pool:
        ref_future = pool.submit(judges.reference)
        futures = [(path, want, pool.submit(judges.submission, path, want)) for path, want in submissions]
        reference = ref_future.result()
        judged = [(path, want, future.result()) for path, want, future in futures]
    return reference, judged


@dataclass
class _Judges:
    """Judges one file at a time for judge_all; all share the complexity lock."""

    run: VerifyRun
    problem: Problem
    settings: JudgeSettings
    base: Options  # what every file starts from
    normal_budget_s: float  # the budget of a plain `judge` run
    gate: threading.Lock = field(default_factory=threading.Lock)

    def reference(self) -> Report | None:
        """The reference gets at least the normal budget: its measured classes are checked."""
        budget_s = self.settings.reference_budget_s or max(self.settings.budget_s, self.normal_budget_s)
        return self.judge(self.problem.reference, replace(self.base, budget_s=budget_s))

    def submission(self, path: Path, want: str) -> Report | None:
        """A limit submission the complexity phase could not decide gets one more run with
        more budget: "inconclusive" means too little evidence, not a wrong filing."""
        budget_s = self.settings.budget_s
        options = replace(self.base, complexity=self.base.complexity and want in COMPLEXITY_VERDICTS)
        report = self.judge(path, options)
        escalated = max(2 * budget_s, self.normal_budget_s)
        if report is not None and undecided(report, want) and escalated > budget_s:
            self.run.progress(f"{self.problem.slug}: {relative_name(self.problem.root, path)} undecided in "
                              f"{budget_s:g} s, again with {escalated:g} s")
            report = self.judge(path, replace(options, budget_s=escalated))
        return report

    def judge(self, path: Path, options: Options) -> Report | None:
        """One judged file; a failure that is the folder's fault becomes a finding and None."""
        from judge.api import judge_solution  # looked up per call, like Options above

        self.run.progress(f"{self.problem.slug}: judging {relative_name(self.problem.root, path)}")
        try:
            return judge_solution(path, options, complexity_gate=self.gate)
        except JudgeError as exc:
            if exc.exit_code == 3:  # the sandbox itself failed: not the folder's fault
                raise
            self.run.absorb(exc, path, f"judging {path.name} failed")
            return None
