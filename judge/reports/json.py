"""Machine-readable report: one JSON object per solution (stable field names).

`Report.to_dict` holds the numbers and codes; each complexity axis gets its sentence here,
as "message" where it always stood (from judge.reports.phrases).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from judge.batch import Unmatched
from judge.report import AxisResult, Report
from judge.reports.phrases import axis_message, complexity_notes


def report_dict(report: Report) -> dict[str, Any]:
    """Report.to_dict() with each complexity axis's "message"."""
    data = report.to_dict()
    if report.complexity is not None:
        data["complexity"]["notes"] = list(complexity_notes(report.complexity))
        for which in ("time", "space"):
            axis: AxisResult = getattr(report.complexity, which)
            data["complexity"][which] = _with_message(data["complexity"][which], axis_message(axis))
    return data


def _with_message(axis: dict[str, Any], message: str) -> dict[str, Any]:
    """The axis's fields with "message" after "confidence", where it stood before reasons."""
    out: dict[str, Any] = {}
    for key, value in axis.items():
        if key == "reason":
            out["message"] = message
        out[key] = value
    return out


class JsonReporter:
    def render(self, report: Report) -> str:
        return json.dumps(report_dict(report), indent=2, default=str)

    def render_many(self, entries: Sequence[Report | Unmatched]) -> str:
        """A JSON list: a report per judged solution, Unmatched's own shape for the others."""
        return json.dumps([report_dict(e) if isinstance(e, Report) else e.to_dict() for e in entries],
                          indent=2, default=str)
