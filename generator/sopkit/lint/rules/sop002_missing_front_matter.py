"""SOP002 missing-front-matter: an SOP without a YAML front-matter block.

## What it does
Reports an SOP file that does not open with a `---` line and a YAML block of
keys (`title`, `owner`, `touchpoint`, `metric`, `timeframe`).

## Why is this bad?
Without front matter there is no owner, no touchpoint and no measurable standard:
the page is a text, not a standard anyone can be held to.

## Options
Mark an ordinary page that is not an SOP with `sop: false` in its front matter,
or name it `index.md` or `README.md`.
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.lint.examples import example, steps
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.sop import Sop


def check(sop: Sop) -> Iterator[Problem]:
    """Report an SOP whose first line is not ``---``."""
    if not sop.document.has_front_matter:
        yield Problem(
            "no front matter: start the file with a '---' line, the keys title, owner, "
            "touchpoint, metric and timeframe, and another '---' line "
            "(or add 'sop: false' front matter if this page is not an SOP)",
            1,
        )


RULE = Rule(
    code="SOP002",
    name="missing-front-matter",
    summary="An SOP must open with YAML front matter.",
    severity="error",
    check=check,
    examples=(
        Example("en", failing="# Answer inbound calls\n\n" + steps("en"), passing=example("en")),
    ),
    doc=__doc__ or "",
    needs_front_matter=False,
)
