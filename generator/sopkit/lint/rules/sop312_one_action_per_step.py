"""SOP312 one-action-per-step: a step that holds more than one action.

## What it does
Flags a step that joins a second action with "and", "then", ";" (en), "und", "dann",
"anschließend" before a second "... Sie" instruction (de), or "en", "daarna",
"vervolgens" (nl): "Ask for the order number and note it in the CRM".

## Why is this bad?
Staff tick steps off one by one. A second action inside a step is the one that gets
skipped, and a printed checklist cannot show which of the two was done.

## Options
None beyond the severity.
"""

from __future__ import annotations

from sopkit.lint.examples import example
from sopkit.lint.registry import Example, Rule
from sopkit.lint.rules._prose import check_blocks
from sopkit.prose import Hit, second_action

_FIX = {
    "en": "split it into two steps, one action each",
    "de": "teilen Sie ihn in zwei Schritte mit je einer Handlung",
    "nl": "splits hem in twee stappen met elk één handeling",
}


def _message(hit: Hit, lang: str) -> str:
    return f"more than one action in this step ('{hit.words}'): {_FIX[lang]}"


RULE = Rule(
    code="SOP312",
    name="one-action-per-step",
    summary="Each step holds one action.",
    severity="warning",
    check=check_blocks(second_action, _message, steps_only=True),
    examples=(
        Example(
            "en",
            failing=example("en", body="1. Ask for the order number and note it in the CRM.\n"),
            passing=example(
                "en", body="1. Ask for the order number.\n2. Check the name and return reason.\n"
            ),
        ),
        Example(
            "de",
            failing=example(
                "de", body="1. Nehmen Sie den Anruf an und notieren Sie die Kundennummer.\n"
            ),
            passing=example(
                "de", body="1. Nehmen Sie den Anruf an.\n2. Notieren Sie die Kundennummer.\n"
            ),
        ),
        Example(
            "nl",
            failing=example("nl", body="1. Vraag het ordernummer en noteer het in het CRM.\n"),
            passing=example("nl", body="1. Vraag het ordernummer.\n2. Noteer het in het CRM.\n"),
        ),
    ),
    doc=__doc__ or "",
    scope="prose",
    needs_front_matter=False,
    tags=("prose",),
)
