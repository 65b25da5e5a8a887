"""SOP311 past-tense-step: a step written in the past tense.

## What it does
Flags a step that opens with a past-tense verb and its object, as if copied from a
log: "Checked the order number", "Prüfte die Bestellnummer", "Controleerde het
ordernummer". Steps that open with an adjective ("Damaged items go to the cage")
are left alone.

## Why is this bad?
A step is an instruction for the next customer, not a record of the last one.

## Options
None beyond the severity.
"""

from __future__ import annotations

from sopkit.lint.examples import example
from sopkit.lint.registry import Example, Rule
from sopkit.lint.rules._prose import check_blocks
from sopkit.prose import Hit, past_tense_step

_FIX = {
    "en": "write it as an instruction, e.g. 'Check the order number'",
    "de": "schreiben Sie eine Anweisung, z. B. 'Prüfen Sie die Bestellnummer'",
    "nl": "schrijf een opdracht, bijvoorbeeld 'Controleer het ordernummer'",
}


def _message(hit: Hit, lang: str) -> str:
    return f"past tense ('{hit.words}'): {_FIX[lang]}"


RULE = Rule(
    code="SOP311",
    name="past-tense-step",
    summary="Steps are instructions, not past-tense records.",
    severity="warning",
    check=check_blocks(past_tense_step, _message, steps_only=True),
    examples=(
        Example(
            "en",
            failing=example("en", body="1. Checked the order number.\n"),
            passing=example(
                "en", body="1. Check the order number.\n2. Damaged items go to the cage.\n"
            ),
        ),
        Example(
            "de",
            failing=example("de", body="1. Prüfte die Bestellnummer.\n"),
            passing=example("de", body="1. Prüfen Sie die Bestellnummer.\n"),
        ),
        Example(
            "nl",
            failing=example("nl", body="1. Controleerde het ordernummer.\n"),
            passing=example("nl", body="1. Controleer het ordernummer.\n"),
        ),
    ),
    doc=__doc__ or "",
    scope="prose",
    needs_front_matter=False,
    tags=("prose",),
)
