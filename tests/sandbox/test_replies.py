"""Replies are validated: every frame is checked against its request's schema before use,
and a frame that breaks it is a protocol violation by the solution, never an exception in
the judge. Unit tests of the parser, then forged frames sent by real solutions."""

from __future__ import annotations

import contextlib
import json
import math
import re
import textwrap
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judge.sandbox import protocol
from judge.sandbox.protocol import MAX_TEXT_CHARS, Op, ProtocolError, Status
from judge.sandbox.replies import (
    SCHEMAS,
    ErrorInfo,
    Message,
    Reply,
    decode_answer,
    parse_any,
    parse_reply,
)
from judge.sandbox.runner import WorkerConfig, WorkerProcess

DIGEST = "0123456789abcdef"
ERROR = {"type": "IndexError", "message": "list index out of range", "line": 2, "source": "return a[9]",
         "traceback": '  File "s.py", line 2\n'}

# What the worker really sends, one per (request, status).
GOOD: list[tuple[Op | str, dict[str, Any]]] = [
    ("init", {"status": "ready", "entry": "function f()", "layers": ["rlimits", "seccomp"]}),
    ("init", {"status": "invalid", "error": {**ERROR, "type": "NoEntry", "line": None}, "layers": []}),
    (Op.CALL, {"status": "ok", "value": "[1,2]", "cpu_ns": 1234}),
    (Op.CALL, {"status": "bad_value", "message": "returned a value of type object", "cpu_ns": 0}),
    (Op.CALL, {"status": "exception", "error": ERROR}),
    (Op.CALL, {"status": "memory"}),
    (Op.STAGE, {"status": "ok", "count": 3}),
    (Op.PROBE, {"status": "ok", "cpu_ns": 5, "mutated": False, "digest": DIGEST}),
    (Op.PREPARE, {"status": "ok"}),
    (Op.RUN, {"status": "ok", "cpu_ns": 5, "wall_ns": 6, "calls": 2}),
    (Op.PAUSE, {"status": "ok"}),
    (Op.COUNT, {"status": "ok", "digest": None}),
    (Op.COUNT, {"status": "ok", "digest": "unencodable"}),
    (Op.PACE, {"status": "ok", "total": 70_000}),
    (Op.DIGEST, {"status": "ok", "digest": DIGEST}),
    (Op.RESULT, {"status": "ok", "value": '"x"'}),
    (Op.RESULT, {"status": "bad_value", "message": "returned value is 70000000 bytes of JSON"}),
    (Op.DEPTH, {"status": "ok", "depth": 51, "digest": DIGEST}),
    (Op.MEMORY, {"status": "ok", "peak": 0, "digest": DIGEST}),
    (Op.PREPARE, {"status": "protocol", "message": "unknown op 'x'"}),
]


@pytest.mark.parametrize(("answering", "frame"), GOOD, ids=lambda x: str(x)[:40])
def test_the_workers_replies_are_accepted_and_keep_their_shape(answering: Any, frame: dict[str, Any]) -> None:
    message = parse_reply(frame, answering)
    assert isinstance(message.status, Status)
    assert message.to_dict() == {k: v for k, v in frame.items() if v is not None}


def test_fields_are_typed() -> None:
    ready = parse_reply(GOOD[0][1], "init")
    assert ready.layers == ("rlimits", "seccomp") and ready.entry == "function f()"
    error = parse_reply({"status": "exception", "error": ERROR}, Op.PROBE).error
    assert error == ErrorInfo("IndexError", "list index out of range", 2, "return a[9]", '  File "s.py", line 2\n')
    bad = parse_reply({"status": "bad_value", "message": "why", "cpu_ns": 1}, Op.CALL)
    assert bad.reason == "why" and bad.status is Status.BAD_VALUE


def test_unknown_fields_are_dropped() -> None:
    """The forged_report fixture's frame: its "verdict" never reaches the judge."""
    frame = {"status": "ok", "value": json.dumps("accepted"), "cpu_ns": 0, "verdict": "accepted"}
    message = parse_reply(frame, Op.CALL)
    assert message == Message(Status.OK, value='"accepted"', cpu_ns=0)
    assert "verdict" not in message.to_dict()


