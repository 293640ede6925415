"""Instruction counts from Valgrind's callgrind: where it is, how to run a worker under it,
and how to read what it counted.

Why count instructions at all: CPU time on a shared 2-core guest swings 1.7-2.8x within a
minute, and the cost per element of CPython code steps up as data leaves the caches, so
a timed O(n) scan can look like O(n log n) and a log factor hidden in C (a sort or a
bisect under a Python loop) can drown in the noise. Callgrind counts the instructions the
process executes: the same figure twice for the same input, whatever else the machine
does, and blind to caches, which is what a complexity class is about. It runs code about
25-40x slower, so counted ladders are shorter than timed ones, and exact.

The worker re-executes itself under the tool (see worker.Worker._exec_under_valgrind);
a ZERO_STATS and a DUMP_STATS client request bracket one call, and callgrind writes the
dump file into a folder only this module reads.

The solution shares the process with the worker, so it could issue client requests too
(zero the counters mid-call, stop the instrumentation) or rewrite a dump file. Valgrind is
therefore run at verbosity 2, which logs every client request it receives and every dump
with the number of basic blocks executed so far, to a file only Valgrind can write (its log
descriptor is in Valgrind's reserved range; the judge's copy is outside every Landlock
rule). `CountLog.audit` checks that log after each request: exactly the requests the worker
makes, and exactly one dump per count.
Dump files are opened without following links, relative to the folder, regular files only,
and read with a size cap: the folder is writable by the sandboxed process.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

DUMP_PREFIX = "cg"
_SUMMARY = re.compile(rb"^summary:\s*(\d+)", re.MULTILINE)
_LIBDIRS = ("libexec/valgrind", "lib/valgrind", "lib64/valgrind")
_SANDBOX = Path(__file__).resolve().parent
# Valgrind options: instrumentation off until the worker asks for it (start-up runs 2.5x
# faster), no gdb server (it would create FIFOs in /tmp), dumps without line tables.
# -v -v: every client request and every dump is logged (CountLog.audit reads them).
TOOL_OPTIONS = ("--tool=callgrind", "--instr-atstart=no", "--vgdb=no", "--dump-line=no",
                "--dump-instr=no", "--compress-pos=no", "--error-limit=no", "-v", "-v")
# glibc, in the counting worker only. Copies (memmove, memcpy) of 512 bytes and more use
# `rep movsb`, which Valgrind counts as one instruction a byte; its vector loop, used
# below the threshold, counts about 0.1. The default threshold (8 KB here) put that 10x
# step in the middle of a ladder: a BFS over a complete tree with `list.pop(0)` counted
# 1,170 instructions a node to n = 2,048 and 7,360 at 4,096, one jump no fit could name.
# From 512 bytes (the smallest value glibc takes) memory moved counts alike at a ladder's
# larger sizes, so a hidden quadratic grows smoothly from n ~ 100 on. And blocks of 16 KB
# and more are mmap'ed, so that growing one (a list's append, realloc) remaps pages
# instead of copying where the heap's layout happens to block it: those copies, O(n) in
# all, made an append loop's count an item vary by 8% with whatever ran before it (the
# judge's own code), at one instruction a byte. Ignored where glibc has no such tunables.
COPY_TUNABLES = "glibc.cpu.x86_rep_movsb_threshold=512:glibc.malloc.mmap_threshold=16384"
DUMP_HEAD = 8192  # bytes of a dump file read: its header holds the summary line
LOG_READ = 1 << 20  # bytes of new log read after one request at most
LOG_TAIL = 65536  # bytes of the log's end read when the worker died
MAX_DUMP_ENTRIES = 4096  # entries of the dump folder looked at after one request
# callgrind's client requests (valgrind/callgrind.h): what the worker itself issues
CG_DUMP, CG_ZERO, CG_TOGGLE, CG_DUMP_AT, CG_START, CG_STOP = (0x43540000 + k for k in range(6))
_REQUEST = re.compile(r"^client request: code ([0-9a-fA-F]+),")
_DUMP_START = re.compile(r"^--\d+-- Start dumping at BB (\d+) \((.*)\)\.\.\.$")
_DUMP_TO = re.compile(r"^--\d+-- Dump to (.+)$")


@dataclass(frozen=True)
class Callgrind:
    """An installed callgrind that can run the worker: its tool binary, launcher and version."""

    tool: str
    launcher: str
    libdir: str
    version: str

    def describe(self) -> str:
        return f"{self.version} ({self.tool})"


_found: Callgrind | None = None
_searched = False
_why_not = ""


def find(refresh: bool = False) -> Callgrind | None:
    """Callgrind for this machine's architecture, or None (`why_not()` says why)."""
    global _found, _searched, _why_not
    if _searched and not refresh:
        return _found
    _searched, _found = True, None
    machine = os.uname().machine.lower()
    if machine not in ("x86_64", "amd64"):
        _why_not = f"instruction counting needs an x86_64 CPU (this one is {machine})"
        return None
    launcher = shutil.which("valgrind")
    if launcher is None:
        _why_not = "valgrind is not installed (Debian/Ubuntu: apt install valgrind)"
        return None
    launcher = os.path.realpath(launcher)
    real = launcher + ".bin" if os.path.exists(launcher + ".bin") else launcher  # Debian wraps it in sh
    try:
        out = subprocess.run([launcher, "--version"], capture_output=True, text=True, timeout=10,
                             stdin=subprocess.DEVNULL)
        version = out.stdout.strip() or out.stderr.strip()
    except (OSError, subprocess.SubprocessError) as exc:
        _why_not = f"valgrind --version failed: {exc}"
        return None
    prefix = Path(launcher).resolve().parent.parent
    for sub in _LIBDIRS:
        tool = prefix / sub / "callgrind-amd64-linux"
        if tool.is_file() and os.access(tool, os.X_OK):
            _found = Callgrind(str(tool), real, str(tool.parent), version)
            _why_not = ""
            return _found
    _why_not = f"{version} has no callgrind tool for amd64 under {prefix}"
    return None


