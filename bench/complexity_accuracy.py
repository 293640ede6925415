"""Complexity accuracy over the labelled corpus (bench/corpus/labels.toml), with big_O beside it.

For each labelled solution: run the judge (tests + complexity phase), compare the measured
time and space classes with the expert labels, count false rejections (too_slow or
too_much_memory although the label is within the problem's expected class), and time it.
Then run the big_O library (PyPI big_O 0.11, default classes and fitting) on the same
solution and generator over the same size range the judge reached.

Run:  .venv/bin/python bench/complexity_accuracy.py [--only SUBSTRING] [--no-bigo]
      [--budget S] [--stability K --busy]   (K repeats of STABILITY_SET, one or two
      solutions per class, while a busy loop occupies the other core)
      [--measure instructions|cpu]   (what the time class is fitted on; default: the judge's)
      [--corpus bench/holdout]       (the held-out set, never used for tuning)
Prints a row per solution, then exact accuracy for time and space, the false-rejection
count, seconds per solution, and big_O's time accuracy on the same set.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import multiprocessing
import random
import statistics
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus"
LOCAL_PROBLEMS = ROOT / "bench" / "problems"
BUNDLED = ROOT / "judge" / "problems"

BIGO_NAMES = {
    "Constant": "O(1)", "Logarithmic": "O(log n)", "Linear": "O(n)", "Linearithmic": "O(n log n)",
    "Quadratic": "O(n^2)", "Cubic": "O(n^3)", "Exponential": "O(2^n)", "Polynomial": "polynomial",
}


@dataclass(frozen=True)
class Entry:
    file: Path
    problem: Path
    time: str
    space: str
    traps: tuple[str, ...]
    aux_space: str | None = None  # without the returned value, where the answer alone sets `space`

    @property
    def space_judged(self) -> str:
        """The label a verdict is held to where the problem leaves the answer out of space."""
        return self.aux_space or self.space


@dataclass(frozen=True)
class Outcome:
    entry: Entry
    verdict: str
    time_best: str
    time_plausible: tuple[str, ...]
    space_best: str
    space_plausible: tuple[str, ...]
    seconds: float
    max_n: int
    false_rejection: bool
    clearly_slow: bool = False  # a polynomial degree or more above the problem's class (or exponential), time or space
    bigo: str = ""
    time_points: tuple[tuple[int, float], ...] = ()
    space_points: tuple[tuple[int, float], ...] = ()
    notes: tuple[str, ...] = ()  # where each ladder stopped, and why


def load_corpus(corpus: Path = CORPUS) -> list[Entry]:
    data = tomllib.loads((corpus / "labels.toml").read_text(encoding="utf-8"))
    entries = []
    for item in data["solution"]:
        slug = item["problem"]
        problem = LOCAL_PROBLEMS / slug if (LOCAL_PROBLEMS / slug).is_dir() else BUNDLED / slug
        entries.append(Entry(corpus / item["file"], problem, item["time"], item["space"], tuple(item.get("traps", ())),
                             item.get("aux_space")))
    return entries


MEASURE = "auto"  # --measure: what the time class is fitted on


def judge_entry(entry: Entry, budget: float, seed: int = 0) -> Outcome:
    from judge.api import Options, judge_solution
    from judge.complexity.classes import parse
    from judge.problem.loader import load_problem

    started = time.monotonic()
    report = judge_solution(entry.file, Options(problem=str(entry.problem), budget_s=budget, seed=seed,
                                                measure=MEASURE))
    seconds = time.monotonic() - started
    problem = load_problem(entry.problem)
    c = report.complexity
    space = parse(entry.space if problem.space_counts_answer else entry.space_judged)
    false_rejection = (
        (report.verdict.value == "too_slow" and parse(entry.time) <= problem.time)
        or (report.verdict.value == "too_much_memory" and space <= problem.space)
    )
    slow = _clearly_above(parse(entry.time), problem.time) or _clearly_above(space, problem.space)
    if c is None:
        return Outcome(entry, report.verdict.value, "-", (), "-", (), seconds, 0, false_rejection, slow)
    # The labels are total space (the answer included, as the judge measured before space
    # became auxiliary by default): compare them with the class the report gives with it.
    space_best, space_plausible = c.space.measured, c.space.plausible
    if c.space_with_answer and c.space_with_answer != c.space.measured:
        space_best, space_plausible = c.space_with_answer, (c.space_with_answer,)
    return Outcome(entry, report.verdict.value, c.time.measured, c.time.plausible, space_best,
                   space_plausible, seconds, max(c.sizes, default=0), false_rejection, slow,
                   time_points=c.time.points, space_points=c.space.points, notes=c.notes)


def _clearly_above(label: Any, expected: Any) -> bool:
    """The issue's "clearly slower": a polynomial degree or more above, or exponential."""
    if label.exponential:
        return not expected.exponential
    return label.degree - expected.degree >= 1


