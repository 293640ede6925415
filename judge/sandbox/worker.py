"""The process that runs untrusted solution code, driven by frames from the judge.

Started as `python -I worker.py REQ_FD RESP_FD`. It imports everything it needs, confines
itself (isolation layers), then compiles the solution it was sent and answers requests.
It reports facts only (values, exceptions, self-measured times); the judge decides.
Standard library only, so that start-up is fast and nothing of the judge's leaks in.

A counting worker (init["counter"] set) confines itself natively as far as Valgrind
allows, then re-executes itself under callgrind (`_exec_under_valgrind`) with a state
file as a third argument, and answers `count` requests there: callgrind counts the
instructions of one call, which the judge reads from callgrind's dump.
"""

from __future__ import annotations

import contextlib
import gc
import json
import marshal
import os
import signal
import sys
import time
import traceback
import tracemalloc
from collections import deque
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from judge.sandbox import client_request, protocol
from judge.sandbox.protocol import Op, Status, digest, encode_value
from judge.sandbox.solution import Solution

try:
    from judge.sandbox import isolation
except ImportError:  # pragma: no cover - only when the package is broken
    isolation = None  # type: ignore[assignment]
del sys.path[0]

MARSHAL_VERSION = 2  # no back-references: equal values give equal bytes whatever their refcounts
# The texts of a reply are clipped (the judge refuses any beyond protocol.MAX_TEXT_CHARS):
MESSAGE_CHARS = 2000  # an exception's message, why a value is bad
SOURCE_CHARS = 1000  # the source line an exception names
TRACEBACK_CHARS = 4000  # the solution's last frames (their end is kept)
NAME_CHARS = 200  # an exception's type name, the entry's description
PACE_LOOPS = 20_000  # the reference workload of op_pace: about 1 ms of interpreter work
PACE_WARMUP = 10  # calls before the first reading: CPython 3.11 specialises a function from its 8th call
COUNT_WARMUP = 16  # uncounted calls before the first count, for the same reason
COUNT_WARMUP_NS = 500_000_000  # ... at most this much CPU time of them (a costly small call needs no more)

# Everything the measuring code calls, bound now, before any solution code runs: a solution
# that replaces marshal.dumps, time.thread_time_ns, gc.disable or tracemalloc.stop changes
# its own module attributes, never what the worker calls (nor where its work is measured).
_loads, _dumps = marshal.loads, marshal.dumps
_thread_time_ns, _perf_counter_ns = time.thread_time_ns, time.perf_counter_ns
_gc_collect, _gc_disable, _gc_enable = gc.collect, gc.disable, gc.enable
_tm_start, _tm_stop, _tm_is_tracing = tracemalloc.start, tracemalloc.stop, tracemalloc.is_tracing
_tm_traced, _tm_reset_peak, _tm_traceback = (tracemalloc.get_traced_memory, tracemalloc.reset_peak,
                                              tracemalloc.get_object_traceback)
_setprofile = sys.setprofile
_LAZY = (map, filter, zip, reversed)  # answers whose reading runs code


def _pace_workload() -> int:
    """Plain bytecode, no builtins: nothing the solution could have replaced.

    Its first seven calls run unspecialised, about 1.5x slower (measured: 1.25 ms, then
    0.85 ms from the 8th call on, while a solution's calls stay as fast): one reading per
    block, they would make the first size of every ladder look 35% faster than it is.
    """
    i = total = 0
    while i < PACE_LOOPS:
        total += i & 7
        i += 1
    return total


def _clip(text: str, limit: int = MESSAGE_CHARS, *, tail: bool = False) -> str:
    """At most `limit` characters (+ "...") that UTF-8 can encode: the judge refuses longer
    texts, and a lone surrogate (raise ValueError("\\ud800")) would make the reply unencodable."""
    if len(text) > limit:
        text = text[-limit:] if tail else text[:limit] + "..."
    return text if text.isascii() else text.encode("utf-8", "replace").decode("utf-8")


