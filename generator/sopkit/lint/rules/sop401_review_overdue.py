"""SOP401 review-overdue: an SOP past its review date.

## What it does
Computes the next review from `review.last` plus `review.interval` (or the configured
`review_interval`) and compares it with today in the knowledge base's `timezone`.
Past the review date it is a warning; past the grace period (`review_grace`, default
1 month) an error.

## Why is this bad?
A standard nobody has looked at for a year may describe a queue, a system or a
policy that no longer exists. Staff cannot tell a current SOP from a stale one.

## Options
`review_interval` (e.g. `12 months`), `review_grace` (e.g. `1 month`), `timezone`
(e.g. `Europe/Amsterdam`). Set `SOPKIT_TODAY=YYYY-MM-DD` for reproducible builds.
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.review import review_status
from sopkit.sop import Sop


def check(sop: Sop) -> Iterator[Problem]:
    """Report an overdue review, as an error once the grace period is over."""
    status = review_status(sop)
    if status.state == "future":
        line, column = sop.position("review")
        yield Problem(
            f"review.last {status.last} is after today ({sop.settings.current_date()} in "
            f"{sop.settings.timezone}): record the date the review took place",
            line,
            column,
            "review",
        )
        return
    if status.state not in ("overdue", "lapsed"):
        return
    lapsed = status.state == "lapsed"
    message = (
        f"review overdue since {status.due} (last review {status.last}"
        + (f" by {status.by}" if status.by else "")
        + "): review the SOP with its owner and update review.last"
        + (f"; the grace period ended {status.grace_end}" if lapsed else "")
    )
    line, column = sop.position("review")
    yield Problem(message, line, column, "review", severity="error" if lapsed else None)


RULE = Rule(
    code="SOP401",
    name="review-overdue",
    summary="An SOP past its review date (an error past the grace period).",
    severity="warning",
    check=check,
    examples=(
        Example(
            "en",
            failing=example(
                "en", review="{last: 2001-01-15, by: Contact Centre Lead, interval: 6 months}"
            ),
            passing=example(
                "en", review="{last: 2020-01-15, by: Contact Centre Lead, interval: 100 years}"
            ),
        ),
    ),
    doc=__doc__ or "",
    tags=("review",),
)
