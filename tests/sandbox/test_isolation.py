"""The isolation layers, tested for real on this machine.

Every check runs in a child Python that calls confine() (as the worker does) and then tries
the forbidden thing; a layer that detect_layers() reports unavailable skips its tests with
the reason. No test forks without a bound: fork attempts happen only after seccomp, and
the namespace test starts exactly one grandchild.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from judge.sandbox import detection, isolation, namespaces  # noqa: E402
from judge.sandbox.isolation import LayerStatus, Limits  # noqa: E402

MiB = 2**20
LIMITS = Limits(memory_bytes=64 * MiB, cpu_seconds=10, file_size_bytes=1 * MiB)

PRELUDE = """
import os, sys, json
sys.path.insert(0, {root!r})
from judge.sandbox import isolation
del sys.path[0]
limits = isolation.Limits(**{limits!r})
applied = isolation.confine({scratch!r}, limits) if {confine!r} else ()
print("APPLIED " + ",".join(applied), flush=True)
"""


def layers() -> dict[str, LayerStatus]:
    return {layer.name.split("(")[0]: layer for layer in isolation.detect_layers()}


def require(*names: str) -> None:
    found = layers()
    for name in names:
        layer = found.get(name)
        if layer is None or not layer.active:
            pytest.skip(f"layer {name} unavailable here: {layer.detail if layer else 'not reported'}")


def require_any(*names: str) -> None:
    found = layers()
    if not any(found.get(n) and found[n].active for n in names):
        pytest.skip(f"none of {names} available: " + "; ".join(
            f"{n}: {found[n].detail}" for n in names if n in found))


_prefixes: dict[str, list[str] | str] = {}


def prefix_for(tool: str) -> list[str]:
    """The namespaces prefix that uses `tool`, probed; skips the test when it does not work."""
    if tool not in _prefixes:
        found = [p for _, p in namespaces.candidates() if os.path.basename(p[0]) == tool]
        if not found:
            _prefixes[tool] = f"{tool} is not installed"
        else:
            ok, detail = namespaces.probe(found[0])
            _prefixes[tool] = found[0] if ok else detail
    prefix = _prefixes[tool]
    if isinstance(prefix, str):
        pytest.skip(prefix)
    return prefix


TOOLS = ["bwrap", "unshare"]


def run_child(tmp_path: Path, body: str, *, limits: Limits = LIMITS, confine: bool = True,
              wrap: bool | list[str] = False, timeout: float = 10,
              via_shim: bool = False) -> subprocess.CompletedProcess[str]:
    """Run PRELUDE + body like the runner does (preexec rlimits, minimal env, scratch cwd)."""
    scratch = tmp_path / "scratch"
    scratch.mkdir(exist_ok=True)
    script = tmp_path / "child.py"
    limits_dict = {f: getattr(limits, f) for f in limits.__dataclass_fields__}
    script.write_text(PRELUDE.format(root=str(ROOT), limits=limits_dict, scratch=str(scratch),
                                     confine=confine) + textwrap.dedent(body))
    argv = [sys.executable, "-I", str(script)]
    if via_shim:  # a throwaway parent, so a signal that gets through cannot hit pytest
        argv = [sys.executable, "-I", "-c",
                "import subprocess, sys; sys.exit(subprocess.call(sys.argv[1:]))", *argv]
    if wrap is True:
        argv = isolation.wrap_argv(argv)
    elif wrap:
        argv = [*wrap, *argv]
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": str(scratch), "TMPDIR": str(scratch)}
    return subprocess.run(argv, cwd=scratch, env=env, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=timeout,
                          preexec_fn=isolation.preexec(limits), start_new_session=True)


def check(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout


# -- detection -------------------------------------------------------------------------


def test_detect_layers_reports_every_layer_and_is_cached() -> None:
    start = time.perf_counter()
    fresh = isolation.detect_layers(refresh=True)
    probe_s = time.perf_counter() - start
    names = [layer.name.split("(")[0] for layer in fresh]
    assert names == ["rlimits", "rlimit-as", "clean-env", "no-new-privs", "drop-caps",
                     "landlock", "seccomp", "namespaces"]
    assert all(layer.detail for layer in fresh)
    assert probe_s < 3.0  # about 0.1 s on an idle machine; generous for a busy CI
    start = time.perf_counter()
    assert isolation.detect_layers() == fresh
    assert time.perf_counter() - start < 0.01
    detection._layers = None  # the file cache, as a new judge process would see it
    start = time.perf_counter()
    assert isolation.detect_layers() == fresh
    assert time.perf_counter() - start < 0.1


def test_confine_applies_what_detect_promised(tmp_path: Path) -> None:
    out = check(run_child(tmp_path, "print(json.dumps(isolation.last_confine_details))"))
    applied = out.splitlines()[0].removeprefix("APPLIED ").split(",")
    for name in ("landlock", "seccomp", "no-new-privs", "drop-caps"):
        if layers()[name].active:
            assert name in applied, out
    assert {"clean-env", "rlimit-as"} <= set(applied)


# -- network ---------------------------------------------------------------------------


def test_no_tcp_connect_to_a_loopback_listener(tmp_path: Path) -> None:
    require_any("seccomp", "landlock")
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.setblocking(False)
        port = server.getsockname()[1]
        out = check(run_child(tmp_path, f"""
            import socket
            try:
                s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                s.settimeout(2)
                s.connect(("127.0.0.1", {port}))
            except OSError as exc:
                print("blocked", exc.errno)
            else:
                sys.exit("connected")
            a, b = socket.socketpair()  # harmless, and allowed
            a.send(b"x"); assert b.recv(1) == b"x"
        """))
        assert "blocked" in out
        with pytest.raises(BlockingIOError):
            server.accept()


# -- processes ---------------------------------------------------------------------------


def test_no_new_processes_and_no_threads(tmp_path: Path) -> None:
    require("seccomp")
    marker = tmp_path / "scratch" / "marker"
    out = check(run_child(tmp_path, f"""
        import subprocess, threading
        assert os.system("echo hi > {marker}") != 0
        try:
            subprocess.run(["/bin/true"])
        except OSError as exc:
            print("subprocess blocked", exc.errno)
        else:
            sys.exit("subprocess ran")
        try:
            pid = os.fork()
        except OSError as exc:
            print("fork blocked", exc.errno)
        else:
            if pid == 0:
                os._exit(0)
            sys.exit("fork worked")
        try:
            os.execv("/bin/true", ["true"])
        except OSError as exc:
            print("exec blocked", exc.errno)
        try:
            threading.Thread(target=int).start()
        except RuntimeError as exc:
            print("thread blocked", exc)
        else:
            sys.exit("a thread started")
    """))
    assert not marker.exists()
    for word in ("subprocess blocked", "fork blocked", "exec blocked", "thread blocked"):
        assert word in out


def test_cannot_signal_the_parent_or_others_but_itself(tmp_path: Path) -> None:
    require_any("seccomp", "landlock")
    bystander = subprocess.Popen(["sleep", "30"], start_new_session=True)
    try:
        done = run_child(tmp_path, f"""
            import signal
            for target in (os.getppid(), {bystander.pid}):
                try:
                    os.kill(target, signal.SIGTERM)
                except PermissionError:
                    print("kill blocked")
                else:
                    print("kill delivered")
            got = []
            signal.signal(signal.SIGUSR1, lambda *a: got.append(1))
            os.kill(os.getpid(), signal.SIGUSR1)
            signal.raise_signal(signal.SIGUSR1)
            assert got == [1, 1], got
            print("self signals ok")
        """, via_shim=True)
        out = check(done)  # a SIGTERM that got through would have killed the shim: exit -15
        assert out.count("kill blocked") == 2 and "self signals ok" in out
        assert bystander.poll() is None
    finally:
        bystander.kill()
        bystander.wait()


# -- filesystem ------------------------------------------------------------------------


def test_filesystem_allow_list(tmp_path: Path) -> None:
    require("landlock")
    secret = tmp_path / "secret.txt"
    secret.write_text("hidden tests")
    outside = tmp_path / "written-outside.txt"
    judge_file = Path(isolation.__file__)
    out = check(run_child(tmp_path, f"""
        for path in ({str(secret)!r}, {str(judge_file)!r}, {str(judge_file.parent)!r}, "/etc/passwd"):
            try:
                (os.listdir if os.path.isdir(path) else lambda p: open(p).read())(path)
            except PermissionError:
                print("read blocked", path)
            else:
                sys.exit("read " + path)
        import site, sysconfig
        for path in [*site.getsitepackages(), sysconfig.get_path("purelib")]:
            if os.path.isdir(path):
                try:
                    os.listdir(path)
                except PermissionError:
                    print("site-packages blocked")
                else:
                    sys.exit("listed " + path)
        try:
            open({str(outside)!r}, "w").write("x")
        except PermissionError:
            print("write outside blocked")
        import heapq, bisect, collections, json, math, random, re, inspect, itertools, decimal
        assert heapq.nsmallest(1, [3, 1]) == [1] and math.isqrt(17) == 4
        with open("inside.txt", "w") as fh:
            fh.write("kept")
        os.mkdir("sub"); os.rename("inside.txt", "sub/inside.txt")
        assert open("sub/inside.txt").read() == "kept"
        assert os.environ["TMPDIR"] == os.getcwd()
        import tempfile
        with tempfile.TemporaryFile() as fh:
            fh.write(b"tmp")
        open("/dev/null", "w").write("x"); open("/dev/urandom", "rb").read(4)
        print("allowed ok")
    """))
    assert out.count("read blocked") == 4
    assert "write outside blocked" in out and "allowed ok" in out
    assert not outside.exists()
    assert (tmp_path / "scratch" / "sub" / "inside.txt").read_text() == "kept"


# -- limits ------------------------------------------------------------------------------


def test_rlimits_cannot_be_raised_back(tmp_path: Path) -> None:
    out = check(run_child(tmp_path, """
        import resource
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)  # getrlimit still works
        assert soft == hard != resource.RLIM_INFINITY
        for res, value in ((resource.RLIMIT_AS, hard * 4), (resource.RLIMIT_CPU, 10**6),
                           (resource.RLIMIT_FSIZE, resource.RLIM_INFINITY)):
            try:
                resource.setrlimit(res, (value, value))
            except (ValueError, OSError) as exc:
                print("raise blocked", exc)
            else:
                sys.exit(f"raised {res}")
        assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
    """))
    assert out.count("raise blocked") == 3


def test_memory_beyond_the_limit_raises_memory_error(tmp_path: Path) -> None:
    out = check(run_child(tmp_path, """
        import threading
        block = bytearray(40 * 2**20)  # within the 64 MiB budget
        try:
            more = bytearray(100 * 2**20)
        except MemoryError:
            print("MemoryError")
        try:
            grow = [0] * (50 * 2**20)
        except MemoryError:
            print("MemoryError again")
        del block
        # threads under the limit: small reserved stacks and one malloc arena
        def work(out):
            out.append(bytearray(2 * 2**20))
        kept = []
        threads = [threading.Thread(target=work, args=(kept,)) for _ in range(8)]
        try:
            for t in threads: t.start()
        except RuntimeError:
            print("threads refused")  # seccomp refuses clone()
        else:
            for t in threads: t.join()
            assert len(kept) == 8
            print("threads ok")
    """))
    assert out.count("MemoryError") == 2 and ("threads ok" in out or "threads refused" in out)


def test_output_file_size_limit(tmp_path: Path) -> None:
    out = check(run_child(tmp_path, """
        import errno
        with open("big", "wb", buffering=0) as fh:
            try:
                fh.write(b"x" * (2 * 2**20))
                fh.write(b"x")
            except OSError as exc:
                assert exc.errno == errno.EFBIG, exc
                print("EFBIG")
    """))
    assert "EFBIG" in out


def test_preexec_rlimits_are_in_place(tmp_path: Path) -> None:
    limits = Limits(memory_bytes=64 * MiB, cpu_seconds=2.5, file_size_bytes=MiB, open_files=32)
    check(run_child(tmp_path, """
        import resource
        assert resource.getrlimit(resource.RLIMIT_CPU) == (3, 3)  # whole seconds, SIGKILL
        assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
        assert resource.getrlimit(resource.RLIMIT_FSIZE) == (2**20, 2**20)
        assert resource.getrlimit(resource.RLIMIT_NOFILE) == (32, 32)
        assert resource.getrlimit(resource.RLIMIT_STACK) == (256 * 2**20, 256 * 2**20)
    """, limits=limits, confine=False))


@pytest.mark.slow
def test_cpu_hard_cap_kills(tmp_path: Path) -> None:
    limits = Limits(memory_bytes=64 * MiB, cpu_seconds=0.5, file_size_bytes=MiB)
    done = run_child(tmp_path, "while True: pass", limits=limits, confine=False)
    assert done.returncode == -signal.SIGKILL, done


# -- namespaces --------------------------------------------------------------------------


def test_worker_pid_without_wrapper_is_the_process_itself() -> None:
    plain = subprocess.Popen([sys.executable, "-I", "-c", "import time; time.sleep(5)"])
    try:
        assert isolation.worker_pid(plain.pid) == plain.pid
    finally:
        plain.kill()
        plain.wait()


def test_wrap_argv_uses_the_detected_prefix() -> None:
    argv = ["python", "-I", "worker.py"]
    wrapped = isolation.wrap_argv(argv)
    if layers()["namespaces"].active:
        assert wrapped[-3:] == argv and len(wrapped) > 3
    else:
        assert wrapped == argv
    assert isolation.wrap_argv(argv, [LayerStatus("namespaces", False, "off")]) == argv


@pytest.mark.parametrize("tool", TOOLS)
def test_worker_pid_finds_the_python_process(tool: str) -> None:
    prefix = prefix_for(tool)
    argv = [sys.executable, "-I", "-c", "import time; time.sleep(5)"]
    wrapped = subprocess.Popen([*prefix, *argv], start_new_session=True)
    try:
        pid = isolation.worker_pid(wrapped.pid)
        assert pid != wrapped.pid
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            assert fh.read().split(b"\0")[:2] == [os.fsencode(sys.executable), b"-I"]
    finally:
        os.killpg(wrapped.pid, signal.SIGKILL)
        wrapped.wait()


@pytest.mark.parametrize("tool", TOOLS)
@pytest.mark.parametrize("victim", ["worker", "wrapper"])
def test_nothing_outlives_the_worker(tmp_path: Path, victim: str, tool: str) -> None:
    prefix = prefix_for(tool)
    psutil = pytest.importorskip("psutil")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    body = textwrap.dedent("""
        import os, sys, time
        if os.fork() == 0:          # the child escapes: new session, double fork
            os.setsid()
            if os.fork() == 0:
                time.sleep(60)
            os._exit(0)
        print("ready", flush=True)
        time.sleep(60)
    """)
    argv = [*prefix, sys.executable, "-I", "-c", body]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, cwd=scratch, start_new_session=True,
                            preexec_fn=isolation.preexec(LIMITS))
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        worker = psutil.Process(isolation.worker_pid(proc.pid))
        deadline = time.monotonic() + 2
        while True:  # the escaped grandchild, reparented to the worker (PID 1 of its namespace)
            sleepers = worker.children(recursive=True)
            if sleepers or time.monotonic() > deadline:
                break
            time.sleep(0.01)
        assert sleepers, "the grandchild did not show up"
        everyone = [psutil.Process(proc.pid), worker, *sleepers]
        os.kill(worker.pid if victim == "worker" else proc.pid, signal.SIGKILL)
        deadline = time.monotonic() + 3
        while True:  # dead = gone or a zombie (orphans wait for the host's init to reap them)
            alive = [p for p in everyone if _running(psutil, p)]
            if not alive or time.monotonic() > deadline:
                break
            time.sleep(0.005)
        assert not alive, alive
    finally:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def _running(psutil, process) -> bool:  # type: ignore[no-untyped-def]
    """Alive and not a zombie; reaps it first when it is our own child."""
    try:
        if process.ppid() == os.getpid():
            process.wait(timeout=0)
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.TimeoutExpired:
        return True
    except psutil.NoSuchProcess:
        return False


@pytest.mark.parametrize("tool", TOOLS)
def test_network_namespace_has_no_route_out(tmp_path: Path, tool: str) -> None:
    prefix = prefix_for(tool)
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        out = check(run_child(tmp_path, f"""
            import socket
            routes = open("/proc/self/net/route").read().strip().splitlines()[1:]
            assert routes == [], routes
            for address in (("127.0.0.1", {port}), ("1.1.1.1", 53), ("10.0.0.1", 80)):
                s = socket.socket()
                s.settimeout(2)
                try:
                    s.connect(address)
                except OSError as exc:
                    print("unreachable", exc.errno)
                else:
                    sys.exit(f"connected to {{address}}")
        """, confine=False, wrap=prefix))
        assert out.count("unreachable") == 3


@pytest.mark.parametrize("tool", TOOLS)
def test_exit_status_through_the_wrapper(tmp_path: Path, tool: str) -> None:
    prefix = prefix_for(tool)
    for code, expected in (("sys.exit(3)", (3, None)),
                           ("import ctypes; ctypes.string_at(0)", (None, signal.SIGSEGV))):
        done = run_child(tmp_path, code, confine=False, wrap=prefix)
        assert namespaces.exit_status(prefix, done.returncode) == expected, done


@pytest.mark.parametrize("tool", TOOLS)
def test_everything_together_under_namespaces(tmp_path: Path, tool: str) -> None:
    prefix = prefix_for(tool)
    secret = tmp_path / "secret.txt"
    secret.write_text("hidden")
    out = check(run_child(tmp_path, f"""
        assert os.getpid() <= 2  # PID namespace
        try:
            open({str(secret)!r}).read()
        except PermissionError:
            print("secret blocked")
        import math, json
        x = bytearray(10 * 2**20)
        print("ok")
    """, wrap=prefix))
    applied = out.splitlines()[0].removeprefix("APPLIED ").split(",")
    for name in ("landlock", "seccomp", "drop-caps"):
        if layers()[name].active:
            assert name in applied, out
    if layers()["landlock"].active:
        assert "secret blocked" in out
    assert "ok" in out


# -- unprivileged ------------------------------------------------------------------------


SYSTEM_PYTHON = "/usr/bin/python3"
NOBODY = 65534

# Run as nobody: which of these paths can it not read (directories: list and enter)? Checked
# by nobody itself, since os.access() as root says yes to everything: a clone made by root
# inside a private folder (mktemp -d is 0700) has a judge/ that nobody cannot import.
UNREADABLE_PROBE = """
import os, sys
def bad(path):
    return not os.access(path, os.R_OK | (os.X_OK if os.path.isdir(path) else 0))
