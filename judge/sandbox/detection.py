"""Which isolation layers work on this machine (judge side), probed once and cached.

Each layer is probed in a short-lived child, because only trying tells whether the kernel
allows it here (containers forbid user namespaces, old kernels lack Landlock). The result
is cached per process and in a file under the user's cache folder, keyed by everything
that can change the answer.
"""

from __future__ import annotations

import _thread
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

CACHE_VERSION = 1
CACHE_MAX_AGE_S = 24 * 3600
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # the folder that contains judge/
KEEP_ENV = ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ")  # what confine() leaves of the environment


@dataclass(frozen=True)
class LayerStatus:
    name: str  # "rlimits", "seccomp", "landlock", "namespaces(user,net,pid,...)", "clean-env", ...
    active: bool
    detail: str  # why not, or what it does


# -- detection (judge side) --------------------------------------------------------------

_layers: tuple[LayerStatus, ...] | None = None
_ns_prefix: list[str] | None = None
_detect_lock = _thread.allocate_lock()

_PROBE = r"""
import json, os, socket, sys, threading
sys.path.insert(0, %(root)r)
out = {}
try:
    from judge.sandbox import landlock, seccomp_filter
except Exception as exc:
    print(json.dumps({"error": "cannot import judge.sandbox: %%s" %% exc})); sys.exit(0)
try:
    seccomp_filter.load_module(); seccomp_error = None
except Exception as exc:
    seccomp_error = "pyseccomp/libseccomp2 unavailable: %%s: %%s" %% (type(exc).__name__, exc)
try:
    landlock.set_no_new_privs(); out["no-new-privs"] = [True, "prctl(PR_SET_NO_NEW_PRIVS)"]
except OSError as exc:
    out["no-new-privs"] = [False, str(exc)]
abi = landlock.abi_version()
if abi < 1:
    out["landlock"] = [False, "kernel has no Landlock (or it is disabled in the LSM list)"]
else:
    try:
        detail = landlock.restrict([], abi=abi)
        try:
            open(sys.executable, "rb").close()
            out["landlock"] = [False, "ruleset loaded but a read outside it succeeded"]
        except PermissionError:
            out["landlock"] = [True, landlock.describe(abi) + " (confine(): read the stdlib and "
                               "system libraries, read+write scratch)"]
    except OSError as exc:
        out["landlock"] = [False, "ABI %%d but restrict failed: %%s" %% (abi, exc)]
if seccomp_error:
    out["seccomp"] = [False, seccomp_error]
else:
    try:
        detail = seccomp_filter.install(os.getpid())
        problems = []
        try:
            socket.socket(socket.AF_INET, socket.SOCK_STREAM).close(); problems.append("socket allowed")
        except PermissionError:
            pass
        try:
            pid = os.fork()
            if pid == 0:
                os._exit(0)
            os.waitpid(pid, 0); problems.append("fork allowed")
        except PermissionError:
            pass
        try:
            t = threading.Thread(target=int); t.start(); t.join(); problems.append("threads allowed")
        except RuntimeError:
            pass
        out["seccomp"] = [not problems, "; ".join(problems) or detail]
    except Exception as exc:
        out["seccomp"] = [False, "filter failed to load: %%s: %%s" %% (type(exc).__name__, exc)]
print(json.dumps(out))
"""


def _cache_file() -> Path | None:
    import hashlib

    base = os.environ.get("XDG_CACHE_HOME") or (
        os.path.join(os.path.expanduser("~"), ".cache") if os.path.expanduser("~") != "~" else "")
    if not base:
        return None
    sources = [Path(__file__).with_name(f"{m}.py") for m in
               ("detection", "isolation", "landlock", "limits", "namespaces", "seccomp_filter")]
    parts = [
        str(CACHE_VERSION), sys.executable, sys.version, *os.uname(), str(os.geteuid()),
        str(os.getuid()), os.environ.get("PATH", ""), str(_PACKAGE_ROOT),
        *(f"{p.name}:{p.stat().st_mtime_ns}" for p in sources if p.exists()),
        *(str(_which(t)) for t in ("unshare", "bwrap")),
        *(read_small(f) for f in ("/proc/sys/kernel/apparmor_restrict_unprivileged_userns",
                              "/proc/sys/kernel/unprivileged_userns_clone",
                              "/proc/sys/user/max_user_namespaces", "/sys/kernel/security/lsm")),
        str(_pyseccomp_origin()),
    ]
    key = hashlib.sha256("\0".join(parts).encode()).hexdigest()[:20]
    return Path(base) / "judge" / f"sandbox-layers-{key}.json"


def _which(tool: str) -> str | None:
    import shutil

    return shutil.which(tool, path="/usr/bin:/bin:/usr/sbin:/sbin:/usr/local/bin")


def read_small(path: str) -> str:
    """A small /proc or /sys value, stripped; "-" when it cannot be read."""
    try:
        with open(path) as fh:
            return fh.read().strip()
    except OSError:
        return "-"


def _pyseccomp_origin() -> str | None:
    import importlib.util

    try:
        spec = importlib.util.find_spec("pyseccomp")
    except (ImportError, ValueError):
        return None
    return spec.origin if spec else None


