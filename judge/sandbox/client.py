"""The worker's operations as typed methods: the only way the judge asks anything of a worker.

`WorkerClient` builds each request from typed arguments and states which request a reply
answers, so the reply is checked against that request's schema (`replies.SCHEMAS`) before
the caller sees it. `runner.WorkerProcess` is the client of a real worker process.

Every method takes the request's limits (`cpu_limit_s`, `wall_limit_s`, enforced by the
runner from the kernel's accounting) and returns a `Reply`. A request that the worker
answered has outcome "reply" and `reply.status` set (see `replies.SCHEMAS` for the fields
of each status); a frame that breaks the schema has outcome "protocol".
"""

from __future__ import annotations

import abc
from collections.abc import Mapping, Sequence
from typing import Any

from judge.sandbox.protocol import Op
from judge.sandbox.replies import Reply, Which


class WorkerClient(abc.ABC):
    """The typed operations; a subclass delivers a request and validates its reply."""

    @abc.abstractmethod
    def _exchange(self, op: Op, fields: Mapping[str, Any], *, cpu_limit_s: float, wall_limit_s: float) -> Reply:
        """Send `{"op": op, **fields}` and return the reply, validated as an answer to `op`."""

    def call(self, args: Mapping[str, Any], *, cpu_limit_s: float, wall_limit_s: float) -> Reply:
        """One test: the entry called with `args` (in the problem's parameter order).
        ok: value (JSON text), cpu_ns; bad_value: reason, cpu_ns; memory; exception: error."""
        return self._exchange(Op.CALL, {"args": dict(args)}, cpu_limit_s=cpu_limit_s, wall_limit_s=wall_limit_s)

    def stage(self, inputs: Sequence[Mapping[str, Any]], *, cpu_limit_s: float, wall_limit_s: float) -> Reply:
        """Keep `inputs` (each an args mapping, in order) for the ops below. ok: count."""
        return self._exchange(Op.STAGE, {"inputs": [dict(args) for args in inputs]},
                              cpu_limit_s=cpu_limit_s, wall_limit_s=wall_limit_s)

    def probe(self, index: int, *, cpu_limit_s: float, wall_limit_s: float) -> Reply:
        """One call on a fresh copy of staged input `index`; `result()` then returns its answer.
        ok: cpu_ns, mutated, digest; memory; exception: error."""
        return self._exchange(Op.PROBE, {"index": index}, cpu_limit_s=cpu_limit_s, wall_limit_s=wall_limit_s)

    def prepare(self, indices: Sequence[int], *, fresh: bool = True, cpu_limit_s: float,
                wall_limit_s: float) -> Reply:
        """The inputs of the next `run()`: fresh copies of the staged inputs, or (fresh=False,
        when the solution does not mutate them) the staged objects themselves. ok."""
        return self._exchange(Op.PREPARE, {"indices": list(indices), "fresh": fresh},
                              cpu_limit_s=cpu_limit_s, wall_limit_s=wall_limit_s)

    def run(self, *, cpu_limit_s: float, wall_limit_s: float) -> Reply:
        """Call the prepared block once each, GC off; answers are dropped but the first one's
        is kept for `digest()` and `result(which="observed")`. ok: cpu_ns, wall_ns, calls;
        memory; exception: error."""
        return self._exchange(Op.RUN, {}, cpu_limit_s=cpu_limit_s, wall_limit_s=wall_limit_s)

    def pause(self, *, cpu_limit_s: float, wall_limit_s: float) -> Reply:
        """Counting worker: callgrind's instrumentation off until the next `count()`. ok."""
        return self._exchange(Op.PAUSE, {}, cpu_limit_s=cpu_limit_s, wall_limit_s=wall_limit_s)

    def count(self, index: int, *, cpu_limit_s: float, wall_limit_s: float) -> Reply:
        """Counting worker: one call on a fresh copy of staged input `index` between callgrind's
        zero and dump requests (index -1: an empty region, the requests' own cost). The count
        is `reply.instructions`. ok: digest (None for index -1); memory; exception: error."""
        return self._exchange(Op.COUNT, {"index": index}, cpu_limit_s=cpu_limit_s, wall_limit_s=wall_limit_s)

    def pace(self, *, cpu_limit_s: float, wall_limit_s: float) -> Reply:
        """A fixed workload whose CPU time (`reply.cpu_s`, from the kernel) scales timed blocks. ok."""
        return self._exchange(Op.PACE, {}, cpu_limit_s=cpu_limit_s, wall_limit_s=wall_limit_s)

    def digest(self, *, cpu_limit_s: float, wall_limit_s: float) -> Reply:
        """The fingerprint of the last measured run's first answer. ok: digest."""
        return self._exchange(Op.DIGEST, {}, cpu_limit_s=cpu_limit_s, wall_limit_s=wall_limit_s)

    def result(self, which: Which = "probe", *, cpu_limit_s: float, wall_limit_s: float) -> Reply:
        """The answer of the last probe ("probe"), or of the last run, count, depth or memory
        call ("observed"), to be checked. ok: value; bad_value: reason."""
        return self._exchange(Op.RESULT, {"which": which}, cpu_limit_s=cpu_limit_s, wall_limit_s=wall_limit_s)

    def depth(self, index: int, *, cpu_limit_s: float, wall_limit_s: float) -> Reply:
        """The maximum call depth of one call on staged input `index`. ok: depth, digest;
        memory; exception: error."""
        return self._exchange(Op.DEPTH, {"index": index}, cpu_limit_s=cpu_limit_s, wall_limit_s=wall_limit_s)

    def memory(self, index: int, *, trace: bool = True, cpu_limit_s: float, wall_limit_s: float) -> Reply:
        """The peak bytes one call on staged input `index` allocates (tracemalloc). trace=False:
        the first prepared input instead, untraced (peak 0: read `reply.peak_rss_bytes`, the
        kernel's; no digest, whose JSON text would add to that peak: ask `digest` after).
        ok: peak, digest (traced); memory; exception: error."""
        return self._exchange(Op.MEMORY, {"index": index, "trace": trace},
                              cpu_limit_s=cpu_limit_s, wall_limit_s=wall_limit_s)
