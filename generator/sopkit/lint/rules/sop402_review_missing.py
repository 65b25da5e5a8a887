"""SOP402 review-missing: no review date where a review interval applies.

## What it does
Reports an SOP without `review.last`, the date of its last review, when a review
interval is configured (`review_interval`) or the SOP has a `review` block.

## Why is this bad?
Without the date of the last review, nobody can tell when the SOP is due, and the
site cannot show whether it is current.

## Options
Only active when `review_interval` is configured or the SOP has a `review` block.
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.sop import Sop


def check(sop: Sop) -> Iterator[Problem]:
    """Report a missing review date when an interval applies."""
    review = sop.meta.get("review")
    if isinstance(review, dict) and "last" in review:
        return  # present (SOP005 checks its form)
    if not isinstance(review, dict) and not sop.settings.review_interval:
        return  # no review block and no configured cadence: reviews are not in use
    line, column = sop.position("review") if "review" in sop.meta else (1, 1)
    yield Problem(
        "no review date: add 'review: {last: YYYY-MM-DD, by: <who reviewed>}' after the "
        "owner has reviewed the SOP",
        line,
        column,
        "review",
    )


RULE = Rule(
    code="SOP402",
    name="review-missing",
    summary="An SOP without the date of its last review, where reviews are due.",
    severity="warning",
    check=check,
    examples=(
        Example(
            "en",
            failing=example("en", review="{interval: 6 months}"),
            passing=example("en", review="{last: 2020-01-15, interval: 100 years}"),
        ),
    ),
    doc=__doc__ or "",
    tags=("review",),
)
