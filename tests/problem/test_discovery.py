"""Finding problems: by slug on the search path, by folder path, from a solution's name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import write_problem

from judge.errors import JudgeError, ProblemNotFoundError
from judge.problem.discovery import (
    BUNDLED,
    available,
    find_problem,
    problem_for_solution,
    search_path,
)


def _marker(folder: Path) -> Path:
    """A minimal problem folder (discovery only needs problem.toml)."""
    folder.mkdir(parents=True)
    (folder / "problem.toml").write_text('title = "x"\n', encoding="utf-8")
    return folder


@pytest.fixture
def no_local(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from an empty folder so ./problems of the checkout does not interfere."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    return cwd


def test_bundled_slug(no_local: Path) -> None:
    assert find_problem("two_sum") == BUNDLED / "two_sum"
    assert "two_sum" in available()
    assert search_path()[-1] == BUNDLED


def test_folder_path(problem_dir: Path, no_local: Path) -> None:
    assert find_problem(str(problem_dir)) == problem_dir.resolve()


def test_relative_folder_path(problem_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(problem_dir.parent)
    assert find_problem("./sum_list") == problem_dir.resolve()


def test_search_order(tmp_path: Path, no_local: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--problems-dir > $JUDGE_PROBLEMS > ./problems > bundled."""
    cli_dir, env_dir = tmp_path / "cli", tmp_path / "env"
    for base in (cli_dir, env_dir, no_local / "problems"):
        _marker(base / "two_sum")
    monkeypatch.setenv("JUDGE_PROBLEMS", str(env_dir))
    assert find_problem("two_sum", [cli_dir]) == (cli_dir / "two_sum").resolve()
    assert find_problem("two_sum") == (env_dir / "two_sum").resolve()
    monkeypatch.delenv("JUDGE_PROBLEMS")
    assert find_problem("two_sum") == (no_local / "problems" / "two_sum").resolve()
    os.rename(no_local / "problems", no_local / "elsewhere")
    assert find_problem("two_sum") == BUNDLED / "two_sum"
    paths = search_path([cli_dir])
    assert paths[0] == cli_dir.resolve() and paths[-1] == BUNDLED


