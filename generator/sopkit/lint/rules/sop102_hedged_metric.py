"""SOP102 hedged-metric: the metric is an intention, not a standard.

## What it does
Reports hedges in `metric`: "where possible", "if possible", "we aim to",
"we do our best", "nach Möglichkeit", "wir bemühen uns", "indien mogelijk",
"wij streven ernaar", and their relatives.

## Why is this bad?
A hedge makes every miss acceptable. What a hedge really means is that the
target is not met every time: say how often it is, as a percentage floor.
"90% of emails answered within 2 working days" says the same thing honestly.

## Options
None beyond the severity.
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.lint.examples import FLOOR_METRIC, example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.sop import Sop
from sopkit.terms import matcher


def check(sop: Sop) -> Iterator[Problem]:
    """Report the first hedge in ``metric``."""
    metric = sop.metric
    if metric is None:
        return
    hedges = matcher("hedge", sop.lang).find(metric)
    if hedges:
        term = hedges[0]
        yield Problem(
            f"'{term.term}' hedges the standard: state the share you commit to as a "
            f"percentage floor instead, e.g. '{FLOOR_METRIC[sop.lang]}'",
            *sop.position("metric", term.start),
            "metric",
        )


RULE = Rule(
    code="SOP102",
    name="hedged-metric",
    summary="metric must not hedge (where possible, we aim to); state a percentage floor.",
    severity="error",
    check=check,
    examples=(
        Example(
            "en",
            failing=example(
                "en",
                metric="We aim to answer all emails within 2 working days",
                timeframe="2 working days",
            ),
            passing=example(
                "en",
                metric="90% of emails answered within 2 working days",
                timeframe="2 working days",
            ),
        ),
        Example(
            "de",
            failing=example(
                "de",
                metric="Wir bemühen uns, 90 % der E-Mails in 2 Werktagen zu beantworten",
                timeframe="2 Werktage",
            ),
            passing=example(
                "de",
                metric="90 % der E-Mails innerhalb von 2 Werktagen beantwortet",
                timeframe="2 Werktage",
            ),
        ),
        Example(
            "nl",
            failing=example(
                "nl",
                metric="Indien mogelijk 90% van de e-mails binnen 2 werkdagen beantwoord",
                timeframe="2 werkdagen",
            ),
            passing=example(
                "nl",
                metric="90% van de e-mails binnen 2 werkdagen beantwoord",
                timeframe="2 werkdagen",
            ),
        ),
    ),
    doc=__doc__ or "",
    tags=("standard",),
)
