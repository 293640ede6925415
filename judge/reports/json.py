"""Machine-readable report: one JSON object per solution (stable field names)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from judge.report import Report


class JsonReporter:
    def render(self, report: Report) -> str:
        return json.dumps(report.to_dict(), indent=2, default=str)

    def render_many(self, reports: Sequence[Report]) -> str:
        return json.dumps([r.to_dict() for r in reports], indent=2, default=str)
