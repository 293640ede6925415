"""Start a worker process for one solution and exchange requests with it under limits.

The judge side of the sandbox. It reports facts (the reply, CPU time and peak memory as
the kernel accounted them, output, how the process ended); it knows nothing of verdicts.
CPU time comes from /proc (schedstat, ns resolution, plus stat's tick count that also
covers finished threads), never from the solution's own clocks. Requests are the typed
operations of `client.WorkerClient`; every reply is validated (`replies.parse_reply`) before
anyone reads it, and one that breaks the protocol ends the worker with outcome "protocol".
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from judge.errors import SandboxError
from judge.sandbox import protocol
from judge.sandbox.callgrind import Audit, Callgrind, CountLog
from judge.sandbox.client import WorkerClient
from judge.sandbox.protocol import CodecStage, Op, ProtocolError
from judge.sandbox.replies import Answering, Message, Outcome, Output, Reply, parse_any, parse_reply

__all__ = ["Outcome", "Output", "Reply", "WorkerConfig", "WorkerProcess"]

WORKER = Path(__file__).resolve().parent / "worker.py"
TICK_NS = 1_000_000_000 // os.sysconf("SC_CLK_TCK")
SHOWN_OUTPUT = 4096
POLL_S = 0.02
_OPS = frozenset(op.value for op in Op)


@dataclass(frozen=True)
class WorkerConfig:
    """What a worker needs to load one solution."""

    source: str
    filename: str
    entry: str
    returns: str | None = None
    method: str | None = None  # another name the entry may have (LeetCode's method name)
    params: tuple[str, ...] = ()  # the problem's parameters: a Solution method that takes them is the entry
    types: tuple[tuple[str, str], ...] = ()  # parameter (or "return") -> shape (judge.sandbox.shapes)
    design: bool = False  # the entry is a class run through LeetCode's operations
    codec: str | None = None  # the method reading back the string the entry writes (deserialize)
    codec_stage: CodecStage = "both"  # the round trip, or one half of it (in separate processes)
    memory_bytes: int = 256 * 2**20
    output_limit_bytes: int = 8 * 2**20
    confine: bool = True
    cpu_cap_s: float = 600.0
    counter: Callgrind | None = None  # run under callgrind: `count` requests report instructions


class WorkerProcess(WorkerClient):
    """One live worker; restartable. Use as a context manager so nothing is left behind.

    Its requests are the typed operations of `WorkerClient` (call, stage, probe, ...).
    """

    def __init__(self, config: WorkerConfig) -> None:
        self.config = config
        self.layers: tuple[str, ...] = ()
        self.entry_description = ""
        self.load_reply: Reply | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._tmp: Path | None = None
        self._pid = 0
        self._req_w = -1
        self._resp_r = -1
        self._buffer = bytearray()
        self._proc_fds: dict[str, int] = {}
        self._out_fds: list[int] = []
        self._last_cpu = 0
        self._count_log: CountLog | None = None

    # -- lifecycle -------------------------------------------------------------------
    def __enter__(self) -> WorkerProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> Reply:
        """Spawn, confine and load the solution; the reply says ready or invalid."""
        from judge.sandbox import isolation

        self.close()
        self._tmp = Path(tempfile.mkdtemp(prefix="judge-"))
        scratch = self._tmp / "scratch"
        scratch.mkdir()
        (self._tmp / "io").mkdir()
        counter_init = self._stage_counter(self._tmp) if self.config.counter is not None else None
        # One socket pair carries requests and replies: a socket, unlike a pipe, cannot be
        # reopened through /proc/self/fd (ENXIO), so the worker's channel has no second door.
        judge_end, worker_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        self._req_w = self._resp_r = judge_end.detach()
        req_r = resp_w = worker_end.detach()
        limits = isolation.Limits(
            memory_bytes=self.config.memory_bytes,
            cpu_seconds=self.config.cpu_cap_s,
            file_size_bytes=self.config.output_limit_bytes + 1,
        )
        argv = [sys.executable, "-I", str(WORKER), str(req_r), str(resp_w)]
        if self.config.confine:
            argv = isolation.wrap_argv(argv)
        env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
               "HOME": str(scratch), "TMPDIR": str(scratch)}
        # The worker appends to these files; the judge keeps read-write handles to size,
        # read and empty them after each request (O_APPEND makes the worker follow).
        self._out_fds = [os.open(self._tmp / "io" / name, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
                         for name in ("stdout", "stderr")]
        out_fds = self._out_fds
        inherited = (req_r,) if self._count_log is None else (req_r, self._count_log.fd)

        def spawn(command: list[str]) -> subprocess.Popen[bytes]:
            return subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=out_fds[0], stderr=out_fds[1], cwd=scratch,
                env=env, pass_fds=inherited, close_fds=True, start_new_session=True,
                preexec_fn=isolation.preexec(limits),
            )

        try:
            self._proc = spawn(argv)
        except OSError:
            # The cached layer detection named a wrapper that is gone (bwrap uninstalled):
            # detect again and start with what works now.
            isolation.detect_layers(refresh=True)
            bare = [sys.executable, "-I", str(WORKER), str(req_r), str(resp_w)]
            try:
                self._proc = spawn(isolation.wrap_argv(bare) if self.config.confine else bare)
            except OSError as exc:
                os.close(req_r)
                self.close()
                raise SandboxError(f"cannot start the sandbox worker ({exc.strerror}: {exc.filename}). "
                                   "Run `judge doctor` to see which isolation layers work here.") from None
        os.close(req_r)
        assert self._proc is not None
        self._pid = isolation.worker_pid(self._proc.pid) if self.config.confine else self._proc.pid
        self._last_cpu = 0
        self._open_proc()
        init = {
            "source": self.config.source, "filename": self.config.filename, "entry": self.config.entry,
            "returns": self.config.returns, "method": self.config.method, "params": list(self.config.params),
            "types": dict(self.config.types), "design": self.config.design,
            "codec": self.config.codec, "codec_stage": self.config.codec_stage,
            "scratch": str(scratch), "confine": self.config.confine,
            "limits": {"memory_bytes": limits.memory_bytes, "cpu_seconds": limits.cpu_seconds,
                       "file_size_bytes": limits.file_size_bytes},
            "counter": counter_init,
        }
        reply = self._roundtrip(init, "init", cpu_limit_s=30.0, wall_limit_s=60.0)
        self.load_reply = reply
        if reply.outcome == "reply":
            self.layers = reply.layers or ()
            self.entry_description = reply.entry or ""
        return reply

    def _stage_counter(self, tmp: Path) -> dict[str, Any]:
        """The counting worker's part of init: its code copy, callgrind's argv and paths."""
        from judge.sandbox import callgrind

        tool = self.config.counter
        assert tool is not None
        out = tmp / "counts"
        out.mkdir(mode=0o700)
        code = tmp / "code"
        worker = callgrind.stage_worker_code(code)
        self._count_log = callgrind.CountLog(tmp / "valgrind.log", out)  # outside `out`: only Valgrind writes it
        log_fd = self._count_log.fd
        return {"tool": tool.tool, "launcher": tool.launcher, "libdir": tool.libdir, "out": str(out),
                "log_fd": log_fd, "argv": callgrind.worker_argv(tool, out, worker, log_fd),
                "tunables": callgrind.COPY_TUNABLES,
                **callgrind.handover_paths(tool, code)}

    @property
    def counts_dir(self) -> Path | None:
        return self._tmp / "counts" if self._tmp is not None and self.config.counter is not None else None

    def close(self) -> None:
        """Stop the worker and its process group, and delete its temporary folder."""
        if self._proc is not None:
            if self._proc.poll() is None:
                with contextlib.suppress(OSError):
                    protocol.write_frame(self._req_w, {"op": Op.EXIT.value})
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self._proc.wait(timeout=0.5)
            self._kill()
            self._proc = None
        self._close_proc()
        for fd in {self._req_w, self._resp_r, *self._out_fds}:
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._req_w = self._resp_r = -1
        self._out_fds = []
        if self._count_log is not None:
            self._count_log.close()
            self._count_log = None
        self._buffer.clear()
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def abort(self) -> None:
        """Kill the worker's process group now, from any thread: a start or request in
        progress then ends with a died reply. close() still cleans up afterwards."""
        proc = self._proc
        if proc is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)

    def _kill(self) -> None:
        proc = self._proc
        if proc is None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)

    # -- accounting ------------------------------------------------------------------
    def _open_proc(self) -> None:
        """Keep /proc files of the worker open: re-reading with pread is far cheaper than open."""
        self._close_proc()
        for name in ("stat", "schedstat", "status"):
            with contextlib.suppress(OSError):
                self._proc_fds[name] = os.open(f"/proc/{self._pid}/{name}", os.O_RDONLY)
        with contextlib.suppress(OSError):
            self._proc_fds["clear_refs"] = os.open(f"/proc/{self._pid}/clear_refs", os.O_WRONLY)

    def _close_proc(self) -> None:
        for fd in self._proc_fds.values():
            with contextlib.suppress(OSError):
                os.close(fd)
        self._proc_fds.clear()

    def _read_proc(self, name: str) -> bytes:
        fd = self._proc_fds.get(name)
        if fd is None:
            raise OSError(f"/proc/{self._pid}/{name} is not open")
        return os.pread(fd, 4096, 0)

    def cpu_ns(self) -> int:
        """CPU time of the worker so far as the kernel accounted it (all threads)."""
        try:
            fields = self._read_proc("stat").rsplit(b")", 1)[1].split()
            ticks = (int(fields[11]) + int(fields[12])) * TICK_NS
            if int(fields[17]) == 1:
                precise = int(self._read_proc("schedstat").split()[0])
            else:  # threads: schedstat is per task; stat's ticks also cover finished ones
                precise = 0
                for task in os.listdir(f"/proc/{self._pid}/task"):
                    with contextlib.suppress(OSError), open(f"/proc/{self._pid}/task/{task}/schedstat", "rb") as fh:
                        precise += int(fh.read().split()[0])
        except (OSError, ValueError, IndexError):
            return self._last_cpu
        self._last_cpu = max(precise, ticks, self._last_cpu)
        return self._last_cpu

    def _status_kb(self, key: bytes) -> int | None:
        try:
            for line in self._read_proc("status").splitlines():
                if line.startswith(key):
                    return int(line.split()[1]) * 1024
        except (OSError, ValueError):
            return None
        return None

    def rss_bytes(self) -> int | None:
        """The worker's resident memory now, as the kernel reports it."""
        return self._status_kb(b"VmRSS:")

    def _reset_peak(self) -> None:
        fd = self._proc_fds.get("clear_refs")
        if fd is not None:
            with contextlib.suppress(OSError):
                os.write(fd, b"5")

    def _output_sizes(self) -> tuple[int, int]:
        try:
            return os.fstat(self._out_fds[0]).st_size, os.fstat(self._out_fds[1]).st_size
        except (OSError, IndexError):
            return 0, 0

    def _take_output(self) -> Output:
        """Read what was printed (bounded) and empty the files for the next request."""
        sizes = self._output_sizes()
        if not any(sizes):
            return Output()
        texts: list[str] = []
        for fd, size in zip(self._out_fds, sizes, strict=True):
            head = b""
            if size:
                with contextlib.suppress(OSError):
                    head = os.pread(fd, SHOWN_OUTPUT, 0)
                    os.ftruncate(fd, 0)
            texts.append(head.decode("utf-8", "replace"))
        return Output(texts[0], texts[1], sizes[0], sizes[1])

    # -- requests --------------------------------------------------------------------
    def request(self, message: Mapping[str, Any], *, cpu_limit_s: float, wall_limit_s: float) -> Reply:
        """DEPRECATED: send a request built as a dict. Use the typed operations (`call`,
        `stage`, ...); this goes once no caller outside the sandbox uses it. The reply is
        validated against the schema of the dict's op (any known field, if the op is unknown)."""
        op = message.get("op")
        answering = Op(op) if isinstance(op, str) and op in _OPS else None
        return self._roundtrip(message, answering, cpu_limit_s=cpu_limit_s, wall_limit_s=wall_limit_s)

    def _exchange(self, op: Op, fields: Mapping[str, Any], *, cpu_limit_s: float, wall_limit_s: float) -> Reply:
        return self._roundtrip({"op": op.value, **fields}, op, cpu_limit_s=cpu_limit_s, wall_limit_s=wall_limit_s)

    def _roundtrip(self, message: Mapping[str, Any], answering: Answering | None, *, cpu_limit_s: float,
                   wall_limit_s: float) -> Reply:
        """Send one request and wait for its reply, enforcing CPU, wall, memory and output
        limits; the reply is validated as an answer to `answering`."""
        proc = self._proc
        if proc is None or proc.poll() is not None:
            return self._ended(0.0, 0.0)
        if self._buffer or select.select([self._resp_r], [], [], 0)[0]:
            # Bytes before a request was sent: the solution wrote to the judge's channel
            # (a forged reply, or a real one displaced by a forgery).
            self._kill()
            return Reply("protocol", detail="unexpected data on the judge's channel (a forged reply?)",
                         output=self._take_output())
        self._reset_peak()
        cpu0, wall0 = self.cpu_ns(), time.monotonic()
        try:
            protocol.write_frame(self._req_w, message)
        except (BrokenPipeError, OSError):
            return self._ended(0.0, time.monotonic() - wall0)
        limit = self.config.output_limit_bytes
        memory_cap = self.config.memory_bytes + 64 * 2**20
        while True:
            ready, _, _ = select.select([self._resp_r], [], [], POLL_S)
            if ready:
                try:
                    chunk = os.read(self._resp_r, 1 << 20)
                except OSError:
                    chunk = b""
                if chunk:
                    self._buffer += chunk
                    frame = self._frame(answering)
                    if frame is not None:
                        cpu_s = (self.cpu_ns() - cpu0) / 1e9
                        wall_s = time.monotonic() - wall0
                        output = self._take_output()
                        peak = self._status_kb(b"VmHWM:")
                        if output.total_bytes >= limit:
                            return Reply("output_limit", cpu_s=cpu_s, wall_s=wall_s, output=output)
                        if isinstance(frame, Reply):
                            return replace(frame, cpu_s=cpu_s, wall_s=wall_s, output=output)
                        audit = self._audit(answering)
                        if audit.violation is not None:
                            self._kill()
                            return Reply("protocol", cpu_s=cpu_s, wall_s=wall_s, output=output,
                                         detail=audit.violation)
                        return Reply("reply", cpu_s=cpu_s, wall_s=wall_s, peak_rss_bytes=peak, output=output,
                                     instructions=audit.instructions, frame=frame)
                    continue
                # EOF: the worker closed its channel (it exited or is exiting).
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=2)
                return self._ended((self.cpu_ns() - cpu0) / 1e9, time.monotonic() - wall0)
            if proc.poll() is not None:
                if select.select([self._resp_r], [], [], 0)[0]:
                    continue  # its last reply (a load failure's, sent just before exiting) is still unread
                return self._ended(max((self.cpu_ns() - cpu0) / 1e9, 0.0), time.monotonic() - wall0)
            cpu_s = (self.cpu_ns() - cpu0) / 1e9
            wall_s = time.monotonic() - wall0
            if cpu_s > cpu_limit_s or wall_s > wall_limit_s:
                self._kill()
                return Reply("timeout", cpu_s=cpu_s, wall_s=wall_s, output=self._take_output(),
                             detail="cpu" if cpu_s > cpu_limit_s else "wall")
            if sum(self._output_sizes()) >= limit:
                self._kill()
                return Reply("output_limit", cpu_s=cpu_s, wall_s=wall_s, output=self._take_output())
            rss = self._status_kb(b"VmRSS:")
            if rss is not None and rss > memory_cap:
                self._kill()
                return Reply("memory", cpu_s=cpu_s, wall_s=wall_s, peak_rss_bytes=rss,
                             output=self._take_output())

    def _audit(self, answering: Answering | None) -> Audit:
        """A counting worker's request checked against Valgrind's log, and its count."""
        if self._count_log is None:
            return Audit()
        op = answering.value if isinstance(answering, Op) else str(answering)
        return self._count_log.audit(op)

    def _frame(self, answering: Answering | None) -> Message | Reply | None:
        """The reply frame in the buffer, validated as an answer to `answering`; a protocol
        Reply if it breaks the protocol (the worker is killed: its channel is no longer
        trusted); None while incomplete."""
        header = protocol.HEADER.size
        if len(self._buffer) < header:
            return None
        (size,) = protocol.HEADER.unpack(self._buffer[:header])
        if size > protocol.MAX_FRAME:
            self._kill()
            return Reply("protocol", detail=f"the worker sent a {size}-byte frame")
        if len(self._buffer) < header + size:
            return None
        body = bytes(self._buffer[header:header + size])
        del self._buffer[:header + size]
        try:
            frame = protocol.decode(body)
            return parse_any(frame) if answering is None else parse_reply(frame, answering)
        except ProtocolError as exc:
            self._kill()
            return Reply("protocol", detail=str(exc))

    def _ended(self, cpu_s: float, wall_s: float) -> Reply:
        proc = self._proc
        code = proc.poll() if proc is not None else None
        if proc is not None and code is None:
            self._kill()
            code = proc.poll()
        output = self._take_output()
        if code is None:
            return Reply("died", cpu_s=cpu_s, wall_s=wall_s, output=output)
        from judge.sandbox import isolation

        exit_code, signal_number = isolation.exit_status(code, wrapped=self.config.confine)
        detail = self._count_log.tail() if self._count_log is not None else ""
        return Reply("died", cpu_s=cpu_s, wall_s=wall_s, exit_code=exit_code, signal=signal_number, output=output,
                     detail=detail)
