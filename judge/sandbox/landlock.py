"""Landlock (Linux >= 5.13) through raw syscalls with ctypes: no third-party code.

Landlock is an unprivileged, stackable allow-list of filesystem accesses (ABI 4 adds TCP
bind/connect, ABI 6 adds "scopes": signals and abstract unix sockets may not leave the
sandbox). Rules are hierarchical: allowing a directory allows everything beneath it, so a
directory that contains something forbidden (site-packages inside the stdlib folder of a
pyenv or /usr/local build) is allowed child by child instead, leaving the forbidden part out.

Only the calling thread and its future children are restricted (until the TSYNC flag of
newer kernels), so apply it before any thread is started.
"""

from __future__ import annotations

import ctypes
import errno
import os
import stat
from collections.abc import Iterable

# The generic syscall table: the same numbers on x86_64, aarch64, riscv64, arm, i386.
SYS_CREATE_RULESET = 444
SYS_ADD_RULE = 445
SYS_RESTRICT_SELF = 446

CREATE_RULESET_VERSION = 1 << 0
RULE_PATH_BENEATH = 1
PR_SET_NO_NEW_PRIVS = 38

FS_EXECUTE = 1 << 0
FS_WRITE_FILE = 1 << 1
FS_READ_FILE = 1 << 2
FS_READ_DIR = 1 << 3
FS_REMOVE_DIR = 1 << 4
FS_REMOVE_FILE = 1 << 5
FS_MAKE_CHAR = 1 << 6
FS_MAKE_DIR = 1 << 7
FS_MAKE_REG = 1 << 8
FS_MAKE_SOCK = 1 << 9
FS_MAKE_FIFO = 1 << 10
FS_MAKE_BLOCK = 1 << 11
FS_MAKE_SYM = 1 << 12
FS_REFER = 1 << 13  # ABI 2
FS_TRUNCATE = 1 << 14  # ABI 3
FS_IOCTL_DEV = 1 << 15  # ABI 5
NET_BIND_TCP = 1 << 0  # ABI 4
NET_CONNECT_TCP = 1 << 1  # ABI 4
SCOPE_ABSTRACT_UNIX_SOCKET = 1 << 0  # ABI 6
SCOPE_SIGNAL = 1 << 1  # ABI 6

FILE_ONLY = FS_EXECUTE | FS_WRITE_FILE | FS_READ_FILE | FS_TRUNCATE | FS_IOCTL_DEV
READ = FS_READ_FILE | FS_READ_DIR
READ_WRITE = (
    READ | FS_WRITE_FILE | FS_REMOVE_DIR | FS_REMOVE_FILE | FS_MAKE_DIR | FS_MAKE_REG
    | FS_MAKE_SYM | FS_REFER | FS_TRUNCATE
)


class _RulesetAttr(ctypes.Structure):
    _fields_ = [
        ("handled_access_fs", ctypes.c_uint64),
        ("handled_access_net", ctypes.c_uint64),
        ("scoped", ctypes.c_uint64),
    ]


class _PathBeneathAttr(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


_libc: ctypes.CDLL | None = None


def _syscall() -> ctypes.CDLL:
    global _libc
    if _libc is None:
        _libc = ctypes.CDLL(None, use_errno=True)
        _libc.syscall.restype = ctypes.c_long
        _libc.prctl.restype = ctypes.c_int
    return _libc


def abi_version() -> int:
    """The Landlock ABI the kernel offers; 0 when Landlock is missing or disabled."""
    libc = _syscall()
    version = libc.syscall(ctypes.c_long(SYS_CREATE_RULESET), None, ctypes.c_size_t(0),
                           ctypes.c_uint32(CREATE_RULESET_VERSION))
    return max(int(version), 0)


def handled_fs(abi: int) -> int:
    mask = (1 << 13) - 1  # ABI 1: EXECUTE .. MAKE_SYM
    if abi >= 2:
        mask |= FS_REFER
    if abi >= 3:
        mask |= FS_TRUNCATE
    if abi >= 5:
        mask |= FS_IOCTL_DEV
    return mask


def set_no_new_privs() -> None:
    libc = _syscall()
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"prctl(PR_SET_NO_NEW_PRIVS): {os.strerror(err)}")


