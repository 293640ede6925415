"""Correctness-phase overhead: the judge vs a plain in-process loop, on 1,000 small tests.

Prints the judge's start-up time (process start to a first report, `--help`-free path),
the in-process loop time, the correctness-phase time, and their ratio. Target (issue 2):
start-up under 0.3 s; the phase within 3x of (in-process loop + start-up).
Run: .venv/bin/python bench/overhead.py
"""

from __future__ import annotations

import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "judge" / "problems" / "two_sum"
TESTS = 1000


def make_problem(base: Path) -> Path:
    folder = base / "two_sum"
    shutil.copytree(SOURCE, folder, ignore=shutil.ignore_patterns("tests", "submissions"))
    (folder / "tests").mkdir()
    rng = random.Random(1)
    for i in range(TESTS):
        n = rng.randint(2, 20)
        nums = rng.sample(range(-1000, 1000), n)
        a, b = rng.sample(range(n), 2)
        data = {"input": {"nums": nums, "target": nums[a] + nums[b]}}
        (folder / "tests" / f"t{i:04d}.json").write_text(json.dumps(data))
    return folder


def in_process(folder: Path) -> float:
    sys.path.insert(0, str(ROOT / "solutions"))
    from two_sum import Solution  # type: ignore[import-not-found]

    two_sum = Solution().twoSum

    tests = [json.loads(p.read_text())["input"] for p in sorted((folder / "tests").glob("*.json"))]
    start = time.perf_counter()
    for args in tests:
        two_sum(**args)
    return time.perf_counter() - start


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    judge = [sys.executable, "-m", "judge"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = make_problem(Path(tmp))
        startup = statistics.median(timed([*judge, "list", "--problems-dir", tmp]) for _ in range(5))
        loop = in_process(folder)
        solution = str(ROOT / "solutions" / "two_sum.py")
        run = [*judge, "run", solution, "--problem", str(folder), "--no-complexity"]
        phase = statistics.median(timed(run) for _ in range(3))
    target = 3 * (loop + startup)
    print(f"tests                      {TESTS}")
    print(f"judge start-up (judge list) {startup:.3f} s   (target < 0.300 s)")
    print(f"in-process loop            {loop * 1000:.1f} ms")
    print(f"judge run --no-complexity  {phase:.3f} s   (whole command, start-up included)")
    print(f"ratio phase / (loop + start-up) = {phase / (loop + startup):.2f}x   (target <= 3x: {target:.3f} s)")


if __name__ == "__main__":
    main()
