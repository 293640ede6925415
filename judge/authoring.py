"""Tools for problem authors: `judge new` scaffolds a folder, `judge verify` checks one.

verify is modelled on problemtools' verifyproblem: it runs every check it can and reports
every finding at once, each with the file and the fix, because an author fixing a folder
wants the whole list, not one error per run. Its checks beyond the loader's format
diagnostics are the ones a judge depends on silently: generators that are deterministic,
valid and really scale with n; a reference that passes and meets its declared class; and
submissions that get exactly the verdict their folder promises.
"""

from __future__ import annotations

import inspect
import io
import json
import keyword
import math
import os
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from typing import Any

from judge.errors import JudgeError, ProblemFormatError, UsageError
from judge.problem.diagnostics import Diagnostics, Finding
from judge.problem.loader import SLUG_RE
from judge.problem.model import Problem
from judge.report import Report
from judge.verdicts import Verdict

# Verdicts a submission folder may name, and those that need the complexity phase.
SUBMISSION_VERDICTS = ("accepted", "wrong_answer", "too_slow", "too_much_memory", "time_limit_exceeded",
                       "runtime_error", "memory_limit_exceeded")
COMPLEXITY_VERDICTS = frozenset({"accepted", "too_slow", "too_much_memory"})
LIMIT_VERDICTS = frozenset({"too_slow", "too_much_memory"})
DEFAULT_BUDGET_S = 8.0
GENERATOR_BUDGET_S = 10.0     # wall seconds per input family for the generator checks
TIME_LIMIT_FACTOR = 2.0       # problemtools: slowest accepted run x 2, rounded up
LOOSE_FACTOR = 5.0            # a declared limit this many times the suggestion is too loose
Progress = Callable[[str], None]


# --- judge new -----------------------------------------------------------------------


def new_problem(slug: str, problems_dir: Path | str = "problems") -> Path:
    """Write a complete, working example problem folder named `slug`; return its path.

    The example ("index of the largest value") is deliberately small but uses every part
    of the format (a custom checker, two input families, validate(), expected-verdict
    submissions), so `judge verify` passes on it as written and the author edits from
    something that runs.
    """
    if not SLUG_RE.match(slug) or keyword.iskeyword(slug):
        raise UsageError(f"{slug!r} is not a valid problem slug. Use lowercase letters, digits and underscores, "
                         "starting with a letter (it also names the entry function), e.g. `judge new max_index`.")
    root = Path(problems_dir) / slug
    if root.exists():
        raise UsageError(f"{root} already exists; `judge new` never overwrites a folder. "
                         "Pick another slug, or remove the folder first if you really mean to start over.")
    title = slug.replace("_", " ").strip().capitalize()
    files = {path: text.replace("{slug}", slug).replace("{title}", title) for path, text in TEMPLATE.items()}
    try:
        for relative, text in files.items():
            target = root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot create {root} ({exc.strerror}). "
                         "Pass --problems-dir with a folder you can write to.") from None
    return root


