"""End to end through real workers: a handful of clear-cut cases with wide margins (slow)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from judge.api import Options, judge_solution
from judge.verdicts import Verdict

ROOT = Path(__file__).resolve().parents[2]
SOLUTIONS = ROOT / "solutions"

pytestmark = pytest.mark.slow


def judged(name: str, budget: float = 12.0):  # type: ignore[no-untyped-def]
    return judge_solution(SOLUTIONS / name, Options(budget_s=budget))


def test_linear_hash_map_solution_is_accepted_as_linear() -> None:
    report = judged("two_sum.py")
    assert report.verdict is Verdict.ACCEPTED, report.reason
    assert report.complexity is not None
    assert "O(n)" in report.complexity.time.plausible
    assert report.complexity.time.status == "ok"


def test_quadratic_brute_force_is_too_slow_and_says_by_how_much() -> None:
    report = judged("two_sum_brute.py")
    assert report.verdict is Verdict.TOO_SLOW
    assert report.complexity is not None
    time = report.complexity.time
    assert time.status == "worse" and time.measured in ("O(n^2)", "O(n^2 log n)")
    assert time.slowdown is not None and time.slowdown >= 3 and time.at_n is not None
    assert len(time.points) >= 10 and all(n > 0 and v >= 0 for n, v in time.points)


def test_logarithmic_search_is_not_mistaken_for_linear() -> None:
    # bisect in C: ~2% more per doubling of n, within the noise of a shared host, so the
    # margin is wide: sublinear, with O(log n) among the classes the data cannot rule out.
    report = judged("binary_search.py")
    assert report.verdict is Verdict.ACCEPTED, report.reason
    assert report.complexity is not None
    time = report.complexity.time
    assert time.measured in ("O(1)", "O(log n)", "O(sqrt n)") and "O(log n)" in time.plausible, time


def test_constant_space_linear_time_scan() -> None:
    report = judged("max_profit.py")
    assert report.verdict is Verdict.ACCEPTED, report.reason
    assert report.complexity is not None
    assert report.complexity.space.measured == "O(1)"
    assert report.complexity.time.measured in ("O(n)", "O(n log n)")


def triangular_with_slow_reference(tmp_path: Path, slow_when: str, loops: str) -> Path:
    """bench's nth_triangular, whose reference burns `loops` iterations where `slow_when`."""
    problem = tmp_path / "nth_triangular"
    shutil.copytree(ROOT / "bench" / "problems" / "nth_triangular", problem)
    (problem / "reference.py").write_text(
        "def nth_triangular(n):\n"
        f"    if {slow_when}:\n"
        f"        for _ in range({loops}):\n"
        "            pass\n"
        "    return n * (n + 1) // 2\n"
    )
    return problem


def test_a_reference_too_slow_for_the_largest_sizes_leaves_them_unchecked(tmp_path: Path) -> None:
    # An O(1) solution's timed ladder climbs past n = 2 * 10^5 in a 5 s budget; this reference answers
    # the tests at once but needs minutes beyond that. The checks at scale take only what
    # the budget leaves, smallest size first, instead of waiting for the reference (which
    # used to end in a problem-format error after its 10 s limit).
    problem = triangular_with_slow_reference(tmp_path, "n > 2 * 10**5", "n * 1000")
    report = judge_solution(ROOT / "bench" / "corpus" / "nth_triangular__formula.py",
                            Options(problem=str(problem), budget_s=5.0, measure="cpu"))
    assert report.verdict is Verdict.ACCEPTED, report.reason
    # The sizes the reference could not check are left out of the fit (and of the sizes shown).
    assert report.complexity is not None and report.complexity.sizes[-1] >= 10**5
    assert report.complexity.seconds < 9.0  # the budget is 5 s


@pytest.mark.parametrize("measure", ["cpu", "instructions"])
def test_answers_the_reference_cannot_check_do_not_bend_the_curve_down(tmp_path: Path, measure: str) -> None:
    """An O(n) loop (O(1) expected) that answers 0 at once beyond the sizes this reference can
    check in time: those fast, unchecked sizes must not make it look O(1)."""
    problem = triangular_with_slow_reference(tmp_path, "n > 3000 and n != 123457", "n * 10**6")
    solution = tmp_path / "cheat.py"
    solution.write_text(
        "def nth_triangular(n):\n"
        "    if n > 3000 and n != 123457:  # the one large test\n"
        "        return 0\n"
        "    total = 0\n"
        "    for i in range(n + 1):\n"
        "        total += i\n"
        "    return total\n"
    )
    report = judge_solution(solution, Options(problem=str(problem), budget_s=8.0, measure=measure))
    assert report.complexity is not None, report.reason  # the tests passed
    assert report.verdict is not Verdict.ACCEPTED, report.reason


def test_prompt_thread_switches_nest_and_restore_the_interval() -> None:
    import sys

    from judge.judging.ladders import SWITCH_INTERVAL_S, _prompt_thread_switches

    before = sys.getswitchinterval()
    outer = _prompt_thread_switches()
    inner = _prompt_thread_switches()
    outer.__enter__()
    inner.__enter__()
    outer.__exit__(None, None, None)  # interleaved, as two threads' phases can be
    assert sys.getswitchinterval() == SWITCH_INTERVAL_S
    inner.__exit__(None, None, None)
    assert sys.getswitchinterval() == before


