"""The correctness phase (run_tests) on the tiny tmp problem, with real workers."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BUGGY_SOLUTION, GOOD_SOLUTION, TINY_TOML

from judge.api import Options, judge_solution
from judge.errors import ProblemFormatError, SolutionFileError
from judge.judging.correctness import MAX_LIMIT_KILLS, checker_for, run_check, run_tests
from judge.judging.reference import ReferenceRunner, reference_values
from judge.judging.source import SolutionSource, ordered_args
from judge.problem.entry import entry_parameters
from judge.problem.loader import load_problem
from judge.report import preview
from judge.sandbox.runner import Reply
from judge.verdicts import Verdict


def grade(problem_root: Path, solution: Path, **kwargs):
    return run_tests(load_problem(problem_root), SolutionSource.read(solution), **kwargs)


def by_name(cases):
    return {c.name: c for c in cases}


def test_all_pass(problem_dir: Path, make_solution) -> None:
    cases, failure, layers = grade(problem_dir, make_solution(GOOD_SOLUTION))
    assert failure is None
    assert [c.verdict for c in cases] == [Verdict.ACCEPTED] * 5
    assert [c.name for c in cases] == ["example_1", "example_2", "01_empty", "02_no_output", "negatives"]
    assert isinstance(layers, tuple)


def test_missing_outputs_are_computed_by_the_reference(problem_dir: Path, make_solution) -> None:
    cases, _, _ = grade(problem_dir, make_solution(GOOD_SOLUTION))
    case = by_name(cases)["02_no_output"]
    assert case.expected == 100 and case.actual == 100
    assert by_name(cases)["example_1"].expected == 6


def test_wrong_answer_shows_expected_and_actual(problem_dir: Path, make_solution) -> None:
    cases, failure, _ = grade(problem_dir, make_solution(BUGGY_SOLUTION))
    assert failure is None
    case = by_name(cases)["02_no_output"]
    assert case.verdict is Verdict.WRONG_ANSWER
    assert case.expected == 100 and case.actual == 101
    assert dict(case.input) == {"nums": [10, 20, 30, 40]}
    assert [c.name for c in cases if c.verdict is not Verdict.ACCEPTED] == ["02_no_output"]


def test_test_disagreeing_with_the_reference_is_a_format_error(make_problem, make_solution) -> None:
    root = make_problem(extra_tests={"04_wrong.json": {"input": {"nums": [2, 2]}, "output": 5}})
    with pytest.raises(ProblemFormatError) as info:
        grade(root, make_solution(GOOD_SOLUTION))
    (finding,) = info.value.diagnostics.errors
    assert finding.file == "sum_list/tests/04_wrong.json"
    assert "expects 5 but the reference returns 4" in finding.message
    assert "04_wrong.json" in str(info.value)


def test_a_crash_on_one_test_does_not_stop_the_others(problem_dir: Path, make_solution) -> None:
    solution = make_solution("""\
        import os
        def sum_list(nums):
            if len(nums) == 4:
                os._exit(1)
            return sum(nums)
        """)
    cases, failure, _ = grade(problem_dir, solution)
    assert failure is None
    verdicts = {c.name: c.verdict for c in cases}
    assert verdicts.pop("02_no_output") is Verdict.RUNTIME_ERROR
    assert set(verdicts.values()) == {Verdict.ACCEPTED}
    assert "exited with code 1" in by_name(cases)["02_no_output"].reason
    assert not any(c.skipped for c in cases)


def test_runtime_error_keeps_the_line_and_output(problem_dir: Path, make_solution) -> None:
    solution = make_solution("""\
        def sum_list(nums):
            print("looking at", len(nums))
            return nums[0] + sum(nums[1:])
        """)
    cases, _, _ = grade(problem_dir, solution)
    empty = by_name(cases)["01_empty"]
    assert empty.verdict is Verdict.RUNTIME_ERROR and empty.reason.startswith("IndexError")
    assert empty.error is not None and empty.error["line"] == 3
    assert empty.stdout == "looking at 0\n"
    assert by_name(cases)["example_1"].stdout == "looking at 3\n"


def test_load_failure_skips_every_test(problem_dir: Path, make_solution) -> None:
    cases, failure, _ = grade(problem_dir, make_solution("def sum_list(nums)\n    return 0\n"))
    assert failure is not None and "SyntaxError" in failure.reason and "(line 1)" in failure.reason
    assert all(c.skipped and c.verdict is Verdict.INVALID_SOLUTION for c in cases)
    assert len(cases) == 5


def test_repeated_limit_kills_stop_running_tests(make_problem, make_solution) -> None:
    root = make_problem(toml=TINY_TOML.replace("time_limit_s = 2.0", "time_limit_s = 0.2"))
    cases, failure, _ = grade(root, make_solution("def sum_list(nums):\n    while True:\n        pass\n"))
    assert failure is None
    ran = [c for c in cases if not c.skipped]
    assert len(ran) == MAX_LIMIT_KILLS
    assert all(c.verdict is Verdict.TIME_LIMIT_EXCEEDED for c in cases)
    assert all("repeated limit kills" in c.reason for c in cases if c.skipped)


def test_progress_is_reported(problem_dir: Path, make_solution) -> None:
    seen: list[tuple[int, int]] = []
    grade(problem_dir, make_solution(GOOD_SOLUTION), progress=lambda done, total: seen.append((done, total)))
    assert seen == [(i, 5) for i in range(1, 6)]


def test_custom_checker_decides(make_problem, make_solution) -> None:
    checker = """\
        def check(input, expected, actual):
            if actual % 2 != expected % 2:
                return False, "parity differs"
            return True
        """
    root = make_problem(checker=checker)
    cases, _, _ = grade(root, make_solution("def sum_list(nums):\n    return sum(nums) + 2\n"))
    assert {c.verdict for c in cases} == {Verdict.ACCEPTED}
    cases, _, _ = grade(root, make_solution("def sum_list(nums):\n    return sum(nums) + 1\n", "odd.py"))
    assert {c.reason for c in cases} == {"parity differs"}


def test_broken_custom_checker_is_a_format_error(make_problem, make_solution) -> None:
    root = make_problem(checker="def check(input, expected, actual):\n    return undefined_name\n")
    problem = load_problem(root)
    checker = checker_for(problem)  # loads fine; fails when called
    with pytest.raises(ProblemFormatError) as info:
        run_check(problem, checker, {}, 1, 1)
    (finding,) = info.value.diagnostics.errors
    assert finding.file == "sum_list/checker.py" and "NameError" in finding.message
    with pytest.raises(ProblemFormatError, match=r"checker\.py"):
        grade(root, make_solution(GOOD_SOLUTION))


def test_solution_with_other_parameter_names_gets_them_in_reference_order(make_problem, make_solution) -> None:
    root = make_problem(
        toml=TINY_TOML.replace('entry = "sum_list"', 'entry = "weighted"'),
        reference="def weighted(nums, weight):\n    return sum(nums) * weight\n",
        tests={"example_1.json": {"input": {"weight": 10, "nums": [1, 2]}, "output": 30}},
    )
    assert entry_parameters(root / "reference.py", "weighted") == ("nums", "weight")
    assert list(ordered_args({"weight": 1, "nums": [], "extra": 0}, ("nums", "weight"))) == ["nums", "weight", "extra"]
    cases, _, _ = grade(root, make_solution("def weighted(values, factor):\n    return sum(values) * factor\n"))
    assert cases[0].verdict is Verdict.ACCEPTED


def test_reference_values(problem_dir: Path) -> None:
    problem = load_problem(problem_dir)
    assert reference_values(problem, [{"nums": [1, 2]}, {"nums": []}]) == [3, 0]


def test_a_reference_just_past_a_callers_limit_has_no_answer_rather_than_failing(problem_dir: Path) -> None:
    # Measured: an O(n) reference at n = 10^8 replied after 6.26 s CPU against a 6.24 s
    # limit (the kernel's kill comes a tick later); the problem is not broken.
    with ReferenceRunner(load_problem(problem_dir)) as reference:
        reference.worker.start()
        cpu = 6.26
        reference.worker.call = (  # type: ignore[method-assign]
            lambda *args, **kwargs: Reply("reply", {"status": "ok", "value": "3"}, cpu_s=cpu, wall_s=cpu))
        assert reference.answer_within({"nums": [1, 2]}, 6.24) == (False, None)
        assert reference.answer_within({"nums": [1, 2]}, None) == (True, 3)
        cpu = reference.limit + 1  # past the problem's own generous limit: the reference is broken
        with pytest.raises(ProblemFormatError, match="fails on input"):
            reference.answer_within({"nums": [1, 2]}, None)


def test_solution_file_errors(tmp_path: Path) -> None:
    with pytest.raises(SolutionFileError, match="does not exist"):
        SolutionSource.read(tmp_path / "missing.py")
    with pytest.raises(SolutionFileError, match="does not exist or is not a file"):
        SolutionSource.read(tmp_path)
    binary = tmp_path / "binary.py"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(SolutionFileError, match="not UTF-8"):
        SolutionSource.read(binary)


def test_preview() -> None:
    assert preview([1, 2]) == "[1, 2]"
    long = preview(list(range(1000)), limit=20)
    assert long.startswith("[0, 1, 2") and long.endswith("(1,000 items)") and len(long) < 50


def test_judge_solution_without_complexity(problem_dir: Path, make_solution) -> None:
    options = Options(problem=str(problem_dir), complexity=False)
    report = judge_solution(make_solution(BUGGY_SOLUTION), options)
    assert report.verdict is Verdict.WRONG_ANSWER
    assert report.reason.startswith("test 02_no_output")
    assert report.complexity is None and report.passed == 4
    good = judge_solution(make_solution(GOOD_SOLUTION, "good.py"), options)
    assert good.verdict is Verdict.ACCEPTED and good.complexity is None and good.seconds > 0


def test_reference_answers_are_cached_and_invalidated(problem_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    import judge.judging.reference as grading

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    calls: list[int] = []
    real = grading.reference_values

    def counting(problem, inputs, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(len(inputs))
        return real(problem, inputs, **kwargs)

    monkeypatch.setattr(grading, "reference_values", counting)
    problem = load_problem(problem_dir)
    inputs = [t.input for t in problem.tests]
    first = grading.cached_reference_values(problem, inputs)
    assert grading.cached_reference_values(problem, inputs) == first
    assert len(calls) == 1  # the second call came from the cache
    (problem_dir / "reference.py").write_text((problem_dir / "reference.py").read_text() + "\n# edited\n")
    assert grading.cached_reference_values(load_problem(problem_dir), inputs) == first
    assert len(calls) == 2  # a changed reference is run again


def test_parallel_cold_cache_computes_the_reference_once(problem_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    import judge.judging.reference as grading

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    calls: list[int] = []
    started = threading.Event()

    def slow(problem, inputs, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(len(inputs))
        started.set()
        time.sleep(0.3)  # the other thread arrives while this one computes
        return [sum(t["nums"]) for t in inputs]

    monkeypatch.setattr(grading, "reference_values", slow)
    problem = load_problem(problem_dir)
    inputs = [t.input for t in problem.tests]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: grading.cached_reference_values(problem, inputs), range(4)))
    assert started.is_set() and len(calls) == 1
    assert all(r == results[0] for r in results)
