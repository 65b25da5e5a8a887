"""SOP105 invalid-timeframe: a timeframe that is not a duration.

## What it does
Parses `timeframe` as a number (digits or words) and a unit: seconds, minutes,
hours, days, working or business days, business hours, weeks, months, years, and
their German (Sekunden, Minuten, Stunden, Tage, Werktage, Wochen, Monate) and Dutch
(seconden, minuten, uur, dagen, werkdagen, weken, maanden) forms; or an ISO 8601
duration such as `PT20S`. A bound said in two units, the larger first, is one bound
("1 hour 30 minutes", "drie maanden en tien dagen": a month counts as 30.4 days there);
working days with hours are refused, as they depend on opening hours. Reports values
that do not parse, a zero duration, and one beyond 100 years. A time of day that the
metric names beside a schedule or a bound passes: the schedule's hour ("täglich um 14:00
Uhr", timeframe "um 14:00 Uhr") or the cut-off of a day's promise ("Orders placed before
4pm are delivered the next working day", timeframe "before 4pm", or "by 8 AM on service
days", "by 1:00 pm EST Monday through Wednesday" with its zone and the days it holds on).

## Why is this bad?
The site compares standards by their timeframes and shows them in plain words;
"20" or "3 tickets" cannot be compared with "2 minutes".

## Options
None beyond the severity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sopkit.lint.examples import GOOD_TIMEFRAME, example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.lint.rules.sop104_vague_timeframe import vague_term
from sopkit.quantities import parse_availability, parse_frequency
from sopkit.quantities.timeframes import without_excepted_days
from sopkit.sop import Sop

_UNITS = (
    "seconds, minutes, hours, days, working days, business hours, weeks, months "
    "(Sekunden, Minuten, Stunden, Tage, Werktage ...; seconden, minuten, uur, dagen, "
    "werkdagen ...) or ISO 8601 such as PT20S"
)
_BARE_NUMBER = re.compile(r"^\s*\d+(?:[.,]\d+)?\s*$")


#: Names of a deadline set elsewhere, repeated in ``timeframe``.
_DEADLINE_WORDS = re.compile(
    r"termijn|frist|lieferzeit|deadline|period|time limit|date|promised|agreed|vereinbart|"
    r"afgesproken|termin|afspraak|\d\s*(?:am|pm|uhr|uur)\b|\d[.:]\d\d",
    re.IGNORECASE,
)


#: A weekday, written out or short: "Monday", "Mon", "Mo.", "maandag", "vr".
_A_DAY = (
    r"(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|ma|wo|vr|za|zo|maan|dins|woens|donder|"
    r"vrij|zater|zon|diens|mitt|donners|frei|sams|sonn)[^\W\d_]*\.?"
)
#: One weekday, written out or in its usual short form: "Thursday", "vrijdag", "Fri".
_ONE_DAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|"
    r"sat|sun)\.?|montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonnabends?|"
    r"sonntags?|(?:maan|dins|woens|donder|vrij|zater|zon)dags?)(?![\w-])"
)
#: A time of day alone: a schedule's hour ("um 14:00 Uhr", "at 9am", "om 8.30 uur") or
#: a cut-off ("before 4pm", "by 2.30pm GMT", "after 12:00 PM (Midday)", "vor 14 Uhr"),
#: also on one weekday ("after 11am Thursday", "vrijdag na 16:00 uur").
_TIME_OF_DAY = re.compile(
    # the days first: "montags-freitags vor 15.00 Uhr", "vrijdag na 16:00 uur"
    rf"\s*(?:{_A_DAY}\s*(?:-|–|bis|to|through|t/m|tot)\s*{_A_DAY}\s+|{_ONE_DAY}\s+)?"
    r"(?:(?:um|at|om|ab|from|vanaf|before|by|after|until|till|vor|bis|nach|voor|vóór|na|"
    r"tot)\s+)?(?:'s\s+(?:morgens|ochtends|middags|avonds)\s+)?"  # "voor 's morgens 10.00 uur"
    r"(?:[01]?\d|2[0-3])(?:[.:][0-5]\d\s*(?:uhr|uur|h|am|pm|a\.m\.|p\.m\.)?|[uh][0-5]\d|\s*(?:uhr|"
    r"uur|h|am|pm|a\.m\.|p\.m\.|o'clock))"
    # the zone, also after a dash or in brackets: "1 PM - EST", "13:00 (CET)"
    r"(?:\s*(?:[-–]\s*|\(\s*(?=[A-Z]{2,4}\s*\)))?(?:GMT|BST|UTC|CET|CEST|MEZ|MESZ|EST|EDT|CST|CDT|MST|"
    r"MDT|PST|PDT|ET|PT|AEST|AEDT|local\s+time|\((?:midday|noon|mittags)\))(?:(?<=[A-Z])\s*\))?)?"
    # the days the cut-off holds on: "by 8 AM on service days", "bis 14 Uhr an Werktagen",
    # "by 12pm Monday-Friday", "by 1:00 pm EST Monday through Wednesday"
    r"(?:\s+(?:on|an|op)\s+(?:[^\W\d_]+\s+)?(?:days|weekdays|Tagen|Werktagen|dagen|werkdagen)|"
    rf"\s+(?:on\s+|an\s+|op\s+)?{_A_DAY}\s*(?:-|–|through|to|bis|t/m|tot)\s*{_A_DAY}|"
    rf"\s+(?:on\s+|am\s+|op\s+)?{_ONE_DAY})?\s*",
    re.IGNORECASE,
)


#: A tolerance, as a metric states it around an agreed time: "+/- 30 Minuten".
_TOLERANCE = re.compile(r"\s*(?:±|\+/-)\s*\d+(?:[.,]\d+)?\s*[^\W\d_]+\.?\s*")


def _tolerance_of_the_metric(sop: Sop, timeframe: str) -> bool:
    """True for a timeframe that is the tolerance the metric states around an agreed
    time ("eine Ankunft von +/- 30 Minuten zum vereinbarten Zeitpunkt"): SOP102 judges
    the metric, which says what the tolerance is around."""
    return bool(
        sop.standard.metric_durations
        and _TOLERANCE.fullmatch(timeframe)
        and timeframe.strip().lower() in (sop.metric or "").lower()
    )


#: A time of day: "3pm", "14 Uhr", "17.00", "4.00pm".
_A_CLOCK_TIME = re.compile(
    r"(?<![\d.:])(?P<hour>\d{1,2})(?:[.:](?P<minute>\d\d))?\s*(?P<mark>am|pm|a\.m\.|p\.m\.|uhr|"
    r"uur)?(?![\w.:]?\d)",
    re.IGNORECASE,
)


def _minutes_of_the_day(text: str) -> set[int]:
    """The times of day in ``text`` as minutes after midnight: "5pm" and "17:00" are one."""
    found = set()
    for time in _A_CLOCK_TIME.finditer(text):
        mark = (time["mark"] or "").lower().replace(".", "")
        if not mark and time["minute"] is None:
            continue  # "3" alone is no time
        hour = (
            int(time["hour"]) % 12 + (12 if mark == "pm" else 0)
            if mark in ("am", "pm")
            else int(time["hour"])
        )
        found.add(hour * 60 + int(time["minute"] or 0))
    return found


def _clock_times_of_the_metric(sop: Sop, timeframe: str) -> bool:
    """True unless the timeframe names a time of day the metric does not state ("at 3pm"
    for "Tours run daily at 2pm"; "by 5pm" for "by 17:00" is the same time)."""
    return _minutes_of_the_day(timeframe) <= _minutes_of_the_day(sop.metric or "")


#: What joins alternative days or schedules in a timeframe: "Tuesdays or Wednesdays".
_ALTERNATIVES = re.compile(r"\s*(?:,|/|\b(?:or|oder|of|and|und|en)\b)\s*", re.IGNORECASE)


def _names_alternatives(sop: Sop, timeframe: str) -> bool:
    """True for a timeframe of alternatives that the metric says in the same words, the
    first a bound of the metric ("dinsdag of woensdag" of "Wij leveren op dinsdag of
    woensdag"): the metric's schedule reads the first, the words say the others."""
    parts = [part for part in _ALTERNATIVES.split(timeframe) if part.strip()]
    said = " ".join((sop.metric or "").lower().split())
    return (
        len(parts) > 1
        and " ".join(timeframe.lower().split()) in said
        and sop.standard.names_a_bound(parts[0])
    )


def _time_of_the_metric(sop: Sop, timeframe: str) -> bool:
    """True for a timeframe that is only a time of day the metric states beside a
    schedule or a bound of its own: the schedule's hour, or the cut-off of the bound."""
    standard = sop.standard
    return bool(
        (standard.frequency or standard.metric_durations)
        and _TIME_OF_DAY.fullmatch(without_excepted_days(timeframe))
        and any(c.isdigit() for c in timeframe)
        and timeframe.strip().lower() in (sop.metric or "").lower()
    )


def check(sop: Sop) -> Iterator[Problem]:
    """Report a timeframe that does not parse (and is not merely vague)."""
    timeframe = sop.timeframe
    if timeframe is None:
        return
    duration = sop.standard.duration
    if duration is not None:
        if duration.beyond_reason:
            yield Problem(
                f"'{timeframe.strip()[:60]}' is longer than 100 years: no customer waits that "
                f"long; state the real bound, e.g. '{GOOD_TIMEFRAME[sop.lang]}'",
                *sop.position("timeframe", 0),
                "timeframe",
            )
        elif duration.amount <= 0 and not duration.relative:
            yield Problem(
                f"a timeframe of {duration.describe()} cannot be met: state the real bound, "
                f"e.g. '{GOOD_TIMEFRAME[sop.lang]}'",
                *sop.position("timeframe", 0),
                "timeframe",
            )
        return
    if vague_term(timeframe, sop) is not None:
        return  # SOP104 reports it
    if parse_availability(timeframe, sop.lang) or parse_frequency(timeframe, sop.lang):
        return  # "24/7", "Mo–Fr 8–18 Uhr", "quarterly": an availability or a schedule
    if (
        sop.standard.stated_deadline
        and _DEADLINE_WORDS.search(timeframe)
        and _clock_times_of_the_metric(sop, timeframe)
    ):
        return  # "the statutory period": the metric's bound is set elsewhere
    if sop.standard.names_a_bound(timeframe):
        return  # it repeats the metric's schedule, opening time or deadline
    if _names_alternatives(sop, timeframe):
        return  # "Tuesdays or Wednesdays" of "Boxes arrive on Tuesdays or Wednesdays"
    if _tolerance_of_the_metric(sop, timeframe):
        return  # "+/- 30 Minuten" of "+/- 30 Minuten zum vereinbarten Zeitpunkt"
    if _time_of_the_metric(sop, timeframe):
        return  # "täglich um 14:00 Uhr", "Orders placed before 4pm ... next working day"
    if _BARE_NUMBER.match(timeframe):
        number = timeframe.strip()
        message = (
            f"'{timeframe}' has no unit: write e.g. '{number} seconds' or '{number} working days'"
        )
    else:
        message = f"'{timeframe}' is not a duration: write a number and a unit, one of {_UNITS}"
    yield Problem(message, *sop.position("timeframe", 0), "timeframe")


RULE = Rule(
    code="SOP105",
    name="invalid-timeframe",
    summary="timeframe must parse as a number and a time unit, or ISO 8601.",
    severity="error",
    check=check,
    examples=(
        Example(
            "en",
            failing=example("en", timeframe="20 tickets"),
            passing=example("en", timeframe="PT20S"),
        ),
        Example(
            "en",
            failing=example("en", metric="We answer the phone within five rings", timeframe="five"),
            passing=example(
                "en", metric="We answer the phone within five rings", timeframe="5 rings"
            ),
        ),
        Example(
            "de",
            failing=example("de", timeframe='"20"'),
            passing=example("de", timeframe="zwanzig Sekunden"),
        ),
        Example(
            "de",
            failing=example(
                "de",
                metric="Bestellungen werden innerhalb von 2 bis 3 Werktagen bearbeitet",
                timeframe="2 bis 3",
            ),
            passing=example(
                "de",
                metric="Bestellungen werden innerhalb von 2 bis 3 Werktagen bearbeitet",
                timeframe="2 bis 3 Werktage",
            ),
        ),
        Example(
            "nl",
            failing=example("nl", timeframe="20 stuks"),
            passing=example("nl", timeframe="twintig seconden"),
        ),
    ),
    doc=__doc__ or "",
    tags=("standard",),
)
