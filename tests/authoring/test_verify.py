"""`judge verify` finds what is wrong with a folder, every finding at once.

The generator checks run no solution (`run_solutions=False`), so they are fast; the tests
that judge the reference and submissions run the complexity phase and are marked slow.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import run_cli, write_problem

from judge.authoring import new_problem, verify_problem

from .conftest import messages


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


# --- the generator checks, through verify ---------------------------------------------------


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


# --- the folder and the command line -----------------------------------------------------------


def test_format_errors_are_all_reported_with_exit_1(tmp_path: Path) -> None:
    root = write_problem(tmp_path, statement=None, generator=None)
    result = run_cli("verify", root)
    assert result.exit_code == 1 and result.exception is None
    assert "statement.md: is missing" in result.stdout and "generator.py: is missing" in result.stdout
    assert "sum_list: FAILED" in result.stdout


def test_unknown_problem_exits_2(tmp_path: Path) -> None:
    result = run_cli("verify", "no_such_problem", "--problems-dir", tmp_path)
    assert result.exit_code == 2 and result.exception is None
