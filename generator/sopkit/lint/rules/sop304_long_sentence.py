"""SOP304 long-sentence: sentences have at most 25 words.

## What it does
Counts the words of each sentence in prose, list items, headings and table cells and
flags sentences over 25 words (Vale rule `SOP.SentenceLength`, an occurrence rule).

## Why is this bad?
Staff read SOPs at a counter or on a phone, in a hurry. Long sentences hide the action.

## Options
Change `max` in `SOP/SentenceLength.yml`.
"""

from __future__ import annotations

from sopkit.lint.examples import example
from sopkit.lint.registry import Example, Rule
from sopkit.lint.rules._vale import alerts_of

RULE = Rule(
    code="SOP304",
    name="long-sentence",
    summary="Sentences have at most 25 words.",
    severity="warning",
    check=alerts_of("SOP304"),
    examples=(
        Example(
            "en",
            failing=example(
                "en",
                body="1. Check the receipt, the payment card used for the purchase and the packaging of the returned item before you accept the return at the counter for the customer today.\n",
            ),
            passing=example(
                "en", body="1. Check the receipt, the payment card and the packaging.\n"
            ),
        ),
        Example(
            "de",
            failing=example(
                "de",
                body="1. Prüfen Sie den Kassenbon, die bei dem Kauf verwendete Zahlungskarte und die Verpackung des zurückgegebenen Artikels, bevor Sie die Rücknahme an der Kasse für den Kunden heute annehmen.\n",
            ),
            passing=example(
                "de", body="1. Prüfen Sie den Kassenbon, die Zahlungskarte und die Verpackung.\n"
            ),
        ),
        Example(
            "nl",
            failing=example(
                "nl",
                body="1. Controleer de kassabon, de betaalpas die bij de aankoop is gebruikt en de verpakking van het geretourneerde artikel voordat u de retour aan de kassa voor de klant vandaag aanneemt.\n",
            ),
            passing=example(
                "nl", body="1. Controleer de kassabon, de betaalpas en de verpakking.\n"
            ),
        ),
    ),
    doc=__doc__ or "",
    scope="prose",
    needs_front_matter=False,
    tags=("prose",),
)
