"""Malformed problem folders (tests/fixtures/bad_problems/<case>/) through the CLI.

Each folder is the tiny valid sum_list problem (tests/conftest.py) with one thing broken,
except `several_problems`, which breaks several at once. Every case must end with exit
code 2, a message naming the offending file (relative to the bad_problems folder, as the
diagnostics name it), no traceback and nothing on stdout.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import BAD_PROBLEMS, FIXTURES, write_problem
from conftest import run_cli as _run_cli

from judge.api import Options, judge_solution
from judge.errors import ProblemFormatError
from judge.problem.generators import checked_generator, load_generators
from judge.problem.loader import load_problem

SOLUTION = FIXTURES / "sum_list.py"


@dataclass(frozen=True)
class Case:
    file: str             # the offending file, relative to the problem folder
    fragments: tuple[str, ...]
    show: bool = True     # False: the folder loads; only `judge run` (reference/checker) finds it


CASES: dict[str, Case] = {
    # problem.toml
    "toml_syntax": Case("problem.toml", ("is not valid TOML", "line 1")),
    "title_not_string": Case("problem.toml", ("title = 3 should be a string",)),
    "memory_not_number": Case("problem.toml", ("[limits] memory_mb = 'lots' should be a whole number",)),
    "unknown_key": Case("problem.toml", ("unknown key 'entyr'", "entry is missing")),
    "unknown_section_key": Case("problem.toml", ("unknown key 'time_limit' in [limits]", "time_limit_s")),
    "missing_entry_key": Case("problem.toml", ("entry is missing",)),
    "complexity_banana": Case("problem.toml", ("[complexity] time = 'O(banana)'", "valid forms")),
    "complexity_n4": Case("problem.toml", ("[complexity] space = 'O(n^4)'", "unsupported complexity")),
    "unknown_checker": Case("problem.toml", ("[checker] kind = 'fuzzy' is unknown", "unordered_nested")),
    "difficulty_unknown": Case("problem.toml", ("difficulty = 'trivial' is not one of easy, medium, hard",)),
    "time_limit_out_of_range": Case("problem.toml", ("time_limit_s = 1000 is out of range",)),
    "scaling_too_narrow": Case("problem.toml", ("max_n >= 4 * min_n",)),
    "returns_unknown_argument": Case("tests/example_1.json", ("returns = 'values'",)),
    # required files
    "missing_reference": Case("reference.py", ("is missing",)),
    "missing_generator": Case("generator.py", ("is missing",)),
    "missing_statement": Case("statement.md", ("is missing",)),
    "missing_tests": Case("tests", ("is missing",)),
    "empty_tests": Case("tests", ("has no *.json tests",)),
    # tests/*.json
    "test_invalid_json": Case("tests/04_broken.json", ("is not valid JSON",)),
    "test_without_input": Case("tests/04_no_input.json", ('"input" object',)),
    "test_unknown_key": Case("tests/04_typo.json", ("unknown keys ['outptu']",)),
    # reference.py
    "reference_syntax_error": Case("reference.py", ("syntax error at line 3",)),
    "reference_no_entry": Case("reference.py", ("cannot be loaded", "no function named sum_list"), show=False),
    "reference_raises": Case("reference.py", ("fails on input", "[10, 20, 30, 40]", "ValueError"), show=False),
    "reference_disagrees": Case("tests/04_wrong_output.json", ("expects 5 but the reference returns 4",),
                                show=False),
    # checker.py
    "checker_crashes": Case("checker.py", ("the checker raised RuntimeError: checker bug",), show=False),
    "checker_no_check": Case("checker.py", ("cannot be loaded", "no function check"), show=False),
    "checker_import_error": Case("checker.py", ("cannot be loaded", "ModuleNotFoundError"), show=False),
}

# Only the complexity phase runs generator.py.
GENERATOR_CASES: dict[str, tuple[str, ...]] = {
    "generator_raises": ("generate(n=8) raised RuntimeError: generator bug",),
    "generator_returns_set": ("generate(n=8) returned a value that is not JSON", "set"),
    "generator_not_dict": ("generate(n=8) returned list, not a dict of arguments",),
    "generator_no_generate": ("defines no function generate(n, rng)",),
}

SEVERAL = "several_problems"


def run_cli(*args):
    return _run_cli(*args, cwd=BAD_PROBLEMS)


def assert_format_error(result, slug: str, file: str, fragments: tuple[str, ...]) -> str:
    assert result.exception is None, repr(result.exception)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    err = result.stderr
    assert err.startswith(f"judge: error: problem folder {BAD_PROBLEMS / slug} has ")
    assert f"error: {slug}/{file}: " in err, err
    for fragment in fragments:
        assert fragment in err, (fragment, err)
    assert "Traceback" not in err
    findings = [line for line in err.splitlines() if line.startswith("  error: ")]
    assert findings and all(". Fix: " in line for line in findings), err  # a sentence, then the fix
    return err


def test_fixture_folders_are_all_covered() -> None:
    folders = {p.name for p in BAD_PROBLEMS.iterdir() if p.is_dir()}
    assert folders == set(CASES) | set(GENERATOR_CASES) | {SEVERAL}
    assert len(folders) >= 15


def test_the_folders_derive_from_a_valid_problem(tmp_path: Path) -> None:
    """The unbroken original loads and the fixture solution passes it: every failure below is the break's."""
    root = write_problem(tmp_path)
    assert load_problem(root).slug == "sum_list"
    result = _run_cli("run", SOLUTION, "--problem", root, "--no-complexity", cwd=tmp_path)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("slug", sorted(CASES))
