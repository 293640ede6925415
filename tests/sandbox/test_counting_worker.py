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

from judge.sandbox import callgrind, client_request, isolation
from judge.sandbox.protocol import Status
from judge.sandbox.runner import Reply, WorkerConfig, WorkerProcess

ROOT = Path(__file__).resolve().parents[2]
TOOL = callgrind.find()

pytestmark = [pytest.mark.skipif(TOOL is None, reason=f"no callgrind: {callgrind.why_not()}"),
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


ROTATE = "def total(nums):\n    for _ in range(200):\n        nums.append(nums.pop(0))\n    return len(nums)\n"


def test_memory_moved_counts_one_instruction_a_byte_from_small_lists_on(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """`pop(0)` moves the list's 8-byte pointers down: at 256 items (2 KB) each pop counts
    about a byte's instruction per byte moved (callgrind.COPY_TUNABLES), as at larger
    sizes; glibc's default vector loop below 8 KB counts half of that or less."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert TOOL is not None
    config = WorkerConfig(source=ROTATE, filename="total.py", entry="total", memory_bytes=512 * 2**20, counter=TOOL)
    with WorkerProcess(config) as worker:
        assert worker.start().status is Status.READY
        ok(worker.stage([{"nums": list(range(16))}, {"nums": list(range(256))}], **LIMITS))
        short, long = (ok(worker.count(i, **LIMITS)).instructions for i in (0, 1))
    assert short is not None and long is not None
    per_pop = (long - short) / 200
    assert 0.8 * 8 * (256 - 16) <= per_pop <= 1.5 * 8 * 256


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


def _fake_count(folder: Path, log: callgrind.CountLog, lines: list[str], dumps: dict[str, int]) -> callgrind.Audit:
    for name, total in dumps.items():
        (folder / name).write_text(f"# callgrind format\nversion: 1\nevents: Ir\nsummary: {total}\n\nfn=x\n")
    os.write(log.fd, ("\n".join(lines) + "\n").encode())
    return log.audit("count")


def _count_lines(folder: Path, *extra: str) -> list[str]:
    """Valgrind's log of one count: the worker's ZERO_STATS, the call, its DUMP_STATS."""
    zero = "client request: code 43540001,  addr 0x0,  len 0"
    dump = "client request: code 43540000,  addr 0x0,  len 0"
    return [zero, *extra, dump, "--7-- Start dumping at BB 400 (Client Request)...", f"--7-- Dump to {folder}/cg.2",
            "--7-- Dumping done."]


def test_the_log_audit_takes_the_dump_and_removes_dumps(tmp_path: Path) -> None:
    dumps = tmp_path / "counts"
    dumps.mkdir()
    log = callgrind.CountLog(tmp_path / "valgrind.log", dumps)
    try:
        audit = _fake_count(dumps, log, _count_lines(dumps), {"cg.1": 999, "cg.2": 1234})
        assert audit == callgrind.Audit(instructions=1234)
        assert list(dumps.iterdir()) == []
        assert log.audit("stage") == callgrind.Audit()  # nothing new in the log
    finally:
        log.close()


@pytest.mark.parametrize("extra, why", [
    (["client request: code 43540001,  addr 0x0,  len 0"], "ZERO_STATS"),  # attack: zero mid-call
    (["client request: code 43540005,  addr 0x0,  len 0"], "STOP_INSTRUMENTATION"),
    (["client request: code 43540002,  addr 0x0,  len 0"], "TOGGLE_COLLECT"),
    (["client request: code 12345,  addr 0x0,  len 0"], "0x12345"),
])
def test_the_log_audit_refuses_client_requests_of_the_solution(tmp_path: Path, extra: list[str], why: str) -> None:
    log = callgrind.CountLog(tmp_path / "valgrind.log", tmp_path)
    try:
        audit = _fake_count(tmp_path, log, _count_lines(tmp_path, *extra), {"cg.1": 9, "cg.2": 1234})
        assert audit.violation is not None and why in audit.violation and audit.instructions is None
    finally:
        log.close()


def test_the_log_audit_refuses_a_dump_of_the_solutions_own(tmp_path: Path) -> None:
    """A DUMP_STATS issued by the solution mid-call (the counters then restart): the request
    sequence is not the worker's zero-then-dump."""
    log = callgrind.CountLog(tmp_path / "valgrind.log", tmp_path)
    extra = ["client request: code 43540000,  addr 0x0,  len 0", "--7-- Start dumping at BB 300 (Client Request)...",
             f"--7-- Dump to {tmp_path}/cg.1", "--7-- Dumping done."]
    try:
        audit = _fake_count(tmp_path, log, _count_lines(tmp_path, *extra), {"cg.1": 9, "cg.2": 1000})
        assert audit.violation is not None and audit.instructions is None
    finally:
        log.close()


def test_dump_files_are_read_without_links_fifos_or_devices(tmp_path: Path) -> None:
    """Attacks 8 and 9: links to a hidden test, /dev/zero, a FIFO, /proc/self/fd/N, a hard
    link: none is read (the Landlock rule on the dump folder refuses them too)."""
    secret = tmp_path / "hidden.json"
    secret.write_text('{"output": [1, 2]}')
    folder = tmp_path / "counts"
    folder.mkdir()
    (folder / "plain").write_bytes(b"x" * 100_000)
    (folder / "to_secret").symlink_to(secret)
    (folder / "to_zero").symlink_to("/dev/zero")
    (folder / "to_own_fd").symlink_to("/proc/self/fd/0")
    os.mkfifo(folder / "fifo")
    os.link(secret, folder / "hard")
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        assert callgrind.read_capped(fd, "plain", 4096) == b"x" * 4096
        for name in ("to_secret", "to_zero", "to_own_fd", "fifo", "hard", "../hidden.json", "missing"):
            assert callgrind.read_capped(fd, name, 4096) is None, name
    finally:
        os.close(fd)


def test_no_valgrind_means_no_counting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(Path(os.devnull).parent / "nowhere"))
    try:
        assert callgrind.find(refresh=True) is None
        assert "valgrind is not installed" in callgrind.why_not()
    finally:
        monkeypatch.undo()
        callgrind.find(refresh=True)


ZEROES = """
import sys

def total(nums):
    s = 0
    for x in nums:
        s += x
    sys.modules["judge.sandbox.client_request"].request(0x43540001)  # callgrind's ZERO_STATS
    return s
"""

PLANTS = """
import gc, os

def total(nums):
    init = next(o for o in gc.get_objects() if isinstance(o, dict) and "counter" in o and "scratch" in o)
    folder = init["counter"]["out"]
    out_file = os.path.join(folder, "cg")
    tried = {}
    for name, action in (("symlink", lambda: os.symlink("/dev/zero", out_file + ".2")),
                         ("replace", lambda: os.rename(out_file, out_file + ".9")),
                         ("list", lambda: os.listdir(folder)),
                         ("fifo", lambda: os.mkfifo(out_file + ".3")),
                         ("forge", lambda: open(out_file + ".4", "w").write("summary: 1\\n"))):
        try:
            action()
            tried[name] = "allowed"
        except OSError as exc:
            tried[name] = type(exc).__name__
    print(tried)
    return sum(nums)
"""


def _counting_worker(source: str) -> WorkerProcess:
    assert TOOL is not None
    return WorkerProcess(WorkerConfig(source=source, filename="total.py", entry="total",
                                      memory_bytes=512 * 2**20, counter=TOOL))


def test_a_solution_that_zeroes_the_counters_is_caught(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Attack 4: ZERO_STATS issued by the solution through the worker's own trampoline."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with _counting_worker(ZEROES) as worker:
        assert worker.start().status is Status.READY
        reply = worker.stage([{"nums": list(range(5000))}], **LIMITS)  # the warm-up calls already zero
        if reply.ok:
            reply = worker.count(0, **LIMITS)
        assert reply.outcome == "protocol" and "ZERO_STATS" in reply.detail, reply
        assert not worker.alive


def test_what_the_solution_plants_in_the_dump_folder_is_never_read(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Attacks 8 and 9: a link, a FIFO or a forged file where callgrind's next dumps go."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with _counting_worker(PLANTS) as worker:
        assert worker.start().status is Status.READY
        staged = ok(worker.stage([{"nums": list(range(100))}], **LIMITS))  # the warm-up calls try first
        first = worker.count(0, **LIMITS)
        tried = staged.output.stdout.splitlines()[0]
        if "landlock" in {layer.name.split("(")[0] for layer in isolation.detect_layers() if layer.active}:
            for name in ("symlink", "replace", "list", "fifo"):
                assert f"'{name}': 'PermissionError'" in tried, tried
        # A forged or planted file is never taken for a count: the count is the real one or refused.
        assert first.outcome in ("reply", "protocol"), first
        if first.outcome == "reply":
            assert first.instructions is not None and first.instructions > 1000, first
