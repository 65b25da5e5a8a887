"""Review cadence: when each SOP was last reviewed, and when it is due again.

Dates compare in the knowledge base's time zone (``timezone``), so an SOP does not
turn overdue at midnight UTC for a team in Sydney.
"""

from __future__ import annotations

import datetime as dt
from calendar import monthrange
from dataclasses import dataclass

from sopkit.quantities import Duration
from sopkit.schema import parse_date, parse_interval
from sopkit.sop import Sop

#: Reviews due within this many days are "due soon".
DUE_SOON_DAYS = 30


def add_interval(day: dt.date, interval: Duration) -> dt.date:
    """``day`` plus an interval; months and years keep the day of the month where they can.

    A date past the calendar's end (a review on 9999-12-31) is the calendar's last day.
    """
    try:
        return _add(day, interval)
    except (OverflowError, ValueError):
        return dt.date.max


def _add(day: dt.date, interval: Duration) -> dt.date:
    if interval.family == "months":
        months = round(interval.base_amount)
        year, month = divmod(day.month - 1 + months, 12)
        year, month = day.year + year, month + 1
        return dt.date(year, month, min(day.day, monthrange(year, month)[1]))
    if interval.family == "calendar":
        return day + dt.timedelta(seconds=interval.base_amount)
    return day + dt.timedelta(hours=interval.amount)  # business hours: an approximation


@dataclass(frozen=True)
class ReviewStatus:
    """Where an SOP stands with its review.

    Attributes:
        state: ``ok``, ``due-soon``, ``overdue`` (past the due date), ``lapsed`` (past
            the grace period), ``future`` (a review date after today) or ``unknown``
            (no review date or no interval).
        last: the last review's date.
        due: the next review's date.
        by: who reviewed last.
    """

    state: str
    last: dt.date | None = None
    due: dt.date | None = None
    grace_end: dt.date | None = None
    by: str | None = None

    @property
    def current(self) -> bool:
        """Within its review date."""
        return self.state in ("ok", "due-soon")


def review_status(sop: Sop, today: dt.date | None = None) -> ReviewStatus:
    """The review status of ``sop`` on ``today`` (default: today in the KB's time zone)."""
    settings = sop.settings
    review = sop.valid("review")
    if not isinstance(review, dict):
        return ReviewStatus("unknown")
    last = parse_date(review.get("last"))
    interval = parse_interval(review.get("interval") or settings.review_interval or "", sop.lang)
    by = review.get("by")
    today = today or settings.current_date()
    if last is not None and last > today and interval is None:
        return ReviewStatus("future", last=last, by=by)  # a typo in the date, with no cadence
    if last is None or interval is None:
        return ReviewStatus("unknown", last=last, by=by)
    due = add_interval(last, interval)
    grace = parse_interval(settings.review_grace) or Duration(0, "day")
    grace_end = add_interval(due, grace)
    if last > today:
        state = "future"
    elif today > grace_end:
        state = "lapsed"
    elif today > due:
        state = "overdue"
    elif (due - today).days <= DUE_SOON_DAYS:
        state = "due-soon"
    else:
        state = "ok"
    return ReviewStatus(state, last, due, grace_end, by)
