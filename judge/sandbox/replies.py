"""Typed, validated replies of the sandbox worker (the judge's side of the protocol).

Nothing a worker sends is trusted: the solution shares the worker's process and can write
any frame to the reply channel. `parse_reply` checks a decoded frame against the schema of
the request it answers (the statuses that request may get, the fields each status carries,
their types, ranges and sizes) and returns a frozen `Message`; anything else raises
`ProtocolError`, which the runner turns into a Reply with outcome "protocol" (a protocol
violation by the solution, never an internal error). Fields absent from the schema are
dropped. `Reply` is what a request ended with: the outcome, the kernel's accounting, and
the validated message.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from judge.sandbox.protocol import (
    DIGEST_CHARS,
    MAX_TEXT_CHARS,
    MAX_VALUE_BYTES,
    UNENCODABLE,
    Op,
    ProtocolError,
    Status,
)

Outcome = Literal["reply", "timeout", "memory", "output_limit", "died", "protocol"]
Answering = Op | Literal["init"]  # the request a reply answers: an op, or the init
Which = Literal["probe", "observed"]  # the answer `result` returns: the last probe's, or the last measured run's

MAX_COUNT = 2**62  # every integer of a reply (ns, bytes, calls, frames, lines) is in [0, MAX_COUNT)
MAX_LAYERS = 64
_DIGEST = re.compile(rf"[0-9a-f]{{{DIGEST_CHARS}}}|{UNENCODABLE}")


@dataclass(frozen=True)
class ErrorInfo:
    """An exception of the solution, as the worker summarised it (`worker.describe_exception`)."""

    type: str
    message: str
    line: int | None = None  # in the solution's file
    source: str = ""  # that line's text
    traceback: str = ""  # the solution's last frames

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "message": self.message, "line": self.line, "source": self.source,
                "traceback": self.traceback}


@dataclass(frozen=True)
class Message:
    """One validated reply frame. Which fields are set depends on the request and the status
    (see SCHEMAS); the others are None."""

    status: Status
    value: str | None = None  # the answer's JSON text (call, result)
    digest: str | None = None  # the answer's fingerprint (probe, count, digest, depth, memory)
    cpu_ns: int | None = None  # the worker's own clock: call, probe, run
    wall_ns: int | None = None  # run
    mutated: bool | None = None  # probe: the call changed its input (or `returns` is set)
    depth: int | None = None  # depth
    peak: int | None = None  # memory: traced bytes (0 when untraced)
    answer_bytes: int | None = None  # memory: traced bytes the answer holds after the call
    count: int | None = None  # stage: inputs kept
    calls: int | None = None  # run: calls timed
    total: int | None = None  # pace: the workload's result
    error: ErrorInfo | None = None  # exception, invalid
    reason: str | None = None  # bad_value, protocol: why (the frame's "message")
    layers: tuple[str, ...] | None = None  # ready, invalid: the isolation layers applied
    entry: str | None = None  # ready: what was found, e.g. "Solution.twoSum()"

    def to_dict(self) -> dict[str, Any]:
        """The frame as the worker sent it (validated fields only)."""
        out: dict[str, Any] = {"status": self.status.value}
        for name, wire in _WIRE_NAMES.items():
            value = getattr(self, name)
            if value is None:
                continue
            if isinstance(value, ErrorInfo):
                value = value.to_dict()
            elif isinstance(value, tuple):
                value = list(value)
            out[wire] = value
        return out


# -- field checks ------------------------------------------------------------------------------

def _show(value: Any) -> str:
    if isinstance(value, bool | float) or value is None:
        return repr(value)
    if isinstance(value, int):
        return repr(value) if -(10**12) < value < 10**12 else f"an integer of {value.bit_length():,} bits"
    if isinstance(value, str):
        return f"a string of {len(value):,} characters" if len(value) > 40 else repr(value)
    return f"a JSON {'object' if isinstance(value, dict) else 'array' if isinstance(value, list) else 'value'}"


def _count(value: Any, name: str) -> int:
    if type(value) is not int:  # bool is an int subclass, float covers inf and nan
        raise ProtocolError(f"{name} must be an integer, got {_show(value)}")
    if not 0 <= value < MAX_COUNT:
        raise ProtocolError(f"{name} must be in [0, 2**62), got {_show(value)}")
    return value


def _text(value: Any, name: str, limit: int = MAX_TEXT_CHARS) -> str:
    if type(value) is not str:
        raise ProtocolError(f"{name} must be a string, got {_show(value)}")
    if len(value) > limit:
        raise ProtocolError(f"{name} is {len(value):,} characters long (limit {limit:,})")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ProtocolError(f"{name} is not valid Unicode (a lone surrogate)") from None
    return value


def _value(value: Any, name: str) -> str:
    if type(value) is str and not value.isascii():  # encode_value's JSON escapes every other character
        raise ProtocolError(f"{name} is not the JSON text the worker writes (non-ASCII)")
    return _text(value, name, MAX_VALUE_BYTES)


def _digest(value: Any, name: str) -> str:
    text = _text(value, name, 64)
    if not _DIGEST.fullmatch(text):
        raise ProtocolError(f"{name} is not a digest, got {_show(text)}")
    return text


def _flag(value: Any, name: str) -> bool:
    if type(value) is not bool:
        raise ProtocolError(f"{name} must be true or false, got {_show(value)}")
    return value


def _layers(value: Any, name: str) -> tuple[str, ...]:
    if type(value) is not list or len(value) > MAX_LAYERS:
        raise ProtocolError(f"{name} must be a list of at most {MAX_LAYERS} strings, got {_show(value)}")
    return tuple(_text(item, f"{name}[{i}]") for i, item in enumerate(value))


def _error(value: Any, name: str) -> ErrorInfo:
    if type(value) is not dict:
        raise ProtocolError(f"{name} must be an object, got {_show(value)}")
    for key in ("type", "message"):
        if key not in value:
            raise ProtocolError(f"{name} has no {key}")
    line = value.get("line")
    return ErrorInfo(
        type=_text(value["type"], f"{name}.type"), message=_text(value["message"], f"{name}.message"),
        line=None if line is None else _count(line, f"{name}.line"),
        source=_text(value.get("source", ""), f"{name}.source"),
        traceback=_text(value.get("traceback", ""), f"{name}.traceback"))


# wire name -> (Message attribute, check)
_FIELDS: dict[str, tuple[str, Callable[[Any, str], Any]]] = {
    "value": ("value", _value), "digest": ("digest", _digest), "cpu_ns": ("cpu_ns", _count),
    "wall_ns": ("wall_ns", _count), "mutated": ("mutated", _flag), "depth": ("depth", _count),
    "peak": ("peak", _count), "answer_bytes": ("answer_bytes", _count), "count": ("count", _count),
    "calls": ("calls", _count),
    "total": ("total", _count), "error": ("error", _error), "message": ("reason", _text),
    "layers": ("layers", _layers), "entry": ("entry", _text),
}
_WIRE_NAMES = {attribute: wire for wire, (attribute, _) in _FIELDS.items()}


# -- schemas -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Shape:
    """The fields of one status's reply: required ones must be present and not null;
    optional ones may be missing or null."""

    required: frozenset[str] = frozenset()
    optional: frozenset[str] = frozenset()


def _shape(*required: str, optional: tuple[str, ...] = ()) -> Shape:
    return Shape(frozenset(required), frozenset(optional))


_RAISES = {Status.MEMORY: _shape(), Status.EXCEPTION: _shape("error")}  # the solution ran
_REFUSED = {Status.PROTOCOL: _shape("message")}  # the worker did not understand the request

SCHEMAS: dict[Answering, dict[Status, Shape]] = {
    "init": {Status.READY: _shape("entry", "layers"), Status.INVALID: _shape("error", "layers")},
    Op.CALL: {Status.OK: _shape("value", "cpu_ns"), Status.BAD_VALUE: _shape("message", "cpu_ns"), **_RAISES},
    Op.STAGE: {Status.OK: _shape("count")},
    Op.PROBE: {Status.OK: _shape("cpu_ns", "mutated", "digest"), **_RAISES},
    Op.PREPARE: {Status.OK: _shape()},
    Op.RUN: {Status.OK: _shape("cpu_ns", "wall_ns", "calls"), **_RAISES},
    Op.PAUSE: {Status.OK: _shape()},
    # no digest for index -1; the answer's text, so that the counted answer itself is checked
    Op.COUNT: {Status.OK: _shape(optional=("digest", "value")), **_RAISES},
    Op.PACE: {Status.OK: _shape("total")},
    Op.DIGEST: {Status.OK: _shape("digest")},
    Op.RESULT: {Status.OK: _shape("value"), Status.BAD_VALUE: _shape("message")},
    Op.DEPTH: {Status.OK: _shape("depth", "digest"), **_RAISES},
    Op.MEMORY: {Status.OK: _shape("peak", optional=("answer_bytes", "digest")), **_RAISES},
}
for _op in Op:
    if _op is not Op.EXIT:
        SCHEMAS[_op] = {**SCHEMAS[_op], **_REFUSED}


def _status(frame: Any) -> Status:
    if type(frame) is not dict:
        raise ProtocolError(f"the worker sent a frame that is not an object ({_show(frame)})")
    status = frame.get("status")
    if type(status) is not str:
        raise ProtocolError(f"the reply's status must be a string, got {_show(status)}")
    try:
        return Status(status)
    except ValueError:
        raise ProtocolError(f"unknown status {_show(status)}") from None


def parse_reply(frame: Any, answering: Answering) -> Message:
    """The validated reply to `answering` (an op, or "init"); ProtocolError if it breaks the schema."""
    status = _status(frame)
    request = "the init" if answering == "init" else f"a {answering} request"
    shape = SCHEMAS.get(answering, {}).get(status)
    if shape is None:
        raise ProtocolError(f"{request} cannot be answered {status.value!r}")
    fields: dict[str, Any] = {}
    for wire, (attribute, check) in _FIELDS.items():
        if wire not in shape.required and wire not in shape.optional:
            continue
        value = frame.get(wire)
        if value is None:
            if wire in shape.required:
                raise ProtocolError(f"the {status.value!r} reply to {request} has no {wire}")
            continue
        fields[attribute] = check(value, wire)
    return Message(status, **fields)


def parse_any(frame: Any) -> Message:
    """A reply checked field by field without knowing its request: every known field is
    optional. For replies to requests the schemas do not know, and hand-made Replies."""
    status = _status(frame)
    fields: dict[str, Any] = {}
    for wire, (attribute, check) in _FIELDS.items():
        value = frame.get(wire)
        if value is not None:
            fields[attribute] = check(value, wire)
    return Message(status, **fields)


# -- what one request ended with ----------------------------------------------------------------

@dataclass(frozen=True)
class Output:
    """What the process printed during one request, truncated for display."""

    stdout: str = ""
    stderr: str = ""
    stdout_bytes: int = 0
    stderr_bytes: int = 0

    @property
    def total_bytes(self) -> int:
        return self.stdout_bytes + self.stderr_bytes


class _FromFrame(dict[str, Any]):
    """Reply.message when it was derived from Reply.frame (not given by a caller)."""


@dataclass(frozen=True)
class Reply:
    """Facts about one request: how it ended and what the kernel accounted for it, and the
    validated reply frame (`frame`, only when the outcome is "reply"), whose fields are also
    properties here (`reply.status`, `reply.value`, `reply.digest`, ...)."""

    outcome: Outcome
    # DEPRECATED: the reply frame as a dict in the wire's shape, for the callers outside the
    # sandbox that still read it or build Replies from dicts; read the typed fields instead.
    # Given (non-empty), it wins: `frame` is parsed from it (None if it does not validate),
    # so `replace(reply, message=...)` keeps both views in step. Otherwise it is derived
    # from `frame`, so `replace(reply, frame=...)` does too.
    message: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    cpu_s: float = 0.0
    wall_s: float = 0.0
    peak_rss_bytes: int | None = None
    exit_code: int | None = None
    signal: int | None = None
    output: Output = field(default_factory=Output)
    detail: str = ""
    instructions: int | None = None  # what callgrind counted during the request (counting workers)
    frame: Message | None = None

    def __post_init__(self) -> None:
        if self.message and not isinstance(self.message, _FromFrame):
            try:
                frame: Message | None = parse_any(self.message)
            except ProtocolError:
                frame = None
            object.__setattr__(self, "frame", frame)
        else:
            derived = _FromFrame(self.frame.to_dict()) if self.frame is not None else _FromFrame()
            object.__setattr__(self, "message", derived)

    @property
    def status(self) -> Status | None:
        """The worker's status, or None when there was no (valid) reply frame."""
        return self.frame.status if self.frame is not None else None

    @property
    def ok(self) -> bool:
        """A reply frame with status "ok"."""
        return self.outcome == "reply" and self.status is Status.OK

    @property
    def value(self) -> str | None:
        return self.frame.value if self.frame is not None else None

    @property
    def digest(self) -> str | None:
        return self.frame.digest if self.frame is not None else None

    @property
    def cpu_ns(self) -> int | None:
        return self.frame.cpu_ns if self.frame is not None else None

    @property
    def wall_ns(self) -> int | None:
        return self.frame.wall_ns if self.frame is not None else None

    @property
    def mutated(self) -> bool | None:
        return self.frame.mutated if self.frame is not None else None

    @property
    def depth(self) -> int | None:
        return self.frame.depth if self.frame is not None else None

    @property
    def peak(self) -> int | None:
        return self.frame.peak if self.frame is not None else None

    @property
    def answer_bytes(self) -> int | None:
        return self.frame.answer_bytes if self.frame is not None else None

    @property
    def count(self) -> int | None:
        return self.frame.count if self.frame is not None else None

    @property
    def calls(self) -> int | None:
        return self.frame.calls if self.frame is not None else None

    @property
    def error(self) -> ErrorInfo | None:
        return self.frame.error if self.frame is not None else None

    @property
    def reason(self) -> str | None:
        """The worker's explanation of a bad_value or protocol status."""
        return self.frame.reason if self.frame is not None else None

    @property
    def layers(self) -> tuple[str, ...] | None:
        return self.frame.layers if self.frame is not None else None

    @property
    def entry(self) -> str | None:
        return self.frame.entry if self.frame is not None else None


def decode_answer(reply: Reply) -> tuple[Reply, Any]:
    """The answer of an "ok" reply carrying a value (call, result), decoded without trusting
    it: a reply without a JSON text value (only a forged frame can be one) becomes a protocol
    failure, and a value nested deeper than the judge can decode (the worker's recursion
    limit is far higher) a bad value."""
    value = reply.value
    if value is None or reply.frame is None:
        return replace(reply, outcome="protocol", detail="an answer without a JSON text value"), None
    try:
        return reply, json.loads(value)
    except RecursionError:
        frame = replace(reply.frame, status=Status.BAD_VALUE, reason="returned a value nested too deeply to check")
        return replace(reply, frame=frame), None
    except ValueError as exc:
        return replace(reply, outcome="protocol", detail=f"an answer that is not JSON ({str(exc)[:200]})"), None
