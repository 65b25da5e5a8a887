"""SOP103 metric-one-sentence: the metric holds more than one sentence.

## What it does
Reports a `metric` with a second sentence (a full stop, question or exclamation
mark followed by a capitalised word) or a semicolon joining two clauses.

## Why is this bad?
The metric is the one line staff remember and managers report on. A second
sentence is usually a second standard (give it its own SOP) or an explanation
(move it to the body).

## Options
None beyond the severity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.sop import Sop

_BREAK = re.compile(r"(?<=[^\s.])(?P<mark>[.!?;])\s+(?=[A-ZÄÖÜ\d])")
_DATE_AFTER = re.compile(
    r"(?:(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember|January|February|March|May|June|July|October|December|Werktag|Arbeitstag|Tag)\b"
    r"|\d{1,2}\.)"
)
#: German writes ordinals with a dot ("die 2. Mahnung", "in der 30. KW", "des II.
#: Quartals"): a number of one or two digits, or a Roman one, with a dot, before a word,
#: ends no sentence.
_GERMAN_ORDINAL = re.compile(r"\d{1,2}|i{1,3}|iv|vi{0,3}|ix|xi{0,2}")
_WORD = re.compile(r"[^\W\d_]")
_ABBREVIATIONS = {
    "e.g",
    "i.e",
    "z.b",
    "bzw",
    "ca",
    "approx",
    "etc",
    "vs",
    "nr",
    "no",
    "bijv",
    "evt",
    # words a sentence does not end on: "max. 1 Tasche", "inkl. Versand", "tel. 112"
    "max",
    "min",
    "mind",
    "inkl",
    "incl",
    "excl",
    "zzgl",
    "ggf",
    "vgl",
    "resp",
    "tel",
    "d.h",
    "u.a",
    "o.a",
    "m.b.t",
    "t.a.v",
    "sog",
    "abs",
    "art",
    "ziff",
    "lit",
    "exkl",
    "einschl",
    "ausschl",
    "bzgl",
    "gem",
    "lt",
    # weekdays: "Mo.-Fr. 8 bis 18 Uhr", "Mon. to Fri. 9 AM", "ma. t/m vr. 17 uur"
    "mo",
    "di",
    "mi",
    "do",
    "fr",
    "sa",
    "so",
    "ma",
    "wo",
    "vr",
    "za",
    "zo",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
}


def check(sop: Sop) -> Iterator[Problem]:
    """Report the first sentence break inside ``metric``."""
    metric = sop.metric
    if metric is None:
        return
    for match in _BREAK.finditer(metric):
        # the last word, or its last part: "Fr" in "Mo.-Fr. 8 Uhr"
        last = metric[: match.start()].split()[-1].lower()
        before = re.split(r"[-–/]", last)[-1].strip("([{\"'.")
        if match.group("mark") == "." and (
            before in _ABBREVIATIONS
            or len(before) == 1
            or _DATE_AFTER.match(metric, match.end())
            or (
                sop.lang == "de"
                and _GERMAN_ORDINAL.fullmatch(before)
                and _WORD.match(metric, match.end())
            )
        ):  # "z. B.", "i. d. R.", "bis zum 31. März", "am 3. Werktag", "in der 30. KW"
            continue
        yield Problem(
            "the metric holds more than one sentence: keep one measurable sentence here; "
            "move explanations to the body, or a second standard to its own SOP",
            *sop.position("metric", match.end()),
            "metric",
        )
        return


RULE = Rule(
    code="SOP103",
    name="metric-one-sentence",
    summary="metric is one sentence.",
    severity="warning",
    check=check,
    examples=(
        Example(
            "en",
            failing=example(
                "en",
                metric="80% of calls answered within 20 seconds. Callers hear the queue position",
            ),
            passing=example("en"),
        ),
    ),
    doc=__doc__ or "",
    tags=("standard",),
)
