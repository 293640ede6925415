"""What each kind of measurement gets wrong, and so what the fit forgives it.

A `Profile` names every allowance: how a size's level is taken from its repeats, how
much error is always tolerated, which machine steps and lower-order terms may explain a
misfit. The values are tuned with bench/fit_synthetic.py; bench/notes/fitting.md keeps
the measurements behind them.
"""

from __future__ import annotations

from dataclasses import dataclass

from judge.complexity.classes import (
    CUBIC,
    LINEAR,
    LINEARITHMIC,
    LOGARITHMIC,
    QUADRATIC,
    QUADRATIC_LOG,
    ComplexityClass,
)
from judge.complexity.status import Kind

NOISE_FLOOR = 0.03  # log-space error always tolerated per size (systematic effects)
TIME_QUANTILE = 0.25  # the per-size level for time: a busy core only ever slows a run down
CACHE_STEP = 2.0  # largest per-element cost step that caches alone can produce
CONSTANT_STEP = 1.15  # largest step of a constant cost (a new bigint digit, a cache miss)
SPACE_CONSTANT_STEP = 4.0  # largest step of constant space (a bounded structure filling up)
INT_CACHE_STEP = 5.0  # a list slot of 8 bytes, then 8 + a fresh 32-byte int: bytes per item x5
MAX_STEPS = 2  # machine steps a class may use to explain its misfit
# A leading term measured under the cost of the loop around it: a C-level n^2 (memmove,
# memcpy) under a Python loop over n; a generator over n per cell of an n^2 table; a C
# sort of a window per step of a quadratic scan.
LOWER_TERMS: dict[ComplexityClass, ComplexityClass] = {QUADRATIC: LINEAR, QUADRATIC_LOG: QUADRATIC, CUBIC: QUADRATIC}
LOWER_TERM_SHARE = 2 / 3  # ... allowed only if the leading term is at least this share of the cost
LOWER_SELECT_EXTRA = 2.0  # extra selection penalty for the lower-order term
PLAUSIBLE_MARGIN = 6.0  # criterion gap within which a class cannot be ruled out (about 20:1 evidence)
# Counted instructions report the classes within half that gap (about 4.5:1): they are
# exact and blind to caches, which alone can fake a log factor in CPU time. At 6, "O(n)
# or O(n log n)" answers made a single time class 84% of the corpus, at 3 it is 93% with
# the same best class everywhere (bench/notes/fitting.md). Ladders still stop only on
# the wider margin.
COUNTED_PLAUSIBLE_MARGIN = 3.0


@dataclass(frozen=True, kw_only=True)
class Profile:
    """The allowances of one kind of measurement; build it with keyword arguments."""

    quantile: float | None  # the per-size level: this quantile of the repeats, or None for their mean
    noise_floor: float  # log-space error always tolerated per size
    max_steps: int  # steps a class below the best fit may use to explain its misfit
    step_height: float  # largest step of a cost per element
    lower_terms: tuple[tuple[ComplexityClass, ComplexityClass], ...]  # leading term -> the loop's term under it
    multiplicative: bool  # noise is a factor (time) rather than absolute jitter (bytes)
    threshold_steps: bool = False  # steps shaped 1 - n0/n (a share of items past a fixed n0)
    lower_share: float = LOWER_TERM_SHARE  # a leading term with a lower one must carry this share near the top
    variant_dispersion: bool = False  # over-dispersion from the best fit with steps and lower terms
    lower_extra: float = LOWER_SELECT_EXTRA  # selection penalty of a lower-order term, beyond its parameter
    constant_step: float = CONSTANT_STEP  # largest step of O(1) (0: O(1) gets no steps)
    int_cache_step: float = 0.0  # largest per-item step past CPython's small ints (0: none)
    int_cache_extra: float = 0.0  # its selection penalty beyond its one parameter
    plausible_margin: float = PLAUSIBLE_MARGIN  # criterion gap within which a class stays plausible


# CPU time: a busy core only slows a run, so the lower quartile; caches and the small-int
# cache add up to two steps per element.
TIME = Profile(
    quantile=TIME_QUANTILE,
    noise_floor=NOISE_FLOOR,
    max_steps=MAX_STEPS,
    step_height=CACHE_STEP,
    lower_terms=tuple(LOWER_TERMS.items()),
    multiplicative=True,
)

# Space: exact bytes with symmetric jitter, so the median; one allocator step. A structure
# bounded by the input's alphabet or by k fills up over the first sizes, then stays: O(1)
# with one large step. Differences are judged against the misfit of the best explanation,
# its step included: a dict's index entries widen from 1 to 2 to 4 bytes as it grows,
# which every plain curve misses alike (two_sum read "O(n) or O(n log n)" without this).
# A structure of n fresh ints (argsort's indices) costs 8 bytes an item up to n = 256 and
# ~40 past it, the share of items past 256 rising over a few doublings: read as a log factor
# without the int-cache step (bench/notes/fitting.md).
SPACE = Profile(
    quantile=0.5,
    noise_floor=NOISE_FLOOR,
    max_steps=1,
    step_height=CACHE_STEP,
    lower_terms=(),
    multiplicative=False,
    constant_step=SPACE_CONSTANT_STEP,
    variant_dispersion=True,
    int_cache_step=INT_CACHE_STEP,
    int_cache_extra=2.0,
)

# Instructions (callgrind): exact for one input and blind to caches. What remains is
# CPython's own steps past a fixed size (small ints, pymalloc, dict growth), so one
# threshold-shaped step, and the inputs' spread, so their mean. Small ladders also show
# the loop's own lower-order term under O(n) and O(n log n). The small-int step sits at a
# known place (n = 256), so it is fitted as a variant of one parameter, not a free step.
INSTRUCTIONS = Profile(
    quantile=None,
    noise_floor=0.01,
    max_steps=1,
    step_height=2.0,
    lower_terms=((LINEAR, LOGARITHMIC), (LINEARITHMIC, LINEAR), *LOWER_TERMS.items()),
    multiplicative=True,
    threshold_steps=True,
    lower_share=1 / 3,
    variant_dispersion=True,
    plausible_margin=COUNTED_PLAUSIBLE_MARGIN,
    int_cache_step=2.0,
)

PROFILES: dict[Kind, Profile] = {"time": TIME, "space": SPACE, "instructions": INSTRUCTIONS}


def profile_for(kind: str) -> Profile:
    """The profile of a kind; ValueError names the kinds for anything else."""
    for name, profile in PROFILES.items():
        if name == kind:
            return profile
    raise ValueError(f"kind must be one of {', '.join(PROFILES)}, got {kind!r}")