@pytest.mark.parametrize("measure", ["instructions", "cpu"])
def test_burning_the_smallest_size_does_not_escape_measurement(tmp_path: Path, measure: str) -> None:
    """A solution that makes its first ladder sizes too costly to measure (so too few sizes
    remain to fit) is too slow when the reference answers the same input at once."""
    if measure == "instructions" and shutil.which("valgrind") is None:
        pytest.skip("valgrind is not installed")
    solution = tmp_path / "two_sum.py"
    solution.write_text(
        "import time\n\ndef two_sum(nums, target):\n    if len(nums) < 10:\n"
        "        start = time.process_time()\n        while time.process_time() - start < 0.85:\n            pass\n"
        "    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n"
        "            return [seen[target - x], i]\n        seen[x] = i\n")
    report = judge_solution(solution, Options(budget_s=6.0, measure=measure))  # type: ignore[arg-type]
    assert report.verdict is Verdict.TOO_SLOW, report.reason
    assert "too slow to measure" in report.reason


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
def test_a_counting_worker_started_early_is_stopped_at_once_when_not_needed(make_problem, make_solution) -> None:
    """A failed test closes the counting worker started beside the tests: at once (not after
    Valgrind's start-up), with no process or temporary folder left behind."""
    import time

    from judge.judging.counter_start import start_counter
    from judge.judging.source import SolutionSource
    from judge.problem.loader import load_problem

    problem = load_problem(make_problem())
    source = SolutionSource.read(make_solution("def sum_list(nums):\n    return sum(nums)\n"))
    counter = start_counter(problem, source, Options(budget_s=8.0))
    assert counter is not None
    began = time.monotonic()
    counter.close()
    assert time.monotonic() - began < 1.0
    assert not counter.worker.alive and counter.worker._tmp is None


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
def test_a_family_slow_alone_is_caught_whichever_counting_worker_counts_it(make_problem, make_solution) -> None:
    """Quadratic only on the second family's inputs (a descending list), linear on the
    first's: counted beside the first by the partner worker or after it by the first, its
    ladder stands (with its native ladder) and decides the verdict."""
    generator = (
        "def generate(n, rng):\n    return {\"nums\": [rng.randint(-1000, 1000) for _ in range(n)]}\n\n\n"
        "def generate_descending(n, rng):\n"
        "    return {\"nums\": sorted((rng.randint(-1000, 1000) for _ in range(n)), reverse=True)}\n")
    problem = make_problem(generator=generator)
    solution = make_solution(
        "def sum_list(nums):\n"
        "    if len(nums) > 2 and nums[0] > nums[-1] and all(a >= b for a, b in zip(nums, nums[1:])):\n"
        "        steps = 0\n        for i in range(len(nums)):\n            for _ in range(i):\n"
        "                steps += 1\n"
        "    return sum(nums)\n")
    report = judge_solution(solution, Options(budget_s=12.0, problems_dirs=(problem.parent,)))
    assert report.verdict is Verdict.TOO_SLOW, report.reason
    assert report.complexity is not None and report.complexity.time.family == "generate_descending"


def test_counts_that_prove_a_solution_slower_stand_whatever_the_native_calls_cost() -> None:
    """An insort window (O(n^2) in memmove) counted slower than its O(n log n) problem: its
    native calls cost more per counted instruction as n grows (a backward memmove counts
    ~0.1 instruction a byte), which would have it timed instead (`uncounted`), and the timed
    fit, "O(n), O(n log n) or O(n^2)", accepted it. Unseen work cannot make it faster."""
    from types import SimpleNamespace
    from typing import Any, cast

    from judge.complexity.classes import by_name
    from judge.complexity.counted_ladder import CountLadder, CountPoint
    from judge.complexity.measure import Ladder, SizePoint
    from judge.complexity.uncounted import uncounted_rise
    from judge.judging.complexity_phase import _unless_contradicted
    from judge.judging.ladders import Measured

    def count(n: int) -> float:
        return 300.0 * n + 1.0 * n * n

    sizes = [2**k for k in range(3, 14)]
    counted = CountLadder("generate", tuple(CountPoint(n, (round(count(n)),) * 2) for n in sizes), "settled", 1.0)
    # Natively each counted instruction costs more as the list outgrows the caches: 32x at the top.
    native = Ladder("generate", tuple(SizePoint(n, (6e-5 + 1.5e-10 * count(n) * max(1.0, n / 1024),), 1)
                                      for n in [*sizes, 2**14, 2**15]), "settled", 1.0)
    assert uncounted_rise([native], [counted]) is not None  # the rise that would have it timed
    measured = Measured(ladders=(native,), counted=(counted,))
    plan = SimpleNamespace(problem=SimpleNamespace(time=by_name("O(n log n)")))
    assert _unless_contradicted(cast(Any, plan), measured, 15.0) is measured
