"""The measurement targets: the complexity ladders' view of a sandboxed worker.

`WorkerTarget` serves the native ladders (timed runs, memory, answers); `CountingTarget`
serves the counted ladders from a worker running under callgrind. Both turn the worker's
replies into numbers or into the ladders' two exceptions: `SizeTooCostly` (stop growing)
and `MeasureFailure` (the solution failed at this size).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from judge.complexity.measure import FRAME_BYTES, Check, MeasureFailure, Memory, SizeTooCostly
from judge.judging.decide import load_failure
from judge.judging.source import ordered_args
from judge.sandbox.protocol import Status
from judge.sandbox.replies import Reply, decode_answer
from judge.sandbox.runner import WorkerProcess

Request = Callable[..., Reply]  # a WorkerProcess method, called with cpu_limit_s and wall_limit_s

DEEP_RECURSION = 2000  # beyond this depth, memory comes from the kernel, not tracemalloc
# Decoding and copying an input under instrumentation costs ~5 us per item; paused, about a
# tenth of that, and switching back on ~0.1 s: worth it from about this many items.
PAUSE_ITEMS = 16_384


def _items(value: Any, depth: int = 0) -> int:
    """Roughly how many items copying `value` in decodes: lengths, times the first element's
    items for nested containers, 30-bit digits of an int. Not n: where n is a value (the
    n-th Fibonacci number, an integer square root), a size's input is one small int."""
    if isinstance(value, int):
        return 1 + value.bit_length() // 30
    if isinstance(value, (str, bytes)):
        return 1 + len(value)
    if isinstance(value, (list, tuple, dict)):
        if not value or depth >= 2:
            return 1 + len(value)
        first = next(iter(value.values() if isinstance(value, dict) else value))
        return 1 + len(value) * _items(first, depth + 1)
    return 1


class WorkerTarget:
    """measure.Target over a sandbox worker; CPU time comes from the kernel's accounting.

    Every timed, memory and depth run reports a fingerprint of its answer for input 0; when
    it differs from the checked probe's, the answer is fetched and checked too, so a
    solution cannot skip the work only when it notices it is being measured.
    """

    def __init__(self, worker: WorkerProcess, order: Sequence[str], family: str, *, timed: bool = True) -> None:
        self.worker = worker
        self.order = order
        self.family = family
        self.timed = timed  # untimed, a probe's time is the size's time: it comes from the kernel
        self.n = 0
        self._probe_digest: str | None = None
        self._suspects: list[Any] = []
        self._suspect_digests: set[Any] = set()

    def _ask(self, request: Request, cap_s: float, *args: Any, **kwargs: Any) -> Reply:
        reply = request(*args, **kwargs, cpu_limit_s=cap_s, wall_limit_s=cap_s * 3 + 2.0)
        if reply.outcome == "timeout":
            raise SizeTooCostly(f"a call at n = {self.n} exceeded {cap_s:.1f} s")
        if reply.outcome == "memory" or reply.status is Status.MEMORY:
            raise SizeTooCostly(f"out of memory at n = {self.n}")
        if not reply.ok:
            raise MeasureFailure(self.n, self.family, reply)
        return reply

    def _observe(self, reply: Reply) -> None:
        found = reply.digest
        if found != self._probe_digest and found not in self._suspect_digests:  # each other answer once
            self._suspect_digests.add(found)
            self._suspects.append(self._value(self._ask(self.worker.result, 60.0, "observed")))

    def _value(self, reply: Reply) -> Any:
        checked, value = decode_answer(reply)
        if not checked.ok:
            raise MeasureFailure(self.n, self.family, checked)
        return value

    def stage(self, n: int, inputs: Sequence[Mapping[str, Any]]) -> None:
        self.n = n
        self._probe_digest = None
        self._suspect_digests = set()
        if not self.worker.alive:  # a memory run that timed out took the worker with it
            failure = load_failure(self.worker.start())
            if failure is not None:
                raise MeasureFailure(n, self.family, self.worker.load_reply)
        self._ask(self.worker.stage, 60.0, [ordered_args(i, self.order) for i in inputs])

    def probe(self, index: int, cap_s: float) -> tuple[float, bool]:
        reply = self._ask(self.worker.probe, cap_s, index)
        if index == 0:
            self._probe_digest = reply.digest
        # The worker's own clock excludes copying the input; it only sizes the timed blocks,
        # whose times come from the kernel, so a lying clock cannot make a solution look fast.
        # Untimed, the probe's time decides how far the ladder goes: the kernel's, then.
        own = (reply.cpu_ns or 0) / 1e9
        seconds = own if own > 0 and self.timed else reply.cpu_s
        return seconds, bool(reply.mutated)

    def time_block(self, indices: Sequence[int], fresh: bool, cap_s: float) -> float:
        order = list(indices)
        if 0 in order:  # input 0 first, so the block's fingerprint can be compared
            order.remove(0)
            order.insert(0, 0)
        self._ask(self.worker.prepare, 60.0, order, fresh=fresh)
        reply = self._ask(self.worker.run, cap_s)
        if order and order[0] == 0:  # fingerprinted outside the timed request
            self._observe(self._ask(self.worker.digest, 60.0))
        return reply.cpu_s

    def pace(self) -> float:
        return self._ask(self.worker.pace, 10.0).cpu_s

    def memory(self, index: int, cap_s: float) -> Memory:
        # Fingerprints are of input 0's answer: other inputs' runs only add to the worst
        # case, which skipping work in them could not lower.
        observe = self._observe if index == 0 else (lambda reply: None)
        reply = self._ask(self.worker.depth, cap_s, index)
        observe(reply)
        depth = reply.depth or 0
        if depth <= DEEP_RECURSION:
            reply = self._ask(self.worker.memory, cap_s, index)
            observe(reply)
            return Memory(reply.peak or 0, depth, reply.answer_bytes or 0)
        # Deep recursion: tracemalloc would be quadratic, so take the kernel's peak RSS
        # (frames included).
        heap = self.kernel_peak(index, cap_s) or 0
        return Memory(max(heap - depth * FRAME_BYTES, 0), depth)

    def kernel_peak(self, index: int, cap_s: float) -> int | None:
        """The kernel's peak resident size during one untraced call, beyond the size with
        the input copied in. The judge reads it from /proc, so the solution cannot lower it."""
        self._ask(self.worker.prepare, 60.0, [index], fresh=True)
        before = self.worker.rss_bytes()
        reply = self._ask(self.worker.memory, cap_s, index, trace=False)
        fingerprint = self._ask(self.worker.digest, 60.0)  # its JSON text outside the peak
        if index == 0:  # fingerprints are of input 0's answer (see memory)
            self._observe(fingerprint)
        if before is None or reply.peak_rss_bytes is None:
            return None
        return max(reply.peak_rss_bytes - before, 0)

    def result(self, index: int) -> Any:
        return self._value(self._ask(self.worker.result, 60.0))

    def suspects(self) -> list[Any]:
        """Answers from measured runs that differ from the probe's; each must be checked."""
        found, self._suspects = self._suspects, []
        return found


