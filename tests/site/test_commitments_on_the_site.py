"""Absolute commitments, several bounds and deadlines by the day, as staff read them."""

from __future__ import annotations

import json
from pathlib import Path

from sopkit.config import Settings
from sopkit.lint.examples import example
from sopkit.quantities import english_ordinal
from sopkit.quantities.calendar_days import _DAY_DEADLINE_PATTERNS
from sopkit.site.knowledge_base import load_knowledge_base
from sopkit.site.words import _RELATIVE, bounds_words, duration_words, target_words
from sopkit.standard import parse_standard
from tests.conftest import write_tree


def _sop(path: str, lang: str, metric: str, timeframe: str) -> dict[str, str]:
    return {path: example(lang, metric=json.dumps(metric, ensure_ascii=False),
                          timeframe=json.dumps(timeframe, ensure_ascii=False))}  # fmt: skip


def test_an_absolute_commitment_reads_as_every_case_in_each_language() -> None:
    for lang, metric, timeframe, words in [
        ("en", "We answer letters within 10 working days", "10 working days", "100% (every case)"),
        (
            "de",
            "Wir beantworten alle Briefe innerhalb von 10 Werktagen",
            "10 Werktage",
            "100 % (jeder Fall)",
        ),
        ("nl", "Wij beantwoorden brieven binnen 10 werkdagen", "10 werkdagen", "100% (elk geval)"),
    ]:
        assert target_words(parse_standard(metric, timeframe, lang).target, lang) == words


def test_deadlines_by_the_day_and_rings_read_in_the_sops_language() -> None:
    de = parse_standard("Rückruf am nächsten Werktag", "am nächsten Werktag", "de")
    assert duration_words(de.duration, "de") == "bis zum nächsten Werktag"
    nl = parse_standard("Antwoord op dezelfde dag", "op dezelfde dag", "nl")
    assert duration_words(nl.duration, "nl") == "op dezelfde dag"
    rings = parse_standard("Anrufe nach dem dritten Klingeln angenommen", "3 Klingeln", "de")
    assert duration_words(rings.duration, "de") == "innerhalb von 3 Klingeltönen"


def test_deadlines_on_a_weekday_or_a_period_end_read_in_the_sops_language() -> None:
    nl = parse_standard("Verzending de eerstvolgende maandag", "de eerstvolgende maandag", "nl")
    assert duration_words(nl.duration, "nl") == "uiterlijk de volgende maandag"
    de = parse_standard("Bescheid bis zum Ende des Kalenderjahres", "Ende des Kalenderjahres", "de")
    assert duration_words(de.duration, "de") == "bis zum Jahresende"
    en = parse_standard(
        "Statements sent by the end of the following month", "end of next month", "en"
    )
    assert bounds_words(en, "en") == "by the end of the next month"


def test_a_bound_that_is_no_length_of_time_shows_in_the_metrics_words() -> None:
    """A time of day, a schedule or opening hours have no duration: the card says them as
    the metric does, where it said "—" (and once, for "om 17 uur", "binnen 17 uur")."""
    for lang, metric, timeframe, words in [
        ("nl", "Wij versturen bestellingen uiterlijk om 17 uur", "uiterlijk om 17 uur",
         "uiterlijk om 17 uur"),
        ("en", "We send statements quarterly", "quarterly", "quarterly"),
        ("de", "Die Hotline ist Mo–Fr 8–18 Uhr erreichbar", "Mo–Fr 8–18 Uhr", "8–18 Uhr"),
    ]:  # fmt: skip
        assert bounds_words(parse_standard(metric, timeframe, lang), lang) == words
    assert bounds_words(parse_standard("Staff are friendly", None, "en"), "en") == "—"


def test_the_card_shows_the_bound_the_timeframe_names_not_the_first() -> None:
    """It showed "Op maandag 2 juni", the day with no collection."""
    metric = "Op maandag 2 juni is er geen ophaling; de vervangende ophaaldag is woensdag 4 juni"
    assert bounds_words(parse_standard(metric, "woensdag 4 juni", "nl"), "nl") == (
        "woensdag 4 juni"
    )
    assert bounds_words(parse_standard(metric, "maandag 2 juni", "nl"), "nl") == (
        "Op maandag 2 juni"
    )


def test_a_cut_off_as_timeframe_shows_the_metrics_bound() -> None:
    """A cut-off ("before 4pm") names when orders must come in; the card says when they
    arrive (it said "—"). Dates each year show whole, not only the first."""
    metric = "Orders placed before 4pm are delivered the next working day"
    assert bounds_words(parse_standard(metric, "before 4pm", "en"), "en") == (
        "by the next working day"
    )
    metric = "We issue rates bills not later than 15 January and 15 July every year"
    timeframe = "not later than 15 January and 15 July every year"
    assert bounds_words(parse_standard(metric, timeframe, "en"), "en") == timeframe


