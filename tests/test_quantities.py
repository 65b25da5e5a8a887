"""Durations and targets read from the words of a standard (sopkit.quantities)."""

from __future__ import annotations

import pytest

from sopkit.quantities import (
    Duration,
    Target,
    find_durations,
    find_target,
    parse_iso_duration,
    parse_timeframe,
    tokenize,
)


def _bug(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


# --- parse_timeframe: every unit word -------------------------------------------------

UNIT_CASES = [
    # English
    ("en", "20 seconds", 20, "second"),
    ("en", "1 second", 1, "second"),
    ("en", "20 s", 20, "second"),
    ("en", "20 sec", 20, "second"),
    ("en", "20 secs", 20, "second"),
    ("en", "5 minutes", 5, "minute"),
    ("en", "1 minute", 1, "minute"),
    ("en", "5 min", 5, "minute"),
    ("en", "5 mins", 5, "minute"),
    ("en", "2 hours", 2, "hour"),
    ("en", "1 hour", 1, "hour"),
    ("en", "2 h", 2, "hour"),
    ("en", "2 hr", 2, "hour"),
    ("en", "2 hrs", 2, "hour"),
    ("en", "3 days", 3, "day"),
    ("en", "1 day", 1, "day"),
    ("en", "5 opening days", 5, "working_day"),
    ("en", "2 calendar days", 2, "day"),
    ("en", "2 working days", 2, "working_day"),
    ("en", "1 working day", 1, "working_day"),
    ("en", "2 business days", 2, "working_day"),
    ("en", "1 business day", 1, "working_day"),
    ("en", "2 workdays", 2, "working_day"),
    ("en", "2 work days", 2, "working_day"),
    ("en", "4 business hours", 4, "business_hour"),
    ("en", "1 business hour", 1, "business_hour"),
    ("en", "4 working hours", 4, "business_hour"),
    ("en", "4 office hours", 4, "business_hour"),
    ("en", "2 weeks", 2, "week"),
    ("en", "1 week", 1, "week"),
    ("en", "1 wk", 1, "week"),
    ("en", "3 months", 3, "month"),
    ("en", "1 month", 1, "month"),
    ("en", "2 years", 2, "year"),
    ("en", "1 year", 1, "year"),
    # German
    ("de", "20 Sekunden", 20, "second"),
    ("de", "1 Sekunde", 1, "second"),
    ("de", "20 Sek.", 20, "second"),
    ("de", "5 Minuten", 5, "minute"),
    ("de", "1 Minute", 1, "minute"),
    ("de", "1 Stunde", 1, "hour"),
    ("de", "2 Stunden", 2, "hour"),
    ("de", "2 Std.", 2, "hour"),
    ("de", "2 Std", 2, "hour"),
    ("de", "1 Tag", 1, "day"),
    ("de", "2 Tage", 2, "day"),
    ("de", "3 Tagen", 3, "day"),
    ("de", "2 Kalendertage", 2, "day"),
    ("de", "1 Werktag", 1, "working_day"),
    ("de", "2 Werktage", 2, "working_day"),
    ("de", "2 Werktagen", 2, "working_day"),
    ("de", "2 Arbeitstage", 2, "working_day"),
    ("de", "2 Geschäftstage", 2, "working_day"),
    ("de", "4 Geschäftsstunden", 4, "business_hour"),
    ("de", "4 Arbeitsstunden", 4, "business_hour"),
    ("de", "3 Öffnungstagen", 3, "working_day"),
    ("de", "1 Woche", 1, "week"),
    ("de", "2 Wochen", 2, "week"),
    ("de", "1 Monat", 1, "month"),
    ("de", "3 Monate", 3, "month"),
    ("de", "3 Monaten", 3, "month"),
    ("de", "1 Jahr", 1, "year"),
    ("de", "2 Jahre", 2, "year"),
    # Dutch
    ("nl", "20 seconden", 20, "second"),
    ("nl", "1 seconde", 1, "second"),
    ("nl", "5 minuten", 5, "minute"),
    ("nl", "1 minuut", 1, "minute"),
    ("nl", "1 uur", 1, "hour"),
    ("nl", "2 uur", 2, "hour"),
    ("nl", "2 uren", 2, "hour"),
    ("nl", "1 dag", 1, "day"),
    ("nl", "3 dagen", 3, "day"),
    ("nl", "2 kalenderdagen", 2, "day"),
    ("nl", "5 openingsdagen", 5, "working_day"),
    ("nl", "3 uitleendagen", 3, "working_day"),
    ("nl", "1 werkdag", 1, "working_day"),
    ("nl", "2 werkdagen", 2, "working_day"),
    ("nl", "4 werkuren", 4, "business_hour"),
    ("nl", "4 kantooruren", 4, "business_hour"),
    ("nl", "1 week", 1, "week"),
    ("nl", "2 weken", 2, "week"),
    ("nl", "1 maand", 1, "month"),
    ("nl", "3 maanden", 3, "month"),
    ("nl", "1 jaar", 1, "year"),
    ("nl", "2 jaar", 2, "year"),
    ("nl", "2 jaren", 2, "year"),
]


@pytest.mark.parametrize(("lang", "text", "amount", "unit"), UNIT_CASES)
def test_timeframe_reads_every_unit(lang: str, text: str, amount: float, unit: str) -> None:
    duration = parse_timeframe(text, lang)
    assert duration is not None
    assert (duration.amount, duration.unit) == (amount, unit)
    assert duration.span == (0, len(text))


WORD_CASES = [
    ("en", "twenty seconds", 20, "second"),
    ("en", "thirty minutes", 30, "minute"),
    ("en", "twenty-five seconds", 25, "second"),
    ("en", "twenty five seconds", 25, "second"),
    ("en", "ninety-nine seconds", 99, "second"),
    ("en", "two hours", 2, "hour"),
    ("en", "Two Hours", 2, "hour"),
    ("en", "one hour", 1, "hour"),
    ("en", "an hour", 1, "hour"),
    ("en", "a day", 1, "day"),
    ("en", "a week", 1, "week"),
    ("en", "hundred seconds", 100, "second"),
    ("en", "half an hour", 0.5, "hour"),
    ("en", "a half hour", 0.5, "hour"),
    ("en", "half hour", 0.5, "hour"),
    ("en", "half a day", 0.5, "day"),
    ("en", "1.5 hours", 1.5, "hour"),
    ("en", "1,5 hours", 1.5, "hour"),
    ("de", "zwanzig Sekunden", 20, "second"),
    ("de", "dreißig Minuten", 30, "minute"),
    ("de", "einundzwanzig Tage", 21, "day"),
    ("de", "hundert Sekunden", 100, "second"),
    ("de", "einhundert Sekunden", 100, "second"),
    ("de", "eine Stunde", 1, "hour"),
    ("de", "einen Tag", 1, "day"),
    ("de", "einem Tag", 1, "day"),
    ("de", "eine Woche", 1, "week"),
    ("de", "eine halbe Stunde", 0.5, "hour"),
    ("de", "anderthalb Stunden", 1.5, "hour"),
    ("de", "eineinhalb Stunden", 1.5, "hour"),
    ("de", "1,5 Stunden", 1.5, "hour"),
    ("nl", "zestig seconden", 60, "second"),
    ("nl", "eenentwintig dagen", 21, "day"),
    ("nl", "honderd seconden", 100, "second"),
    ("nl", "twee uur", 2, "hour"),
    ("nl", "een uur", 1, "hour"),
    ("nl", "één uur", 1, "hour"),
    ("nl", "een dag", 1, "day"),
    ("nl", "een half uur", 0.5, "hour"),
    ("nl", "een halve dag", 0.5, "day"),
    ("nl", "anderhalf uur", 1.5, "hour"),
    ("nl", "anderhalve dag", 1.5, "day"),
    pytest.param(
        "de",
        "innerhalb einer halben Stunde",
        0.5,
        "hour",
    ),
    pytest.param(
        "de",
        "in einer halben Stunde",
        0.5,
        "hour",
    ),
    pytest.param(
        "de",
        "einem halben Tag",
        0.5,
        "day",
    ),
    pytest.param(
        "en",
        "one hundred seconds",
        100,
        "second",
    ),
    pytest.param(
        "en",
        "a hundred seconds",
        100,
        "second",
    ),
    pytest.param(
        "en",
        "one and a half hours",
        1.5,
        "hour",
    ),
    ("en", "an hour and a half", 1.5, "hour"),
    ("de", "anderthalb Stunden", 1.5, "hour"),
    ("nl", "anderhalf uur", 1.5, "hour"),
    ("en", "half an hour", 0.5, "hour"),
    ("de", "eine halbe Stunde", 0.5, "hour"),
    ("nl", "een half uur", 0.5, "hour"),
    ("de", "innerhalb einer Woche", 1, "week"),
    ("nl", "binnen een week", 1, "week"),
    ("de", "innerhalb von 10 Arbeitstagen", 10, "working_day"),
    ("de", "2 Bankarbeitstage", 2, "working_day"),
    ("de", "14 Kalendertage", 14, "day"),
    ("nl", "14 kalenderdagen", 14, "day"),
    ("en", "20 calendar days", 20, "day"),
    ("en", "2 working weeks", 2, "working_week"),
    ("nl", "2 werkweken", 2, "working_week"),
    ("en", "5 rings", 5, "ring"),
    ("de", "nach dem dritten Klingeln", 3, "ring"),
    ("en", "within the third ring", 3, "ring"),
    # an ordinal counts in its own unit: the third working day is 3 working days, not rings
    ("de", "am dritten Werktag", 3, "working_day"),
    ("en", "by the second working day", 2, "working_day"),
    ("nl", "uiterlijk de tweede werkdag", 2, "working_day"),
    ("de", "2-3 Werktage", 3, "working_day"),
    ("nl", "2 tot 3 weken", 3, "week"),
]


@pytest.mark.parametrize(("lang", "text", "amount", "unit"), WORD_CASES)
def test_timeframe_reads_number_words_and_fractions(
    lang: str, text: str, amount: float, unit: str
) -> None:
    duration = parse_timeframe(text, lang)
    assert duration is not None
    assert (duration.amount, duration.unit) == (amount, unit)


PREPOSITION_CASES = [
    ("en", "within 2 working days", 2, "working_day"),
    ("en", "within 20 seconds", 20, "second"),
    ("en", "Within 2 Hours", 2, "hour"),
    ("en", "within half an hour", 0.5, "hour"),
    ("en", "in 5 minutes", 5, "minute"),
    ("en", "under 3 minutes", 3, "minute"),
    ("en", "after 3 days", 3, "day"),
    ("en", "no later than 3 days", 3, "day"),
    ("en", "at most 2 hours", 2, "hour"),
    ("en", "max 2 hours", 2, "hour"),
    ("en", "every 2 hours", 2, "hour"),
    ("de", "innerhalb von 2 Werktagen", 2, "working_day"),
    ("de", "innerhalb von zwei Stunden", 2, "hour"),
    ("de", "innerhalb einer Stunde", 1, "hour"),
    # the short genitive
    ("de", "innerhalb eines Arbeitstags", 1, "working_day"),
    ("de", "binnen eines Kalendertags", 1, "day"),
    ("de", "spätestens 3 Tage", 3, "day"),
    ("de", "höchstens 2 Stunden", 2, "hour"),
    ("de", "maximal 20 Sekunden", 20, "second"),
    ("nl", "binnen 3 werkdagen", 3, "working_day"),
    ("nl", "binnen twee werkdagen", 2, "working_day"),
    ("nl", "binnen een uur", 1, "hour"),
    ("nl", "binnen een half uur", 0.5, "hour"),
    ("nl", "binnen 24 uur", 24, "hour"),
    ("nl", "uiterlijk 2 dagen", 2, "day"),
    ("nl", "maximaal 20 seconden", 20, "second"),
    pytest.param(
        "de",
        "spätestens nach 3 Tagen",
        3,
        "day",
    ),
    pytest.param(
        "de",
        "nach 2 Werktagen",
        2,
        "working_day",
    ),
    pytest.param(
        "nl",
        "na 3 werkdagen",
        3,
        "working_day",
    ),
]


@pytest.mark.parametrize(("lang", "text", "amount", "unit"), PREPOSITION_CASES)
def test_timeframe_allows_a_leading_preposition(
    lang: str, text: str, amount: float, unit: str
) -> None:
    duration = parse_timeframe(text, lang)
    assert duration is not None
    assert (duration.amount, duration.unit) == (amount, unit)
    assert duration.span == (0, len(text))


@pytest.mark.parametrize(
    ("lang", "text", "amount", "unit"),
    [
        ("en", "1 hour 30 minutes", 90, "minute"),
        ("en", "1 hour and 30 minutes", 90, "minute"),
        ("en", "1 day 2 hours", 26, "hour"),
        ("en", "1 minute 30 seconds", 90, "second"),
        ("en", "1 week 2 days", 9, "day"),
        ("en", "1 year 6 months", 18, "month"),
        ("en", "1 working day and 2 working days", 3, "working_day"),
        ("de", "1 Stunde 30 Minuten", 90, "minute"),
        ("de", "1 Stunde und 30 Minuten", 90, "minute"),
        ("de", "1 Jahr 6 Monate", 18, "month"),
        ("nl", "1 uur 30 minuten", 90, "minute"),
        ("nl", "1 uur en 30 minuten", 90, "minute"),
        ("nl", "binnen 1 dag en 12 uur", 36, "hour"),
    ],
)
def test_timeframe_adds_durations_of_one_family(
    lang: str, text: str, amount: float, unit: str
) -> None:
    duration = parse_timeframe(text, lang)
    assert duration is not None
    assert (duration.amount, duration.unit) == (amount, unit)
    assert duration.span == (0, len(text))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "1 working day 2 hours"),
        ("en", "1 day 4 business hours"),
        ("nl", "1 werkdag en 2 uur"),
        ("en", "2 days 3 months"),
    ],
)
def test_timeframe_refuses_sums_across_families(lang: str, text: str) -> None:
    assert parse_timeframe(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text", "amount", "unit"),
    [("en", "1 month 2 days", 32, "day"), ("de", "1 Monat 2 Tage", 32, "day"),
     ("nl", "uiterlijk na drie maanden en tien dagen", 101, "day"),
     ("en", "2 months and 2 weeks", 75, "day"), ("de", "1 Jahr und 6 Monate", 18, "month"),
     ("en", "1 hour and 30 minutes", 90, "minute")],
)  # fmt: skip
def test_months_with_days_count_in_days(lang: str, text: str, amount: float, unit: str) -> None:
    duration = parse_timeframe(text, lang)
    assert duration is not None and (duration.amount, duration.unit) == (amount, unit)


