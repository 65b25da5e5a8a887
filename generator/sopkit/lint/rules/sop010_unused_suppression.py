"""SOP010 unused-suppression: a `sopkit-ignore` directive that silences nothing.

## What it does
Reports a directive whose rule finds nothing on the line (or in the file) it
covers, typically because the text was fixed and the directive stayed.

## Why is this bad?
A stale directive silences the next, real problem on that line without anyone
deciding to.

## Options
None beyond the severity.
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Finding, Problem
from sopkit.lint.registry import Example, Rule, can_be_silenced, resolve_rule
from sopkit.sop import Sop


def unused(sop: Sop, findings: list[Finding]) -> Iterator[Problem]:
    """Report valid directives that no finding in ``findings`` matched.

    The findings are indexed by rule and line once: asking each directive of thousands
    against each finding grew with their product (20,000 directives: 10 s).
    """
    rules_found = {finding.rule for finding in findings}
    lines_found = {(finding.rule, finding.line) for finding in findings}
    for directive in sop.suppressions:
        rule = resolve_rule(directive.rule) if directive.rule else None
        if rule is None or not directive.reason or not can_be_silenced(rule.code):
            continue  # SOP009 reports it
        if rule.project_check is not None:
            continue  # project findings come after this file's check
        used = (
            rule.code in rules_found
            if directive.target_line is None
            else (rule.code, directive.target_line) in lines_found
        )
        if not used:
            where = (
                "in this file"
                if directive.target_line is None
                else f"on line {directive.target_line}"
            )
            yield Problem(
                f"sopkit-ignore {rule.code} silences nothing {where}: remove the directive",
                directive.line,
                directive.column,
            )


RULE = Rule(
    code="SOP010",
    name="unused-suppression",
    summary="A sopkit-ignore directive that silences nothing.",
    severity="warning",
    check=None,
    post_check=unused,
    examples=(
        Example(
            "en",
            failing=example("en", timeframe="20 seconds  # sopkit-ignore SOP106: agreed with ops"),
            passing=example(
                "en",
                timeframe="30 seconds  # sopkit-ignore SOP106: SLA allows 30 s, metric shows 20",
            ),
        ),
    ),
    doc=__doc__ or "",
    scope="file",
    needs_front_matter=False,
)
