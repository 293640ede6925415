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


# --- codec problems: a string written by the entry, read back by a second method -------------

CODEC = """
class Codec:
    def encode(self, strs):
        return "".join(f"{len(s)}#{s}" for s in strs)

    def decode(self, data):
        out, i = [], 0
        while i < len(data):
            j = data.index("#", i)
            out.append(data[j + 1:j + 1 + int(data[i:j])])
            i = j + 1 + int(data[i:j])
        return out
"""


def _codec(source: str, stage: str = "both") -> Solution:
    return Solution(source, "<codec>", "encode", None, codec="decode", codec_stage=stage)  # type: ignore[arg-type]


def test_a_codec_call_is_the_round_trip_on_two_instances() -> None:
    assert _codec(CODEC).call({"strs": ["a#", "", "bc"]}) == ["a#", "", "bc"]
    assert _codec(CODEC, "encode").call({"strs": ["ab"]}) == "2#ab"
    assert _codec(CODEC, "decode").call({"data": "2#ab"}) == ["ab"]


def test_a_codec_may_be_two_functions_or_a_solution_class_in_any_case() -> None:
    functions = "def encode(strs):\n    return '|'.join(strs)\n\ndef decode(s):\n    return s.split('|')\n"
    assert _codec(functions).call({"strs": ["x", "y"]}) == ["x", "y"]
    camel = CODEC.replace("class Codec", "class Solution").replace("def encode", "def Encode")
    assert _codec(camel).call({"strs": ["q"]}) == ["q"]


def test_a_codec_must_write_a_string_and_read_a_new_value() -> None:
    not_a_string = ("class Codec:\n    def encode(self, strs):\n        return strs\n"
                    "    def decode(self, d):\n        return d\n")
    answer = _codec(not_a_string).invoke({"strs": ["a"]})
    assert "must return a string, not list" in answer.message
    kept = ("class Codec:\n    kept = None\n    def encode(self, strs):\n        Codec.kept = strs\n        return ''\n"
            "    def decode(self, d):\n        return Codec.kept\n")
    assert "returned the input object itself" in _codec(kept).invoke({"strs": ["a"]}).message


def test_a_codec_without_both_methods_is_a_lookup_error() -> None:
    with pytest.raises(LookupError, match="no class with methods encode and decode"):
        _codec("class Codec:\n    def encode(self, strs):\n        return ''\n")