@pytest.mark.parametrize(
    ("lang", "text", "amounts"),
    [("en", "We call back within 1 hour 30 minutes", [(90, "minute")]),
     ("nl", "Wij beslissen binnen 3 maanden en 10 dagen", [(101, "day")]),
     ("en", "We reply within 2 days, 4 hours for urgent cases", [(2, "day"), (4, "hour")]),
     ("en", "We acknowledge in 2 days and reply in 10 days", [(2, "day"), (10, "day")])],
)  # fmt: skip
def test_a_bound_in_two_units_is_one_bound_in_the_metric(
    lang: str, text: str, amounts: list[tuple[float, str]]
) -> None:
    assert [(d.amount, d.unit) for d in find_durations(text, lang)] == amounts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "soon"),
        ("en", "ASAP"),
        ("en", "as needed"),
        ("en", "promptly"),
        ("en", "immediately"),
        ("en", "20"),
        ("en", "twenty"),
        ("en", "3 tickets"),
        ("en", "20 seconds or so"),
        ("en", "about 20 seconds"),
        ("en", "20 seconds!"),
        ("en", "twice"),
        ("en", "hundred"),
        ("en", ""),
        ("en", "   "),
        ("de", "umgehend"),
        ("de", "baldmöglichst"),
        ("de", "sofort"),
        ("de", "zeitnah"),
        ("de", "20"),
        ("de", "ca. 20 Sekunden"),
        ("nl", "binnenkort"),
        ("nl", "z.s.m."),
        ("nl", "zsm"),
        ("nl", "zo snel mogelijk"),
        ("nl", "20"),
        ("nl", "ongeveer 20 seconden"),
    ],
)
def test_vague_or_incomplete_timeframes_do_not_parse(lang: str, text: str) -> None:
    assert parse_timeframe(text, lang) is None


