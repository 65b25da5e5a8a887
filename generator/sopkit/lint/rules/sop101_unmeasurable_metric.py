"""SOP101 unmeasurable-metric: the metric states no quantified target, or a vague one.

## What it does
Reads `metric` for a quantified target for an activity: a percentage (`80%`,
`90 percent`, `95 Prozent`, `95 procent`), a fraction (`9 out of 10`,
`neun von zehn`, `9 van de 10`), a limit (`at most once`, `höchstens einmal`,
`maximaal één keer`) or a score (`4.5 out of 5`). Numbers may be digits or words.
It reports a metric without one, and vague words in a metric (`quickly`,
`zeitnah`, `zo snel mogelijk`, `happy`), which promise without a number.

## Why is this bad?
"Answer calls as quickly as possible" cannot be met or missed: nobody can say
whether the team keeps the standard, so nobody does.

## Options
`vague_terms:` adds terms (per language or for all).
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.lint.examples import GOOD_METRIC, example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.sop import Sop
from sopkit.terms import matcher


def check(sop: Sop) -> Iterator[Problem]:
    """Report a vague term, else a missing target, in ``metric``."""
    metric = sop.metric
    if metric is None:
        return
    lang = sop.lang
    good = GOOD_METRIC[lang]
    target = sop.standard.target
    vague = matcher("vague", lang, sop.settings.vague_terms).find(metric)
    if vague:
        term = vague[0]
        if target:
            message = (
                f"'{term.term}' is vague: the number says how fast or how well; "
                f"remove it or state the bound, e.g. '{good}'"
            )
        else:
            message = (
                f"'{term.term}' is not a measurable target: state a number for the "
                f"activity, e.g. '{good}'"
            )
        yield Problem(message, *sop.position("metric", term.start), "metric")
        return
    if target is not None:
        return
    absolutes = matcher("absolute", lang).find(metric)
    if absolutes:
        term = absolutes[0]
        message = (
            f"'{term.term}' states no number: write the target as a share, "
            f"e.g. '100% of ...', or the share you really commit to, e.g. '{good}'"
        )
        yield Problem(message, *sop.position("metric", term.start), "metric")
        return
    yield Problem(
        "the metric states no quantified target: add a percentage, a fraction "
        f"(9 out of 10), a limit (at most once) or a score (4.5 out of 5), e.g. '{good}'",
        *sop.position("metric", 0),
        "metric",
    )


RULE = Rule(
    code="SOP101",
    name="unmeasurable-metric",
    summary="metric must state a quantified target, without vague words.",
    severity="error",
    check=check,
    examples=(
        Example(
            "en",
            failing=example("en", metric="Answer calls as quickly as possible"),
            passing=example("en", metric="80% of calls answered within 20 seconds"),
        ),
        Example(
            "de",
            failing=example("de", metric="Anfragen zeitnah beantworten"),
            passing=example(
                "de", metric="neun von zehn Anfragen innerhalb von 20 Sekunden beantwortet"
            ),
        ),
        Example(
            "nl",
            failing=example("nl", metric="Wij helpen u zo snel mogelijk"),
            passing=example("nl", metric="negen van de tien klanten binnen 20 seconden geholpen"),
        ),
    ),
    doc=__doc__ or "",
    tags=("standard",),
)