TEMPLATE: dict[str, str] = {
    "problem.toml": '''\
# problem.toml: everything the judge needs to know about {slug}.
# Every key is listed and explained; see docs/problem-format.md for the full format.

title = "{title}"              # required: shown by `judge list` and `judge show`
entry = "{slug}"               # required: the function a solution defines (or a method
                               # of class Solution, camelCase allowed)
difficulty = "easy"            # easy | medium | hard                   (default "medium")
tags = ["array"]               # free-form labels                       (default [])
# returns = "nums"             # optional, for in-place problems: the answer is this
                               # argument after the call (the return value is ignored)

[complexity]                   # expected classes, in terms of the generator's n
time = "O(n)"                  # required: O(1), O(log n), O(sqrt n), O(n), O(n log n),
                               # O(n^2), O(n^2 log n), O(n^3), O(2^n)
space = "O(1)"                 # required: extra space beyond the input, output included

[limits]
time_limit_s = 2.0             # CPU seconds per test                   (default 2.0)
memory_mb = 256                # memory per test, in MiB                (default 256)

[checker]
kind = "exact"                 # exact | unordered | unordered_nested | float | sorted
                               # (default "exact"). Here checker.py exists and overrides
                               # it, because any index of the largest value is correct.
tolerance = 1e-6               # relative-or-absolute float tolerance   (default 1e-6)

[scaling]                      # the size ladder of the complexity phase
min_n = 8                      # smallest n tried                       (default 8)
max_n = 100_000                # largest n tried                        (default 2**22)
''',
    "statement.md": '''\
# {title}

> This is the example problem written by `judge new`. Replace the statement, the
> reference, the generators, the checker and the tests with your own problem, then run
> `judge verify {slug}` until it reports no errors.

Given a non-empty list of integers `nums`, return an **index** `i` such that `nums[i]`
is the largest value in the list. When the largest value occurs several times, any of
its indices is accepted.

```python
def {slug}(nums: list[int]) -> int: ...
```

## Input

- `nums`: a list of integers.

## Output

An index `i` with `0 <= i < len(nums)` and `nums[i] == max(nums)`.

## Constraints

- `1 <= len(nums) <= 10**6`
- `-10**9 <= nums[i] <= 10**9`

## Examples

**Example 1**

```
Input:  nums = [3, 1, 4, 1, 5, 9, 2, 6]
Output: 5
```

**Example 2**

```
Input:  nums = [7, 2, 7]
Output: 0
```

Index `2` is accepted too: both hold the largest value, 7.

## Follow-up

One pass and no extra list: `O(n)` time, `O(1)` extra space.
''',
    "reference.py": '''\
"""Reference solution for {slug}: trusted, correct, and within the declared complexity.

The judge uses it to compute missing test outputs and the expected answers at every size
of the complexity phase; `judge verify` checks that it passes the tests and that its
measured complexity is not worse than problem.toml declares.
"""


def {slug}(nums: list[int]) -> int:
    """One pass remembering the best index: O(n) time, O(1) extra space."""
    best = 0
    for i in range(1, len(nums)):
        if nums[i] > nums[best]:
            best = i
    return best
''',
    "generator.py": '''\
"""Input generators for {slug}: n is the length of nums.

generate() is required; every generate_<family>() is an extra input family, and the
complexity verdict uses the family on which a solution scales worst. Use only `rng` for
randomness, so the same seed gives the same input (`judge verify` checks this).
"""

import random

LIMIT = 10**9


def generate(n: int, rng: random.Random) -> dict:
    """n random values: the typical case."""
    n = max(n, 1)
    return {"nums": [rng.randint(-LIMIT, LIMIT) for _ in range(n)]}


def generate_ascending(n: int, rng: random.Random) -> dict:
    """Strictly increasing values: the largest is last, the worst case for approaches that
    test each candidate against the rest of the list."""
    n = max(n, 1)
    start = rng.randint(-LIMIT, LIMIT - 2 * n)
    return {"nums": list(range(start, start + 2 * n, 2))}


def validate(input: dict) -> str | None:
    """None when the input meets the constraints, else what is wrong (checked by `judge verify`
    on every generated input and every test)."""
    nums = input.get("nums")
    if not isinstance(nums, list) or not nums:
        return "nums must be a non-empty list"
    if not all(isinstance(x, int) and not isinstance(x, bool) and -LIMIT <= x <= LIMIT for x in nums):
        return "every nums[i] must be an integer in [-10**9, 10**9]"
    return None
''',
    "checker.py": '''\
"""Custom checker for {slug}: any index of the largest value is a correct answer.

A checker is needed when an answer has several valid forms. It runs in the judge's own
process; `expected` is the reference's answer. Return True/False, or (ok, message) to tell
the solver what is wrong.
"""


def check(input: dict, expected, actual) -> bool | tuple[bool, str]:
    nums = input["nums"]
    if isinstance(actual, bool) or not isinstance(actual, int):
        return False, f"expected an index (an int), got {type(actual).__name__}"
    if not 0 <= actual < len(nums):
        return False, f"index {actual} is out of range for a list of {len(nums)} numbers"
    if nums[actual] != nums[expected]:
        return False, f"nums[{actual}] = {nums[actual]} is not the largest value ({nums[expected]})"
    return True
''',
    "tests/example_1.json": '{"name": "basic", "input": {"nums": [3, 1, 4, 1, 5, 9, 2, 6]}, "output": 5}\n',
    "tests/example_2.json": ('{"name": "tie", "input": {"nums": [7, 2, 7]}, "output": 0, '
                             '"comment": "index 2 is accepted too (checker.py)"}\n'),
    "tests/01_single.json": '{"input": {"nums": [42]}, "output": 0}\n',
    "tests/02_negatives.json": '{"input": {"nums": [-5, -2, -9]}, "output": 1}\n',
    "tests/03_largest_last.json": '{"input": {"nums": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}, "output": 9}\n',
    "tests/04_all_equal.json": ('{"input": {"nums": [0, 0, 0, 0]}, '
                                '"comment": "no output: the reference computes it"}\n'),
    "submissions/accepted/builtin_max.py": '''\
"""Built-ins: max() then index(), two passes but still O(n) time, O(1) space."""


def {slug}(nums: list[int]) -> int:
    return nums.index(max(nums))
''',
    "submissions/wrong_answer/returns_value.py": '''\
"""A classic slip: returns the largest value instead of its index."""


def {slug}(nums: list[int]) -> int:
    return max(nums)
''',
    "submissions/too_slow/check_every_candidate.py": '''\
"""Tests each index against the whole list: O(n^2) on ascending input."""


def {slug}(nums: list[int]) -> int:
    for i, value in enumerate(nums):
        if all(value >= other for other in nums):
            return i
    return -1
''',
}


