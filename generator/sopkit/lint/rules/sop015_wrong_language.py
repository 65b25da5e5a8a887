"""SOP015 wrong-language: the SOP is written in another language than its `lang`.

## What it does
Reads the short everyday words of the title, the metric and the body ("wij", "binnen",
"het"; "wir", "innerhalb", "der"; "the", "within", "our") and reports an SOP that is
clearly written in English, German or Dutch while its `lang` (or, without `lang`, the
configured `default_lang`) names another. Clearly: at least four such words of that
language, and at least three more than twice those of the declared one, so a quoted
phrase or a loanword does not count. A variant's own `lang` is checked against its
location's version (the variant's fields and steps over the standard's).

## Why is this bad?
Hedges, vague words and units are read in the SOP's language. A Dutch SOP without
`lang:` is read as English, so "Wij streven ernaar klachten binnen 5 werkdagen te
beantwoorden" passes although SOP102 refuses it in Dutch; the site also files the page
under the wrong language for search.

## Options
`default_lang` in the configuration sets the language of SOPs without `lang`.
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.language import other_language
from sopkit.lint.examples import DROP, example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.sop import Sop
from sopkit.variants import merged_sop, variants_of

LANGUAGE_NAMES = {"en": "English", "de": "German", "nl": "Dutch"}


def check(sop: Sop) -> Iterator[Problem]:
    """Report a ``lang`` (given or defaulted) that the SOP's words contradict, and a
    variant's ``lang`` that its location version's words contradict."""
    if not sop.is_sop:
        return
    found = _contradicted(sop, "")
    if found is not None:
        yield found
    for variant in variants_of(sop):
        lang = variant.fields.get("lang")
        if lang == sop.lang or lang not in LANGUAGE_NAMES:
            continue  # the same language, or one SOP005 refuses
        # "lang: de" over English text labelled it in German: "Ziel", "Frist ..."
        found = _contradicted(merged_sop(sop, variant), f"variant '{variant.location}': ")
        if found is not None:
            yield found


def _contradicted(sop: Sop, prefix: str) -> Problem | None:
    text = "\n".join([sop.title or "", sop.metric or "", *sop.prose_texts])
    guess = other_language(text, sop.lang)
    if guess is None:
        return None
    words = ", ".join(guess.evidence)
    name = LANGUAGE_NAMES[guess.lang]
    given = sop.valid("lang")
    said = (
        f"its lang is '{sop.lang}'" if given else f"it has no lang, so it is read as '{sop.lang}'"
    )
    line, column = sop.position("lang") if given else (1, 1)
    what = "the location's version" if prefix else "the SOP"
    return Problem(
        f"{prefix}{what} is written in {name} ({words}), but {said}: set 'lang: {guess.lang}' "
        f"so that its standard and wording are checked in {name}",
        line,
        column,
        "lang",
    )


RULE = Rule(
    code="SOP015",
    name="wrong-language",
    summary="lang must be the language the SOP is written in.",
    severity="error",
    check=check,
    examples=(
        Example(
            "nl",
            failing=example("nl", lang=DROP),
            passing=example("nl"),
        ),
        Example(
            "de",
            failing=example("de", lang="en"),
            passing=example("de"),
        ),
    ),
    doc=__doc__ or "",
)