def test_timeframe_span_covers_the_stripped_text() -> None:
    duration = parse_timeframe("  within 2 hours  ", "en")
    assert duration == Duration(2, "hour", (0, len("within 2 hours")))


# --- ISO 8601 ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("PT20S", 20, "second"),
        ("pt20s", 20, "second"),
        ("PT0,5S", 0.5, "second"),
        ("PT0.5S", 0.5, "second"),
        ("PT5M", 5, "minute"),
        ("PT2H", 2, "hour"),
        ("PT1H30M", 90, "minute"),
        ("PT1H0M30S", 3630, "second"),
        ("P2D", 2, "day"),
        ("P1DT12H", 36, "hour"),
        ("P1W", 1, "week"),
        ("P1W2D", 9, "day"),
        ("P1M", 1, "month"),
        ("P1Y", 1, "year"),
        ("P1Y6M", 18, "month"),
        ("PT0S", 0, "second"),
        pytest.param(
            "PT1.5H",
            1.5,
            "hour",
        ),
        pytest.param(
            "P0.5D",
            0.5,
            "day",
        ),
    ],
)
def test_iso_durations(text: str, amount: float, unit: str) -> None:
    for parse in (parse_iso_duration, lambda t: parse_timeframe(t, "en")):
        duration = parse(text)
        assert duration is not None
        assert (duration.amount, duration.unit) == (amount, unit)
        assert duration.span == (0, len(text))