# --- judge verify ----------------------------------------------------------------------


@dataclass(frozen=True)
class VerifyResult:
    """Everything verify found about one problem folder."""

    slug: str
    root: Path
    findings: tuple[Finding, ...]
    reference: Report | None = None
    submissions: tuple[tuple[str, str, Report | None], ...] = ()  # (file, expected verdict, report)
    suggested_time_limit_s: float | None = None
    notes: tuple[str, ...] = ()
    seconds: float = 0.0

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "warning")

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary_line(self) -> str:
        errors, warnings = len(self.errors), len(self.warnings)
        head = f"{self.slug}: {'OK' if self.ok else 'FAILED'}"
        parts = [f"{errors} error{'s' if errors != 1 else ''}", f"{warnings} warning{'s' if warnings != 1 else ''}"]
        if self.reference is not None and self.reference.complexity is not None:
            c = self.reference.complexity
            parts.append(f"reference time {c.time.shown} (declared {c.time.expected}), "
                         f"space {c.space.shown} (declared {c.space.expected})")
        if self.submissions:
            right = sum(1 for _, want, got in self.submissions if got is not None and got.verdict.value == want)
            parts.append(f"{right}/{len(self.submissions)} submissions as expected")
        if self.suggested_time_limit_s is not None:
            parts.append(f"suggested time limit {self.suggested_time_limit_s:g} s")
        return f"{head} ({'; '.join(parts)}) in {self.seconds:.0f} s"


@dataclass
class _Run:
    """Mutable state of one verification, turned into a VerifyResult at the end."""

    root: Path
    diag: Diagnostics
    progress: Progress
    notes: list[str] = field(default_factory=list)


def verify(specs: Sequence[str], problems_dirs: Sequence[Path] = (), *, budget_s: float = DEFAULT_BUDGET_S,
           seed: int = 0, jobs: int | None = None, progress: Progress | None = None) -> tuple[VerifyResult, ...]:
    """Verify each problem (a slug or a folder). Raises ProblemNotFoundError for a spec that
    names no folder at all, before any work, since nothing could be checked."""
    from judge.problem.discovery import find_problem

    roots = [find_problem(spec, problems_dirs) for spec in specs]
    return tuple(verify_problem(root, budget_s=budget_s, seed=seed, jobs=jobs, progress=progress) for root in roots)


def verify_problem(root: Path | str, *, budget_s: float = DEFAULT_BUDGET_S, seed: int = 0, jobs: int | None = None,
                   progress: Progress | None = None, run_solutions: bool = True,
                   reference_budget_s: float | None = None) -> VerifyResult:
    """Every check on one problem folder; findings instead of exceptions for the folder's faults.

    Submissions get `budget_s` each; the reference, whose measured classes are checked against
    the declared ones, gets `reference_budget_s` (default: at least the normal 15 s budget).
    `run_solutions=False` stops after the checks that run no solution (format, generators):
    seconds instead of a minute, for editors and tests.
    """
    from judge.problem.loader import load_problem

    started = time.monotonic()
    root = Path(root).resolve()
    run = _Run(root, Diagnostics(root), progress or (lambda message: None))
    run.progress(f"{root.name}: reading the folder")
    try:
        problem: Problem | None = load_problem(root)
    except ProblemFormatError as exc:
        run.diag.findings.extend(exc.diagnostics.findings)
        problem = None
    submissions = _submission_files(run)
    if problem is None:  # nothing can run on a folder that does not load
        return _result(run, root.name, started)
    _static_checks(run, problem)
    _check_generators(run, problem, seed)
    if not run_solutions:
        return _result(run, problem.slug, started)
    reference, judged = _judge_all(run, problem, submissions, budget_s, reference_budget_s, seed, jobs)
    if reference is not None:
        _check_reference(run, problem, reference)
    for path, want, report in judged:
        _check_submission(run, path, want, report)
    suggested = _time_limit(run, problem, reference, judged)
    return _result(run, problem.slug, started, reference,
                   tuple((_rel(root, p), w, r) for p, w, r in judged), suggested)


