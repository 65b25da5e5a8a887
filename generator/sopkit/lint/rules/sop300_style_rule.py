"""SOP300 style-rule: a rule your team added to the Vale style found something.

## What it does
A rule your team added to an enabled Vale style (any rule file that is not one of
sopkit's own) found something; the message and level come from the rule file.

## Why is this bad?
Your team wrote the rule: it holds your organisation's own wording standard.

## Options
Write Vale rule files (existence, substitution, occurrence) into your styles folder and
enable the style in `.vale.ini`; set this code's severity in `rules:` to override levels.
"""

from __future__ import annotations

from sopkit.lint.examples import example
from sopkit.lint.registry import Example, Rule
from sopkit.lint.rules._vale import TEAM_INI, alerts_of

_RULE = """extends: existence
message: "Say '%s' only to colleagues: customers do not know the word."
level: warning
ignorecase: true
tokens:
  - RMA
"""
#: Files whose names start with "/" sit in the project root, beside sop/.
_CUSTOM_EXAMPLES = (
    Example(
        "en",
        failing={
            "/.vale.ini": TEAM_INI,
            "/styles/Team/Jargon.yml": _RULE,
            "phone/x.md": example("en", body="1. Ask for the RMA number.\n"),
        },
        passing={
            "/.vale.ini": TEAM_INI,
            "/styles/Team/Jargon.yml": _RULE,
            "phone/x.md": example("en", body="1. Ask for the return number.\n"),
        },
    ),
)

RULE = Rule(
    code="SOP300",
    name="style-rule",
    summary="A rule your team added to the Vale style found something.",
    severity="warning",
    check=alerts_of("SOP300"),
    examples=_CUSTOM_EXAMPLES,
    doc=__doc__ or "",
    scope="prose",
    needs_front_matter=False,
    tags=("prose",),
)
