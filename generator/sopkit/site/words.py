"""What staff read on the site, in the SOP's language: labels, units, touchpoints."""

from __future__ import annotations

import re

from sopkit.quantities import MONTH_NAMES, WEEKDAYS, Duration, Target, english_ordinal
from sopkit.standard import Standard

LABELS: dict[str, dict[str, str]] = {
    "en": {"target": "Target", "timeframe": "Timeframe", "touchpoint": "Touchpoint",
           "owner": "Owner", "language": "Language", "conflict": "Differs from"},
    "de": {"target": "Ziel", "timeframe": "Frist", "touchpoint": "Kontaktweg",
           "owner": "Verantwortlich", "language": "Sprache", "conflict": "Weicht ab von"},
    "nl": {"target": "Doel", "timeframe": "Termijn", "touchpoint": "Kanaal",
           "owner": "Eigenaar", "language": "Taal", "conflict": "Wijkt af van"},
}  # fmt: skip

LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "en": {"en": "English", "de": "German", "nl": "Dutch"},
    "de": {"en": "Englisch", "de": "Deutsch", "nl": "Niederländisch"},
    "nl": {"en": "Engels", "de": "Duits", "nl": "Nederlands"},
}

ICONS: dict[str, str] = {
    "phone": "📞", "email": "📧", "chat": "💬", "in-person": "🏬", "social": "📣",
    "letter": "✉️",
}  # fmt: skip
DEFAULT_ICON = "📌"

TOUCHPOINT_NAMES: dict[str, dict[str, str]] = {
    "en": {"phone": "Phone", "email": "Email", "chat": "Chat", "in-person": "In person",
           "social": "Social media", "letter": "Letter"},
    "de": {"phone": "Telefon", "email": "E-Mail", "chat": "Chat", "in-person": "Vor Ort",
           "social": "Soziale Medien", "letter": "Brief"},
    "nl": {"phone": "Telefoon", "email": "E-mail", "chat": "Chat", "in-person": "Aan de balie",
           "social": "Sociale media", "letter": "Brief"},
}  # fmt: skip

