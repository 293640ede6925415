"""The verdict on counted instructions, on seeded synthetic ladders shaped like callgrind's.

Two questions, both about `assess(fit(kind="instructions"), expected)`:
- false rejections: a solution in the expected class, with CPython's own steps (up to 2x
  per element, as a ramp or as the share of items past a fixed n0), lower-order terms of up
  to a third of the cost, a constant overhead and generator-drawn work (up to 15% spread
  between a size's inputs), must never be "worse";
- detection: a solution a polynomial degree or more above the expected class (or
  exponential) must be "worse", on ladders as short as the counted ladder gets when one
  call is capped at 200M instructions.

Run:  .venv/bin/python bench/fit_counts.py [--cases 300] [--seed 1]
Prints, per pair, the share called "worse", and by which rule.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from judge.complexity.classes import (
    CLASSES,
    CONSTANT,
    CUBIC,
    EXPONENTIAL,
    LINEAR,
    LINEARITHMIC,
    LOGARITHMIC,
    QUADRATIC,
    QUADRATIC_LOG,
    ComplexityClass,
)
from judge.complexity.fit import Sample, assess, fit

Rng = np.random.Generator
CALL_CAP = 200e6
# (true class, expected class): a degree or more apart, as a slow submission and its problem.
SLOW_PAIRS = (
    (LINEAR, CONSTANT), (LINEAR, LOGARITHMIC), (QUADRATIC, LINEAR), (QUADRATIC, LINEARITHMIC),
    (CUBIC, QUADRATIC), (QUADRATIC_LOG, LINEAR), (EXPONENTIAL, QUADRATIC), (EXPONENTIAL, CUBIC),
)


def sizes(cls: ComplexityClass, per_item: float, overhead: float, rng: Rng) -> list[int]:
    """The counted ladder: doubling from 8 (additive steps for 2^n) while a call stays under
    the cap, sometimes cut short by the wall-clock backstop."""
    if cls.exponential:
        n, out = int(rng.integers(4, 9)), []
        while overhead + per_item * 2.0**n < CALL_CAP and n < 40:
            out.append(n)
            n += 1
    else:
        def cost(size: float) -> float:
            return overhead + per_item * float(cls.basis(np.array([size]))[0])

        n, out = 8, []
        while cost(n) < CALL_CAP and n <= 2**20:
            out.append(n)
            n *= 2
        if cls.degree >= 2.5 and out:  # after a steep step the real ladder tries shorter ones
            out += [m for m in (round(out[-1] * 2 ** (k / 4)) for k in (1, 2, 3)) if cost(m) < CALL_CAP][-1:]
    keep = len(out) - int(rng.integers(0, 3)) if len(out) > 6 else len(out)
    return out[:keep]


def step(n: np.ndarray, rng: Rng) -> np.ndarray:
    """One of CPython's steps: a ramp of up to 2x, or the share of items past a fixed n0."""
    height = rng.uniform(1.0, 2.0)
    if rng.random() < 0.5:
        k0 = rng.uniform(3.0, 16.0)
        t = np.clip((np.log2(n) - k0) / rng.uniform(1.0, 3.0), 0.0, 1.0)
        return 1.0 + (height - 1.0) * t * t * (3 - 2 * t)
    n0 = 2.0 ** rng.uniform(3.0, 12.0)
    return 1.0 + (height - 1.0) * np.clip(1.0 - n0 / n, 0.0, 1.0)


def lower_term(cls: ComplexityClass, n: np.ndarray, rng: Rng) -> np.ndarray:
    """A lower-order term (a Python loop around C work), at most a third of the cost at the top."""
    lower = {LINEAR: LOGARITHMIC, LINEARITHMIC: LINEAR, QUADRATIC: LINEAR, QUADRATIC_LOG: QUADRATIC,
             CUBIC: QUADRATIC}.get(cls)
    if lower is None or rng.random() < 0.5:
        return np.zeros_like(n)
    share = rng.uniform(0.0, 1 / 3)
    g, h = cls.basis(n), lower.basis(n)
    return share * g[-1] / max(h[-1], 1e-12) * h


def counts(cls: ComplexityClass, rng: Rng) -> tuple[Sample, ...]:
    per_item = 10 ** rng.uniform(1.3, 2.7)  # 20 to 500 instructions per step of the class
    overhead = 10 ** rng.uniform(3.5, 4.8)
    n = np.array(sizes(cls, per_item, overhead, rng), dtype=np.float64)
    base = 2.0 if not cls.exponential else float(rng.choice([1.618, 2.0]))
    g = cls.basis(n, base) if cls.exponential else cls.basis(n)
    curve = overhead + per_item * (g * step(n, rng) + lower_term(cls, n, rng))
    spread = rng.choice([0.0005, 0.0005, 0.05, 0.15])
    inputs = int(rng.integers(3, 9))
    return tuple(Sample(int(size), tuple(float(v * (1 + rng.uniform(-spread, spread))) for _ in range(inputs)))
                 for size, v in zip(n, curve, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    print(f"=== correct solutions: 'worse' against their own class ({args.cases} per class) ===")
    total_false = 0
    for cls in CLASSES:
        rules = Counter(assess(fit(counts(cls, rng), kind="instructions"), cls).reason for _ in range(args.cases))
        worse = rules["slower_confirmed"] + rules["slower_by_a_degree"]
        total_false += worse
        print(f"{cls.name:<14} false 'worse' {worse:>4}")
    print(f"all classes: false 'worse' {total_false}")
    print(f"\n=== slow solutions: 'worse' against a class a degree or more lower ({args.cases} per pair) ===")
    for true, expected in SLOW_PAIRS:
        rules = Counter(assess(fit(counts(true, rng), kind="instructions"), expected).reason
                        for _ in range(args.cases))
        old, new = rules["slower_confirmed"], rules["slower_by_a_degree"]
        other = {k: v for k, v in rules.items() if k not in ("slower_confirmed", "slower_by_a_degree")}
        print(f"{true.name:>13} vs {expected.name:<11} worse {(old + new) / args.cases:6.1%}  "
              f"(3x rule {old / args.cases:6.1%}, degree-gap rule +{new / args.cases:5.1%}; other: {other})")


if __name__ == "__main__":
    main()
