"""SOP107 absolute-commitment: a bound without a share promises every case.

## What it does
Notes a metric whose bound holds for every case because it states no share:
"We answer letters within 10 working days", "Wir beantworten alle Anfragen
innerhalb von 10 Werktagen", "Wij beantwoorden uw e-mail binnen 3 werkdagen".
These are measurable standards (100%), as most published service charters
write them; the card, catalogue and conflicts show them as 100%. This rule only
suggests the refinement, as information.

## Why is this bad?
It is not, if every case really is kept. If misses are tolerated, the standard
says more than the team does: "95% of letters answered within 10 working days"
tells staff and customers how many misses are expected, and makes the miss rate
something to report on.

## Options
Off by default in CI's sense: the severity is `info`. Set it with
`rules: {SOP107: warning}` to ask for a share on every standard, or
`rules: {SOP107: off}` to silence it.
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.sop import Sop

_SHARE = {"en": "95% of cases", "de": "95 % der Fälle", "nl": "95% van de gevallen"}


def check(sop: Sop) -> Iterator[Problem]:
    """Note an absolute commitment (a bound with no share) and suggest the share."""
    standard = sop.standard
    target = standard.target
    if target is None or target.kind != "all" or standard.metric_duration is None:
        return
    metric = sop.metric or ""
    start, end = standard.metric_duration.span
    bound = metric[start:end].rstrip(".")
    yield Problem(
        f"'{bound}' commits to every case (100%): if misses are tolerated, say how many, "
        f"e.g. '{_SHARE[sop.lang]} ... {bound}'",
        *sop.position("metric", start),
        "metric",
    )


RULE = Rule(
    code="SOP107",
    name="absolute-commitment",
    summary="A bound without a share promises every case; say how many if misses are tolerated.",
    severity="info",
    check=check,
    examples=(
        Example(
            "en",
            failing=example(
                "en", metric="We answer letters within 10 working days", timeframe="10 working days"
            ),
            passing=example(
                "en",
                metric="95% of letters answered within 10 working days",
                timeframe="10 working days",
            ),
        ),
        Example(
            "de",
            failing=example(
                "de",
                metric="Wir beantworten alle Anfragen innerhalb von 10 Werktagen",
                timeframe="10 Werktage",
            ),
            passing=example(
                "de",
                metric="95 % der Anfragen innerhalb von 10 Werktagen beantwortet",
                timeframe="10 Werktage",
            ),
        ),
        Example(
            "nl",
            failing=example(
                "nl",
                metric="Wij beantwoorden uw e-mail binnen 3 werkdagen",
                timeframe="3 werkdagen",
            ),
            passing=example(
                "nl",
                metric="95% van de e-mails binnen 3 werkdagen beantwoord",
                timeframe="3 werkdagen",
            ),
        ),
    ),
    doc=__doc__ or "",
    tags=("standard",),
)