@pytest.mark.parametrize(
    "text", ["P1M2D", "P1YT1H", "P", "PT", "P1DT", "P2", "PT20", "P1H", "PT1D", "P-1D", ""]
)
def test_iso_durations_that_do_not_parse(text: str) -> None:
    assert parse_iso_duration(text) is None
    assert parse_timeframe(text, "en") is None


def test_iso_needs_the_leading_p() -> None:
    assert parse_iso_duration("20S") is None
    # ... but "20S" still reads as "20 s" in words.
    assert parse_timeframe("20S", "en") == Duration(20, "second", (0, 3))


# --- Duration ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("2 hours", "120 minutes"),
        ("1 hour", "3600 seconds"),
        ("1 hour", "60 minutes"),
        ("1 day", "24 hours"),
        ("1 week", "7 days"),
        ("1 year", "12 months"),
        ("PT1H30M", "90 minutes"),
        ("1 hour 30 minutes", "1.5 hours"),
        ("2 working days", "2 business days"),
        ("4 business hours", "4 office hours"),
        ("half an hour", "30 minutes"),
    ],
)
def test_same_time_bound_in_other_units(first: str, second: str) -> None:
    a, b = parse_timeframe(first, "en"), parse_timeframe(second, "en")
    assert a is not None
    assert b is not None
    assert a.same_as(b)
    assert b.same_as(a)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1 day", "1 working day"),
        ("1 month", "4 weeks"),
        ("1 month", "30 days"),
        ("1 year", "365 days"),
        ("1 working day", "8 business hours"),
        ("1 hour", "1 business hour"),
        ("2 hours", "119 minutes"),
        ("2 working days", "3 working days"),
    ],
)
def test_different_time_bounds(first: str, second: str) -> None:
    a, b = parse_timeframe(first, "en"), parse_timeframe(second, "en")
    assert a is not None
    assert b is not None
    assert not a.same_as(b)
    assert not b.same_as(a)


@pytest.mark.parametrize(
    ("unit", "family", "base_amount"),
    [
        ("second", "calendar", 2),
        ("minute", "calendar", 120),
        ("hour", "calendar", 7200),
        ("day", "calendar", 172800),
        ("week", "calendar", 1209600),
        ("month", "months", 2),
        ("year", "months", 24),
        ("working_day", "working_days", 2),
        ("business_hour", "business_hours", 2),
    ],
)
def test_family_and_base_amount(unit: str, family: str, base_amount: float) -> None:
    duration = Duration(2, unit)
    assert duration.family == family
    assert duration.base_amount == base_amount


@pytest.mark.parametrize(
    ("duration", "text"),
    [
        (Duration(2, "working_day"), "2 working days"),
        (Duration(1, "working_day"), "1 working day"),
        (Duration(1, "hour"), "1 hour"),
        (Duration(1.0, "hour"), "1 hour"),
        (Duration(20.0, "second"), "20 seconds"),
        (Duration(0.5, "hour"), "0.5 hours"),
        (Duration(1.5, "day"), "1.5 days"),
        (Duration(4, "business_hour"), "4 business hours"),
        (Duration(1, "business_hour"), "1 business hour"),
        (Duration(1, "week"), "1 week"),
        (Duration(18, "month"), "18 months"),
        (Duration(1, "year"), "1 year"),
        (Duration(90, "minute"), "90 minutes"),
    ],
)
def test_describe(duration: Duration, text: str) -> None:
    assert duration.describe() == text


