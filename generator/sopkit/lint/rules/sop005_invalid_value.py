"""SOP005 invalid-value: a front-matter value of the wrong type or form.

## What it does
Checks each known key's value: text where text is expected (not a number, a
list or an empty value), a valid email address in `owner`, a known `lang`, an
`id` usable in a URL, `tags` as a list of words.

## Why is this bad?
`metric: 80` or `timeframe: 20` look like standards but say nothing that can be
measured; an owner's mistyped email address means review requests go nowhere.

## Options
None beyond the severity.
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.schema import FIELDS_BY_NAME
from sopkit.sop import Sop


def check(sop: Sop) -> Iterator[Problem]:
    """Run each present key's schema check."""
    for key, value in sop.meta.items():
        spec = FIELDS_BY_NAME.get(key)
        if spec is None:
            continue
        message = spec.check(value, sop.settings)
        if message:
            line, column = sop.position(key, 0)
            yield Problem(f"'{key}' {message}", line, column, key)


RULE = Rule(
    code="SOP005",
    name="invalid-value",
    summary="Front-matter values must have the right type and form.",
    severity="error",
    check=check,
    examples=(
        Example("en", failing=example("en", metric="80"), passing=example("en")),
        Example(
            "de",
            failing=example("de", owner="Leitung Kundenservice <kundenservice@example>"),
            passing=example("de"),
        ),
        Example("nl", failing=example("nl", lang="fr"), passing=example("nl")),
    ),
    doc=__doc__ or "",
)
