"""Hostile solutions against the whole judge, through judge_solution() as a user calls it.

Every attack is a file in tests/fixtures/hostile/ implementing two_sum(nums, target), judged
on a copy of the bundled two_sum problem (a few tests kept, a hidden canary test added, a
canary comment in the reference, short limits). Each test asserts the verdict and, through
the `hostile` fixture, that the judge survived and returned a Report, that no process is
left behind (children of this process, and any process whose cwd, command line or
environment points into this test's private temporary folder), that the judge's temporary
folders are gone, and that the problem folder and the solution's folder are byte for byte
unchanged. Cases and verdicts are tabled in docs/sandbox.md.

Layers differ between machines (bubblewrap, Landlock or seccomp may be missing): a test
whose guarantee rests on a missing layer is skipped with the reason; nothing assumes bwrap.
Attacks that could hurt this machine if every layer failed (signals to other processes,
children that leave the process group) run only when a layer that stops them is active,
and the fixtures carry their own safety catch as well.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import platform
import re
import selectors
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psutil
import pytest

from judge.api import Options, judge_solution
from judge.report import Report
from judge.sandbox import callgrind, isolation, landlock
from judge.verdicts import Verdict

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
BUNDLED = ROOT / "judge" / "problems" / "two_sum"
KEEP_TESTS = ("example_1.json", "example_2.json", "03_negatives.json", "05_duplicates.json")
CANARY_TEST = {"input": {"nums": [4, 9, 13, 21], "target": 34}, "output": [2, 3]}
REAP_S = 3.0  # how long the judge's children may take to disappear after judge_solution returns
MiB = 2**20

ACCEPTED = Verdict.ACCEPTED
WA = Verdict.WRONG_ANSWER
RE = Verdict.RUNTIME_ERROR
TLE = Verdict.TIME_LIMIT_EXCEEDED
MLE = Verdict.MEMORY_LIMIT_EXCEEDED
OLE = Verdict.OUTPUT_LIMIT_EXCEEDED

pytestmark = pytest.mark.timeout(180)


# -- layers --------------------------------------------------------------------------------

def layer(name: str) -> isolation.LayerStatus | None:
    return next((x for x in isolation.detect_layers() if x.name.split("(")[0] == name), None)


def active(name: str) -> bool:
    found = layer(name)
    return bool(found and found.active)


def namespaces() -> set[str]:
    """The namespaces the worker gets ({"user", "net", "pid", ...}); empty without the layer."""
    found = layer("namespaces")
    if found is None or not found.active or "(" not in found.name:
        return set()
    return set(found.name[found.name.index("(") + 1:-1].split(","))


def landlock_abi() -> int:
    return landlock.abi_version() if active("landlock") else 0


def require_any(why: str, **alternatives: bool) -> None:
    """Skip unless one of the named layers that gives this guarantee is active."""
    if not any(alternatives.values()):
        names = {name: "namespaces" if name.endswith("namespace") else name for name in alternatives}
        details = "; ".join(f"{name}: {found.detail if (found := layer(names[name])) else 'not reported'}"
                            for name in alternatives)
        pytest.skip(f"{why} needs one of {', '.join(alternatives)} ({details})")


# -- the problem, the solutions, the checks --------------------------------------------------

@pytest.fixture(scope="session")
def canary() -> str:
    """A string only the reference contains: wherever it shows up, the reference leaked."""
    return f"canary-{uuid.uuid4().hex}"


@pytest.fixture(scope="session")
def make_problem(tmp_path_factory: pytest.TempPathFactory, canary: str) -> Callable[..., Path]:
    """Copies of the bundled two_sum (made once per limits): four tests, a hidden canary."""
    made: dict[tuple[float, int], Path] = {}

    def make(time_limit_s: float = 0.5, memory_mb: int = 64) -> Path:
        key = (time_limit_s, memory_mb)
        if key not in made:
            root = tmp_path_factory.mktemp("problem") / "two_sum"
            shutil.copytree(BUNDLED, root, ignore=shutil.ignore_patterns("submissions", "__pycache__"))
            for test in (root / "tests").iterdir():
                if test.name not in KEEP_TESTS:
                    test.unlink()
            # The canary lives in the reference only: a test's comment is reported (with its
            # input and expected output), the reference never is.
            (root / "tests" / "zz_canary.json").write_text(json.dumps(CANARY_TEST))
            with (root / "reference.py").open("a", encoding="utf-8") as fh:
                fh.write(f"\n# {canary}\n")
            toml = (root / "problem.toml").read_text(encoding="utf-8")
            toml = re.sub(r"(?m)^time_limit_s = .*$", f"time_limit_s = {time_limit_s}", toml)
            toml = re.sub(r"(?m)^memory_mb = .*$", f"memory_mb = {memory_mb}", toml)
            assert f"time_limit_s = {time_limit_s}" in toml and f"memory_mb = {memory_mb}" in toml, toml
            (root / "problem.toml").write_text(toml, encoding="utf-8")
            made[key] = root
        return made[key]

    return make


def write_solution(folder: Path, name: str, **subs: object) -> Path:
    """tests/fixtures/hostile/NAME.py with its @@KEY@@ placeholders filled in, in `folder`."""
    text = (HOSTILE / f"{name}.py").read_text(encoding="utf-8")
    for key, value in subs.items():
        text = text.replace(f"@@{key}@@", str(value))
    assert "@@" not in text, f"{name}.py has a placeholder the test did not fill: {re.findall('@@[A-Z_]+@@', text)}"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.py"
    path.write_text(text, encoding="utf-8")
    return path


def digest(folder: Path) -> dict[str, str]:
    """Every file and folder under `folder` with a hash of its bytes (the judge's own
    __pycache__, written when it imports generator.py for the complexity phase, aside)."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if "__pycache__" in relative.parts:
            continue
        if path.is_symlink():
            found[str(relative)] = "link -> " + os.readlink(path)
        elif path.is_dir():
            found[str(relative)] = "dir"
        else:
            found[str(relative)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def _mentions(proc: psutil.Process, needles: tuple[str, ...]) -> bool:
    texts: list[str] = []
    for get in (proc.cwd, proc.cmdline, proc.environ):
        with contextlib.suppress(psutil.Error, OSError):
            value = get()
            texts.extend(value.values() if isinstance(value, dict) else [value] if isinstance(value, str) else value)
    return any(needle in text for text in texts for needle in needles)


def strays(before: set[int], needles: tuple[str, ...]) -> list[psutil.Process]:
    """New descendants of this process (zombies included: nobody waited for them), and any
    process anywhere whose cwd, command line or environment mentions one of `needles`."""
    me = psutil.Process()
    found: dict[int, psutil.Process] = {}
    with contextlib.suppress(psutil.Error):
        for proc in me.children(recursive=True):
            if proc.pid not in before:
                found[proc.pid] = proc
    for proc in psutil.process_iter():
        if proc.pid != me.pid and proc.pid not in found and _mentions(proc, needles):
            found[proc.pid] = proc
    return [p for p in found.values() if p.is_running()]


def assert_no_strays(before: set[int], needles: tuple[str, ...]) -> None:
    deadline = time.monotonic() + REAP_S
    left = strays(before, needles)
    while left and time.monotonic() < deadline:
        time.sleep(0.1)
        left = strays(before, needles)
    if left:
        described = []
        for proc in left:
            with contextlib.suppress(psutil.Error):
                described.append(f"{proc.pid} {proc.status()} {' '.join(proc.cmdline())[:200]}")
            with contextlib.suppress(psutil.Error):
                proc.kill()  # do not leave them on the shared machine
        pytest.fail(f"processes left behind: {described}")


def render_everywhere(report: Report) -> None:
    """Whatever the solution returned or printed, every format renders the report (a value
    600 lists deep once made the JSON report, and with it a whole `judge grade`, fail)."""
    from judge.reports.html import HtmlReporter
    from judge.reports.json import JsonReporter
    from judge.reports.junit import JunitReporter
    from judge.reports.text import TextReporter

    saved = JsonReporter().render(report)
    assert Report.from_dict(json.loads(saved)).verdict is report.verdict
    for reporter in (TextReporter(), JunitReporter(), HtmlReporter(plots=False)):
        assert reporter.render(report)


@dataclass(frozen=True)
class Outcome:
    report: Report
    seconds: float
    solution: Path

    @property
    def verdict(self) -> Verdict:
        return self.report.verdict

    @property
    def text(self) -> str:
        """The whole report as JSON (what a user or a CI job would see)."""
        return json.dumps(self.report.to_dict())

    @property
    def stdout(self) -> str:
        return "\n".join(case.stdout for case in self.report.cases)

    def describe(self) -> str:
        cases = "; ".join(f"{c.name}: {c.verdict.value} {c.reason!r}" for c in self.report.cases)
        return f"{self.verdict.value} ({self.report.reason!r}) in {self.seconds:.1f} s; {cases}"


@pytest.fixture
def judge_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The judge's temporary folders (scratch included) go here, so that everything a run
    starts can be recognised by its working folder or its environment (HOME=scratch)."""
    base = tmp_path / "judge-tmp"
    base.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(base))
    return base


@pytest.fixture
def hostile(tmp_path: Path, judge_tmp: Path, make_problem: Callable[..., Path]) -> Callable[..., Outcome]:
    """run(NAME, problem=..., complexity=False, **placeholders): judge a hostile fixture and
    check what every case must guarantee; returns the Report with the time it took."""

    def run(name: str, *, problem: Path | None = None, complexity: bool = False, budget_s: float = 6.0,
            measure: str = "auto", **subs: object) -> Outcome:
        folder = problem or make_problem()
        defaults = {"PROBLEM_DIR": folder, "REPO": ROOT, "JUDGE_PID": os.getpid(),
                    "REAL_HOME": os.path.expanduser("~")}
        solution = write_solution(tmp_path / "solutions", name, **{**defaults, **subs})
        problem_before, solutions_before = digest(folder), digest(solution.parent)
        before = {p.pid for p in psutil.Process().children(recursive=True)}
        started = time.monotonic()
        options = Options(problem=str(folder), complexity=complexity, budget_s=budget_s, measure=measure)
        report = judge_solution(solution, options)
        seconds = time.monotonic() - started
        assert isinstance(report, Report)
        assert_no_strays(before, (str(judge_tmp), str(solution)))
        assert digest(folder) == problem_before, "the problem folder changed"
        assert digest(solution.parent) == solutions_before, "the solution's folder changed"
        assert sorted(judge_tmp.iterdir()) == [], "the judge's temporary folders were not removed"
        render_everywhere(report)
        return Outcome(report, seconds, solution)

    return run


# -- cases that need nothing but the verdict --------------------------------------------------

@dataclass(frozen=True)
class Case:
    name: str
    verdicts: frozenset[Verdict]
    reason: str = ""  # in the report's reason
    not_reason: str = "\0"  # not in the report's reason
    time_limit_s: float = 0.5
    memory_mb: int = 64
    max_seconds: float = 30.0

    def __str__(self) -> str:
        return self.name


CASES = [
    # limits
    Case("cpu_spin", frozenset({TLE})),
    Case("sleep_forever", frozenset({TLE}), reason="wall-clock"),
    Case("ignore_sigterm", frozenset({TLE})),
    Case("huge_allocation", frozenset({MLE}), max_seconds=10),
    Case("memory_hoard", frozenset({MLE}), max_seconds=10),
    Case("output_flood_truncate", frozenset({TLE, OLE})),
    # Frames pile up until the memory limit (CPython then raises SystemError or
    # MemoryError) or the C stack overflows (SIGSEGV); generous time so that it is not TLE.
    # The worker must report that error, not die describing a 200,000-frame traceback.
    Case("deep_recursion", frozenset({RE, MLE}), not_reason="exited with code", time_limit_s=3.0, memory_mb=32),
    Case("deep_recursion_c", frozenset({RE, MLE}), not_reason="exited with code", time_limit_s=3.0, memory_mb=32),
    # ending the process or the call instead of answering
    Case("ctypes_segfault", frozenset({RE}), reason="SIGSEGV", max_seconds=15),
    Case("sys_exit", frozenset({RE}), reason="SystemExit", max_seconds=10),
    Case("os_exit", frozenset({RE}), reason="exited with code 0", max_seconds=15),
    Case("keyboard_interrupt", frozenset({RE}), reason="KeyboardInterrupt", max_seconds=10),
    Case("sigint_self", frozenset({RE}), reason="KeyboardInterrupt", max_seconds=10),
    # the reply channel
    Case("forged_frame", frozenset({RE}), reason="channel", max_seconds=15),
    Case("oversized_frame", frozenset({RE}), reason="channel", max_seconds=15),
    Case("nested_answer", frozenset({WA}), reason="nested too deeply", max_seconds=15),
    Case("nested_pair", frozenset({WA}), reason="nested too deeply", max_seconds=15),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_verdict(case: Case, hostile: Callable[..., Outcome], make_problem: Callable[..., Path]) -> None:
    outcome = hostile(case.name, problem=make_problem(case.time_limit_s, case.memory_mb))
    assert outcome.verdict in case.verdicts, outcome.describe()
    assert case.reason in outcome.report.reason, outcome.describe()
    assert case.not_reason not in outcome.report.reason, outcome.describe()
    assert not any(c.verdict is ACCEPTED for c in outcome.report.cases), outcome.describe()
    assert outcome.seconds < case.max_seconds, outcome.describe()


def test_forged_report_and_early_exit_fail(hostile: Callable[..., Outcome]) -> None:
    """A fake "accepted" report on stdout/stderr is only output; forged frames on the reply
    channel are decoded as data and checked like any answer (here: a string, so wrong)."""
    outcome = hostile("forged_report")
    assert outcome.verdict in (WA, RE), outcome.describe()
    assert outcome.report.passed == 0, outcome.describe()
    assert '"verdict": "accepted"' in outcome.stdout  # it did print its fake report


# -- reading what it must not ----------------------------------------------------------------

def test_cannot_read_hidden_tests_or_reference(hostile: Callable[..., Outcome], canary: str) -> None:
    """It answers only from hidden tests or a reference it managed to read: all wrong."""
    require_any("Hiding the problem folder from the solution", landlock=active("landlock"))
    outcome = hostile("read_hidden")
    assert outcome.verdict is WA, outcome.describe()
    assert all(c.verdict is WA for c in outcome.report.cases), outcome.describe()
    assert canary not in outcome.text
    leaked = [line for line in outcome.stdout.splitlines()
              if line.startswith("READ") and ("two_sum" in line or "reference" in line)]
    assert leaked == []


@pytest.mark.parametrize("where", ["in-process", "judge-process-environment"])
def test_environment_secrets_do_not_reach_the_solution(where: str, hostile: Callable[..., Outcome],
                                                       make_problem: Callable[..., Path], judge_tmp: Path,
                                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker starts with a fixed environment, and cannot read the judge's through /proc.

    `in-process`: the secret is set in this (the judge's) process while it runs; the worker
    must not inherit it. `judge-process-environment`: the judge runs as its own process
    started with the secret, so /proc/<judge>/environ holds it: reading it must fail too."""
    secret = f"hunter2-{uuid.uuid4().hex}"
    if where == "in-process":
        monkeypatch.setenv("JUDGE_TEST_SECRET", secret)
        outcome = hostile("env_secrets")
        assert outcome.verdict is ACCEPTED, outcome.describe()  # found nothing, so it answered
        assert secret not in outcome.text and "LEAKED" not in outcome.stdout
        return
    require_any("Hiding other processes' environment", landlock=active("landlock"), pid_namespace="pid" in namespaces())
    folder = make_problem()
    solution = write_solution(tmp_path / "solutions", "env_secrets", JUDGE_PID=os.getpid())
    problem_before = digest(folder)
    before = {p.pid for p in psutil.Process().children(recursive=True)}
    script = ("import json, sys\nfrom judge.api import Options, judge_solution\n"
              "report = judge_solution(sys.argv[1], Options(problem=sys.argv[2], complexity=False))\n"
              "print(json.dumps(report.to_dict()))\n")
    env = {**os.environ, "JUDGE_TEST_SECRET": secret, "TMPDIR": str(judge_tmp)}
    done = subprocess.run([sys.executable, "-c", script, str(solution), str(folder)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["verdict"] == "accepted", report["reason"]
    assert secret not in done.stdout + done.stderr
    assert_no_strays(before, (str(judge_tmp), str(solution)))
    assert digest(folder) == problem_before
    assert sorted(judge_tmp.iterdir()) == []


# -- writing, connecting, starting processes ---------------------------------------------------

def test_cannot_write_outside_scratch(hostile: Callable[..., Outcome]) -> None:
    """Answers correctly after trying; every target must still be missing afterwards (the
    problem folder, the solution's folder and the judge's temp folder are checked by the fixture)."""
    require_any("Keeping writes inside scratch", landlock=active("landlock"))
    token = uuid.uuid4().hex
    home = os.path.expanduser("~")
    targets = [Path(p) for p in (f"/tmp/judge-hostile-{token}", f"/var/tmp/judge-hostile-{token}",
                                 f"/dev/shm/judge-hostile-{token}", f"{home}/judge-hostile-{token}",
                                 f"{ROOT}/judge-hostile-{token}")]
    try:
        outcome = hostile("write_elsewhere", TOKEN=token)
        assert outcome.verdict is ACCEPTED, outcome.describe()
        assert "blocked /tmp/judge-hostile" in outcome.stdout  # it did try
        done = ("WROTE", "MKDIR", "SYMLINK", "APPENDED", "TRUNCATED", "RENAMED", "LINKED")
        succeeded = [line for line in outcome.stdout.splitlines() if line.split(" ")[0] in done]
        assert succeeded == []
        left = [str(p) for t in targets for p in (t, Path(f"{t}.d"), Path(f"{t}.lnk")) if os.path.lexists(p)]
        assert left == []
    finally:
        for target in targets:
            for path in (target, Path(f"{target}.d"), Path(f"{target}.lnk")):
                with contextlib.suppress(OSError):
                    path.rmdir() if path.is_dir() and not path.is_symlink() else path.unlink()


class Listeners:
    """TCP, UDP, unix-socket-file and abstract unix servers on this machine, in a thread,
    recording every byte that reaches them."""

    def __init__(self, folder: Path, token: str) -> None:
        self.received: dict[str, bytes] = {"tcp": b"", "udp": b"", "unix": b"", "abstract": b""}
        self.abstract_name = f"judge-hostile-{token}"
        self.unix_path = folder / "judge-hostile.sock"
        self.tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.tcp.bind(("127.0.0.1", 0))
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind(("127.0.0.1", 0))
        self.unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.unix.bind(str(self.unix_path))
        self.abstract = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.abstract.bind("\0" + self.abstract_name)
        self.selector = selectors.DefaultSelector()
        for label, sock in (("tcp", self.tcp), ("unix", self.unix), ("abstract", self.abstract)):
            sock.listen()
            sock.setblocking(False)
            self.selector.register(sock, selectors.EVENT_READ, (label, True))
        self.udp.setblocking(False)
        self.selector.register(self.udp, selectors.EVENT_READ, ("udp", False))
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def ports(self) -> tuple[int, int]:
        return self.tcp.getsockname()[1], self.udp.getsockname()[1]

    def _serve(self) -> None:
        while not self.stop.is_set():
            for key, _ in self.selector.select(timeout=0.05):
                label, listening = key.data
                sock = key.fileobj
                assert isinstance(sock, socket.socket)
                try:
                    if listening:
                        conn, _ = sock.accept()
                        conn.setblocking(False)
                        self.received[label] += b"<connected>"
                        self.selector.register(conn, selectors.EVENT_READ, (label, False))
                    else:
                        data = sock.recv(65536)
                        self.received[label] += data
                        if not data and sock is not self.udp:
                            self.selector.unregister(sock)
                            sock.close()
                except OSError:
                    pass

    def __enter__(self) -> Listeners:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        time.sleep(0.2)  # anything in flight arrives
        self.stop.set()
        self.thread.join(timeout=5)
        for key in list(self.selector.get_map().values()):
            with contextlib.suppress(OSError):
                key.fileobj.close()  # type: ignore[union-attr]
        self.selector.close()
        with contextlib.suppress(OSError):
            self.unix_path.unlink()


def test_cannot_reach_a_local_server(hostile: Callable[..., Outcome], tmp_path: Path) -> None:
    """Answers correctly after trying; no byte (nor a connection) may reach the servers.
    Which channel is closed depends on the layers: seccomp (no socket() at all) closes every
    one; the network namespace TCP, UDP and abstract sockets; Landlock ABI 4 TCP and ABI 6
    abstract sockets. A socket file is reachable from any network namespace: only seccomp
    closes it."""
    ns, abi, seccomp = namespaces(), landlock_abi(), active("seccomp")
    closed = {
        "tcp": seccomp or "net" in ns or abi >= 4,
        "udp": seccomp or "net" in ns,
        "unix": seccomp,
        "abstract": seccomp or "net" in ns or abi >= 6,
    }
    require_any("Cutting the solution off the network", seccomp=seccomp, net_namespace="net" in ns, landlock=abi >= 4)
    token = uuid.uuid4().hex
    with Listeners(tmp_path, token) as servers:
        tcp_port, udp_port = servers.ports
        outcome = hostile("connect_local", TCP_PORT=tcp_port, UDP_PORT=udp_port, UNIX_PATH=servers.unix_path,
                          ABSTRACT=servers.abstract_name, TOKEN=token)
    assert outcome.verdict is ACCEPTED, outcome.describe()
    assert "blocked tcp 127.0.0.1" in outcome.stdout, outcome.stdout
    reached = {label: data for label, data in servers.received.items() if closed[label] and data}
    assert reached == {}, f"reached a server on this machine: {reached}; solution printed {outcome.stdout!r}"


def test_cannot_start_a_shell(hostile: Callable[..., Outcome]) -> None:
    """Answers correctly after trying; the shell never runs: the files it would create do
    not exist (seccomp refuses fork/exec; Landlock gives no execute right anywhere)."""
    require_any("Stopping programs from running", seccomp=active("seccomp"), landlock=active("landlock"))
    marker = f"/tmp/judge-hostile-{uuid.uuid4().hex}"
    suffixes = (".system", ".subprocess", ".spawn", ".popen", ".exec")
    try:
        outcome = hostile("spawn_shell", MARKER=marker)
        assert outcome.verdict is ACCEPTED, outcome.describe()
        assert "blocked subprocess" in outcome.stdout, outcome.stdout
        assert [s for s in suffixes if os.path.lexists(marker + s)] == []
    finally:
        for suffix in suffixes:
            with contextlib.suppress(OSError):
                os.unlink(marker + suffix)


def test_no_children_survive(hostile: Callable[..., Outcome]) -> None:
    """Up to 20 children that leave the process group and sleep 60 s: either they cannot be
    started (seccomp) or they die with the PID namespace; the fixture finds any survivor by
    its environment (HOME is the scratch folder) even after setsid()."""
    require_any("Reaping children that leave the process group", seccomp=active("seccomp"),
                pid_namespace="pid" in namespaces())
    outcome = hostile("fork_children")
    assert outcome.verdict is ACCEPTED, outcome.describe()


@pytest.fixture
def sentinel() -> Iterator[subprocess.Popen[bytes]]:
    """An unrelated process (in a session of its own) that must survive the attack."""
    proc = subprocess.Popen(["sleep", "60"], start_new_session=True)
    try:
        yield proc
    finally:
        proc.kill()
        proc.wait()


def test_cannot_kill_the_judge_or_anything_else(hostile: Callable[..., Outcome],
                                               sentinel: subprocess.Popen[bytes]) -> None:
    """SIGSTOP/TERM/INT/KILL to its parent and to the judge's PID, the judge's process group,
    an unrelated sentinel, PID 1, kill(-1, SIGKILL) and its own group: the judge reports,
    the sentinel lives. Only run where signals cannot leave the sandbox (seccomp, or the PID
    namespace), and the fixture checks that again before it sends anything."""
    require_any("Containing signals", seccomp=active("seccomp"), pid_namespace="pid" in namespaces())
    outcome = hostile("kill_parent", SENTINEL_PID=sentinel.pid)
    assert "UNSAFE" not in outcome.stdout, "signals could leave the sandbox although a layer should stop them"
    assert "blocked" in outcome.stdout or "SIGNALLED" in outcome.stdout, outcome.describe()
    # Answered after every attempt failed (seccomp), or killed itself with its own group.
    assert outcome.verdict in (ACCEPTED, RE), outcome.describe()
    assert sentinel.poll() is None, "the sentinel process was killed"
    assert psutil.Process().status() != psutil.STATUS_STOPPED


# -- output and threads ------------------------------------------------------------------------

@contextlib.contextmanager
def peak_rss() -> Iterator[list[int]]:
    """[growth]: how far this process's RSS rose above its start while the block ran."""
    me = psutil.Process()
    start = me.memory_info().rss
    peak = [start]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], me.memory_info().rss)
            time.sleep(0.005)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    growth = [0]
    try:
        yield growth
    finally:
        done.set()
        thread.join()
        growth[0] = max(peak[0], me.memory_info().rss) - start


def test_output_flood_is_cut_quickly_and_the_judge_stays_small(hostile: Callable[..., Outcome]) -> None:
    """4 GiB attempted on stdout and stderr: stopped at the output limit within seconds, and
    the judge (this process) only ever reads a bounded head of it."""
    with peak_rss() as growth:
        outcome = hostile("output_flood")
    assert outcome.verdict is OLE, outcome.describe()
    assert outcome.seconds < 10, outcome.describe()
    assert growth[0] < 50 * MiB, f"the judge grew by {growth[0] / MiB:.0f} MiB"
    assert all(len(c.stdout) <= 4096 and len(c.stderr) <= 4096 for c in outcome.report.cases)


def test_a_thread_cannot_start(hostile: Callable[..., Outcome]) -> None:
    """A thread would run while the worker waits for its next request, where nothing measures:
    seccomp refuses clone(), so starting one is the solution's runtime error (without seccomp
    the thread starts, and the judge neither waits for it nor leaves it running)."""
    outcome = hostile("spinning_thread")
    if active("seccomp"):
        assert outcome.verdict is Verdict.RUNTIME_ERROR, outcome.describe()
        assert "can't start new thread" in outcome.text, outcome.describe()
    else:
        assert outcome.verdict is ACCEPTED, outcome.describe()
    assert outcome.seconds < 20, outcome.describe()
    for name in ("clean-env", "rlimit-as", *(n for n in ("seccomp", "landlock") if active(n))):
        assert name in outcome.report.layers, outcome.report.layers  # what the worker applied


# -- timing ------------------------------------------------------------------------------------

@pytest.mark.slow
def test_patched_clocks_do_not_hide_a_quadratic_solution(hostile: Callable[..., Outcome]) -> None:
    """O(n^2) with every clock (and the worker's own) patched to tick 1 us per call: timed
    blocks are measured with the CPU time the kernel accounted, so the points still grow
    quadratically, and the blocks are sized from kernel-timed calibration blocks, so the
    lying probe cannot starve the ladder either: too slow."""
    outcome = hostile("patch_clocks", complexity=True, budget_s=10.0)
    assert "patched worker clocks: 1" in outcome.stdout, outcome.stdout  # the patch did reach the worker
    complexity = outcome.report.complexity
    assert complexity is not None, outcome.describe()
    axis = complexity.time
    assert axis.measured not in ("O(1)", "O(log n)", "O(sqrt n)"), axis
    fastest: dict[int, float] = {}
    for n, seconds in axis.points:
        fastest[n] = min(seconds, fastest.get(n, seconds))
    small, large = min(fastest), max(fastest)
    assert large >= 4 * small, axis.points
    exponent = math.log(fastest[large] / fastest[small]) / math.log(large / small)
    assert exponent > 1.2, f"per-call CPU time grows like n^{exponent:.2f}: {sorted(fastest.items())}"
    assert outcome.verdict is Verdict.TOO_SLOW, f"{outcome.describe()}; {axis.status}: {complexity.notes}"


@pytest.mark.slow
def test_deeply_nested_answer_at_scale(hostile: Callable[..., Outcome]) -> None:
    outcome = hostile("nested_answer_at_scale", complexity=True, budget_s=3.0)
    assert outcome.verdict is WA, outcome.describe()


@pytest.mark.slow
def test_skipping_work_while_timed(hostile: Callable[..., Outcome]) -> None:
    """O(n^2), but no work while the GC is off (timed blocks), tracemalloc is on or a
    profile hook is set (memory and depth runs): every measured run reports a fingerprint
    of its answer, and an answer that differs from the checked probe's is checked too."""
    outcome = hostile("skip_timed_work", complexity=True, budget_s=6.0)
    assert outcome.verdict in (Verdict.WRONG_ANSWER, Verdict.TOO_SLOW), outcome.describe()


# -- measurement: what the red-team pass found ------------------------------------------------

MEASURES = ["cpu", pytest.param("instructions", marks=pytest.mark.skipif(
    callgrind.find() is None, reason=f"no callgrind: {callgrind.why_not()}"))]

def test_kernel_channels_are_closed(hostile: Callable[..., Outcome]) -> None:
    """Attacks 5, 7 and 11: memfd (memory no limit sees), record locks and flock on a
    read-only stdlib file and inotify (channels between the native and the counting
    worker, and the per-user inotify limit), executable memory and new native libraries
    (Valgrind client requests, foreign machine code): all refused, then it answers."""
    require_any("Refusing these system calls", seccomp=active("seccomp"))
    outcome = hostile("kernel_channels")
    assert outcome.verdict is ACCEPTED, outcome.describe()
    for name in ("memfd_create", "lockf", "flock", "inotify_init1", "exec_mmap", "load_library", "reopen_channel",
                 "setitimer", "timer_create"):
        assert f"blocked {name}" in outcome.stdout, outcome.stdout


@pytest.mark.slow
@pytest.mark.parametrize("measure", MEASURES)
def test_a_table_in_mmap_memory_is_counted_as_space(hostile: Callable[..., Outcome], measure: str) -> None:
    """Attack 6, mmap: tracemalloc never sees the O(n) table; the kernel's peak resident size,
    read by the judge past the settled space ladder, does (expected O(1) space)."""
    problem = BUNDLED.parent / "climbing_stairs"
    outcome = hostile("mmap_table", problem=problem, complexity=True, budget_s=15.0, measure=measure)
    complexity = outcome.report.complexity
    assert complexity is not None, outcome.describe()
    assert complexity.space_outside, outcome.describe()
    assert outcome.verdict is Verdict.TOO_MUCH_MEMORY, outcome.describe()


@pytest.mark.slow
@pytest.mark.parametrize("measure", MEASURES)
def test_patched_marshal_does_not_move_work_out_of_the_measured_call(hostile: Callable[..., Outcome],
                                                                     measure: str) -> None:
    """Attack 1: the worker binds marshal.dumps before the solution loads, so the hook that
    would do the O(n^2) work while the worker copies an input never runs for the worker."""
    # Counted ladders need the default budget to pass n = 8 here (6 s leaves them "inconclusive").
    budget = 15.0 if measure == "instructions" else 6.0
    outcome = hostile("patch_marshal", complexity=True, budget_s=budget, measure=measure)
    complexity = outcome.report.complexity
    assert complexity is not None, outcome.describe()
    # Had the hook worked, the measured call would be an O(n) lookup: "ok". A loaded machine
    # can leave the ladders too short to judge ("inconclusive"); never "ok" or "better".
    assert complexity.time.status in ("worse", "inconclusive"), (complexity.time, outcome.describe())
    assert outcome.verdict is Verdict.TOO_SLOW or complexity.time.status == "inconclusive", outcome.describe()


@pytest.mark.slow
@pytest.mark.parametrize("measure", MEASURES)
def test_stopping_tracemalloc_is_not_a_small_peak(hostile: Callable[..., Outcome], measure: str) -> None:
    """Attack 6: climbing_stairs with an O(n) table (expected O(1) space) that stops
    tracemalloc at the start of each call: the memory run reports the tampering."""
    problem = BUNDLED.parent / "climbing_stairs"
    outcome = hostile("stop_tracemalloc", problem=problem, complexity=True, budget_s=6.0, measure=measure)
    assert outcome.verdict is RE, outcome.describe()
    assert "MeasurementTampered" in outcome.text, outcome.describe()


@pytest.mark.slow
@pytest.mark.skipif(callgrind.find() is None, reason=f"no callgrind: {callgrind.why_not()}")
def test_zeroing_callgrinds_counters_is_caught(hostile: Callable[..., Outcome]) -> None:
    """Attack 4: ZERO_STATS from the solution before it returns. Valgrind logs every client
    request to a file only Valgrind writes; the judge audits it after each request."""
    outcome = hostile("zero_stats", complexity=True, budget_s=6.0, measure="instructions")
    assert outcome.verdict is RE, outcome.describe()
    assert "ZERO_STATS" in outcome.report.reason, outcome.describe()


@pytest.mark.slow
@pytest.mark.skipif(callgrind.find() is None, reason=f"no callgrind: {callgrind.why_not()}")
@pytest.mark.skipif(platform.machine() != "x86_64", reason="the fixture's machine code is x86-64")
def test_work_run_natively_under_valgrind_is_timed_instead_of_counted(hostile: Callable[..., Outcome]) -> None:
    """An O(n^2) two_sum whose pair search, under Valgrind, is machine code of its own run
    through NON_SIMD_CALL (uncounted); natively it must do the search in Python. Its CPU
    time per counted instruction rises with n, so the judge times it instead: too slow."""
    outcome = hostile("non_simd_call", complexity=True, budget_s=15.0, measure="instructions")
    complexity = outcome.report.complexity
    assert complexity is not None, outcome.describe()
    assert complexity.cpu_time is not None and complexity.cpu_time.reason == "uncounted", outcome.describe()
    # A loaded machine can leave the timed ladders too short to judge; never "ok".
    assert complexity.time.status in ("worse", "inconclusive"), outcome.describe()
    assert outcome.verdict is Verdict.TOO_SLOW or complexity.time.status == "inconclusive", outcome.describe()


@pytest.mark.slow
@pytest.mark.skipif(callgrind.find() is None, reason=f"no callgrind: {callgrind.why_not()}")
def test_links_in_the_dump_folder_leak_nothing_and_block_nothing(hostile: Callable[..., Outcome],
                                                                 canary: str) -> None:
    """Attacks 8 and 9: links to a hidden test, /dev/zero and /proc/self/fd/N in the dump
    folder, then exit. The folder allows creating and writing files only, the log is not
    there, and dumps are read without following links: nothing leaks, nothing blocks, and
    dying under callgrind is the solution's failure, not a way to be timed instead."""
    outcome = hostile("dump_links", complexity=True, budget_s=6.0, measure="instructions")
    assert outcome.verdict is RE, outcome.describe()
    assert canary not in outcome.text
    assert outcome.seconds < 60, outcome.describe()


@pytest.mark.slow
@pytest.mark.skipif(callgrind.find() is None, reason=f"no callgrind: {callgrind.why_not()}")
def test_a_batch_of_attacks_is_graded_to_the_end(tmp_path: Path, judge_tmp: Path,
                                                 make_problem: Callable[..., Path], canary: str) -> None:
    """`judge grade` over a class where most files attack the judge (forged and oversized
    frames, a fake report, exiting, links in the dump folder, zeroed counters, uncounted
    machine code) and one is honest: every file gets its own verdict, the honest one is
    accepted, and the JSON and JUnit outputs are complete."""
    from judge.batch import grade
    from judge.reports.junit import JunitReporter

    problem = make_problem()
    attacks = ["forged_frame", "oversized_frame", "forged_report", "os_exit", "dump_links", "zero_stats"]
    if platform.machine() == "x86_64":
        attacks.append("non_simd_call")
    folder = tmp_path / "class"
    for name in attacks:
        write_solution(folder, name, PROBLEM_DIR=problem).rename(folder / f"two_sum_{name}.py")
    (folder / "two_sum_honest.py").write_text((ROOT / "solutions" / "two_sum.py").read_text(encoding="utf-8"))
    before = {p.pid for p in psutil.Process().children(recursive=True)}
    options = Options(problems_dirs=(problem.parent,), problem=str(problem), budget_s=8.0, measure="instructions")
    result = grade([folder], options, jobs=2)
    assert_no_strays(before, (str(judge_tmp), str(folder)))
    verdicts = {Path(r.solution).stem.removeprefix("two_sum_"): r.verdict for r in result.reports}
    assert not result.unmatched, result.unmatched
    assert verdicts.pop("honest") is Verdict.ACCEPTED
    assert set(verdicts) == set(attacks) and Verdict.ACCEPTED not in verdicts.values(), verdicts
    xml = JunitReporter().render_many(result.entries)
    assert xml.count("<testcase") == len(attacks) + 1 and xml.count("<failure") == len(attacks)
    assert canary not in xml and all(canary not in json.dumps(r.to_dict()) for r in result.reports)