@pytest.mark.parametrize(
    ("lang", "text", "described"),
    [
        ("de", "innerhalb von 2 Werktagen", "2 working days"),
        ("nl", "binnen 3 werkdagen", "3 working days"),
        ("de", "eine Stunde", "1 hour"),
        ("nl", "anderhalf uur", "1.5 hours"),
        ("en", "PT1H30M", "90 minutes"),
    ],
)
def test_describe_is_english_for_every_language(lang: str, text: str, described: str) -> None:
    duration = parse_timeframe(text, lang)
    assert duration is not None
    assert duration.describe() == described


def test_duration_as_json() -> None:
    assert Duration(2, "hour").as_json() == {
        "amount": 2,
        "unit": "hour",
        "family": "calendar",
        "base_amount": 7200,
        "relative": None,
        "text": "2 hours",
    }


# --- find_durations ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "80% of calls answered within 20 seconds", [(20, "second", "20 seconds")]),
        ("en", "answered within an hour", [(1, "hour", "an hour")]),
        ("en", "within twenty five seconds", [(25, "second", "twenty five seconds")]),
        (
            "en",
            "answered in 2 minutes and closed in 3 working days",
            [(2, "minute", "2 minutes"), (3, "working_day", "3 working days")],
        ),
        ("en", "calls transferred at most once", []),
        ("en", "a customer called", []),
        ("de", "innerhalb von 5 Minuten abgeschlossen", [(5, "minute", "5 Minuten")]),
        ("de", "innerhalb einer halben Stunde", [(0.5, "hour", "einer halben Stunde")]),
        ("nl", "binnen anderhalf uur beantwoord", [(1.5, "hour", "anderhalf uur")]),
        ("nl", "9 van de 10 klanten binnen 5 minuten", [(5, "minute", "5 minuten")]),
        # a length of time named before "von"/"van" is an amount, not a time of day
        ("de", "eine Reaktionszeit von 2h", [(2, "hour", "2h")]),
        ("nl", "een reactietijd van 4 uur", [(4, "hour", "4 uur")]),
        ("de", "von 8 h bis 17 h besetzt", []),
        ("nl", "open van 8 uur tot 17 uur", []),
        ("nl", "openingstijden van 8 uur tot 17 uur", []),
        ("de", "Öffnungszeiten von 8 h bis 18 h", []),
        # a day of the month: at most a month away (two for the next month's)
        (
            "en",
            "paid by the 15th of the following month",
            [(2, "month", "by the 15th of the following month")],
        ),
        (
            "de",
            "spätestens zum 10. eines Monats",
            [(1, "month", "spätestens zum 10. eines Monats")],
        ),
        ("nl", "vóór de 25ste van elke maand", [(1, "month", "vóór de 25ste van elke maand")]),
        ("en", "on the 32nd of the month", []),
        pytest.param(
            "en",
            "at most thirty a day",
            [(1, "day", "a day")],
        ),
        pytest.param(
            "en",
            "no more than 30 a day",
            [(1, "day", "a day")],
        ),
    ],
)
def test_find_durations(lang: str, text: str, expected: list[tuple[float, str, str]]) -> None:
    found = [(d.amount, d.unit, text[slice(*d.span)]) for d in find_durations(text, lang)]
    assert found == expected


def test_tokenize_keeps_spans() -> None:
    text = "80 % of calls, 2 Std. later"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["80", "%", "of", "calls", ",", "2", "Std.", "later"]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert tokens[6].word == "std"


# --- find_target -------------------------------------------------------------------------

TargetRow = tuple[str, float, float | None, str | None, str]