def test_school_days_a_plain_weekday_and_the_next_session_read_in_the_sops_language() -> None:
    de = parse_standard("Antwort innerhalb von 5 Schultagen", "5 Schultage", "de")
    assert duration_words(de.duration, "de") == "innerhalb von 5 Schultagen"
    nl = parse_standard("Antwoord binnen 10 schooldagen", "10 schooldagen", "nl")
    assert duration_words(nl.duration, "nl") == "binnen 10 schooldagen"
    en = parse_standard("Shipped by Friday", "by Friday", "en")
    assert duration_words(en.duration, "en") == "by the next Friday"
    session = "in der nächsten Sprechstunde"
    de = parse_standard(f"Rezepte {session}", session, "de")
    assert duration_words(de.duration, "nl") == "tijdens het volgende spreekuur"
    # a school day counts as a working day where bounds are compared and sorted
    en = parse_standard("Reply within 10 school days", "10 school days", "en")
    assert en.duration is not None and en.duration.family == "working_days"


def test_every_deadline_by_the_day_has_words_in_each_language() -> None:
    relatives = {
        words for table in _DAY_DEADLINE_PATTERNS.values() for _, _, _, words in table if words
    }
    assert len(relatives) >= 20
    for relative in relatives:
        named = (  # a day of the month: every day, this month's and the next's
            [relative.format(day=english_ordinal(day), next=following)
             for day in range(1, 32) for following in ("", "next ")]
            if "{day}" in relative else [relative]
        )  # fmt: skip
        for words in named:
            assert set(_RELATIVE[words]) == {"en", "de", "nl"}, words


def test_a_deadline_in_a_month_reads_in_the_sops_language() -> None:
    de = parse_standard(
        "Die Abrechnung erhalten Sie im Januar des Folgejahres", "im Januar des Folgejahres", "de"
    )
    assert duration_words(de.duration, "de") == "im Januar des Folgejahres"
    nl = parse_standard("Verrekening met de factuur van mei", "de factuur van mei", "nl")
    assert duration_words(nl.duration, "nl") == "in mei"
    assert duration_words(nl.duration, "en") == "in May"


def test_a_deadline_on_a_day_of_the_month_reads_in_the_sops_language() -> None:
    de = parse_standard(
        "Die Gutschrift erfolgt bis zum 3. des Folgemonats", "bis zum 3. des Folgemonats", "de"
    )
    assert duration_words(de.duration, "de") == "bis zum 3. des Folgemonats"
    assert de.duration is not None and (de.duration.amount, de.duration.unit) == (2, "month")
    en = parse_standard(
        "Statements are posted before the twenty-second of each month",
        "before the twenty-second of each month", "en",
    )  # fmt: skip
    assert bounds_words(en, "en") == "by the 22nd of the month"
    nl = parse_standard(
        "Wij betalen uiterlijk de 1e van de maand", "uiterlijk de 1e van de maand", "nl"
    )
    assert duration_words(nl.duration, "nl") == "uiterlijk de 1e van de maand"


def test_several_days_of_the_month_read_in_the_sops_language() -> None:
    en = parse_standard(
        "The report is submitted at every 15th and 30th of the month",
        "every 15th and 30th of the month", "en",
    )  # fmt: skip
    assert en.duration is not None and (en.duration.amount, en.duration.unit) == (1, "month")
    assert duration_words(en.duration, "en") == "by the 15th and 30th of the month"
    assert duration_words(en.duration, "de") == "bis zum 15. und 30. des Monats"
    de = parse_standard(
        "Die Abrechnung erfolgt am 1. und 15. jedes Monats", "am 1. und 15. jedes Monats", "de"
    )
    assert duration_words(de.duration, "de") == "bis zum 1. und 15. des Monats"
    nl = parse_standard(
        "Wij betalen op de 1e en 15e van de volgende maand",
        "op de 1e en 15e van de volgende maand",
        "nl",
    )
    assert nl.duration is not None and nl.duration.amount == 2
    assert duration_words(nl.duration, "nl") == "uiterlijk de 1e en 15e van de volgende maand"


def test_a_numbered_working_day_of_the_month_reads_in_the_sops_language() -> None:
    """The 15th working day comes before the 15th: the card says which day is meant."""
    de = parse_standard(
        "Die Lohnzahlung erfolgt spätestens bis zum 15. Bankarbeitstag des Folgemonats",
        "spätestens bis zum 15. Bankarbeitstag des Folgemonats", "de",
    )  # fmt: skip
    assert de.duration is not None and (de.duration.amount, de.duration.unit) == (2, "month")
    assert duration_words(de.duration, "de") == "bis zum 15. Werktag des Folgemonats"
    assert duration_words(de.duration, "en") == "by the 15th working day of the next month"
    nl = parse_standard(
        "Wij betalen op de 5e werkdag van de maand", "op de 5e werkdag van de maand", "nl"
    )
    assert duration_words(nl.duration, "nl") == "uiterlijk de 5e werkdag van de maand"


