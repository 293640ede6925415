"""The counting worker's warm-up, on a real worker under callgrind (skipped without it)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from judge.complexity.measure import input_rng
from judge.judging.counter_start import WARM_S, counting_config, measure_config, warm_up
from judge.judging.decide import load_failure
from judge.judging.options import Options
from judge.judging.source import SolutionSource
from judge.judging.targets import CountingTarget
from judge.problem.entry import entry_parameters
from judge.problem.generators import checked_generator, load_generators
from judge.problem.loader import load_problem
from judge.sandbox import callgrind
from judge.sandbox.runner import WorkerProcess

ROOT = Path(__file__).resolve().parents[2]
TOOL = callgrind.find()

pytestmark = [pytest.mark.skipif(TOOL is None, reason=f"no callgrind: {callgrind.why_not()}"), pytest.mark.slow]


def test_after_the_warm_up_the_first_counts_are_the_steady_ones() -> None:
    """CPython specialises a function's instructions from its 8th call on: counted before
    that, a ladder's first sizes cost more than later ones (bisect's O(log n) search:
    12,071 instructions at n = 8, 10,718 at n = 64, a fall that no class fits; it read
    "O(1), O(sqrt n) or O(n)" on a slow host). Warmed up with a dozen counted calls, the
    first count of an input is already the one it keeps."""
    assert TOOL is not None
    problem = load_problem(ROOT / "judge" / "problems" / "binary_search")
    source = SolutionSource.read(ROOT / "solutions" / "binary_search.py")
    order = entry_parameters(problem.reference, problem.entry)
    name, function = next(iter(load_generators(problem).items()))
    generate = checked_generator(problem, name, function)
    with WorkerProcess(counting_config(measure_config(problem, source, Options()), TOOL)) as worker:
        assert load_failure(worker.start()) is None
        assert warm_up(worker, problem, order, 0, name, function) is None
        target = CountingTarget(worker, order, name)
        target.stage(64, [generate(64, input_rng(0, name, 64, 0))])
        counts = [target.count(0, 30.0)[0] for _ in range(6)]
    assert max(counts[:2]) <= 1.02 * min(counts), counts  # one warm-up call: 21,131 and 23,069, then 19,448


def test_the_warm_up_of_a_solution_slow_on_small_inputs_ends_soon(tmp_path: Path) -> None:
    """The warm-up runs before any budget's clock: a solution that burns 0.4 s of CPU on
    every small call (16 uncounted and 12 counted calls on each of 4 inputs: about 30 s)
    must not hold the judge; it stops within a few seconds and the ladder meets the cost."""
    assert TOOL is not None
    problem = load_problem(ROOT / "judge" / "problems" / "binary_search")
    solution = tmp_path / "binary_search.py"
    solution.write_text(
        "import time\n\ndef binary_search(nums, target):\n"
        "    start = time.process_time()\n    while time.process_time() - start < 0.4:\n        pass\n"
        "    return nums.index(target) if target in nums else -1\n")
    source = SolutionSource.read(solution)
    order = entry_parameters(problem.reference, problem.entry)
    name, function = next(iter(load_generators(problem).items()))
    with WorkerProcess(counting_config(measure_config(problem, source, Options()), TOOL)) as worker:
        assert load_failure(worker.start()) is None
        began = time.monotonic()
        warm_up(worker, problem, order, 0, name, function)
        took = time.monotonic() - began
    assert took < WARM_S + 2 * 4 * 0.4 + 2.0, took  # a round of uncounted calls, counts to WARM_S, one over
