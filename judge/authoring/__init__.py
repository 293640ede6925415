"""Tools for problem authors: `judge new` scaffolds a folder, `judge verify` checks one.

scaffold writes the example problem from the template files shipped with the package;
verify runs every check and collects every finding (judge.reports.verify renders them).
"""

from __future__ import annotations

from judge.authoring.judging import DEFAULT_BUDGET_S
from judge.authoring.scaffold import new_problem
from judge.authoring.submissions import SUBMISSION_VERDICTS
from judge.authoring.verify import VerifyResult, verify, verify_problem

__all__ = ["DEFAULT_BUDGET_S", "SUBMISSION_VERDICTS", "VerifyResult", "new_problem", "verify", "verify_problem"]
