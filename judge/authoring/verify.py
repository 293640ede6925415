"""`judge verify`: every check on a problem folder, every finding reported at once.

Modelled on problemtools' verifyproblem: it runs every check it can and reports each
finding with its file and its fix, because an author fixing a folder wants the whole list,
not one error per run. Beyond the loader's format diagnostics it checks what a judge
depends on silently: generators that are deterministic, valid and really scale with n; a
reference that passes and meets its declared class; and submissions that get exactly the
verdict their folder promises.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from judge.authoring.judging import DEFAULT_BUDGET_S, JudgeSettings, judge_all
from judge.authoring.reference import check_reference
from judge.authoring.run import Progress, VerifyRun, no_progress, relative_name
from judge.authoring.submissions import check_submission, expected_verdict, find_submissions
from judge.authoring.time_limits import suggest_time_limit
from judge.errors import ProblemFormatError
from judge.problem.diagnostics import Diagnostics, Finding
from judge.problem.discovery import find_problem
from judge.problem.generator_checks import check_generators
from judge.problem.loader import load_problem
from judge.problem.model import Problem
from judge.report import Report

QUICK_GENERATOR_N = 4096  # verify --quick checks generators up to this size (the full verify: to max_n)


@dataclass(frozen=True)
class VerifyResult:
    """Everything verify found about one problem folder (judge.reports.verify renders it)."""

    slug: str
    root: Path
    findings: tuple[Finding, ...]
    reference: Report | None = None
    submissions: tuple[tuple[str, str, Report | None], ...] = ()  # (file, expected verdict, report)
    suggested_time_limit_s: float | None = None
    notes: tuple[str, ...] = ()
    seconds: float = 0.0

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "warning")

    @property
    def ok(self) -> bool:
        """Sound: warnings are advice, only errors fail a folder."""
        return not self.errors


def verify(specs: Sequence[str], problems_dirs: Sequence[Path] = (), *, budget_s: float = DEFAULT_BUDGET_S,
           seed: int = 0, jobs: int | None = None, progress: Progress | None = None,
           complexity: bool = True) -> tuple[VerifyResult, ...]:
    """Verify each problem (a slug or a folder). Raises ProblemNotFoundError for a spec that
    names no folder at all, before any work, since nothing could be checked."""
    roots = [find_problem(spec, problems_dirs) for spec in specs]
    return tuple(verify_problem(root, budget_s=budget_s, seed=seed, jobs=jobs, progress=progress,
                                complexity=complexity) for root in roots)


def verify_problem(root: Path | str, *, budget_s: float = DEFAULT_BUDGET_S, seed: int = 0, jobs: int | None = None,
                   progress: Progress | None = None, run_solutions: bool = True,
                   reference_budget_s: float | None = None, complexity: bool = True) -> VerifyResult:
    """Every check on one problem folder; findings instead of exceptions for the folder's faults.

    Submissions get `budget_s` each; the reference, whose measured classes are checked against
    the declared ones, gets `reference_budget_s` (default: at least the normal `judge` budget).
    `run_solutions=False` stops after the checks that run no solution (format, generators):
    seconds instead of a minute, for editors and tests. `complexity=False` runs the reference
    and every submission on the tests only (no complexity phase): what CI can afford for a
    whole library.
    """
    started = time.monotonic()
    root = Path(root).resolve()
    run = VerifyRun(root, Diagnostics(root), progress or no_progress)
    problem = _load(run)
    submissions = find_submissions(run)
    if problem is None:  # nothing can run on a folder that does not load
        return _result(run, root.name, started)
    _static_checks(run, problem)
    run.progress(f"{problem.slug}: checking the generators")
    run.notes += check_generators(problem, run.diag, seed=seed, up_to_n=None if complexity else QUICK_GENERATOR_N)
    if not run_solutions:
        return _result(run, problem.slug, started)
    settings = JudgeSettings(budget_s=budget_s, reference_budget_s=reference_budget_s, seed=seed, jobs=jobs,
                             complexity=complexity)
    reference, judged = judge_all(run, problem, submissions, settings)
    if reference is not None:
        check_reference(run, problem, reference)  # on the tests alone when complexity is off
    for path, want, report in judged:
        check_submission(run, path, want, report, tests_only=not complexity)
    suggested = suggest_time_limit(run, problem, reference, judged)
    return _result(run, problem.slug, started, reference,
                   tuple((relative_name(root, p), expected_verdict(w, tests_only=not complexity), r)
                         for p, w, r in judged), suggested)


def _load(run: VerifyRun) -> Problem | None:
    """The problem, or None after its format errors became findings."""
    run.progress(f"{run.root.name}: reading the folder")
    try:
        return load_problem(run.root)
    except ProblemFormatError as exc:
        run.diag.findings.extend(exc.diagnostics.findings)
        return None


def _static_checks(run: VerifyRun, problem: Problem) -> None:
    """What the loader accepts but an author should still fix: no statement, no examples."""
    if not problem.statement.strip():
        run.diag.error(problem.root / "statement.md", "is empty.", "Write the statement shown by `judge show`.")
    if not problem.examples:
        run.diag.warning(problem.root / "tests", "has no examples (tests/example*.json), so `judge show` shows none.",
                         "Name one or two small tests example_1.json, example_2.json.")
    if not (problem.root / "submissions" / "accepted").is_dir():
        run.diag.warning(problem.root / "submissions", "has no accepted/ submissions besides the reference.",
                         "Add other correct solutions under submissions/accepted/ (they tune the time limit).")


def _result(run: VerifyRun, slug: str, started: float, reference: Report | None = None,
            submissions: tuple[tuple[str, str, Report | None], ...] = (),
            suggested: float | None = None) -> VerifyResult:
    unique = tuple(dict.fromkeys(run.diag.findings))  # a broken generator fails every judged file alike
    return VerifyResult(slug, run.root, unique, reference=reference, submissions=submissions,
                        suggested_time_limit_s=suggested, notes=tuple(run.notes),
                        seconds=time.monotonic() - started)
