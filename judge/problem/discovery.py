"""Find problem folders: by path, by slug on a search path, or from a solution's file name."""

from __future__ import annotations

import ast
import difflib
import itertools
import os
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
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


@dataclass(frozen=True)
class _Meta:
    """What discovery reads from a problem.toml, without validating the folder."""

    number: int | None = None  # LeetCode's problem number
    aliases: tuple[str, ...] = ()
    title: str = ""
    entries: tuple[str, ...] = ()  # entry, LeetCode method and codec names, lower-cased


def _metadata(folder: Path) -> _Meta:
    try:
        with (folder / "problem.toml").open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError):
        return _Meta()
    number, aliases, title = data.get("leetcode"), data.get("aliases"), data.get("title")
    entries = tuple(str(data[k]).lower() for k in ("entry", "method", "codec") if isinstance(data.get(k), str))
    return _Meta(number if isinstance(number, int) else None,
                 tuple(a for a in aliases if isinstance(a, str)) if isinstance(aliases, list) else (),
                 title if isinstance(title, str) else "", entries)


def slugify(text: str) -> str:
    """A title or file stem as a snake_case slug: "Sliding Window Maximum" and LeetCode's
    "sliding-window-maximum" both give sliding_window_maximum."""
    return re.sub(r"[^a-z0-9]+", "_", text.lower().replace("'", "")).strip("_")


def names(problems_dirs: Sequence[Path | str] = ()) -> dict[str, Path]:
    """Every name that finds a problem: slugs first, then aliases, titles (LeetCode's slug is
    its title in kebab case) and LeetCode numbers."""
    slugs = available(problems_dirs)
    found = dict(slugs)
    for folder in slugs.values():
        meta = _metadata(folder)
        titled = (slugify(meta.title),) if meta.title else ()
        for name in (*meta.aliases, *titled, *([str(meta.number)] if meta.number is not None else ())):
            found.setdefault(name, folder)
    return found


def find_problem(spec: str, problems_dirs: Sequence[Path | str] = ()) -> Path:
    """A problem given as a folder path, a slug (LeetCode's kebab-case too), an alias, a
    title or a LeetCode problem number."""
    path = Path(spec).expanduser()
    if path.is_dir() and (_is_problem(path) or os.sep in spec or spec.startswith(".")):
        return path.resolve()
    slugs = available(problems_dirs)
    key = slugify(spec)
    if key in slugs:
        return slugs[key]
    every = names(problems_dirs)
    if key in every:
        return every[key]
    raise ProblemNotFoundError(_not_found(f"no problem named {spec!r}", key, slugs, problems_dirs))


LEETCODE_NUMBER = re.compile(r"(?:lc|leetcode)?_?0*(\d+)(?:_(.*))?")  # 0001-two-sum, 146.lru-cache, lc19


def problem_for_solution(solution: Path, problems_dirs: Sequence[Path | str] = ()) -> Path:
    """The problem folder the solution sits in (<problem>/submissions/<verdict>/x.py, as an
    author runs a submission), else the problem whose name (slug, alias, title) is the
    longest prefix of the file's stem, also after a LeetCode number (0001-two-sum.py), else
    that number, else the one problem whose entry or LeetCode method the source defines."""
    owner = _owning_problem(solution)
    if owner is not None:
        return owner
    stem = slugify(solution.stem)
    every = names(problems_dirs)
    numbered = LEETCODE_NUMBER.fullmatch(stem)
    for candidate in (stem, numbered.group(2) if numbered and numbered.group(2) else None):
        matches = [s for s in every if not s.isdigit() and candidate and (candidate == s or
                                                                          candidate.startswith(s + "_"))]
        if matches:
            return every[max(matches, key=len)]
    if numbered and numbered.group(1) in every:
        return every[numbered.group(1)]
    slugs = available(problems_dirs)
    defined = _defined_names(solution)
    owners = sorted({name for name, folder in slugs.items() if defined & set(_metadata(folder).entries)})
    if len(owners) == 1:
        return slugs[owners[0]]
    close = difflib.get_close_matches(stem, list(slugs), n=1, cutoff=0.5)
    example = close[0] if close else ("two_sum" if "two_sum" in slugs else next(iter(slugs), "two_sum"))
    hint = (f"It defines what {', '.join(owners)} ask for; pass --problem SLUG to choose." if owners else
            f"Name the file after the problem (e.g. {example}.py or {example}_v2.py) or pass --problem SLUG.")
    raise ProblemNotFoundError(_not_found(f"cannot tell which problem {solution.name} solves", stem, slugs,
                                          problems_dirs, hint=hint))


def _defined_names(solution: Path) -> set[str]:
    """Lower-cased names a solution defines (functions, classes, a class's methods), read from
    its syntax tree only; nothing when it cannot be read or parsed."""
    try:
        tree = ast.parse(solution.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, SyntaxError, ValueError, RecursionError, MemoryError):
        return set()
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.add(node.name.lower())
        if isinstance(node, ast.ClassDef):
            found.update(m.name.lower() for m in node.body
                         if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef)) and not m.name.startswith("_"))
    return found


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
