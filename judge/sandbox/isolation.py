"""Isolation layers for the untrusted solution process, each probed and each optional.

Judge side: `detect_layers()` (what works on this machine, probed in short-lived children
and cached), `wrap_argv()` (namespaces prefix), `preexec()` (rlimits between fork and
exec), `worker_pid()` (the real worker under a namespace wrapper).
Worker side: `confine()`, called after the worker's own imports and before the solution is
compiled: clean environment, no-new-privs, capabilities dropped, Landlock (read: the
stdlib and system libraries only; read+write: the scratch folder), RLIMIT_AS relative to
the current size, and a seccomp deny-list. Whatever is missing is skipped and reported:
`confine()` returns the names of the layers it actually applied.

This module is imported by the worker before the solution runs, so it imports only the
standard library at module level (pyseccomp is loaded inside `confine()`).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from judge.sandbox.detection import KEEP_ENV, LayerStatus, detect_layers, namespace_prefix, read_small, wrap_argv
from judge.sandbox.limits import Limits, make_preexec

__all__ = [
    "Handover", "LayerStatus", "Limits", "confine", "confine_before_valgrind", "confine_under_valgrind",
    "detect_layers", "exit_status", "last_confine_details",
    "preexec",
    "worker_pid", "wrap_argv",
]

_PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # the folder that contains judge/
DEVICES_READ = ("/dev/zero", "/dev/urandom", "/dev/random")
SYSTEM_FILES = ("/etc/ld.so.cache", "/etc/localtime", "/usr/lib/locale", "/usr/share/zoneinfo")


# -- judge side API ------------------------------------------------------------------------


def preexec(limits: Limits, *, die_with_parent: bool = False) -> Callable[[], None]:
    """A Popen preexec_fn that sets the rlimits (computed now, in the judge)."""
    return make_preexec(limits, die_with_parent=die_with_parent)


def exit_status(returncode: int, wrapped: bool = True) -> tuple[int | None, int | None]:
    """(exit code, signal) of the worker, given the return code of the process Popen
    started (`wrapped`: with the argv wrap_argv() returned): bwrap reports a signal N as
    128+N (so os._exit(137) looks like SIGKILL), unshare as -N except SIGKILL, which
    util-linux 2.38 reports as exit code 1."""
    from judge.sandbox import namespaces

    return namespaces.exit_status(namespace_prefix() if wrapped else None, returncode)


def worker_pid(pid: int, timeout: float = 2.0) -> int:
    """The Python worker's PID given the PID Popen returned (itself when not wrapped)."""
    from judge.sandbox import namespaces

    return namespaces.worker_pid(pid, timeout=timeout)


# -- worker side ---------------------------------------------------------------------------

last_confine_details: dict[str, str] = {}


@dataclass(frozen=True)
class Handover:
    """What a worker that re-executes itself under Valgrind needs its Landlock rules to allow:
    Valgrind (its files, the process's own /proc folder) and the copy of the worker's code."""

    read: tuple[str, ...] = ()  # files and folders, read-only
    list_dirs: tuple[str, ...] = ()  # folders whose entries may be listed (not read)
    execute: tuple[str, ...] = ()  # files that may be executed (the Valgrind tool)
    write: tuple[str, ...] = ()  # folders Valgrind writes its dumps into (create and write only)


def confine(scratch_dir: str, limits: Limits, *, extra_read: Iterable[str] = (),
            forbid: Iterable[str] = ()) -> tuple[str, ...]:
    """Confine this process before the solution is compiled; returns the layers applied.

    Call it from the main thread before any other thread is started (Landlock restricts
    only the calling thread on kernels without TSYNC). Everything the worker needs from
    outside the stdlib must be imported before. Details (and reasons for skipped layers)
    are left in `last_confine_details`.
    """
    from judge.sandbox import limits as limits_mod
    from judge.sandbox import seccomp_filter

    details = last_confine_details
    applied, seccomp_error, statm = _confine_files(scratch_dir, extra_read, forbid, None)
    limits_mod.tune_for_address_space_limit(limits.stack_bytes)
    try:
        _limit_address_space(limits, statm, applied)
    finally:
        os.close(statm)

    if seccomp_error is not None:
        details["seccomp"] = seccomp_error
    else:
        try:
            preload_native_modules()  # the filter refuses executable mappings from now on
            details["seccomp"] = seccomp_filter.install(os.getpid())
            applied.append("seccomp")
        except Exception as exc:
            details["seccomp"] = f"{type(exc).__name__}: {exc}"
    return tuple(applied)


