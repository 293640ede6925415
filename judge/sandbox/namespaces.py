"""Linux namespaces for the worker through util-linux `unshare` or bubblewrap (`bwrap`).

The prefix gives the worker its own user, network (loopback only, down: no route out),
PID, IPC and mount namespaces (the latter only for a private /proc). With a PID namespace
nothing the worker starts can outlive it: when the namespace's first process dies the
kernel kills the rest, and `--kill-child` / `--die-with-parent` kill the worker when the
wrapper dies. Availability is probed, never assumed (Ubuntu 23.10+ restricts unprivileged
user namespaces through AppArmor; some kernels disable them).

Because of the wrapper, the PID Popen returns is not the worker's: `worker_pid` finds it,
and the wrapper's return code encodes a signal differently: `exit_status` decodes it.

bwrap is preferred: under it the worker is PID 2 of its namespace (bwrap's own reaper is
PID 1), so signals behave as usual; bwrap exits with 128+N when the worker was killed by
signal N. Under unshare the worker is PID 1 of its namespace, which ignores any signal it
has no handler for when sent from inside (os.kill(os.getpid(), SIGTERM) does nothing) and
every signal but SIGKILL/SIGSTOP from outside; unshare re-raises the worker's signal on
itself (return code -N) except SIGKILL, which util-linux 2.38 turns into exit code 1 with
"unshare: sigprocmask unblock failed" on stderr.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence

PROBE = (
    "import os,sys\n"
    "lines=open('/proc/self/net/dev').read().split('\\n')[2:]\n"
    "ifs=sorted(l.split(':')[0].strip() for l in lines if ':' in l)\n"
    "routes=open('/proc/self/net/route').read().strip().split('\\n')[1:]\n"
    "sys.stdout.write('%d %s %d' % (os.getpid(), ','.join(ifs), len(routes)))\n"
)


def candidates(euid: int | None = None) -> list[tuple[str, list[str]]]:
    """(namespace list, argv prefix) to try, best first; only tools that exist."""
    euid = os.geteuid() if euid is None else euid
    found: list[tuple[str, list[str]]] = []
    unshare = shutil.which("unshare", path="/usr/bin:/bin:/usr/sbin:/sbin")
    bwrap = shutil.which("bwrap", path="/usr/bin:/bin:/usr/local/bin")
    if bwrap:
        found.append(("user,net,pid,ipc,mount", [
            bwrap, "--unshare-user", "--unshare-net", "--unshare-pid", "--unshare-ipc",
            "--die-with-parent", "--dev-bind", "/", "/", "--proc", "/proc", "--"]))
    if unshare:
        found.append(("user,net,pid,ipc,mount", [
            unshare, "--user", "--map-root-user", "--net", "--pid", "--ipc", "--fork",
            "--kill-child", "--mount-proc", "--"]))
    if unshare and euid == 0:  # root without a user namespace (e.g. userns disabled)
        found.append(("net,pid,ipc,mount", [
            unshare, "--net", "--pid", "--ipc", "--fork", "--kill-child", "--mount-proc", "--"]))
    return found


def probe(prefix: Sequence[str], timeout: float = 2.0) -> tuple[bool, str]:
    """Really start a Python under the prefix and check it is isolated."""
    argv = [*prefix, sys.executable, "-I", "-S", "-c", PROBE]
    try:
        done = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=timeout, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
                              cwd="/", start_new_session=True)
    except (OSError, subprocess.SubprocessError) as exc:
        return False, f"{os.path.basename(prefix[0])}: {exc}"
    return judge_probe(prefix, done.returncode, done.stdout, done.stderr)


def judge_probe(prefix: Sequence[str], code: int, out: bytes, err: bytes) -> tuple[bool, str]:
    tool = os.path.basename(prefix[0])
    if code != 0:
        reason = err.decode("utf-8", "replace").strip().splitlines()
        return False, f"{tool} failed ({code}): {reason[-1] if reason else 'no message'}"
    try:
        pid_s, ifs, routes = out.decode().split(" ")
    except ValueError:
        return False, f"{tool}: unexpected probe output {out!r}"
    if ifs not in ("lo", "") or int(routes) != 0:
        return False, f"{tool}: network not isolated (interfaces {ifs}, {routes} routes)"
    if int(pid_s) > 2:
        return False, f"{tool}: no PID namespace (pid {pid_s})"
    return True, f"{tool}: {' '.join(prefix)}"


def exit_status(prefix: Sequence[str] | None, returncode: int) -> tuple[int | None, int | None]:
    """(exit code, signal) of the worker from the return code of the process Popen started."""
    tool = os.path.basename(prefix[0]) if prefix else ""
    if returncode < 0:
        return None, -returncode
    if tool == "bwrap" and 128 < returncode < 128 + 65:
        return None, returncode - 128
    return returncode, None


def worker_pid(pid: int, timeout: float = 2.0, executable: str | None = None) -> int:
    """The PID (in the judge's namespace) of the Python worker started as `pid` or under it.

    Returns `pid` itself when it is already the Python process (no wrapper). Otherwise
    waits (polling /proc, about a millisecond each) for a descendant whose command line
    starts with `executable` (default sys.executable), i.e. after the wrapper's child has
    exec'ed Python. Falls back to `pid` on timeout or if the wrapper ended.
    """
    exe = os.fsencode(executable or sys.executable)
    deadline = time.monotonic() + timeout
    while True:
        for candidate in _descendants(pid):
            if _argv0(candidate) == exe:
                return candidate
        if time.monotonic() > deadline or not os.path.exists(f"/proc/{pid}"):
            return pid
        time.sleep(0.001)


def _argv0(pid: int) -> bytes | None:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return fh.read().split(b"\0", 1)[0]
    except OSError:
        return None


def _children(pid: int) -> list[int]:
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    kids: list[int] = []
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", "rb") as fh:
                kids.extend(int(x) for x in fh.read().split())
        except (OSError, ValueError):
            return _children_by_scan(pid)
    return kids


def _children_by_scan(pid: int) -> list[int]:
    kids = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                ppid = int(fh.read().rsplit(b")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if ppid == pid:
            kids.append(int(name))
    return kids


def _descendants(pid: int) -> list[int]:
    """`pid` and its descendants, breadth first."""
    order, queue = [], [pid]
    while queue:
        current = queue.pop(0)
        order.append(current)
        if len(order) > 64:
            break
        queue.extend(_children(current))
    return order
