"""Shared fixtures: a tiny valid problem written into tmp_path, solution files, a CLI runner.

The tiny problem is `sum_list(nums) -> int` (O(n) time, O(1) space). `write_problem`
writes it with any file replaced (pass a string) or removed (pass None), so a test states
only what differs from a valid folder. The malformed folders under tests/fixtures/
bad_problems/ are derived from the same files.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
BAD_PROBLEMS = FIXTURES / "bad_problems"
SOLUTIONS = ROOT / "solutions"

_KEEP = object()

TINY_TOML = """\
title = "Sum of a List"
entry = "sum_list"
difficulty = "easy"
tags = ["array"]

[complexity]
time = "O(n)"
space = "O(1)"

[limits]
time_limit_s = 2.0
memory_mb = 256

[checker]
kind = "exact"

[scaling]
min_n = 8
max_n = 4096
"""

TINY_STATEMENT = """\
# Sum of a List

Return the sum of the integers in `nums` (0 for an empty list).
"""

TINY_REFERENCE = """\
def sum_list(nums):
    total = 0
    for x in nums:
        total += x
    return total
"""

TINY_GENERATOR = """\
import random


def generate(n, rng):
    return {"nums": [rng.randint(-1000, 1000) for _ in range(n)]}
"""

# file name -> JSON object; "02_no_output" has no output: the reference computes it.
TINY_TESTS: dict[str, dict[str, Any]] = {
    "example_1.json": {"input": {"nums": [1, 2, 3]}, "output": 6},
    "example_2.json": {"input": {"nums": [-5, 5]}, "output": 0},
    "01_empty.json": {"input": {"nums": []}, "output": 0},
    "02_no_output.json": {"input": {"nums": [10, 20, 30, 40]}},
    "03_negative.json": {"input": {"nums": [-1, -2, -3]}, "output": -6, "name": "negatives"},
}

GOOD_SOLUTION = """\
def sum_list(nums):
    return sum(nums)
"""

# Wrong only when the list has exactly four numbers (the test without an output).
BUGGY_SOLUTION = """\
def sum_list(nums):
    if len(nums) == 4:
        return sum(nums) + 1
    return sum(nums)
"""


def write_problem(base: Path, slug: str = "sum_list", *, toml: str | object | None = _KEEP,
                  statement: str | object | None = _KEEP, reference: str | object | None = _KEEP,
                  generator: str | object | None = _KEEP, checker: str | None = None,
                  tests: Mapping[str, Any] | object | None = _KEEP,
                  extra_tests: Mapping[str, Any] | None = None) -> Path:
    """Write the tiny problem to base/slug; a str replaces a file, None leaves it out.

    `tests` maps file names to a dict (dumped as JSON) or a str (written verbatim);
    `extra_tests` adds to the default tests.
    """
    root = base / slug
    root.mkdir(parents=True, exist_ok=True)
    files = {
        "problem.toml": TINY_TOML if toml is _KEEP else toml,
        "statement.md": TINY_STATEMENT if statement is _KEEP else statement,
        "reference.py": TINY_REFERENCE if reference is _KEEP else reference,
        "generator.py": TINY_GENERATOR if generator is _KEEP else generator,
        "checker.py": checker,
    }
    for name, text in files.items():
        if text is not None:
            (root / name).write_text(textwrap.dedent(str(text)), encoding="utf-8")
    chosen = dict(TINY_TESTS) if tests is _KEEP else tests
    if chosen is not None:
        assert isinstance(chosen, Mapping)
        folder = root / "tests"
        folder.mkdir(exist_ok=True)
        for name, data in {**chosen, **(extra_tests or {})}.items():
            text = data if isinstance(data, str) else json.dumps(data)
            (folder / name).write_text(text, encoding="utf-8")
    return root


def write_solution(folder: Path, text: str, name: str = "sum_list.py") -> Path:
    """A solution file (dedented) at folder/name."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def problem_dir(tmp_path: Path) -> Path:
    """A valid tiny problem folder, tmp_path/problems/sum_list."""
    return write_problem(tmp_path / "problems")


@pytest.fixture
def make_problem(tmp_path: Path) -> Callable[..., Path]:
    """write_problem bound to tmp_path/problems (keyword overrides as in write_problem)."""

    def make(slug: str = "sum_list", **overrides: Any) -> Path:
        return write_problem(tmp_path / "problems", slug, **overrides)

    return make


@pytest.fixture
def make_solution(tmp_path: Path) -> Callable[..., Path]:
    def make(text: str, name: str = "sum_list.py") -> Path:
        return write_solution(tmp_path / "solutions", text, name)

    return make


@dataclass(frozen=True)
class CliResult:
    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None = None

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def run_cli(*args: str | os.PathLike[str], cwd: Path | None = None,
            env: Mapping[str, str] | None = None) -> CliResult:
    """`judge ARGS` in this process via click's CliRunner, with stdout and stderr apart.

    An exception escaping the command (anything but SystemExit) is kept in `exception`:
    the CLI promises never to show a traceback, so tests assert it is None.
    """
    from judge.cli import cli

    try:
        runner = CliRunner(mix_stderr=False)  # type: ignore[call-arg]  # click < 8.2
    except TypeError:
        runner = CliRunner()  # click >= 8.2 keeps stderr apart by itself
    old = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = runner.invoke(cli, [str(a) for a in args], env=dict(env or {}), catch_exceptions=True,
                               prog_name="judge")
    finally:
        os.chdir(old)
    exception = result.exception if not isinstance(result.exception, SystemExit) else None
    return CliResult(result.exit_code, result.stdout, result.stderr, exception)


def run_judge_process(*args: str | os.PathLike[str], cwd: Path | None = None,
                      env: Mapping[str, str] | None = None, timeout: float = 60) -> CliResult:
    """`python -m judge ARGS` as a real process (for what only a real stderr shows)."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("JUDGE_DEBUG", None)
    proc = subprocess.run([sys.executable, "-m", "judge", *map(str, args)], cwd=cwd or ROOT,
                          env=full_env, capture_output=True, text=True, timeout=timeout)
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture(autouse=True)
def _isolated_problem_search(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the caller's $JUDGE_PROBLEMS or JUDGE_DEBUG."""
    monkeypatch.delenv("JUDGE_PROBLEMS", raising=False)
    monkeypatch.delenv("JUDGE_DEBUG", raising=False)