def why_not() -> str:
    find()
    return _why_not


def stage_worker_code(dest: Path) -> Path:
    """Copy the worker's own modules to `dest` and return the copy of worker.py.

    Under Valgrind the worker starts afresh after Landlock is in force, and Landlock keeps
    the judge package unreadable (it holds the problems' hidden tests and references), so
    the worker runs from a copy of the sandbox modules alone.
    """
    package = dest / "judge"
    sandbox = package / "sandbox"
    sandbox.mkdir(parents=True)
    (package / "__init__.py").write_text('"""The sandbox worker\'s copy of the judge package."""\n')
    for source in _SANDBOX.glob("*.py"):
        shutil.copyfile(source, sandbox / source.name)
    import importlib.util  # sortedcontainers, which solution.py's prelude offers (site-packages are hidden)

    spec = importlib.util.find_spec("sortedcontainers")
    if spec is not None and spec.submodule_search_locations:
        shutil.copytree(next(iter(spec.submodule_search_locations)), dest / "sortedcontainers",
                        ignore=shutil.ignore_patterns("__pycache__"))
    return sandbox / "worker.py"


def worker_argv(callgrind: Callgrind, out_dir: Path, worker: Path, log_fd: int) -> list[str]:
    """argv of the worker under callgrind; the worker appends its pipes and state file.

    -S: no site-packages to scan (Landlock hides them); -s -P as under -I, without -E,
    so that PYTHONHASHSEED=0 holds: string hashes, and so dict and set probing, are the
    same in every run, and so are the counts. The log goes to `log_fd` (see CountLog).
    """
    python = getattr(sys, "_base_executable", None) or sys.executable
    return ["valgrind", *TOOL_OPTIONS, f"--callgrind-out-file={out_dir / DUMP_PREFIX}",
            f"--log-fd={log_fd}", os.path.realpath(python), "-s", "-S", "-P", str(worker)]


def handover_paths(callgrind: Callgrind, code_dir: Path) -> dict[str, list[str]]:
    """What the confined worker must still read (beyond the stdlib) and list under Valgrind."""
    stdlib = sysconfig.get_path("stdlib")
    return {
        "read": [callgrind.libdir, str(code_dir)],
        "list_dirs": [stdlib] if stdlib else [],
    }


@dataclass(frozen=True)
class Audit:
    """What the log says about one request: the call's instructions (count requests), or
    why the count cannot be trusted."""

    instructions: int | None = None
    violation: str | None = None