TARGET_CASES = [
    # percentages
    ("en", "80% of calls answered within 20 seconds", ("percent", 80, None, None, "80%")),
    ("en", "80 % of calls", ("percent", 80, None, None, "80 %")),
    ("en", "99.5% uptime", ("percent", 99.5, None, None, "99.5%")),
    ("en", "90 percent of emails", ("percent", 90, None, None, "90 percent")),
    ("en", "90 per cent of emails", ("percent", 90, None, None, "90 per cent")),
    ("en", "90 pct of emails", ("percent", 90, None, None, "90 pct")),
    ("en", "ninety percent of calls", ("percent", 90, None, None, "ninety percent")),
    ("en", "100% of orders shipped", ("percent", 100, None, None, "100%")),
    ("de", "95 Prozent der Anrufe", ("percent", 95, None, None, "95 Prozent")),
    ("de", "95 % der Anrufe", ("percent", 95, None, None, "95 %")),
    ("de", "99,5 % Verfügbarkeit", ("percent", 99.5, None, None, "99,5 %")),
    ("de", "neunzig Prozent der Anrufe", ("percent", 90, None, None, "neunzig Prozent")),
    ("nl", "95 procent van de gesprekken", ("percent", 95, None, None, "95 procent")),
    ("nl", "90% van de klachten", ("percent", 90, None, None, "90%")),
    ("nl", "99,5 % beschikbaarheid", ("percent", 99.5, None, None, "99,5 %")),
    ("nl", "negentig procent van de gesprekken", ("percent", 90, None, None, "negentig procent")),
    # fractions
    ("en", "9 out of 10 customers", ("fraction", 9, 10, None, "9 out of 10")),
    ("en", "nine out of ten customers", ("fraction", 9, 10, None, "nine out of ten")),
    ("en", "9 of 10 customers", ("fraction", 9, 10, None, "9 of 10")),
    ("en", "9 in 10 customers", ("fraction", 9, 10, None, "9 in 10")),
    ("en", "answer 3 of 4 calls", ("fraction", 3, 4, None, "3 of 4")),
    ("de", "neun von zehn Kunden", ("fraction", 9, 10, None, "neun von zehn")),
    ("de", "9 von 10 Kunden", ("fraction", 9, 10, None, "9 von 10")),
    ("de", "9 aus 10 Kunden", ("fraction", 9, 10, None, "9 aus 10")),
    ("nl", "9 van de 10 klanten", ("fraction", 9, 10, None, "9 van de 10")),
    ("nl", "9 van 10 klanten", ("fraction", 9, 10, None, "9 van 10")),
    ("nl", "negen op de tien klanten", ("fraction", 9, 10, None, "negen op de tien")),
    ("nl", "negen van de tien klanten", ("fraction", 9, 10, None, "negen van de tien")),
    ("nl", "9 op de 10 klanten", ("fraction", 9, 10, None, "9 op de 10")),
    ("nl", "ten minste 4 van de 5", ("fraction", 4, 5, "at least", "ten minste 4 van de 5")),
    # scores
    ("en", "4.5 out of 5", ("score", 4.5, 5, None, "4.5 out of 5")),
    ("en", "at least 4.5 out of 5", ("score", 4.5, 5, "at least", "at least 4.5 out of 5")),
    ("en", "average rating of 4 out of 5", ("score", 4, 5, None, "4 out of 5")),
    ("en", "CSAT of 4 out of 5", ("score", 4, 5, None, "4 out of 5")),
    ("en", "4.5/5 stars", ("score", 4.5, 5, None, "4.5/5")),
    ("en", "9/10 customers", ("score", 9, 10, None, "9/10")),
    (
        "en",
        "average collection satisfaction score of at least 4.5 out of 5",
        ("score", 4.5, 5, "at least", "at least 4.5 out of 5"),
    ),
    ("de", "4,5 von 5", ("score", 4.5, 5, None, "4,5 von 5")),
    (
        "de",
        "mindestens 4,5 von 5 Sternen",
        ("score", 4.5, 5, "at least", "mindestens 4,5 von 5"),
    ),
    ("de", "durchschnittliche Bewertung von 4 von 5", ("score", 4, 5, None, "4 von 5")),
    ("nl", "gemiddeld cijfer van 8 op 10", ("score", 8, 10, None, "8 op 10")),
    ("nl", "tenminste 4,5 uit 5", ("score", 4.5, 5, "at least", "tenminste 4,5 uit 5")),
    # limits
    ("en", "at most once", ("limit", 1, None, "at most", "at most once")),
    ("en", "calls transferred at most once", ("limit", 1, None, "at most", "at most once")),
    ("en", "no more than 2 transfers", ("limit", 2, None, "at most", "no more than 2")),
    ("en", "no more than twice", ("limit", 2, None, "at most", "no more than twice")),
    ("en", "not more than 3 times", ("limit", 3, None, "at most", "not more than 3 times")),
    ("en", "at least 3 follow-ups", ("limit", 3, None, "at least", "at least 3")),
    ("en", "fewer than 5 complaints", ("limit", 5, None, "below", "fewer than 5")),
    ("en", "more than 3 times", ("limit", 3, None, "above", "more than 3 times")),
    ("en", "max 2 transfers", ("limit", 2, None, "at most", "max 2")),
    ("en", "up to 3 attempts", ("limit", 3, None, "at most", "up to 3")),
    ("en", "maximum of 2 transfers", ("limit", 2, None, "at most", "maximum of 2")),
    pytest.param(
        "en",
        "a maximum of 2 transfers",
        ("limit", 2, None, "at most", "a maximum of 2"),
    ),
    pytest.param(
        "en",
        "a minimum of 2 follow-ups",
        ("limit", 2, None, "at least", "a minimum of 2"),
    ),
    ("en", "at least once a day", ("limit", 1, None, "at least", "at least once")),
    ("de", "höchstens einmal", ("limit", 1, None, "at most", "höchstens einmal")),
    ("de", "höchstens ein Mal", ("limit", 1, None, "at most", "höchstens ein Mal")),
    ("de", "mindestens zweimal", ("limit", 2, None, "at least", "mindestens zweimal")),
    ("de", "höchstens 2 Weiterleitungen", ("limit", 2, None, "at most", "höchstens 2")),
    ("de", "nicht mehr als zweimal", ("limit", 2, None, "at most", "nicht mehr als zweimal")),
    (
        "de",
        "Anfragen höchstens einmal an einen anderen Kanal weitergeleitet",
        ("limit", 1, None, "at most", "höchstens einmal"),
    ),
    ("nl", "maximaal één keer", ("limit", 1, None, "at most", "maximaal één keer")),
    ("nl", "maximaal 1 keer", ("limit", 1, None, "at most", "maximaal 1 keer")),
    ("nl", "maximaal eenmaal", ("limit", 1, None, "at most", "maximaal eenmaal")),
    ("nl", "hoogstens twee keer", ("limit", 2, None, "at most", "hoogstens twee keer")),
    (
        "nl",
        "niet meer dan 2 keer doorverbonden",
        ("limit", 2, None, "at most", "niet meer dan 2 keer"),
    ),
    # priority: a percentage wins, wherever it stands
    ("en", "at least 90% of calls answered in 20 seconds", ("percent", 90, None, None, "90%")),
    ("en", "9 out of 10 customers and 80%", ("percent", 80, None, None, "80%")),
    (
        "en",
        "80% of calls answered within 20 seconds, at most once transferred",
        ("percent", 80, None, None, "80%"),
    ),
    # a fraction wins over a limit
    ("en", "at most 2 transfers for 9 out of 10 calls", ("fraction", 9, 10, None, "9 out of 10")),
    # a number before a time unit belongs to the duration, not to the target
    ("en", "6 out of 10 within 5 minutes", ("fraction", 6, 10, None, "6 out of 10")),
    (
        "en",
        "9 out of 10 calls answered within 2 minutes",
        ("fraction", 9, 10, None, "9 out of 10"),
    ),
    pytest.param(
        "en",
        "never more than 2 transfers",
        ("limit", 2, None, "at most", "never more than 2"),
    ),
    pytest.param(
        "en",
        "never more than twice",
        ("limit", 2, None, "at most", "never more than twice"),
    ),
    pytest.param(
        "en",
        "no more than 30 a day",
        ("limit", 30, None, "at most", "no more than 30"),
    ),
    pytest.param(
        "en",
        "one hundred percent of calls",
        ("percent", 100, None, None, "one hundred percent"),
    ),
    pytest.param(
        "de",
        "neun von zehn Bewertungen innerhalb von 24 Stunden beantwortet",
        ("fraction", 9, 10, None, "neun von zehn"),
    ),
    pytest.param(
        "en",
        "9 out of 10 ratings answered within 24 hours",
        ("fraction", 9, 10, None, "9 out of 10"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TARGET_CASES)
def test_find_target(lang: str, text: str, expected: TargetRow) -> None:
    target = find_target(text, lang)
    assert target is not None
    kind, value, scale, comparator, words = expected
    assert (target.kind, target.value, target.scale, target.comparator) == (
        kind,
        value,
        scale,
        comparator,
    )
    assert text[slice(*target.span)] == words


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "within 20 seconds"),
        ("en", "answered within 20 seconds"),
        ("en", "at most 2 hours"),
        ("en", "no more than 3 working days"),
        ("en", "Answer calls as quickly as possible"),
        ("en", "Make the customer happy"),
        ("en", "nine of ten customers"),  # bare "of" only between digits
        ("en", "10 out of 9"),
        ("en", "0 out of 0"),
        ("en", "5 out of 10 minutes"),
        ("en", "answered 1 in 5 minutes"),
        ("en", "the first 3 calls"),
        ("en", ""),
        ("de", "innerhalb von 20 Sekunden"),
        ("de", "Anfragen zeitnah beantworten"),
        ("de", "höchstens 2 Stunden"),
        ("nl", "binnen 20 seconden"),
        ("nl", "Wij helpen u zo snel mogelijk"),
        ("nl", "negen van tien klanten"),  # bare "van" only between digits
        ("nl", "maximaal 3 werkdagen"),
    ],
)
def test_no_target(lang: str, text: str) -> None:
    assert find_target(text, lang) is None