_UNITS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {},
    "de": {"second": ("Sekunde", "Sekunden"), "minute": ("Minute", "Minuten"),
           "hour": ("Stunde", "Stunden"), "day": ("Tag", "Tage"), "week": ("Woche", "Wochen"),
           "month": ("Monat", "Monate"), "year": ("Jahr", "Jahre"),
           "business_hour": ("Geschäftsstunde", "Geschäftsstunden"),
           "working_day": ("Werktag", "Werktage"),
           "working_week": ("Arbeitswoche", "Arbeitswochen"),
           "school_day": ("Schultag", "Schultage"),
           "ring": ("Klingelton", "Klingeltönen")},
    "nl": {"second": ("seconde", "seconden"), "minute": ("minuut", "minuten"),
           "hour": ("uur", "uur"), "day": ("dag", "dagen"), "week": ("week", "weken"),
           "month": ("maand", "maanden"), "year": ("jaar", "jaar"),
           "business_hour": ("werkuur", "werkuren"), "working_day": ("werkdag", "werkdagen"),
           "working_week": ("werkweek", "werkweken"), "ring": ("belsignaal", "belsignalen"),
           "school_day": ("schooldag", "schooldagen")},
}  # fmt: skip
_WITHIN = {"en": "within {}", "de": "innerhalb von {}", "nl": "binnen {}"}
#: Deadlines by the day (Duration.relative), in each language.
_RELATIVE: dict[str, dict[str, str]] = {
    "same day": {"en": "same day", "de": "am selben Tag", "nl": "op dezelfde dag"},
    "same working day": {"en": "same working day", "de": "am selben Werktag",
                         "nl": "op dezelfde werkdag"},
    "next working day": {"en": "by the next working day", "de": "bis zum nächsten Werktag",
                         "nl": "uiterlijk de volgende werkdag"},
    "next day": {"en": "by the next day", "de": "bis zum nächsten Tag",
                 "nl": "uiterlijk de volgende dag"},
    "end of the week": {"en": "by the end of the week", "de": "bis Ende der Woche",
                        "nl": "uiterlijk eind van de week"},
    "end of the next week": {"en": "by the end of the next week",
                             "de": "bis Ende der nächsten Woche",
                             "nl": "uiterlijk eind volgende week"},
    "day before": {"en": "on the day before", "de": "am Vortag", "nl": "de dag ervoor"},
    "working day before": {"en": "on the working day before", "de": "am Werktag davor",
                           "nl": "de werkdag ervoor"},
    "evening before": {"en": "on the evening before", "de": "am Vorabend",
                       "nl": "de avond ervoor"},
    "last day": {"en": "on the last day", "de": "am letzten Tag", "nl": "op de laatste dag"},
    "on the spot": {"en": "on the spot", "de": "sofort vor Ort", "nl": "direct ter plekke"},
    "at once": {"en": "at once", "de": "sofort", "nl": "direct"},
    "at the same time": {"en": "at the same time", "de": "gleichzeitig", "nl": "tegelijk"},
    "next collection": {"en": "at the next collection", "de": "bei der nächsten Abholung",
                        "nl": "bij de volgende ophaling"},
    "next meeting": {"en": "at the next meeting", "de": "in der nächsten Sitzung",
                     "nl": "in de volgende vergadering"},
    "next opening hours": {"en": "in the next opening hours", "de": "in der nächsten Sprechstunde",
                           "nl": "tijdens het volgende spreekuur"},
    "before the event": {"en": "before the event", "de": "vor dem Ereignis",
                         "nl": "vóór de gebeurtenis"},
    "before Christmas": {"en": "before Christmas", "de": "vor Weihnachten", "nl": "vóór Kerst"},
    "before Christmas Eve": {"en": "before Christmas Eve", "de": "vor Heiligabend",
                             "nl": "vóór kerstavond"},
    "before Easter": {"en": "before Easter", "de": "vor Ostern", "nl": "vóór Pasen"},
    "before New Year's Eve": {"en": "before New Year's Eve", "de": "vor Silvester",
                              "nl": "vóór oudejaarsavond"},
    "before Sinterklaas": {"en": "before Sinterklaas", "de": "vor Sinterklaas",
                           "nl": "vóór Sinterklaas"},
    "end of the term": {"en": "at the end of the term", "de": "am Ende der Frist",
                        "nl": "aan het einde van de termijn"},
    "due date": {"en": "on the due date", "de": "zum Fälligkeitstermin", "nl": "op de vervaldag"},
    "chosen date": {"en": "on the date you choose", "de": "am Wunschtermin",
                    "nl": "op de gekozen datum"},
    "month of the event": {"en": "in the month of the event", "de": "im Monat des Ereignisses",
                           "nl": "in de maand van de gebeurtenis"},
    "next bill": {"en": "with the next bill", "de": "mit der nächsten Abrechnung",
                  "nl": "bij de volgende afrekening"},
}  # fmt: skip
_PERIOD_NAMES = {
    "month": ("Monatsende", "Ende des Folgemonats", "de maand", "de volgende maand"),
    "quarter": ("Quartalsende", "Ende des Folgequartals", "het kwartaal", "het volgende kwartaal"),
    "year": ("Jahresende", "Ende des Folgejahres", "het jaar", "het volgende jaar"),
    "school term": (
        "Trimesterende",
        "Ende des Folgetrimesters",
        "de lesperiode",
        "de volgende lesperiode",
    ),
    "semester": (
        "Semesterende",
        "Ende des Folgesemesters",
        "het semester",
        "het volgende semester",
    ),
}


