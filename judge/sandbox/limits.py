"""Resource limits: the rlimits set between fork and exec, and the in-worker memory limit.

RLIMIT_AS (address space) is what makes CPython raise MemoryError instead of being killed;
it is set inside the worker relative to the address space the interpreter already uses,
so `memory_bytes` is what the solution itself may add. Two things would otherwise eat that
budget in reserved-but-unused address space: each thread's stack (glibc reserves
RLIMIT_STACK, 256 MiB here, per thread) and glibc's per-thread malloc arenas (64 MiB each);
`tune_for_address_space_limit` caps the first and disables the second.
"""

from __future__ import annotations

import contextlib
import math
import os
import resource
from collections.abc import Callable
from dataclasses import dataclass

# Room for the interpreter before confine() (python, wrapper, imports) under the preexec
# backstop RLIMIT_AS; confine() then lowers it to the current size plus memory_bytes.
STARTUP_ALLOWANCE = 1 << 30
THREAD_STACK_BYTES = 16 * 2**20
M_ARENA_MAX = -8


@dataclass(frozen=True)
class Limits:
    memory_bytes: int
    cpu_seconds: float
    file_size_bytes: int
    open_files: int = 64
    processes: int = 64
    stack_bytes: int = 256 * 2**20


def tasks_of_uid(uid: int) -> int:
    """Tasks (threads included, as RLIMIT_NPROC counts them) whose real uid is `uid`."""
    count = 0
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/status", "rb") as fh:
                real = threads = None
                for line in fh:
                    if line.startswith(b"Uid:"):
                        real = int(line.split()[1])
                    elif line.startswith(b"Threads:"):
                        threads = int(line.split()[1])
                        break
        except (OSError, ValueError, IndexError):
            continue
        if real == uid and threads:
            count += threads
    return count


def rlimit_plan(limits: Limits) -> list[tuple[int, int, int, str]]:
    """(resource, soft, hard, name) to set before exec, already clamped to what is allowed."""
    cpu = max(1, math.ceil(limits.cpu_seconds))
    wanted = [
        (resource.RLIMIT_CORE, 0, 0, "core=0"),
        (resource.RLIMIT_CPU, cpu, cpu, f"cpu={cpu}s"),
        (resource.RLIMIT_FSIZE, limits.file_size_bytes, limits.file_size_bytes,
         f"fsize={limits.file_size_bytes}"),
        (resource.RLIMIT_NOFILE, limits.open_files, limits.open_files, f"nofile={limits.open_files}"),
        (resource.RLIMIT_STACK, limits.stack_bytes, limits.stack_bytes, f"stack={limits.stack_bytes}"),
        (resource.RLIMIT_AS, limits.memory_bytes + STARTUP_ALLOWANCE,
         limits.memory_bytes + STARTUP_ALLOWANCE, f"as<={limits.memory_bytes + STARTUP_ALLOWANCE}"),
    ]
    if os.geteuid() != 0:  # RLIMIT_NPROC is ignored for root; for a user it counts every task
        nproc = tasks_of_uid(os.getuid()) + limits.processes
        wanted.append((resource.RLIMIT_NPROC, nproc, nproc, f"nproc={nproc}"))
    plan = []
    for res, soft, hard, name in wanted:
        _cur_soft, cur_hard = resource.getrlimit(res)
        if cur_hard != resource.RLIM_INFINITY:
            hard = min(hard, cur_hard)
            soft = min(soft, hard)
        plan.append((res, soft, hard, name))
    return plan


def make_preexec(limits: Limits, *, die_with_parent: bool = False) -> Callable[[], None]:
    """A preexec_fn setting the planned rlimits: no imports, no allocation-heavy work."""
    plan = tuple((res, (soft, hard)) for res, soft, hard, _ in rlimit_plan(limits))
    setrlimit = resource.setrlimit
    prctl = None
    if die_with_parent:
        import ctypes

        prctl = ctypes.CDLL(None, use_errno=True).prctl
    pr_set_pdeathsig, sigkill = 1, 9

    def preexec() -> None:
        for res, pair in plan:
            setrlimit(res, pair)
        if prctl is not None:
            prctl(pr_set_pdeathsig, sigkill, 0, 0, 0)

    return preexec


def address_space_bytes(statm_fd: int | None = None) -> int:
    """Current virtual size of this process (what RLIMIT_AS is compared with).

    `statm_fd`: an already open /proc/self/statm (Landlock forbids opening it later)."""
    if statm_fd is None:
        with open("/proc/self/statm", "rb") as fh:
            data = fh.read()
    else:
        data = os.pread(statm_fd, 256, 0)
    return int(data.split()[0]) * os.sysconf("SC_PAGE_SIZE")


def tune_for_address_space_limit(stack_bytes: int) -> None:
    """Stop thread stacks and malloc arenas from eating the RLIMIT_AS budget."""
    import _thread

    with contextlib.suppress(ValueError, RuntimeError):
        _thread.stack_size(min(stack_bytes, THREAD_STACK_BYTES))
    try:
        import ctypes

        ctypes.CDLL(None).mallopt(M_ARENA_MAX, 1)
    except (OSError, AttributeError):
        pass


def apply_address_space_limit(memory_bytes: int, statm_fd: int | None = None) -> int:
    """RLIMIT_AS = current size + memory_bytes (never above the existing hard limit)."""
    limit = address_space_bytes(statm_fd) + memory_bytes
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    return limit