for path in sys.argv[1:]:
    if bad(path):
        print(path); break
    if os.path.isdir(path):
        found = [os.path.join(d, n) for d, dirs, files in os.walk(path)
                 for n in dirs + [f for f in files if f.endswith(".py")]
                 if bad(os.path.join(d, n))]
        if found:
            print(found[0]); break
"""


def _as_nobody(argv: list[str], scratch: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, cwd=scratch, capture_output=True, text=True, timeout=timeout,
                          user=NOBODY, group=NOBODY, extra_groups=[],
                          env={"PATH": "/usr/bin:/bin", "HOME": str(scratch),
                               "XDG_CACHE_HOME": str(scratch)})


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to start a process as nobody")
@pytest.mark.skipif(not os.access(SYSTEM_PYTHON, os.X_OK), reason=f"no {SYSTEM_PYTHON}")
def test_unprivileged_user_degrades_honestly() -> None:
    """As nobody, with the system Python (another stdlib layout, maybe without pyseccomp):
    detection works, and confine() applies what detection promised."""
    import shutil
    import tempfile

    tmp_path = Path(tempfile.mkdtemp(prefix="judge-sandbox-test-"))  # pytest's is root-only
    try:
        _run_as_nobody(tmp_path)
    finally:
        shutil.rmtree(tmp_path, ignore_errors=True)


def _run_as_nobody(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    os.chown(scratch, NOBODY, NOBODY)
    secret = tmp_path / "secret.txt"
    secret.write_text("hidden")
    secret.chmod(0o644)
    script = tmp_path / "child.py"
    script.write_text(textwrap.dedent(f"""
        import json, os, sys
        sys.path.insert(0, {str(ROOT)!r})
        from judge.sandbox import isolation
        layers = {{l.name.split("(")[0]: l.active for l in isolation.detect_layers(refresh=True)}}
        argv = isolation.wrap_argv(["x"])
        applied = isolation.confine({str(scratch)!r}, isolation.Limits(64 * 2**20, 5, 2**20))
        try:
            open({str(secret)!r}).read(); secret = "read"
        except PermissionError:
            secret = "blocked"
        import math, json
        print(json.dumps({{"layers": layers, "applied": applied, "secret": secret,
                          "wrapped": argv != ["x"]}}))
    """))
    script.chmod(0o644)
    probe = _as_nobody([SYSTEM_PYTHON, "-I", "-c", UNREADABLE_PROBE, str(ROOT / "judge"),
                        str(script), str(scratch)], scratch, timeout=20)
    assert probe.returncode == 0, probe.stderr
    if probe.stdout.strip():
        pytest.skip(f"user nobody cannot read {probe.stdout.strip()} (a private folder or "
                    "file mode), so it cannot import judge from this checkout")
    done = _as_nobody([SYSTEM_PYTHON, "-I", str(script)], scratch, timeout=20)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["layers"]["rlimits"]
    assert result["wrapped"] == result["layers"]["namespaces"]
    if result["layers"]["landlock"]:
        assert "landlock" in result["applied"] and result["secret"] == "blocked"
    if result["layers"]["seccomp"]:
        assert "seccomp" in result["applied"]
    else:
        assert "seccomp" not in result["applied"]