def _calendar_relatives() -> dict[str, dict[str, str]]:
    """Deadlines on a weekday, in a month, on a day of the month or at a period's end."""
    words = {
        f"next {english}": {"en": f"by the next {english}", "de": f"bis zum nächsten {german}",
                            "nl": f"uiterlijk de volgende {dutch}"}
        for english, german, dutch in WEEKDAYS
    }  # fmt: skip
    for english, german, dutch in WEEKDAYS:
        words[f"{english} of the same week"] = {
            "en": f"by {english} of the same week", "de": f"bis {german} derselben Woche",
            "nl": f"uiterlijk {dutch} van dezelfde week",
        }  # fmt: skip
        words[f"{english} of the next week"] = {
            "en": f"by {english} of the next week", "de": f"bis {german} der nächsten Woche",
            "nl": f"uiterlijk {dutch} van de volgende week",
        }  # fmt: skip
    for english, german, dutch in WEEKDAYS:
        words[f"{english} before"] = {
            "en": f"on the {english} before", "de": f"am {german} davor",
            "nl": f"op de {dutch} ervoor",
        }  # fmt: skip
        words[f"{english} after"] = {
            "en": f"on the {english} after", "de": f"am {german} danach",
            "nl": f"op de {dutch} erna",
        }  # fmt: skip
    for english, german, dutch in MONTH_NAMES:
        words[f"in {english}"] = {"en": f"in {english}", "de": f"im {german}",
                                  "nl": f"in {dutch}"}  # fmt: skip
        words[f"end of {english}"] = {"en": f"by the end of {english}", "de": f"bis Ende {german}",
                                      "nl": f"uiterlijk eind {dutch}"}  # fmt: skip
        words[f"in {english} of the next year"] = {
            "en": f"in {english} of the next year", "de": f"im {german} des Folgejahres",
            "nl": f"in {dutch} van het volgende jaar",
        }  # fmt: skip
    for day in range(1, 32):
        nth = english_ordinal(day)
        words[f"the {nth} of the month"] = {
            "en": f"by the {nth} of the month", "de": f"bis zum {day}. des Monats",
            "nl": f"uiterlijk de {day}e van de maand",
        }  # fmt: skip
        words[f"the {nth} of the next month"] = {
            "en": f"by the {nth} of the next month", "de": f"bis zum {day}. des Folgemonats",
            "nl": f"uiterlijk de {day}e van de volgende maand",
        }  # fmt: skip
    for number in range(1, 5):  # "by the end of the 2nd quarter"
        nth = english_ordinal(number)
        words[f"end of the {nth} quarter"] = {
            "en": f"by the end of the {nth} quarter", "de": f"bis zum Ende des {number}. Quartals",
            "nl": f"uiterlijk aan het eind van het {number}e kwartaal",
        }  # fmt: skip
    for period, (de_this, de_next, nl_this, nl_next) in _PERIOD_NAMES.items():
        words[f"end of the {period}"] = {
            "en": f"by the end of the {period}", "de": f"bis zum {de_this}",
            "nl": f"uiterlijk aan het eind van {nl_this}",
        }  # fmt: skip
        words[f"end of the next {period}"] = {
            "en": f"by the end of the next {period}", "de": f"bis zum {de_next}",
            "nl": f"uiterlijk aan het eind van {nl_next}",
        }  # fmt: skip
        words[f"start of the next {period}"] = {
            "en": f"at the start of the next {period}", "de": f"zu Beginn {_NEXT_START[period][0]}",
            "nl": f"aan het begin van {_NEXT_START[period][1]}",
        }  # fmt: skip
        german, dutch = _AFTER_NEXT[period]
        words[f"end of the {period} after next"] = {
            "en": f"by the end of the {period} after next", "de": f"bis zum Ende des {german}",
            "nl": f"uiterlijk aan het eind van {dutch}",
        }  # fmt: skip
    return words


#: The next period: "zu Beginn des nächsten Monats", "aan het begin van de volgende maand".
_NEXT_START = {
    "month": ("des nächsten Monats", "de volgende maand"),
    "quarter": ("des nächsten Quartals", "het volgende kwartaal"),
    "year": ("des nächsten Jahres", "het volgende jaar"),
    "semester": ("des nächsten Semesters", "het volgende semester"),
    "school term": ("des nächsten Trimesters", "de volgende lesperiode"),
}
#: The period after next: "Ende des übernächsten Monats", "de tweede maand hierna".
_AFTER_NEXT = {
    "month": ("übernächsten Monats", "de tweede maand hierna"),
    "quarter": ("übernächsten Quartals", "het tweede kwartaal hierna"),
    "year": ("übernächsten Jahres", "het tweede jaar hierna"),
    "semester": ("übernächsten Semesters", "het tweede semester hierna"),
    "school term": ("übernächsten Trimesters", "de tweede lesperiode hierna"),
}


_RELATIVE.update(_calendar_relatives())
#: Several days of each month (``_month_day`` in :mod:`sopkit.quantities.calendar_days`
#: names them all): "the 15th and 30th of the month", "the 5th working day of the next
#: month".
_MONTH_DAYS = re.compile(
    r"the ((?:\d{1,2}(?:st|nd|rd|th) and )*\d{1,2}(?:st|nd|rd|th))( working day)? of the "
    r"(next )?month"
)


def _relative_words(relative: str | None) -> dict[str, str] | None:
    """The words of a deadline by the day in each language, or None (not one)."""
    if relative is None:
        return None
    if relative in _RELATIVE:
        return _RELATIVE[relative]
    days = _MONTH_DAYS.fullmatch(relative)
    if days is None:
        return None
    numbers = [int(re.sub(r"\D", "", day)) for day in days.group(1).split(" and ")]
    german = " und ".join(f"{day}." for day in numbers)
    dutch = " en ".join(f"{day}e" for day in numbers)
    if days.group(2):
        german, dutch = f"{german} Werktag", f"{dutch} werkdag"
    if days.group(3):
        return {"en": f"by {relative}", "de": f"bis zum {german} des Folgemonats",
                "nl": f"uiterlijk de {dutch} van de volgende maand"}  # fmt: skip
    return {"en": f"by {relative}", "de": f"bis zum {german} des Monats",
            "nl": f"uiterlijk de {dutch} van de maand"}  # fmt: skip


