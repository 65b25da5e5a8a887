"""SOP402 review-missing: no review date, or no interval, where reviews are in use.

## What it does
Reports an SOP without `review.last`, the date of its last review, when a review
interval is configured (`review_interval`) or the SOP has a `review` block; and a
`review` block with a date but no `interval` when no `review_interval` is configured,
as such a review is never due.

## Why is this bad?
Without the date of the last review, nobody can tell when the SOP is due, and the
site cannot show whether it is current. Without an interval, SOP401 never reports it
overdue, the card shows no next review, and the reviews page counts it as not within
its date, while lint stays silent.

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
        valid = sop.valid("review")  # a wrong date or key is SOP005's, reported once
        if (
            isinstance(valid, dict)
            and "interval" not in review
            and not sop.settings.review_interval
        ):
            line, column = sop.position("review")
            yield Problem(
                "the review has no interval, and no review_interval is configured, so it is "
                "never due: add 'interval: 12 months' (or the SOP's own cadence) to review, or "
                "review_interval to the configuration",
                line,
                column,
                "review",
            )
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
        Example(
            "en",
            failing=example("en", review="{last: 2026-01-15, by: Team lead}"),
            passing=example("en", review="{last: 2026-01-15, by: Team lead, interval: 1 year}"),
        ),
    ),
    doc=__doc__ or "",
    tags=("review",),
)
