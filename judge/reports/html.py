"""One self-contained HTML page for a grading run: a teacher opens it, nothing else needed.

No external resources (no fonts, scripts or stylesheets from the network): the CSS is
inline and plots are embedded as base64 PNG, so the file works offline, as an email
attachment, or as a CI artifact. Every value from a solution is escaped.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
from collections.abc import Sequence

from judge.batch import Unmatched, tally
from judge.report import Report
from judge.reports.phrases import AXIS_COLUMNS, NOT_ACCEPTED, NOT_JUDGED, note, solutions
from judge.reports.summary import (
    axis_cell,
    common_folder,
    complexity_lines,
    error_line,
    failure_details,
    tests_cell,
)

CSS = """
:root { --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --muted: #57606a; --line: #d0d7de;
        --bg: #f6f8fa; --ink: #1f2328; }
* { box-sizing: border-box; }
body { margin: 0; padding: 2rem clamp(1rem, 4vw, 3rem); color: var(--ink); background: #fff;
       font: 15px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 0; word-break: break-all; }
.lead { color: var(--muted); margin: 0 0 1.5rem; }
.totals { display: flex; gap: .75rem; flex-wrap: wrap; margin: 0 0 1.5rem; padding: 0; list-style: none; }
.totals li { border: 1px solid var(--line); border-radius: 8px; padding: .5rem 1rem; background: var(--bg); }
.totals b { font-size: 1.3rem; display: block; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; font-size: 14px; }
th, td { text-align: left; padding: .45rem .7rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--bg); font-weight: 600; white-space: nowrap; vertical-align: bottom; }
th small { display: block; font-weight: 400; color: var(--muted); font-size: 12px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.path { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
td.path .dir { color: var(--muted); }
td.path, .nw { white-space: nowrap; }
.scroll { overflow-x: auto; margin-bottom: 2rem; }
.scroll table { margin-bottom: 0; }
tbody tr:hover { background: #f3f6f9; }
a { color: #0969da; text-decoration: none; }
a:hover { text-decoration: underline; }
.badge { display: inline-block; padding: .05rem .55rem; border-radius: 999px; font-size: 12.5px;
         font-weight: 600; white-space: nowrap; color: #fff; background: var(--bad); }
.badge.ok { background: var(--ok); }
.badge.warn { background: var(--warn); }
.st-ok, .st-better { color: var(--ok); }
.st-worse { color: var(--bad); font-weight: 600; }
.st-inconclusive { color: var(--warn); }
section { border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.25rem; margin: 0 0 1.25rem; }
section header { display: flex; gap: .75rem; align-items: center; flex-wrap: wrap; margin-bottom: .5rem; }
section .meta { color: var(--muted); font-size: 13.5px; }
pre { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem;
      overflow-x: auto; white-space: pre-wrap; word-break: break-word; font-size: 13px; margin: .5rem 0; }
figure { margin: .75rem 0 0; }
figure img { max-width: 100%; height: auto; border: 1px solid var(--line); border-radius: 6px; }
.note { color: var(--muted); font-size: 13px; }
footer { color: var(--muted); font-size: 12.5px; margin-top: 2rem; }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _anchor(index: int) -> str:
    return f"solution-{index + 1}"


class HtmlReporter:
    """`plots=None` embeds plots when matplotlib is installed; False never draws them."""

    def __init__(self, title: str = "Judge results", plots: bool | None = None) -> None:
        self.title = title
        if plots is None:
            from judge.reports.plot import has_matplotlib

            plots = has_matplotlib()
        self.plots = plots

    def render(self, report: Report) -> str:
        return self.render_many([report])

    def render_many(self, entries: Sequence[Report | Unmatched], seconds: float | None = None) -> str:
        counts = tally(entries)
        accepted, rejected, unmatched = counts.accepted, counts.rejected, counts.unmatched
        when = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
        common = common_folder(entries)
        where = f" in <code>{_e(common)}/</code>" if common else ""
        took = f" in {seconds:.0f} s" if seconds is not None else ""
        parts = [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_e(self.title)}</title><style>{CSS}</style></head><body>",
            f"<h1>{_e(self.title)}</h1>",
            f'<p class="lead">{solutions(len(entries))}{where} '
            f"graded {_e(when)}{took}.</p>",
            '<ul class="totals">',
            f"<li><b>{accepted}</b>accepted</li>",
            f"<li><b>{rejected}</b>{NOT_ACCEPTED}</li>",
            *([f"<li><b>{unmatched}</b>{NOT_JUDGED}</li>"] if unmatched else []),
            "</ul>",
            self._table(entries),
            *(self._section(i, e) for i, e in enumerate(entries)),
            "" if self.plots else '<p class="note">Plots are left out: install the plot extra '
                                  "(pip install 'judge[plot]') to embed them.</p>",
            '<footer>Generated by <code>judge grade</code>. Test times are CPU seconds measured on the '
            "grading machine; complexity classes are fitted from measurements at growing sizes (time: "
            "instructions counted by callgrind where valgrind is installed, else CPU time).</footer>",
            "</body></html>",
        ]
        return "\n".join(p for p in parts if p) + "\n"

    def _table(self, entries: Sequence[Report | Unmatched]) -> str:
        head = ('<div class="scroll"><table><thead><tr><th>Solution</th><th>Problem</th><th>Verdict</th>'
                f'<th class="num">Tests passed</th><th>Time<small>{AXIS_COLUMNS}</small></th>'
                f'<th>Space<small>{AXIS_COLUMNS}</small></th><th class="num">Seconds</th></tr></thead><tbody>')
        common = common_folder(entries)
        rows = []
        for index, entry in enumerate(entries):
            folder, _, name = entry.solution.replace("\\", "/").rpartition("/")
            shown = (f'<span class="dir">{_e(folder)}/</span>' if folder and folder != common else "") + _e(name)
            link = f'<a href="#{_anchor(index)}">{shown}</a>'
            if isinstance(entry, Unmatched):
                rows.append(f'<tr><td class="path">{link}</td><td>?</td><td>{self._badge(entry)}</td>'
                            '<td class="num">-</td><td>-</td><td>-</td><td class="num">-</td></tr>')
                continue
            cells = [axis_cell(entry, "time"), axis_cell(entry, "space")]
            # Each class stays whole; a long measured range wraps before " / expected", not inside.
            complexity = "".join(f'<td><span class="nw st-{_e(c.status)}">{_e(c.measured)}</span>'
                                 f' / <span class="nw">{_e(c.expected)}</span></td>' for c in cells)
            problem = _e(entry.problem).replace("_", "_<wbr>")  # long slugs may break after an underscore
            rows.append(f'<tr><td class="path">{link}</td><td>{problem}</td>'
                        f'<td>{self._badge(entry)}</td><td class="num">{_e(tests_cell(entry))}</td>'
                        f'{complexity}<td class="num">{entry.seconds:.1f}</td></tr>')
        return head + "".join(rows) + "</tbody></table></div>"

    def _badge(self, entry: Report | Unmatched) -> str:
        if isinstance(entry, Unmatched):
            return f'<span class="badge warn">{NOT_JUDGED}</span>'
        kind = "badge ok" if entry.verdict.passed else "badge"
        return f'<span class="{kind}">{_e(entry.verdict.label)}</span>'

    def _section(self, index: int, entry: Report | Unmatched) -> str:
        out = [f'<section id="{_anchor(index)}"><header><h2>{_e(entry.solution)}</h2>{self._badge(entry)}</header>']
        if isinstance(entry, Unmatched):
            out.append(f"<pre>{_e(entry.message)}</pre></section>")
            return "".join(out)
        meta = f"{entry.problem} · {entry.title} · tests {tests_cell(entry)} · {entry.seconds:.1f} s"
        out.append(f'<div class="meta">{_e(meta)}</div>')
        if not entry.verdict.passed:
            out.append(f"<p><b>{_e(error_line(entry))}</b></p>")
            details = failure_details(entry, with_complexity=False)[1:]
            if details:
                out.append(f"<pre>{_e(chr(10).join(details))}</pre>")
        lines = complexity_lines(entry)
        if lines:
            out.append("<pre>" + _e("\n".join(lines)) + "</pre>")
        for warning in entry.warnings:
            out.append(f'<p class="note">{_e(note(warning))}</p>')
        if self.plots and entry.complexity is not None:
            out.append(self._plot(entry))
        out.append("</section>")
        return "".join(out)

    def _plot(self, report: Report) -> str:
        from judge.reports.plot import PlotReporter

        try:
            png = PlotReporter(width_in=10.0, height_in=3.8, dpi=96).render_png_bytes(report)
        except Exception as exc:  # a plot must never cost the teacher the whole page
            return f'<p class="note">plot unavailable: {_e(type(exc).__name__)}: {_e(exc)}</p>'
        data = base64.b64encode(png).decode("ascii")
        alt = f"time and space measurements of {report.solution}"
        return f'<figure><img alt="{_e(alt)}" src="data:image/png;base64,{data}"></figure>'
