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
its ZERO_STATS and DUMP_STATS client requests bracket one call, and callgrind writes one
dump file per call into a folder only this module reads.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
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
TOOL_OPTIONS = ("--tool=callgrind", "--instr-atstart=no", "--vgdb=no", "--dump-line=no",
                "--dump-instr=no", "--compress-pos=no", "--error-limit=no")


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
    return sandbox / "worker.py"


def worker_argv(callgrind: Callgrind, out_dir: Path, worker: Path) -> list[str]:
    """argv of the worker under callgrind; the worker appends its pipes and state file.

    -S: no site-packages to scan (Landlock hides them); -s -P as under -I, without -E,
    so that PYTHONHASHSEED=0 holds: string hashes, and so dict and set probing, are the
    same in every run, and so are the counts.
    """
    python = getattr(sys, "_base_executable", None) or sys.executable
    return ["valgrind", *TOOL_OPTIONS, f"--callgrind-out-file={out_dir / DUMP_PREFIX}",
            f"--log-file={out_dir / 'valgrind.log'}", os.path.realpath(python), "-s", "-S", "-P",
            str(worker)]


def handover_paths(callgrind: Callgrind, code_dir: Path) -> dict[str, list[str]]:
    """What the confined worker must still read (beyond the stdlib) and list under Valgrind."""
    stdlib = sysconfig.get_path("stdlib")
    return {
        "read": [callgrind.libdir, str(code_dir)],
        "list_dirs": [stdlib] if stdlib else [],
    }


def collect(out_dir: Path) -> int | None:
    """Sum of the instructions in the dumps callgrind wrote since the last call, which are
    then deleted; None when there were none (the request did not count anything)."""
    total = None
    try:
        names = [e.name for e in os.scandir(out_dir) if e.name.startswith(DUMP_PREFIX + ".")]
    except OSError:
        return None
    for name in names:
        path = out_dir / name
        try:
            with open(path, "rb") as fh:
                head = fh.read(4096)
        except OSError:
            continue
        finally:
            with contextlib.suppress(OSError):
                os.unlink(path)
        match = _SUMMARY.search(head)
        if match:
            total = (total or 0) + int(match.group(1))
    return total


def log_tail(out_dir: Path, limit: int = 2000) -> str:
    """The end of Valgrind's own log (why a worker under it died)."""
    try:
        text = (out_dir / "valgrind.log").read_text(errors="replace")
    except OSError:
        return ""
    lines = [line for line in text.splitlines() if line.strip("= 0123456789")]
    return "\n".join(lines)[-limit:]
