"""The loaded solution, in the worker: its namespace, its entry, and how it is called.

Worker side, standard library only. Pasted LeetCode code is run unchanged: the names
LeetCode's environment imports are there, the solution's own definitions win over them,
and the entry is found by name (any case, the problem's declared method name) or, in a
class Solution with helper methods, by the parameters it takes.
"""

from __future__ import annotations

import builtins
import collections.abc
import contextlib
import linecache
from collections import deque
from typing import Any

# LeetCode's Python 3 environment imports these for every submission; pasted code relies on it.
PRELUDE = """
from typing import *
from collections import *
from heapq import *
from bisect import *
from itertools import *
from functools import *
from math import *
import collections, heapq, bisect, itertools, functools, math, string, re, random, operator
"""

def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


class Solution:
    """The loaded solution: finds the entry and calls it with a problem's arguments."""

    def __init__(self, source: str, filename: str, entry: str, returns: str | None,
                 method: str | None = None, params: tuple[str, ...] = ()) -> None:
        self.filename = filename
        self.returns = returns
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        namespace: dict[str, Any] = {"__name__": "__solution__", "__builtins__": builtins}
        exec(compile(PRELUDE, "<prelude>", "exec"), namespace)
        for name in [n for n in namespace if n != "__builtins__" and hasattr(builtins, n)]:
            del namespace[name]  # `from math import *` must not replace the builtin pow()
        prelude = dict(namespace)
        namespace["__file__"] = filename
        code = compile(source, filename, "exec", dont_inherit=True)
        exec(code, namespace)
        # The solution's own definitions win: `from heapq import *` brings a merge() that
        # must not hide class Solution's merge method.
        own = {k: v for k, v in namespace.items() if k not in prelude or prelude[k] is not v}
        self.function, self.description = _find_entry(own, entry, method, params)
        self.params = self._params(self.function)

    @staticmethod
    def _params(function: Any) -> tuple[str, ...] | None:
        import inspect

        try:
            signature = inspect.signature(function)
        except (TypeError, ValueError):
            return None
        if any(p.kind in (p.VAR_KEYWORD, p.VAR_POSITIONAL) for p in signature.parameters.values()):
            return None
        return tuple(signature.parameters)

    def call(self, args: dict[str, Any]) -> Any:
        if self.params is None or set(args) <= set(self.params):
            value = self.function(**args)
        else:  # names differ from the problem's: pass in the problem's order
            value = self.function(*args.values())
        if self.returns:
            return args[self.returns]
        # A lazy answer (a generator, map(), a dict view) is materialised here, inside the
        # measured call: fingerprinting it later would consume it, and its work is the call's.
        return list(value) if _is_lazy(value) else value


def _is_lazy(value: Any) -> bool:
    if value is None or isinstance(value, (str, bytes, list, tuple, dict, set, frozenset, int, float)):
        return False
    return isinstance(value, (collections.abc.Iterator, collections.abc.KeysView, collections.abc.ValuesView,
                              collections.abc.ItemsView, range, deque))


def _names(entry: str, method: str | None) -> list[str]:
    """The names an entry may have: the slug's, the declared LeetCode method's, camelCase."""
    return list(dict.fromkeys([entry, *([method] if method else []), _camel(entry)]))


def _required_arity(function: Any) -> int | None:
    """Positional parameters without defaults, after self; None when it takes *args/**kwargs."""
    import inspect

    try:
        parameters = list(inspect.signature(function).parameters.values())[1:]
    except (TypeError, ValueError):
        return None
    if any(p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in parameters):
        return None
    return len([p for p in parameters if p.default is p.empty])


def _find_entry(namespace: dict[str, Any], entry: str, method: str | None,
                params: tuple[str, ...]) -> tuple[Any, str]:
    """The entry: a top-level function named like it, else a method of class Solution named
    like it (case-insensitively), else the one public method whose parameters fit the
    problem's (pasted LeetCode classes carry helper methods)."""
    names = _names(entry, method)
    folded = {name.lower() for name in names}
    for name, value in namespace.items():
        if name.lower() in folded and callable(value) and not isinstance(value, type):
            return value, f"function {name}()"
    klass = namespace.get("Solution")
    if not isinstance(klass, type):
        raise LookupError(f"no function named {entry} and no class Solution with a {names[-1]} method")
    public = [n for n, v in vars(klass).items() if callable(v) and not n.startswith("_")]
    named = [n for n in public if n.lower() in folded]
    fitting = [n for n in public if params and _required_arity(vars(klass)[n]) == len(params)]
    for choice in (named, fitting, public):
        if len(choice) == 1:
            return _bound(klass, choice[0]), f"Solution.{choice[0]}()"
    listed = f" (its public methods: {', '.join(public)})" if public else ""
    raise LookupError(f"class Solution has no method {' or '.join(names)}{listed}")


def _bound(klass: type, name: str) -> Any:
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(klass(), name)(*args, **kwargs)

    import inspect

    # A constructor that needs arguments: call as is, positional order unknown.
    with contextlib.suppress(Exception):
        call.__signature__ = inspect.signature(getattr(klass(), name))  # type: ignore[attr-defined]
    return call
