"""The loaded solution, in the worker: its namespace, its entry, and how it is called.

Worker side, standard library only. Pasted LeetCode code is run unchanged: the names
LeetCode's environment imports are there, the solution's own definitions win over them,
and the entry is found by name (any case, the problem's declared method name) or, in a
class Solution with helper methods, by the parameters it takes. LeetCode's ListNode,
TreeNode and graph Node are predefined (judge.sandbox.shapes), as are sortedcontainers'
SortedList, SortedDict and SortedSet where installed.

A call is prepared (typed inputs built into nodes), invoked (the measured part) and
finished (the answer read back into a plain value); `call` does all three. A design
problem's entry is a class: a call runs LeetCode's operations on one instance. A codec
problem's entry writes a string and a second method reads it back: a call is the round trip,
on two instances, or one stage of it (the judge runs the stages in two processes, so the
string is the only way from one to the other).
"""

from __future__ import annotations

import builtins
import collections.abc
import contextlib
import linecache
from collections import deque
from collections.abc import Mapping
from typing import Any

from judge.sandbox import shapes
from judge.sandbox.protocol import CodecStage

try:  # imported with the worker, before confinement hides site-packages
    import sortedcontainers as _sortedcontainers
except ImportError:  # pragma: no cover - installed with the judge
    _sortedcontainers = None

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
SORTED_NAMES = ("SortedList", "SortedDict", "SortedSet", "SortedKeyList")


def prelude_names() -> dict[str, Any]:
    """What LeetCode predefines beyond the imports: the node classes, sortedcontainers."""
    names: dict[str, Any] = dict(shapes.CLASSES)
    if _sortedcontainers is not None:
        names["sortedcontainers"] = _sortedcontainers
        names.update({name: getattr(_sortedcontainers, name) for name in SORTED_NAMES})
    return names


class Prepared:
    """One call's arguments: the problem's (plain) and the solution's (typed inputs built),
    with the context the answer is read back in."""

    __slots__ = ("args", "context", "kwargs")

    def __init__(self, args: dict[str, Any], kwargs: dict[str, Any], context: shapes.Context | None) -> None:
        self.args = args
        self.kwargs = kwargs
        self.context = context


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


class Solution:
    """The loaded solution: finds the entry and calls it with a problem's arguments."""

    def __init__(self, source: str, filename: str, entry: str, returns: str | None,
                 method: str | None = None, params: tuple[str, ...] = (), *,
                 types: Mapping[str, str] | None = None, design: bool = False,
                 codec: str | None = None, codec_stage: CodecStage = "both") -> None:
        self.filename = filename
        self.returns = returns
        self.design = design
        self.types = {name: shape for name, shape in (types or {}).items() if name != "return"}
        # The answer's shape: the declared one, or the in-place argument's
        self.answer_shape = self.types.get(returns) if returns else (types or {}).get("return")
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        namespace: dict[str, Any] = {"__name__": "__solution__", "__builtins__": builtins}
        exec(compile(PRELUDE, "<prelude>", "exec"), namespace)
        for name in [n for n in namespace if not n.startswith("__") and hasattr(builtins, n)]:
            del namespace[name]  # `from math import *` must not replace the builtin pow()
        namespace.update(prelude_names())
        prelude = dict(namespace)
        namespace["__file__"] = filename
        code = compile(source, filename, "exec", dont_inherit=True)
        exec(code, namespace)
        # The solution's own definitions win: `from heapq import *` brings a merge() that
        # must not hide class Solution's merge method.
        own = {k: v for k, v in namespace.items() if k not in prelude or prelude[k] is not v}
        self.codec: Codec | None = None
        self.params: tuple[str, ...] | None = None
        if codec is not None:
            self.codec = Codec(own, entry, codec, codec_stage)
            self.function, self.description = self.codec.run, self.codec.description
        elif design:
            self.function, self.description = _find_class(own, entry, method)
        else:
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

    @property
    def shaped(self) -> bool:
        """Typed inputs are built afresh for every call: a change the solution makes to them
        never shows in the plain input, so the worker treats every call as mutating."""
        return bool(self.types)

    def prepare(self, args: dict[str, Any] | Prepared) -> Prepared:
        """The call's arguments with typed inputs built (outside the measured call)."""
        if isinstance(args, Prepared):
            return args
        if not self.types and self.answer_shape is None:
            return Prepared(args, args, None)
        kwargs, context = shapes.build_inputs(args, self.types, self.answer_shape)
        return Prepared(args, kwargs, context)

    def invoke(self, call: dict[str, Any] | Prepared) -> Any:
        """The measured part: the entry called, its raw answer."""
        if not isinstance(call, Prepared):  # untyped arguments are passed as they are: nothing to build
            call = self.prepare(call) if self.types else Prepared(call, call, None)
        args = call.kwargs
        if self.design:
            return _operations(self.function, args)
        if self.codec is not None:
            return self.codec.run(args)
        if self.params is None or set(args) <= set(self.params):
            value = self.function(**args)
        else:  # names differ from the problem's: pass in the problem's order
            value = self.function(*args.values())
        # A lazy answer (a generator, map(), a dict view) is materialised here, inside the
        # measured call: fingerprinting it later would consume it, and its work is the call's.
        return list(value) if _is_lazy(value) else value

    def finish(self, call: dict[str, Any] | Prepared, value: Any) -> Any:
        """The answer as the judge compares it: the in-place argument after the call, typed
        answers read back into plain values (shapes.Unreadable when they cannot be)."""
        prepared = self.prepare(call)
        if self.returns:
            value = prepared.kwargs[self.returns]
        if self.answer_shape is None:
            return value
        return shapes.read_answer(value, self.answer_shape, prepared.context or shapes.Context())

    def call(self, args: dict[str, Any] | Prepared) -> Any:
        prepared = self.prepare(args)
        return self.finish(prepared, self.invoke(prepared))