def _result(run: _Run, slug: str, started: float, reference: Report | None = None,
            submissions: tuple[tuple[str, str, Report | None], ...] = (),
            suggested: float | None = None) -> VerifyResult:
    unique = tuple(dict.fromkeys(run.diag.findings))  # a broken generator fails every judged file alike
    return VerifyResult(slug, run.root, unique, reference, submissions, suggested,
                        tuple(run.notes), time.monotonic() - started)


def _rel(root: Path, path: Path) -> str:
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)


def _absorb(run: _Run, exc: JudgeError, file: Path, context: str) -> None:
    """A format error found while running (e.g. by the checker) becomes findings."""
    if isinstance(exc, ProblemFormatError):
        run.diag.findings.extend(exc.diagnostics.findings)
    else:
        run.diag.error(file, f"{context}: {exc}", "Fix the cause above.")


# --- static checks -----------------------------------------------------------------------


def _submission_files(run: _Run) -> list[tuple[Path, str]]:
    """(file, expected verdict) for submissions/<verdict>/*.py; misnamed folders are findings."""
    base = run.root / "submissions"
    if not base.is_dir():
        return []
    found: list[tuple[Path, str]] = []
    for folder in sorted(base.iterdir()):
        if folder.name.startswith((".", "__")):
            continue
        if not folder.is_dir():
            run.diag.error(folder, "is not inside a verdict folder, so verify cannot know what it should get.",
                           "Move it to submissions/<verdict>/, e.g. submissions/accepted/.")
            continue
        if folder.name not in SUBMISSION_VERDICTS:
            run.diag.error(folder, f"{folder.name!r} is not a verdict verify knows.",
                           f"Rename the folder to one of: {', '.join(SUBMISSION_VERDICTS)}.")
            continue
        files = sorted(p for p in folder.glob("*.py") if not p.name.startswith((".", "__")))
        if not files:
            run.diag.warning(folder, "holds no *.py submissions.", "Add one, or remove the empty folder.")
        found += [(p, folder.name) for p in files]
    return found


def _static_checks(run: _Run, problem: Problem) -> None:
    if not problem.statement.strip():
        run.diag.error(problem.root / "statement.md", "is empty.", "Write the statement shown by `judge show`.")
    if not problem.examples:
        run.diag.warning(problem.root / "tests", "has no examples (tests/example*.json), so `judge show` shows none.",
                         "Name one or two small tests example_1.json, example_2.json.")
    if not (problem.root / "submissions" / "accepted").is_dir():
        run.diag.warning(problem.root / "submissions", "has no accepted/ submissions besides the reference.",
                         "Add other correct solutions under submissions/accepted/ (they tune the time limit).")


# --- generators ------------------------------------------------------------------------


def ladder_sizes(min_n: int, max_n: int) -> list[int]:
    """The sizes the complexity phase doubles through: min_n, 2 min_n, ..., max_n."""
    sizes, n = [], max(1, min_n)
    while n < max_n:
        sizes.append(n)
        n *= 2
    return [*sizes, max_n]


def input_shape(value: Any) -> tuple[int, float]:
    """(items, magnitude): elements of every list/dict plus string lengths, and the largest
    number. Together they tell whether an input grows with n, whether n is a length or a value."""
    items, magnitude = 0, 0.0
    stack = list(value.values()) if isinstance(value, dict) else [value]
    while stack:
        item = stack.pop()
        if isinstance(item, (list, tuple)):
            items += len(item)
            stack.extend(item)
        elif isinstance(item, dict):
            items += len(item)
            stack.extend(item.values())
        elif isinstance(item, str):
            items += len(item)
        elif isinstance(item, (int, float)) and not isinstance(item, bool):
            with_float = abs(float(item)) if abs(item) < 1e300 else 1e300
            magnitude = max(magnitude, with_float)
    return items, magnitude


