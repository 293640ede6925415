"""Valgrind client requests from Python: what callgrind_control does, from inside the process.

Callgrind is told to zero its counters before a call and to dump them after it through
Valgrind's "client requests": a magic, otherwise harmless instruction sequence that
Valgrind's JIT recognises (see valgrind.h, VALGRIND_DO_CLIENT_REQUEST_EXPR). Python cannot
emit machine code, so the sequence is copied into an executable page and called through
ctypes. Natively the sequence does nothing and returns the default: every request is a
no-op outside Valgrind, and `running_on_valgrind()` says 0.

Standard library only: the sandbox worker imports this before it is confined.
x86_64 only (the sequence is per architecture); elsewhere `available()` is False.
"""

from __future__ import annotations

import ctypes
import mmap
import platform

# amd64: rax = &args[6], rdx = default; the rolq preamble rotates rdi by 128 bits in all
# (a no-op), then `xchg rbx, rbx` is the request; the result comes back in rdx.
#   mov rax, rdi; mov rdx, rsi; rol rdi,3; rol rdi,13; rol rdi,61; rol rdi,51;
#   xchg rbx,rbx; mov rax, rdx; ret
_AMD64 = bytes.fromhex("4889f8" "4889f2" "48c1c703" "48c1c70d" "48c1c73d" "48c1c733" "4887db" "4889d0" "c3")

RUNNING_ON_VALGRIND = 0x1001
_CALLGRIND = (ord("C") << 24) | (ord("T") << 16)
DUMP_STATS = _CALLGRIND + 0
ZERO_STATS = _CALLGRIND + 1
START_INSTRUMENTATION = _CALLGRIND + 4
STOP_INSTRUMENTATION = _CALLGRIND + 5


class _Trampoline:
    def __init__(self) -> None:
        self._page = mmap.mmap(-1, mmap.PAGESIZE, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
        self._page.write(_AMD64)
        address = ctypes.addressof(ctypes.c_char.from_buffer(self._page))
        self._call = ctypes.CFUNCTYPE(ctypes.c_size_t, ctypes.c_void_p, ctypes.c_size_t)(address)
        self._args = (ctypes.c_size_t * 6)()
        self._pointer = ctypes.addressof(self._args)

    def request(self, code: int, default: int = 0) -> int:
        self._args[0] = code
        return int(self._call(self._pointer, default))


_trampoline: _Trampoline | None = None


def available() -> bool:
    """Whether requests can be issued here (an amd64 CPU and an executable anonymous page)."""
    global _trampoline
    if _trampoline is not None:
        return True
    if platform.machine().lower() not in ("x86_64", "amd64"):
        return False
    try:
        _trampoline = _Trampoline()
    except (OSError, ValueError, PermissionError):  # W^X policies refuse executable pages
        return False
    return True


def request(code: int, default: int = 0) -> int:
    """Issue one client request; `default` when not under Valgrind (or not available)."""
    if not available():
        return default
    assert _trampoline is not None
    return _trampoline.request(code, default)


def running_on_valgrind() -> bool:
    return request(RUNNING_ON_VALGRIND, 0) > 0
