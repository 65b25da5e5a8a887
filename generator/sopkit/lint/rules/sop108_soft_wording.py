"""SOP108 soft-wording: a vague wish beside the metric's hard bound.

## What it does
Warns about vague words in a metric that also states a hard time bound:
"We reply as soon as possible, at the latest within 4 hours", "so schnell wie
möglich, spätestens aber nach 4 Stunden", "zo snel mogelijk, maar uiterlijk
binnen 10 dagen", "We answer calls promptly, within 20 seconds". The bound is the
standard and the metric stays measurable (SOP101 does not fire); the wish beside
it is only noise. Vague words inside a condition ("If we cannot answer straight
away, ...") are not reported: they say when the standard applies. A hedge in a clause of
its own after a hard bound, on a shorter bound, is such a wish too: in "uploaded within 8
weeks, however, I normally aim to get them done within 2 weeks" the 8 weeks hold every
time (not when the first bound is itself a goal, "a target resolution time within 5
working days; we aim to ...", or notice given in advance). So is German "ggf." before a
part of what is done ("Triage und ggf. Rückfragen innerhalb von 5 Werktagen").
"Depending on" beside a bound ("7 to 30 working days, depending on third parties") is
no wish but a condition left unnamed: the message asks which bound holds when.

## Why is this bad?
Staff are measured on the bound, and read the wish as the standard: "as soon as
possible" invites a race that the bound does not ask for, or an excuse that it
does not allow.

## Options
`vague_terms:` adds terms (per language or for all).
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.judgement import judge_sop_metric
from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.sop import Sop
from sopkit.terms import DEPENDING_WORDS


def check(sop: Sop) -> Iterator[Problem]:
    """Warn about the first vague word beside a hard bound."""
    metric = sop.metric
    if metric is None:
        return
    judgement = judge_sop_metric(metric, sop.lang, sop.settings.vague_terms)
    parts = judgement.soft_parts if judgement.has_main_bound else judgement.soft_hedges
    if not (judgement.has_time_bound and parts):
        return
    term = parts[0]
    if term.term.lower() in DEPENDING_WORDS:
        # not a wish: the bound varies with something the metric does not name
        message = (
            f"'{term.term}' leaves open what changes the metric's bound: staff are measured "
            "on the bound; say which bound holds when (e.g. '2 working days in town, 5 "
            "elsewhere') or remove it"
        )
    else:
        message = (
            f"'{term.term}' is a wish beside the metric's bound: staff are measured on the "
            "bound; remove the wish or move it to the body"
        )
    yield Problem(message, *sop.position("metric", term.start), "metric")


RULE = Rule(
    code="SOP108",
    name="soft-wording",
    summary="Vague words beside a hard bound in metric: the bound is the standard.",
    severity="warning",
    check=check,
    examples=(
        Example(
            "en",
            failing=example(
                "en",
                metric="We send an engineer as soon as possible, at the latest within 4 hours",
                timeframe="4 hours",
            ),
            passing=example("en", metric="We send an engineer within 4 hours", timeframe="4 hours"),
        ),
        Example(
            "de",
            failing=example(
                "de",
                metric="Wir melden uns so schnell wie möglich, spätestens aber nach 4 Stunden",
                timeframe="4 Stunden",
            ),
            passing=example(
                "de", metric="Wir melden uns spätestens nach 4 Stunden", timeframe="4 Stunden"
            ),
        ),
        Example(
            "nl",
            failing=example(
                "nl",
                metric="Wij helpen u zo snel mogelijk, maar uiterlijk binnen 10 dagen",
                timeframe="10 dagen",
            ),
            passing=example(
                "nl",
                metric="Als wij u niet direct kunnen helpen, bellen wij u binnen 2 werkdagen terug",
                timeframe="2 werkdagen",
            ),
        ),
    ),
    doc=__doc__ or "",
    tags=("standard",),
)