def _grows(small: tuple[int, float], large: tuple[int, float]) -> bool:
    return large[0] >= max(small[0] * 1.5, small[0] + 1) or large[1] >= max(small[1] * 2, small[1] + 1)


def _load_validate(run: _Run, problem: Problem, module: ModuleType) -> Callable[[Any], Any] | None:
    """validate() from generator.py, if the author defined one."""
    function = getattr(module, "validate", None)
    if function is None:
        return None
    if not inspect.isfunction(function):
        run.diag.error(problem.generator, "validate is defined but is not a function.",
                       "Define def validate(input: dict) -> str | None.")
        return None
    return function


def _validate(run: _Run, problem: Problem, validate: Callable[[Any], Any], value: Mapping[str, Any],
              file: Path, where: str) -> bool:
    try:
        verdict = validate(json.loads(json.dumps(value)))  # a copy: validate must not change the input
    except Exception as exc:
        run.diag.error(problem.generator, f"validate() raised {type(exc).__name__}: {exc} on {where}.",
                       "Make validate return a message for invalid inputs instead of raising.")
        return False
    if verdict is None:
        return True
    if not isinstance(verdict, str):
        run.diag.error(problem.generator, f"validate() returned {verdict!r} on {where}; it must return None or a str.",
                       "Return None for a valid input and a message otherwise.")
        return False
    run.diag.error(file, f"{where} is invalid: {verdict}.",
                   "Fix the generator (or the test) so it only produces inputs that meet the constraints.")
    return False


def _check_generators(run: _Run, problem: Problem, seed: int) -> None:
    """Deterministic, valid at every ladder size, and really growing with n; tests validated too."""
    from judge.complexity.measure import input_rng
    from judge.problem.entry import entry_parameters
    from judge.problem.generators import checked_generator, import_generator, load_generators
    from judge.report import preview

    run.progress(f"{problem.slug}: checking the generators")
    try:
        module = import_generator(problem)
        families = load_generators(problem, module)
    except ProblemFormatError as exc:
        run.diag.findings.extend(exc.diagnostics.findings)
        return
    validate = _load_validate(run, problem, module)
    params = set(entry_parameters(problem.reference, problem.entry))
    if validate is not None:
        for test in problem.tests:
            _validate(run, problem, validate, test.input, test.path or problem.root / "tests", f"test {test.name!r}")
    else:
        run.notes.append("generator.py defines no validate(input); generated inputs were not checked "
                         "against the constraints")
    sizes = ladder_sizes(problem.scaling.min_n, problem.scaling.max_n)
    for name, function in families.items():
        generate = checked_generator(problem, name, function)
        shapes: list[tuple[int, tuple[int, float]]] = []
        deadline = time.monotonic() + GENERATOR_BUDGET_S
        skipped: list[int] = []
        for n in sizes:
            if time.monotonic() > deadline and n != sizes[-1]:
                skipped.append(n)
                continue
            try:
                first = generate(n, input_rng(seed, name, n, 0))
                again = generate(n, input_rng(seed, name, n, 0))
            except ProblemFormatError as exc:
                run.diag.findings.extend(exc.diagnostics.findings)
                break
            if json.dumps(first, sort_keys=True) != json.dumps(again, sort_keys=True):
                run.diag.error(problem.generator, f"{name}(n={n}) is not deterministic: the same seed gave two "
                               "different inputs.", "Draw every random choice from the rng argument "
                               "(rng.randint, rng.random, rng.shuffle), never from the random module or the clock.")
                break
            unknown = sorted(set(first) - params) if params else []
            if unknown:
                run.diag.error(problem.generator, f"{name}(n={n}) returns arguments {unknown} that "
                               f"{problem.entry}() in reference.py does not take.",
                               f"Use the entry's parameter names: {', '.join(sorted(params))}.")
                break
            if validate is not None and not _validate(run, problem, validate, first, problem.generator,
                                                      f"{name}(n={n}) = {preview(dict(first), 120)}"):
                break
            shapes.append((n, input_shape(first)))
        if skipped:
            run.notes.append(f"{name}: sizes {skipped[0]:,} to {skipped[-1]:,} not checked "
                             f"(over {GENERATOR_BUDGET_S:g} s); n = {sizes[-1]:,} was")
        _check_growth(run, problem, name, shapes)


