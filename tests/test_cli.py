"""The `judge` command end to end (in process via CliRunner; a few as real processes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import BUGGY_SOLUTION, GOOD_SOLUTION, ROOT, run_cli, run_judge_process

from judge.problem.discovery import BUNDLED


def assert_clean_error(result, code: int = 2) -> str:
    """Exit `code`, one `judge: error:` paragraph on stderr, nothing on stdout, no traceback."""
    assert result.exception is None, repr(result.exception)
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert result.stderr.startswith("judge: error: ")
    assert "Traceback" not in result.stderr
    return result.stderr


# -- list / show --------------------------------------------------------------------------

def test_list_shows_bundled_problems(tmp_path: Path) -> None:
    result = run_cli("list", cwd=tmp_path)
    assert result.exit_code == 0 and result.exception is None
    assert "two_sum" in result.stdout and "Two Sum" in result.stdout and "O(n)" in result.stdout
    bundled = sorted(p.name for p in BUNDLED.iterdir() if (p / "problem.toml").is_file())
    for slug in bundled:
        assert slug in result.stdout


def test_list_json_includes_problems_dir(tmp_path: Path, problem_dir: Path) -> None:
    result = run_cli("list", "--json", "--problems-dir", problem_dir.parent, cwd=tmp_path)
    assert result.exit_code == 0
    entries = {e["slug"]: e for e in json.loads(result.stdout)}
    assert entries["sum_list"] == {"slug": "sum_list", "title": "Sum of a List", "difficulty": "easy",
                                   "time": "O(n)", "space": "O(1)", "tags": ["array"], "leetcode": None,
                                   "aliases": [], "path": str(problem_dir.resolve())}
    assert "two_sum" in entries


def test_show_bundled_problem(tmp_path: Path) -> None:
    result = run_cli("show", "two_sum", cwd=tmp_path)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith("Two Sum  (two_sum, LeetCode 1, easy, array, hash table)")
    assert "Entry     def two_sum(nums, target)" in out
    assert "Expected  time O(n), space O(n)" in out
    assert "Limits    2 s CPU per test, 256 MiB" in out
    assert "\nExample " in out and "input   {\"nums\": [2, 7, 11, 15], \"target\": 9}" in out
    assert "output  [0, 1]" in out


def test_show_problem_folder(problem_dir: Path, tmp_path: Path) -> None:
    result = run_cli("show", problem_dir, cwd=tmp_path)
    assert result.exit_code == 0
    assert "Sum of a List  (sum_list, easy, array)" in result.stdout
    assert "Return the sum" in result.stdout
    assert 'input   {"nums": [1, 2, 3]}' in result.stdout and "output  6" in result.stdout
    assert "01_empty" not in result.stdout  # hidden tests stay hidden


def test_show_unknown_problem(tmp_path: Path) -> None:
    err = assert_clean_error(run_cli("show", "two_summ", cwd=tmp_path))
    assert "Did you mean: two_sum" in err


# -- run ------------------------------------------------------------------------------------

def test_run_bundled_solution_is_accepted() -> None:
    result = run_cli("run", "solutions/two_sum.py", "--no-complexity", cwd=ROOT)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("two_sum · Two Sum   solutions/two_sum.py")
    assert "examples 2/2" in result.stdout
    assert result.stdout.rstrip().endswith("Verdict   ACCEPTED")


def test_run_json_is_exactly_one_object() -> None:
    result = run_cli("run", "solutions/two_sum.py", "--no-complexity", "--json", cwd=ROOT)
    assert result.exit_code == 0
    data = json.loads(result.stdout)  # the whole of stdout is one JSON value
    assert isinstance(data, dict)
    assert {"problem", "solution", "verdict", "tests", "complexity"} <= set(data)
    assert data["problem"] == "two_sum" and data["solution"] == "solutions/two_sum.py"
    assert data["verdict"] == "accepted"
    assert data["complexity"] is None
    tests = data["tests"]
    assert {"passed", "total", "cases"} <= set(tests)
    assert tests["passed"] == tests["total"] == len(tests["cases"]) >= 2
    assert all(c["verdict"] == "accepted" for c in tests["cases"])
    assert data["expected"] == {"time": "O(n)", "space": "O(n)"}


def test_run_with_a_bug_shows_input_expected_actual(problem_dir: Path, make_solution, tmp_path: Path) -> None:
    solution = make_solution(BUGGY_SOLUTION)
    result = run_cli("run", solution, "--problem", problem_dir, "--no-complexity", cwd=tmp_path)
    assert result.exit_code == 1 and result.exception is None
    out = result.stdout
    assert "Failed    wrong answer on hidden test '02_no_output'" in out
    assert 'input     nums = [10, 20, 30, 40]' in out
    assert "expected  100" in out
    assert "actual    101" in out
    assert "Verdict   WRONG ANSWER  test 02_no_output" in out


def test_run_json_failure(problem_dir: Path, make_solution, tmp_path: Path) -> None:
    result = run_cli("run", make_solution(BUGGY_SOLUTION), "--problem", problem_dir, "--no-complexity",
                     "--json", cwd=tmp_path)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["verdict"] == "wrong_answer"
    assert data["tests"]["passed"] == 4 and data["tests"]["total"] == 5
    (case,) = [c for c in data["tests"]["cases"] if c["verdict"] != "accepted"]
    assert (case["expected"], case["actual"]) == (100, 101)


def test_run_finds_the_problem_from_problems_dir(problem_dir: Path, make_solution, tmp_path: Path) -> None:
    solution = make_solution(GOOD_SOLUTION, "sum_list_builtin.py")
    result = run_cli("run", solution, "--problems-dir", problem_dir.parent, "--no-complexity", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("sum_list · Sum of a List")


def test_run_finds_the_problem_from_judge_problems(problem_dir: Path, make_solution, tmp_path: Path) -> None:
    result = run_cli("run", make_solution(GOOD_SOLUTION), "--no-complexity", cwd=tmp_path,
                     env={"JUDGE_PROBLEMS": str(problem_dir.parent)})
    assert result.exit_code == 0, result.output


def test_run_finds_the_problem_in_local_problems(problem_dir: Path, make_solution, tmp_path: Path) -> None:
    # problem_dir is tmp_path/problems/sum_list: ./problems when run from tmp_path
    result = run_cli("run", make_solution(GOOD_SOLUTION), "--no-complexity", cwd=tmp_path)
    assert result.exit_code == 0, result.output


def test_syntax_error_is_invalid_solution_with_the_line(problem_dir: Path, make_solution, tmp_path: Path) -> None:
    solution = make_solution("def sum_list(nums):\n    total = 0\n    for x in nums\n        total += x\n")
    result = run_cli("run", solution, "--problem", problem_dir, "--no-complexity", cwd=tmp_path)
    assert result.exit_code == 1 and result.exception is None
    out = result.stdout
    assert "could not be loaded: SyntaxError" in out and "(line 3)" in out
    assert "line 3: for x in nums" in out
    assert "Verdict   INVALID SOLUTION" in out
    data = json.loads(run_cli("run", solution, "--problem", problem_dir, "--no-complexity", "--json",
                              cwd=tmp_path).stdout)
    assert data["verdict"] == "invalid_solution" and data["error"]["line"] == 3


def test_missing_entry_is_invalid_solution(problem_dir: Path, make_solution, tmp_path: Path) -> None:
    result = run_cli("run", make_solution("def total(nums):\n    return sum(nums)\n"), "--problem", problem_dir,
                     "--no-complexity", cwd=tmp_path)
    assert result.exit_code == 1
    assert "no function named sum_list" in result.stdout and "INVALID SOLUTION" in result.stdout


def test_unknown_problem_is_exit_2_with_one_paragraph(make_solution, tmp_path: Path) -> None:
    solution = make_solution(GOOD_SOLUTION, "tow_sum.py")
    err = assert_clean_error(run_cli("run", solution, "--no-complexity", cwd=tmp_path))
    assert "cannot tell which problem tow_sum.py solves" in err and "Did you mean: two_sum" in err
    assert err.count("\n") == 1  # one paragraph, one line
    err = assert_clean_error(run_cli("run", solution, "--problem", "no_such_problem", "--no-complexity",
                                     cwd=tmp_path))
    assert "no problem named 'no_such_problem'" in err and err.count("\n") == 1


def test_unknown_problem_real_process_has_no_traceback(make_solution, tmp_path: Path) -> None:
    result = run_judge_process("run", make_solution(GOOD_SOLUTION, "tow_sum.py"), "--no-complexity", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("judge: error: cannot tell which problem tow_sum.py solves")
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_nonexistent_solution_file(tmp_path: Path) -> None:
    err = assert_clean_error(run_cli("run", "nowhere/two_sum.py", "--no-complexity", cwd=tmp_path))
    assert "nowhere/two_sum.py does not exist" in err


def test_solution_that_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "two_sum.py").mkdir()
    assert "is not a file" in assert_clean_error(run_cli("run", "two_sum.py", "--no-complexity", cwd=tmp_path))


# -- render ---------------------------------------------------------------------------------

@pytest.mark.parametrize("source", [GOOD_SOLUTION, BUGGY_SOLUTION, "def sum_list(nums)\n    return 0\n"],
                         ids=["accepted", "wrong_answer", "invalid_solution"])
def test_render_reproduces_the_saved_report(source: str, problem_dir: Path, make_solution, tmp_path: Path) -> None:
    saved = tmp_path / "report.json"
    first = run_cli("run", make_solution(source), "--problem", problem_dir, "--no-complexity", "--save", saved,
                    cwd=tmp_path)
    assert first.exit_code in (0, 1) and saved.is_file()
    again = run_cli("render", saved, cwd=tmp_path)
    assert again.exit_code == first.exit_code
    assert again.stdout == first.stdout
    as_json = run_cli("render", saved, "--json", cwd=tmp_path)
    assert json.loads(as_json.stdout) == json.loads(saved.read_text())


def test_render_of_something_else(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.json"
    bogus.write_text('{"hello": 1}')
    assert "is not a saved judge report" in assert_clean_error(run_cli("render", bogus, cwd=tmp_path))
    bogus.write_text("not json at all")
    assert "is not a saved judge report" in assert_clean_error(run_cli("render", bogus, cwd=tmp_path))


# -- misc -----------------------------------------------------------------------------------

def test_help_and_version() -> None:
    result = run_cli("--help")
    assert result.exit_code == 0
    for command in ("run", "list", "show", "render", "doctor"):
        assert command in result.stdout
    version = run_cli("--version")
    assert version.exit_code == 0 and "0.1.0" in version.stdout


def test_doctor_lists_layers() -> None:
    result = run_cli("doctor")
    assert result.exit_code == 0
    assert "rlimits" in result.stdout


# -- the complexity phase end to end (the only slow tests) ----------------------------------

@pytest.mark.slow
def test_run_with_complexity_json_and_render(tmp_path: Path) -> None:
    saved = tmp_path / "report.json"
    result = run_cli("run", "solutions/two_sum.py", "--json", "--budget", "3", "--save", saved, cwd=ROOT)
    assert result.exit_code == 0, result.stdout
    data = json.loads(result.stdout)
    assert data["verdict"] == "accepted"
    complexity = data["complexity"]
    assert complexity is not None
    for axis in ("time", "space"):
        assert complexity[axis]["expected"] == "O(n)"
        assert complexity[axis]["status"] in ("ok", "better", "inconclusive")
        assert len(complexity[axis]["points"]) >= 3
    assert set(complexity["families"]) == {"generate", "generate_pair_at_end"}
    # a report with a complexity section survives the round trip through --save / render
    assert json.loads(run_cli("render", saved, "--json", cwd=tmp_path).stdout) == data
    text = run_cli("render", saved, cwd=tmp_path)
    assert text.exit_code == 0
    assert "Time      " in text.stdout and "expected O(n)" in text.stdout and "Verdict   ACCEPTED" in text.stdout


def test_list_filters_by_topic_and_difficulty(tmp_path: Path) -> None:
    result = run_cli("list", "--json", "--topic", "GRAPH", "--difficulty", "medium", cwd=tmp_path)
    entries = json.loads(result.stdout)
    assert entries and all(e["difficulty"] == "medium" and any("graph" in t for t in e["tags"]) for e in entries)
    assert "two_sum" not in {e["slug"] for e in entries}


@pytest.mark.parametrize("name", ["two_sum", "two-sum", "1", "Two-Sum"])
def test_a_problem_is_found_by_slug_kebab_slug_or_leetcode_number(tmp_path: Path, name: str) -> None:
    result = run_cli("show", name, cwd=tmp_path)
    assert result.exit_code == 0 and result.stdout.startswith("Two Sum  (two_sum, LeetCode 1")


def test_an_old_slug_is_an_alias(tmp_path: Path) -> None:
    result = run_cli("show", "max_profit", cwd=tmp_path)
    assert result.exit_code == 0 and "(best_time_to_buy_and_sell_stock" in result.stdout


def test_show_stub_writes_a_leetcode_shaped_starter_and_never_overwrites(tmp_path: Path) -> None:
    result = run_cli("show", "maximum_subarray", "--stub", cwd=tmp_path)
    assert result.exit_code == 0
    text = (tmp_path / "maximum_subarray.py").read_text()
    assert "class Solution:" in text and "def maxSubArray(self, nums: List[int]) -> int:" in text
    again = run_cli("show", "maximum_subarray", "--stub", cwd=tmp_path)
    assert again.exit_code == 2 and "already exists" in again.output
    assert (tmp_path / "maximum_subarray.py").read_text() == text


def test_show_stub_of_a_codec_is_class_codec_with_both_methods(tmp_path: Path) -> None:
    result = run_cli("show", "serialize_and_deserialize_binary_tree", "--stub", cwd=tmp_path)
    assert result.exit_code == 0
    text = (tmp_path / "serialize_and_deserialize_binary_tree.py").read_text()
    assert "class Codec:" in text and "def serialize(self, root: Optional[TreeNode]) -> str:" in text
    assert "def deserialize(self, data: str) -> Optional[TreeNode]:" in text
    shown = run_cli("show", "encode_and_decode_strings")
    assert "class Codec: encode(strs) writes a string, decode(s) reads it back" in shown.stdout
