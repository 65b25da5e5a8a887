"""SOP005 invalid-value: a front-matter value of the wrong type or form.

## What it does
Checks each known key's value: text where text is expected (not a number, a
list or an empty value), a valid email address in `owner`, a known `lang`, an
`id` usable in a URL, `tags` as a list of words.

## Why is this bad?
`metric: 80` or `timeframe: 20` look like standards but say nothing that can be
measured; an owner's mistyped email address means review requests go nowhere.

A number YAML reads from other digits than it shows (`1:20` is the base-60
number 80, `0x14` is 20, `017` is 15) is named as written too.

## Options
None beyond the severity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.schema import FIELDS_BY_NAME
from sopkit.sop import Sop
from sopkit.yamlsafe import shorten


def check(sop: Sop) -> Iterator[Problem]:
    """Run each present key's schema check."""
    for key, value in sop.meta.items():
        spec = FIELDS_BY_NAME.get(key)
        if spec is None:
            continue
        message = spec.check(value, sop.settings)
        if message:
            line, column = sop.position(key, 0)
            yield Problem(f"'{key}' {message}{_as_written(sop, key, value)}", line, column, key)


def _as_written(sop: Sop, key: str, value: object) -> str:
    """How YAML read a number written otherwise (``1:20`` is 80), or nothing.

    YAML 1.1 reads base-60 (``1:20``), hexadecimal, octal and ``1_000`` as numbers;
    a message that says only "got a number (80)" leaves the editor looking for an
    80 that is not in the file.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return ""
    position = sop.document.positions.get(key)
    lines = sop.document.lines
    if position is None or not position.inline or position.value_line > len(lines):
        return ""
    written = _SCALAR.match(lines[position.value_line - 1], position.value_column - 1)
    if written is None or (_DECIMAL.fullmatch(written.group()) and float(written.group()) == value):
        return ""
    return f" (YAML reads {shorten(written.group())} as the number {shorten(value)})"


#: A number as people write it (YAML 1.1 reads ``017`` as octal 15, though).
_DECIMAL = re.compile(r"[-+]?[0-9]+(?:\.[0-9]*)?")
#: A plain scalar up to a comment or the line's end.
_SCALAR = re.compile(r"[^\s#][^#]*?(?=\s*(?:\s#|$))")


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