class CountingTarget:
    """counting.CountTarget over a worker running under callgrind: a request's instructions
    come from callgrind's dump, which the judge reads (sandbox.callgrind), not from the worker.

    Every counted call's answer comes back with its count and is kept for checking against
    the reference's (`answers`): the answer checked is the one whose instructions were
    counted, for every input, never one from a later run.
    """

    def __init__(self, worker: WorkerProcess, order: Sequence[str], family: str) -> None:
        self.worker = worker
        self.order = order
        self.family = family
        self.n = 0
        self._inputs: Sequence[Mapping[str, Any]] = ()
        self._kept: set[tuple[int, int]] = set()
        self.answers: dict[int, list[Check]] = {}  # by input index, one per size

    def _ask(self, request: Request, cap_s: float, *args: Any, **kwargs: Any) -> Reply:
        reply = request(*args, **kwargs, cpu_limit_s=cap_s, wall_limit_s=cap_s * 2 + 5.0)
        if reply.outcome in ("timeout", "memory") or reply.status is Status.MEMORY:
            raise SizeTooCostly(f"a counted call at n = {self.n} ran out of {reply.outcome}")
        if not reply.ok:
            raise MeasureFailure(self.n, self.family, reply)
        return reply

    def stage(self, n: int, inputs: Sequence[Mapping[str, Any]], cap_s: float = 120.0) -> None:
        self.n = n
        if sum(map(_items, inputs)) >= PAUSE_ITEMS:  # copy big inputs in at Valgrind's uninstrumented speed
            self._ask(self.worker.pause, 30.0)
        self._ask(self.worker.stage, cap_s, [ordered_args(i, self.order) for i in inputs])
        self._inputs = inputs

    def count(self, index: int, cap_s: float) -> tuple[int, str | None]:
        reply = self._ask(self.worker.count, cap_s, index)
        if reply.instructions is None:
            raise CountingFailed("callgrind wrote no count for a counted call")
        if index >= 0 and (self.n, index) not in self._kept:  # the first answer for this input stands
            self._kept.add((self.n, index))
            answer = reply
            if reply.value is None:  # an answer with no JSON text: fetched to be reported as such
                answer = self._ask(self.worker.result, 120.0, "observed")
            checked, value = decode_answer(answer)
            if not checked.ok:
                raise MeasureFailure(self.n, self.family, checked)
            self.answers.setdefault(index, []).append(Check(self.n, self._inputs[index], value, measured=True))
        return reply.instructions, reply.digest

    def baseline(self) -> int:
        return min(self.count(-1, 30.0)[0] for _ in range(3))

    def answer(self) -> Any:
        checked, value = decode_answer(self._ask(self.worker.result, 120.0, "observed"))
        if not checked.ok:
            raise MeasureFailure(self.n, self.family, checked)
        return value


class CountingFailed(Exception):
    """Counting instructions did not work for this solution (not the solution's fault)."""