#: An absolute commitment (a bound with no share) holds for every case.
_EVERY_CASE = {"en": "100% (every case)", "de": "100 % (jeder Fall)", "nl": "100% (elk geval)"}
_ON_AVERAGE = {"en": "on average", "de": "im Durchschnitt", "nl": "gemiddeld"}
_COMPARATORS = {
    "de": {"at most": "höchstens", "at least": "mindestens", "below": "unter", "above": "über"},
    "nl": {"at most": "maximaal", "at least": "minimaal", "below": "onder", "above": "boven"},
}
_OUT_OF = {"en": "out of", "de": "von", "nl": "van de"}


def _number(value: float, lang: str) -> str:
    text = str(int(value)) if float(value).is_integer() else str(value)
    return text.replace(".", ",") if lang in ("de", "nl") else text


def duration_words(duration: Duration | None, lang: str) -> str:
    """ "within 20 seconds", "innerhalb von 2 Werktagen"... ("—" when unknown)."""
    if duration is None:
        return "—"
    relative = _relative_words(duration.relative)
    if relative is not None:
        return relative[lang]
    if lang == "en" or duration.unit not in _UNITS[lang]:
        return _WITHIN["en"].format(duration.describe())
    singular, plural = _UNITS[lang][duration.unit]
    amount = _number(duration.amount, lang)
    unit = singular if duration.amount == 1 else plural
    if (
        lang == "de"
        and duration.unit in ("day", "working_day", "school_day")
        and (duration.amount != 1)
    ):
        unit += "n"  # dative plural after "innerhalb von": Tagen, Werktagen
    return _WITHIN[lang].format(f"{amount} {unit}")


def duration_amount(duration: Duration, lang: str) -> str:
    """A duration without "within": "2 working days", "2 Werktage", "2 werkdagen"."""
    relative = _relative_words(duration.relative)
    if relative is not None:
        return relative[lang]
    if lang == "en" or duration.unit not in _UNITS[lang]:
        return duration.describe()
    singular, plural = _UNITS[lang][duration.unit]
    unit = singular if duration.amount == 1 else plural
    return f"{_number(duration.amount, lang)} {unit}"


def bounds_words(standard: Standard, lang: str) -> str:
    """The standard's time bounds: the timeframe, or every commitment of a metric that
    makes several ("within 3 working days · within 10 working days"), or a bound that is
    no length of time (a time of day, a schedule, opening hours) as the metric says it."""
    bounds = list(standard.metric_durations)
    distinct = [d for i, d in enumerate(bounds) if not any(d.same_as(e) for e in bounds[:i])]
    if len(distinct) > 1:
        return " · ".join(duration_words(d, lang) for d in distinct)
    if standard.duration is None:
        # a bound that is no length of time, in the metric's own words: "uiterlijk om 17
        # uur", "quarterly", "8–18 Uhr" tell staff more than a dash
        in_words = (
            standard.timeframe_names,  # the one the timeframe names, when it names one
            standard.stated_deadline, standard.frequency, standard.availability,
        )  # fmt: skip
        for bound in in_words:
            if bound:
                return bound
        if distinct:  # the timeframe names the cut-off ("before 4pm"): the metric's bound
            return duration_words(distinct[0], lang)
    return duration_words(standard.duration, lang)


def target_words(target: Target | None, lang: str) -> str:
    """ "80%", "9 von 10", "maximaal 1"... ("—" when unknown)."""
    if target is None:
        return "—"
    if target.kind == "all":
        return _EVERY_CASE[lang]
    if target.kind == "average":
        return _ON_AVERAGE[lang]
    if target.kind == "percent":
        return (
            f"{_number(target.value, lang)} %"
            if lang == "de"
            else f"{_number(target.value, lang)}%"
        )
    text = _number(target.value, lang)
    if target.scale is not None:
        text = f"{text} {_OUT_OF[lang]} {_number(target.scale, lang)}"
    if target.comparator:
        comparator = _COMPARATORS.get(lang, {}).get(target.comparator, target.comparator)
        text = f"{comparator} {text}"
    return text


def percent_words(share: float, lang: str) -> str:
    """A whole percentage as the language writes it: "75%", "75 %" (German), "75%"."""
    number = f"{share:.0f}"
    return f"{number} %" if lang == "de" else f"{number}%"


def touchpoint_label(touchpoint: str, lang: str = "en") -> str:
    """The touchpoint as staff call it; configured extra touchpoints are capitalised."""
    return (
        TOUCHPOINT_NAMES.get(lang, {}).get(touchpoint) or touchpoint.replace("-", " ").capitalize()
    )