def test_env_holds_several_folders(tmp_path: Path, no_local: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    _marker(first / "alpha")
    _marker(second / "beta")
    _marker(second / "alpha")
    monkeypatch.setenv("JUDGE_PROBLEMS", f"{first}{os.pathsep}{second}")
    assert find_problem("alpha") == (first / "alpha").resolve()
    assert find_problem("beta") == (second / "beta").resolve()


def test_search_path_skips_missing_and_duplicate_folders(tmp_path: Path, no_local: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    paths = search_path([tmp_path / "missing", real, real])
    assert paths.count(real.resolve()) == 1
    assert (tmp_path / "missing").resolve() not in paths


def test_folders_without_problem_toml_are_not_problems(tmp_path: Path, no_local: Path) -> None:
    (tmp_path / "dir" / "notes").mkdir(parents=True)
    assert "notes" not in available([tmp_path / "dir"])


def test_solution_name_picks_the_problem(no_local: Path) -> None:
    assert problem_for_solution(Path("two_sum.py")) == BUNDLED / "two_sum"
    assert problem_for_solution(Path("solutions/two_sum_brute.py")) == BUNDLED / "two_sum"
    assert problem_for_solution(Path("two_sum-v2.py")) == BUNDLED / "two_sum"
    assert problem_for_solution(Path("Two_Sum.py")) == BUNDLED / "two_sum"


def test_longest_prefix_wins(tmp_path: Path, no_local: Path) -> None:
    base = tmp_path / "set"
    _marker(base / "two")
    _marker(base / "two_sum")
    assert problem_for_solution(Path("two_sum_brute.py"), [base]) == (base / "two_sum").resolve()
    assert problem_for_solution(Path("two_sum.py"), [base]) == (base / "two_sum").resolve()
    assert problem_for_solution(Path("two_pointers.py"), [base]) == (base / "two").resolve()
    # A prefix must end at a separator: "twosum" is neither "two" + "_..." nor "two_sum".
    with pytest.raises(ProblemNotFoundError):
        problem_for_solution(Path("twosum.py"), [base])


def test_unknown_slug_lists_close_matches(no_local: Path) -> None:
    with pytest.raises(ProblemNotFoundError) as info:
        find_problem("two_summ")
    message = str(info.value)
    assert info.value.exit_code == 2 and isinstance(info.value, JudgeError)
    assert "no problem named 'two_summ'" in message
    assert "Did you mean: two_sum" in message
    assert "Looked in:" in message and str(BUNDLED) in message
    assert "\n" not in message


def test_unknown_slug_without_close_matches(no_local: Path) -> None:
    with pytest.raises(ProblemNotFoundError) as info:
        find_problem("zzzzzzzz")
    assert "Did you mean" not in str(info.value)
    assert "judge list" in str(info.value)


def test_solution_name_matching_nothing(no_local: Path) -> None:
    with pytest.raises(ProblemNotFoundError) as info:
        problem_for_solution(Path("solutions/tow_sum.py"))
    message = str(info.value)
    assert "cannot tell which problem tow_sum.py solves" in message
    assert "two_sum" in message  # close match
    assert "--problem" in message


def test_tmp_problem_found_by_slug_with_problems_dir(tmp_path: Path, no_local: Path) -> None:
    root = write_problem(tmp_path / "mine")
    assert find_problem("sum_list", [tmp_path / "mine"]) == root.resolve()
    assert problem_for_solution(Path("sum_list_fast.py"), [tmp_path / "mine"]) == root.resolve()


def test_a_submission_inside_a_problem_folder_belongs_to_that_problem(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from conftest import write_problem

    from judge.problem.discovery import problem_for_solution

    root = write_problem(tmp_path / "problems", "sum_list")
    filed = root / "submissions" / "accepted" / "leetcode.py"
    filed.parent.mkdir(parents=True)
    filed.write_text("def sum_list(nums):\n    return sum(nums)\n")
    assert problem_for_solution(filed) == root.resolve()


def test_leetcode_slugs_titles_and_numbered_file_names_find_the_problem(no_local: Path) -> None:
    """LeetCode's slug is its title in kebab case (sliding-window-maximum, where the bundled
    slug is sliding_window_max); LeetHub and editors name files 0001-two-sum.py,
    146.lru-cache.py or lc19.py."""
    assert find_problem("sliding-window-maximum") == BUNDLED / "sliding_window_max"
    assert find_problem("Sliding Window Maximum") == BUNDLED / "sliding_window_max"
    assert problem_for_solution(Path("sliding-window-maximum.py")) == BUNDLED / "sliding_window_max"
    assert problem_for_solution(Path("0001-two-sum.py")) == BUNDLED / "two_sum"
    assert problem_for_solution(Path("146.lru-cache.py")) == BUNDLED / "lru_cache"
    assert problem_for_solution(Path("lc19.py")) == BUNDLED / "remove_nth_node_from_end_of_list"
    assert problem_for_solution(Path("0070_climbing_stairs_dp.py")) == BUNDLED / "climbing_stairs"


def test_a_solution_named_otherwise_is_found_by_the_method_it_defines(no_local: Path, tmp_path: Path) -> None:
    pasted = tmp_path / "solution.py"
    pasted.write_text("class Solution:\n    def removeNthFromEnd(self, head, n):\n        return head\n"
                      "    def _helper(self):\n        pass\n", encoding="utf-8")
    assert problem_for_solution(pasted) == BUNDLED / "remove_nth_node_from_end_of_list"
    design = tmp_path / "mine.py"
    design.write_text("class LRUCache:\n    def __init__(self, capacity): ...\n", encoding="utf-8")
    assert problem_for_solution(design) == BUNDLED / "lru_cache"


def test_a_method_that_several_problems_ask_for_names_them_all(no_local: Path, tmp_path: Path) -> None:
    pasted = tmp_path / "solution.py"
    pasted.write_text("class Solution:\n    def rob(self, nums):\n        return 0\n", encoding="utf-8")
    with pytest.raises(ProblemNotFoundError) as info:
        problem_for_solution(pasted)
    message = str(info.value)
    assert "house_robber, house_robber_ii" in message and "--problem" in message
    broken = tmp_path / "notes.py"
    broken.write_text("class Solution:\n    def rob(self, nums)\n", encoding="utf-8")  # a syntax error
    with pytest.raises(ProblemNotFoundError) as info:
        problem_for_solution(broken)
    assert "e.g. two_sum.py" in str(info.value)
