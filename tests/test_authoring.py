"""`judge new` and `judge verify`: the scaffold runs as written, and verify finds what is wrong.

The generator checks run no solution (`run_solutions=False`), so they are fast; the tests
that judge the reference and submissions run the complexity phase and are marked slow.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli, write_problem

from judge.authoring import (
    _check_reference,
    _judge_all,
    _Run,
    _time_limit,
    input_shape,
    ladder_sizes,
    new_problem,
    verify_problem,
)
from judge.errors import UsageError
from judge.problem.diagnostics import Diagnostics
from judge.problem.loader import load_problem
from judge.problem.model import Problem
from judge.report import AxisResult, CaseResult, ComplexityResult, Report
from judge.verdicts import Verdict


def messages(result: object) -> str:
    from judge.authoring import VerifyResult

    assert isinstance(result, VerifyResult)
    return "\n".join(f.render() for f in result.findings)


# --- judge new -------------------------------------------------------------------------


def test_new_writes_a_complete_folder(tmp_path: Path) -> None:
    result = run_cli("new", "max_index", "--problems-dir", tmp_path)
    assert result.exit_code == 0, result.output
    root = tmp_path / "max_index"
    for name in ("problem.toml", "statement.md", "reference.py", "generator.py", "checker.py",
                 "tests/example_1.json", "submissions/accepted/builtin_max.py"):
        assert (root / name).is_file(), name
    assert 'entry = "max_index"' in (root / "problem.toml").read_text()
    assert "def max_index(" in (root / "reference.py").read_text()


def test_new_scaffold_passes_the_fast_checks(tmp_path: Path) -> None:
    root = new_problem("max_index", tmp_path)
    result = verify_problem(root, run_solutions=False)
    assert result.findings == (), messages(result)


def test_new_refuses_to_overwrite(tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    result = run_cli("new", "taken", "--problems-dir", tmp_path)
    assert result.exit_code == 2 and result.exception is None
    assert "already exists" in result.stderr


@pytest.mark.parametrize("slug", ["Two-Sum", "1abc", "class", ""])
def test_new_rejects_bad_slugs(tmp_path: Path, slug: str) -> None:
    with pytest.raises(UsageError):
        new_problem(slug, tmp_path)


@pytest.mark.slow
def test_new_then_verify_passes(tmp_path: Path) -> None:
    run_cli("new", "max_index", "--problems-dir", tmp_path)
    result = run_cli("verify", tmp_path / "max_index", "--budget", "8")
    assert result.exit_code == 0, result.output
    assert "max_index: OK" in result.stdout
    assert "3/3 submissions as expected" in result.stdout


@pytest.mark.slow
def test_verify_names_a_misfiled_submission(tmp_path: Path) -> None:
    root = new_problem("max_index", tmp_path)
    shutil.rmtree(root / "submissions" / "too_slow")  # keep the run short
    shutil.copy(root / "submissions/wrong_answer/returns_value.py", root / "submissions/accepted/misfiled.py")
    result = verify_problem(root, budget_s=3, reference_budget_s=6)
    assert not result.ok
    text = messages(result)
    assert "submissions/accepted/misfiled.py: is filed as accepted but gets wrong answer" in text
    assert "move it to submissions/wrong_answer/" in text
    assert "builtin_max" not in text and "returns_value" not in text


# --- the generator checks -----------------------------------------------------------------


def test_ladder_sizes_double_up_to_max() -> None:
    assert ladder_sizes(8, 100) == [8, 16, 32, 64, 100]
    assert ladder_sizes(8, 64) == [8, 16, 32, 64]


def test_input_shape_counts_items_and_values() -> None:
    assert input_shape({"nums": [1, -7, 3], "s": "ab"}) == (5, 7.0)
    assert input_shape({"grid": [["1", "0"], ["0", "1"]]}) == (10, 0.0)  # 2 rows, 4 cells, 4 chars
    assert input_shape({"n": 10**12}) == (0, 1e12)


def test_generator_that_ignores_n_is_an_error(tmp_path: Path) -> None:
    root = write_problem(tmp_path, generator="""\
        def generate(n, rng):
            return {"nums": [rng.randint(-1000, 1000) for _ in range(100)]}
        """)
    result = verify_problem(root, run_solutions=False)
    assert not result.ok
    assert "generate ignores n" in messages(result)


def test_a_number_as_input_is_fine(tmp_path: Path) -> None:
    root = write_problem(tmp_path, generator="""\
        def generate(n, rng):
            return {"nums": [n + rng.randint(0, 3)]}
        """)
    # the list has one item at every size, but its value follows n (like the value to factor)
    assert verify_problem(root, run_solutions=False).ok


def test_non_deterministic_generator_is_an_error(tmp_path: Path) -> None:
    root = write_problem(tmp_path, generator="""\
        import random

        def generate(n, rng):
            return {"nums": [random.randint(-1000, 1000) for _ in range(n)]}
        """)
    result = verify_problem(root, run_solutions=False)
    assert "generate(n=8) is not deterministic" in messages(result)


def test_validate_rejecting_a_generated_input_is_an_error(tmp_path: Path) -> None:
    root = write_problem(tmp_path, generator="""\
        def generate(n, rng):
            return {"nums": [rng.randint(-1000, 1000) for _ in range(n)]}

        def generate_huge(n, rng):
            return {"nums": [10**6] * n}

        def validate(input):
            if any(abs(x) > 1000 for x in input["nums"]):
                return "values must be in [-1000, 1000]"
            return None
        """)
    result = verify_problem(root, run_solutions=False)
    text = messages(result)
    assert "generate_huge(n=8)" in text and "values must be in [-1000, 1000]" in text
    assert "generate(n=" not in text


def test_validate_also_checks_the_tests(tmp_path: Path) -> None:
    root = write_problem(tmp_path, generator="""\
        def generate(n, rng):
            return {"nums": [rng.randint(0, 9) for _ in range(n)]}

        def validate(input):
            return "must not be negative" if any(x < 0 for x in input["nums"]) else None
        """)
    text = messages(verify_problem(root, run_solutions=False))
    assert "tests/03_negative.json: test 'negatives' is invalid: must not be negative" in text


def test_generator_that_stops_growing_is_a_warning(tmp_path: Path) -> None:
    root = write_problem(tmp_path, generator="""\
        def generate(n, rng):
            return {"nums": [rng.randint(0, 9) for _ in range(min(n, 256))]}
        """)
    result = verify_problem(root, run_solutions=False)
    assert result.ok and "stops growing at n = 256" in messages(result)


def test_unknown_submission_folder_is_an_error(tmp_path: Path) -> None:
    root = write_problem(tmp_path)
    (root / "submissions" / "slowish").mkdir(parents=True)
    (root / "submissions" / "slowish" / "x.py").write_text("def sum_list(nums): return sum(nums)\n")
    text = messages(verify_problem(root, run_solutions=False))
    assert "'slowish' is not a verdict verify knows" in text


def test_format_errors_are_all_reported_with_exit_1(tmp_path: Path) -> None:
    root = write_problem(tmp_path, statement=None, generator=None)
    result = run_cli("verify", root)
    assert result.exit_code == 1 and result.exception is None
    assert "statement.md: is missing" in result.stdout and "generator.py: is missing" in result.stdout
    assert "sum_list: FAILED" in result.stdout


def test_unknown_problem_exits_2(tmp_path: Path) -> None:
    result = run_cli("verify", "no_such_problem", "--problems-dir", tmp_path)
    assert result.exit_code == 2 and result.exception is None


# --- judging outcomes, from hand-built reports (no processes) ---------------------------------


def _outcome_run(root: Path) -> tuple[_Run, Problem]:
    return _Run(root, Diagnostics(root), lambda message: None), load_problem(root)


def _report(verdict: str, time_status: str = "ok", measured: str = "O(n)", cpu_s: float = 0.01) -> Report:
    def axis(expected: str, got: str, status: str) -> AxisResult:
        return AxisResult(expected=expected, measured=got, plausible=(got,), status=status, confidence=0.9,
                          message=f"measured {got}", family="generate", points=())

    complexity = ComplexityResult(time=axis("O(n)", measured, time_status), space=axis("O(1)", "O(1)", "ok"),
                                  sizes=(8, 16), seconds=1.0)
    case = CaseResult("example_1", "example", Verdict.ACCEPTED, cpu_s=cpu_s)
    reason = "" if verdict == "accepted" else f"time grows like {measured}, expected O(n)"
    return Report(problem="sum_list", title="", solution="x.py", verdict=Verdict(verdict), cases=(case,),
                  complexity=complexity, reason=reason)


def test_reference_worse_than_declared_is_an_error(tmp_path: Path) -> None:
    run, problem = _outcome_run(write_problem(tmp_path))
    _check_reference(run, problem, _report("too_slow", "worse", "O(n^2)"))
    [finding] = run.diag.findings
    assert finding.severity == "error" and "worse than the declared O(n)" in finding.message
    assert 'time = "O(n^2)"' in finding.fix


def test_reference_better_than_declared_is_a_warning(tmp_path: Path) -> None:
    run, problem = _outcome_run(write_problem(tmp_path))
    _check_reference(run, problem, _report("accepted", "better", "O(log n)"))
    [finding] = run.diag.findings
    assert finding.severity == "warning" and "better than the declared O(n)" in finding.message


def test_time_limit_suggestion_when_too_tight(tmp_path: Path) -> None:
    run, problem = _outcome_run(write_problem(tmp_path))  # declares time_limit_s = 2.0
    assert _time_limit(run, problem, _report("accepted", cpu_s=1.3), []) == 3.0
    [finding] = run.diag.findings
    assert "too tight" in finding.message and finding.fix == "Set time_limit_s = 3."


def test_time_limit_fine_when_within_margin(tmp_path: Path) -> None:
    run, problem = _outcome_run(write_problem(tmp_path))
    assert _time_limit(run, problem, _report("accepted", cpu_s=0.02), []) == 1.0
    assert run.diag.findings == []


def test_submission_folders_are_verdicts() -> None:
    """_check_submission labels a folder with Verdict(folder).label: every folder must be one."""
    from judge.authoring import SUBMISSION_VERDICTS

    assert [Verdict(v).label for v in SUBMISSION_VERDICTS] == [v.replace("_", " ") for v in SUBMISSION_VERDICTS]


def test_an_undecided_limit_submission_is_judged_again_with_more_budget(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """At 8 s a counted O(n^3) ladder can stop at n = 64, too short to confirm it: "inconclusive"
    is too little evidence, not a misfiled submission, so verify gives it 16 s once."""
    import judge.api

    root = write_problem(tmp_path)
    budgets: list[tuple[str, float]] = []

    def fake_judge(path: Path, options: Any, complexity_gate: Any = None) -> Report:
        budgets.append((Path(path).name, options.budget_s))
        if Path(path).name == "slow.py" and options.budget_s < 16:
            return _report("accepted", "inconclusive", "O(n^2)")
        if Path(path).name == "slow.py":
            return _report("too_slow", "worse", "O(n^2)")
        return _report("accepted")

    monkeypatch.setattr(judge.api, "judge_solution", fake_judge)
    run, problem = _outcome_run(root)
    submissions = [(root / "slow.py", "too_slow"), (root / "fine.py", "accepted")]
    reference, judged = _judge_all(run, problem, submissions, 8.0, None, 0, 1)
    assert reference is not None and reference.verdict is Verdict.ACCEPTED
    assert [(path.name, report.verdict.value) for path, _, report in judged if report is not None] == [
        ("slow.py", "too_slow"), ("fine.py", "accepted")]
    assert sorted(budgets) == [("fine.py", 8.0), ("reference.py", 15.0), ("slow.py", 8.0), ("slow.py", 16.0)]
