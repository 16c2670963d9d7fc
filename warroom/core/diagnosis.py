"""Rule 4: incisive troubleshooting, not a shotgun of fixes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# Failed fixes without a confirmed hypothesis before the lead is warned.
SHOTGUN_FAILED_FIXES = 2


@dataclass(frozen=True)
class FixFact:
    tests_hypothesis: bool
    failed: bool


def shotgun_warnings(fixes: Sequence[FixFact], confirmed_hypotheses: int) -> list[str]:
    """Plain-language warnings for the lead; empty when the diagnosis is disciplined."""
    warnings = []
    untested = sum(1 for f in fixes if not f.tests_hypothesis)
    if untested:
        warnings.append(f"{untested} fix attempt(s) without a hypothesis: say what each fix tests")
    failed = sum(1 for f in fixes if f.failed)
    if failed >= SHOTGUN_FAILED_FIXES and confirmed_hypotheses == 0:
        warnings.append(
            f"{failed} failed fixes and no confirmed hypothesis: stop and test causes "
            "against the problem specification"
        )
    return warnings
