"""The standard read from an SOP's metric and timeframe (sopkit.standard)."""

from __future__ import annotations

import pytest

from sopkit.quantities import Duration
from sopkit.standard import Standard, activity_of, parse_standard

#: (kind, value, scale, comparator, words of the metric the target was read from)
TargetRow = tuple[str, float, float | None, str | None, str] | None
#: (amount, unit) of the timeframe
DurationRow = tuple[float, str] | None
#: (amount, unit, words of the metric the duration was read from)
MetricDurationRow = tuple[float, str, str] | None

CASES = [
    # English
    (
        "en",
        "80% of calls answered within 20 seconds",
        "20 seconds",
        ("percent", 80, None, None, "80%"),
        "calls answered",
        (20, "second"),
        (20, "second", "20 seconds"),
    ),
    (
        "en",
        "95% of chats greeted by an agent within 30 seconds",
        "30 seconds",
        ("percent", 95, None, None, "95%"),
        "chats greeted by agent",
        (30, "second"),
        (30, "second", "30 seconds"),
    ),
    (
        "en",
        "9 out of 10 visitors greeted within 30 seconds of entering the store",
        "30 seconds",
        ("fraction", 9, 10, None, "9 out of 10"),
        "visitors greeted entering store",
        (30, "second"),
        (30, "second", "30 seconds"),
    ),
    (
        "en",
        "average collection satisfaction score of at least 4.5 out of 5",
        "5 minutes",
        ("score", 4.5, 5, "at least", "at least 4.5 out of 5"),
        "average collection satisfaction score",
        (5, "minute"),
        None,
    ),
    (
        "en",
        "90% of public complaints answered within 60 minutes during staffed hours",
        "60 minutes",
        ("percent", 90, None, None, "90%"),
        "public complaints answered during staffed hours",
        (60, "minute"),
        (60, "minute", "60 minutes"),
    ),
    (
        "en",
        "Calls transferred at most once",
        "1 hour",
        ("limit", 1, None, "at most", "at most once"),
        "calls transferred",
        (1, "hour"),
        None,
    ),
    (
        "en",
        "no more than 2 transfers per call",
        "within 2 working days",
        ("limit", 2, None, "at most", "no more than 2"),
        "transfers per call",
        (2, "working_day"),
        None,
    ),
    (
        "en",
        "All emails are answered within 2 business days",
        "2 working days",
        ("all", 100, None, None, "2 business days"),
        "emails answered",
        (2, "working_day"),
        (2, "working_day", "2 business days"),
    ),
    (
        "en",
        "at least 90% of the emails answered within one hour",
        "an hour",
        ("percent", 90, None, None, "90%"),
        "emails answered",
        (1, "hour"),
        (1, "hour", "one hour"),
    ),
    (
        "en",
        "ninety percent of calls answered within twenty seconds",
        "PT20S",
        ("percent", 90, None, None, "ninety percent"),
        "calls answered",
        (20, "second"),
        (20, "second", "twenty seconds"),
    ),
    (
        "en",
        "Answer calls as quickly as possible",
        "ASAP",
        None,
        "answer calls as quickly as possible",
        None,
        None,
    ),
    (
        "en",
        "Make the customer happy",
        "soon",
        None,
        "make customer happy",
        None,
        None,
    ),
    # German
    (
        "de",
        "80 % der Anrufe werden innerhalb von 20 Sekunden angenommen",
        "20 Sekunden",
        ("percent", 80, None, None, "80 %"),
        "anrufe angenommen",
        (20, "second"),
        (20, "second", "20 Sekunden"),
    ),
    (
        "de",
        "95 % der Rücknahmen an der Kasse innerhalb von 5 Minuten abgeschlossen",
        "5 Minuten",
        ("percent", 95, None, None, "95 %"),
        "rücknahmen kasse abgeschlossen",
        (5, "minute"),
        (5, "minute", "5 Minuten"),
    ),
    (
        "de",
        "neun von zehn Chat-Transkripten innerhalb von 15 Minuten nach Chatende versendet",
        "15 Minuten",
        ("fraction", 9, 10, None, "neun von zehn"),
        "chat-transkripten chatende versendet",
        (15, "minute"),
        (15, "minute", "15 Minuten"),
    ),
    (
        "de",
        "Anfragen höchstens einmal an einen anderen Kanal weitergeleitet",
        "2 Stunden",
        ("limit", 1, None, "at most", "höchstens einmal"),
        "anfragen einen anderen kanal weitergeleitet",
        (2, "hour"),
        None,
    ),
    (
        "de",
        "mindestens 4,5 von 5 Sternen in der Bewertung",
        "eine Woche",
        ("score", 4.5, 5, "at least", "mindestens 4,5 von 5"),
        "sternen bewertung",
        (1, "week"),
        None,
    ),
    (
        "de",
        "neunzig Prozent der E-Mails innerhalb von zwei Werktagen beantwortet",
        "innerhalb von 2 Werktagen",
        ("percent", 90, None, None, "neunzig Prozent"),
        "e-mails beantwortet",
        (2, "working_day"),
        (2, "working_day", "zwei Werktagen"),
    ),
    (
        "de",
        "Anfragen zeitnah beantworten",
        "umgehend",
        None,
        "anfragen zeitnah beantworten",
        None,
        None,
    ),
    # Dutch
    (
        "nl",
        "80% van de gesprekken wordt binnen 20 seconden aangenomen",
        "20 seconden",
        ("percent", 80, None, None, "80%"),
        "gesprekken aangenomen",
        (20, "second"),
        (20, "second", "20 seconden"),
    ),
    (
        "nl",
        "9 van de 10 klanten binnen 5 minuten geholpen bij de kassa",
        "5 minuten",
        ("fraction", 9, 10, None, "9 van de 10"),
        "klanten geholpen bij kassa",
        (5, "minute"),
        (5, "minute", "5 minuten"),
    ),
    (
        "nl",
        "90% van de openbare klachten binnen 2 uur beantwoord",
        "2 uur",
        ("percent", 90, None, None, "90%"),
        "openbare klachten beantwoord",
        (2, "hour"),
        (2, "hour", "2 uur"),
    ),
    (
        "nl",
        "negen op de tien e-mails binnen een werkdag beantwoord",
        "1 werkdag",
        ("fraction", 9, 10, None, "negen op de tien"),
        "e-mails beantwoord",
        (1, "working_day"),
        (1, "working_day", "een werkdag"),
    ),
    (
        "nl",
        "Klanten worden maximaal één keer doorverbonden",
        "binnen 3 werkdagen",
        ("limit", 1, None, "at most", "maximaal één keer"),
        "klanten doorverbonden",
        (3, "working_day"),
        None,
    ),
    (
        "nl",
        "Wij helpen u zo snel mogelijk",
        "z.s.m.",
        None,
        "wij helpen u zo snel mogelijk",
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("lang", "metric", "timeframe", "target", "activity", "duration", "metric_duration"),
    CASES,
    ids=[f"{case[0]}-{case[1][:40]}" for case in CASES],
)
def test_parse_standard(
    lang: str,
    metric: str,
    timeframe: str,
    target: TargetRow,
    activity: str,
    duration: DurationRow,
    metric_duration: MetricDurationRow,
) -> None:
    standard = parse_standard(metric, timeframe, lang)

    if target is None:
        assert standard.target is None
    else:
        assert standard.target is not None
        kind, value, scale, comparator, words = target
        got = standard.target
        assert (got.kind, got.value, got.scale, got.comparator) == (kind, value, scale, comparator)
        assert metric[slice(*got.span)] == words

    assert standard.activity == activity

    if duration is None:
        assert standard.duration is None
    else:
        assert standard.duration is not None
        assert (standard.duration.amount, standard.duration.unit) == duration

    if metric_duration is None:
        assert standard.metric_duration is None
    else:
        got_duration = standard.metric_duration
        assert got_duration is not None
        assert (got_duration.amount, got_duration.unit, metric[slice(*got_duration.span)]) == (
            metric_duration
        )


@pytest.mark.parametrize(
    ("lang", "metric"),
    [
        ("en", "80% of calls answered within 20 seconds"),
        ("de", "80 % der Anrufe innerhalb von 20 Sekunden angenommen"),
        ("nl", "80% van de gesprekken binnen 20 seconden aangenomen"),
    ],
)
def test_metric_and_timeframe_state_the_same_bound(lang: str, metric: str) -> None:
    timeframe = {"en": "PT20S", "de": "20 Sekunden", "nl": "twintig seconden"}[lang]
    standard = parse_standard(metric, timeframe, lang)
    assert standard.duration is not None
    assert standard.metric_duration is not None
    assert standard.metric_duration.same_as(standard.duration)


def test_metric_bound_that_differs_from_the_timeframe() -> None:
    standard = parse_standard("80% of calls answered within 20 seconds", "30 seconds", "en")
    assert standard.metric_duration == Duration(20, "second", (29, 39))
    assert standard.duration == Duration(30, "second", (0, 10))
    assert not standard.metric_duration.same_as(standard.duration)


def test_first_metric_duration_is_kept() -> None:
    metric = "80% of calls answered in 2 minutes and closed in 3 working days"
    standard = parse_standard(metric, None, "en")
    assert standard.metric_duration is not None
    assert metric[slice(*standard.metric_duration.span)] == "2 minutes"
    assert standard.activity == "calls answered and closed"
    assert standard.duration is None


@pytest.mark.parametrize(
    ("metric", "timeframe"),
    [(None, None), ("", ""), (None, "20 seconds"), ("", "20 seconds")],
)
def test_missing_metric(metric: str | None, timeframe: str | None) -> None:
    standard = parse_standard(metric, timeframe, "en")
    assert standard.target is None
    assert standard.activity == ""
    assert standard.metric_duration is None
    if timeframe:
        assert standard.duration == Duration(20, "second", (0, 10))
    else:
        assert standard.duration is None


def test_unparsable_timeframe_keeps_the_metric() -> None:
    standard = parse_standard("80% of calls answered within 20 seconds", "ASAP", "en")
    assert standard.duration is None
    assert standard.target is not None
    assert standard.target.value == 80
    assert standard.activity == "calls answered"


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("en", "80% of calls answered within 20 seconds", "90% of all calls answered in 2 minutes"),
        ("en", "9 out of 10 calls answered within 20 seconds", "95% of the calls answered"),
        (
            "de",
            "80 % der Anrufe innerhalb von 20 Sekunden angenommen",
            "neun von zehn Anrufe angenommen",
        ),
        (
            "nl",
            "80% van de gesprekken binnen 20 seconden aangenomen",
            "9 van de 10 gesprekken aangenomen",
        ),
    ],
)
def test_same_activity_whatever_the_target_and_bound(lang: str, a: str, b: str) -> None:
    assert parse_standard(a, None, lang).activity == parse_standard(b, None, lang).activity


