"""The size an input really has, where its generator draws the size itself.

A ladder asks the generator for inputs of size n, but a generator may draw the size from a
range ("a value between n/2 and n"): then a call at nominal n does the work of some m in
[n/2, n], the levels scatter by up to 2x around any curve drawn against n, and that scatter
can read as an extra log factor. Each input's arguments are recorded as magnitudes (a
container's length, an integer's value); where exactly one argument follows n while varying
around it, the fit uses that argument's magnitude as the size. Where an argument already
equals n (or a fixed share of it), or several arguments vary with n (two strings of drawn
lengths: the work depends on both), or another argument grows with n too (a grid beside
a drawn budget k), the ladder's n stays the size.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

NO_MAGNITUDE = -1  # an argument with no size of its own (a float, None, a bool)
TRACK_LOW = 0.25  # a drawn size is at least this share of n ...
TRACK_HIGH = 2.0  # ... and at most this multiple of it, at every size of the ladder
MIN_ROWS = 4  # inputs needed before a column can be said to follow n
FIXED_SHARE = 0.02  # a magnitude/n ratio varying by less than this is a fixed share of n
OTHER_GROWTH = 2.0  # every other argument stays within this factor from the smallest size to the largest

Magnitudes = tuple[int, ...]  # one per argument, in the order of the arguments' names


def magnitudes(input: Mapping[str, Any]) -> Magnitudes:
    """Each argument's magnitude, by name order: len() of a container or string (a list's
    None items not counted: a tree in level order holds a None for each missing child), the
    value of a non-negative int, NO_MAGNITUDE otherwise."""
    return tuple(_magnitude(input[name]) for name in sorted(input))


def _magnitude(value: Any) -> int:
    if isinstance(value, bool):
        return NO_MAGNITUDE
    if isinstance(value, int):
        return value if value >= 0 else NO_MAGNITUDE
    if isinstance(value, (list, tuple)):
        return len(value) - value.count(None)
    if isinstance(value, (str, bytes, dict, set, frozenset)):
        return len(value)
    return NO_MAGNITUDE


def drawn_column(rows: Iterable[tuple[int, Magnitudes]]) -> int | None:
    """The argument whose magnitude is the input's real size, or None to keep the ladder's n.

    `rows` pairs each input's nominal n with its magnitudes. A column follows n when every
    magnitude lies within [TRACK_LOW n, TRACK_HIGH n]; it is drawn when its ratio to n varies.
    """
    table = [(n, m) for n, m in rows if n > 0]
    if len(table) < MIN_ROWS or len({len(m) for _, m in table}) != 1 or len({n for n, _ in table}) < 2:
        return None
    columns = range(len(table[0][1]))
    following = [col for col in columns if _follows(table, col)]
    if len(following) != 1 or any(_grows(table, col) for col in columns if col != following[0]):
        return None
    ratios = [m[following[0]] / n for n, m in table]
    return following[0] if max(ratios) - min(ratios) > FIXED_SHARE * max(ratios) else None


def _follows(table: Sequence[tuple[int, Magnitudes]], col: int) -> bool:
    return all(TRACK_LOW * n <= m[col] <= TRACK_HIGH * n for n, m in table)


def _grows(table: Sequence[tuple[int, Magnitudes]], col: int) -> bool:
    """Whether an argument gets larger with n at all (a grid's rows grow as sqrt n): then
    the work may be in it, and a drawn value beside it (a budget k) is not the size."""
    smallest, largest = min(n for n, _ in table), max(n for n, _ in table)
    low = max(m[col] for n, m in table if n == smallest)
    high = max(m[col] for n, m in table if n == largest)
    return high > OTHER_GROWTH * max(low, 1)


def real_sizes(rows: Sequence[tuple[int, Magnitudes]]) -> list[int]:
    """Each input's size for the fit: its drawn argument's magnitude (at least 1), else its n."""
    col = drawn_column(rows)
    return [n if col is None else max(m[col], 1) for n, m in rows]
