"""What a caller can ask of one judging run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Measure = Literal["auto", "instructions", "cpu"]
Progress = Callable[[str, float], None]


@dataclass(frozen=True)
class Options:
    """Options of `judge run` (and of every solution of `judge grade`)."""

    problem: str | None = None
    problems_dirs: tuple[Path, ...] = ()
    complexity: bool = True
    seed: int = 0
    budget_s: float = 15.0
    confine: bool = True
    measure: Measure = "auto"  # time from "instructions" (callgrind), "cpu" (CPU time), or "auto"