FORGED: list[tuple[str, Op | str, Any, str]] = [
    ("ready with layers 5", "init", {"status": "ready", "layers": 5, "entry": "f()"}, "layers must be a list"),
    ("ready answering a call", Op.CALL, {"status": "ready", "layers": [], "entry": "f()"}, "cannot be answered"),
    ("error as a string", Op.CALL, {"status": "exception", "error": "boom"}, "error must be an object"),
    ("error without type", Op.CALL, {"status": "exception", "error": {"message": "m"}}, "has no type"),
    ("negative error line", Op.CALL, {"status": "exception", "error": {**ERROR, "line": -1}}, "error.line"),
    ("huge integer", Op.CALL, {"status": "ok", "value": "1", "cpu_ns": 10**4000}, "an integer of 13,288 bits"),
    ("2**62", Op.RUN, {"status": "ok", "cpu_ns": 2**62, "wall_ns": 0, "calls": 0}, "must be in"),
    ("peak of infinity", Op.MEMORY, {"status": "ok", "peak": math.inf, "digest": DIGEST}, "peak must be an integer"),
    ("peak of nan", Op.MEMORY, {"status": "ok", "peak": math.nan, "digest": DIGEST}, "peak must be an integer"),
    ("float cpu_ns", Op.CALL, {"status": "ok", "value": "1", "cpu_ns": 1.0}, "cpu_ns must be an integer"),
    ("negative cpu_ns", Op.CALL, {"status": "ok", "value": "1", "cpu_ns": -5}, "cpu_ns must be in"),
    ("bool as an int", Op.CALL, {"status": "ok", "value": "1", "cpu_ns": True}, "cpu_ns must be an integer"),
    ("int as a bool", Op.PROBE, {"status": "ok", "cpu_ns": 1, "mutated": 1, "digest": DIGEST}, "true or false"),
    ("int as a str", Op.CALL, {"status": "ok", "value": 12, "cpu_ns": 1}, "value must be a string"),
    ("no value", Op.CALL, {"status": "ok", "cpu_ns": 1}, "has no value"),
    ("null value", Op.RESULT, {"status": "ok", "value": None}, "has no value"),
    ("non-ASCII value", Op.RESULT, {"status": "ok", "value": '"é"'}, "non-ASCII"),
    ("overlong text", Op.CALL, {"status": "bad_value", "message": "x" * (MAX_TEXT_CHARS + 1), "cpu_ns": 1},
     "characters long"),
    ("lone surrogate", Op.CALL, {"status": "exception", "error": {**ERROR, "message": "\ud800"}}, "surrogate"),
    ("bad digest", Op.DIGEST, {"status": "ok", "digest": "zz"}, "not a digest"),
    ("layer not a str", "init", {"status": "ready", "entry": "f()", "layers": [1]}, "layers[0]"),
    ("too many layers", "init", {"status": "ready", "entry": "f()", "layers": ["a"] * 65}, "at most"),
    ("unknown status", Op.CALL, {"status": "accepted"}, "unknown status"),
    ("status not a str", Op.CALL, {"status": 1}, "status must be a string"),
    ("no status", Op.CALL, {"value": "1"}, "status must be a string"),
    ("a list", Op.CALL, [1, 2], "not an object"),
    ("a string", Op.CALL, "ok", "not an object"),
    ("null", Op.CALL, None, "not an object"),
    ("a reply to exit", Op.EXIT, {"status": "ok"}, "cannot be answered"),
]


@pytest.mark.parametrize(("answering", "frame", "why"), [f[1:] for f in FORGED], ids=[f[0] for f in FORGED])
def test_forged_frames_are_protocol_errors(answering: Any, frame: Any, why: str) -> None:
    with pytest.raises(ProtocolError, match=re.escape(why)) as caught:
        parse_reply(frame, answering)
    assert len(str(caught.value)) < 300  # the detail names the problem, not the data


@pytest.mark.parametrize("body", [
    b'{"status":"ok","value":"1","cpu_ns":' + b"9" * 25_000 + b"}",  # beyond protocol.INT_DIGITS: ValueError
    b"[" * 100_000,  # RecursionError
    b'{"status": "ok", "value": "1"',
    b"\xff\xfe",
])
def test_undecodable_bodies_are_protocol_errors(body: bytes) -> None:
    with pytest.raises(ProtocolError, match="malformed frame"):
        protocol.decode(body)


def test_json_constants_decode_but_never_validate() -> None:
    for constant in (b"Infinity", b"-Infinity", b"NaN", b"1e999"):
        frame = protocol.decode(b'{"status":"ok","peak":' + constant + b',"digest":"' + DIGEST.encode() + b'"}')
        with pytest.raises(ProtocolError, match="peak must be an integer"):
            parse_reply(frame, Op.MEMORY)


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                    max_leaves=12)
FIELDS = st.dictionaries(st.sampled_from(["status", "value", "digest", "cpu_ns", "wall_ns", "mutated", "depth",
                                          "peak", "count", "calls", "total", "error", "message", "layers", "entry"]),
                         JSON | st.sampled_from([s.value for s in Status]), max_size=6)


@settings(max_examples=300, deadline=None)
@given(frame=JSON | FIELDS, answering=st.sampled_from([*Op, "init"]))
def test_any_frame_is_a_message_or_a_protocol_error(frame: Any, answering: Any) -> None:
    try:
        message = parse_reply(frame, answering)
    except ProtocolError:
        return
    assert message.status in SCHEMAS[answering]
    assert parse_reply(message.to_dict(), answering) == message