def _load_cache(path: Path | None) -> bool:
    import json
    import time

    global _layers, _ns_prefix
    if path is None:
        return False
    try:
        if time.time() - path.stat().st_mtime > CACHE_MAX_AGE_S:
            return False
        data = json.loads(path.read_text())
        layers = tuple(LayerStatus(str(n), bool(a), str(d)) for n, a, d in data["layers"])
        prefix = data["ns_prefix"]
    except (OSError, ValueError, KeyError, TypeError):
        return False
    _layers, _ns_prefix = layers, (list(prefix) if prefix else None)
    return True


def _store_cache(path: Path | None) -> None:
    import json

    if path is None or _layers is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"layers": [[x.name, x.active, x.detail] for x in _layers],
                                   "ns_prefix": _ns_prefix}))
        os.replace(tmp, path)
        for stale in path.parent.glob("sandbox-layers-*.json"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass


def detect_layers(refresh: bool = False) -> tuple[LayerStatus, ...]:
    """Which layers work here: probed once in short-lived children, cached per process and
    in a file under the user's cache folder (keyed by interpreter, kernel, tools and these
    sources; at most a day old). `refresh=True` probes again."""
    global _layers, _ns_prefix
    with _detect_lock:
        if _layers is not None and not refresh:
            return _layers
        cache = _cache_file()
        if not refresh and _load_cache(cache):
            assert _layers is not None
            return _layers
        _layers, _ns_prefix = _probe_all()
        _store_cache(cache)
        return _layers


def _probe_all() -> tuple[tuple[LayerStatus, ...], list[str] | None]:
    import json
    import subprocess

    from judge.sandbox import namespaces

    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    child: subprocess.Popen[bytes] | None
    spawn_error = ""
    try:
        child = subprocess.Popen(
            [sys.executable, "-I", "-c", _PROBE % {"root": str(_PACKAGE_ROOT)}],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env=env, cwd="/", start_new_session=True)
    except OSError as exc:
        child, spawn_error = None, str(exc)
    # Namespaces are probed meanwhile, in this thread.
    ns_layer, prefix = LayerStatus("namespaces", False, "neither unshare nor bwrap found"), None
    failures = []
    for names, candidate in namespaces.candidates():
        ok, detail = namespaces.probe(candidate)
        if ok:
            ns_layer, prefix = LayerStatus(f"namespaces({names})", True, detail), candidate
            break
        failures.append(detail)
    if prefix is None and failures:
        ns_layer = LayerStatus("namespaces", False, "; ".join(failures))

    results: dict[str, list[object]] = {}
    if child is None:
        results["error"] = [f"cannot start probe: {spawn_error}"]
    else:
        try:
            out, err = child.communicate(timeout=5)
            results = json.loads(out.decode() or "{}")
            if not results:
                results = {"error": [err.decode(errors="replace").strip()[-300:] or "no output"]}
        except (subprocess.TimeoutExpired, ValueError) as exc:
            child.kill()
            child.wait()
            results = {"error": [f"probe failed: {exc}"]}

    def probed(name: str) -> LayerStatus:
        if name in results:
            active, detail = results[name]
            return LayerStatus(name, bool(active), str(detail))
        return LayerStatus(name, False, str(results.get("error", "not probed")))

    euid = os.geteuid()
    rlimits = ("preexec: core 0, CPU hard cap (SIGKILL), file size, open files, stack, "
               "address-space backstop; ")
    rlimits += ("RLIMIT_NPROC not set: ignored for root" if euid == 0 else
                "RLIMIT_NPROC = the user's current tasks + `processes`")
    has_caps = euid == 0 or (prefix is not None and "user" in ns_layer.name)
    layers = (
        LayerStatus("rlimits", True, rlimits),
        LayerStatus("rlimit-as", True, "confine(): RLIMIT_AS = current size + memory_bytes "
                                       "(allocations beyond raise MemoryError)"),
        LayerStatus("clean-env", True, f"confine(): environment reduced to {', '.join(KEEP_ENV)}, "
                                       "HOME=TMPDIR=scratch"),
        probed("no-new-privs"),
        LayerStatus("drop-caps", True, "confine(): bounding, ambient, effective and permitted "
                                       "capabilities cleared" if has_caps else
                                       "process has no capabilities to drop"),
        probed("landlock"),
        probed("seccomp"),
        ns_layer,
    )
    return layers, prefix


def wrap_argv(argv: Sequence[str], layers: Iterable[LayerStatus] | None = None) -> list[str]:
    """argv under the namespaces prefix when that layer is active, else argv unchanged."""
    layers = tuple(detect_layers() if layers is None else layers)
    if not any(x.active and x.name.startswith("namespaces") for x in layers):
        return list(argv)
    if _ns_prefix is None:
        detect_layers()
    return [*(_ns_prefix or []), *argv]


def namespace_prefix() -> list[str] | None:
    """The namespaces wrapper's argv prefix detect_layers() found, None when not active."""
    return _ns_prefix