def _load_function(path: Path, entry_name: str) -> Callable[..., Any]:
    spec = importlib.util.spec_from_file_location(f"bench_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    exec("from typing import *\nfrom collections import *\nimport heapq, bisect, math", module.__dict__)
    spec.loader.exec_module(module)
    if hasattr(module, entry_name):
        return getattr(module, entry_name)
    klass = module.Solution
    camel = entry_name.split("_")[0] + "".join(p.title() for p in entry_name.split("_")[1:])
    name = entry_name if hasattr(klass, entry_name) else camel
    if not hasattr(klass, name):
        name = next(n for n in vars(klass) if not n.startswith("_"))
    return getattr(klass(), name)


def bigo_entry(entry: Entry, max_n: int, min_n: int) -> str:
    """big_O's answer with its defaults, over the size range the judge reached."""
    try:
        import big_o
    except ImportError:
        return "n/a"
    from judge.problem.loader import load_problem

    problem = load_problem(entry.problem)
    spec = importlib.util.spec_from_file_location("bench_gen", entry.problem / "generator.py")
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    function = _load_function(entry.file, problem.entry)
    rng = random.Random(0)

    def data(n: int) -> dict[str, Any]:
        return gen.generate(int(n), rng)

    def call(args: dict[str, Any]) -> Any:
        return function(**args)

    # big_O's cubic fit becomes rank-deficient (IndexError) above its default max_n of
    # 100,000, so it gets the judge's range capped there: its best chance, not ours. Like
    # the judge it stops growing once one call on its own generator takes 0.25 s.
    top, last, ratio = min_n, 0.0, 1.0
    while top < min(max_n, 100_000) and last * ratio <= 0.25:  # predicted next call within the cap
        started = time.process_time()
        call(data(min(top * 2, 100_000)))
        seconds = time.process_time() - started
        ratio = max(seconds / last, 1.0) if last > 1e-6 else 1.0
        top, last = min(top * 2, 100_000), seconds
    top = max(top, min_n * 10)
    try:
        best, _ = big_o.big_o(call, data, min_n=min_n, max_n=top, n_measures=10, n_repeats=1, n_timings=1)
    except Exception as exc:
        return f"error: {type(exc).__name__}"
    return BIGO_NAMES.get(type(best).__name__, type(best).__name__)


def busy_loop() -> None:
    end = time.monotonic() + 24 * 3600
    while time.monotonic() < end:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="", help="only corpus files whose name contains one of these "
                                                  "comma-separated substrings")
    parser.add_argument("--budget", type=float, default=15.0)
    parser.add_argument("--no-bigo", action="store_true")
    parser.add_argument("--stability", type=int, default=0, help="repeat K times on a subset and report agreement")
    parser.add_argument("--busy", action="store_true", help="keep the other core busy meanwhile")
    parser.add_argument("--json", type=Path, help="also write the outcomes here")
    parser.add_argument("--bigo-from", type=Path, help="only run big_O, on the sizes of a saved --json run")
    parser.add_argument("--corpus", type=Path, default=CORPUS,
                        help="folder with labels.toml and the solutions (bench/holdout: the held-out set)")
    parser.add_argument("--measure", choices=("auto", "instructions", "cpu"), default="auto",
                        help="time complexity from counted instructions or CPU time (the judge's --measure)")
    args = parser.parse_args()
    global MEASURE
    MEASURE = args.measure
    sys.path.insert(0, str(ROOT))
    patterns = args.only.split(",") if args.only or not args.stability else list(STABILITY_SET)
    entries = [e for e in load_corpus(args.corpus.resolve()) if any(p in e.file.name for p in patterns)]
    busy = None
    if args.busy:
        busy = multiprocessing.Process(target=busy_loop, daemon=True)
        busy.start()
    try:
        if args.bigo_from:
            bigo_only(args.bigo_from)
        elif args.stability:
            stability(entries, args.stability, args.budget)
        else:
            accuracy(entries, args.budget, not args.no_bigo, args.json)
    finally:
        if busy is not None:
            busy.terminate()


def accuracy(entries: list[Entry], budget: float, with_bigo: bool, out: Path | None) -> None:
    outcomes: list[Outcome] = []
    print(f"{'solution':<48} {'label':<11} {'judge time':<24} {'label sp':<9} {'judge space':<22} "
          f"{'verdict':<15} {'s':>5} {'big_O':<12}")
    for entry in entries:
        outcome = judge_entry(entry, budget)
        if with_bigo and outcome.max_n:
            from judge.problem.loader import load_problem

            min_n = load_problem(entry.problem).scaling.min_n
            outcome = Outcome(**{**outcome.__dict__, "bigo": bigo_entry(entry, outcome.max_n, min_n)})
        outcomes.append(outcome)
        t_mark = mark(entry.time, outcome.time_best, outcome.time_plausible)
        s_mark = mark(entry.space, outcome.space_best, outcome.space_plausible)
        time_shown = " or ".join(outcome.time_plausible) if len(outcome.time_plausible) == 2 else outcome.time_best
        print(f"{entry.file.name:<48} {entry.time:<11} {time_shown:<21}{t_mark:>3} {entry.space:<9} "
              f"{outcome.space_best:<19}{s_mark:>3} {outcome.verdict:<15} {outcome.seconds:5.1f} {outcome.bigo:<12}"
              + ("  FALSE REJECTION" if outcome.false_rejection else ""), flush=True)
    summarize(outcomes, with_bigo)
    if out is not None:
        out.write_text(json.dumps([{**o.__dict__, "entry": {**o.entry.__dict__, "file": str(o.entry.file),
                                                             "problem": str(o.entry.problem)}}
                                   for o in outcomes], indent=2, default=str))