def describe_exception(exc: BaseException, filename: str) -> dict[str, Any]:
    # Only the solution's last 8 frames are summarised: a traceback from unbounded recursion
    # has hundreds of thousands of frames, and summarising them all would itself run out of
    # memory under the solution's limit (and crash the worker).
    recent: deque[Any] = deque(maxlen=8)
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            recent.append(tb)
        tb = tb.tb_next
    frames = [traceback.extract_tb(node, limit=1)[0] for node in recent]
    last = frames[-1] if frames else None
    shown = traceback.format_list(frames) if frames else []
    return {
        "type": _clip(type(exc).__name__, NAME_CHARS),
        "message": _clip(str(exc)),
        "line": last.lineno if last else None,
        "source": _clip((last.line or "") if last else "", SOURCE_CHARS),
        "traceback": _clip("".join(shown), TRACEBACK_CHARS, tail=True),
    }


def _bare_error(kind: str, message: str = "", line: int | None = None, source: str = "") -> dict[str, Any]:
    return {"type": _clip(kind, NAME_CHARS), "message": _clip(message), "line": line,
            "source": _clip(source, SOURCE_CHARS), "traceback": ""}


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()


class Worker:
    def __init__(self, req_fd: int, resp_fd: int, state: str | None = None) -> None:
        self.req_fd = req_fd
        self.resp_fd = resp_fd
        self.state = state  # set when this is the counting worker, re-executed under Valgrind
        self.counting = False  # the warm-up calls are done
        self.instrumented = False  # callgrind's instrumentation is on
        self.solution: Solution | None = None
        self.staged: list[bytes] = []
        self.objects: list[Any] = []
        self.block: list[Any] = []
        self.probe_value: Any = None
        self.observed: Any = None  # the answer for the first input of the last timed/memory run
        self.pace_ready = False
        # Thread CPU time: with RLIMIT_CPU set the kernel keeps the process-wide CPU clock only
        # to the scheduler tick, which reads 0 for calls shorter than a few milliseconds.
        self._clock = _thread_time_ns
        self._wall = _perf_counter_ns

    def send(self, message: dict[str, Any]) -> None:
        _flush()
        protocol.write_frame(self.resp_fd, message)

    def serve(self) -> None:
        # A judge started from a background shell passes SIGINT on as ignored; the solution
        # must see the same Python it would anywhere (Ctrl-C semantics: KeyboardInterrupt).
        signal.signal(signal.SIGINT, signal.default_int_handler)
        layers: list[str] = []
        if self.state is not None:
            init, layers = self._resume_under_valgrind(self.state)
        else:
            init = protocol.read_frame(self.req_fd)
            if init.get("counter"):
                self._exec_under_valgrind(init)  # does not return
            if isolation is not None and init.get("confine", True):
                limits = isolation.Limits(**init["limits"])
                layers = list(isolation.confine(init["scratch"], limits))
        sys.setrecursionlimit(int(init.get("recursion_limit", 1_000_000)))
        try:
            self.solution = Solution(init["source"], init["filename"], init["entry"], init.get("returns"),
                                     init.get("method"), tuple(init.get("params") or ()),
                                     types=init.get("types") or {}, design=bool(init.get("design")),
                                     codec=init.get("codec"), codec_stage=init.get("codec_stage") or "both")
        except SyntaxError as exc:
            error = _bare_error("SyntaxError", exc.msg or "invalid syntax", exc.lineno, (exc.text or "").rstrip("\n"))
            self.send({"status": Status.INVALID, "error": error, "layers": layers})
            return
        except LookupError as exc:
            self.send({"status": Status.INVALID, "error": _bare_error("NoEntry", str(exc)), "layers": layers})
            return
        except BaseException as exc:
            self.send({"status": Status.INVALID, "error": describe_exception(exc, init["filename"]), "layers": layers})
            return
        self.send({"status": Status.READY, "entry": _clip(self.solution.description, NAME_CHARS), "layers": layers})
        while True:
            request = protocol.read_frame(self.req_fd)
            try:
                op = Op(request.get("op"))
            except (ValueError, TypeError):
                self.send({"status": Status.PROTOCOL, "message": _clip(f"unknown op {request.get('op')!r}")})
                continue
            if op is Op.EXIT:
                return
            self.send(getattr(self, f"op_{op.value}")(request))

    def _exec_under_valgrind(self, init: dict[str, Any]) -> None:
        """Confine what Valgrind cannot (Landlock, and the seccomp filter as BPF), hand the
        init over in a state file, and become `callgrind ... python worker.py` (same PID,
        same pipes). Instrumentation starts off: Python's start-up runs at Valgrind's
        uninstrumented speed, about 2.5x faster."""
        counter = init["counter"]
        layers: tuple[str, ...] = ()
        program: bytes | None = None
        if isolation is not None and init.get("confine", True):
            handover = isolation.Handover(
                read=tuple(counter["read"]), list_dirs=tuple(counter["list_dirs"]),
                execute=(counter["tool"],), write=(counter["out"],))
            layers, program = isolation.confine_before_valgrind(init["scratch"], handover)
        state = os.path.join(init["scratch"], ".worker-state.json")  # the dump folder is write-only
        with open(state, "w", encoding="utf-8") as fh:
            json.dump({"init": init, "layers": list(layers), "bpf": program.hex() if program else None}, fh)
        env = {"VALGRIND_LAUNCHER": counter["launcher"], "VALGRIND_LIB": counter["libdir"],
               "TMPDIR": init["scratch"], "HOME": init["scratch"], "PYTHONHASHSEED": "0",
               "GLIBC_TUNABLES": counter["tunables"],
               **{k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ")}}
        argv = [*counter["argv"], str(self.req_fd), str(self.resp_fd), state]
        _flush()
        os.execve(counter["tool"], argv, env)

    def _resume_under_valgrind(self, state_path: str) -> tuple[dict[str, Any], list[str]]:
        """Read the native half's state and apply the layers that work under Valgrind."""
        with open(state_path, encoding="utf-8") as fh:
            state = json.load(fh)
        os.unlink(state_path)
        import site  # started with -S (no site-packages to scan): the builtins site adds

        site.setquit()
        site.setcopyright()
        site.sethelper()
        init = state["init"]
        layers = list(state["layers"])
        with contextlib.suppress(OSError, KeyError, TypeError):
            os.close(int(init["counter"]["log_fd"]))  # Valgrind writes its log through its own copy
        if isolation is not None and init.get("confine", True):
            program = bytes.fromhex(state["bpf"]) if state.get("bpf") else None
            layers += isolation.confine_under_valgrind(isolation.Limits(**init["limits"]), program)
        return init, layers

    def _guarded(self, thunk: Any) -> dict[str, Any]:
        assert self.solution is not None
        try:
            return thunk()
        except MemoryError:
            self.block, self.objects, self.probe_value = [], [], None
            _gc_collect()
            return {"status": Status.MEMORY}
        except BaseException as exc:
            try:
                error = describe_exception(exc, self.solution.filename)
            except Exception:  # e.g. MemoryError while describing it: still answer
                error = _bare_error(type(exc).__name__)
            return {"status": Status.EXCEPTION, "error": error}

    def op_call(self, request: dict[str, Any]) -> dict[str, Any]:
        """One test: call, then encode the value (encoding errors are the solution's)."""
        solution = self.solution
        assert solution is not None

        def run() -> dict[str, Any]:
            call = solution.prepare(request["args"])  # typed inputs built before the clock starts
            start = self._clock()
            value = solution.invoke(call)
            cpu = self._clock() - start
            value = solution.finish(call, value)
            try:
                text = encode_value(value)
            except (TypeError, ValueError, OverflowError) as exc:
                return {"status": Status.BAD_VALUE, "message": _clip(str(exc)), "cpu_ns": cpu}
            return {"status": Status.OK, "value": text, "cpu_ns": cpu}

        return self._guarded(run)

    def op_stage(self, request: dict[str, Any]) -> dict[str, Any]:
        """Keep inputs as marshal blobs so every timed call can get a fresh, unmutated copy."""
        self.staged = [_dumps(args, MARSHAL_VERSION) for args in request["inputs"]]
        counted = self.state is not None  # counted calls always get a fresh copy
        self.objects = [] if counted else [_loads(blob) for blob in self.staged]
        self.block, self.probe_value, self.observed = [], None, None  # free the last size's answers
        if self.state is not None and not self.counting:
            self._warm_then_count()
        if not self.pace_ready and not counted:  # untimed: before the ladder's first pace reading
            # (never under callgrind: nothing there is paced, and instrumented it took 0.8 s)
            for _ in range(PACE_WARMUP):
                _pace_workload()
            self.pace_ready = True
        return {"status": Status.OK, "count": len(self.staged)}

    def op_probe(self, request: dict[str, Any]) -> dict[str, Any]:
        """One call on a fresh copy: its time, its value, and whether it changed its input."""
        solution = self.solution
        assert solution is not None

        def run() -> dict[str, Any]:
            blob = self.staged[request["index"]]
            args = _loads(blob)
            call = solution.prepare(args)
            start = self._clock()
            value = _settled(solution.invoke(call))
            cpu = self._clock() - start
            value = solution.finish(call, value)
            try:
                mutated = bool(solution.returns) or solution.shaped or _dumps(args, MARSHAL_VERSION) != blob
            except ValueError:
                mutated = True
            self.probe_value = value
            return {"status": Status.OK, "cpu_ns": cpu, "mutated": mutated, "digest": digest(value)}

        return self._guarded(run)

    def op_prepare(self, request: dict[str, Any]) -> dict[str, Any]:
        """The inputs of the next timed block: fresh copies, or the staged objects when safe."""
        if request.get("fresh", True):
            prepare = self.solution.prepare if self.solution is not None else (lambda args: args)
            self.block = [prepare(_loads(self.staged[i])) for i in request["indices"]]
        else:
            self.block = [self.objects[i] for i in request["indices"]]
        _gc_collect()
        return {"status": Status.OK}

    def op_run(self, request: dict[str, Any]) -> dict[str, Any]:
        """Time the prepared block as a whole (GC off, as timeit does); values are dropped."""
        solution = self.solution
        assert solution is not None

        def run() -> dict[str, Any]:
            block, self.block = self.block, []
            call = solution.invoke
            rest = iter(block)
            first = None
            _gc_disable()
            try:
                wall, start = self._wall(), self._clock()
                if block:
                    first = _settled(call(next(rest)))
                for args in rest:
                    _settled(call(args))
                cpu, wall = self._clock() - start, self._wall() - wall
            finally:
                _gc_enable()
            # Read back when fetched, not here: the judge times this request as a whole.
            self.observed = _Unread(block[0], first) if block else None
            # No fingerprint here: the judge times this whole request from the kernel's
            # accounting, and hashing a large answer costs as much as sorting it.
            return {"status": Status.OK, "cpu_ns": cpu, "wall_ns": wall, "calls": len(block)}

        return self._guarded(run)

    def _warm_then_count(self) -> None:
        """Call the solution COUNT_WARMUP times on each staged input, uncounted, then switch
        callgrind's instrumentation on for good (switching costs ~0.1 s: once only).

        CPython 3.11 specialises a function's bytecode from its 8th call; cold calls cost up
        to 1.3x more instructions (measured: a bisect call read 8,600 at n = 8..32, then
        6,660 at n = 64, where its 8th call fell), which bends the small sizes of a ladder.
        A warm-up call that fails is not reported here: the counted call will fail the same way.
        Calls that cost more than COUNT_WARMUP_NS in all end it early: small inputs that slow
        are too slow to measure anyway, and the warm-up must not outlast the budget.
        """
        solution = self.solution
        assert solution is not None
        self.counting = True
        until = _thread_time_ns() + COUNT_WARMUP_NS
        with contextlib.suppress(Exception):
            for _ in range(COUNT_WARMUP):
                for staged in self.staged:  # every input: each may take other paths through the code
                    solution.call(_loads(staged))
                if _thread_time_ns() > until:
                    break
        client_request.request(client_request.START_INSTRUMENTATION)

    def op_pause(self, request: dict[str, Any]) -> dict[str, Any]:
        """Switch callgrind's instrumentation off until the next count: copying a large
        input in uninstrumented costs a fifth of the time (switching on again ~0.1 s)."""
        if self.counting and self.instrumented:
            client_request.request(client_request.STOP_INSTRUMENTATION)
            self.instrumented = False
        return {"status": Status.OK}

    def op_count(self, request: dict[str, Any]) -> dict[str, Any]:
        """One call on a fresh copy, between two of callgrind's DUMP_STATS requests:
        the judge reads its instruction count from the dump. Index -1 counts an empty region
        (the requests' own cost, subtracted by the judge). GC off, as in timed blocks."""
        solution = self.solution
        assert solution is not None

        def run() -> dict[str, Any]:
            index = int(request["index"])
            args = solution.prepare(_loads(self.staged[index])) if index >= 0 else None
            if not self.instrumented:
                client_request.request(client_request.START_INSTRUMENTATION)
                self.instrumented = True
            self.observed = None
            issue = client_request.request
            _gc_disable()
            try:
                # Zero, call, dump: the judge checks the exact sequence in Valgrind's log, so a
                # request of the solution's own shows. (A first dump instead of the zeroing
                # wrote the worker's own costs out at every count: 2x the request's time.)
                if args is None:
                    issue(client_request.ZERO_STATS)
                    issue(client_request.DUMP_STATS)
                    value = None
                else:
                    issue(client_request.ZERO_STATS)
                    value = _settled(solution.invoke(args))
                    issue(client_request.DUMP_STATS)
            finally:
                _gc_enable()
            if args is not None:
                value = solution.finish(args, value)
            self.observed = value
            if args is None:
                return {"status": Status.OK, "digest": None}
            try:  # the answer itself: the judge checks every counted answer (not a re-run's)
                return {"status": Status.OK, "digest": digest(value), "value": encode_value(value)}
            except (TypeError, ValueError, OverflowError, RecursionError):
                return {"status": Status.OK, "digest": digest(value)}

        return self._guarded(run)

    def _observed(self) -> Any:
        """The answer of the last measured run's first input, read back now if op_run left it raw."""
        if isinstance(self.observed, _Unread) and self.solution is not None:
            self.observed = self.solution.finish(self.observed.call, self.observed.value)
        return self.observed

    def op_pace(self, request: dict[str, Any]) -> dict[str, Any]:
        """A fixed workload the judge times from the kernel beside each timed block.

        A shared host changes the pace of a vCPU by up to 1.7x over seconds (measured:
        the same loop took 10.3 to 18 ms of CPU time on an idle guest), so blocks at
        different sizes are scaled by the pace measured next to them.
        """
        return {"status": Status.OK, "total": _pace_workload()}

    def op_digest(self, request: dict[str, Any]) -> dict[str, Any]:
        """The fingerprint of the last timed block's first answer, in a request of its own."""
        return {"status": Status.OK, "digest": digest(self._observed())}

    def op_result(self, request: dict[str, Any]) -> dict[str, Any]:
        """The value of the last probe call (or of the last timed/memory run), to be checked."""
        value = self._observed() if request.get("which") == "observed" else self.probe_value
        try:
            return {"status": Status.OK, "value": encode_value(value)}
        except (TypeError, ValueError, OverflowError, RecursionError) as exc:
            return {"status": Status.BAD_VALUE, "message": _clip(str(exc))}

    def op_depth(self, request: dict[str, Any]) -> dict[str, Any]:
        """Maximum call depth of one call on a fresh copy (a profile hook, no tracemalloc)."""
        solution = self.solution
        assert solution is not None

        def run() -> dict[str, Any]:
            args = solution.prepare(_loads(self.staged[request["index"]]))
            depth = [0, 0]

            def profile(frame: Any, event: str, arg: Any) -> None:
                if event == "call":
                    depth[0] += 1
                    if depth[0] > depth[1]:
                        depth[1] = depth[0]
                elif event == "return":
                    depth[0] -= 1

            _setprofile(profile)
            try:
                value = _settled(solution.invoke(args))
            finally:
                _setprofile(None)
            value = solution.finish(args, value)
            self.observed = value
            return {"status": Status.OK, "depth": max(depth[1] - 1, 0), "digest": digest(value)}

        return self._guarded(run)

    def op_memory(self, request: dict[str, Any]) -> dict[str, Any]:
        """Peak bytes allocated by one call beyond its input (output included).

        With trace=False the call runs on the prepared block's first input without
        tracemalloc (which walks the whole stack on every allocation: quadratic for deep
        recursion); the judge then reads the peak from the kernel instead.
        """
        solution = self.solution
        assert solution is not None

        def run() -> dict[str, Any]:
            if not request.get("trace", True):
                # The judge reads the kernel's peak after this request: the answer's digest
                # (its JSON text) is left to a digest request of its own.
                # A typed answer (a tree, a linked list) is read back into plain values when
                # it is fetched, not here: that copy is the judge's, not the call's memory.
                block, self.block = self.block, []
                _gc_collect()
                self.observed = _Unread(block[0], _settled(solution.invoke(block[0])))
                return {"status": Status.OK, "peak": 0}
            args = solution.prepare(_loads(self.staged[request["index"]]))  # the input is not the call's
            _gc_collect()
            _tm_start()
            try:
                sentinel = bytearray(64)  # traced from now on, unless tracing is stopped or restarted
                base = _tm_traced()[0]
                _tm_reset_peak()
                value = _settled(solution.invoke(args))
                if not _tm_is_tracing() or _tm_traceback(sentinel) is None:
                    return _tampered("tracemalloc was stopped or restarted during the call, "
                                     "so its memory cannot be measured")
                peak = _tm_traced()[1]
                # What the answer holds: the traced memory freed when it is let go (an equal
                # copy is kept for the judge). Interviews quote space without the output.
                # A typed answer's copy is its plain value; its nodes held by the input stay.
                kept = _copy(value) if solution.answer_shape is None and not solution.returns \
                    else solution.finish(args, value)
                output = 0
                if kept is not None:
                    held = _tm_traced()[0]
                    del value
                    output, value = max(held - _tm_traced()[0], 0), kept
            finally:
                _tm_stop()
            self.observed = value
            return {"status": Status.OK, "peak": max(peak - base, 0), "answer_bytes": output, "digest": digest(value)}

        return self._guarded(run)


class _Unread:
    """The last timed run's first answer, read back only when the judge asks for it: the
    judge times op_run as a whole, and reading a typed answer is not the call's work."""

    __slots__ = ("call", "value")

    def __init__(self, call: Any, value: Any) -> None:
        self.call = call
        self.value = value


def _settled(value: Any) -> Any:
    """A lazy answer (map, filter, zip, reversed) read now, inside the measured region: read
    later, when it is encoded, its work would run where nothing measures it."""
    return list(value) if type(value) in _LAZY else value


def _tampered(message: str) -> dict[str, Any]:
    """The reply to a call that switched its own measurement off: an exception of the
    solution's (the judge fails it at that size), never a small figure."""
    return {"status": Status.EXCEPTION, "error": _bare_error("MeasurementTampered", message)}


def _copy(value: Any) -> Any:
    """An equal copy of a plain answer (None when it cannot be copied: then it counts as
    kept, and the call's whole peak is its space)."""
    if value is None:
        return None
    try:
        return _loads(_dumps(value, MARSHAL_VERSION))
    except (ValueError, TypeError, EOFError):
        return None


def main(argv: list[str]) -> int:
    worker = Worker(int(argv[1]), int(argv[2]), argv[3] if len(argv) > 3 else None)
    try:
        worker.serve()
    except (EOFError, BrokenPipeError, protocol.ProtocolError):
        return 0
    return 0


if __name__ == "__main__":
    os._exit(main(sys.argv))
