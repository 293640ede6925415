"""The loaded solution: how pasted LeetCode code finds its entry and returns its answer."""

from __future__ import annotations

import pytest

from judge.sandbox.protocol import digest
from judge.sandbox.solution import Solution

# --- finding the entry in pasted LeetCode code ------------------------------------------


def _entry(source: str, entry: str, method: str | None = None, params: tuple[str, ...] = ()) -> str:
    return Solution(source, "/s.py", entry, None, method, params).description


def test_the_solutions_own_method_wins_over_a_prelude_name() -> None:
    # `from heapq import *` defines merge(); class Solution's merge must be the entry.
    source = "class Solution:\n    def merge(self, intervals):\n        return intervals\n"
    assert _entry(source, "merge") == "Solution.merge()"
    assert Solution(source, "/s.py", "merge", None).call({"intervals": [[1, 2]]}) == [[1, 2]]


def test_a_solution_may_still_import_and_use_a_prelude_function_itself() -> None:
    assert _entry("from heapq import merge\nmerge_lists = merge\n", "merge_lists") == "function merge_lists()"


def test_method_names_match_case_insensitively_and_by_the_declared_leetcode_name() -> None:
    source = "class Solution:\n    def maxSubArray(self, nums):\n        return max(nums)\n"
    assert _entry(source, "max_subarray") == "Solution.maxSubArray()"  # camelCase maxSubarray, other case
    other = "class Solution:\n    def lengthOfLongestSubstring(self, s):\n        return 0\n"
    assert _entry(other, "longest_unique_substring", "lengthOfLongestSubstring") == \
        "Solution.lengthOfLongestSubstring()"


def test_helper_methods_do_not_hide_the_entry_whose_parameters_fit() -> None:
    source = ("class Solution:\n    def numIslands(self, grid):\n        return self.dfs(grid, 0, 0)\n"
              "    def dfs(self, grid, r, c):\n        return 0\n")
    assert _entry(source, "count_islands", params=("grid",)) == "Solution.numIslands()"
    with pytest.raises(LookupError, match="numIslands, dfs"):
        _entry(source, "count_islands")  # without the problem's parameters, two candidates


@pytest.mark.parametrize("returned", ["map(int, nums)", "(x for x in nums)", "dict.fromkeys(nums).keys()",
                                      "reversed(nums)", "iter(nums)"])
def test_lazy_answers_are_materialised_inside_the_call(returned: str) -> None:
    solution = Solution(f"def f(nums):\n    return {returned}\n", "/s.py", "f", None)
    value = solution.call({"nums": [3, 1, 2]})
    assert isinstance(value, list) and sorted(value) == [1, 2, 3]
    assert digest(value) == digest(value)  # fingerprinting no longer consumes it
