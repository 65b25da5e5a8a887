"""SOP106 timeframe-mismatch: the metric's own time bound disagrees with `timeframe`.

## What it does
When the metric states a time bound ("within 2 working days"), compares it with
`timeframe`. Bounds of one kind convert exactly ("2 hours" agrees with
"120 minutes", "next working day" with "1 working day", "2 working weeks" with
"10 working days"); working days, business hours, months and rings compare only
with their own kind. A metric with several commitments ("acknowledge within 3
working days and reply in full within 10") agrees when `timeframe` names one of
them, and so when it names one of a bound's alternatives, each for its own kind of
case ("innerhalb von 24 bzw. 48 Stunden" agrees with "24 Stunden"; the two ends of a
range "2-3 days" do not: its bound is 3 days). Clock times ("between 08:00 and 22:00")
and bounds inside a condition are not the metric's bound, but `timeframe` may name the bound of a condition of the service's
own failure ("if the answer cannot be given within 15 business days, we write to you
within 35"): that is the usual bound, said by its miss. A `timeframe` copied word for word from the
metric over one of its bounds agrees: the same words cannot state two bounds ("at least 28 days and an
additional 14 days" read as one notice of 42 days or as its two parts).

## Why is this bad?
Two numbers for one standard: staff read one, the report measures the other.

## Options
None beyond the severity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.quantities import Duration
from sopkit.sop import Sop


def _copied_bound(timeframe: str, metric: str, bounds: tuple[Duration, ...]) -> bool:
    """Whether ``timeframe`` is the metric's words, copied over one of its bounds (not
    over a condition's window: "If you call within 2 days, we reply within 5 days")."""
    words = timeframe.split()
    if not words:
        return False
    pattern = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)
    return any(
        start < bound.span[1] and bound.span[0] < end
        for match in pattern.finditer(metric)
        for start, end in [match.span()]
        for bound in bounds
    )


def _quoted(words: str, duration: Duration) -> str:
    """``'2 Werktage' (2 working days)``, or just ``'2 working days'`` when they read the same."""
    plain = duration.describe()
    words = words.rstrip(".,;:")  # a span that ends the sentence holds its full stop
    return f"'{words}'" if words == plain else f"'{words}' ({plain})"


def check(sop: Sop) -> Iterator[Problem]:
    """Report a timeframe that agrees with none of the metric's time bounds."""
    standard = sop.standard
    timeframe = standard.duration
    if timeframe is None or standard.timeframe_agrees():
        return
    if timeframe.beyond_reason or any(d.beyond_reason for d in standard.metric_durations):
        return  # SOP101 and SOP105 say so: "inf seconds" never agreed with itself
    if _copied_bound(sop.timeframe or "", sop.metric or "", standard.metric_durations):
        return  # the metric's own words, copied: "at least 28 days and an additional 14 days"
    metric = sop.metric or ""
    said = " and ".join(
        _quoted(metric[d.span[0] : d.span[1]], d) for d in standard.metric_durations
    )
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
        Example(
            "en",
            failing=example(
                "en",
                metric="We acknowledge letters within 3 working days and reply in full within 10",
                timeframe="5 working days",
            ),
            passing=example(
                "en",
                metric="We acknowledge letters within 3 working days and reply in full within 10",
                timeframe="10 working days",
            ),
        ),
        Example(
            "en",
            failing=example(
                "en",
                metric="We answer web chats between 08:00 and 22:00 within 2 minutes",
                timeframe="22 hours",
            ),
            passing=example(
                "en",
                metric="We answer web chats between 08:00 and 22:00 within 2 minutes",
                timeframe="2 minutes",
            ),
        ),
        Example("de", failing=example("de", timeframe="20 Minuten"), passing=example("de")),
        Example(
            "de",
            failing=example(
                "de",
                metric="Wir beantworten Ihre E-Mail spätestens am nächsten Werktag",
                timeframe="2 Werktage",
            ),
            passing=example(
                "de",
                metric="Wir beantworten Ihre E-Mail spätestens am nächsten Werktag",
                timeframe="1 Werktag",
            ),
        ),
        Example("nl", failing=example("nl", timeframe="2 minuten"), passing=example("nl")),
        Example(
            "nl",
            failing=example(
                "nl",
                metric="De chat is open tussen 08.00 en 22.00 uur en reageert binnen 2 minuten",
                timeframe="22 uur",
            ),
            passing=example(
                "nl",
                metric="De chat is open tussen 08.00 en 22.00 uur en reageert binnen 2 minuten",
                timeframe="2 minuten",
            ),
        ),
    ),
    doc=__doc__ or "",
    tags=("standard",),
)
