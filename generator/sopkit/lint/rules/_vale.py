"""Shared check for the rules whose words live in the Vale style (SOP300-SOP306)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from sopkit.lint.finding import Problem
from sopkit.sop import Sop

#: The .vale.ini of the examples of rules about a team's own style (in ``styles/Team/``).
TEAM_INI = "StylesPath = styles\nMinAlertLevel = suggestion\n\n[*.md]\nBasedOnStyles = Team\n"

#: Vale levels as sopkit severities.
SEVERITY = {"suggestion": "info", "warning": "warning", "error": "error"}


def alerts_of(code: str) -> Callable[[Sop], Iterator[Problem]]:
    """A check that reports the Vale alerts mapped to ``code``, at the rule file's level."""

    def check(sop: Sop) -> Iterator[Problem]:
        for alert in sop.prose_alerts:
            if alert.code != code:
                continue
            severity = SEVERITY[alert.level]
            message = f"{alert.message} ({alert.rule})"
            if alert.beside_bound is not None and severity == "error":
                severity = "warning"  # a wish beside the bound, as SOP108 reads a metric
                message = (
                    f"{alert.message} ({alert.rule}); the bound '{alert.beside_bound}' in the "
                    "same sentence is what counts: drop the vague words"
                )
            yield Problem(message, alert.line, alert.column, severity=severity)

    return check
