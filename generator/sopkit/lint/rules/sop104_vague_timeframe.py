"""SOP104 vague-timeframe: a timeframe without a number ("ASAP", "umgehend", "z.s.m.").

## What it does
Reports a `timeframe` that names speed without a duration: soon, ASAP, as needed,
promptly, immediately, umgehend, baldmöglichst, zeitnah, binnenkort, z.s.m., and
the configured `vague_terms`. Words of all three languages are recognised in any SOP.

## Why is this bad?
A standard without a time bound cannot be missed. "Soon" means 10 minutes to one
agent and 3 days to another.

## Options
`vague_terms:` adds terms.
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.config import LANGUAGES
from sopkit.lint.examples import GOOD_TIMEFRAME, example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.sop import Sop
from sopkit.terms import TermMatch, in_another_sense, matcher


def vague_term(text: str, sop: Sop) -> TermMatch | None:
    """The first vague or hedging term of any language in ``text``."""
    for lang in (sop.lang, *(lang for lang in LANGUAGES if lang != sop.lang)):
        for kind in ("vague", "hedge"):
            found = [
                term
                for term in matcher(kind, lang, sop.settings.vague_terms).find(text)
                if not in_another_sense(text, term)
            ]
            if found:
                return found[0]
    return None


def check(sop: Sop) -> Iterator[Problem]:
    """Report a timeframe that does not parse and holds a vague term."""
    timeframe = sop.timeframe
    if timeframe is None or sop.standard.duration is not None:
        return
    term = vague_term(timeframe, sop)
    if term is None:
        return  # SOP105 explains what is wrong instead
    yield Problem(
        f"'{term.term}' is not a time bound: write a number and a unit, "
        f"e.g. '{GOOD_TIMEFRAME[sop.lang]}'",
        *sop.position("timeframe", term.start),
        "timeframe",
    )


RULE = Rule(
    code="SOP104",
    name="vague-timeframe",
    summary="timeframe must be a duration, not a word such as ASAP or umgehend.",
    severity="error",
    check=check,
    examples=(
        Example("en", failing=example("en", timeframe="ASAP"), passing=example("en")),
        Example("de", failing=example("de", timeframe="umgehend"), passing=example("de")),
        Example("nl", failing=example("nl", timeframe="z.s.m."), passing=example("nl")),
    ),
    doc=__doc__ or "",
    tags=("standard",),
)
