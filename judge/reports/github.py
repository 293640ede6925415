"""GitHub Actions output: error annotations on the solution files and a job summary.

Annotations are workflow commands printed on stdout (`::error file=...,title=...::message`);
GitHub shows them on the file in the pull request. The Markdown table is appended to the
file named by $GITHUB_STEP_SUMMARY and shown on the run's summary page.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from judge.batch import Unmatched, is_accepted, tally
from judge.errors import UsageError
from judge.report import Report
from judge.reports.phrases import AXIS_COLUMNS, NOT_ACCEPTED, NOT_JUDGED
from judge.reports.summary import axis_cell, error_line, failure_details, tests_cell, verdict_text

ICONS = {"ok": "✅", "rejected": "❌", "unmatched": "⚠️"}


def in_github_actions(environ: Mapping[str, str] | None = None) -> bool:
    return (environ if environ is not None else os.environ).get("GITHUB_ACTIONS") == "true"


def escape_data(text: str) -> str:
    """Message escaping of GitHub workflow commands (so newlines survive)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Property escaping: also ':' and ',', which separate properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _workspace_path(path: str) -> str:
    """Annotations need the path relative to the repository (the workspace, i.e. the cwd)."""
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            return candidate.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return candidate.as_posix()
    return candidate.as_posix()


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


class GithubReporter:
    def render(self, report: Report) -> str:
        return "\n".join(self.annotations([report]))

    def annotations(self, entries: Sequence[Report | Unmatched]) -> list[str]:
        """One ::error line per solution that is not accepted (none for accepted ones)."""
        lines = []
        for entry in entries:
            if is_accepted(entry):
                continue
            props = {"file": _workspace_path(entry.solution)}
            if isinstance(entry, Unmatched):
                props["title"] = f"judge: {NOT_JUDGED}"
                message = entry.message
            else:
                props["title"] = f"judge: {entry.verdict.label} ({entry.problem})"
                line = _error_line_number(entry)
                if line is not None:
                    props["line"] = str(line)
                message = "\n".join(failure_details(entry))
            head = ",".join(f"{key}={escape_property(value)}" for key, value in props.items())
            lines.append(f"::error {head}::{escape_data(message)}")
        return lines

    def summary_markdown(self, entries: Sequence[Report | Unmatched], seconds: float | None = None) -> str:
        """The job summary: a table of every solution, then why each failed."""
        accepted = tally(entries).accepted
        took = f" in {seconds:.0f} s" if seconds is not None else ""
        out = [
            "## Judge results", "",
            f"**{accepted} of {len(entries)} accepted**{took}.", "",
            f"| | Solution | Problem | Verdict | Tests | Time ({AXIS_COLUMNS}) | Space ({AXIS_COLUMNS}) | Seconds |",
            "|---|---|---|---|---:|---|---|---:|",
        ]
        for entry in entries:
            if isinstance(entry, Unmatched):
                out.append(f"| {ICONS['unmatched']} | `{_cell(entry.solution)}` | ? | {NOT_JUDGED} | - | - | - | - |")
                continue
            icon = ICONS["ok"] if entry.verdict.passed else ICONS["rejected"]
            out.append(
                f"| {icon} | `{_cell(entry.solution)}` | {_cell(entry.problem)} | {verdict_text(entry)} "
                f"| {tests_cell(entry)} | {_cell(axis_cell(entry, 'time').text)} "
                f"| {_cell(axis_cell(entry, 'space').text)} | {entry.seconds:.1f} |"
            )
        failed = [e for e in entries if not is_accepted(e)]
        if failed:
            out += ["", f"### {NOT_ACCEPTED.capitalize()}", ""]
            out += [f"- `{_cell(e.solution)}`: {_cell(error_line(e))}" for e in failed]
        return "\n".join(out) + "\n"

    def append_summary(self, entries: Sequence[Report | Unmatched], path: Path | str | None = None,
                       seconds: float | None = None) -> Path | None:
        """Append to $GITHUB_STEP_SUMMARY (or `path`); None when there is nowhere to write."""
        target = path or os.environ.get("GITHUB_STEP_SUMMARY")
        if not target:
            return None
        try:
            with open(target, "a", encoding="utf-8") as handle:
                handle.write(self.summary_markdown(entries, seconds) + "\n")
        except OSError as exc:
            raise UsageError(f"cannot append the job summary to {target} ({exc.strerror}). "
                             "Check GITHUB_STEP_SUMMARY names a writable file.") from None
        return Path(target)


def _error_line_number(report: Report) -> int | None:
    """The solution's line a crash points at, so the annotation lands on it."""
    error = report.error if report.error else (report.first_failure.error if report.first_failure else None)
    line = (error or {}).get("line")
    return line if isinstance(line, int) and line > 0 else None