def _check_growth(run: _Run, problem: Problem, name: str, shapes: Sequence[tuple[int, tuple[int, float]]]) -> None:
    if len(shapes) < 2:
        return
    (n0, first), (n1, last) = shapes[0], shapes[-1]
    if not _grows(first, last):
        run.diag.error(problem.generator, f"{name} ignores n: its input at n = {n1:,} is no bigger than at "
                       f"n = {n0:,} (same number of items and no larger values), so the complexity phase "
                       "would time the same work at every size.",
                       "Make the input's size follow n (e.g. a list of n items), or its value when n is "
                       "the number itself (e.g. the value to factor).")
        return
    # A generator that caps its size: the top of the ladder would measure a plateau.
    tail = 1
    while tail < len(shapes) and shapes[-1 - tail][1] == last:
        tail += 1
    if tail >= 3:
        since = shapes[-tail][0]
        run.diag.warning(problem.generator, f"{name} stops growing at n = {since:,}: inputs from there to "
                         f"n = {n1:,} are the same size.",
                         f"Lower [scaling] max_n to {since:,} in problem.toml, or let the input keep growing.")


# --- judging the reference and the submissions ---------------------------------------------


def _judge_all(run: _Run, problem: Problem, submissions: Sequence[tuple[Path, str]], budget_s: float,
               reference_budget_s: float | None, seed: int, jobs: int | None
               ) -> tuple[Report | None, list[tuple[Path, str, Report | None]]]:
    """The reference and every submission, correctness in parallel, complexity one at a time."""
    from judge.api import Options, judge_solution

    gate = threading.Lock()
    base = Options(problem=str(problem.root), seed=seed, budget_s=budget_s)
    reference_options = replace(base, budget_s=reference_budget_s or max(budget_s, Options().budget_s))

    def judge(path: Path, options: Options) -> Report | None:
        run.progress(f"{problem.slug}: judging {_rel(problem.root, path)}")
        try:
            return judge_solution(path, options, complexity_gate=gate)
        except JudgeError as exc:
            if exc.exit_code == 3:  # the sandbox itself failed: not the folder's fault
                raise
            _absorb(run, exc, path, f"judging {path.name} failed")
            return None

    escalated = max(2 * budget_s, Options().budget_s)

    def judge_submission(path: Path, want: str) -> Report | None:
        """A limit submission the complexity phase could not decide gets one more run with
        more budget: "inconclusive" means too little evidence, not a wrong filing."""
        options = replace(base, complexity=want in COMPLEXITY_VERDICTS)
        report = judge(path, options)
        if report is not None and _undecided(report, want) and escalated > budget_s:
            run.progress(f"{problem.slug}: {_rel(problem.root, path)} undecided in {budget_s:g} s, "
                         f"again with {escalated:g} s")
            report = judge(path, replace(options, budget_s=escalated))
        return report

    workers = max(1, jobs or os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="judge-verify") as pool:
        ref_future = pool.submit(judge, problem.reference, reference_options)
        futures = [(path, want, pool.submit(judge_submission, path, want)) for path, want in submissions]
        reference = ref_future.result()
        judged = [(path, want, future.result()) for path, want, future in futures]
    return reference, judged


def _undecided(report: Report, want: str) -> bool:
    """A submission filed under a complexity limit whose axis came out inconclusive."""
    if want not in LIMIT_VERDICTS or report.verdict.value == want or report.complexity is None:
        return False
    axis = report.complexity.time if want == "too_slow" else report.complexity.space
    return axis.status == "inconclusive"


