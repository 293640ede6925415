"""The worker's request handlers, called in-process (no sandbox, no pipes)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections import deque

import pytest

from judge.sandbox import protocol, worker
from judge.sandbox.protocol import Op, Status
from judge.sandbox.replies import parse_reply


def test_pace_workload_is_warm_before_the_first_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """CPython 3.11 runs a function's first seven calls unspecialised (~1.5x slower): if
    those were the first size's pace readings, every ladder's first size would be scaled
    ~35% too fast. Staging the first size warms the workload, outside any timed request."""
    calls: list[str] = []

    def counted() -> int:
        calls.append("call")
        return 0

    monkeypatch.setattr(worker, "_pace_workload", counted)
    w = worker.Worker(-1, -1)
    w.op_stage({"inputs": [[1, 2]]})
    assert len(calls) == worker.PACE_WARMUP >= 8
    w.op_stage({"inputs": [[3, 4]]})  # once per worker, not per size
    assert len(calls) == worker.PACE_WARMUP
    assert w.op_pace({})["status"] == "ok"
    assert len(calls) == worker.PACE_WARMUP + 1


def test_pace_workload_is_fixed() -> None:
    assert worker._pace_workload() == sum(i & 7 for i in range(worker.PACE_LOOPS))


def test_every_op_has_a_handler_and_every_handler_an_op() -> None:
    handlers = {name[3:] for name in vars(worker.Worker) if name.startswith("op_")}
    assert handlers == {op.value for op in Op if op is not Op.EXIT}


def test_digest_and_encoding_live_in_the_protocol_unchanged() -> None:
    assert worker.digest is protocol.digest and worker.encode_value is protocol.encode_value
    assert protocol.encode_value({3, 1, 2}) == "[1,2,3]"
    assert protocol.encode_value({"a": (1, 2), "b": range(2), "c": deque([1])}) == '{"a":[1,2],"b":[0,1],"c":[1]}'
    assert protocol.encode_value({1, "a"}) in ('[1,"a"]', '["a",1]')  # unsortable: any order
    assert protocol.digest([1, 2]) == hashlib.sha256(b"[1,2]").hexdigest()[:16]
    assert protocol.digest(object()) == "unencodable"
    with pytest.raises(TypeError, match="type object"):
        protocol.encode_value(object())


def test_the_judge_side_does_not_import_the_worker() -> None:
    """Importing worker.py edits sys.path: the judge's side of the sandbox must not need it."""
    code = ("import sys; before = list(sys.path); "
            "import judge.sandbox.runner, judge.sandbox.client, judge.sandbox.replies; "
            "assert 'judge.sandbox.worker' not in sys.modules and sys.path == before")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_texts_are_clipped_so_the_judge_accepts_them() -> None:
    """A solution's exception with a huge message, a lone surrogate and a very long type
    name still gives an "exception" reply the judge's schema accepts."""
    source = "class " + "E" * 500 + "(Exception):\n    pass\n\ndef f():\n    raise " + "E" * 500 + \
             "('\\ud800' + 'x' * 100_000)\n"
    w = worker.Worker(-1, -1)
    w.solution = worker.Solution(source, "/s.py", "f", None)
    frame = protocol.decode(protocol.encode(w.op_call({"args": {}}))[protocol.HEADER.size:])
    message = parse_reply(frame, Op.CALL)
    assert message.status is Status.EXCEPTION and message.error is not None
    assert message.error.type.startswith("EEE") and len(message.error.message) <= worker.MESSAGE_CHARS + 3
    assert message.error.line == 5


def test_in_process_replies_pass_their_schemas() -> None:
    w = worker.Worker(-1, -1)
    w.solution = worker.Solution("def f(nums):\n    return sorted(nums)\n", "/s.py", "f", None)
    requests: list[tuple[Op, dict[str, object]]] = [
        (Op.CALL, {"args": {"nums": [2, 1]}}), (Op.STAGE, {"inputs": [{"nums": [3, 1]}]}),
        (Op.PROBE, {"index": 0}), (Op.RESULT, {"which": "probe"}), (Op.PREPARE, {"indices": [0], "fresh": True}),
        (Op.RUN, {}), (Op.DIGEST, {}), (Op.PACE, {}), (Op.DEPTH, {"index": 0}), (Op.MEMORY, {"index": 0}),
        (Op.PAUSE, {}), (Op.RESULT, {"which": "observed"}),
    ]
    for op, fields in requests:
        reply = json.loads(json.dumps(getattr(w, f"op_{op.value}")({"op": op.value, **fields})))
        assert parse_reply(reply, op).status is Status.OK, (op, reply)


def test_long_integer_answers_travel_both_ways() -> None:
    """Exact answers past CPython's default 4,300-digit conversion limit (unique_paths on a
    4096 x 4096 grid has 2,464 digits; 10**5000 has 5,001)."""
    value = 10**5000 + 7
    assert json.loads(protocol.encode_value(value)) == value
