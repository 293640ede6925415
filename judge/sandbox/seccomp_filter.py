"""A seccomp deny-list for the solution process, through pyseccomp (ctypes over libseccomp2).

Default ALLOW, and EPERM for what a solution never needs: new processes and programs,
networking, debugging other processes, signals to other processes, raising rlimits,
namespaces, mounts, kernel keyrings, BPF, io_uring (its operations bypass seccomp), SysV
IPC (not isolated without an IPC namespace) and a few administrative calls. No threads
either: clone() is refused (clone3() answers ENOSYS, so glibc falls back to clone() and
`threading` says it cannot start a thread), because a thread runs while the worker waits
for its next request, where no measurement looks: it could compute the staged inputs'
answers there, uncounted, or spin on a core other graders measure on. Calls from another
ABI (i386 via int 0x80, x32) kill the process.

pyseccomp is imported lazily (`load_module`) and must be imported before Landlock hides
site-packages; without it (or libseccomp2) this layer is reported missing.
"""

from __future__ import annotations

import errno
from types import ModuleType
from typing import Any

PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2

DENY = (
    # programs and processes
    "execve", "execveat", "fork", "vfork",
    # networking (socketpair stays: an unnamed pair cannot reach anything)
    "socket", "connect", "bind", "listen", "accept", "accept4",
    # other processes
    "ptrace", "process_vm_readv", "process_vm_writev", "process_madvise", "kcmp",
    "pidfd_open", "pidfd_getfd", "pidfd_send_signal", "tkill",
    # limits and scheduling (root could undo the rlimits or starve the judge)
    "setrlimit", "setpriority", "sched_setscheduler", "sched_setparam", "sched_setattr",
    "ioprio_set",
    # namespaces, mounts, the filesystem tree
    "unshare", "setns", "mount", "umount2", "pivot_root", "chroot", "mount_setattr",
    "move_mount", "open_tree", "fsopen", "fsconfig", "fsmount", "fspick",
    "open_by_handle_at", "name_to_handle_at", "mknod", "mknodat",
    # kernel facilities with a record of escapes, or no use to a solution
    "keyctl", "add_key", "request_key", "bpf", "perf_event_open", "userfaultfd",
    "io_uring_setup", "io_uring_enter", "io_uring_register", "personality",
    "uselib", "lookup_dcookie", "fanotify_init", "quotactl", "quotactl_fd", "syslog",
    "acct", "swapon", "swapoff", "reboot", "sethostname", "setdomainname",
    "init_module", "finit_module", "delete_module", "kexec_load", "kexec_file_load",
    "iopl", "ioperm", "vhangup", "settimeofday", "clock_settime", "clock_adjtime", "adjtimex",
    # SysV / POSIX IPC
    "shmget", "shmat", "shmctl", "shmdt", "msgget", "msgsnd", "msgrcv", "msgctl",
    "semget", "semop", "semtimedop", "semctl", "mq_open", "mq_unlink", "mq_timedsend",
    "mq_timedreceive", "mq_notify", "mq_getsetattr",
    # memory no limit sees (memfd pages are neither RLIMIT_AS nor VmRSS once unmapped), and
    # channels between two workers of one solution: file locks, inotify/fanotify watches
    "memfd_create", "memfd_secret", "flock", "inotify_init", "inotify_init1", "inotify_add_watch",
    "fanotify_mark", "remap_file_pages",
    # timers whose signal handlers would run while the worker waits for a request, where
    # nothing measures (a solution needs none: its caps are the judge's)
    "alarm", "setitimer", "timer_create",
)
# fcntl commands that lock, lease or watch files (shared between processes: a covert
# channel even on a read-only file) or grow a pipe's buffer; the other commands stay.
FCNTL_DENY = (
    5, 6, 7,  # F_GETLK, F_SETLK, F_SETLKW
    36, 37, 38,  # F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW
    1024, 1025, 1026,  # F_SETLEASE, F_GETLEASE, F_NOTIFY
    1031,  # F_SETPIPE_SZ
)
PROT_EXEC = 0x4
# No new executable memory once the worker is confined: the solution cannot load native
# code (dlopen maps with PROT_EXEC) nor write machine code of its own, such as Valgrind's
# client-request sequence. Under Valgrind the tool maps its translation cache itself, so
# only the native worker gets these rules (`build(..., no_exec=False)` for the BPF export).
EXEC_MAPPING = ("mmap", "mprotect", "pkey_mprotect")

_module: ModuleType | None = None