@pytest.mark.parametrize(
    ("target", "share", "described"),
    [
        (Target("percent", 80), 80, "80%"),
        (Target("percent", 99.5), 99.5, "99.5%"),
        (Target("fraction", 9, 10), 90, "9 out of 10"),
        (Target("fraction", 3, 4), 75, "3 out of 4"),
        (Target("fraction", 4, 5, "at least"), 80, "at least 4 out of 5"),
        (Target("score", 4.5, 5), None, "4.5 out of 5"),
        (Target("score", 4.5, 5, "at least"), None, "at least 4.5 out of 5"),
        (Target("limit", 1, None, "at most"), None, "at most 1"),
        (Target("limit", 5, None, "below"), None, "below 5"),
        (Target("limit", 3, None, "above"), None, "above 3"),
    ],
)
def test_target_share_and_describe(target: Target, share: float | None, described: str) -> None:
    assert target.share == share
    assert target.describe() == described


@pytest.mark.parametrize(
    ("lang", "text", "share", "described"),
    [
        ("en", "80% of calls", 80, "80%"),
        ("de", "neun von zehn Kunden", 90, "9 out of 10"),
        ("nl", "9 van de 10 klanten", 90, "9 out of 10"),
        ("de", "mindestens 4,5 von 5 Sternen", None, "at least 4.5 out of 5"),
        ("nl", "maximaal één keer", None, "at most 1"),
    ],
)
def test_found_target_share_and_describe(
    lang: str, text: str, share: float | None, described: str
) -> None:
    target = find_target(text, lang)
    assert target is not None
    assert target.share == share
    assert target.describe() == described


def test_target_as_json() -> None:
    target = find_target("at least 4.5 out of 5", "en")
    assert target is not None
    assert target.as_json() == {
        "kind": "score",
        "value": 4.5,
        "scale": 5,
        "comparator": "at least",
        "share": None,
        "text": "at least 4.5 out of 5",
    }


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [("thirty days (a month)", 30, "day"), ("3 months (90 days)", 3, "month"),
     ("2 weeks (half a month)", 2, "week"), ("60 working days (3 months)", 60, "working_day"),
     ("a 24-hour period", 24, "hour"), ("four clock hours", 4, "hour"),
     ("1 business day (24 hours)", 1, "working_day"),
     ("2 working days (48 hours)", 2, "working_day"),
     ("10 working days (two weeks)", 10, "working_day")],
)  # fmt: skip
def test_a_bound_said_again_in_brackets_in_other_units(text: str, amount: float, unit: str) -> None:
    duration = parse_timeframe(text, "en")
    assert duration is not None and (duration.amount, duration.unit) == (amount, unit)


