"""Find problem folders: by path, by slug on a search path, or from a solution's file name."""

from __future__ import annotations

import difflib
import itertools
import os
import tomllib
from collections.abc import Iterable, Sequence
from pathlib import Path

from judge.errors import ProblemNotFoundError

BUNDLED = Path(__file__).resolve().parent.parent / "problems"


def search_path(problems_dirs: Sequence[Path | str] = ()) -> tuple[Path, ...]:
    """--problems-dir, then $JUDGE_PROBLEMS, then ./problems, then the bundled set (deduplicated)."""
    candidates: list[Path] = [Path(d) for d in problems_dirs]
    env = os.environ.get("JUDGE_PROBLEMS", "")
    candidates += [Path(p) for p in env.split(os.pathsep) if p]
    candidates += [Path.cwd() / "problems", BUNDLED]
    seen: set[Path] = set()
    result: list[Path] = []
    for folder in candidates:
        resolved = folder.expanduser().resolve()
        if resolved.is_dir() and resolved not in seen:
            seen.add(resolved)
            result.append(resolved)
    return tuple(result)


def _is_problem(folder: Path) -> bool:
    return (folder / "problem.toml").is_file()


def available(problems_dirs: Sequence[Path | str] = ()) -> dict[str, Path]:
    """Every problem slug reachable on the search path; earlier folders win."""
    found: dict[str, Path] = {}
    for base in search_path(problems_dirs):
        for child in sorted(base.iterdir()):
            if child.is_dir() and _is_problem(child) and child.name not in found:
                found[child.name] = child
    return found


def _metadata(folder: Path) -> tuple[int | None, tuple[str, ...]]:
    """(LeetCode number, aliases) from problem.toml, read without validating the folder."""
    try:
        with (folder / "problem.toml").open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError):
        return None, ()
    number = data.get("leetcode")
    aliases = data.get("aliases")
    return (number if isinstance(number, int) else None,
            tuple(a for a in aliases if isinstance(a, str)) if isinstance(aliases, list) else ())


def names(problems_dirs: Sequence[Path | str] = ()) -> dict[str, Path]:
    """Every name that finds a problem: slugs first, then aliases and LeetCode numbers."""
    slugs = available(problems_dirs)
    found = dict(slugs)
    for folder in slugs.values():
        number, aliases = _metadata(folder)
        for name in (*aliases, *([str(number)] if number is not None else ())):
            found.setdefault(name, folder)
    return found


def find_problem(spec: str, problems_dirs: Sequence[Path | str] = ()) -> Path:
    """A problem given as a folder path, a slug (LeetCode's kebab-case too), an alias or a
    LeetCode problem number."""
    path = Path(spec).expanduser()
    if path.is_dir() and (_is_problem(path) or os.sep in spec or spec.startswith(".")):
        return path.resolve()
    slugs = available(problems_dirs)
    key = spec.strip().lower().replace("-", "_")
    if key in slugs:
        return slugs[key]
    every = names(problems_dirs)
    if key in every:
        return every[key]
    raise ProblemNotFoundError(_not_found(f"no problem named {spec!r}", key, slugs, problems_dirs))


def problem_for_solution(solution: Path, problems_dirs: Sequence[Path | str] = ()) -> Path:
    """The problem folder the solution sits in (<problem>/submissions/<verdict>/x.py, as an
    author runs a submission), else the problem whose slug is the longest prefix of the
    solution's file stem."""
    owner = _owning_problem(solution)
    if owner is not None:
        return owner
    stem = solution.stem.lower().replace("-", "_")
    slugs = available(problems_dirs)
    every = {k: v for k, v in names(problems_dirs).items() if not k.isdigit()}
    matches = [s for s in every if stem == s or stem.startswith(s + "_")]
    if matches:
        return every[max(matches, key=len)]
    close = difflib.get_close_matches(stem, list(slugs), n=1, cutoff=0.5)
    example = close[0] if close else next(iter(slugs), "two_sum")
    raise ProblemNotFoundError(_not_found(
        f"cannot tell which problem {solution.name} solves", stem, slugs, problems_dirs,
        hint=f"Name the file after the problem (e.g. {example}.py or {example}_v2.py) or pass --problem SLUG.",
    ))


def _owning_problem(solution: Path) -> Path | None:
    parents = solution.resolve().parents
    for inner, outer in itertools.pairwise(parents):
        if inner.name == "submissions" and (outer / "problem.toml").is_file():
            return outer
    return None


def _not_found(head: str, word: str, slugs: Iterable[str], problems_dirs: Sequence[Path | str],
               hint: str = "") -> str:
    close = difflib.get_close_matches(word, list(slugs), n=4, cutoff=0.5)
    where = ", ".join(str(p) for p in search_path(problems_dirs))
    text = f"{head}. Looked in: {where}."
    if close:
        text += f" Did you mean: {', '.join(close)}?"
    text += " " + (hint or "Run `judge list` to see every problem, or pass --problems-dir DIR.")
    return text
