"""SOP201 missing-steps: the body has no ordered list of steps.

## What it does
Reports an SOP whose body holds no top-level ordered list (`1.`, `2.`, ...).

## Why is this bad?
A procedure is a sequence. Prose paragraphs hide the order of the actions and
cannot be printed or followed as a checklist at the counter.

## Options
None beyond the severity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.sop import Sop

_COMMENT_LINE = re.compile(r"^\s*<!--.*-->\s*$")
_HEADING = {"en": "## Steps", "de": "## Schritte", "nl": "## Stappen"}


def check(sop: Sop) -> Iterator[Problem]:
    """Report an SOP without steps, on its body's first line."""
    if sop.steps:
        return
    lines = sop.document.lines
    line = sop.document.body_line
    # The first line with content: a directive comment above it can silence the finding.
    while line <= len(lines) and (
        not lines[line - 1].strip() or _COMMENT_LINE.match(lines[line - 1])
    ):
        line += 1
    yield Problem(
        "no steps: write the procedure as an ordered list (1. 2. 3.), one action per "
        f"step, under '{_HEADING[sop.lang]}'",
        min(line, max(len(lines), 1)),
    )


RULE = Rule(
    code="SOP201",
    name="missing-steps",
    summary="The body must hold the procedure as an ordered list of steps.",
    severity="error",
    check=check,
    examples=(
        Example(
            "en",
            failing=example("en", body="Answer the call, ask for the number and log it.\n"),
            passing=example("en"),
        ),
        Example(
            "de",
            failing=example(
                "de", body="- Nehmen Sie den Anruf an.\n- Fragen Sie nach der Nummer.\n"
            ),
            passing=example("de"),
        ),
        Example(
            "nl",
            failing=example("nl", body="Neem het gesprek aan.\n"),
            passing=example("nl"),
        ),
    ),
    doc=__doc__ or "",
    tags=("structure",),
)