@pytest.mark.parametrize(
    ("metric", "spans", "activity"),
    [
        ("80% of calls answered within 20 seconds", [(0, 3), (29, 39)], "calls answered"),
        ("80% of calls answered within 20 seconds", [(29, 39), (0, 3)], "calls answered"),
        ("Calls Answered", [], "calls answered"),
        ("the 3 calls", [], "calls"),
        ("calls, e-mails and chats", [], "calls e-mails and chats"),
        ("80% of calls", [(0, 3), (0, 2)], "calls"),
    ],
)
def test_activity_of(metric: str, spans: list[tuple[int, int]], activity: str) -> None:
    assert activity_of(metric, spans) == activity


def test_describe_and_as_json() -> None:
    standard = parse_standard("80% of calls answered within 20 seconds", "20 seconds", "en")
    assert standard.describe() == "80% · calls answered · within 20 seconds"
    assert standard.as_json() == {
        "target": {
            "kind": "percent",
            "value": 80,
            "scale": None,
            "comparator": None,
            "share": 80,
            "text": "80%",
        },
        "activity": "calls answered",
        "duration": {
            "amount": 20,
            "unit": "second",
            "family": "calendar",
            "base_amount": 20,
            "relative": None,
            "text": "20 seconds",
        },
    }


@pytest.mark.parametrize(
    ("lang", "metric", "timeframe", "described"),
    [
        (
            "en",
            "Answer calls as quickly as possible",
            "ASAP",
            "no target · answer calls as quickly as possible",
        ),
        ("en", None, None, "no target"),
        (
            "de",
            "Anfragen höchstens einmal an einen anderen Kanal weitergeleitet",
            "2 Stunden",
            "at most 1 · anfragen einen anderen kanal weitergeleitet · within 2 hours",
        ),
        (
            "nl",
            "9 van de 10 klanten binnen 5 minuten geholpen bij de kassa",
            "5 minuten",
            "9 out of 10 · klanten geholpen bij kassa · within 5 minutes",
        ),
        (
            "de",
            "mindestens 4,5 von 5 Sternen in der Bewertung",
            "innerhalb von 2 Werktagen",
            "at least 4.5 out of 5 · sternen bewertung · within 2 working days",
        ),
    ],
)
def test_describe(lang: str, metric: str | None, timeframe: str | None, described: str) -> None:
    assert parse_standard(metric, timeframe, lang).describe() == described


def test_standard_is_frozen() -> None:
    standard = Standard(None, "calls answered", None, None)
    with pytest.raises(AttributeError):
        standard.activity = "other"  # type: ignore[misc]
