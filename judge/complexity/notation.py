"""Notation with several variables (O(V + E), O(m * n), O(n * 2^n), O(k log n)) reduced to a
class in the one size n the complexity phase grows, given how each variable grows with n.

An expression is read into a sum of terms c * n^p * (log n)^q * b^n; a variable is replaced
by its own expression in n (V = "n", E = "2n", m = "sqrt n"). The term that dominates as n
grows decides the class: its base, then its power, then its log power.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from judge.complexity.classes import (
    CLASSES,
    CONSTANT,
    EXPONENTIAL,
    LINEAR,
    LINEARITHMIC,
    LOGARITHMIC,
    QUADRATIC,
    QUADRATIC_LOG,
    SQRT,
    ComplexityClass,
)


@dataclass(frozen=True, order=True)
class Term:
    """base^n * n^power * (log n)^logs; ordered by how fast it grows (coefficients aside)."""

    base: float = 1.0
    power: Fraction = Fraction(0)
    logs: Fraction = Fraction(0)

    def times(self, other: Term) -> Term:
        return Term(self.base * other.base, self.power + other.power, self.logs + other.logs)

    def raised(self, exponent: Fraction) -> Term:
        return Term(self.base ** float(exponent), self.power * exponent, self.logs * exponent)


Expr = tuple[Term, ...]  # a sum; constant factors never change a class, so they are dropped
ONE: Expr = (Term(),)
_SIZE: Expr = (Term(power=Fraction(1)),)
_CLASS_OF: dict[tuple[Fraction, bool], ComplexityClass] = {
    (Fraction(0), False): CONSTANT, (Fraction(0), True): LOGARITHMIC, (Fraction(1, 2), False): SQRT,
    (Fraction(1), False): LINEAR, (Fraction(1), True): LINEARITHMIC, (Fraction(2), False): QUADRATIC,
    (Fraction(2), True): QUADRATIC_LOG, (Fraction(3), False): next(c for c in CLASSES if c.degree == 3.0),
}
_TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z_0-9]*)|(\*\*|[-+*/^()·⋅×√²³]))")


def reduce(notation: str, variables: Mapping[str, str]) -> ComplexityClass:
    """The class of `notation` in n, each variable replaced by its expression in n (a
    variable not given, n or N, is n itself). ValueError says what cannot be read."""
    substitutions = {name: _Parser(text, {}).parse() for name, text in variables.items()}
    return class_of(_Parser(_unwrap(notation), substitutions).parse())


def class_of(expr: Expr) -> ComplexityClass:
    """The class of the term that grows fastest."""
    top = max(expr)
    if top.base > 1.0:
        return EXPONENTIAL
    cls = _CLASS_OF.get((top.power, top.logs > 0)) if top.logs <= 1 else None
    if cls is None:
        raise ValueError(f"it grows like {_show(top)}, which is not one of the classes the judge fits")
    return cls


def _show(term: Term) -> str:
    parts = [f"n^{term.power}" if term.power != 1 else "n"] if term.power else []
    parts += [f"log^{term.logs} n" if term.logs != 1 else "log n"] if term.logs else []
    return " ".join(parts) or "1"


def _unwrap(notation: str) -> str:
    match = re.fullmatch(r"\s*(?:O|Θ|θ|Theta)\s*\((.*)\)\s*", notation)
    return match.group(1) if match else notation


class _Parser:
    """Recursive descent over: sum := product ('+' product)*; product := power (['*' | '/'] power)*
    (juxtaposition multiplies: "2n", "n log n"); power := atom ('^' atom)?; atom := number |
    name | log x | sqrt x | '(' sum ')'."""

    def __init__(self, text: str, variables: Mapping[str, Expr]) -> None:
        for old, new in (("²", "^2"), ("³", "^3"), ("√", " sqrt "), ("**", "^"), ("·", "*"), ("⋅", "*"),
                         ("×", "*"), ("[", "("), ("]", ")")):
            text = text.replace(old, new)
        self.text = text
        self.tokens = self._tokens(text)
        self.at = 0
        self.variables = variables

    @staticmethod
    def _tokens(text: str) -> list[str]:
        tokens, at = [], 0
        while at < len(text.rstrip()):
            match = _TOKEN.match(text, at)
            if match is None:
                raise ValueError(f"cannot read {text[at:].strip()!r}")
            tokens.append(match.group(match.lastindex or 0))
            at = match.end()
        return tokens

    def parse(self) -> Expr:
        if not self.tokens:
            raise ValueError("it is empty")
        expr = self._sum()
        if self.at != len(self.tokens):
            raise ValueError(f"unexpected {self.tokens[self.at]!r}")
        return expr

    def _peek(self) -> str | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def _take(self) -> str:
        token = self._peek()
        if token is None:
            raise ValueError("it ends too early")
        self.at += 1
        return token

    def _sum(self) -> Expr:
        terms = list(self._product())
        while self._peek() in ("+", "-"):
            self._take()
            terms += self._product()  # O(m - n) is read as O(m + n): growth, not a value
        return tuple(terms)

    def _product(self) -> Expr:
        expr = self._power()
        while (token := self._peek()) is not None and token not in ("+", "-", ")"):
            if token in ("*", "/"):
                self._take()
            factor = self._power()
            if token == "/":
                factor = tuple(t.raised(Fraction(-1)) for t in factor) if len(factor) == 1 else _fail("a divisor sum")
            expr = tuple(a.times(b) for a in expr for b in factor)
        return expr

    def _power(self) -> Expr:
        base_token = self._peek()
        base = self._atom()
        if self._peek() != "^":
            return base
        self._take()
        if _is_number(base_token) and base == ONE:
            return _exponential(float(base_token or 1), self._atom())
        power = self._number()
        return tuple(t.raised(power) for t in base) if len(base) == 1 else _expand(base, power)

    def _number(self) -> Fraction:
        """An exponent: 2, 0.5, 1/2 or (1/2)."""
        token = self._take()
        if token == "(":
            value = self._number()
            if self._peek() == "/":
                self._take()
                value /= self._number()
            if self._take() != ")":
                raise ValueError("a '(' is not closed")
            return value
        if not _is_number(token):
            raise ValueError(f"the exponent {token!r} is not a number (only a number's power, 2^n, may vary)")
        value = Fraction(token).limit_denominator(8)
        if self._peek() == "/" and self.at + 1 < len(self.tokens) and _is_number(self.tokens[self.at + 1]):
            self._take()
            value /= Fraction(self._take())
        return value

    def _atom(self) -> Expr:
        token = self._take()
        if _is_number(token):
            return ONE
        if token == "(":
            expr = self._sum()
            if self._peek() != ")":
                raise ValueError("a '(' is not closed")
            self._take()
            return expr
        lowered = token.lower()
        if lowered in ("log", "lg", "ln", "log2", "log10"):
            return _log(self._power())
        if lowered == "sqrt":
            inner = self._power()
            return tuple(t.raised(Fraction(1, 2)) for t in inner) if len(inner) == 1 else _fail("sqrt of a sum")
        if token in self.variables:
            return self.variables[token]
        folded = {name.lower(): expr for name, expr in self.variables.items()}
        if lowered in folded:
            return folded[lowered]
        if lowered == "n":
            return _SIZE
        raise ValueError(f"{token!r} is not n and its growth is not given")


def _is_number(token: str | None) -> bool:
    return token is not None and token[0].isdigit()


def _fail(what: str) -> Expr:
    raise ValueError(f"{what} is not supported")


def _expand(base: Expr, power: Fraction) -> Expr:
    """(a + b)^k for a whole k; other powers of a sum keep only its fastest term."""
    if power.denominator == 1 and 0 < power <= 4:
        expr = ONE
        for _ in range(int(power)):
            expr = tuple(a.times(b) for a in expr for b in base)
        return expr
    return (max(base).raised(power),)


def _exponential(base: float, exponent: Expr) -> Expr:
    """b^(c n) is an exponential; b^(log n) is a power of n; b^(number) a constant."""
    top = max(exponent)
    if top == Term():
        return ONE
    if top.base == 1.0 and top.power == 1 and top.logs == 0:
        return (Term(base=max(base, 1.0)),)
    if top.base == 1.0 and top.power == 0 and top.logs == 1:
        return (Term(power=Fraction(math.log2(base)).limit_denominator(8)),)
    raise ValueError("only b^n and b^(log n) can be read as growth")


def _log(expr: Expr) -> Expr:
    """log of the fastest term: log(b^n) ~ n, log(n^p) ~ log n, log(log n) ~ 1 (a constant)."""
    top = max(expr)
    if top.base > 1.0:
        return _SIZE
    return (Term(logs=Fraction(1)),) if top.power > 0 else ONE