def _check_reference(run: _Run, problem: Problem, report: Report) -> None:
    file = problem.reference
    if report.verdict in (Verdict.TOO_SLOW, Verdict.TOO_MUCH_MEMORY) and report.complexity is not None:
        which, axis = (("time", report.complexity.time) if report.verdict is Verdict.TOO_SLOW
                       else ("space", report.complexity.space))
        run.diag.error(file, f"the reference's measured {which} complexity is {axis.shown}, worse than the "
                       f"declared {axis.expected} ({axis.message}).",
                       f"Declare [complexity] {which} = \"{axis.measured}\" in problem.toml, or make the "
                       "reference meet the declared class.")
        return
    if not report.verdict.passed:
        case = report.first_failure
        test_file = _test_file(problem, case.name) if case is not None else None
        where = f" (test file {_rel(problem.root, test_file)})" if test_file is not None else ""
        run.diag.error(file, f"the reference gets {report.verdict.label}: {report.reason}{where}.",
                       "Fix the reference (it must pass every test within the limits), or the test.")
        return
    if report.complexity is None:
        return
    for which, axis in (("time", report.complexity.time), ("space", report.complexity.space)):
        if axis.status == "better":
            run.diag.warning(file, f"the reference's measured {which} complexity {axis.shown} is better than "
                             f"the declared {axis.expected} (family {axis.family}).",
                             f"If that holds for every input, declare [complexity] {which} = \"{axis.measured}\"; "
                             "otherwise add a generate_<family> with the worst case.")
        elif axis.status == "inconclusive":
            run.diag.warning(file, f"the reference's {which} complexity could not be confirmed: {axis.message}.",
                             "Give the phase more room: a larger [scaling] max_n, or verify with a larger --budget.")


def _test_file(problem: Problem, name: str) -> Path | None:
    return next((t.path for t in problem.tests if t.name == name and t.path is not None), None)


def _check_submission(run: _Run, path: Path, want: str, report: Report | None) -> None:
    if report is None:
        return
    got = report.verdict.value
    if got == want:
        return
    fix = f"If {report.verdict.label} is right, move it to submissions/{got}/; otherwise fix the submission"
    if want in LIMIT_VERDICTS and report.complexity is not None:
        axis = report.complexity.time if want == "too_slow" else report.complexity.space
        if axis.status == "inconclusive":
            fix += (f". The complexity phase could not tell ({axis.message}): verify with a larger --budget "
                    "or raise [scaling] max_n")
        else:
            fix += ", or add a generate_<family> that hits its worst case"
    elif want == "wrong_answer" and got == "accepted":
        fix += ", or add a test that it fails"
    run.diag.error(path, f"is filed as {Verdict(want).label} but gets {report.verdict.label}"
                   + (f" ({report.reason})" if report.reason else "") + ".", fix + ".")


def _time_limit(run: _Run, problem: Problem, reference: Report | None,
                judged: Sequence[tuple[Path, str, Report | None]]) -> float | None:
    """problemtools' rule: slowest accepted run x 2, rounded up to whole seconds."""
    accepted = [r for r in (reference, *(r for _, want, r in judged if want == "accepted")) if r is not None
                and r.verdict.passed]
    times = [c.cpu_s for r in accepted for c in r.cases if c.group != "scale"]
    if not times:
        return None
    slowest = max(times)
    needed = slowest * TIME_LIMIT_FACTOR
    suggested = float(max(1, math.ceil(needed)))
    declared = problem.limits.time_limit_s
    toml = problem.root / "problem.toml"
    if declared < needed:
        run.diag.warning(toml, f"[limits] time_limit_s = {declared:g} is too tight: the slowest accepted run took "
                         f"{slowest:.3f} s CPU, and a limit needs a x{TIME_LIMIT_FACTOR:g} safety margin.",
                         f"Set time_limit_s = {suggested:g}.")
    elif declared > suggested * LOOSE_FACTOR:
        run.diag.warning(toml, f"[limits] time_limit_s = {declared:g} is loose: the slowest accepted run took "
                         f"{slowest:.3f} s CPU, so a much slower solution would still pass the tests.",
                         f"Set time_limit_s = {suggested:g} (slowest accepted x {TIME_LIMIT_FACTOR:g}, rounded up).")
    return suggested


# --- rendering ------------------------------------------------------------------------


def render_verify(results: Sequence[VerifyResult]) -> str:
    """Every finding (file, message, fix), then notes, then one summary line per problem."""
    out = io.StringIO()
    findings = [f for r in results for f in r.findings]
    if findings:
        errors = sum(1 for f in findings if f.severity == "error")
        warnings = len(findings) - errors
        out.write(f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}:\n")
        for finding in findings:
            out.write(f"  {finding.render()}\n")
        out.write("\n")
    for result in results:
        for note in result.notes:
            out.write(f"note: {result.slug}: {note}\n")
    if any(r.notes for r in results):
        out.write("\n")
    for result in results:
        out.write(result.summary_line() + "\n")
    return out.getvalue()