def test_two_different_bounds_are_no_restatement() -> None:
    assert parse_timeframe("10 days (a month)", "en") is None
    assert parse_timeframe("2 working days (a month)", "en") is None
    assert parse_timeframe("20 working days (2 months)", "en") is None
    assert parse_timeframe("5 days (10 working days)", "en") is None
    assert parse_timeframe("1 working day (72 hours)", "en") is None


@pytest.mark.parametrize(
    ("text", "lang", "amount", "unit"),
    [("1-7 working day/days", "en", 7, "working_day"), ("2 week/weeks", "en", 2, "week"),
     ("3 Werktag/Werktage", "de", 3, "working_day"),
     ("2 werkdag/werkdagen", "nl", 2, "working_day")],
)  # fmt: skip
def test_a_unit_in_singular_and_plural_is_one_unit(
    text: str, lang: str, amount: float, unit: str
) -> None:
    duration = parse_timeframe(text, lang)
    assert duration is not None and (duration.amount, duration.unit) == (amount, unit)


def test_two_units_joined_by_a_slash_are_no_timeframe() -> None:
    assert parse_timeframe("5 days/hours", "en") is None
    assert parse_timeframe("3 days / 5 days", "en") is None


def test_kept_readings_are_lists_of_their_own_and_long_texts_are_read_afresh() -> None:
    from sopkit.quantities import find_durations, find_frequencies
    from sopkit.quantities.kept import _KEPT_CHARS

    metric = "We reply within 2 working days, every month"
    first = find_durations(metric, "en")
    first.clear()  # a caller's change never reaches the next caller
    assert [d.span for d in find_durations(metric, "en")] == [(16, 30)]
    spans = find_frequencies(metric, "en")
    spans.append((0, 1))
    assert find_frequencies(metric, "en") == [(32, 43)]
    long_text = "x " * _KEPT_CHARS + metric  # longer than any metric: never kept
    assert [d.amount for d in find_durations(long_text, "en")] == [2.0]


@pytest.mark.parametrize(
    ("text", "lang", "amount", "unit"),
    [
        ("3½ Jahren", "de", 3.5, "year"),
        ("3 ½ Jahren", "de", 3.5, "year"),
        ("1¼ hours", "en", 1.25, "hour"),
        ("½ uur", "nl", 0.5, "hour"),  # a fraction alone is still half an hour
    ],
)
def test_a_whole_number_and_a_fraction_character_are_one_amount(
    text: str, lang: str, amount: float, unit: str
) -> None:
    # "3 ½ Jahren" was read as half a year: the whole number was dropped
    (duration,) = find_durations(text, lang)
    assert (duration.amount, duration.unit) == (amount, unit)


@pytest.mark.parametrize("lang", ["en", "de", "nl"])
@pytest.mark.parametrize("text", ["binnen 2 dagen en ² uur", "2 Tage ² h", "2 days ① h 30"])
def test_digits_that_are_no_decimal_digits_are_words(text: str, lang: str) -> None:
    """ "²" and "①" count as digits for str.isdigit() but not for float(): after a bound
    they crashed the clock reading. They are words, as no bound is written with them."""
    assert [d.amount for d in find_durations(text, lang)] == [2]
    assert parse_timeframe(text, lang) is None


def test_between_two_bounds_is_a_range_and_two_units_joined_are_a_sum() -> None:
    """ "between 4 days and 30 days" was read as 34 days; "1 day and 4 hours" is 28 hours."""
    assert parse_timeframe("between 4 days and 30 days", "en") == Duration(30, "day", (0, 26))
    assert parse_timeframe("zwischen 2 Tagen und 2 Wochen", "de") == Duration(2, "week", (0, 29))
    assert parse_timeframe("1 day and 4 hours", "en") == Duration(28, "hour", (0, 17))


def test_a_bound_inside_a_longer_one_is_not_read_twice() -> None:
    """ "am 3. auf den Tod folgenden Werktag" is the third working day; "folgenden
    Werktag" inside it is not also the next working day."""
    found = find_durations("spätestens am 3. auf den Tod folgenden Werktag", "de")
    assert [(d.amount, d.unit) for d in found] == [(3, "working_day")]


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("en", "We remind you 1 month before the appointment", "1 month"),
        ("en", "We give 2 days notice before the start of the works", "2 days"),
        ("de", "Die Anmeldung muss 4 Arbeitstage vor dem Abfuhrtermin vorliegen", "4 Arbeitstage"),
        ("de", "Wir melden uns 2 Wochen vor Beginn des Kurses", "2 Wochen"),
        ("nl", "Wij bellen u 2 weken voor aanvang van de cursus", "2 weken"),
    ],
)
def test_an_event_right_after_a_span_is_its_anchor_not_a_second_bound(
    lang: str, text: str, span: str
) -> None:
    """ "1 month before the appointment" read the month and, beside it, a deadline before
    the event; the month is the bound and the event its anchor."""
    assert [text[d.span[0] : d.span[1]] for d in find_durations(text, lang)] == [span]
