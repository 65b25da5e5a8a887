"""SOP303 vague-quantity: steps name numbers and items, not some, several or appropriate.

## What it does
Flags vague quantities and references: some, several, various, appropriate, as needed,
etc.; einige, mehrere, angemessen, bei Bedarf, usw.; sommige, enkele, passend, indien
nodig, enz.

## Why is this bad?
"Offer an appropriate gesture" means a voucher to one agent and nothing to another.

## Options
The words live in `SOP.VagueQuantityEn`, `SOP.VagueQuantityDe` and `SOP.VagueQuantityNl`.
"""

from __future__ import annotations

from sopkit.lint.examples import example
from sopkit.lint.registry import Example, Rule
from sopkit.lint.rules._vale import alerts_of

RULE = Rule(
    code="SOP303",
    name="vague-quantity",
    summary="Steps name numbers and items, not some, several or appropriate.",
    severity="warning",
    check=alerts_of("SOP303"),
    examples=(
        Example(
            "en",
            failing=example("en", body="1. Offer an appropriate voucher.\n"),
            passing=example("en", body="1. Offer a 10 euro voucher.\n"),
        ),
        Example(
            "de",
            failing=example("de", body="1. Bieten Sie einen angemessenen Gutschein an.\n"),
            passing=example("de", body="1. Bieten Sie einen Gutschein über 10 Euro an.\n"),
        ),
        Example(
            "nl",
            failing=example("nl", body="1. Bied een passende tegoedbon aan.\n"),
            passing=example("nl", body="1. Bied een tegoedbon van 10 euro aan.\n"),
        ),
    ),
    doc=__doc__ or "",
    scope="prose",
    needs_front_matter=False,
    tags=("prose",),
)
