"""The counting worker: the sandbox worker re-executed under callgrind.

It must count exactly (the same figure for the same input, a call's own instructions) and
be confined like the native worker: Landlock is applied before Valgrind starts (Valgrind
3.19 does not know its syscalls) and the seccomp filter is loaded with prctl once it runs.
Skipped where valgrind's callgrind is not installed.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from judge.sandbox import client_request, counter, isolation
from judge.sandbox.protocol import Status
from judge.sandbox.runner import Reply, WorkerConfig, WorkerProcess

ROOT = Path(__file__).resolve().parents[2]
TOOL = counter.find()

pytestmark = [pytest.mark.skipif(TOOL is None, reason=f"no callgrind: {counter.why_not()}"),
              pytest.mark.timeout(120)]

PROBE = f'''
import os, socket

def attempts(nums):
    out = {{}}
    def attempt(name, action):
        try:
            action()
            out[name] = "allowed"
        except PermissionError:
            out[name] = "denied"
        except OSError as exc:
            out[name] = type(exc).__name__
    attempt("read_reference", lambda: open({str(ROOT / "judge" / "problems" / "two_sum" / "reference.py")!r}).read())
    attempt("read_etc", lambda: open("/etc/hostname").read())
    attempt("write_tmp", lambda: open("/tmp/judge-counting-escape-" + str(os.getpid()), "w").close())
    attempt("socket", lambda: socket.socket().close())
    attempt("fork", lambda: os._exit(0) if os.fork() == 0 else None)
    out["sum"] = sum(nums)
    return out
'''

LINEAR = "def total(nums):\n    s = 0\n    for x in nums:\n        s += x\n    return s\n"


LIMITS = {"cpu_limit_s": 60.0, "wall_limit_s": 120.0}


def ok(reply: Reply) -> Reply:
    assert reply.ok, reply
    return reply


@pytest.fixture
def counting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[WorkerProcess]:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert TOOL is not None
    config = WorkerConfig(source=LINEAR, filename="total.py", entry="total", memory_bytes=512 * 2**20, counter=TOOL)
    with WorkerProcess(config) as worker:
        reply = worker.start()
        assert reply.outcome == "reply" and reply.status is Status.READY, reply
        yield worker
    assert list(tmp_path.iterdir()) == [], "the worker's temporary folder (dumps, code copy) is left"


def test_counts_are_exact_and_grow_with_the_work(counting: WorkerProcess) -> None:
    ok(counting.stage([{"nums": list(range(1000))}, {"nums": list(range(4000))}], **LIMITS))
    empty = [ok(counting.count(-1, **LIMITS)) for _ in range(3)]
    assert all(reply.digest is None for reply in empty)  # nothing was called
    small = [ok(counting.count(0, **LIMITS)).instructions for _ in range(2)]
    large = ok(counting.count(1, **LIMITS)).instructions
    assert all(isinstance(c, int) and c > 0 for c in (*(e.instructions for e in empty), *small, large))
    assert small[0] is not None and small[1] is not None and large is not None
    # The same call twice: the same figure but for the allocator's state (measured: 0.05%).
    assert abs(small[0] - small[1]) <= 0.005 * small[0], small
    base = min(e.instructions for e in empty if e.instructions is not None)
    ratio = (large - base) / (small[0] - base)
    assert 3.5 < ratio < 4.5, ratio  # four times the items, four times the work
    assert ok(counting.result("observed", **LIMITS)).value == json.dumps(sum(range(4000)))


def test_requests_that_count_nothing_report_no_count(counting: WorkerProcess) -> None:
    ok(counting.stage([{"nums": [1, 2, 3]}], **LIMITS))
    assert ok(counting.probe(0, **LIMITS)).instructions is None
    assert ok(counting.pause(**LIMITS)).instructions is None


def test_confined_like_the_native_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert TOOL is not None
    outcomes = {}
    layers = {}
    for name, tool in (("native", None), ("counting", TOOL)):
        config = WorkerConfig(source=PROBE, filename="probe.py", entry="attempts", counter=tool)
        with WorkerProcess(config) as worker:
            ready = worker.start()
            assert ready.status is Status.READY and ready.layers is not None, ready
            layers[name] = set(ready.layers)
            reply = ok(worker.call({"nums": [1, 2, 3]}, **LIMITS))
            outcomes[name] = json.loads(reply.value or "")
    assert layers["counting"] == layers["native"]
    assert outcomes["counting"] == outcomes["native"]
    assert outcomes["counting"]["sum"] == 6
    active = {layer.name.split("(")[0] for layer in isolation.detect_layers() if layer.active}
    if "landlock" in active:
        assert outcomes["counting"]["read_reference"] == "denied"
        assert outcomes["counting"]["write_tmp"] == "denied"
    if "seccomp" in active:
        assert outcomes["counting"]["socket"] == "denied"
        assert outcomes["counting"]["fork"] == "denied"
    assert not any(p.name.startswith("judge-counting-escape") for p in Path("/tmp").iterdir())


def test_client_requests_are_no_ops_outside_valgrind() -> None:
    assert not client_request.running_on_valgrind()
    assert client_request.request(client_request.DUMP_STATS, 7) == 7


def test_dumps_are_summed_and_removed(tmp_path: Path) -> None:
    for part, total in ((1, 1200), (2, 34)):
        (tmp_path / f"cg.{part}").write_text(f"# callgrind format\nversion: 1\nevents: Ir\nsummary: {total}\n\nfn=x\n")
    (tmp_path / "cg").write_text("summary: 99\n")  # the dump at exit: not a request's
    (tmp_path / "valgrind.log").write_text("==1== Callgrind\n")
    assert counter.collect(tmp_path) == 1234
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cg", "valgrind.log"]
    assert counter.collect(tmp_path) is None


def test_no_valgrind_means_no_counting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(Path(os.devnull).parent / "nowhere"))
    try:
        assert counter.find(refresh=True) is None
        assert "valgrind is not installed" in counter.why_not()
    finally:
        monkeypatch.undo()
        counter.find(refresh=True)
