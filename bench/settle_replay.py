"""Replay the current settle rules on the counted ladders a benchmark run saved.

Counts are exact: cutting a saved ladder where `judge.complexity.settle.settled` would
have stopped it is what the judge would have counted, so a change to the settle rules can
be checked on saved runs in seconds before it is run live. For each solution whose
reported ladder the current rules stop sooner than it went, this prints the size it went
to and the size they stop at, the fit and status at both, and flags a changed class or
status, and a best class that misses the label. Only the reported family is saved.

Run:  .venv/bin/python bench/settle_replay.py RUN.json [RUN.json ...]
(RUN.json from `bench/complexity_accuracy.py --json`.)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from judge.complexity.assess import assess
from judge.complexity.classes import ComplexityClass
from judge.complexity.counted_ladder import CountPoint, count_samples
from judge.complexity.fit import Fit, fit
from judge.complexity.settle import settled
from judge.problem.loader import load_problem

ROOT = Path(__file__).resolve().parent.parent


def _ladder(row: dict) -> list[CountPoint]:
    by_n: dict[int, list[int]] = defaultdict(list)
    for n, count in row["time_points"]:
        by_n[int(n)].append(int(count))
    return [CountPoint(n, tuple(counts)) for n, counts in sorted(by_n.items())]


def _problem_dir(saved: str) -> Path:
    """The problem folder in this checkout (runs save the snapshot's absolute path)."""
    parts = Path(saved).parts
    for anchor in ("bench", "judge"):
        if anchor in parts:
            return ROOT.joinpath(*parts[parts.index(anchor):])
    return Path(saved)


def _described(fitted: Fit, expected: ComplexityClass) -> str:
    return f"{fitted.best.name} {[c.name for c in fitted.plausible]} {assess(fitted, expected).status}"


def replay(paths: list[Path]) -> int:
    moved = changed = 0
    for path in paths:
        for row in json.loads(path.read_text()):
            points = _ladder(row)
            if len(points) < 3:
                continue
            expected = load_problem(_problem_dir(row["entry"]["problem"])).time
            stop = next((k for k in range(1, len(points) + 1) if settled(points[:k], expected)), len(points))
            if stop == len(points):
                continue
            full = fit(count_samples(points), kind="instructions")
            cut = fit(count_samples(points[:stop]), kind="instructions")
            moved += 1
            flags = ""
            if (full.best, full.plausible, assess(full, expected).status) != \
                    (cut.best, cut.plausible, assess(cut, expected).status):
                changed += 1
                flags += "  CHANGED"
            if cut.best.name != row["entry"]["time"]:
                flags += "  (label " + row["entry"]["time"] + ")"
            print(f"{Path(row['entry']['file']).name[:44]:44s} n {points[-1].n:>9,} -> {points[stop - 1].n:>9,}  "
                  f"{_described(full, expected)} -> {_described(cut, expected)}{flags}")
    print(f"{moved} ladders stop sooner, {changed} with another class or status")
    return 1 if changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="+", type=Path, help="JSON files from complexity_accuracy.py --json")
    return replay(parser.parse_args().runs)


if __name__ == "__main__":
    sys.exit(main())