def load_module() -> ModuleType:
    """Import pyseccomp without letting ctypes.util.find_library run ldconfig as a child."""
    global _module
    if _module is not None:
        return _module
    import ctypes
    import ctypes.util

    original = ctypes.util.find_library
    known = {"seccomp": "libseccomp.so.2", "c": "libc.so.6"}

    def find_library(name: str) -> str | None:
        soname = known.get(name)
        if soname is not None:
            try:
                ctypes.CDLL(soname)
                return soname
            except OSError:
                pass
        return original(name)

    ctypes.util.find_library = find_library
    try:
        import pyseccomp
    finally:
        ctypes.util.find_library = original
    _module = pyseccomp
    return pyseccomp


def build(own_pid: int, *, no_exec: bool = True) -> tuple[Any, list[str]]:
    """The filter (not loaded) and the names of syscalls this libseccomp did not know.
    `no_exec`: refuse new executable mappings (see EXEC_MAPPING)."""
    sc = load_module()
    eperm = sc.ERRNO(errno.EPERM)
    flt = sc.SyscallFilter(sc.ALLOW)
    flt.set_attr(sc.Attr.ACT_BADARCH, sc.KILL_PROCESS)
    flt.set_attr(sc.Attr.CTL_TSYNC, 1)
    unknown: list[str] = []

    def rule(action: int, name: str, *args: Any) -> None:
        try:
            flt.add_rule(action, name, *args)
        except (OSError, ValueError):
            unknown.append(name)

    for name in DENY:
        rule(eperm, name)
    # clone: no processes, no threads (see the module docstring).
    rule(eperm, "clone")
    # clone3 passes its flags in memory that seccomp cannot read: ENOSYS makes glibc use clone.
    rule(sc.ERRNO(errno.ENOSYS), "clone3")
    # signals: only to this process itself.
    rule(eperm, "kill", sc.Arg(0, sc.NE, own_pid))
    rule(eperm, "tgkill", sc.Arg(0, sc.NE, own_pid))
    rule(eperm, "rt_sigqueueinfo", sc.Arg(0, sc.NE, own_pid))
    rule(eperm, "rt_tgsigqueueinfo", sc.Arg(0, sc.NE, own_pid))
    # prlimit64 with a NULL new limit is getrlimit(); anything else may raise a limit.
    rule(eperm, "prlimit64", sc.Arg(2, sc.NE, 0))
    for command in FCNTL_DENY:
        rule(eperm, "fcntl", sc.Arg(1, sc.EQ, command))
    if no_exec:
        for name in EXEC_MAPPING:
            rule(eperm, name, sc.Arg(2, sc.MASKED_EQ, PROT_EXEC, PROT_EXEC))
    return flt, unknown


def install(own_pid: int) -> str:
    """Build and load the filter for every thread of this process; returns a description."""
    flt, unknown = build(own_pid)
    flt.load()
    conditional = ("clone", "clone3", "kill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo",
                   "prlimit64", "fcntl", *EXEC_MAPPING)
    covered = len(set(DENY) | set(conditional)) - len(set(unknown))
    detail = (f"{covered} syscalls denied or restricted (EPERM): processes, exec, sockets, "
              "ptrace, signals to others, rlimits, namespaces, mounts, bpf, io_uring, SysV IPC, "
              "memfd, file locks, inotify; no threads, no timers; no new executable memory")
    if unknown:
        detail += f"; unknown here: {', '.join(sorted(set(unknown)))}"
    return detail


def export(own_pid: int) -> bytes:
    """The filter as raw BPF, for a process that cannot build it itself.

    Under Valgrind, libseccomp's probes of the kernel fail (Valgrind 3.19 does not know the
    seccomp syscall), so the filter is built by the native worker before it re-executes
    itself under Valgrind and is loaded afterwards with `load_bpf`.
    """
    import tempfile

    flt, _unknown = build(own_pid, no_exec=False)  # Valgrind maps its translations itself
    with tempfile.TemporaryFile() as fh:
        flt.export_bpf(fh)
        fh.seek(0)
        return fh.read()


def load_bpf(program: bytes) -> str:
    """Load a BPF filter with prctl(PR_SET_SECCOMP), which Valgrind passes to the kernel.

    Only this thread (the worker has no other) and its future threads are filtered; the
    process must already have no-new-privs set.
    """
    import ctypes

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    if not program or len(program) % 8:
        raise ValueError(f"not a BPF program ({len(program)} bytes)")
    code = ctypes.create_string_buffer(program, len(program))
    fprog = SockFprog(len(program) // 8, ctypes.addressof(code))
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"prctl(PR_SET_SECCOMP): {errno.errorcode.get(err, err)}")
    return f"{len(program) // 8} BPF instructions loaded with prctl"
