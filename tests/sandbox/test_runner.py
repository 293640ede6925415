"""WorkerProcess with real worker processes: loading, calls, limits, output, cleanup, ops.

Every test starts its own short-lived worker (about 0.1 s each) with small limits.
"""

from __future__ import annotations

import contextlib
import json
import os
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from judge.sandbox.protocol import Status
from judge.sandbox.replies import ErrorInfo
from judge.sandbox.runner import SHOWN_OUTPUT, Reply, WorkerConfig, WorkerProcess

FILENAME = "/judge-tests/solution.py"  # what tracebacks name; the file need not exist


@contextlib.contextmanager
def worker(source: str, entry: str = "f", **config) -> Iterator[WorkerProcess]:
    with WorkerProcess(WorkerConfig(source=textwrap.dedent(source), filename=FILENAME, entry=entry,
                                    **config)) as process:
        yield process


def started(process: WorkerProcess) -> Reply:
    reply = process.start()
    assert reply.outcome == "reply", reply
    return reply


def call(process: WorkerProcess, args: dict | None = None, cpu: float = 2.0, wall: float = 5.0) -> Reply:
    return process.call(args or {}, cpu_limit_s=cpu, wall_limit_s=wall)


LIMITS = {"cpu_limit_s": 5.0, "wall_limit_s": 10.0}


def answered(reply: Reply) -> Reply:
    assert reply.outcome == "reply", reply
    return reply


def run_one(source: str, args: dict | None = None, entry: str = "f", **limits) -> Reply:
    with worker(source, entry) as process:
        ready = started(process)
        assert ready.status is Status.READY, ready
        return call(process, args, **limits)


# -- loading and calling ------------------------------------------------------------------

def test_correct_call() -> None:
    with worker("def f(a, b):\n    return a + b\n") as process:
        ready = started(process)
        assert ready.status is Status.READY
        assert ready.entry == "function f()"
        assert process.entry_description == "function f()"
        assert isinstance(ready.layers, tuple) and process.layers == ready.layers
        reply = call(process, {"a": 2, "b": 3})
        assert reply.ok and reply.status is Status.OK
        assert json.loads(reply.value or "") == 5
        assert isinstance(reply.cpu_ns, int) and reply.cpu_ns >= 0
        assert reply.cpu_s >= 0 and reply.wall_s > 0
        # the same worker answers again
        assert json.loads(call(process, {"a": [1], "b": [2]}).value or "") == [1, 2]


def test_the_deprecated_dict_view_and_request_still_work() -> None:
    """Until every caller outside the sandbox reads the typed fields: `message` is the
    validated frame in the wire's shape, and request() validates against the dict's op."""
    with worker("def f(a):\n    return 1 // a\n") as process:
        started(process)
        reply = process.request({"op": "call", "args": {"a": 1}}, cpu_limit_s=2.0, wall_limit_s=5.0)
        assert reply.message == {"status": "ok", "value": "1", "cpu_ns": reply.cpu_ns}
        failed = process.request({"op": "call", "args": {"a": 0}}, cpu_limit_s=2.0, wall_limit_s=5.0)
        assert failed.message["status"] == "exception" and failed.message["error"]["type"] == "ZeroDivisionError"
        assert set(failed.message["error"]) == {"type", "message", "line", "source", "traceback"}


def test_positional_fallback_when_names_differ() -> None:
    reply = run_one("def f(x, y):\n    return x - y\n", {"a": 5, "b": 2})
    assert reply.value == "3"


def test_non_json_values_are_converted_or_reported() -> None:
    assert run_one("def f():\n    return {3, 1, 2}\n").value == "[1,2,3]"
    assert run_one("def f():\n    return (1, 2)\n").value == "[1,2]"
    bad = run_one("def f():\n    return object()\n")
    assert bad.status is Status.BAD_VALUE and "object" in (bad.reason or "")
    assert bad.cpu_ns is not None and bad.value is None


