from __future__ import annotations

import builtins
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from judge.errors import UsageError
from judge.report import Curve
from judge.reports import plot

from .conftest import accepted, slow, wrong

PNG = b"\x89PNG\r\n\x1a\n"


def test_png_bytes_are_a_png() -> None:
    pytest.importorskip("matplotlib")
    data = plot.PlotReporter().render_png_bytes(slow())
    assert data.startswith(PNG) and len(data) > 5000


def test_save_writes_a_file(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    target = tmp_path / "plot.png"
    plot.PlotReporter().save(accepted(), target)
    assert target.read_bytes().startswith(PNG)


def test_report_without_complexity_still_draws() -> None:
    pytest.importorskip("matplotlib")
    assert plot.PlotReporter().render_png_bytes(wrong()).startswith(PNG)


def test_curve_reconstruction_matches_the_formula() -> None:
    linear = Curve("O(n)", 2.0, 10.0, 100)
    assert np.allclose(plot.curve_values(linear, [100, 200, 400]), [12.0, 22.0, 42.0])
    quadratic = Curve("O(n^2)", 0.0, 1.0, 10)
    assert np.allclose(plot.curve_values(quadratic, [20]), [4.0])
    exponential = Curve("O(2^n)", 0.0, 1.0, 10, base=1.5)
    assert np.allclose(plot.curve_values(exponential, [12]), [1.5**2])


def test_missing_matplotlib_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "matplotlib" or name.startswith("matplotlib."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(UsageError, match=r"pip install 'judge\[plot\]'"):
        plot.require_matplotlib()
    assert not plot.has_matplotlib()


def test_human_labels() -> None:
    assert plot.human_count(4096) == "4096"
    assert plot.human_count(16384) == "16.4k"
    assert plot.human_count(2**20) == "1.05M"
    assert plot.human_seconds(2.5e-6) == "2.5 µs"
    assert plot.human_bytes(999) == "999 B"
    assert plot.human_bytes(1e5) == "100 kB"
