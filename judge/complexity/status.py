"""The closed vocabulary the fitter hands to other layers: kinds, statuses and codes, no sentences.

Reports turn these into words (judge/reports/phrases.py). Closed types let a reporter
cover every case, and a misspelt status is a type error instead of a silent new one.
This module imports nothing heavy: the report model uses it without loading numpy.
"""

from __future__ import annotations

from typing import Literal

Kind = Literal["time", "space", "instructions"]
"""What the values are: CPU seconds, bytes, or instructions counted by callgrind."""

Status = Literal["ok", "better", "worse", "inconclusive"]
"""A measured class against the expected one."""

Reason = Literal[
    "too_few_sizes",  # too few sizes or too small a range to judge at all
    "as_expected",  # the expected class is plausible (ok)
    "faster",  # every plausible class is below the expected one (better)
    "cannot_place",  # plausible classes lie on both sides of the expected one
    "slower_no_holdout",  # every plausible class is above, but too few sizes to hold any out
    "slower_confirmed",  # above, and the largest sizes are WORSE_FACTOR over the expected curve (worse)
    "slower_unconfirmed",  # above, but the excess is within what the machine alone can cause
    "slower_by_a_degree",  # every plausible class a polynomial degree or more above, and an excess
                           # beyond what CPython's own steps can cause in counted instructions (worse)
]
"""Which rule of `assess` decided the status."""

Margin = Literal["clear", "fair", "slight"]

# Why a ladder stopped growing: the problem's max_n, one call over its cap, the ladders'
# shared instruction cap, or the wall-clock budget.
StopReason = Literal["max_n", "call_cap", "ladder_cap", "budget", "settled"]
"""How clearly the runner-up lost, from the fit's confidence."""

Separation = Literal["several", "no_growth", "unopposed", "clear", "fair", "slight", "like_reference",
                     "beyond_reference"]
"""How the best class stands against the others: several plausible classes, O(1) for
want of any significant growth, no runner-up at all, the runner-up's margin, named by
a flat ratio to the reference's counts where the curves left several, or left alone
above the expected class by a ratio to them that keeps rising."""

CLEAR_CONFIDENCE = 0.95  # confidence from which the runner-up lost clearly
FAIR_CONFIDENCE = 0.7  # ... and from which it lost at all


def margin(confidence: float) -> Margin:
    """The band of a confidence (tanh of the criterion gap)."""
    if confidence >= CLEAR_CONFIDENCE:
        return "clear"
    if confidence >= FAIR_CONFIDENCE:
        return "fair"
    return "slight"


def separation(*, plausible: int, no_growth: bool, has_runner_up: bool, confidence: float,
               like_reference: bool = False, beyond_reference: bool = False) -> Separation:
    """The standing of the best class, from how many classes are plausible and the runner-up."""
    if like_reference:
        return "like_reference"
    if beyond_reference and plausible == 1:
        return "beyond_reference"
    if plausible > 1:
        return "several"
    if no_growth:
        return "no_growth"
    if not has_runner_up:
        return "unopposed"
    return margin(confidence)