# Extension modules a solution has no use for, or that need libraries of their own.
_NO_PRELOAD = ("_test", "_xx", "xx", "_ctypes_test", "_tkinter", "_curses", "readline", "nis",
               "ossaudiodev", "_dbm", "_gdbm", "_ssl", "_sqlite3")


def preload_native_modules() -> int:
    """Map the stdlib's extension modules now, without importing them.

    The seccomp filter refuses new executable mappings, so no shared object can be loaded
    afterwards; a later `import decimal` then finds `_decimal` already mapped (the loader
    matches the same file) and only runs its init. Measured: 59 modules in 13 ms, +5.5 MB RSS.
    """
    import ctypes
    import sysconfig

    folder = sysconfig.get_config_var("DESTSHARED") or ""
    loaded = 0
    with contextlib.suppress(OSError):
        for entry in sorted(os.scandir(folder), key=lambda e: e.name):
            if not entry.name.endswith(".so") or entry.name.startswith(_NO_PRELOAD):
                continue
            with contextlib.suppress(OSError):
                ctypes.CDLL(entry.path, mode=os.RTLD_NOW | os.RTLD_LOCAL)
                loaded += 1
    return loaded


def confine_before_valgrind(scratch_dir: str, handover: Handover, *, forbid: Iterable[str] = ()
                            ) -> tuple[tuple[str, ...], bytes | None]:
    """The half of `confine()` that must happen natively, before the worker re-executes
    itself under Valgrind, which knows neither the Landlock nor the seccomp syscall: clean
    environment, no-new-privs, capabilities, Landlock (inherited across execve). Returns
    the layers applied and the seccomp filter as BPF, for `confine_under_valgrind`."""
    from judge.sandbox import seccomp_filter

    applied, seccomp_error, statm = _confine_files(scratch_dir, (), forbid, handover)
    os.close(statm)
    program = None
    if seccomp_error is not None:
        last_confine_details["seccomp"] = seccomp_error
    else:
        try:
            program = seccomp_filter.export(os.getpid())
        except Exception as exc:
            last_confine_details["seccomp"] = f"{type(exc).__name__}: {exc}"
    return tuple(applied), program


def confine_under_valgrind(limits: Limits, program: bytes | None) -> tuple[str, ...]:
    """The other half, in the worker now running under Valgrind: RLIMIT_AS and seccomp."""
    from judge.sandbox import seccomp_filter

    applied: list[str] = []
    statm = os.open("/proc/self/statm", os.O_RDONLY | os.O_CLOEXEC)
    try:
        _limit_address_space(limits, statm, applied)
    finally:
        os.close(statm)
    if program is not None:
        try:
            last_confine_details["seccomp"] = seccomp_filter.load_bpf(program)
            applied.append("seccomp")
        except (OSError, ValueError) as exc:
            last_confine_details["seccomp"] = str(exc)
    return tuple(applied)