def restrict(rules: Iterable[tuple[str, int]], *, abi: int | None = None) -> str:
    """Allow only `rules` (path, access mask) from now on; deny TCP and outside signals.

    Returns a one-line description. Raises OSError if the ruleset cannot be enforced
    (the process is then unchanged). Paths that do not exist are skipped.
    """
    libc = _syscall()
    abi = abi_version() if abi is None else abi
    if abi < 1:
        raise OSError(errno.EOPNOTSUPP, "Landlock is not available")
    fs_mask = handled_fs(abi)
    attr = _RulesetAttr(fs_mask, 0, 0)
    size = 8
    if abi >= 4:
        attr.handled_access_net = NET_BIND_TCP | NET_CONNECT_TCP
        size = 16
    if abi >= 6:
        attr.scoped = SCOPE_SIGNAL | SCOPE_ABSTRACT_UNIX_SOCKET
        size = 24
    ruleset = libc.syscall(ctypes.c_long(SYS_CREATE_RULESET), ctypes.byref(attr),
                           ctypes.c_size_t(size), ctypes.c_uint32(0))
    if ruleset < 0:
        err = ctypes.get_errno()
        raise OSError(err, f"landlock_create_ruleset: {os.strerror(err)}")
    added = 0
    try:
        for path, access in rules:
            try:
                fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
            except OSError:
                continue
            try:
                if not stat.S_ISDIR(os.fstat(fd).st_mode):
                    access &= FILE_ONLY
                access &= fs_mask
                if not access:
                    continue
                rule = _PathBeneathAttr(access, fd)
                if libc.syscall(ctypes.c_long(SYS_ADD_RULE), ctypes.c_int(ruleset),
                                ctypes.c_int(RULE_PATH_BENEATH), ctypes.byref(rule),
                                ctypes.c_uint32(0)) != 0:
                    err = ctypes.get_errno()
                    raise OSError(err, f"landlock_add_rule({path}): {os.strerror(err)}")
                added += 1
            finally:
                os.close(fd)
        set_no_new_privs()
        if libc.syscall(ctypes.c_long(SYS_RESTRICT_SELF), ctypes.c_int(ruleset), ctypes.c_uint32(0)) != 0:
            err = ctypes.get_errno()
            raise OSError(err, f"landlock_restrict_self: {os.strerror(err)}")
    finally:
        os.close(ruleset)
    return f"{describe(abi)}; {added} rules"


def describe(abi: int) -> str:
    extras = ["files: only the allowed paths"]
    if abi >= 4:
        extras.append("no TCP bind/connect")
    if abi >= 6:
        extras.append("signals and abstract unix sockets scoped to the sandbox")
    return f"ABI {abi}: " + ", ".join(extras)


# -- which paths -----------------------------------------------------------------------


def _real(path: str) -> str:
    return os.path.realpath(path)


def _within(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def expand(root: str, access: int, forbidden: Iterable[str], out: list[tuple[str, int]],
           *, _real_path: str | None = None, _depth: int = 0) -> None:
    """Append rules that allow `root` except anything within a `forbidden` path.

    `forbidden` must hold real (symlink-free) paths. A root that contains a forbidden path
    is replaced by rules for its children (the root itself then cannot be listed); a root
    inside a forbidden path, or already covered by a rule in `out` with the same access,
    is dropped. Symbolic links to directories inside a split root are not followed.
    """
    forbidden = tuple(forbidden)
    real = _real_path or _real(root)
    if any(_within(real, f) for f in forbidden):
        return
    if _depth == 0:
        if not os.path.exists(real):
            return
        if any(a == access and _within(real, p) for p, a in out):
            return
    inner = [f for f in forbidden if f != real and _within(f, real)]
    if not inner:
        out.append((real, access))
        return
    if _depth > 8:
        return
    try:
        entries = list(os.scandir(real))
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_symlink():
                if entry.is_dir():
                    continue
                child = _real(entry.path)
            else:
                child = entry.path
        except OSError:
            continue
        expand(entry.path, access, forbidden, out, _real_path=child, _depth=_depth + 1)