def test_the_end_of_a_numbered_quarter_reads_in_the_sops_language() -> None:
    de = parse_standard(
        "Die Versammlung erfolgt bis zum Ende des II. Quartals", "bis zum Ende des II. Quartals",
        "de",
    )  # fmt: skip
    assert de.duration is not None and (de.duration.amount, de.duration.unit) == (6, "month")
    assert duration_words(de.duration, "de") == "bis zum Ende des 2. Quartals"
    assert duration_words(de.duration, "en") == "by the end of the 2nd quarter"
    assert duration_words(de.duration, "nl") == "uiterlijk aan het eind van het 2e kwartaal"


def test_the_card_shows_every_commitment_of_the_metric() -> None:
    standard = parse_standard(
        "We acknowledge letters within 3 working days and reply in full within 10",
        "10 working days", "en",
    )  # fmt: skip
    assert bounds_words(standard, "en") == "within 3 working days · within 10 working days"


def test_every_case_and_100_percent_promise_the_same(tmp_path: Path) -> None:
    write_tree(tmp_path / "sop", {
        **_sop("a.md", "en", "We answer calls within 20 seconds", "20 seconds"),
        **_sop("b.md", "en", "100% of calls answered within 20 seconds", "20 seconds"),
    })  # fmt: skip
    kb = load_knowledge_base(Settings(root=tmp_path), tmp_path / "sop")
    assert kb.pages.conflicts == []
    write_tree(
        tmp_path / "sop",
        _sop("c.md", "en", "80% of calls answered within 20 seconds", "20 seconds"),
    )
    kb = load_knowledge_base(Settings(root=tmp_path), tmp_path / "sop")
    assert len(kb.pages.conflicts) == 1
    catalogue = kb.pages.pages()["catalogue.md"]
    assert "100% (every case)" in catalogue and "80%" in catalogue


def test_the_card_html_carries_both_bounds_and_the_share(tmp_path: Path) -> None:
    metric = "We acknowledge letters within 3 working days and reply in full within 10"
    write_tree(tmp_path / "sop", _sop("letters.md", "en", metric, "10 working days"))
    kb = load_knowledge_base(Settings(root=tmp_path), tmp_path / "sop")
    card = kb.pages.card("letters.md")
    assert "within 3 working days · within 10 working days" in card
    assert "100% (every case)" in card


def test_an_event_a_holiday_a_terms_end_and_a_chosen_date_read_in_the_sops_language() -> None:
    """The card names the holiday ("vor Weihnachten" is not "vor dem Feiertag") and says
    the other deadlines set by an event in the reader's language."""
    for lang, metric, timeframe, words in [
        ("de", "Fotobücher liefern wir vor Weihnachten", "vor Weihnachten",
         {"de": "vor Weihnachten", "en": "before Christmas", "nl": "vóór Kerst"}),
        ("nl", "Bestellingen worden vóór Pasen geleverd", "vóór Pasen",
         {"nl": "vóór Pasen", "en": "before Easter"}),
        ("en", "We confirm the interpreter before your appointment", "before your appointment",
         {"en": "before the event", "de": "vor dem Ereignis"}),
        ("de", "Am Ende der Frist erinnern wir Sie an Ihr Pfand", "Am Ende der Frist",
         {"de": "am Ende der Frist", "en": "at the end of the term"}),
        ("nl", "Wij leveren op de datum van uw keuze", "op de datum van uw keuze",
         {"nl": "op de gekozen datum", "en": "on the date you choose", "de": "am Wunschtermin"}),
    ]:  # fmt: skip
        standard = parse_standard(metric, timeframe, lang)
        assert standard.duration is not None, metric
        for reader, said in words.items():
            assert duration_words(standard.duration, reader) == said, (metric, reader)


def test_the_week_after_reads_in_the_sops_language() -> None:
    """It said "within 2 weeks" for "the following week"."""
    for lang, metric, timeframe, words in [
        ("en", "Lights reported are repaired the following week", "the following week",
         "by the end of the next week"),
        ("de", "Im Laufe der nächsten Woche schreiben wir Sie an", "Im Laufe der nächsten Woche",
         "bis Ende der nächsten Woche"),
        ("nl", "U krijgt in de loop van volgende week een brief", "in de loop van volgende week",
         "uiterlijk eind volgende week"),
    ]:  # fmt: skip
        assert bounds_words(parse_standard(metric, timeframe, lang), lang) == words