def _confine_files(scratch_dir: str, extra_read: Iterable[str], forbid: Iterable[str],
                   handover: Handover | None) -> tuple[list[str], str | None, int]:
    """Environment, no-new-privs, capabilities and Landlock; returns the layers applied, why
    seccomp cannot be built (None when it can) and an open /proc/self/statm."""
    from judge.sandbox import landlock, seccomp_filter

    details = last_confine_details
    details.clear()
    applied: list[str] = []
    scratch = os.path.realpath(scratch_dir)
    try:
        seccomp_filter.load_module()
        seccomp_error = None
    except Exception as exc:
        seccomp_error = f"pyseccomp/libseccomp2 unavailable: {type(exc).__name__}: {exc}"

    _clean_env(scratch)
    applied.append("clean-env")

    try:
        landlock.set_no_new_privs()
        applied.append("no-new-privs")
    except OSError as exc:
        details["no-new-privs"] = str(exc)

    ok, detail = _drop_caps()
    details["drop-caps"] = detail
    if ok:
        applied.append("drop-caps")

    statm = os.open("/proc/self/statm", os.O_RDONLY | os.O_CLOEXEC)  # unreadable after Landlock
    abi = landlock.abi_version()
    if abi < 1:
        details["landlock"] = "not available"
    else:
        threads = len(os.listdir("/proc/self/task"))
        rules = landlock_rules(scratch, extra_read=extra_read, forbid=forbid)
        if handover is not None:
            rules += handover_rules(handover)
        _prefill_import_caches()
        try:
            details["landlock"] = landlock.restrict(rules, abi=abi)
            if threads > 1:
                details["landlock"] += f"; only this thread ({threads - 1} others were running)"
                applied.append("landlock(partial)")
            else:
                applied.append("landlock")
        except OSError as exc:
            details["landlock"] = str(exc)
    return applied, seccomp_error, statm


def _limit_address_space(limits: Limits, statm: int, applied: list[str]) -> None:
    from judge.sandbox import limits as limits_mod

    try:
        limit = limits_mod.apply_address_space_limit(limits.memory_bytes, statm_fd=statm)
        last_confine_details["rlimit-as"] = f"RLIMIT_AS={limit}"
        applied.append("rlimit-as")
    except (OSError, ValueError) as exc:
        last_confine_details["rlimit-as"] = str(exc)


def handover_rules(handover: Handover) -> list[tuple[str, int]]:
    """Landlock rules for Valgrind and the staged worker code, beside `landlock_rules`."""
    from judge.sandbox import landlock

    rules = [(path, landlock.READ) for path in handover.read]
    rules += [(path, landlock.FS_READ_DIR) for path in handover.list_dirs]
    rules += [(path, landlock.FS_READ_FILE | landlock.FS_EXECUTE) for path in handover.execute]
    # Dump folders: create and write files only. No reading, listing, removing, renaming,
    # truncating or links: what the judge reads there cannot be swapped for a link.
    rules += [(path, landlock.FS_MAKE_REG | landlock.FS_WRITE_FILE) for path in handover.write]
    rules.append((f"/proc/{os.getpid()}", landlock.READ))  # Valgrind reads its own maps, auxv, cmdline
    return [(os.path.realpath(path), access) for path, access in rules]


def _clean_env(scratch: str) -> None:
    for key in list(os.environ):
        if key not in KEEP_ENV:
            del os.environ[key]
    os.environ["HOME"] = scratch
    os.environ["TMPDIR"] = scratch
    tempfile = sys.modules.get("tempfile")
    if tempfile is not None:
        tempfile.tempdir = None  # type: ignore[attr-defined]


def _caps() -> dict[str, int]:
    caps = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("Cap"):
                key, value = line.split(":")
                caps[key] = int(value, 16)
    return caps


