"""Durations and targets read from the words of a standard.

A standard is "specific, measurable and time-bound": ``80% of calls answered within
20 seconds`` holds a *target* (80%) for an *activity* (calls answered) and a
*duration* (20 seconds). This package finds those parts in English, German and Dutch
text and keeps their character spans, so findings can point at the exact words.
It knows nothing of files or rules.

Its modules, each built on those listed before it:

- :mod:`~sopkit.quantities.units`: a :class:`Duration` and the words for its units;
- :mod:`~sopkit.quantities.tokens`: a text as tokens, the number or unit at a token;
- :mod:`~sopkit.quantities.kept`: readings of short texts, kept for the run;
- :mod:`~sopkit.quantities.calendar_days`: deadlines named by a day ("by Friday");
- :mod:`~sopkit.quantities.number_roles`: numbers that are no length (times of day,
  rates, ordinals);
- :mod:`~sopkit.quantities.durations`: the lengths of time in a text;
- :mod:`~sopkit.quantities.availability`: opening hours and deadlines at a time of day;
- :mod:`~sopkit.quantities.timeframes`: a timeframe field read as one bound;
- :mod:`~sopkit.quantities.targets`: shares, scores and limits in a metric;
- :mod:`~sopkit.quantities.stated_deadlines`: deadlines given as a date;
- :mod:`~sopkit.quantities.frequencies`: schedules ("every Monday").

Names with a leading underscore are shared between these modules only; the rest of
sopkit uses the names imported here.
"""

from sopkit.quantities.availability import (
    find_availability,
    find_clock_deadlines,
    find_clock_points,
    parse_availability,
)
from sopkit.quantities.calendar_days import (
    CALENDAR_PERIODS,
    MONTH_DAY_WORDS,
    MONTH_NAMES,
    WEEKDAYS,
    english_ordinal,
)
from sopkit.quantities.durations import find_durations
from sopkit.quantities.frequencies import find_frequencies, parse_frequency
from sopkit.quantities.stated_deadlines import find_stated_deadlines
from sopkit.quantities.targets import Target, TargetKind, find_target
from sopkit.quantities.timeframes import parse_timeframe, read_timeframe
from sopkit.quantities.tokens import Token, tokenize
from sopkit.quantities.units import MAX_BOUND_DAYS, Duration, parse_iso_duration

__all__ = [
    "CALENDAR_PERIODS",
    "MAX_BOUND_DAYS",
    "MONTH_DAY_WORDS",
    "MONTH_NAMES",
    "WEEKDAYS",
    "Duration",
    "Target",
    "TargetKind",
    "Token",
    "english_ordinal",
    "find_availability",
    "find_clock_deadlines",
    "find_clock_points",
    "find_durations",
    "find_frequencies",
    "find_stated_deadlines",
    "find_target",
    "parse_availability",
    "parse_frequency",
    "parse_iso_duration",
    "parse_timeframe",
    "read_timeframe",
    "tokenize",
]
