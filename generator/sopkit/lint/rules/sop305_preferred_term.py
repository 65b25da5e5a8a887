"""SOP305 preferred-term: use the preferred term (email, not e-mail; E-Mail, nicht Email).

## What it does
Suggests preferred terms through the Vale substitution rules `SOP.TermsEn` and
`SOP.TermsDe` ("in order to" → "to", "e-mail" → "email"; "Email" → "E-Mail").

## Why is this bad?
One word for one thing makes SOPs easier to search and to translate.

## Options
Add `observed: preferred` pairs to the `swap:` of the rule files.
"""

from __future__ import annotations

from sopkit.lint.examples import example
from sopkit.lint.registry import Example, Rule
from sopkit.lint.rules._vale import alerts_of

RULE = Rule(
    code="SOP305",
    name="preferred-term",
    summary="Use the preferred term (email, not e-mail; E-Mail, nicht Email).",
    severity="info",
    check=alerts_of("SOP305"),
    examples=(
        Example(
            "en",
            failing=example("en", body="1. Send an e-mail to the customer.\n"),
            passing=example("en", body="1. Send an email to the customer.\n"),
        ),
        Example(
            "de",
            failing=example("de", body="1. Senden Sie dem Kunden eine Email.\n"),
            passing=example("de", body="1. Senden Sie dem Kunden eine E-Mail.\n"),
        ),
    ),
    doc=__doc__ or "",
    scope="prose",
    needs_front_matter=False,
    tags=("prose",),
)
