"""SOP006 missing-key: a required front-matter key is missing.

## What it does
Reports each of `title`, `owner`, `touchpoint`, `metric` and `timeframe` that the
front matter does not give. A first `# ` heading in the body counts as the title.

## Why is this bad?
A standard needs all five parts: what it is called, who answers for it, where
the customer meets it, what is measured, and by when.

## Options
None beyond the severity.
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.lint.examples import DROP, example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.schema import FIELDS
from sopkit.sop import Sop

_HINTS = {
    "title": "add 'title: Answer inbound calls' or a '# ' heading",
    "owner": "add 'owner: <accountable role or person>'",
    "touchpoint": "add 'touchpoint: phone' (or another touchpoint of the vocabulary)",
    "metric": "add 'metric: 80% of calls answered within 20 seconds'",
    "timeframe": "add 'timeframe: 20 seconds'",
}


def check(sop: Sop) -> Iterator[Problem]:
    """Report required keys that are absent."""
    for spec in FIELDS:
        if not spec.required or spec.name in sop.meta:
            continue
        if spec.name == "title" and sop.outline.title:
            continue
        hint = _HINTS.get(spec.name, f"add '{spec.name}:'")
        yield Problem(f"missing key '{spec.name}': {hint}", 1, 1, spec.name)


RULE = Rule(
    code="SOP006",
    name="missing-key",
    summary="title, owner, touchpoint, metric and timeframe are required.",
    severity="error",
    check=check,
    examples=(Example("en", failing=example("en", owner=DROP), passing=example("en")),),
    doc=__doc__ or "",
)
