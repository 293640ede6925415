"""JUnit XML, the format CI systems (GitHub, GitLab, Jenkins) render as test results.

One <testsuite>, one <testcase> per solution file: name = the solution's path, classname =
the problem slug, time = seconds spent judging it. A rejected solution gets a <failure>
(type = verdict) whose text holds the first failing case or the complexity message; a
file that could not be judged at all gets an <error>.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from judge.batch import Unmatched, tally
from judge.report import Report
from judge.reports.phrases import note
from judge.reports.summary import error_line, failure_details

# Characters XML 1.0 cannot hold at all (a solution's stdout may contain them).
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
MESSAGE_LIMIT = 500


def clean(text: str) -> str:
    return _INVALID_XML.sub("\N{REPLACEMENT CHARACTER}", text)


class JunitReporter:
    def __init__(self, suite_name: str = "judge") -> None:
        self.suite_name = suite_name

    def render(self, report: Report) -> str:
        return self.render_many([report])

    def render_many(self, entries: Sequence[Report | Unmatched], seconds: float | None = None) -> str:
        """The whole XML document (with declaration) for a grading run."""
        totals = tally(entries)
        failures, errors = totals.rejected, totals.unmatched
        total = seconds if seconds is not None else sum(e.seconds for e in entries if isinstance(e, Report))
        counts = {"tests": str(len(entries)), "failures": str(failures), "errors": str(errors),
                  "skipped": "0", "time": f"{total:.3f}"}
        root = ET.Element("testsuites", {"name": self.suite_name, **counts})
        suite = ET.SubElement(root, "testsuite", {
            "name": self.suite_name, **counts,
            "timestamp": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        })
        for entry in entries:
            self._case(suite, entry)
        ET.indent(root)
        return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"

    def _case(self, suite: ET.Element, entry: Report | Unmatched) -> None:
        if isinstance(entry, Unmatched):
            case = ET.SubElement(suite, "testcase", {"name": clean(entry.solution), "classname": "unmatched",
                                                     "time": "0.000"})
            error = ET.SubElement(case, "error", {"type": entry.kind, "message": clean(_short(entry.message))})
            error.text = clean(entry.message)
            return
        case = ET.SubElement(suite, "testcase", {
            "name": clean(entry.solution), "classname": clean(entry.problem), "time": f"{entry.seconds:.3f}",
        })
        if not entry.verdict.passed:
            failure = ET.SubElement(case, "failure", {"type": entry.verdict.value,
                                                      "message": clean(_short(error_line(entry)))})
            failure.text = clean("\n".join(failure_details(entry)))
        if entry.warnings:
            out = ET.SubElement(case, "system-out")
            out.text = clean("\n".join(note(w) for w in entry.warnings))


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= MESSAGE_LIMIT else line[: MESSAGE_LIMIT - 3] + "..."