def _drop_caps() -> tuple[bool, str]:
    """Clear bounding, ambient, inheritable, permitted and effective capabilities."""
    import ctypes

    before = _caps()
    if not any(before.get(k) for k in ("CapEff", "CapPrm", "CapInh", "CapAmb")):
        return True, "no capabilities held"
    libc = ctypes.CDLL(None, use_errno=True)
    try:
        last = int(read_small("/proc/sys/kernel/cap_last_cap"))
    except ValueError:
        last = 63
    for cap in range(last + 1):
        libc.prctl(24, cap, 0, 0, 0)  # PR_CAPBSET_DROP (needs CAP_SETPCAP: do it first)
    libc.prctl(47, 4, 0, 0, 0)  # PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL
    header = (ctypes.c_uint32 * 2)(0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3, this thread
    data = (ctypes.c_uint32 * 6)()
    if libc.capset(header, data) != 0:
        err = ctypes.get_errno()
        return False, f"capset: {os.strerror(err)}"
    after = _caps()
    if any(after.get(k) for k in ("CapEff", "CapPrm", "CapInh", "CapAmb")):
        return False, f"capabilities remain: {after}"
    return True, "capabilities dropped"


def _stdlib_dirs() -> set[str]:
    import sysconfig

    dirs = {os.path.dirname(os.__file__)}
    for key in ("stdlib", "platstdlib"):
        path = sysconfig.get_path(key)
        if path:
            dirs.add(path)
    dynload = sysconfig.get_config_var("DESTSHARED")
    if dynload:
        dirs.add(dynload)
    dirs.update(p for p in sys.path if p and os.path.basename(p) == "lib-dynload")
    return {os.path.realpath(d) for d in dirs if os.path.isdir(d)}


def _forbidden_dirs(stdlib: set[str], extra: Iterable[str]) -> set[str]:
    import site
    import sysconfig

    found: set[str] = set()
    with contextlib.suppress(AttributeError):
        found.update(site.getsitepackages())
    try:
        user = site.getusersitepackages()
        if user:
            found.add(user)
    except AttributeError:
        pass
    for variables in (None, {"base": sys.base_prefix, "platbase": sys.base_exec_prefix}):
        paths = sysconfig.get_paths(vars=variables) if variables else sysconfig.get_paths()
        found.update(p for key, p in paths.items() if key in ("purelib", "platlib") and p)
    for entry in sys.path:
        if entry and os.path.realpath(entry) not in stdlib:
            found.add(entry)
    for std in stdlib:
        found.add(os.path.join(std, "site-packages"))
        found.add(os.path.join(std, "dist-packages"))
    found.add(str(_PACKAGE_ROOT))
    found.update(extra)
    return {os.path.realpath(p) for p in found if os.path.exists(p)}


def _system_lib_dirs() -> list[str]:
    import sysconfig

    multiarch = sysconfig.get_config_var("MULTIARCH") or ""
    dirs = []
    if multiarch:
        dirs += [f"/lib/{multiarch}", f"/usr/lib/{multiarch}", f"/usr/local/lib/{multiarch}"]
    dirs += ["/lib64", "/usr/lib64"]
    if not any(os.path.isdir(d) for d in dirs[:2]) or not multiarch:
        dirs += ["/lib", "/usr/lib"]  # no multiarch layout (e.g. Arch, Alpine): split below
    return dirs


def _mapped_files() -> list[str]:
    files = set()
    try:
        with open("/proc/self/maps") as fh:
            for line in fh:
                parts = line.split(None, 5)
                if len(parts) == 6 and parts[5].startswith("/") and not parts[5].endswith("(deleted)\n"):
                    files.add(parts[5].rstrip("\n"))
    except OSError:
        pass
    return sorted(files)


def landlock_rules(scratch: str, *, extra_read: Iterable[str] = (),
                   forbid: Iterable[str] = ()) -> list[tuple[str, int]]:
    """The allow-list: stdlib (minus any site-packages inside), system libraries and the
    files already mapped, a few system files, /dev/null etc.; scratch read+write."""
    from judge.sandbox import landlock

    stdlib = _stdlib_dirs()
    forbidden = tuple(sorted(_forbidden_dirs(stdlib, forbid)))
    rules: list[tuple[str, int]] = []
    for root in [*sorted(stdlib), *_system_lib_dirs(), *SYSTEM_FILES, *_mapped_files(), *extra_read]:
        landlock.expand(root, landlock.READ, forbidden, rules)
    rules.append(("/dev/null", landlock.FS_READ_FILE | landlock.FS_WRITE_FILE))
    rules.extend((dev, landlock.FS_READ_FILE) for dev in DEVICES_READ)
    rules.append((scratch, landlock.READ_WRITE))
    return rules


def _prefill_import_caches() -> None:
    """Fill the import system's directory listings of the stdlib now: after Landlock the
    stdlib folder itself may not be listable when it had to be split around site-packages."""
    import importlib.machinery

    stdlib = _stdlib_dirs()
    entries = [p for p in sys.path if p and os.path.realpath(p) in stdlib]
    importlib.machinery.PathFinder.find_spec("_judge_sandbox_prefill_", entries)