class Codec:
    """A codec problem's pair: the entry (serialize, encode) writes a string, `decode`
    (deserialize, decode) reads it back. Both are methods of one class (Codec, Solution,
    any name) or top-level functions; each stage gets an instance of its own."""

    def __init__(self, namespace: dict[str, Any], encode: str, decode: str, stage: CodecStage) -> None:
        self.names, self.stage = (encode, decode), stage
        wanted = {encode.lower(), decode.lower()}
        functions = {n.lower(): v for n, v in namespace.items() if callable(v) and not isinstance(v, type)}
        if wanted <= set(functions):
            self.owner: Any = None
            self.encode, self.decode = functions[encode.lower()], functions[decode.lower()]
            self.description = f"functions {encode}() and {decode}()"
            return
        for name, value in namespace.items():
            methods = {m.lower(): m for m in dir(value) if not m.startswith("__")} if isinstance(value, type) else {}
            if wanted <= set(methods):
                self.owner = value
                self.encode, self.decode = methods[encode.lower()], methods[decode.lower()]
                self.description = f"class {name} ({self.encode}, {self.decode})"
                return
        raise LookupError(f"no class with methods {encode} and {decode} (and no such functions)")

    def _method(self, name: Any) -> Any:
        return name if self.owner is None else getattr(self.owner(), name)

    def run(self, args: Mapping[str, Any]) -> Any:
        if self.stage == "decode":
            return self._method(self.decode)(*args.values())
        written = self._method(self.encode)(*args.values())
        if not isinstance(written, str):
            return shapes.Unreadable(f"{self.names[0]}() must return a string, not {type(written).__name__}")
        if self.stage == "encode":
            return written
        answer = self._method(self.decode)(written)
        if any(answer is value for value in args.values() if value is not None):
            return shapes.Unreadable(f"{self.names[1]}() returned the input object itself, not one read "
                                     "from the string")
        return answer


def _operations(klass: Any, args: Mapping[str, Any]) -> Any:
    """A design problem's call, as LeetCode runs it: the first operation constructs the
    class, each next one calls a method; the results in order (None for the constructor
    and for void methods). A method the class lacks makes the answer unreadable."""
    operations, arguments = args.get("operations"), args.get("arguments")
    if not isinstance(operations, list) or not isinstance(arguments, list) or len(operations) != len(arguments):
        raise ValueError("a design call needs lists 'operations' and 'arguments' of the same length")
    if not operations:
        return []
    instance = klass(*arguments[0])
    results: list[Any] = [None]
    methods: dict[str, Any] = {}
    for index in range(1, len(operations)):
        name = operations[index]
        method = methods.get(name)
        if method is None:
            found = getattr(instance, name, None) if isinstance(name, str) and not name.startswith("__") else None
            if not callable(found):
                return shapes.Unreadable(f"class {klass.__name__} has no method {name}() (operation {index})")
            method = methods[name] = found
        results.append(method(*arguments[index]))
    return results


def _is_lazy(value: Any) -> bool:
    if value is None or isinstance(value, (str, bytes, list, tuple, dict, set, frozenset, int, float)):
        return False
    return isinstance(value, (collections.abc.Iterator, collections.abc.KeysView, collections.abc.ValuesView,
                              collections.abc.ItemsView, range, deque))


def _names(entry: str, method: str | None) -> list[str]:
    """The names an entry may have: the slug's, the declared LeetCode method's, camelCase."""
    return list(dict.fromkeys([entry, *([method] if method else []), _camel(entry)]))


def _find_class(namespace: dict[str, Any], entry: str, method: str | None) -> tuple[Any, str]:
    """A design problem's class: named like the entry or LeetCode's name, in any case."""
    names = _names(entry, method)
    folded = {name.lower() for name in names}
    for name, value in namespace.items():
        if isinstance(value, type) and name.lower() in folded:
            return value, f"class {name}"
    classes = [n for n, v in namespace.items() if isinstance(v, type) and not n.startswith("_")]
    listed = f" (it defines {', '.join(classes)})" if classes else ""
    raise LookupError(f"no class named {' or '.join(names)}{listed}")


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