def mark(label: str, best: str, plausible: tuple[str, ...]) -> str:
    """ok: the best fit is the label; ~: the label is among the reported classes; XX: wrong."""
    return "ok" if best == label else ("~" if label in plausible else "XX")


def summarize(outcomes: list[Outcome], with_bigo: bool) -> None:
    total = len(outcomes)
    if not total:
        print("no corpus entries matched")
        return
    time_exact = sum(o.time_best == o.entry.time for o in outcomes)
    time_plaus = sum(o.entry.time in o.time_plausible for o in outcomes)
    space_exact = sum(o.space_best == o.entry.space for o in outcomes)
    space_plaus = sum(o.entry.space in o.space_plausible for o in outcomes)
    false = sum(o.false_rejection for o in outcomes)
    seconds = [o.seconds for o in outcomes]
    print()
    print(f"solutions               {total}")
    print(f"time  exact accuracy    {time_exact}/{total} = {time_exact / total:.1%}   "
          f"(label among the reported classes: {time_plaus / total:.1%})")
    print(f"space exact accuracy    {space_exact}/{total} = {space_exact / total:.1%}   "
          f"(label among the reported classes: {space_plaus / total:.1%})")
    print(f"false rejections        {false}")
    slow = [o for o in outcomes if o.clearly_slow]
    caught = sum(o.verdict in ("too_slow", "too_much_memory") for o in slow)
    missed = ", ".join(o.entry.file.name for o in slow if o.verdict not in ("too_slow", "too_much_memory"))
    print(f"clearly slow caught     {caught}/{len(slow)}" + (f"   missed: {missed}" if missed else ""))
    single = sum(len(o.time_plausible) == 1 for o in outcomes if o.time_plausible)
    measured = sum(bool(o.time_plausible) for o in outcomes)
    print(f"single time class       {single}/{measured} = {single / max(measured, 1):.1%}")
    print(f"seconds per solution    median {statistics.median(seconds):.1f}, max {max(seconds):.1f}, "
          f"total {sum(seconds):.0f}")
    by_label = Counter(o.entry.time for o in outcomes)
    right = Counter(o.entry.time for o in outcomes if o.time_best == o.entry.time)
    print("time accuracy per label " + ", ".join(f"{k}: {right[k]}/{v}" for k, v in sorted(by_label.items())))
    if with_bigo:
        bigo_right = sum(o.bigo == o.entry.time for o in outcomes)
        print(f"big_O time accuracy     {bigo_right}/{total} = {bigo_right / total:.1%}  (same solutions, generators "
              f"and size range; big_O 0.11 defaults)")


def bigo_only(saved: Path) -> None:
    """big_O beside a saved judge run: same solutions, same generators, same size range."""
    from judge.problem.loader import load_problem

    rows = json.loads(saved.read_text())
    right = total = 0
    for row in rows:
        entry = Entry(Path(row["entry"]["file"]), Path(row["entry"]["problem"]), row["entry"]["time"],
                      row["entry"]["space"], tuple(row["entry"]["traps"]))
        if not row["max_n"]:
            continue
        answer = bigo_entry(entry, int(row["max_n"]), load_problem(entry.problem).scaling.min_n)
        total += 1
        right += answer == entry.time
        print(f"{entry.file.name:<48} {entry.time:<11} big_O {answer:<14} judge {row['time_best']}", flush=True)
    print(f"\nbig_O time accuracy {right}/{total} = {right / max(total, 1):.1%}")


# One or two solutions per class for --stability (all 134 five times would take hours).
STABILITY_SET = (
    "median_of_sorted__index", "nth_triangular__formula", "binary_search__bisect", "is_power_of_two__halving",
    "is_prime__trial_sqrt", "two_sum__hashmap", "sum_list__recursive_index", "sort_numbers__merge_sort",
    "two_sum__sort_two_pointers", "count_pairs_with_sum__brute", "matrix_multiply__triple_loop",
    "count_subsets__recursive",
)


def stability(entries: list[Entry], repeats: int, budget: float) -> None:
    agree = 0
    for entry in entries:
        answers = [judge_entry(entry, budget) for _ in range(repeats)]
        keys = {(a.time_best, a.space_best, a.verdict) for a in answers}
        same = len(keys) == 1
        agree += same
        print(f"{entry.file.name:<48} {'same' if same else 'DIFFERS'}  {sorted(keys)}", flush=True)
    print(f"\nsame answer in {repeats}/{repeats} runs: {agree}/{len(entries)} solutions")


if __name__ == "__main__":
    main()
