"""The worker's request handlers, called in-process (no sandbox, no pipes)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections import deque

import pytest

from judge.sandbox import protocol, worker
from judge.sandbox.protocol import Op, Status
from judge.sandbox.replies import parse_reply


def test_pace_workload_is_warm_before_the_first_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """CPython 3.11 runs a function's first seven calls unspecialised (~1.5x slower): if
    those were the first size's pace readings, every ladder's first size would be scaled
    ~35% too fast. Staging the first size warms the workload, outside any timed request."""
    calls: list[str] = []

    def counted() -> int:
        calls.append("call")
        return 0

    monkeypatch.setattr(worker, "_pace_workload", counted)
    w = worker.Worker(-1, -1)
    w.op_stage({"inputs": [[1, 2]]})
    assert len(calls) == worker.PACE_WARMUP >= 8
    w.op_stage({"inputs": [[3, 4]]})  # once per worker, not per size
    assert len(calls) == worker.PACE_WARMUP
    assert w.op_pace({})["status"] == "ok"
    assert len(calls) == worker.PACE_WARMUP + 1


def test_pace_workload_is_fixed() -> None:
    assert worker._pace_workload() == sum(i & 7 for i in range(worker.PACE_LOOPS))


def test_every_op_has_a_handler_and_every_handler_an_op() -> None:
    handlers = {name[3:] for name in vars(worker.Worker) if name.startswith("op_")}
    assert handlers == {op.value for op in Op if op is not Op.EXIT}


def test_digest_and_encoding_live_in_the_protocol_unchanged() -> None:
    assert worker.digest is protocol.digest and worker.encode_value is protocol.encode_value
    assert protocol.encode_value({3, 1, 2}) == "[1,2,3]"
    assert protocol.encode_value({"a": (1, 2), "b": range(2), "c": deque([1])}) == '{"a":[1,2],"b":[0,1],"c":[1]}'
    assert protocol.encode_value({1, "a"}) in ('[1,"a"]', '["a",1]')  # unsortable: any order
    assert protocol.digest([1, 2]) == hashlib.sha256(b"[1,2]").hexdigest()[:16]
    assert protocol.digest(object()) == "unencodable"
    with pytest.raises(TypeError, match="type object"):
        protocol.encode_value(object())


def test_the_judge_side_does_not_import_the_worker() -> None:
    """Importing worker.py edits sys.path: the judge's side of the sandbox must not need it."""
    code = ("import sys; before = list(sys.path); "
            "import judge.sandbox.runner, judge.sandbox.client, judge.sandbox.replies; "
            "assert 'judge.sandbox.worker' not in sys.modules and sys.path == before")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_texts_are_clipped_so_the_judge_accepts_them() -> None:
    """A solution's exception with a huge message, a lone surrogate and a very long type
    name still gives an "exception" reply the judge's schema accepts."""
    source = "class " + "E" * 500 + "(Exception):\n    pass\n\ndef f():\n    raise " + "E" * 500 + \
             "('\\ud800' + 'x' * 100_000)\n"
    w = worker.Worker(-1, -1)
    w.solution = worker.Solution(source, "/s.py", "f", None)
    frame = protocol.decode(protocol.encode(w.op_call({"args": {}}))[protocol.HEADER.size:])
    message = parse_reply(frame, Op.CALL)
    assert message.status is Status.EXCEPTION and message.error is not None
    assert message.error.type.startswith("EEE") and len(message.error.message) <= worker.MESSAGE_CHARS + 3
    assert message.error.line == 5


def test_in_process_replies_pass_their_schemas() -> None:
    w = worker.Worker(-1, -1)
    w.solution = worker.Solution("def f(nums):\n    return sorted(nums)\n", "/s.py", "f", None)
    requests: list[tuple[Op, dict[str, object]]] = [
        (Op.CALL, {"args": {"nums": [2, 1]}}), (Op.STAGE, {"inputs": [{"nums": [3, 1]}]}),
        (Op.PROBE, {"index": 0}), (Op.RESULT, {"which": "probe"}), (Op.PREPARE, {"indices": [0], "fresh": True}),
        (Op.RUN, {}), (Op.DIGEST, {}), (Op.PACE, {}), (Op.DEPTH, {"index": 0}), (Op.MEMORY, {"index": 0}),
        (Op.PAUSE, {}), (Op.RESULT, {"which": "observed"}),
    ]
    for op, fields in requests:
        reply = json.loads(json.dumps(getattr(w, f"op_{op.value}")({"op": op.value, **fields})))
        assert parse_reply(reply, op).status is Status.OK, (op, reply)


# --- finding the entry in pasted LeetCode code ------------------------------------------


def _entry(source: str, entry: str, method: str | None = None, params: tuple[str, ...] = ()) -> str:
    return worker.Solution(source, "/s.py", entry, None, method, params).description


def test_the_solutions_own_method_wins_over_a_prelude_name() -> None:
    # `from heapq import *` defines merge(); class Solution's merge must be the entry.
    source = "class Solution:\n    def merge(self, intervals):\n        return intervals\n"
    assert _entry(source, "merge") == "Solution.merge()"
    assert worker.Solution(source, "/s.py", "merge", None).call({"intervals": [[1, 2]]}) == [[1, 2]]


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
    solution = worker.Solution(f"def f(nums):\n    return {returned}\n", "/s.py", "f", None)
    value = solution.call({"nums": [3, 1, 2]})
    assert isinstance(value, list) and sorted(value) == [1, 2, 3]
    assert protocol.digest(value) == protocol.digest(value)  # fingerprinting no longer consumes it
