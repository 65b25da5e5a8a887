"""SOP106 timeframe-mismatch: the metric's own time bound disagrees with `timeframe`.

## What it does
When the metric states a time bound ("within 2 working days"), compares it with
`timeframe`. Bounds of one kind convert exactly ("2 hours" agrees with
"120 minutes"); working days, business hours and months compare only with their own kind.

## Why is this bad?
Two numbers for one standard: staff read one, the report measures the other.

## Options
None beyond the severity.
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.quantities import Duration
from sopkit.sop import Sop


def _quoted(words: str, duration: Duration) -> str:
    """``'2 Werktage' (2 working days)``, or just ``'2 working days'`` when they read the same."""
    plain = duration.describe()
    return f"'{words}'" if words == plain else f"'{words}' ({plain})"


def check(sop: Sop) -> Iterator[Problem]:
    """Report a metric time bound that differs from the parsed timeframe."""
    standard = sop.standard
    stated, timeframe = standard.metric_duration, standard.duration
    if stated is None or timeframe is None or stated.same_as(timeframe):
        return
    metric = sop.metric or ""
    said = _quoted(metric[stated.span[0] : stated.span[1]], stated)
    given = _quoted(sop.timeframe or "", timeframe)
    yield Problem(
        f"the metric says {said} but timeframe is {given}: make them agree",
        *sop.position("timeframe", 0),
        "timeframe",
    )


RULE = Rule(
    code="SOP106",
    name="timeframe-mismatch",
    summary="A time bound in metric must agree with timeframe.",
    severity="error",
    check=check,
    examples=(
        Example(
            "en",
            failing=example("en", timeframe="30 seconds"),
            passing=example("en", timeframe="PT20S"),
        ),
        Example("de", failing=example("de", timeframe="20 Minuten"), passing=example("de")),
        Example("nl", failing=example("nl", timeframe="2 minuten"), passing=example("nl")),
    ),
    doc=__doc__ or "",
    tags=("standard",),
)
