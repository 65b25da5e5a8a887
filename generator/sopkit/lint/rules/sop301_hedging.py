"""SOP301 hedging: steps say what staff do, without should, could, might or try to.

## What it does
Flags hedging modals and attempts in prose and steps: should, could, might, may,
try to, attempt to; sollte, könnte, versuchen, möglicherweise, gegebenenfalls; zou,
proberen, misschien, wellicht. The words live in the Vale rules `SOP.HedgingEn`,
`SOP.HedgingDe` and `SOP.HedgingNl`. "eventuell" and "eventueel" are not flagged: in
real procedures they mostly mean "any" ("die eventuell wartenden Kunden").

## Why is this bad?
"You could offer a callback" leaves it to each agent; customers get different service
in every branch. An SOP states what staff do.

## Options
Edit the Vale rule files, or add accepted terms to the vocabulary (`accept.txt`).
"""

from __future__ import annotations

from sopkit.lint.examples import example
from sopkit.lint.registry import Example, Rule
from sopkit.lint.rules._vale import alerts_of

RULE = Rule(
    code="SOP301",
    name="hedging",
    summary="Steps say what staff do, without should, could, might or try to.",
    severity="warning",
    check=alerts_of("SOP301"),
    examples=(
        Example(
            "en",
            failing=example(
                "en", body="1. You should offer a callback.\n2. Try to confirm the number.\n"
            ),
            passing=example("en", body="1. Offer a callback.\n2. Confirm the number.\n"),
        ),
        Example(
            "de",
            failing=example(
                "de",
                body="1. Sie sollten einen Rückruf anbieten.\n2. Versuchen Sie, die Nummer zu bestätigen.\n",
            ),
            passing=example(
                "de", body="1. Bieten Sie einen Rückruf an.\n2. Bestätigen Sie die Nummer.\n"
            ),
        ),
        Example(
            "nl",
            failing=example(
                "nl",
                body="1. U zou een terugbelafspraak kunnen aanbieden.\n2. Probeer de klant te bereiken.\n",
            ),
            passing=example(
                "nl",
                body="1. Bied een terugbelafspraak aan.\n2. Bied een tegoedbon van 10 euro aan.\n",
            ),
        ),
    ),
    doc=__doc__ or "",
    scope="prose",
    needs_front_matter=False,
    tags=("prose",),
)