def test_parse_any_checks_every_known_field_without_a_schema() -> None:
    lenient = parse_any({"status": "ready", "value": "1", "error": {"type": "E", "message": "m"}})
    assert lenient.value == "1" and lenient.error == ErrorInfo("E", "m")
    with pytest.raises(ProtocolError):
        parse_any({"status": "ok", "cpu_ns": -1})


# -- Reply: typed fields, and the deprecated dict view ---------------------------------------------

def test_reply_built_from_a_frame_derives_the_dict() -> None:
    reply = Reply("reply", cpu_s=0.1, frame=Message(Status.OK, value="[1]", cpu_ns=3))
    assert reply.ok and reply.value == "[1]" and reply.cpu_ns == 3 and reply.error is None
    assert reply.message == {"status": "ok", "value": "[1]", "cpu_ns": 3}
    memory = replace(reply, frame=Message(Status.MEMORY))
    assert memory.status is Status.MEMORY and memory.message == {"status": "memory"}
    assert replace(reply, outcome="protocol").frame == reply.frame
    assert Reply("timeout").status is None and Reply("timeout").message == {}


def test_reply_built_from_a_dict_still_works() -> None:
    """The deprecated constructor: callers outside the sandbox build Replies from dicts."""
    reply = Reply("reply", {"status": "ok", "value": "3"}, cpu_s=0.2)
    assert reply.status is Status.OK and reply.value == "3" and reply.message["value"] == "3"
    bad = replace(reply, message={**reply.message, "status": "bad_value", "message": "too deep"})
    assert bad.status is Status.BAD_VALUE and bad.reason == "too deep" and bad.cpu_s == 0.2
    odd = Reply("reply", {"status": "ok", "value": 12})  # kept as given, but no typed view
    assert odd.status is None and odd.message == {"status": "ok", "value": 12}
    assert Reply("reply", {}).status is None


def test_decode_answer() -> None:
    ok = Reply("reply", frame=Message(Status.OK, value="[1,2]", cpu_ns=0))
    assert decode_answer(ok) == (ok, [1, 2])
    deep, value = decode_answer(replace(ok, frame=Message(Status.OK, value="[" * 100_000 + "]" * 100_000)))
    assert value is None and deep.status is Status.BAD_VALUE and "nested too deeply" in (deep.reason or "")
    broken, _ = decode_answer(replace(ok, frame=Message(Status.OK, value="{not json")))
    assert broken.outcome == "protocol" and "not JSON" in broken.detail
    empty, _ = decode_answer(Reply("reply", frame=Message(Status.OK)))
    assert empty.outcome == "protocol"


# -- forged frames from a real solution ------------------------------------------------------------

FORGER = """\
    import os, struct, sys

    def f():
        body = {body!r}
        os.write(int(sys.argv[2]), struct.pack(">I", len(body)) + body)
        return 1
    """


@contextlib.contextmanager
def forger(body: bytes) -> Iterator[WorkerProcess]:
    config = WorkerConfig(source=textwrap.dedent(FORGER).format(body=body), filename="/forger.py", entry="f")
    with WorkerProcess(config) as process:
        assert process.start().status is Status.READY
        yield process


@pytest.mark.parametrize(("body", "why"), [
    (b'{"status":"ready","layers":5}', "cannot be answered 'ready'"),
    (b'{"status":"exception","error":"boom"}', "error must be an object"),
    (b'{"status":"ok","value":"1","cpu_ns":' + b"9" * 25_000 + b"}", "malformed frame"),
    (b'{"status":"ok","value":"1","cpu_ns":' + b"9" * 4000 + b"}", "cpu_ns must be in"),
    (b'{"status":"ok","value":"1","cpu_ns":-1}', "cpu_ns must be in"),
    (b'{"status":"ok","value":"1","cpu_ns":true}', "cpu_ns must be an integer"),
    (b'{"status":"ok","value":"1","cpu_ns":NaN}', "cpu_ns must be an integer"),
    (b"[1, 2]", "not an object"),
    (b"[" * 50_000, "malformed frame"),
])
def test_a_forged_reply_is_a_protocol_outcome(body: bytes, why: str) -> None:
    with forger(body) as process:
        reply = process.call({}, cpu_limit_s=5.0, wall_limit_s=10.0)
        assert reply.outcome == "protocol" and why in reply.detail, reply
        assert reply.status is None and reply.frame is None
        assert not process.alive  # the channel is not trusted any more


def test_a_forged_peak_of_infinity_is_a_protocol_outcome() -> None:
    with forger(b'{"status":"ok","peak":Infinity,"digest":"' + DIGEST.encode() + b'"}') as process:
        assert process.stage([{}], cpu_limit_s=5.0, wall_limit_s=10.0).count == 1
        reply = process.memory(0, cpu_limit_s=5.0, wall_limit_s=10.0)
    assert reply.outcome == "protocol" and "peak must be an integer, got inf" in reply.detail, reply
