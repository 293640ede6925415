"""`judge new`: write a complete, working example problem for an author to edit from.

The example ("index of the largest value") is deliberately small but uses every part of the
format (a custom checker, two input families, validate(), expected-verdict submissions), so
`judge verify` passes on it as written and the author edits from something that runs.

Its files live under template/ as package data. A file ending in `.tmpl` has `$slug` and
`$title` substituted and loses that suffix, which also keeps the template's Python out of
ruff, mypy and pytest; any other file is copied as it is.
"""

from __future__ import annotations

import keyword
from collections.abc import Iterator
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from string import Template

from judge.errors import UsageError
from judge.problem.loader import SLUG_RE

TEMPLATE_SUFFIX = ".tmpl"


def new_problem(slug: str, problems_dir: Path | str = "problems") -> Path:
    """Write the example problem folder named `slug` under `problems_dir`; return its path."""
    if not SLUG_RE.match(slug) or keyword.iskeyword(slug):
        raise UsageError(f"{slug!r} is not a valid problem slug. Use lowercase letters, digits and underscores, "
                         "starting with a letter (it also names the entry function), e.g. `judge new max_index`.")
    root = Path(problems_dir) / slug
    if root.exists():
        raise UsageError(f"{root} already exists; `judge new` never overwrites a folder. "
                         "Pick another slug, or remove the folder first if you really mean to start over.")
    rendered = render_template(slug)
    try:
        for relative, text in rendered.items():
            target = root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot create {root} ({exc.strerror}). "
                         "Pass --problems-dir with a folder you can write to.") from None
    return root


def render_template(slug: str) -> dict[str, str]:
    """Every file of the example problem for `slug`: path relative to its folder -> text.

    Rendered in memory first, so a broken installation fails before any folder is created.
    """
    values = {"slug": slug, "title": slug.replace("_", " ").strip().capitalize()}
    rendered: dict[str, str] = {}
    for relative, source in _template_files(files("judge.authoring") / "template"):
        text = source.read_text(encoding="utf-8")
        if relative.endswith(TEMPLATE_SUFFIX):
            relative, text = relative.removesuffix(TEMPLATE_SUFFIX), Template(text).substitute(values)
        rendered[relative] = text
    return rendered


def _template_files(folder: Traversable, prefix: str = "") -> Iterator[tuple[str, Traversable]]:
    """(relative path, file) for every file under `folder`, skipping editor and cache droppings."""
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if entry.name.startswith(".") or entry.name == "__pycache__":
            continue
        if entry.is_dir():
            yield from _template_files(entry, f"{prefix}{entry.name}/")
        else:
            yield f"{prefix}{entry.name}", entry