def test_run_reports_the_broken_file(slug: str) -> None:
    case = CASES[slug]
    result = run_cli("run", SOLUTION, "--problem", BAD_PROBLEMS / slug, "--no-complexity")
    assert_format_error(result, slug, case.file, case.fragments)


@pytest.mark.parametrize("slug", sorted(CASES))
def test_show_reports_load_errors(slug: str) -> None:
    case = CASES[slug]
    result = run_cli("show", BAD_PROBLEMS / slug)
    if case.show:
        assert_format_error(result, slug, case.file, case.fragments)
    else:  # loads fine: the problem only shows when its reference or checker runs
        assert result.exit_code == 0 and result.exception is None


@pytest.mark.parametrize("slug", ["toml_syntax", "reference_raises", "checker_crashes"])
def test_real_process_has_no_traceback(slug: str) -> None:
    from conftest import run_judge_process

    result = run_judge_process("run", SOLUTION, "--problem", BAD_PROBLEMS / slug, "--no-complexity",
                               cwd=BAD_PROBLEMS)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"error: {slug}/{CASES[slug].file}: " in result.stderr
    assert "Traceback" not in result.stderr


def test_several_problems_are_listed_together() -> None:
    result = run_cli("run", SOLUTION, "--problem", BAD_PROBLEMS / SEVERAL, "--no-complexity")
    err = assert_format_error(result, SEVERAL, "problem.toml", ("unknown key 'entyr'", "O(banana)"))
    assert err.splitlines()[0].endswith("has 4 errors:")
    assert f"error: {SEVERAL}/reference.py: is missing." in err
    assert f"error: {SEVERAL}/tests/04_broken.json: is not valid JSON" in err
    assert len([line for line in err.splitlines() if line.startswith("  error: ")]) == 4
    assert run_cli("show", BAD_PROBLEMS / SEVERAL).stderr == err


def test_list_with_broken_problems_on_the_path_does_not_crash(tmp_path: Path) -> None:
    """Whether `judge list` skips or reports a broken folder, it never shows a traceback."""
    result = _run_cli("list", "--problems-dir", BAD_PROBLEMS, cwd=tmp_path)
    assert result.exception is None and "Traceback" not in result.stderr
    assert result.exit_code in (0, 2)
    if result.exit_code == 2:
        assert result.stderr.startswith("judge: error: problem folder ")


# -- generator.py (hit only by the complexity phase) ---------------------------------------

@pytest.mark.parametrize("slug", sorted(GENERATOR_CASES))
def test_generator_folders_pass_the_tests_phase(slug: str) -> None:
    result = run_cli("run", SOLUTION, "--problem", BAD_PROBLEMS / slug, "--no-complexity")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("slug", sorted(GENERATOR_CASES))
def test_generator_through_the_phase_helpers(slug: str) -> None:
    problem = load_problem(BAD_PROBLEMS / slug)
    with pytest.raises(ProblemFormatError) as info:
        generators = load_generators(problem)
        checked_generator(problem, "generate", generators["generate"])(8, random.Random(0))
    (finding,) = info.value.diagnostics.errors
    assert finding.file == f"{slug}/generator.py"
    for fragment in GENERATOR_CASES[slug]:
        assert fragment in finding.message


def test_generator_returning_non_string_keys(tmp_path: Path) -> None:
    root = write_problem(tmp_path, generator="def generate(n, rng):\n    return {1: [0] * n}\n")
    problem = load_problem(root)
    with pytest.raises(ProblemFormatError, match="not a dict of arguments"):
        checked_generator(problem, "generate", load_generators(problem)["generate"])(8, random.Random(0))


def test_generator_raising_through_judge_solution() -> None:
    options = Options(problem=str(BAD_PROBLEMS / "generator_raises"), complexity=True, budget_s=2)
    with pytest.raises(ProblemFormatError) as info:
        judge_solution(SOLUTION, options)
    assert "generator_raises/generator.py" in str(info.value)
    assert "RuntimeError: generator bug" in str(info.value)


def test_generator_raising_through_the_cli() -> None:
    result = run_cli("run", SOLUTION, "--problem", BAD_PROBLEMS / "generator_raises", "--budget", "1")
    assert_format_error(result, "generator_raises", "generator.py", GENERATOR_CASES["generator_raises"])
