"""SOP009 invalid-suppression: a `sopkit-ignore` directive without a rule or a reason.

## What it does
Checks every `sopkit-ignore RULE: reason` directive: it must name one known rule
(code or name) and give a reason after a colon. SOP001, SOP003, SOP008 and SOP009 cannot
be silenced.

## Why is this bad?
A silenced finding is a decision about a standard. Without a reason, reviewers
cannot judge it; with an unknown rule, it silences nothing and misleads.

## Options
None beyond the severity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule, can_be_silenced, resolve_rule
from sopkit.sop import Sop

_FORM = "write it as 'sopkit-ignore SOP101: why this is right'"


def check(sop: Sop) -> Iterator[Problem]:
    """Report directives with a missing or unknown rule, or no reason."""
    for directive in sop.suppressions:
        named = [part for part in re.split(r"[\s,;]+", directive.rule) if part]
        if not directive.rule:
            message = f"sopkit-ignore names no rule: {_FORM}"
        elif len(named) > 1 and all(resolve_rule(part) for part in named):
            message = (
                f"sopkit-ignore names several rules ('{directive.rule}') and silences none: "
                "write one directive per rule, each with its reason"
            )
        elif len(named) > 1:
            message = f"sopkit-ignore '{directive.rule}' is not one rule's name: {_FORM}"
        elif resolve_rule(directive.rule) is None:
            message = (
                f"sopkit-ignore names unknown rule '{directive.rule}': `sopkit rules` lists them"
            )
        elif not directive.reason:
            message = f"sopkit-ignore {directive.rule} gives no reason: {_FORM}"
        elif not can_be_silenced(directive.rule):
            code = resolve_rule(directive.rule).code  # type: ignore[union-attr]
            message = (
                f"sopkit-ignore {code}: {code} cannot be silenced (a file that cannot be read, "
                "broken front matter or directives, or two SOPs on one page): fix the problem "
                "instead, and remove the directive"
            )
        else:
            continue
        yield Problem(message, directive.line, directive.column)


RULE = Rule(
    code="SOP009",
    name="invalid-suppression",
    summary="sopkit-ignore must name a known rule and give a reason.",
    severity="error",
    check=check,
    examples=(
        Example(
            "en",
            failing=example("en", timeframe="20 seconds  # sopkit-ignore SOP106"),
            passing=example("en"),
        ),
    ),
    doc=__doc__ or "",
    scope="file",
    needs_front_matter=False,
)