class CountLog:
    """Valgrind's log for one counting worker, and the audit of each request against it.

    The judge creates the file outside every folder the sandbox may write and hands
    Valgrind a descriptor (`--log-fd`); Valgrind moves it to its reserved range, where the
    solution's system calls cannot reach it, and the worker closes the inherited one before
    the solution is loaded. The judge reads it with pread from its own descriptor.
    """

    def __init__(self, path: Path, dump_dir: Path) -> None:
        self.fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_APPEND | os.O_CLOEXEC, 0o600)
        self.dump_dir = dump_dir
        self._offset = 0
        self._partial = b""

    def close(self) -> None:
        if self.fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = -1

    def _new_lines(self) -> list[str]:
        try:
            data = os.pread(self.fd, LOG_READ, self._offset)
        except OSError:
            return []
        self._offset += len(data)
        data = self._partial + data
        complete, _, self._partial = data.rpartition(b"\n")
        return complete.decode("utf-8", "replace").splitlines() if complete else []

    def tail(self, limit: int = 2000) -> str:
        """The end of Valgrind's log without its blank prefixes (why a worker under it died)."""
        try:
            size = os.fstat(self.fd).st_size
            text = os.pread(self.fd, LOG_TAIL, max(size - LOG_TAIL, 0)).decode("utf-8", "replace")
        except OSError:
            return ""
        # Lines the client printed through Valgrind (VALGRIND_PRINTF) start with "**": left out.
        lines = [line for line in text.splitlines() if line.strip("=-* 0123456789")
                 and not line.startswith(("client request:", "--", "**"))]
        return "\n".join(lines)[-limit:]

    def audit(self, op: str) -> Audit:
        """Check the log lines written during one request (`op`: its name, "init" for the
        load) and read the call's count from its dump (count requests)."""
        requests: list[int] = []
        dumps: list[tuple[int, str]] = []
        files: list[str] = []
        for line in self._new_lines():
            if match := _REQUEST.match(line):
                requests.append(int(match.group(1), 16))
            elif match := _DUMP_START.match(line):
                dumps.append((int(match.group(1)), match.group(2)))
            elif match := _DUMP_TO.match(line):
                files.append(match.group(1))
        try:
            return self._judge(op, requests, dumps, files)
        finally:
            _remove_dumps(self.dump_dir)

    def _judge(self, op: str, requests: list[int], dumps: list[tuple[int, str]], files: list[str]) -> Audit:
        expected = [CG_ZERO, CG_DUMP] if op == "count" else [CG_STOP] if op == "pause" else []
        issued = [code for code in requests if code != CG_START]  # starting only counts more
        if issued != expected[:len(issued)] or (op == "count" and issued != expected):
            foreign = ", ".join(_REQUEST_NAMES.get(code, hex(code)) for code in issued) or "none"
            return Audit(violation=f"the solution issued Valgrind client requests of its own (seen: {foreign}), "
                                   "which would falsify its instruction count")
        if op != "count":
            return Audit(violation="callgrind dumped outside a count" if dumps else None)
        if len(dumps) != 1 or len(files) != 1 or dumps[0][1] != "Client Request":
            return Audit(violation="callgrind's dumps of a count do not match the requests made")
        instructions = _read_summary(self.dump_dir, files[0])
        if instructions is None:
            return Audit(violation="callgrind's dump of a count is missing or not a plain file")
        return Audit(instructions=instructions)


# What Valgrind's log says when Valgrind itself, not the program, could not go on.
_GAVE_UP = ("Valgrind cannot continue", "VALGRIND INTERNAL ERROR", "the 'impossible' happened",
            "out of memory")


def valgrind_gave_up(log_tail: str) -> bool:
    """Whether a counting worker's death was Valgrind's (then time with the CPU instead), not
    the solution's: dying under callgrind must not be a way to be timed instead of counted.
    The tail comes from `CountLog.tail`, which only Valgrind writes."""
    return any(marker in log_tail for marker in _GAVE_UP)


_REQUEST_NAMES = {CG_DUMP: "DUMP_STATS", CG_ZERO: "ZERO_STATS", CG_TOGGLE: "TOGGLE_COLLECT",
                  CG_DUMP_AT: "DUMP_STATS_AT", CG_START: "START_INSTRUMENTATION", CG_STOP: "STOP_INSTRUMENTATION"}


def read_capped(dir_fd: int, name: str, limit: int) -> bytes | None:
    """At most `limit` bytes of the regular file `name` directly in the folder `dir_fd`,
    never following a link, never blocking (no FIFO or device is read), and only a file with
    a single name (not a hard link to something else); None otherwise."""
    if not name or "/" in name or name in (".", ".."):
        return None
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY, dir_fd=dir_fd)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
            return None
        return os.pread(fd, limit, 0)
    except OSError:
        return None
    finally:
        os.close(fd)


def _read_summary(dump_dir: Path, path: str) -> int | None:
    if os.path.dirname(path) != str(dump_dir):
        return None
    try:
        dir_fd = os.open(dump_dir, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        head = read_capped(dir_fd, os.path.basename(path), DUMP_HEAD)
    finally:
        os.close(dir_fd)
    match = _SUMMARY.search(head or b"")
    return int(match.group(1)) if match else None


def _remove_dumps(dump_dir: Path) -> None:
    """Delete the request's dump files, and anything else named like one (unlinking a link
    removes the link, never its target)."""
    try:
        dir_fd = os.open(dump_dir, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return
    try:
        with os.scandir(dir_fd) as entries:
            names = [entry.name for _, entry in zip(range(MAX_DUMP_ENTRIES), entries, strict=False)]
        for name in names:
            if name.startswith(DUMP_PREFIX + "."):
                with contextlib.suppress(OSError):
                    os.unlink(name, dir_fd=dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
