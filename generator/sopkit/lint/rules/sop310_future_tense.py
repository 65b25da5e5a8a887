"""SOP310 future-tense: a step or sentence in the future tense.

## What it does
Flags the future tense where a procedure should use the present or the imperative:
"The agent will greet the caller", "Der Mitarbeiter wird den Antrag prüfen",
"De medewerker zal de klant terugbellen". Passive voice in the present is fine
("Anrufe werden angenommen"), and so is quoted speech: what staff say to
customers ("We will call you back") is a script, not an instruction.

## Why is this bad?
The future tense describes what may happen one day; an SOP says what staff do now,
every time. "Greet the caller" is shorter and cannot be read as a forecast.

## Options
None beyond the severity. Silence a single case with `<!-- sopkit-ignore SOP310: reason -->`.
"""

from __future__ import annotations

from sopkit.lint.examples import example
from sopkit.lint.registry import Example, Rule
from sopkit.lint.rules._prose import check_blocks
from sopkit.prose import Hit, future_tense

_FIX = {
    "en": "write the step in the present or as an instruction: 'Greet the caller'",
    "de": "schreiben Sie im Präsens oder als Anweisung: 'Prüfen Sie den Antrag'",
    "nl": "schrijf in de tegenwoordige tijd of als opdracht: 'Bel de klant terug'",
}


def _message(hit: Hit, lang: str) -> str:
    return f"future tense ('{hit.words}'): {_FIX[lang]}"


RULE = Rule(
    code="SOP310",
    name="future-tense",
    summary="Steps use the present tense or the imperative, not the future.",
    severity="warning",
    check=check_blocks(future_tense, _message),
    examples=(
        Example(
            "en",
            failing=example("en", body="1. The agent will greet the caller.\n"),
            passing=example("en", body="1. Greet the caller within 30 seconds.\n"),
        ),
        Example(
            "de",
            failing=example("de", body="1. Der Mitarbeiter wird die Bestellung prüfen.\n"),
            passing=example(
                "de", body="1. Nehmen Sie den Anruf an.\n2. Anrufe werden angenommen.\n"
            ),
        ),
        Example(
            "nl",
            failing=example("nl", body="1. De medewerker zal de klant terugbellen.\n"),
            passing=example("nl", body="1. Begroet de klant.\n"),
        ),
    ),
    doc=__doc__ or "",
    scope="prose",
    needs_front_matter=False,
    tags=("prose",),
)
