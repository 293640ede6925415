"""The reference counted as a yardstick: which families need it, and end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.api import Options, judge_solution
from judge.complexity.classes import LINEAR, QUADRATIC
from judge.complexity.counted_ladder import CountLadder
from judge.judging.reference_counts import is_open
from tests.complexity.test_yardstick import _deque

ROOT = Path(__file__).resolve().parents[2]


def test_only_families_that_leave_the_expected_class_open_are_counted_again() -> None:
    deque = CountLadder("generate_decreasing", tuple(_deque()), "max_n", 1.0)
    assert is_open(deque, LINEAR)  # "O(n) or O(n log n)"
    assert not is_open(deque, QUADRATIC)  # O(n^2) is not in question
    short = CountLadder("generate", tuple(p for p in _deque() if p.n <= 1024), "max_n", 1.0)
    assert not is_open(short, LINEAR)  # 256 .. 1,024: too few sizes for a ratio


@pytest.mark.slow
def test_a_deque_the_data_slows_per_item_reads_o_n_alone(tmp_path: Path) -> None:
    """The corpus's monotonic deque: its counts alone read "O(n) or O(n log n)" (duplicates
    to pop grow with n); on the same inputs the reference's count keeps a flat ratio."""
    solution = tmp_path / "sliding_window_max.py"
    solution.write_text((ROOT / "bench" / "corpus" / "sliding_window_max__deque.py").read_text())
    report = judge_solution(solution, Options(problem="sliding_window_max", budget_s=15.0, measure="instructions"))
    assert report.complexity is not None
    time = report.complexity.time
    assert (time.measured, time.plausible) == ("O(n)", ("O(n)",)), time


@pytest.mark.slow
def test_the_reference_judged_as_a_solution_is_not_its_own_yardstick(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """`judge verify` judges the reference: a ratio to itself is 1 by construction."""
    from judge.judging import complexity_phase

    calls: list[str] = []
    real = complexity_phase._with_reference
    monkeypatch.setattr(complexity_phase, "_with_reference",
                        lambda plan, *args: calls.append(plan.problem.title) or real(plan, *args))
    problem = ROOT / "bench" / "problems" / "sum_list"
    options = Options(problem=str(problem), budget_s=8.0, measure="instructions")
    judge_solution(problem / "reference.py", options)
    assert calls == []
    copy = tmp_path / "sum_list.py"
    copy.write_text((problem / "reference.py").read_text())
    judge_solution(copy, options)
    assert len(calls) == 1