def test_exception_names_the_solutions_line() -> None:
    reply = run_one("""\
        def helper(nums):
            return nums[10]

        def f(nums):
            return helper(nums)
        """, {"nums": [1]})
    assert reply.outcome == "reply" and reply.status is Status.EXCEPTION
    error = reply.error
    assert isinstance(error, ErrorInfo)
    assert error.type == "IndexError"
    assert error.line == 2
    assert error.source == "return nums[10]"
    assert FILENAME in error.traceback and "worker.py" not in error.traceback


def test_worker_survives_an_exception() -> None:
    with worker("def f(x):\n    return 1 // x\n") as process:
        started(process)
        assert call(process, {"x": 0}).status is Status.EXCEPTION
        assert process.alive
        assert call(process, {"x": 1}).value == "1"


def test_syntax_error_is_invalid_with_its_line() -> None:
    with worker("def f(a):\n    x = 1\n    return (a +\n") as process:
        reply = started(process)
    assert reply.status is Status.INVALID and reply.error is not None
    assert reply.error.type == "SyntaxError" and reply.error.line == 3
    assert "never closed" in reply.error.message


def test_a_reply_sent_just_before_the_worker_exits_is_still_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A solution that fails to load is answered INVALID, then the worker exits. When the
    judge's wait ends just before that reply arrives and the worker has exited by the time
    it looks, the reply must still be read (it was "exited with code 0 during the test")."""
    import judge.sandbox.runner as runner

    real = runner.select.select
    late = {"once": True}

    def select_missing_the_reply(rlist, wlist, xlist, timeout=None):  # type: ignore[no-untyped-def]
        if timeout and late["once"] and rlist:
            late["once"] = False
            real(rlist, wlist, xlist, 10.0)  # the reply has arrived ...
            time.sleep(0.5)  # ... and the worker has exited
            return [], [], []  # but this wait ended before it came
        return real(rlist, wlist, xlist, timeout)

    monkeypatch.setattr(runner.select, "select", select_missing_the_reply)
    with worker("def f(a)\n    return a\n") as process:
        reply = process.start()
    assert not late["once"]
    assert reply.outcome == "reply" and reply.status is Status.INVALID, reply
    assert reply.error is not None and reply.error.type == "SyntaxError"


def test_import_time_exception_is_invalid() -> None:
    with worker("x = 1\nraise ValueError('at import')\ndef f():\n    return 1\n") as process:
        reply = started(process)
    assert reply.status is Status.INVALID and reply.error is not None
    assert reply.error.type == "ValueError" and reply.error.line == 2


def test_missing_entry_is_invalid_with_a_helpful_message() -> None:
    with worker("def total(nums):\n    return sum(nums)\n", entry="sum_list") as process:
        reply = started(process)
    assert reply.status is Status.INVALID and reply.error is not None
    assert reply.error.type == "NoEntry" and reply.error.line is None
    assert all(word in reply.error.message for word in ("sum_list", "sumList", "Solution"))


def test_solution_class_without_the_method_lists_its_methods() -> None:
    source = """\
        class Solution:
            def first(self, nums):
                return 1

            def second(self, nums):
                return 2
        """
    with worker(source, entry="sum_list") as process:
        reply = started(process)
    assert reply.status is Status.INVALID and reply.error is not None
    assert "first, second" in reply.error.message


def test_leetcode_class_with_camel_case_and_typing_without_imports() -> None:
    source = """\
        class Solution:
            def sumList(self, nums: List[int], extra: Optional[int] = None) -> int:
                counts = Counter(nums)
                heap = list(nums)
                heapify(heap)
                return sum(k * v for k, v in counts.items()) + (extra or 0)
        """
    with worker(source, entry="sum_list") as process:
        ready = started(process)
        assert ready.status is Status.READY, ready
        assert ready.entry == "Solution.sumList()"
        reply = call(process, {"nums": [1, 2, 2]})
    assert reply.ok and reply.value == "5"


def test_single_public_method_of_any_name_is_the_entry() -> None:
    reply = run_one("class Solution:\n    def solve(self, nums):\n        return len(nums)\n", {"nums": [1, 2]},
                    entry="sum_list")
    assert reply.value == "2"


# -- limits and how processes end -------------------------------------------------------------

def test_cpu_spin_is_a_cpu_timeout() -> None:
    started_at = time.monotonic()
    reply = run_one("def f():\n    while True:\n        pass\n", cpu=0.5, wall=10.0)
    assert reply.outcome == "timeout" and reply.detail == "cpu"
    assert 0.5 < reply.cpu_s < 2.0
    assert time.monotonic() - started_at < 5.0


def test_sleeping_forever_is_a_wall_timeout() -> None:
    reply = run_one("import time\ndef f():\n    while True:\n        time.sleep(10)\n", cpu=5.0, wall=0.5)
    assert reply.outcome == "timeout" and reply.detail == "wall"
    assert reply.cpu_s < 0.5 and 0.5 <= reply.wall_s < 3.0


def test_worker_restarts_after_a_kill() -> None:
    with worker("def f(spin):\n    while spin:\n        pass\n    return 7\n") as process:
        started(process)
        assert call(process, {"spin": True}, cpu=0.3).outcome == "timeout"
        assert not process.alive
        assert call(process, {"spin": False}).outcome == "died"  # nobody is listening
        assert started(process).status is Status.READY
        assert call(process, {"spin": False}).value == "7"


def test_a_few_megabytes_of_output_are_counted_and_truncated() -> None:
    reply = run_one("def f():\n    print('x' * 3_000_000)\n    return 1\n")
    assert reply.ok
    assert reply.output.stdout_bytes == 3_000_001
    assert len(reply.output.stdout) <= SHOWN_OUTPUT and reply.output.stdout.startswith("xxx")


def test_printing_without_end_is_an_output_limit_quickly_and_judge_memory_stays_bounded() -> None:
    me = psutil.Process()
    before = me.memory_info().rss
    started_at = time.monotonic()
    reply = run_one("""\
        def f():
            line = 'y' * 1_000_000
            for _ in range(100):
                print(line)
            return 1
        """, cpu=10.0, wall=20.0)
    assert reply.outcome == "output_limit"
    assert time.monotonic() - started_at < 5.0
    assert reply.output.total_bytes >= 8 * 2**20
    assert len(reply.output.stdout) <= SHOWN_OUTPUT
    assert me.memory_info().rss - before < 32 * 2**20


def test_reading_stdin_gets_eof() -> None:
    assert run_one("import sys\ndef f():\n    return sys.stdin.read()\n").value == '""'
    reply = run_one("def f():\n    return input()\n")
    assert reply.status is Status.EXCEPTION and reply.error is not None and reply.error.type == "EOFError"


def test_os_exit_is_died_with_the_code() -> None:
    reply = run_one("import os\ndef f():\n    os._exit(3)\n")
    assert reply.outcome == "died" and reply.exit_code == 3 and reply.signal is None


def test_sys_exit_is_a_system_exit_exception() -> None:
    reply = run_one("import sys\ndef f():\n    sys.exit(4)\n")
    assert reply.outcome == "reply" and reply.status is Status.EXCEPTION and reply.error is not None
    assert reply.error.type == "SystemExit" and reply.error.line == 3


def test_huge_allocation_is_memory() -> None:
    with worker("def f(n):\n    x = [0] * n\n    return len(x)\n", memory_bytes=128 * 2**20) as process:
        started(process)
        assert call(process, {"n": 10**10}).status is Status.MEMORY
        assert process.alive  # the worker recovers from a MemoryError
        assert call(process, {"n": 10}).value == "10"


def test_raised_memory_error_is_memory() -> None:
    assert run_one("def f():\n    raise MemoryError\n").message == {"status": "memory"}  # the deprecated view


def test_output_is_attributed_to_its_test() -> None:
    source = """\
        import sys
        def f(word):
            print('out', word)
            print('err', word, file=sys.stderr)
            return word
        """
    with worker(source) as process:
        started(process)
        first = call(process, {"word": "first"})
        second = call(process, {"word": "second"})
        quiet = process.call({"word": ""}, cpu_limit_s=2, wall_limit_s=5)
    assert (first.output.stdout, first.output.stderr) == ("out first\n", "err first\n")
    assert (second.output.stdout, second.output.stderr) == ("out second\n", "err second\n")
    assert second.output.stdout_bytes == len("out second\n")
    assert quiet.output.stdout == "out \n"


# -- cleanup ------------------------------------------------------------------------------------

def _gone(pid: int, timeout: float = 3.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.02)
    return False


@pytest.mark.parametrize("ending", ["idle", "spinning"])
def test_close_removes_the_temp_dir_and_every_process(ending: str) -> None:
    process = WorkerProcess(WorkerConfig(source="def f(spin):\n    while spin:\n        pass\n",
                                         filename=FILENAME, entry="f"))
    try:
        started(process)
        tmp = process._tmp
        assert tmp is not None and tmp.is_dir() and tmp.name.startswith("judge-")
        pids = {p.pid for p in psutil.Process().children(recursive=True)} | {process._pid}
        assert process._pid in pids and process._pid != os.getpid()
        if ending == "spinning":  # a request cut short by its wall limit, then close()
            reply = call(process, {"spin": True}, cpu=30.0, wall=0.3)
            assert reply.outcome == "timeout"
    finally:
        process.close()
    assert not Path(tmp).exists()
    assert not process.alive
    for pid in pids:
        assert _gone(pid), f"process {pid} survived close()"
    process.close()  # closing twice is harmless


def test_context_manager_closes() -> None:
    with worker("def f():\n    return 1\n") as process:
        started(process)
        tmp, pid = process._tmp, process._pid
    assert tmp is not None and not tmp.exists()
    assert _gone(pid)


# -- measurement ops ------------------------------------------------------------------------------

SORTS_IN_PLACE = "def f(nums):\n    nums.sort()\n    return nums[0]\n"
COPIES = "def f(nums):\n    return sorted(nums)[0]\n"


@pytest.mark.parametrize(("source", "mutates"), [(SORTS_IN_PLACE, True), (COPIES, False)])
def test_stage_probe_prepare_run_memory_result(source: str, mutates: bool) -> None:
    with worker(source) as process:
        started(process)
        inputs = [{"nums": [3, 1, 2]}, {"nums": [9, 8, 7, 6]}]
        staged = answered(process.stage(inputs, **LIMITS))
        assert staged.ok and staged.count == 2

        probe = answered(process.probe(1, **LIMITS))
        assert probe.ok and probe.mutated is mutates
        assert isinstance(probe.cpu_ns, int) and probe.cpu_ns >= 0
        assert answered(process.result(**LIMITS)).value == "6"

        # every probe works on a fresh copy of the staged input, mutated or not
        assert answered(process.probe(1, **LIMITS)).mutated is mutates
        assert answered(process.probe(0, **LIMITS)).mutated is mutates
        assert answered(process.result(**LIMITS)).value == "1"

        for fresh in (True, False):
            assert answered(process.prepare([0, 1, 0], fresh=fresh, **LIMITS)).ok
            run = answered(process.run(**LIMITS))
            assert run.ok and run.calls == 3
            assert run.cpu_ns is not None and run.cpu_ns >= 0 and run.wall_ns is not None and run.wall_ns > 0
        assert answered(process.run(**LIMITS)).calls == 0  # a block is used once

        memory = answered(process.memory(1, **LIMITS))
        assert memory.ok and memory.peak is not None and memory.peak >= 0
        depth = answered(process.depth(1, **LIMITS))
        assert depth.ok and depth.depth is not None and depth.depth >= 0
        pace = answered(process.pace(**LIMITS))
        assert pace.ok and pace.cpu_s >= 0


def test_timed_block_is_fingerprinted_in_a_request_of_its_own() -> None:
    # The judge times the whole "run" request from the kernel: hashing the answer there
    # would be timed as the solution's work, so the fingerprint has its own request.
    with worker("def f(nums):\n    return sorted(nums)\n") as process:
        started(process)
        answered(process.stage([{"nums": [3, 1, 2]}], **LIMITS))
        probe = answered(process.probe(0, **LIMITS))
        answered(process.prepare([0, 0], fresh=True, **LIMITS))
        run = answered(process.run(**LIMITS))
        assert run.digest is None
        assert probe.digest is not None and answered(process.digest(**LIMITS)).digest == probe.digest
        assert answered(process.result("observed", **LIMITS)).value == "[1,2,3]"


def test_memory_op_sees_allocation_and_recursion_depth() -> None:
    source = """\
        def f(n):
            def down(k):
                return 0 if k == 0 else 1 + down(k - 1)
            block = [0] * n
            return down(50) + len(block)
        """
    with worker(source) as process:
        started(process)
        answered(process.stage([{"n": 10}, {"n": 1_000_000}], **LIMITS))
        small = answered(process.memory(0, **LIMITS))
        large = answered(process.memory(1, **LIMITS))
        depth = answered(process.depth(1, **LIMITS))
        answered(process.prepare([1], fresh=True, **LIMITS))
        untraced = answered(process.memory(1, trace=False, **LIMITS))
        afterwards = answered(process.digest(**LIMITS))
    assert large.peak is not None and small.peak is not None and large.peak >= 8_000_000 > small.peak
    assert depth.depth is not None and 50 <= depth.depth <= 60
    # The judge reads this peak from the kernel; the digest's JSON text is not part of it.
    assert untraced.ok and untraced.peak == 0 and untraced.digest is None
    assert afterwards.digest == large.digest == depth.digest is not None  # same input, same answer


def test_untraced_memory_call_leaves_reading_a_typed_answer_back_to_the_fetch() -> None:
    # The kernel's peak of the untraced call is the solution's memory: reading a returned
    # tree back into a level-order list (here about 8 MB) is the judge's work, done when the
    # answer is fetched.
    types = (("root", "TreeNode"), ("return", "TreeNode"))
    values = [i * 1_000_003 for i in range(200_000)]  # large ints: each read back is an object
    with worker("def f(root):\n    return root\n", types=types) as process:
        started(process)
        answered(process.stage([{"root": values}], **LIMITS))
        answered(process.prepare([0], fresh=True, **LIMITS))
        before = process.rss_bytes()
        untraced = answered(process.memory(0, trace=False, **LIMITS))
        fetched = answered(process.result("observed", **LIMITS))
    assert before is not None and untraced.peak_rss_bytes is not None
    assert untraced.peak_rss_bytes - before < 2_000_000
    assert fetched.value is not None and fetched.value.startswith("[0,1000003,")


def test_returns_makes_probe_report_mutation_and_call_return_the_argument() -> None:
    with worker("def f(nums):\n    nums.reverse()\n", returns="nums") as process:
        started(process)
        assert call(process, {"nums": [1, 2, 3]}).value == "[3,2,1]"
        answered(process.stage([{"nums": [1, 2]}], **LIMITS))
        assert answered(process.probe(0, **LIMITS)).mutated is True
        assert answered(process.result(**LIMITS)).value == "[2,1]"


def test_op_errors_are_reported_by_the_worker() -> None:
    with worker("def f(nums):\n    return nums[5]\n") as process:
        started(process)
        answered(process.stage([{"nums": [1]}], **LIMITS))
        probe = answered(process.probe(0, **LIMITS))
        assert probe.status is Status.EXCEPTION and probe.error is not None and probe.error.type == "IndexError"
        refused = answered(process.request({"op": "nonsense"}, **LIMITS))  # only the deprecated dict API can
        assert refused.status is Status.PROTOCOL and refused.reason == "unknown op 'nonsense'"
        assert process.alive


def test_prelude_does_not_shadow_builtins() -> None:
    """`from math import *` in the LeetCode prelude must leave three-argument pow() working."""
    with worker("def f(n):\n    return [pow(3, n, 7), gcd(12, 18), len(deque([1, 2]))]\n") as process:
        started(process)
        assert json.loads(call(process, {"n": 5}).value or "") == [5, 6, 2]
