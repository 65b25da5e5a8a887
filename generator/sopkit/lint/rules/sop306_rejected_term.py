"""SOP306 rejected-term: a term from the vocabulary's reject list.

## What it does
Flags every term in the Vale vocabulary's `reject.txt` (Vale reports these as
`Vale.Avoid`); teams add their own rejected terms there, and accepted ones to
`accept.txt`, which every word rule then leaves alone.

## Why is this bad?
The organisation decided against these words, for tone or for clarity.

## Options
Edit `config/vocabularies/SOP/reject.txt` and `accept.txt` in the styles folder.
"""

from __future__ import annotations

from sopkit.lint.examples import example
from sopkit.lint.registry import Example, Rule
from sopkit.lint.rules._vale import alerts_of

RULE = Rule(
    code="SOP306",
    name="rejected-term",
    summary="A term from the vocabulary's reject list.",
    severity="error",
    check=alerts_of("SOP306"),
    examples=(
        Example(
            "en",
            failing=example("en", body="1. Kindly ask for the order number.\n"),
            passing=example("en", body="1. Ask for the order number.\n"),
        ),
    ),
    doc=__doc__ or "",
    scope="prose",
    needs_front_matter=False,
    tags=("prose",),
)
