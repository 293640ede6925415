"""The worker protocol: its vocabulary, the length-prefixed JSON frames, and the helpers
both sides need.

Standard library only: the worker imports this before the solution runs. JSON (never
pickle) so nothing the solution's process sends can execute code in the judge.

The judge sends one request `{"op": <Op>, ...}` at a time and the worker answers it with
one reply `{"status": <Status>, ...}`; the first frame is the init (the solution to load),
answered "ready" or "invalid". On the judge's side only the sandbox touches these dicts:
`client.WorkerClient` builds the requests and `replies.parse_reply` checks every reply
against its request's schema before anything reads it.
"""

from __future__ import annotations

import enum
import hashlib
import json
import os
import struct
import sys
from typing import Any, Literal

from judge.sandbox.shapes import Unreadable

# A codec problem's call: the round trip, or one half of it (run in two processes)
CodecStage = Literal["both", "encode", "decode"]

HEADER = struct.Struct(">I")
MAX_FRAME = 256 * 2**20
MAX_VALUE_BYTES = 64 * 2**20  # of an answer's JSON text
MAX_TEXT_CHARS = 8192  # of every other text in a reply: the worker clips below it, the judge refuses more
DIGEST_CHARS = 16
UNENCODABLE = "unencodable"  # the digest of an answer that has no JSON text


class Op(enum.StrEnum):
    """What the judge asks of a worker (the worker's `op_<value>` handlers)."""

    CALL = "call"  # one test: the entry called with `args`
    STAGE = "stage"  # keep `inputs` for the measurement ops (by index)
    PROBE = "probe"  # one call on a fresh copy of a staged input: time, digest, mutation
    PREPARE = "prepare"  # the inputs of the next timed block
    RUN = "run"  # time the prepared block
    PAUSE = "pause"  # callgrind's instrumentation off until the next count
    COUNT = "count"  # one call between callgrind's zero and dump requests
    PACE = "pace"  # a fixed workload, timed by the judge beside each block
    DIGEST = "digest"  # the digest of the last measured run's first answer
    RESULT = "result"  # the value of the last probe (or measured run), to be checked
    DEPTH = "depth"  # the maximum call depth of one call
    MEMORY = "memory"  # the peak bytes one call allocates
    EXIT = "exit"  # end the worker (no reply)


class Status(enum.StrEnum):
    """How the worker answered a request (or the init)."""

    READY = "ready"  # init: the solution is loaded
    INVALID = "invalid"  # init: syntax error, no entry, exception while importing
    OK = "ok"
    EXCEPTION = "exception"  # the solution raised
    MEMORY = "memory"  # the solution raised MemoryError (it hit its address-space limit)
    BAD_VALUE = "bad_value"  # the answer has no JSON text (type, size)
    PROTOCOL = "protocol"  # the worker did not understand the request

# Answers are exact integers of any size (unique_paths on a 4096 x 4096 grid has 2,464
# digits), but CPython refuses int <-> str conversions past 4,300 digits: both sides allow
# this many, which a frame's size cap keeps far from the quadratic cost the default guards.
INT_DIGITS = 20_000
if sys.get_int_max_str_digits() and sys.get_int_max_str_digits() < INT_DIGITS:
    sys.set_int_max_str_digits(INT_DIGITS)

class ProtocolError(Exception):
    """The other side sent something that is not a well-formed frame."""


# -- values and their fingerprints (both sides) --------------------------------------------

def _json_default(value: Any) -> Any:
    if isinstance(value, Unreadable):  # a typed answer that could not be read back (shapes)
        raise TypeError(value.message)
    if isinstance(value, (set, frozenset)):
        try:
            return sorted(value)
        except TypeError:
            return list(value)
    iterable_names = {"deque", "dict_keys", "dict_values", "dict_items"}
    if isinstance(value, (range, map, filter, zip, reversed)) or type(value).__name__ in iterable_names:
        return list(value)
    raise TypeError(f"returned a value of type {type(value).__name__}, which is not a JSON value")


def encode_value(value: Any) -> str:
    """An answer's JSON text (ASCII); OverflowError beyond MAX_VALUE_BYTES or INT_DIGITS."""
    try:
        text = json.dumps(value, default=_json_default, separators=(",", ":"))
    except ValueError as exc:
        if "integer string conversion" not in str(exc):
            raise
        raise OverflowError(f"returned an integer of more than {INT_DIGITS:,} digits, which the judge "
                            "does not compare (is a modulo missing?)") from None
    if len(text) > MAX_VALUE_BYTES:
        raise OverflowError(f"returned value is {len(text)} bytes of JSON (limit {MAX_VALUE_BYTES})")
    return text


def digest(value: Any) -> str:
    """A short fingerprint of an answer, so the judge can tell whether a timed call answered
    the same as the checked probe call (and fetch the value to check when it did not)."""
    try:
        return hashlib.sha256(encode_value(value).encode()).hexdigest()[:DIGEST_CHARS]
    except (TypeError, ValueError, OverflowError, RecursionError):
        return UNENCODABLE


# -- frames ----------------------------------------------------------------------------------

def encode(message: Any) -> bytes:
    body = json.dumps(message, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return HEADER.pack(len(body)) + body


def write_frame(fd: int, message: Any) -> None:
    data = memoryview(encode(message))
    while data:
        written = os.write(fd, data)
        data = data[written:]


def read_exact(fd: int, size: int) -> bytes:
    chunks: list[bytes] = []
    remaining = size
    while remaining:
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            raise EOFError("channel closed")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def read_frame(fd: int, max_size: int = MAX_FRAME) -> Any:
    (size,) = HEADER.unpack(read_exact(fd, HEADER.size))
    if size > max_size:
        raise ProtocolError(f"frame of {size} bytes exceeds {max_size}")
    return decode(read_exact(fd, size))


def decode(body: bytes) -> Any:
    # ValueError covers JSONDecodeError and an integer of more than 4,300 digits (CPython's
    # int_max_str_digits); RecursionError an array or object nested too deeply.
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        text = str(exc)
        raise ProtocolError(f"malformed frame: {text[:200]}") from None
