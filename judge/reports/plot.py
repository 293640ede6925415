"""Draw a report's complexity measurements: points plus the fitted curves, log-log.

matplotlib is an optional extra (`judge[plot]`): nothing here imports it at module load,
so the rest of the judge works without it and `require_matplotlib` says how to get it.
The curves are rebuilt from the saved `Curve` values, so a report loaded from JSON plots
exactly as the live one did.
"""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from judge.errors import UsageError
from judge.report import AxisResult, Curve, Report
from judge.reports.phrases import STATUS_WORDS, axis_message

if TYPE_CHECKING:
    import numpy as np
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

INSTALL_HINT = "install the plot extra: pip install 'judge[plot]'"
CURVE_POINTS = 200
STYLES = {"best": ("#1f6feb", "-"), "runner_up": ("#d29922", "--"), "expected": ("#1a7f37", ":")}


def has_matplotlib() -> bool:
    """True when plots can be drawn (the HTML report embeds them only then)."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


def require_matplotlib() -> None:
    """Fail early, before minutes of judging, when a plot was asked for but cannot be drawn."""
    if not has_matplotlib():
        raise UsageError(
            "drawing a plot needs matplotlib, which is not installed in this environment. "
            f"To get it, {INSTALL_HINT} (or pip install matplotlib), or run without --plot."
        )


def curve_values(curve: Curve, n: Any) -> np.ndarray:
    """value(n) = constant + term_at_ref * g(n) / g(ref_n), computed in logs so 2^n stays finite."""
    import numpy as np

    from judge.complexity.classes import by_name

    cls = by_name(curve.name)
    arr = np.asarray(n, dtype=np.float64)
    ratio = cls.log_basis(arr, curve.base) - cls.log_basis(np.float64(curve.ref_n), curve.base)
    with np.errstate(over="ignore", invalid="ignore"):
        return np.asarray(curve.constant + curve.term_at_ref * np.exp(ratio), dtype=np.float64)


def _num(value: float) -> str:
    return f"{value:.0f}" if value >= 100 else f"{value:.3g}"


def human_count(value: float) -> str:
    """8, 512, 4096, 16.4k, 1.05M: short labels for sizes (exact below 10,000)."""
    if value < 10_000:
        return f"{value:.0f}"
    if value < 1e6:
        return f"{value / 1e3:.3g}k"
    return f"{value / 1e6:.3g}M" if value < 1e9 else f"{value / 1e9:.3g}G"


def human_seconds(value: float) -> str:
    for factor, suffix in ((1.0, "s"), (1e-3, "ms"), (1e-6, "µs")):
        if value >= factor:
            return f"{_num(value / factor)} {suffix}"
    return f"{_num(value / 1e-9)} ns"


def human_bytes(value: float) -> str:
    """Decimal units (kB, MB), so the decades of a log axis read 10 kB, 100 kB, 1 MB."""
    for factor, suffix in ((1e9, "GB"), (1e6, "MB"), (1e3, "kB")):
        if value >= factor:
            return f"{_num(value / factor)} {suffix}"
    return f"{_num(value)} B"


def _curve(axis: AxisResult, name: str | None) -> Curve | None:
    return next((c for c in axis.curves if c.name == name), None) if name else None


class PlotReporter:
    """One PNG per report: time on the left, space on the right, both log-log."""

    def __init__(self, width_in: float = 11.0, height_in: float = 4.2, dpi: int = 110) -> None:
        self.size = (width_in, height_in)
        self.dpi = dpi

    def save(self, report: Report, path: Path | str) -> None:
        """Write the PNG to `path` (parent folders must exist)."""
        try:
            Path(path).write_bytes(self.render_png_bytes(report))
        except OSError as exc:
            raise UsageError(f"cannot write the plot to {path} ({exc.strerror}). "
                             "Pass a path in a folder you can write to.") from None

    def render_png_bytes(self, report: Report) -> bytes:
        """The PNG itself, for embedding (the HTML report inlines it as base64)."""
        figure = self.figure(report)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=self.dpi)
        return buffer.getvalue()

    def figure(self, report: Report) -> Figure:
        """The figure on an Agg canvas of its own: no pyplot, no global state, no display needed."""
        require_matplotlib()
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        figure = Figure(figsize=self.size, layout="constrained")
        FigureCanvasAgg(figure)
        left, right = figure.subplots(1, 2)
        expected_time = report.expected_time or (report.complexity.time.expected if report.complexity else "?")
        expected_space = report.expected_space or (report.complexity.space.expected if report.complexity else "?")
        figure.suptitle(f"{report.problem} · {Path(report.solution).name} · {report.verdict.label}   "
                        f"(expected time {expected_time}, space {expected_space})", fontsize=11)
        if report.complexity is None:
            for axes, title in ((left, "Time"), (right, "Space")):
                self._empty(axes, title, f"no complexity measurements\n(verdict: {report.verdict.label})")
        else:
            self._panel(left, "Time", report.complexity.time)
            self._panel(right, "Space", report.complexity.space)
        return figure

    def _ticks(self, axes: Axes, sizes: list[float], unit: str) -> None:
        """Readable ticks: the measured sizes on x, human units on y (not 2x10^1 style)."""
        from matplotlib.ticker import FuncFormatter, NullFormatter

        step = max(1, math.ceil(len(sizes) / 10))
        axes.set_xticks(sizes[::step])
        axes.xaxis.set_major_formatter(FuncFormatter(lambda v, _: human_count(v)))
        axes.xaxis.set_minor_formatter(NullFormatter())
        human = {"s": human_seconds, "instructions": human_count}.get(unit, human_bytes)
        formatter = FuncFormatter(lambda v, _: human(v))
        axes.yaxis.set_major_formatter(formatter)
        low, high = axes.get_ylim()
        axes.yaxis.set_minor_formatter(formatter if high / max(low, 1e-300) < 20 else NullFormatter())

    def _empty(self, axes: Axes, title: str, message: str) -> None:
        axes.set_title(title)
        axes.text(0.5, 0.5, message, ha="center", va="center", transform=axes.transAxes, color="#57606a")
        axes.set_xticks([])
        axes.set_yticks([])

    def _panel(self, axes: Axes, title: str, axis: AxisResult) -> None:
        import numpy as np

        label = {"s": "CPU seconds per call", "instructions": "instructions per call (callgrind)"}.get(
            axis.unit, "extra bytes (peak)")
        points = [(n, v) for n, v in axis.points if n > 0 and v > 0 and math.isfinite(v)]
        head = f"{title}: measured {axis.shown}, expected {axis.expected} ({STATUS_WORDS[axis.status]})"
        if not points:
            why = "no positive measurements" if axis.points else (axis_message(axis) or "nothing measured")
            self._empty(axes, head, why)
            return
        axes.set_title(head, fontsize=9.5)
        ns = np.array([n for n, _ in points], dtype=np.float64)
        values = np.array([v for _, v in points], dtype=np.float64)
        axes.scatter(ns, values, s=16, color="#24292f", alpha=0.75, zorder=3,
                     label=f"measured ({axis.family})")
        grid = np.geomspace(ns.min(), ns.max(), CURVE_POINTS) if ns.max() > ns.min() else ns
        drawn: set[str] = set()
        for role, name in (("best", axis.measured), ("runner_up", axis.runner_up), ("expected", axis.expected)):
            curve = _curve(axis, name)
            if curve is None or curve.name in drawn:
                continue
            drawn.add(curve.name)
            fitted = curve_values(curve, grid)
            keep = np.isfinite(fitted) & (fitted > 0)
            if not keep.any():
                continue
            color, style = STYLES[role]
            what = {"best": "best fit", "runner_up": "runner-up", "expected": "expected class"}[role]
            axes.plot(grid[keep], fitted[keep], style, color=color, linewidth=1.8, label=f"{curve.name} ({what})")
        axes.set_xscale("log")
        axes.set_yscale("log")
        self._ticks(axes, sorted(set(ns.tolist())), axis.unit)
        axes.set_xlabel("n")
        axes.set_ylabel(label)
        axes.grid(True, which="major", alpha=0.3)
        axes.grid(True, which="minor", alpha=0.08)
        axes.legend(fontsize=8, loc="best", framealpha=0.85)
