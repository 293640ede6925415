"""Grade many solution files at once (`judge grade`): the library half, no printing.

Correctness runs in parallel (the work happens in worker processes, so threads suffice),
but complexity phases take turns through one shared lock: two phases timed at once on the
same cores would slow each other down and corrupt both measurements.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from judge.errors import ProblemFormatError, ProblemNotFoundError, SandboxError, SolutionFileError, UsageError
from judge.report import Report

if TYPE_CHECKING:
    from judge.api import Options


@dataclass(frozen=True)
class Unmatched:
    """A file that could not be judged: its problem is unknown or broken, or it is unreadable.

    It is an entry of its own in every output, so a misnamed file is never skipped silently.
    """

    solution: str
    message: str
    kind: str = "ProblemNotFoundError"

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape next to Report.to_dict(): no problem, no verdict, an error."""
        return {"solution": self.solution, "problem": None, "verdict": None,
                "error": {"type": self.kind, "message": self.message}}


@dataclass(frozen=True)
class GradeResult:
    """Every entry in the order the files were found, plus the run's wall time."""

    entries: tuple[Report | Unmatched, ...]
    seconds: float = 0.0

    @property
    def reports(self) -> tuple[Report, ...]:
        return tuple(e for e in self.entries if isinstance(e, Report))

    @property
    def unmatched(self) -> tuple[Unmatched, ...]:
        return tuple(e for e in self.entries if isinstance(e, Unmatched))

    @property
    def all_accepted(self) -> bool:
        """What the exit code follows: every file judged, and every one accepted."""
        return not self.unmatched and all(r.verdict.passed for r in self.reports)


def is_accepted(entry: Report | Unmatched) -> bool:
    return isinstance(entry, Report) and entry.verdict.passed


@dataclass(frozen=True)
class Tally:
    """The totals every report format shows: accepted, judged but not accepted, not judged."""

    accepted: int
    rejected: int
    unmatched: int


def tally(entries: Iterable[Report | Unmatched]) -> Tally:
    accepted = rejected = unmatched = 0
    for entry in entries:
        if isinstance(entry, Unmatched):
            unmatched += 1
        elif entry.verdict.passed:
            accepted += 1
        else:
            rejected += 1
    return Tally(accepted, rejected, unmatched)


def collect_solutions(paths: Iterable[Path | str]) -> list[Path]:
    """The solution files under `paths`, each folder walked in sorted order.

    Skipped inside folders: hidden files and folders, __pycache__, and dunder files such
    as __init__.py (none of them is a solution). A file named explicitly is always kept.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            candidates = [path]
        elif path.is_dir():
            candidates = sorted(p for p in path.rglob("*.py") if p.is_file() and not _ignored(p.relative_to(path)))
            if not candidates:
                raise UsageError(f"no solution files (*.py) under {path}. "
                                 "Pass the folder that holds the solutions, e.g. `judge grade solutions/`.")
        else:
            raise UsageError(f"{path} does not exist. Pass solution files or folders of solutions.")
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


def _ignored(relative: Path) -> bool:
    parts = relative.parts
    return (any(p.startswith(".") or p == "__pycache__" for p in parts)
            or (parts[-1].startswith("__") and parts[-1].endswith("__.py")))


def grade(paths: Sequence[Path | str], options: Options | None = None, *, jobs: int | None = None,
          on_done: Callable[[Path, Report | Unmatched], None] | None = None) -> GradeResult:
    """Judge every solution under `paths`; a file that cannot be judged becomes an Unmatched entry.

    `on_done` is called (from worker threads) as each file finishes, for progress displays.
    Anything else that goes wrong while one file is judged is that file's failure (an
    "InternalError" entry): one solution never stops the batch. Only a SandboxError (the
    machine cannot run any solution, e.g. --measure instructions without valgrind) and
    Ctrl-C stop it.
    """
    from judge.api import Options, judge_solution

    options = options or Options()
    files = collect_solutions(paths)
    started = time.monotonic()
    gate = threading.Lock()  # one complexity phase at a time, across all threads

    def one(path: Path) -> Report | Unmatched:
        entry: Report | Unmatched
        try:
            entry = judge_solution(path, options, complexity_gate=gate)
            json.dumps(entry.to_dict())  # every output format renders from this: fail here, for this file only
        except (ProblemNotFoundError, ProblemFormatError, SolutionFileError) as exc:
            entry = Unmatched(str(path), str(exc), type(exc).__name__)
        except SandboxError:
            raise
        except Exception as exc:  # the judge's own failure on this file: reported, never fatal to the batch
            entry = Unmatched(str(path), f"the judge failed on this solution: {type(exc).__name__}: {exc}",
                              "InternalError")
        if on_done is not None:
            on_done(path, entry)
        return entry

    workers = max(1, jobs or os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="judge-grade") as pool:
        futures: list[Future[Report | Unmatched]] = [pool.submit(one, path) for path in files]
        try:
            entries = tuple(f.result() for f in futures)
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return GradeResult(entries, time.monotonic() - started)
