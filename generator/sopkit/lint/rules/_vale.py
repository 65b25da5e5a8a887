"""Shared check for the rules whose words live in the Vale style (SOP300-SOP306)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from sopkit.lint.finding import Problem
from sopkit.sop import Sop

#: Vale levels as sopkit severities.
SEVERITY = {"suggestion": "info", "warning": "warning", "error": "error"}


def alerts_of(code: str) -> Callable[[Sop], Iterator[Problem]]:
    """A check that reports the Vale alerts mapped to ``code``, at the rule file's level."""

    def check(sop: Sop) -> Iterator[Problem]:
        for alert in sop.prose_alerts:
            if alert.code == code:
                yield Problem(
                    f"{alert.message} ({alert.rule})",
                    alert.line,
                    alert.column,
                    severity=SEVERITY[alert.level],
                )

    return check
