"""SOP004 unknown-key: a front-matter key that sopkit does not know.

## What it does
Reports keys that are not part of the SOP schema (`sopkit schema` prints it), and
names the nearest known key: `ownr` is probably `owner`.

## Why is this bad?
A misspelt key is silently ignored: `ownr: Store Manager` leaves the SOP without
an owner on the site while the editor believes it has one.

## Options
Set the severity in `rules:`; turn it `off` if your pages carry keys for other tools.
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.schema import FIELDS_BY_NAME, REVIEW_KEYS
from sopkit.sop import Sop
from sopkit.suggest import nearest

#: Keys that belong inside a block key: written at the left margin, they were meant to
#: be indented under it ("review:" then "last: ..." with no indentation).
_SUB_KEYS = dict.fromkeys(REVIEW_KEYS, "review")


def check(sop: Sop) -> Iterator[Problem]:
    """Report each key that is not in the schema, with a suggestion."""
    for key in sop.meta:
        if key in FIELDS_BY_NAME:
            continue
        line, column = sop.position(key)
        block = _SUB_KEYS.get(key)
        hint = nearest(key, FIELDS_BY_NAME)
        if block is not None and block in sop.meta:
            fix = f"it belongs to '{block}': indent it under '{block}:' by two spaces"
        elif hint:
            fix = f"did you mean '{hint}'?"
        else:
            fix = f"known keys are {', '.join(FIELDS_BY_NAME)}; remove it or rename it"
        yield Problem(f"unknown key '{key}': {fix}", line, column, key)


RULE = Rule(
    code="SOP004",
    name="unknown-key",
    summary="Front-matter keys must be known; names the nearest known key.",
    severity="warning",
    check=check,
    examples=(
        Example(
            "en",
            failing=example("en", ownr="Store Manager", owner="Store Manager"),
            passing=example("en", owner="Store Manager"),
        ),
    ),
    doc=__doc__ or "",
)
