"""load_problem: a valid folder becomes a typed Problem; a broken one lists every finding."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TINY_TOML, write_problem

from judge.complexity.classes import CONSTANT, LINEAR, LINEARITHMIC, QUADRATIC
from judge.errors import JudgeError, ProblemFormatError
from judge.problem.discovery import BUNDLED
from judge.problem.loader import load_problem
from judge.problem.model import MISSING, CheckerSpec, Limits, Problem, Scaling


def test_valid_tiny_problem_loads(problem_dir: Path) -> None:
    problem = load_problem(problem_dir)
    assert isinstance(problem, Problem)
    assert problem.slug == "sum_list"
    assert problem.root == problem_dir.resolve()
    assert problem.title == "Sum of a List"
    assert problem.entry == "sum_list"
    assert problem.difficulty == "easy"
    assert problem.tags == ("array",)
    assert problem.time is LINEAR
    assert problem.space is CONSTANT
    assert problem.limits == Limits(time_limit_s=2.0, memory_mb=256)
    assert problem.limits.memory_bytes == 256 * 2**20
    assert problem.checker == CheckerSpec(kind="exact", tolerance=1e-6, custom=None)
    assert problem.scaling == Scaling(min_n=8, max_n=4096)
    assert "Return the sum" in problem.statement
    assert problem.reference == problem.root / "reference.py"
    assert problem.generator == problem.root / "generator.py"
    assert problem.returns is None


def test_tests_examples_first_then_file_name_order(problem_dir: Path) -> None:
    problem = load_problem(problem_dir)
    names = [t.name for t in problem.tests]
    assert names == ["example_1", "example_2", "01_empty", "02_no_output", "negatives"]
    assert [t.group for t in problem.tests] == ["example", "example", "hidden", "hidden", "hidden"]
    assert [t.name for t in problem.examples] == ["example_1", "example_2"]


def test_test_fields(problem_dir: Path) -> None:
    tests = {t.path.name: t for t in load_problem(problem_dir).tests if t.path}
    first = tests["example_1.json"]
    assert dict(first.input) == {"nums": [1, 2, 3]}
    assert first.output == 6 and first.has_output
    missing = tests["02_no_output.json"]
    assert missing.output is MISSING and not missing.has_output
    assert tests["03_negative.json"].name == "negatives"
    assert tests["01_empty.json"].output == 0  # a falsy output is still an output


def test_output_null_is_an_output(make_problem) -> None:
    root = make_problem(tests={"example_1.json": {"input": {"nums": []}, "output": None}})
    (test,) = load_problem(root).tests
    assert test.has_output and test.output is None


def test_defaults_when_optional_sections_are_absent(make_problem) -> None:
    toml = 'title = "T"\nentry = "sum_list"\n[complexity]\ntime = "O(n)"\nspace = "O(1)"\n'
    problem = load_problem(make_problem(toml=toml))
    assert problem.difficulty == "medium"
    assert problem.tags == ()
    assert problem.limits == Limits()
    assert problem.checker.kind == "exact" and problem.checker.tolerance == 1e-6
    assert problem.scaling == Scaling()


@pytest.mark.parametrize(("spelling", "expected"), [
    ("O(n log n)", LINEARITHMIC), ("O(nlogn)", LINEARITHMIC), ("O(n*log(n))", LINEARITHMIC),
    ("O(N^2)", QUADRATIC), ("O(n²)", QUADRATIC), ("O(n**2)", QUADRATIC), ("O(1)", CONSTANT),
])
def test_complexity_spellings(make_problem, spelling: str, expected) -> None:
    problem = load_problem(make_problem(toml=TINY_TOML.replace('time = "O(n)"', f'time = "{spelling}"')))
    assert problem.time is expected


def test_custom_checker_is_found(make_problem) -> None:
    root = make_problem(checker="def check(input, expected, actual):\n    return expected == actual\n")
    assert load_problem(root).checker.custom == root.resolve() / "checker.py"


def test_returns_names_an_argument(make_problem) -> None:
    toml = TINY_TOML.replace('tags = ["array"]', 'tags = ["array"]\nreturns = "nums"')
    assert load_problem(make_problem(toml=toml)).returns == "nums"


def test_float_limits_and_int_tolerance(make_problem) -> None:
    toml = TINY_TOML.replace("time_limit_s = 2.0", "time_limit_s = 1").replace(
        'kind = "exact"', 'kind = "float"\ntolerance = 0')
    problem = load_problem(make_problem(toml=toml))
    assert problem.limits.time_limit_s == 1.0 and isinstance(problem.limits.time_limit_s, float)
    assert problem.checker.kind == "float" and problem.checker.tolerance == 0.0


def test_not_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ProblemFormatError, match="is not a folder"):
        load_problem(tmp_path / "nope")


def test_invalid_slug_folder_name(tmp_path: Path) -> None:
    root = write_problem(tmp_path, "Sum-List")
    with pytest.raises(ProblemFormatError, match="not a valid slug"):
        load_problem(root)


def test_every_finding_is_collected(make_problem) -> None:
    toml = TINY_TOML.replace('title = "Sum of a List"', "title = 3").replace(
        'kind = "exact"', 'kind = "fuzzy"').replace("memory_mb = 256", 'memory_mb = "lots"')
    root = make_problem(toml=toml, generator=None, extra_tests={"09_bad.json": "[1, 2"})
    with pytest.raises(ProblemFormatError) as info:
        load_problem(root)
    error = info.value
    assert isinstance(error, JudgeError) and error.exit_code == 2
    files = [f.file for f in error.diagnostics.errors]
    assert "sum_list/generator.py" in files
    assert "sum_list/tests/09_bad.json" in files
    messages = " | ".join(f.message for f in error.diagnostics.errors)
    for fragment in ("title = 3", "'fuzzy'", "memory_mb = 'lots'", "is missing", "not valid JSON"):
        assert fragment in messages
    text = str(error)
    assert text.startswith(f"problem folder {root.resolve()} has 5 errors:")


def test_boolean_is_not_a_number(make_problem) -> None:
    root = make_problem(toml=TINY_TOML.replace("time_limit_s = 2.0", "time_limit_s = true"))
    with pytest.raises(ProblemFormatError, match="time_limit_s = True should be a number"):
        load_problem(root)


def test_section_that_is_not_a_table(make_problem) -> None:
    toml = TINY_TOML.replace("[limits]\ntime_limit_s = 2.0\nmemory_mb = 256\n", "")
    toml = toml.replace('tags = ["array"]', 'tags = ["array"]\nlimits = 3')
    with pytest.raises(ProblemFormatError, match=r"\[limits\] should be a table"):
        load_problem(make_problem(toml=toml))


def test_tags_must_be_strings(make_problem) -> None:
    root = make_problem(toml=TINY_TOML.replace('tags = ["array"]', "tags = [1, 2]"))
    with pytest.raises(ProblemFormatError, match="tags should be a list of strings"):
        load_problem(root)


def test_entry_must_be_an_identifier(make_problem) -> None:
    root = make_problem(toml=TINY_TOML.replace('entry = "sum_list"', 'entry = "sum-list"'))
    with pytest.raises(ProblemFormatError, match="not a Python identifier"):
        load_problem(root)


def test_input_keys_must_be_argument_names(make_problem) -> None:
    root = make_problem(extra_tests={"09_keys.json": {"input": {"not a name": 1}}})
    with pytest.raises(ProblemFormatError, match="are not argument names"):
        load_problem(root)


def test_checker_with_syntax_error_is_a_load_error(make_problem) -> None:
    root = make_problem(checker="def check(input, expected, actual)\n    return True\n")
    with pytest.raises(ProblemFormatError, match=r"checker.py: has a syntax error at line 1"):
        load_problem(root)


def test_non_utf8_statement(make_problem) -> None:
    root = make_problem()
    (root / "statement.md").write_bytes(b"\xff\xfe bad")
    with pytest.raises(ProblemFormatError, match="cannot be read as UTF-8"):
        load_problem(root)


def test_every_bundled_problem_loads() -> None:
    slugs = sorted(p.name for p in BUNDLED.iterdir() if (p / "problem.toml").is_file())
    assert "two_sum" in slugs and len(slugs) >= 10
    for slug in slugs:
        problem = load_problem(BUNDLED / slug)
        assert problem.slug == slug
        assert problem.examples, f"{slug} has no examples"


@pytest.mark.parametrize(("old", "new"), [
    ("time_limit_s = 2.0", "time_limit_s = 0"),
    ("memory_mb = 256", "memory_mb = 0"),
    ("min_n = 8", "min_n = 0"),
])
def test_zero_limits_are_reported_not_defaulted(make_problem, old: str, new: str) -> None:
    with pytest.raises(ProblemFormatError, match=r"out of range|need 1 <= min_n"):
        load_problem(make_problem(toml=TINY_TOML.replace(old, new)))


# --- notation in several variables -----------------------------------------------------------

def _with_variables(time: str, space: str, table: str) -> str:
    return TINY_TOML.replace('time = "O(n)"\nspace = "O(1)"', f'time = "{time}"\nspace = "{space}"\n\n'
                             f"[complexity.variables]\n{table}")


def test_variables_reduce_the_declared_notation_to_a_class_in_n(make_problem) -> None:
    problem = load_problem(make_problem(toml=_with_variables("O(V + E)", "O(1)", 'V = "n"\nE = "2n"\n')))
    assert problem.time is LINEAR and problem.space is CONSTANT
    assert problem.expected_time == "O(V + E) with V = n, E = 2n"
    assert problem.expected_space == "O(1) with V = n, E = 2n"


def test_a_notation_with_unknown_variables_says_how_to_declare_them(make_problem) -> None:
    toml = TINY_TOML.replace('time = "O(n)"', 'time = "O(V + E)"')
    with pytest.raises(ProblemFormatError) as info:
        load_problem(make_problem(toml=toml))
    assert any("[complexity.variables]" in f.fix for f in info.value.diagnostics.errors)


def test_an_unreadable_variable_is_a_finding(make_problem) -> None:
    with pytest.raises(ProblemFormatError) as info:
        load_problem(make_problem(toml=_with_variables("O(V + E)", "O(1)", 'V = "n"\nE = "n^k"\n')))
    assert any("E = 'n^k' cannot be read in n" in f.message for f in info.value.diagnostics.errors)
