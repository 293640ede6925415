from __future__ import annotations

import xml.etree.ElementTree as ET

from judge.batch import Unmatched
from judge.report import Report
from judge.reports.junit import JunitReporter

from .conftest import accepted, wrong


def parse(entries: list[Report | Unmatched]) -> ET.Element:
    return ET.fromstring(JunitReporter().render_many(entries, seconds=12.5))


def test_one_suite_one_case_per_solution(entries: list[Report | Unmatched]) -> None:
    root = parse(entries)
    suites = root.findall("testsuite")
    assert len(suites) == 1
    suite = suites[0]
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("5", "3", "1")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [e.solution for e in entries]
    assert cases[0].get("classname") == "sum_list"
    assert cases[0].get("time") == "4.500"
    assert cases[0].find("failure") is None and cases[0].find("error") is None


def test_wrong_answer_failure_has_verdict_and_first_failing_case(entries: list[Report | Unmatched]) -> None:
    failure = parse(entries).findall("testsuite/testcase")[1].find("failure")
    assert failure is not None
    assert failure.get("type") == "wrong_answer"
    assert "wrong answer" in (failure.get("message") or "")
    text = failure.text or ""
    assert "02_no_output" in text
    assert "input: {\"nums\": [10, 20, 30, 40]}" in text
    assert "expected: 100" in text and "actual: 101" in text


def test_too_slow_failure_carries_the_complexity_message(entries: list[Report | Unmatched]) -> None:
    failure = parse(entries).findall("testsuite/testcase")[2].find("failure")
    assert failure is not None and failure.get("type") == "too_slow"
    assert "time: measured O(n^2), expected O(n): worse" in (failure.text or "")


def test_unmatched_file_is_an_error_not_a_skip(entries: list[Report | Unmatched]) -> None:
    case = parse(entries).findall("testsuite/testcase")[4]
    error = case.find("error")
    assert error is not None and error.get("type") == "ProblemNotFoundError"
    assert "mystery.py" in (error.get("message") or "")


def test_control_characters_in_output_still_give_valid_xml() -> None:
    report = wrong()
    case = report.cases[1]
    from dataclasses import replace

    report = replace(report, cases=(report.cases[0], replace(case, reason="bad \x00\x07 bytes", actual="\x1b[31m")))
    failure = parse([report]).find("testsuite/testcase/failure")
    assert failure is not None and "bad" in (failure.text or "")


def test_single_report_render() -> None:
    root = ET.fromstring(JunitReporter().render(accepted()))
    assert root.find("testsuite/testcase") is not None
