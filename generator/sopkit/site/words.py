"""What staff read on the site, in the SOP's language: labels, units, touchpoints."""

from __future__ import annotations

from sopkit.quantities import Duration, Target
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
           "ring": ("Klingelton", "Klingeltönen")},
    "nl": {"second": ("seconde", "seconden"), "minute": ("minuut", "minuten"),
           "hour": ("uur", "uur"), "day": ("dag", "dagen"), "week": ("week", "weken"),
           "month": ("maand", "maanden"), "year": ("jaar", "jaar"),
           "business_hour": ("werkuur", "werkuren"), "working_day": ("werkdag", "werkdagen"),
           "working_week": ("werkweek", "werkweken"), "ring": ("belsignaal", "belsignalen")},
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
    "on the spot": {"en": "on the spot", "de": "sofort vor Ort", "nl": "direct ter plekke"},
    "at once": {"en": "at once", "de": "sofort", "nl": "direct"},
    "at the same time": {"en": "at the same time", "de": "gleichzeitig", "nl": "tegelijk"},
}  # fmt: skip
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
    if duration.relative in _RELATIVE:
        return _RELATIVE[duration.relative][lang]
    if lang == "en" or duration.unit not in _UNITS[lang]:
        return _WITHIN["en"].format(duration.describe())
    singular, plural = _UNITS[lang][duration.unit]
    amount = _number(duration.amount, lang)
    unit = singular if duration.amount == 1 else plural
    if lang == "de" and duration.unit in ("day", "working_day") and duration.amount != 1:
        unit += "n"  # dative plural after "innerhalb von": Tagen, Werktagen
    return _WITHIN[lang].format(f"{amount} {unit}")


def bounds_words(standard: Standard, lang: str) -> str:
    """The standard's time bounds: the timeframe, or every commitment of a metric that
    makes several ("within 3 working days · within 10 working days")."""
    bounds = list(standard.metric_durations)
    distinct = [d for i, d in enumerate(bounds) if not any(d.same_as(e) for e in bounds[:i])]
    if len(distinct) > 1:
        return " · ".join(duration_words(d, lang) for d in distinct)
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


def touchpoint_label(touchpoint: str, lang: str = "en") -> str:
    """The touchpoint as staff call it; configured extra touchpoints are capitalised."""
    return (
        TOUCHPOINT_NAMES.get(lang, {}).get(touchpoint) or touchpoint.replace("-", " ").capitalize()
    )


def icon(touchpoint: str) -> str:
    """The touchpoint's icon."""
    return ICONS.get(touchpoint, DEFAULT_ICON)
