"""Answers at ladder sizes against the reference's: what is checked where, and which failure wins."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest

from judge.api import Options, judge_solution
from judge.complexity.measure import Check, Ladder
from judge.judging import complexity_phase
from judge.judging.ladders import Measured
from judge.judging.scale_checks import ScaleCheck, merged
from judge.report import CaseResult
from judge.verdicts import Verdict

ROOT = Path(__file__).resolve().parents[2]


def wrong(name: str) -> CaseResult:
    return CaseResult(name=name, group="scale", verdict=Verdict.WRONG_ANSWER)


def test_merged_keeps_the_first_failure_and_every_unchecked_size() -> None:
    first = ScaleCheck(wrong("generate n=64"), frozenset({("generate", 4096)}))
    then = ScaleCheck(wrong("counted n=32"), frozenset({("wide", 8192)}))
    both = merged(first, then)
    assert both.failure is not None and both.failure.name == "generate n=64"
    assert both.unchecked == {("generate", 4096), ("wide", 8192)}
    assert merged(ScaleCheck(), then).failure is then.failure


def ladder(family: str, *sizes: int) -> Ladder:
    return Ladder(family, (), "max_n", 0.0, tuple(Check(n, {"n": n}, n) for n in sizes))


@pytest.fixture()
def checked_now(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Records which answer lists the end of the phase hands to the reference."""
    calls: list[list[str]] = []

    def check(problem: object, answers: Sequence[tuple[str, Sequence[Check]]], until: float) -> ScaleCheck:
        calls.append([family for family, _ in answers])
        return ScaleCheck(unchecked=frozenset({("late", 1)}))

    monkeypatch.setattr(complexity_phase, "check_at_scale", check)
    return calls


def test_native_answers_checked_beside_counting_are_not_checked_again(checked_now: list[list[str]]) -> None:
    measured = Measured(ladders=(ladder("generate", 8, 16),), recounted=(("generate", (Check(8, {"n": 8}, 8),)),),
                        checked=ScaleCheck(unchecked=frozenset({("generate", 16)})))
    scale = complexity_phase._checked_at_scale(None, measured, 0.0)  # type: ignore[arg-type]
    assert checked_now == [["generate"]]  # the counted answers only
    assert scale.unchecked == {("generate", 16), ("late", 1)}


def test_without_an_early_check_every_answer_is_checked_at_the_end(checked_now: list[list[str]]) -> None:
    measured = Measured(ladders=(ladder("generate", 8), ladder("wide", 8)), recounted=(("generate", ()),))
    complexity_phase._checked_at_scale(None, measured, 0.0)  # type: ignore[arg-type]
    assert checked_now == [["generate", "wide", "generate"]]


def test_a_wrong_answer_found_beside_counting_ends_the_phase(checked_now: list[list[str]]) -> None:
    measured = Measured(ladders=(ladder("generate", 8),), checked=ScaleCheck(wrong("generate n=8")))
    scale = complexity_phase._checked_at_scale(None, measured, 0.0)  # type: ignore[arg-type]
    assert scale.failure is not None and scale.failure.name == "generate n=8" and checked_now == []


@pytest.mark.slow
@pytest.mark.parametrize("measure", ["instructions", "cpu"])
def test_a_solution_wrong_only_at_ladder_sizes_is_a_wrong_answer(tmp_path: Path, measure: str) -> None:
    problem = tmp_path / "nth_triangular"
    shutil.copytree(ROOT / "bench" / "problems" / "nth_triangular", problem)
    solution = tmp_path / "off_by_one.py"
    solution.write_text("def nth_triangular(n):\n"
                        "    return n * (n + 1) // 2 + (1 if 5000 < n < 123457 else 0)  # the one large test\n")
    report = judge_solution(solution, Options(problem=str(problem), budget_s=8.0, measure=measure))  # type: ignore[arg-type]
    assert report.verdict is Verdict.WRONG_ANSWER, report.reason
    case = report.cases[-1]
    assert case.group == "scale" and case.n is not None and 5000 < case.n < 123457
