"""Allocations CPython makes for a solution, read from its source."""

from __future__ import annotations

from judge.judging.source_facts import allocators


def test_sorts_keys_and_recursion_are_found() -> None:
    assert allocators("def f(a):\n    a.sort()\n    return a[0]\n") == ("sort",)
    assert allocators("def f(a):\n    return sorted(a, key=abs)\n") == ("sort", "sort_key")
    assert allocators("def depth(t):\n    return 1 + depth(t.left) if t else 0\n") == ("recursion",)
    method = "class Solution:\n    def go(self, n):\n        return self.go(n - 1) if n else 0\n"
    assert allocators(method) == ("recursion",)


def test_plain_loops_and_unreadable_source_allocate_nothing_hidden() -> None:
    assert allocators("def f(a):\n    return max(a)\n") == ()
    assert allocators("def f(a:\n") == ()


def test_the_note_shows_only_when_space_is_above_the_expected_class() -> None:
    from dataclasses import replace

    from judge.report import AxisResult, ComplexityResult
    from judge.reports.phrases import allocator_note

    axis = AxisResult(expected="O(1)", measured="O(n)", plausible=("O(n)",), status="worse", confidence=1.0,
                      reason="slower_confirmed", family="generate", points=())
    result = ComplexityResult(time=replace(axis, status="ok"), space=axis, sizes=(), seconds=0.0,
                              allocators=("sort",))
    assert allocator_note(result) == ("CPython allocates here: list.sort and sorted keep a merge buffer "
                                      "of up to n/2 items")
    assert allocator_note(replace(result, space=replace(axis, status="ok"))) == ""
    assert ComplexityResult.from_dict(_as_dict(result)).allocators == ("sort",)


def _as_dict(result):  # type: ignore[no-untyped-def]
    import json

    from judge.report import Report
    from judge.verdicts import Verdict

    report = Report(problem="p", title="t", solution="s.py", verdict=Verdict.ACCEPTED, complexity=result)
    return json.loads(json.dumps(report.to_dict()))["complexity"]