def icon(touchpoint: str) -> str:
    """The touchpoint's icon."""
    return ICONS.get(touchpoint, DEFAULT_ICON)


#: The languages sopkit writes its own words in; a site or page of another language
#: gets English ones.
LANGUAGES = ("en", "de", "nl")


def language_of(code: object) -> str:
    """``en``, ``de`` or ``nl`` for a language code ("de-CH" -> "de"; others -> "en")."""
    prefix = str(code or "").lower().replace("_", "-").split("-")[0]
    return prefix if prefix in LANGUAGES else "en"


#: Every other word sopkit writes on a page: SOP pages use the SOP's language,
#: generated pages the site's (``theme.language``). ``{}`` fields are filled by :func:`ui`.
UI: dict[str, dict[str, str]] = {
    "en": {
        "varies": "Varies by location", "standard_is": "standard: {}",
        "local_title": "{}: local differences from the standard",
        "standard_all": "The standard for all locations",
        "f_timeframe": "Timeframe", "f_metric": "Metric", "f_owner": "Owner",
        "f_title": "Title", "f_lang": "Language", "f_step": "Step {}",
        "f_added_after": "Added after step {}", "f_added_first": "Added first",
        "f_section": "Local section", "not_here": "does not apply here",
        "local_instructions": "local instructions", "local_steps": "local steps",
        "more_conflicts": "{} more on the conflicts page",
        "older_changes": "{} older changes",
        "oldest_in_git": "{} older still, in the repository's git history only",
        "your_location": "Your location", "all_locations": "All locations",
        "filter_location": "Filter by location", "filter_touchpoint": "Filter by touchpoint",
        "all_touchpoints": "All touchpoints", "local_flag": "local",
        "only_at": "Only at", "not_at": "Does not apply at {}",
        "none_here": "No matching documents at this location or touchpoint",
        "details": "Details",
        # generated pages
        "catalogue": "Catalogue of standards",
        "catalogue_intro": "{n} standards. Select a column heading to sort. Timeframes are "
                           "also shown in one unit, minutes, so that rows compare (working "
                           "days count {h} business hours).",
        "c_touchpoint": "Touchpoint", "c_standard": "Standard", "c_target": "Target",
        "c_timeframe": "Timeframe", "c_minutes": "Minutes", "c_owner": "Owner",
        "c_lang": "Lang", "c_local": "Local differences", "c_standards": "Standards",
        "c_languages": "Languages", "c_location": "Location",
        "c_last": "Last review", "c_next": "Next review", "c_status": "Status",
        "touchpoints": "Touchpoints", "owners": "Owners", "locations": "Locations",
        "touchpoint_intro": "{n} standards for this touchpoint.",
        "owner_intro": "{n} standards owned by {owner}.",
        "touchpoint_intro_one": "1 standard for this touchpoint.",
        "by_touchpoint_one": "1 standard by touchpoint",
        "catalogue_intro_one": "1 standard. Its timeframe is also shown in minutes (working "
                               "days count {h} business hours).",
        "owner_intro_one": "1 standard owned by {owner}.",
        "conflicts_some_one": "1 activity has standards that differ in target or timeframe:",
        "by_touchpoint": "{n} standards by touchpoint",
        "within_review": "**{share}** of the standards are within their review date "
                         "([reviews due]({href})).",
        "all_in_one": "All standards in one table", "what_changed": "What changed",
        "n_conflicts": "{n} conflicting standards",
        "search_label": "Search the standards", "search_button": "Search",
        "your_deviations": "Local differences at {name}",
        "your_changes": "Changes for {name} in the last {days} days",
        "no_deviations": "This location follows every standard as written.",
        "not_found": "404: page not found",
        "not_found_help": "This page is not in the knowledge base (any more). Search above, or "
                          "start from the {home}.",
        "home_page": "home page",
        "no_changes": "No material changes.",
        "change_location": "Pick your location in the header to see its differences.",
        "conflicts": "Conflicting standards",
        "conflicts_intro": "Standards on the same touchpoint that measure the same activity "
                           "should promise the same.",
        "conflicts_some": "{n} activities have standards that differ in target or timeframe:",
        "conflicts_none": "No conflicts: every activity has one standard per touchpoint.",
        "changes": "Change log",
        "changes_intro": "What changed in which standard.",
        "changes_intro_fm": "What changed in which standard (from the `changes:` lists in "
                            "the SOPs).",
        "changes_marks": "Material changes (target, timeframe, steps, owner) are marked "
                         "**●**; the others are wording.",
        "subscribe": "Subscribe to material changes (Atom feed)",
        "latest_of": "the {shown} latest of {total} changes", "no_changes_yet":
        "No changes recorded yet.", "feed_of": "{} feed",
        "feed_title": "changes to standards", "feed_title_for": "changes for {}",
        "reviews": "Reviews due",
        "reviews_intro": "{current} of {total} standards ({share}) are within their review "
                         "date (today is {today} in {tz}). Each owner reviews their standards "
                         "and records the date in `review: {{last: ...}}`.",
        "s_ok": "current", "s_due-soon": "due soon", "s_overdue": "review overdue",
        "s_lapsed": "review overdue (past the grace period)", "s_unknown": "no review date",
        "s_future": "review date after today",
        "opening_hours": "Opening hours", "phone": "Phone", "email": "Email",
        "local_differences_n": "Local differences ({})",
        "all_here_n": "All standards here ({})",
    },
    "de": {
        "varies": "Je nach Standort verschieden", "standard_is": "Standard: {}",
        "local_title": "{}: lokale Abweichungen vom Standard",
        "standard_all": "Der Standard für alle Standorte",
        "f_timeframe": "Frist", "f_metric": "Kennzahl", "f_owner": "Verantwortlich",
        "f_title": "Titel", "f_lang": "Sprache", "f_step": "Schritt {}",
        "f_added_after": "Neu nach Schritt {}", "f_added_first": "Neu am Anfang",
        "f_section": "Lokaler Abschnitt", "not_here": "gilt hier nicht",
        "local_instructions": "lokale Anweisungen", "local_steps": "lokale Schritte",
        "more_conflicts": "{} weitere auf der Seite der Widersprüche",
        "older_changes": "{} ältere Änderungen",
        "oldest_in_git": "{} noch ältere, nur in der Git-Historie des Repositorys",
        "your_location": "Ihr Standort", "all_locations": "Alle Standorte",
        "filter_location": "Nach Standort filtern", "filter_touchpoint": "Nach Kontaktweg filtern",
        "all_touchpoints": "Alle Kontaktwege", "local_flag": "lokal",
        "only_at": "Nur in", "not_at": "Gilt nicht in {}",
        "none_here": "Keine Treffer für diesen Standort oder Kontaktweg",
        "details": "Details",
        "catalogue": "Katalog der Standards",
        "catalogue_intro": "{n} Standards. Eine Spaltenüberschrift wählen, um zu sortieren. "
                           "Fristen stehen auch in einer Einheit, Minuten, damit sich Zeilen "
                           "vergleichen lassen (ein Werktag zählt {h} Geschäftsstunden).",
        "c_touchpoint": "Kontaktweg", "c_standard": "Standard", "c_target": "Ziel",
        "c_timeframe": "Frist", "c_minutes": "Minuten", "c_owner": "Verantwortlich",
        "c_lang": "Sprache", "c_local": "Lokale Abweichungen", "c_standards": "Standards",
        "c_languages": "Sprachen", "c_location": "Standort",
        "c_last": "Letzte Prüfung", "c_next": "Nächste Prüfung", "c_status": "Status",
        "touchpoints": "Kontaktwege", "owners": "Verantwortliche", "locations": "Standorte",
        "touchpoint_intro": "{n} Standards für diesen Kontaktweg.",
        "owner_intro": "{n} Standards in der Verantwortung von {owner}.",
        "touchpoint_intro_one": "1 Standard für diesen Kontaktweg.",
        "by_touchpoint_one": "1 Standard nach Kontaktweg",
        "catalogue_intro_one": "1 Standard. Seine Frist steht auch in Minuten (ein Werktag "
                               "zählt {h} Geschäftsstunden).",
        "owner_intro_one": "1 Standard in der Verantwortung von {owner}.",
        "conflicts_some_one": "1 Tätigkeit hat Standards mit verschiedenem Ziel oder "
                              "verschiedener Frist:",
        "by_touchpoint": "{n} Standards nach Kontaktweg",
        "within_review": "**{share}** der Standards sind innerhalb ihres Prüfdatums "
                         "([fällige Prüfungen]({href})).",
        "all_in_one": "Alle Standards in einer Tabelle", "what_changed": "Was sich geändert hat",
        "n_conflicts": "{n} widersprüchliche Standards",
        "search_label": "Standards durchsuchen", "search_button": "Suchen",
        "your_deviations": "Lokale Abweichungen in {name}",
        "your_changes": "Änderungen für {name} in den letzten {days} Tagen",
        "no_deviations": "Dieser Standort folgt jedem Standard wie geschrieben.",
        "not_found": "404: Seite nicht gefunden",
        "not_found_help": "Diese Seite gibt es in der Wissensdatenbank (nicht mehr). Suchen Sie "
                          "oben, oder beginnen Sie auf der {home}.",
        "home_page": "Startseite",
        "no_changes": "Keine wesentlichen Änderungen.",
        "change_location": "Wählen Sie oben Ihren Standort, um seine Abweichungen zu sehen.",
        "conflicts": "Widersprüchliche Standards",
        "conflicts_intro": "Standards desselben Kontaktwegs, die dieselbe Tätigkeit messen, "
                           "sollten dasselbe versprechen.",
        "conflicts_some": "{n} Tätigkeiten haben Standards mit verschiedenem Ziel oder "
                          "verschiedener Frist:",
        "conflicts_none": "Keine Widersprüche: jede Tätigkeit hat einen Standard je Kontaktweg.",
        "changes": "Änderungsprotokoll",
        "changes_intro": "Was sich in welchem Standard geändert hat.",
        "changes_intro_fm": "Was sich in welchem Standard geändert hat (aus den "
                            "`changes:`-Listen der SOPs).",
        "changes_marks": "Wesentliche Änderungen (Ziel, Frist, Schritte, Verantwortung) sind "
                         "mit **●** markiert; die anderen betreffen den Wortlaut.",
        "subscribe": "Wesentliche Änderungen abonnieren (Atom-Feed)",
        "latest_of": "die {shown} neuesten von {total} Änderungen", "no_changes_yet":
        "Noch keine Änderungen erfasst.", "feed_of": "Feed {}",
        "feed_title": "Änderungen an Standards", "feed_title_for": "Änderungen für {}",
        "reviews": "Fällige Prüfungen",
        "reviews_intro": "{current} von {total} Standards ({share}) sind innerhalb ihres "
                         "Prüfdatums (heute ist der {today}, {tz}). Die Verantwortlichen "
                         "prüfen ihre Standards und tragen das Datum in "
                         "`review: {{last: ...}}` ein.",
        "s_ok": "aktuell", "s_due-soon": "bald fällig", "s_overdue": "Prüfung überfällig",
        "s_lapsed": "Prüfung überfällig (nach der Frist)", "s_unknown": "kein Prüfdatum",
        "s_future": "Prüfdatum nach heute",
        "opening_hours": "Öffnungszeiten", "phone": "Telefon", "email": "E-Mail",
        "local_differences_n": "Lokale Abweichungen ({})",
        "all_here_n": "Alle Standards hier ({})",
    },
    "nl": {
        "varies": "Verschilt per locatie", "standard_is": "standaard: {}",
        "local_title": "{}: lokale afwijkingen van de standaard",
        "standard_all": "De standaard voor alle locaties",
        "f_timeframe": "Termijn", "f_metric": "Norm", "f_owner": "Eigenaar",
        "f_title": "Titel", "f_lang": "Taal", "f_step": "Stap {}",
        "f_added_after": "Toegevoegd na stap {}", "f_added_first": "Toegevoegd vooraan",
        "f_section": "Lokaal gedeelte", "not_here": "geldt hier niet",
        "local_instructions": "lokale instructies", "local_steps": "lokale stappen",
        "more_conflicts": "nog {} op de pagina met tegenstrijdigheden",
        "older_changes": "{} oudere wijzigingen",
        "oldest_in_git": "{} nog oudere, alleen in de git-geschiedenis van de repository",
        "your_location": "Uw locatie", "all_locations": "Alle locaties",
        "filter_location": "Filteren op locatie", "filter_touchpoint": "Filteren op kanaal",
        "all_touchpoints": "Alle kanalen", "local_flag": "lokaal",
        "only_at": "Alleen in", "not_at": "Geldt niet in {}",
        "none_here": "Geen resultaten voor deze locatie of dit kanaal",
        "details": "Details",
        "catalogue": "Catalogus van standaarden",
        "catalogue_intro": "{n} standaarden. Kies een kolomkop om te sorteren. Termijnen "
                           "staan ook in één eenheid, minuten, zodat rijen vergelijkbaar zijn "
                           "(een werkdag telt {h} werkuren).",
        "c_touchpoint": "Kanaal", "c_standard": "Standaard", "c_target": "Doel",
        "c_timeframe": "Termijn", "c_minutes": "Minuten", "c_owner": "Eigenaar",
        "c_lang": "Taal", "c_local": "Lokale afwijkingen", "c_standards": "Standaarden",
        "c_languages": "Talen", "c_location": "Locatie",
        "c_last": "Laatste review", "c_next": "Volgende review", "c_status": "Status",
        "touchpoints": "Kanalen", "owners": "Eigenaren", "locations": "Locaties",
        "touchpoint_intro": "{n} standaarden voor dit kanaal.",
        "owner_intro": "{n} standaarden met als eigenaar {owner}.",
        "touchpoint_intro_one": "1 standaard voor dit kanaal.",
        "by_touchpoint_one": "1 standaard per kanaal",
        "catalogue_intro_one": "1 standaard. De termijn staat ook in minuten (een werkdag "
                               "telt {h} werkuren).",
        "owner_intro_one": "1 standaard met als eigenaar {owner}.",
        "conflicts_some_one": "1 activiteit heeft standaarden met een ander doel of een "
                              "andere termijn:",
        "by_touchpoint": "{n} standaarden per kanaal",
        "within_review": "**{share}** van de standaarden is binnen de reviewdatum "
                         "([reviews te doen]({href})).",
        "all_in_one": "Alle standaarden in één tabel", "what_changed": "Wat is gewijzigd",
        "n_conflicts": "{n} tegenstrijdige standaarden",
        "search_label": "Zoek in de standaarden", "search_button": "Zoeken",
        "your_deviations": "Lokale afwijkingen in {name}",
        "your_changes": "Wijzigingen voor {name} in de laatste {days} dagen",
        "no_deviations": "Deze locatie volgt elke standaard zoals beschreven.",
        "not_found": "404: pagina niet gevonden",
        "not_found_help": "Deze pagina staat niet (meer) in de kennisbank. Zoek hierboven, of "
                          "begin op de {home}.",
        "home_page": "startpagina",
        "no_changes": "Geen inhoudelijke wijzigingen.",
        "change_location": "Kies bovenaan uw locatie om de afwijkingen te zien.",
        "conflicts": "Tegenstrijdige standaarden",
        "conflicts_intro": "Standaarden voor hetzelfde kanaal die dezelfde activiteit meten, "
                           "horen hetzelfde te beloven.",
        "conflicts_some": "{n} activiteiten hebben standaarden met een ander doel of een "
                          "andere termijn:",
        "conflicts_none": "Geen tegenstrijdigheden: elke activiteit heeft één standaard per "
                          "kanaal.",
        "changes": "Wijzigingslogboek",
        "changes_intro": "Wat er in welke standaard is gewijzigd.",
        "changes_intro_fm": "Wat er in welke standaard is gewijzigd (uit de "
                            "`changes:`-lijsten in de SOP's).",
        "changes_marks": "Inhoudelijke wijzigingen (doel, termijn, stappen, eigenaar) zijn "
                         "gemarkeerd met **●**; de andere gaan over de formulering.",
        "subscribe": "Abonneren op inhoudelijke wijzigingen (Atom-feed)",
        "latest_of": "de {shown} nieuwste van {total} wijzigingen", "no_changes_yet":
        "Nog geen wijzigingen vastgelegd.", "feed_of": "Feed {}",
        "feed_title": "wijzigingen in standaarden", "feed_title_for": "wijzigingen voor {}",
        "reviews": "Reviews te doen",
        "reviews_intro": "{current} van {total} standaarden ({share}) zijn binnen hun "
                         "reviewdatum (vandaag is het {today}, {tz}). Elke eigenaar "
                         "beoordeelt de eigen standaarden en noteert de datum in "
                         "`review: {{last: ...}}`.",
        "s_ok": "actueel", "s_due-soon": "binnenkort", "s_overdue": "review te laat",
        "s_lapsed": "review te laat (na de uitlooptijd)", "s_unknown": "geen reviewdatum",
        "s_future": "reviewdatum na vandaag",
        "opening_hours": "Openingstijden", "phone": "Telefoon", "email": "E-mail",
        "local_differences_n": "Lokale afwijkingen ({})",
        "all_here_n": "Alle standaarden hier ({})",
    },
}  # fmt: skip


def ui(lang: str, key: str, *args: object, **fields: object) -> str:
    """One of sopkit's own phrases in ``lang`` (en, de or nl), its fields filled in.

    A phrase that counts (``n``) has a form of its own for one where "1 standards"
    would be wrong: ``<key>_one``.
    """
    phrases = UI[language_of(lang)]
    if fields.get("n") == 1 and f"{key}_one" in phrases:
        key = f"{key}_one"
    return phrases[key].format(*args, **fields)


_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
}  # fmt: skip


def date_words(day: object, lang: str) -> str:
    """A date as readers of ``lang`` write it: "5 March 2026", "5. März 2026", "5 maart 2026".

    Anything that is not a date (a review date that could not be read) is shown as it is.
    """
    import datetime as dt

    if isinstance(day, dt.datetime):
        day = day.date()
    if not isinstance(day, dt.date):
        return str(day)
    month = _MONTHS[language_of(lang)][day.month - 1]
    dot = "." if language_of(lang) == "de" else ""
    return f"{day.day}{dot} {month} {day.year}"
