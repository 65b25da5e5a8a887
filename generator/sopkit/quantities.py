"""Durations and targets read from the words of a standard.

A standard is "specific, measurable and time-bound": ``80% of calls answered within
20 seconds`` holds a *target* (80%) for an *activity* (calls answered) and a
*duration* (20 seconds). This module finds those parts in English, German and Dutch
text and keeps their character spans, so findings can point at the exact words.
It knows nothing of files or rules.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal, NamedTuple, TypeVar

from sopkit.literals import GuardedPattern, GuardedTable, fold
from sopkit.numbers import COUNT_OF_TIMES, FRACTION_CHARACTERS, parse_number
from sopkit.wordpatterns import PerLanguage, whole_words_source, word_patterns

#: Seconds per calendar unit; months and years have no fixed length and business
#: units depend on opening hours, so each of those only compares within its own family.
_SECONDS: dict[str, float] = {
    "second": 1,
    "minute": 60,
    "hour": 3600,
    "day": 86400,
    "week": 7 * 86400,
}
_MONTHS: dict[str, int] = {"month": 1, "year": 12}
_BUSINESS_HOURS: dict[str, float] = {"business_hour": 1}
#: Working days per unit: a working week is five of them.
_WORKING_DAYS: dict[str, float] = {"working_day": 1, "working_week": 5, "school_day": 1}

_UNIT_WORDS: dict[str, str] = {
    # English
    "s": "second", "sec": "second", "secs": "second", "second": "second", "seconds": "second",
    "min": "minute", "mins": "minute", "minute": "minute", "minutes": "minute",
    "h": "hour", "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour",
    "clock hour": "hour", "clock hours": "hour",  # as against business hours
    "day": "day", "days": "day", "calendar day": "day", "calendar days": "day",
    "working day": "working_day", "working days": "working_day", "workday": "working_day",
    "workings days": "working_day",  # as some type it: "1-3 workings days"
    "workdays": "working_day", "business day": "working_day", "business days": "working_day",
    "wd": "working_day", "wds": "working_day",  # as service levels abbreviate: "within 5WD"
    "w d": "working_day",  # "1 W.D."
    # the days a service desk counts, by its own name: "2 Core Days", "3 support days"
    "core day": "working_day", "core days": "working_day", "support day": "working_day",
    "support days": "working_day",
    # the possessive of notice: "one full working day's notice"
    "day's": "day", "working day's": "working_day", "business day's": "working_day",
    "week's": "week", "month's": "month", "hour's": "hour",
    "work day": "working_day", "work days": "working_day", "weekday": "working_day",
    "weekdays": "working_day", "week day": "working_day", "week days": "working_day",
    "business hour": "business_hour", "business hours": "business_hour",
    "working hour": "business_hour", "working hours": "business_hour",
    "office hour": "business_hour", "office hours": "business_hour",
    "week": "week", "weeks": "week", "wk": "week", "wks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year",
    "calendar month": "month", "calendar months": "month", "calendar week": "week",
    "calendar weeks": "week",
    "working week": "working_week", "working weeks": "working_week",
    "work week": "working_week", "work weeks": "working_week", "workweek": "working_week",
    "workweeks": "working_week", "business week": "working_week",
    "business weeks": "working_week", "banking day": "working_day",
    "banking days": "working_day", "ring": "ring", "rings": "ring",
    # days the office or library is open: counted as working days
    "opening day": "working_day", "opening days": "working_day",
    # a school's complaints procedure counts school days: term time only
    "school day": "school_day", "school days": "school_day",
    # German
    "sek": "second", "sekunde": "second", "sekunden": "second",
    "minute_de": "minute", "minuten": "minute",
    "std": "hour", "stunde": "hour", "stunden": "hour",
    "tag": "day", "tage": "day", "tagen": "day", "kalendertag": "day", "kalendertage": "day",
    "kalendertagen": "day",
    "werktag": "working_day", "werktage": "working_day", "werktagen": "working_day",
    # as some spell it: "6–13 Werkstage"
    "werkstag": "working_day", "werkstage": "working_day", "werkstagen": "working_day",
    "arbeitstag": "working_day", "arbeitstage": "working_day", "arbeitstagen": "working_day",
    "geschäftstag": "working_day", "geschäftstage": "working_day",
    "geschäftstagen": "working_day",
    "geschäftsstunde": "business_hour", "geschäftsstunden": "business_hour",
    "arbeitsstunde": "business_hour", "arbeitsstunden": "business_hour",
    "woche": "week", "wochen": "week", "monat": "month", "monate": "month",
    "monaten": "month", "jahr": "year", "jahre": "year", "jahren": "year",
    "tages": "day", "kalendertages": "day", "monats": "month", "jahres": "year",
    "monates": "month", "jahrs": "year", "werktages": "working_day", "werktags": "working_day",
    "arbeitstages": "working_day", "geschäftstages": "working_day",
    "bankarbeitstag": "working_day", "bankarbeitstage": "working_day",
    "bankarbeitstagen": "working_day", "bankarbeitstages": "working_day",
    "bankgeschäftstag": "working_day", "bankgeschäftstage": "working_day",
    "bankgeschäftstagen": "working_day", "öffnungstag": "working_day",
    "ordinationstag": "working_day", "ordinationstage": "working_day",
    "ordinationstagen": "working_day", "praxistag": "working_day", "praxistage": "working_day",
    "praxistagen": "working_day",
    "öffnungstage": "working_day", "öffnungstagen": "working_day", "öffnungstages": "working_day",
    "kalenderwoche": "week", "kalenderwochen": "week",
    "kalendermonat": "month", "kalendermonate": "month", "kalendermonaten": "month",
    # a month a contract names: "für einen Übergangsmonat", "zwei Probemonate"
    "übergangsmonat": "month", "übergangsmonate": "month", "übergangsmonaten": "month",
    "probemonat": "month", "probemonate": "month", "probemonaten": "month",
    "kalendermonats": "month", "kalendermonates": "month",
    "arbeitswoche": "working_week", "arbeitswochen": "working_week",
    "schultag": "school_day", "schultage": "school_day", "schultagen": "school_day",
    "unterrichtstag": "school_day", "unterrichtstage": "school_day",
    "schulwoche": "week", "schulwochen": "week", "school week": "week", "school weeks": "week",
    "schoolweek": "week", "schoolweken": "week",
    # a lesson year's weeks: "binnen de 40 lesweken", "in 36 Unterrichtswochen"
    "lesweek": "week", "lesweken": "week", "unterrichtswoche": "week",
    "unterrichtswochen": "week", "teaching week": "week", "teaching weeks": "week",
    "unterrichtstagen": "school_day", "unterrichtstages": "school_day",
    "schultages": "school_day",
    "klingeln": "ring", "klingelzeichen": "ring", "klingelton": "ring", "klingeltöne": "ring",
    "klingeltönen": "ring", "läuten": "ring", "rufzeichen": "ring", "freizeichen": "ring",
    # Dutch
    "seconde": "second", "seconden": "second", "minuut": "minute",
    "uur": "hour", "uren": "hour", "u": "hour", "dag": "day", "dagen": "day",
    "kalenderdag": "day", "kalenderdagen": "day",
    "werkdag": "working_day", "werkdagen": "working_day",
    "openingsdag": "working_day", "openingsdagen": "working_day",
    "uitleendag": "working_day", "uitleendagen": "working_day",
    "schooldag": "school_day", "schooldagen": "school_day",
    "werkuur": "business_hour", "werkuren": "business_hour",
    "kantooruur": "business_hour", "kantooruren": "business_hour",
    "weken": "week", "maand": "month", "maanden": "month", "jaar": "year", "jaren": "year",
    "werkweek": "working_week", "werkweken": "working_week", "kalenderweek": "week",
    "kalenderweken": "week", "kalendermaand": "month", "kalendermaanden": "month",
    "belsignaal": "ring", "belsignalen": "ring", "rinkel": "ring",
    "rinkels": "ring", "belletje": "ring", "belletjes": "ring", "keer overgaan": "ring",
    "keer over": "ring", "maal overgaan": "ring",
    # a year by the calendar or the school's: "within one calendar year", "innerhalb eines
    # Schuljahres", "binnen één schooljaar" (a school year, shorter, is read as a year)
    "calendar year": "year", "calendar years": "year", "school year": "year",
    "school years": "year", "academic year": "year", "academic years": "year",
    "kalenderjahr": "year", "kalenderjahre": "year", "kalenderjahren": "year",
    "kalenderjahres": "year", "schuljahr": "year", "schuljahre": "year", "schuljahren": "year",
    "schuljahres": "year", "studienjahr": "year", "studienjahre": "year",
    "studienjahren": "year", "studienjahres": "year",
    "kalenderjaar": "year", "kalenderjaren": "year", "schooljaar": "year",
    "schooljaren": "year", "academiejaar": "year", "academiejaren": "year",
    "studiejaar": "year", "studiejaren": "year",
    # three-word names
    "bank working day": "working_day", "bank working days": "working_day",
    "bank business day": "working_day", "bank business days": "working_day",
    "full working days": "working_day", "clear working days": "working_day",
    "full working day": "working_day", "clear working day": "working_day",
}  # fmt: skip

_UNIT_WORDS.pop("minute_de")

_UNIT_NAMES: dict[str, tuple[str, str]] = {
    "second": ("second", "seconds"),
    "minute": ("minute", "minutes"),
    "hour": ("hour", "hours"),
    "day": ("day", "days"),
    "week": ("week", "weeks"),
    "month": ("month", "months"),
    "year": ("year", "years"),
    "business_hour": ("business hour", "business hours"),
    "working_day": ("working day", "working days"),
    "working_week": ("working week", "working weeks"),
    "school_day": ("school day", "school days"),
    "ring": ("ring", "rings"),
}

#: Fractions of a unit written as words: "half an hour", "eine halbe Stunde", "anderhalf uur".
_FRACTION_WORDS: dict[str, float] = {
    "half": 0.5, "halbe": 0.5, "halben": 0.5, "halbes": 0.5, "halve": 0.5,
    "anderthalb": 1.5, "eineinhalb": 1.5, "anderhalf": 1.5, "anderhalve": 1.5,
}  # fmt: skip
_ARTICLES = {"a", "an", "eine", "einen", "ein", "einer", "einem", "eines", "een"}

_HUNDREDS = {"hundred", "hundert", "honderd"}

_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,3}(?:\.\d{3})+(?![\d.])|\d+(?:[.,]\d+)?|"
    r"[^\W\d_]+(?:[-'][^\W\d_]+)*\.?|%|\S"
)

_ISO_DURATION = re.compile(
    r"^P(?!$)(?:(?P<year>{n})Y)?(?:(?P<month>{n})M)?(?:(?P<week>{n})W)?(?:(?P<day>{n})D)?"
    r"(?:T(?=\d)(?:(?P<hour>{n})H)?(?:(?P<minute>{n})M)?(?:(?P<second>{n})S)?)?$".format(
        n=r"\d+(?:[.,]\d+)?"
    )
)


class Token(NamedTuple):
    """A word, number or symbol with its character span in the source text.

    A named tuple, not a dataclass: metrics are tokenized for every SOP on every
    run, and tuples are several times cheaper to create.

    Attributes:
        word: the token in lower case without a trailing abbreviation dot, made
            once here because the readers below compare it dozens of times.
    """

    text: str
    start: int
    end: int
    word: str


def _word(text: str) -> str:
    return text.lower().rstrip(".") if len(text) > 1 else text.lower()


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into words, numbers and symbols, keeping their spans."""
    return [Token(m.group(), m.start(), m.end(), _word(m.group())) for m in _TOKEN.finditer(text)]


#: A hundred years: a longer bound is a slip of the keyboard, not a service standard.
MAX_BOUND_DAYS = 36_525


@dataclass(frozen=True)
class Duration:
    """A time bound: an amount of one unit ("2 working days", "20 seconds").

    Attributes:
        amount: how many units.
        unit: the canonical unit name.
        span: the characters of the source text it was read from.
    """

    amount: float
    unit: str
    span: tuple[int, int] = (0, 0)
    relative: str | None = None
    """A deadline told by the day ("same day", "next working day"), in English."""
    alternatives: tuple[float, ...] = field(default=(), compare=False)
    """The smaller amounts of the same unit said beside it as alternatives, one per case:
    "8 (Europa) resp. 16 (elders) kantooruren" is 16, with 8 as an alternative."""

    @property
    def family(self) -> str:
        """Units of one family convert into each other exactly.

        Rings of a phone are a bound too ("within five rings"), but not a time.
        """
        if self.unit in _SECONDS:
            return "calendar"
        if self.unit in _MONTHS:
            return "months"
        if self.unit in _WORKING_DAYS:
            return "working_days"
        if self.unit == "ring":
            return "rings"
        return "business_hours"

    @property
    def base_amount(self) -> float:
        """The amount in the family's base unit (seconds, months, working days, ...)."""
        if self.unit in _SECONDS:
            return self.amount * _SECONDS[self.unit]
        if self.unit in _MONTHS:
            return self.amount * _MONTHS[self.unit]
        if self.unit in _WORKING_DAYS:
            return self.amount * _WORKING_DAYS[self.unit]
        return self.amount * _BUSINESS_HOURS.get(self.unit, 1)

    @property
    def days(self) -> float | None:
        """About how many calendar days the bound is (working days as 7/5 of one, a month
        as 30.4 days, a business hour as an eighth of a working day); ``None`` for rings."""
        if self.family == "calendar":
            return self.base_amount / _SECONDS["day"]
        if self.family == "months":
            return self.base_amount * _DAYS_PER_MONTH
        if self.family == "working_days":
            return self.base_amount * 7 / 5
        if self.family == "business_hours":
            return self.base_amount / 8 * 7 / 5
        return None

    @property
    def beyond_reason(self) -> bool:
        """True for a bound no service keeps: over 100 years, or too large to count."""
        days = self.days
        return not math.isfinite(self.amount) or (days is not None and days > MAX_BOUND_DAYS)

    def same_as(self, other: Duration) -> bool:
        """True when both state the same time bound ("2 hours" and "120 minutes")."""
        return self.family == other.family and abs(self.base_amount - other.base_amount) < 1e-9

    def names(self, other: Duration) -> bool:
        """True when ``other`` is this bound or one of its alternatives: "2 Werktage"
        names one of "2 bzw. 5 Werktage" (the bound of one kind of case)."""
        return self.same_as(other) or any(
            Duration(amount, self.unit).same_as(other) for amount in self.alternatives
        )

    def describe(self) -> str:
        """Plain English words, used in messages and on the site: "2 working days"."""
        if self.relative:
            return self.relative
        singular, plural = _UNIT_NAMES[self.unit]
        amount = int(self.amount) if float(self.amount).is_integer() else self.amount
        return f"{amount} {singular if amount == 1 else plural}"

    def as_json(self) -> dict[str, object]:
        """A JSON-ready form that keeps the unit and its normalised base amount."""
        return {
            "amount": self.amount,
            "unit": self.unit,
            "family": self.family,
            "base_amount": self.base_amount,
            "relative": self.relative,
            "text": self.describe(),
        }


#: Nouns after "N-Tage-" that make the compound a deadline ("10-Tage-Frist"); any other
#: noun names a service ("24-Stunden-Entstörungsdienst"), not a bound.
#: What a bound joined to its unit by hyphens ends in: "10-Tage-Frist", "14-Tage-Rückgabefrist",
#: "30-Tage-Rückgaberecht" (a right that lasts the days); not "24-Stunden-Entstörungsdienst".
_DEADLINE_NOUNS = ("frist", "garantie", "zusage", "deadline", "termijn", "regel", "recht")


def _unit_at(tokens: list[Token], index: int) -> tuple[str, int] | None:
    """Return ``(unit, tokens used)`` when a unit word starts at ``tokens[index]``.

    Longer names win: "bank working days" over "working days" is not needed, but
    "calendar days" must win over "calendar" + "days".
    """
    if index >= len(tokens):
        return None
    for size in (3, 2):
        if index + size <= len(tokens):
            words = " ".join(t.word for t in tokens[index : index + size])
            if words in _UNIT_WORDS:
                return _UNIT_WORDS[words], size
    word = tokens[index].word
    if word.endswith(("'s", "’s", "'")):
        word = word.rstrip("'").removesuffix("’s").removesuffix("'s")  # "one month's notice"
    if word in _UNIT_WORDS:
        return _UNIT_WORDS[word], 1
    head, _, tail = word.partition("-")
    if tail and head in _UNIT_WORDS and tail.rsplit("-", 1)[-1].endswith(_DEADLINE_NOUNS):
        return _UNIT_WORDS[head], 1  # "Tage-Frist" in "10-Tage-Frist"; not "24-Stunden-Dienst"
    return None


def _number_at(tokens: list[Token], index: int, lang: str) -> tuple[float, int] | None:
    """Return ``(value, tokens used)`` when a number starts at ``tokens[index]``.

    Reads digits, number words, English spaced compounds ("twenty five") and
    unit fractions ("half an", "anderhalf", "eine halbe").
    """
    token = tokens[index]
    word = token.word
    if word in _ARTICLES and index + 1 < len(tokens) and tokens[index + 1].word in _FRACTION_WORDS:
        return _FRACTION_WORDS[tokens[index + 1].word], 2
    if word in _FRACTION_WORDS:
        used = 1
        if index + 1 < len(tokens) and tokens[index + 1].word in _ARTICLES:
            used = 2  # "half an hour"
        return _FRACTION_WORDS[word], used
    is_word = not token.text[0].isdecimal()
    value = parse_number(token.text.rstrip(".") if is_word else token.text, lang)
    if value is None:
        return None
    used = 1
    following = [t.word for t in tokens[index + 1 : index + 4]]
    if is_word and following and following[0] in _HUNDREDS and 0 < value < 10:
        value, used = value * 100, 2  # "one hundred", "zwei hundert", "twee honderd"
    elif lang == "en" and is_word and 20 <= value < 100 and value % 10 == 0 and following:
        nxt = tokens[index + 1]
        nxt_value = parse_number(nxt.text, lang) if nxt.word not in _ARTICLES else None
        if nxt_value is not None and 0 < nxt_value < 10 and not nxt.text[0].isdecimal():
            value, used = value + nxt_value, 2  # "twenty five"
    if lang == "en" and [t.word for t in tokens[index + used : index + used + 3]] == [
        "and", "a", "half",
    ]:  # fmt: skip
        value, used = value + 0.5, used + 3  # "one and a half hours"
    if (
        not is_word
        and value.is_integer()
        and index + used < len(tokens)
        and tokens[index + used].text in FRACTION_CHARACTERS
    ):
        # "3½ Jahre", "3 ½ Jahren": a whole number and a fraction, not half a year
        value, used = value + FRACTION_CHARACTERS[tokens[index + used].text], used + 1
    return value, used


#: What a system sends the moment it receives a request: an instant bound when
#: "immediately" is said of it ("you receive an automatic confirmation immediately").
_RECEIPTS = (
    r"confirmation|acknowledg\w*|receipt|reference\s+number|case\s+number|"
    r"\w*bestätigung|aktenzeichen|quittung|vorgangsnummer|notifications?|\w*benachrichtigung|"
    r"notificatie|pushbericht|"
    r"\w*bevestiging|ontvangstmelding|referentienummer|dossiernummer|zaaknummer"
)

#: The close of a working day, said short (the full words have patterns of their own).
_CLOSE_OF_DAY = r"COB|EOD|EOB|COP|(?:the\s+)?(?:end|close)\s+of\s+play"

#: Not right after a span's unit: in "24 hours before the appointment", "4 Arbeitstage vor
#: dem Abfuhrtermin" or "2 weken voor aanvang" the span is the bound and the event its
#: anchor, no deadline of its own. (German without word starts, for compounds.)
_AFTER_NO_SPAN = {
    "en": "".join(
        rf"(?<!\b{unit}\s)"
        for unit in (
            "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
            "months", "notice", "advance",
        )
    ),
    "de": "".join(
        rf"(?<!{unit}\s)"
        for unit in (
            "Minuten", "Stunde", "Stunden", "Tag", "Tage", "Tagen", "Woche", "Wochen", "Monat",
            "Monate", "Monaten", r"min\.", r"Std\.",
        )
    ),
    "nl": r"(?<!dagen\s)"
    + "".join(
        rf"(?<!\b{unit}\s)"
        for unit in ("dag", "uur", "weken", "week", "maanden", "maand", "minuten")
    ),
}  # fmt: skip

#: Deadlines told by the day: (pattern, amount, unit, words). "Same day" is the
#: strictest bound there is (amount 0); "next working day" equals "1 working day".
_DAY_DEADLINES: dict[str, tuple[tuple[str, float, str, str], ...]] = {
    "en": (
        # the start of the next working day (before "next working day" takes its end)
        (r"(?:at|by)\s+the\s+(?:beginning|start)\s+of\s+the\s+(?:new|next|following)\s+"
         r"(?:working\s+|business\s+|work\s+)?day", 1, "working_day", "next working day"),
        # the close of a day said short: "COB", "EOD", "end of play"
        (rf"(?:by\s+)?(?:{_CLOSE_OF_DAY})\s+(?:on\s+)?(?:the\s+)?(?:next|following)\s+"
         r"(?:working|business|work)\s+day", 1, "working_day", "next working day"),
        (rf"(?:by\s+)?(?:(?:{_CLOSE_OF_DAY}|(?:the\s+)?(?:end|close)\s+of\s+(?:business|"
         r"(?:the\s+)?(?:working\s+|business\s+)?day))\s+)?(?:on\s+)?(?<!after\s)tomorrow"
         r"(?:\s+(?:morning|"
         r"afternoon|evening))?", 1, "day", "next day"),
        (rf"(?:by\s+)?(?:{_CLOSE_OF_DAY})(?:\s+today)?|(?:by\s+)?(?:the\s+)?(?:end|close)\s+of\s+"
         r"(?:business|(?:the\s+)?(?:working\s+|business\s+)?day)\s+today", 0, "day", "same day"),
        (r"(?:on\s+)?(?:the\s+)?same\s+or\s+(?:the\s+)?next\s+(?:working|business)\s+day", 1,
         "working_day", "next working day"),
        (r"(?:on\s+)?(?:the\s+)?same[-\s]+(?:working[-\s]+|business[-\s]+)day", 0, "working_day",
         "same working day"),
        (r"(?:on\s+)?that\s+(?:same\s+)?(?:working|business)\s+day|"
         r"(?:(?:within|during|on)\s+)?the\s+current\s+(?:working|business)\s+day", 0,
         "working_day", "same working day"),
        (r"(?:on\s+)?(?:the\s+)?same[-\s]+day|(?:on\s+)?that\s+(?:same\s+)?day", 0, "day",
         "same day"),
        (r"(?:by\s+)?(?:the\s+)?(?:end|close)\s+of\s+(?:business\s+(?:on\s+)?)?(?:the\s+)?"
         r"(?:next|following)\s+(?:working|business|work)\s+day", 1, "working_day",
         "next working day"),
        (r"(?:by\s+|on\s+)?(?:the\s+)?(?:next|following)[-\s]+(?:(?:standard|regular|normal|full|"
         r"non-holiday)\s+)?(?:working|business|work)[-\s]+day", 1, "working_day",
         "next working day"),
        # the second of two "following" days: "the following Monday or non-holiday business day"
        (r"(?<=\sor\s)(?:non-holiday\s+)?(?:working|business)\s+day(?![\w-])", 1, "working_day",
         "next working day"),
        (r"(?:by\s+)?(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:next|following)\s+day",
         1, "day", "next day"),
        # the next day a place is open: "after 9.30am the next day the Research Centre is
        # open", "the next day we are open" (an opening day counts as a working day)
        (r"(?:by\s+|on\s+)?(?:the\s+)?(?:next|following)[-\s]+day\s+(?:that\s+|when\s+|"
         r"on\s+which\s+)?(?:we|(?:the|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:is|are)\s+open",
         1, "working_day", "next working day"),
        (r"(?:by\s+|on\s+)?(?:the\s+)?(?:next|following)[-\s]+day", 1, "day", "next day"),
        # "the working day after dispatch", "on the day following the end of the pay
        # period": the event follows "after" or "following", an anchor
        (r"(?:by\s+|on\s+)?the\s+(?:working|business)\s+day(?=\s+(?:after|following)\s)", 1,
         "working_day", "next working day"),
        (r"(?:by\s+|on\s+)?the\s+day(?=\s+(?:after\s(?!tomorrow)|following\s))", 1, "day",
         "next day"),
        (r"(?:by\s+|on\s+)?the\s+day\s+after\s+tomorrow", 2, "day", ""),
        # "the day before delivery": the event follows "before", an anchor
        (r"(?:by\s+|on\s+)?the\s+(?:working|business)\s+day(?=\s+(?:before|prior)(?!\s+yesterday)\b)",
         1, "working_day", "working day before"),
        (r"(?:by\s+|on\s+)?the\s+day(?=\s+(?:before|prior)(?!\s+yesterday)\b)", 1, "day",
         "day before"),
        (r"(?:by\s+|on\s+)?the\s+(?:evening|night)(?=\s+before(?!\s+last)\b)", 1, "day",
         "evening before"),
        (r"by\s+(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:working\s+|business\s+)?day|"
         r"(?:by\s+)?close\s+of\s+business", 0, "day", "same day"),
        (r"within\s+the\s+(?:same\s+)?hour", 1, "hour", ""),
        (r"within\s+the\s+(?:same\s+)?(?:working|business)\s+day", 0, "working_day",
         "same working day"),
        (r"(?:within\s+)?(?:a|one)\s+fortnight", 2, "week", ""),
        (r"(?:in|during|by)\s+the\s+last\s+week\s+of\s+the\s+(?:following|next)\s+month", 2,
         "month", "end of the next month"),
        (r"(?:in|during|by)\s+the\s+last\s+week\s+of\s+the\s+(?:same\s+|current\s+)?month", 1,
         "month", "end of the month"),
        (r"(?:a\s+)?quarter\s+of\s+an\s+hour|(?:a\s+)?quarter[-\s]hour", 15, "minute", ""),
        (r"three[-\s]quarters\s+of\s+an\s+hour", 45, "minute", ""),
        (r"(?:(?:by|on)\s+)?(?:the\s+)?next\s+(?:working\s+)?(?:delivery|collection|postal|opening)\s+"
         r"day", 1, "working_day", "next working day"),
        (r"(?:at|on|by|with|during)\s+(?:the|your)\s+next\s+(?:scheduled\s+|regular\s+|planned\s+)?"
         r"(?:bin\s+|waste\s+|refuse\s+|recycling\s+)?collection(?!\s+day)", 1, "month",
         "next collection"),
        (r"during\s+(?:the|your)\s+(?:same\s+)?(?:call|visit|conversation|chat|appointment|"
         r"consultation|meeting)|(?:in|on)\s+the\s+same\s+(?:call|visit|contact)", 0, "day",
         "on the spot"),
        # the end of a session the customer is at: "at the end of the Donation Session"
        (r"(?:at|by)\s+the\s+end\s+of\s+(?:the|your|each)\s+(?:[\w-]+\s+)?(?:session|visit|"
         r"appointment|call|meeting|consultation|class|lesson|interview|tour)(?![\w-])|"
         # the start of the contact: "at the start of the call"
         r"at\s+the\s+(?:start|beginning)\s+of\s+(?:the|your|each|every)\s+(?:first\s+|next\s+)?"
         r"(?:[\w-]+\s+)?(?:call|visit|"
         r"appointment|call|meeting|consultation|class|lesson|interview|tour)(?![\w-])", 0, "day",
         "on the spot"),
        (rf"(?:immediately|at\s+once|straight\s+away|instantly|automatic(?:ally)?)(?=\W+(?:\w+\W+){{0,6}}?"
         rf"(?:{_RECEIPTS}))|(?:{_RECEIPTS})\W+(?:\w+\W+){{0,4}}?(?:immediately|instantly|at\s+once)",
         0, "day", "at once"),
        (r"at\s+the\s+same\s+time(?:\s+as)?", 0, "day", "at the same time"),
        # during the contact itself: "at the time of your call", "at the time of booking"
        (r"at\s+the\s+time\s+of\s+(?:your\s+|the\s+)?(?:call|visit|booking|order|request|"
         r"enquiry|inquiry|appointment)(?![\w-])", 0, "day", "on the spot"),
        # before a booked event: "prior to the scheduled appointment"; not "24 hours before
        # the appointment", whose bound is the hours
        (_AFTER_NO_SPAN["en"] +
         r"(?:(?:by|on\s+or)\s+)?(?:prior\s+to|before)\s+(?:the\s+|your\s+)?(?:scheduled\s+|agreed\s+|booked\s+|planned\s+|arranged\s+)?"
         r"(?:appointment|visit|hearing|event|session|interview|consultation|departure|arrival|"
         r"installation|inspection|move|viewing|ceremony)(?![\w-])", 0, "day", "before the event"),
        # before the work goes on: "before proceeding", "prior to starting the repair"; a
        # gerund names the event (not "before anything", "before long")
        (_AFTER_NO_SPAN["en"] + r"(?:(?:by|on\s+or)\s+)?(?:prior\s+to|before)\s+"
         r"(?![a-z]*thing\b)[a-z]{3,}ing(?![\w-])", 0, "day", "before the event"),
        # the start of an event, or a change taking effect: "before the start of the print
        # run", "before they take effect", "before we start"; not "2 weeks before the start
        # of the course", whose bound is the weeks
        (_AFTER_NO_SPAN["en"] +
         r"(?:(?:by|on\s+or)\s+)?(?:prior\s+to|before)\s+(?:the\s+start\s+of\s+(?:the|your|each)\s+"
         r"[^\W\d_][\w-]*|(?:they|it|the\s+changes?)\s+takes?\s+effect|we\s+(?:start|begin)|"
         # the date of an event said after it: "before the date on which you graduate"
         r"the\s+(?:date|day)\s+(?:on\s+which|that|when)(?=\s)|"
         # before each event of a kind: "before each appointment", "prior to any work"
         r"(?:each|every|any)\s+[^\W\d_][\w-]*)"
         r"(?![\w-])|"
         # a clause before the promise: "Before extra work is charged, we tell you the cost"
         r"(?:(?<=^)|(?<=[.;:]\s))(?:Before|Prior\s+to)\s+(?!you\b)"
         r"(?![^,.;]*\b(?:can|could|may|must)\b)(?=[^,.;]*\b(?:is|are|we|they|it)\b)[^,.;\d]{3,80}?(?=\s*(?:,|$))",
         0, "day", "before the event"),
        # a holiday: "before Christmas", "by Christmas Eve"
        # ("in good time before Christmas" stays vague)
        (r"(?<!time\s)(?<!well\s)(?<!shortly\s)(?<!just\s)(?:before|by)\s+Christmas\s+Eve", 0,
         "day", "before Christmas Eve"),
        (r"(?<!time\s)(?<!well\s)(?<!shortly\s)(?<!just\s)(?:before|by)\s+Christmas(?:\s+Day)?",
         0, "day", "before Christmas"),
        # the end of a term a contract sets: "at the end of the loan period"
        (r"(?:at|by)\s+the\s+end\s+of\s+(?:the|your)\s+(?:loan\s+|rental\s+|hire\s+|notice\s+|"
         r"contract\s+|grace\s+)?(?:term|period)(?![\w-])", 0, "day", "end of the term"),
        # a date the customer chooses: "on the date of your choice"
        (r"(?:on\s+)?(?:the|a)\s+(?:date|day)(?:\s+and\s+time)?\s+of\s+your\s+choice|"
         r"(?:on\s+)?your\s+chosen\s+(?:date|day)", 0, "day", "chosen date"),
        (r"(?:on|upon|at)\s+(?:your\s+|the\s+)?(?:arrival|discharge|check-in|check-out|handover|"
         r"key\s+handover|signing)(?![\w-])", 0, "day", "on the spot"),
        # the day of an event, named: "on delivery day", "on the day of arrival" (below)
        (r"on\s+(?:the\s+|your\s+)?(?:delivery|arrival|departure|collection|check-in|check-out|"
         r"moving|move-in|installation|completion|appointment|exam|examination|results|payment|"
         r"due|dispatch|shipping|travel|event|visit|admission|discharge)\s+(?:day|date)", 0, "day",
         "same day"),
        (r"later\s+(?:today|(?:on\s+)?(?:that|the\s+same)\s+day|in\s+the\s+day)", 0, "day",
         "same day"),
        # the month of an event: "in the month of your retirement", not "of the year"
        (r"(?:by\s+the\s+end\s+of\s+|(?:in|during)\s+)the\s+(?:same\s+)?(?:calendar\s+)?month\s+"
         r"(?:of|in\s+which)\s+(?:your|the|their|its|his|her)\s+(?!(?:year|week|day|month|"
         r"season|quarter)\b)[\w-]+", 1, "month", "month of the event"),
        # the next bill: "on your next bill", "with the next invoice"
        (r"(?:on|with|in|onto)\s+(?:your|the|our|their)\s+next\s+(?:regular\s+|monthly\s+|"
         r"quarterly\s+|annual\s+|final\s+)?(?:bill|invoice|statement|account\s+statement|"
         r"billing\s+cycle)", 12, "month", "next bill"),
        # "on their final day of tenancy": the last day of a period the sentence names
        (r"(?:by\s+|on\s+)?(?:the|your|their|its|his|her)\s+(?:final|last)\s+day(?=\s+(?:of|at|in)\s)",
         0, "day", "last day"),
        (r"(?:in|within|during|later\s+in)\s+the\s+same\s+(?:calendar\s+)?week|"
         # a timeframe written without its preposition: "the same week"
         r"^\s*the\s+same\s+(?:calendar\s+)?week(?=\s*$)", 1, "week", ""),
        (r"before\s+the\s+month\s+(?:has\s+passed|is\s+(?:out|over)|ends)", 1, "month",
         "end of the month"),
        (r"before\s+the\s+week\s+(?:has\s+passed|is\s+(?:out|over)|ends)", 1, "week", ""),
        (r"(?:in|during)\s+the\s+(?:following|next)\s+(?:calendar\s+)?month|in\s+the\s+month"
         r"(?=\s+(?:after|following)\s)", 2, "month", "end of the next month"),
        # the year's last month: "in the last month of the year"
        (r"in\s+the\s+last\s+month\s+of\s+(?:the|each|every)\s+(?:calendar\s+)?year", 12, "month",
         "end of the year"),
        # before delivery or arrival: "before delivery", "prior to the installation"
        (_AFTER_NO_SPAN["en"] + r"(?:prior\s+to|before)\s+(?:the\s+|your\s+)?(?:delivery|"
         r"collection|dispatch|handover|move-in|move-out)(?![\w-])", 0, "day", "before the event"),
        # with the confirmation: "sent with your booking confirmation"
        (r"(?:together\s+)?with\s+(?:the|your)\s+(?:booking\s+|order\s+|reservation\s+)?"
         r"confirmation(?![\w-])", 0, "day", "at the same time"),
        # the next meeting: "decided at the next board meeting"
        (r"(?:at|by)\s+(?:the|its|their|our)\s+next\s+(?:[\w-]+\s+){0,2}?meeting(?![\w-])", 1,
         "month", "next meeting"),
        # this weekend; at an opening: "with the opening of registration"
        (r"(?:(?:at|over|on|by)\s+)?(?:this|the\s+coming)\s+weekend", 1, "week", ""),
        (r"(?:with|at)\s+the\s+opening\s+of\s+(?:the\s+)?[\w-]+", 0, "day", "at the same time"),
        # the month or week before an event: "in the month before the move"
        (r"(?:in|during)\s+the\s+(?:calendar\s+)?month(?=\s+(?:before|preceding|prior\s+to)\s)",
         1, "month", "before the event"),
        (r"(?:in|during)\s+the\s+(?:calendar\s+)?week(?=\s+(?:before|preceding|prior\s+to)\s)",
         1, "week", "before the event"),
        # the end of a meeting: "at the end of the hearing", "at the end of your appointment"
        (r"at\s+the\s+(?:end|close)\s+of\s+(?:the|your|each)\s+(?:hearing|meeting|appointment|call|"
         r"visit|session|consultation|interview|inspection|assessment|examination|conversation)",
         0, "day", "on the spot"),
        # the rest of a calendar week or day: "in the course of the week"
        (r"(?:in|during)\s+the\s+course\s+of\s+the\s+(?:same\s+|current\s+)?week", 1, "week", ""),
        # the next seven days; the week after, at most two away: "repairs are made the
        # following week", "in the course of next week"
        (r"within\s+the\s+next\s+week(?!\s*(?:days?|ends?)\b)(?!-)", 1, "week", ""),
        (r"(?<!\bof\s)(?<!\bof\sthe\s)(?:(?:in|during|by\s+the\s+end\s+of)\s+)?"
         r"(?:the\s+course\s+of\s+)?(?:the\s+)?(?:next|following|coming)\s+(?:calendar\s+)?"
         r"week(?!\s*(?:days?|ends?)\b)(?!-)", 2, "week", "end of the next week"),
        (r"(?:in|during)\s+the\s+course\s+of\s+the\s+(?:same\s+)?day", 0, "day", "same day"),
        # a practice's or office's next session: "at the next surgery", "next office hours"
        (r"(?:at|in|during|by)\s+(?:the|your|our)\s+next\s+(?:surgery|clinic|consultation\s+hours|"
         r"office\s+hours|opening\s+hours|opening\s+session)", 1, "working_day",
         "next opening hours"),
        # the end of a shift: "at end of shift", "by the end of your shift"
        (r"(?:at|by|before)\s+(?:the\s+)?end\s+of\s+(?:the\s+|each\s+|your\s+|their\s+|every\s+)?"
         r"shift", 0, "day", "same day"),
        (r"(?:at|by)\s+the\s+end\s+of\s+(?:the|each|every)\s+(?:working\s+|business\s+)?"
         r"(?:day|workday)|"
         # a timeframe written without its preposition: "the end of the working day"
         r"^\s*(?:the\s+)?(?:end|close)\s+of\s+the\s+(?:working\s+|business\s+)?day", 0, "day",
         "same day"),
        (r"(?:the\s+)?(?:next|following)\s+(?:morning|afternoon|evening)", 1, "day", "next day"),
        (r"(?:on\s+)?the\s+same\s+(?:evening|afternoon|morning)|"
         r"immediately(?=\s+(?:after|when|once|upon|following)\b)|"
         # "we will immediately notify you of the outcome after inspecting the item"
         r"immediately(?=\W+(?:[\w'-]+\W+){1,8}?(?:after|upon|on|once)\s+\w+ing(?![\w-]))",
         0, "day", "same day"),
        (r"on\s+the\s+(?:same\s+)?(?:date|day)\s+(?:that|when|on\s+which)(?:\s+[\w'-]+){0,8}", 0,
         "day", "same day"),
        (r"on\s+the\s+day\s+(?:of\s+(?:(?:your|the)\s+)?\w+|(?:we|you)\s+\w+\s+it)", 0, "day",
         "same day"),
        # "on the day the ILL item is received": the day an event happens
        (r"on\s+the\s+day\s+(?:the|your|a|an|you|they|we)\s+(?:[\w-]+\s+){0,3}?(?:is|are|was|were|"
         r"has\s+been)\s+"
         r"(?:received|returned|delivered|reported|submitted|booked|made|found|collected|lodged|"
         # an event in progress: "on the day a customer is moving property"
         r"(?:moving|relocating|leaving|arriving|travelling|traveling)(?:\s+(?:out|in|house|home|"
         r"property|premises|address))?(?![\w-]))",
         0, "day", "same day"),
        # "on day of submission", "the day of receipt"; not "within a day of receipt"
        # nor the anchor of another bound: "within 5 working days of the day of receipt"
        (r"(?<!of\s)(?<!from\s)(?<!after\s)(?:on\s+)?(?:the\s+)?(?<!of\sthe\s)"
         r"(?<!from\sthe\s)(?<!after\sthe\s)(?<!of\s)(?<!from\s)(?<!after\s)(?<!\ba\s)"
         r"(?<!\bone\s)(?<!\d\s)(?:day|date)\s+of\s+(?:receipt|"
         r"submission|arrival|application|request|delivery|booking|purchase|registration|"
         r"referral|notification|report|reporting|enquiry|inquiry|contact)", 0, "day", "same day"),
        (r"on\s+the\s+spot|while\s+you\s+wait|(?:immediately|at\s+once)(?=\s+(?:issue|issued|"
         r"hand|handed|give|given|print|printed))|(?:issued|handed\s+(?:over|out)|given|printed)"
         r"\s+(?:to\s+you\s+)?(?:immediately|at\s+once)", 0, "day", "on the spot"),
    ),
    "de": (
        (r"(?:am\s+)?(?:gleichen|selben)\s+oder\s+(?:am\s+)?nächsten\s+(?:Tag|Abend)", 1, "day",
         "next day"),
        (r"sofort(?=,?\s+(?:[\w-]+,?\s+){0,5}?(?:sobald|wenn|nachdem)\s)|"
         r"(?:sofort|unmittelbar|direkt|gleich)(?=\s+nach\b)", 0, "day", "at once"),
        # at the moment of an event: "sofort bei der Übernahme", "direkt beim Eingang"; not
        # a condition ("sofort bei Fragen", "bei einem Notfall")
        (r"(?:sofort|unmittelbar|direkt|gleich)(?=\s+(?:beim|bei\s+(?:der|dem|Ihrer|Ihrem|deiner|"
         r"deinem))\s)", 0, "day", "on the spot"),
        (r"(?:noch\s+)?am\s+(?:gleichen|selben)\s+(?:Abend|Nachmittag|Vormittag)", 0, "day",
         "same day"),
        (r"(?:noch\s+)?an\s+(?:diesem|demselben|dem\s+selben|dem\s+gleichen|jenem)\s+"
         r"(?:Werk|Arbeits|Geschäfts)tage?", 0, "working_day", "same working day"),
        (r"(?:noch\s+)?an\s+(?:diesem|demselben|dem\s+selben|dem\s+gleichen|jenem)\s+Tage?|"
         r"(?:noch\s+)?(?:desselben|des\s+selben|des\s+gleichen)\s+Tages", 0, "day", "same day"),
        (r"(?:noch\s+)?innerhalb\s+des\s+(?:selben\s+|gleichen\s+)?(?:Werk|Arbeits|Geschäfts)"
         r"tages", 0, "working_day", "same working day"),
        (r"(?:am\s+)?(?:darauffolgenden|folgenden|nächsten)\s+"
         r"(?:Vormittag|Nachmittag|Abend|Morgen)", 1, "day", "next day"),
        (r"(?:bis\s+)?(?:zum\s+)?(?:Ende\s+des\s+(?:Arbeits|Werk|Geschäfts)?[Tt]ages|Tagesende|"
         r"Geschäftsschluss|Dienstschluss)", 0, "day", "same day"),
        (r"(?:am|an\s+dem)\s+(?:selben|gleichen)\s+oder\s+(?:am\s+)?(?:nächsten|folgenden)\s+"
         r"(?:Werk|Arbeits|Geschäfts)?tag", 1, "working_day", "next working day"),
        (r"(?:noch\s+)?(?:am|an\s+dem)\s+(?:selben|gleichen|selbigen|gleichen)\s+"
         r"(?:Werk|Arbeits|Geschäfts|Bankarbeits)tag", 0, "working_day", "same working day"),
        (r"(?:noch\s+)?(?:am|an\s+dem)\s+(?:selben|gleichen|selbigen)\s+Tag|taggleich|"
         r"am\s+Tag\s+des\s+Eingangs|(?:noch\s+)?am\s+Tag\s+selbst|noch\s+am\s+Tag\s+der\s+\w+|"
         r"noch\s+heute|(?:noch\s+)?am\s+Tag\s+(?:der|des)\s+[\w-]+", 0, "day", "same day"),
        (r"gleichzeitig\s+mit|zeitgleich\s+mit", 0, "day", "at the same time"),
        # the month of an event, as one word: "im Austrittsmonat", "im Geburtsmonat"; not a
        # season's month or one that has a pattern of its own
        (r"(?:(?:bis|spätestens)\s+)?(?:spätestens\s+)?(?:noch\s+)?(?:im|in\s+dem)\s+"
         r"(?!(?:Folge|Vor|Sommer|Winter|Herbst|Frühlings|Frühjahrs|Früh|Urlaubs|Ferien|Kalender|"
         r"Wonne|Haupt|Spät|Regen|Hitze|Sonnen|Fasten|Sommerferien|Winter|Nächsten|Selben|"
         r"Gleichen|Laufenden|Jeweiligen)monat)[^\W\d_]{3,}monat(?:s|es)?(?![\w-])", 1, "month",
         "month of the event"),
        # the next bill: "mit der nächsten Schlussabrechnung", "auf der nächsten Rechnung"
        (r"(?:(?:mit|bei|in|auf|zu)\s+(?:der|den|die|Ihrer|Ihre|Ihren|deiner|deine)\s+)?(?:nächsten|"
         r"nächste|folgenden|folgende|"
         r"kommenden|kommende|nächstfolgenden)\s+[\w-]*(?:abrechnung|rechnung|Abrechnung|Rechnung)"
         r"(?:sbetrag)?(?![\w-])", 12, "month", "next bill"),
        # the day of an event, as one word: "am Anreisetag", "am Zustelltag", "am Abfuhrtag";
        # not a weekday, a holiday, a unit or a day that has a pattern of its own
        (r"(?:(?:bis|spätestens)\s+)?(?:spätestens\s+)?(?:noch\s+)?(?:am|an\s+dem)\s+"
         r"(?!(?:Mon|Diens|Donners|Frei|Sams|Sonn|Feier|Werk|Arbeits|Geschäfts|Wochen|Folge|Vor|"
         r"Schul|Unterrichts|Öffnungs|Kalender|Bankarbeits|Bankgeschäfts|Geburts|Ruhe|Brücken|"
         r"Fest|Gedenk|Sonnen|Namens|Jahres|Hochzeits|Mitt|Fr[eü]h|Nachmit|Vormit|Ganz|Halb|"
         r"Gleichen|Selben|Nächsten)tag)[^\W\d_]{3,}tag(?:e?s)?", 0, "day", "same day"),
        # "am letzten Tag (vor Ablauf)": the last day of a period the sentence names
        (r"(?:spätestens\s+)?am\s+letzten\s+(?:Werk|Arbeits|Geschäfts)?[Tt]ag(?!\s+(?:des|der|im|in|"
         r"vom|vor|davor)\b)", 0, "day", "last day"),
        # any event with "spätestens": "spätestens bei der Anpassung des Hörgeräts"
        # (an event: not "spätestens beim vierten Klingeln", a count)
        (r"spätestens\s+(?:bei\s+(?:der|dem|Ihrer|Ihrem)|beim)\s+(?!(?:ersten|zweiten|dritten|"
         r"vierten|fünften|sechsten|siebten|achten|neunten|zehnten|nächsten|folgenden|letzten)"
         r"\b)[^\W\d_]{4,}(?![\w-])", 0, "day", "on the spot"),
        # the moment of an event: "bei der Entlassung", "beim Check-in"
        (r"(?:bei|mit)\s+(?:der|Ihrer|ihrer)\s+(?:Entlassung|Abholung|Ankunft|Anreise|Abreise|"
         r"Übergabe|Schlüsselübergabe|Auslieferung|Zustellung|Buchung|Registrierung|Rückgabe|"
         r"Unterzeichnung|Vertragsunterzeichnung|Anmeldung|Antragstellung|Beantragung|Vorsprache)|"
         r"beim\s+(?:Check-?in|Check-?out|Einzug|Auszug|"
         r"Abholen|Vertragsabschluss)", 0, "day", "on the spot"),
        # a holiday: "vor Weihnachten", "spätestens bis Heiligabend"
        # ("rechtzeitig vor Weihnachten" stays vague)
        *(
            (rf"(?<!rechtzeitig\s)(?<!kurz\s)(?<!lange\s)(?:(?:noch|spätestens)\s+)?(?:vor|bis)\s+"
             rf"(?:{holiday})(?![\w-])", 0, "day", words)
            for holiday, words in (
                ("Weihnachten", "before Christmas"), ("Heiligabend", "before Christmas Eve"),
                ("Ostern", "before Easter"), ("Silvester", "before New Year's Eve"),
            )
        ),
        # before a booked date: "vor Eurem Hochzeitstermin", "bis zum Termin des
        # Beratungsgesprächs"; not "24 Stunden vor dem Termin", whose bound is the hours
        # (compounds too: "4 Arbeitstage vor dem Abfuhrtermin")
        (_AFTER_NO_SPAN["de"] + r"(?:spätestens\s+)?(?:vor|bis\s+zu[mr]?)\s+"
         r"(?:(?:dem|Ihrem|Eurem|eurem|deinem|Deinem|ihrem)\s+)?(?:vereinbarten\s+|gebuchten\s+|"
         r"geplanten\s+)?(?:[^\W\d_]+termin|Termin(?:\s+(?:des|der|Ihres|Eures|Ihrer|Eurer)\s+"
         r"[^\W\d_]{4,}))(?![\w-])|"
         # the date of an event said after it: "vor dem Tag, an dem Sie Ihren Abschluss machen"
         r"(?:spätestens\s+)?(?:vor|bis\s+zu)\s+dem\s+(?:Tag|Datum)\s*,?\s+an\s+dem(?=\s)", 0,
         "day", "before the event"),
        # the start of an event, or a change taking effect: "vor Beginn des Drucks", "bevor
        # sie in Kraft treten"; not "3 Wochen vor Beginn", whose bound is the weeks
        (_AFTER_NO_SPAN["de"] +
         r"(?:spätestens\s+)?(?:vor\s+Beginn\s+(?:des|der|Ihres|Ihrer|eures|eurer)\s+[^\W\d_][\w-]*|"
         r"bevor\s+(?:sie|diese|die\s+Änderungen)\s+in\s+Kraft\s+treten|bevor\s+wir\s+(?:beginnen|"
         r"starten)|"
         # before each event of a kind: "Vor jeder Auftragserteilung", "vor jedem Bankeinzug"
         r"vor\s+(?:jeder|jedem|jeden)\s+[^\W\d_][\w-]*)(?![\w-])|"
         # a clause before the promise: "Bevor Zusatzaufwand verrechnet wird, informieren wir"
         r"(?:(?<=^)|(?<=[.;:]\s))Bevor\s+(?!Sie\b)"
         r"(?![^,.;]*\b(?:können|kann|könnten|müssen|muss)\b)"
         r"(?=[^,.;]*\b(?:wird|werden|ist|sind|wir)\b)[^,.;\d]{3,80}?(?=\s*(?:,|$))", 0,
         "day", "before the event"),
        # the due date: "jeweils zum Fälligkeitstermin", "am Fälligkeitstag"
        (r"(?:(?:bis|spätestens)\s+)?(?:zum|am|an\s+dem)\s+(?:jeweiligen\s+)?Fälligkeits(?:termin|"
         r"tag|datum)(?![\w-])", 0, "day", "due date"),
        # the end of a term a contract sets: "Am Ende der Frist", "zum Ende der Laufzeit"
        # the last day of a period: "am letzten Tage der Arbeitsunfähigkeit"
        (r"(?:spätestens\s+)?(?:am|zum)\s+letzten\s+Tage?\s+(?:der|des|Ihrer|Ihres)\s+"
         r"[^\W\d_][\w-]+", 0, "day", "end of the term"),
        (r"(?:spätestens\s+)?(?:am|zum)\s+Ende\s+(?:der|Ihrer|ihrer)\s+(?:Frist|Laufzeit|"
         r"Vertragslaufzeit|Pfandfrist|Leihfrist|Mietzeit|Mietdauer|Kündigungsfrist)(?![\w-])",
         0, "day", "end of the term"),
        # a date the customer chooses: "am Tag Ihrer Wahl", "zum Wunschtermin"
        (r"(?:am|zum|an\s+dem)\s+(?:(?:Tag|Termin|Datum)\s+Ihrer\s+Wahl|(?:gewünschten|"
         r"vereinbarten\s+Wunsch)\s*(?:Termin|Tag|Datum)|Wunsch(?:termin|tag|datum))", 0, "day",
         "chosen date"),
        # "direkt im Anschluss": right after the event
        (r"(?:direkt|sofort|unmittelbar)\s+im\s+Anschlu(?:ss|ß)", 0, "day", "same day"),
        (r"(?:noch\s+)?(?:heute\s+)?später\s+am\s+(?:selben\s+|gleichen\s+)?Tag", 0, "day",
         "same day"),
        (r"(?:noch\s+)?in\s+(?:derselben|der\s+selben|der\s+gleichen)\s+(?:Kalender)?woche", 1,
         "week", ""),
        (r"(?:(?:am|zum)\s+Ende|zu\s+Beginn)\s+(?:des|Ihres)\s+(?:ersten\s+|nächsten\s+)?"
         r"(?:Termins|Gesprächs|Besuchs|Beratungsgesprächs|Beratungstermins|"
         r"Telefonats|Anrufs|Kurses|Verhandlungstermins|Verfahrens|Trainings|Unterrichts)|"
         # a lesson or session: "zu Beginn der ersten Schwimmstunde"
         r"(?:(?:am|zum)\s+Ende|zu\s+Beginn)\s+(?:der|Ihrer)\s+(?:ersten\s+|nächsten\s+)?"
         r"[\w-]*(?:stunde|sitzung|behandlung|lektion|veranstaltung|besprechung|beratung)|"
         # during the appointment: "noch beim Beratungstermin", "während des Termins"
         r"(?:noch\s+)?(?:beim|während\s+des|während\s+Ihres)\s+(?:Beratungs)?(?:termins?|"
         r"gesprächs?)(?![\w-])", 0, "day", "on the spot"),
        (r"(?:bis\s+(?:zum\s+)?(?:Ende\s+des\s+)?|am\s+|spätestens\s+am\s+)?(?:nächsten|folgenden|"
         r"darauffolgenden|darauf\s+folgenden|nächstfolgenden|nächster|folgender|"
         r"darauffolgender)\s+(?:Werk|Arbeits|Geschäfts|"
         r"Bankarbeits)tag(?:es|s)?", 1, "working_day", "next working day"),
        (r"(?:bis\s+(?:zum\s+)?|am\s+)?übernächsten\s+(?:Werk|Arbeits|Geschäfts)tag(?:es|s)?", 2,
         "working_day", ""),
        (r"(?:bis\s+(?:zum\s+)?|am\s+)?übernächsten\s+Tag(?:es|s)?", 2, "day", ""),
        # "am Werktag nach dem Versand": the event follows "nach", an anchor
        (r"(?:spätestens\s+)?am\s+(?:Werk|Arbeits|Geschäfts)tag(?=\s+nach\s)", 1, "working_day",
         "next working day"),
        (r"(?:spätestens\s+)?am\s+Tag(?=\s+nach\s)", 1, "day", "next day"),
        # "am Tag vor dem Termin": the event follows "vor", an anchor
        (r"(?:(?:bis|spätestens)\s+)?(?:spätestens\s+)?(?:am|zum)\s+(?:letzten\s+)?"
         r"(?:Werk|Arbeits|Geschäfts)tag(?:\s+davor|(?=\s+vor\s))", 1, "working_day",
         "working day before"),
        (r"(?:(?:bis|spätestens)\s+)?(?:spätestens\s+)?(?:am|zum)\s+(?:Vortage?s?|Tag(?:\s+davor|"
         r"(?=\s+vor\s)))", 1, "day", "day before"),
        (r"(?:(?:bis|spätestens)\s+)?(?:spätestens\s+)?(?:am|zum)\s+(?:Vorabend|Abend(?:\s+davor|"
         r"(?=\s+vor\s)))", 1, "day", "evening before"),
        (r"(?:bis\s+)?übermorgen", 2, "day", ""),
        (r"(?:einer|eine|1)\s+Viertelstunde", 15, "minute", ""),
        (r"(?:spätestens\s+)?in\s+der\s+letzten\s+Woche\s+des\s+(?:(?:folgenden|nächsten)\s+"
         r"Monats|Folgemonats)", 2, "month", "end of the next month"),
        (r"(?:spätestens\s+)?in\s+der\s+letzten\s+Woche\s+des\s+(?:laufenden\s+)?Monats", 1,
         "month", "end of the month"),
        (r"(?:einer|eine)\s+Dreiviertelstunde", 45, "minute", ""),
        # the close of the next day: "bis zur Schließung der Abholstation am Folgetag"
        (r"bis\s+zu[mr]\s+(?:Schließung|Geschäftsschluss|Ladenschluss|Betriebsschluss|"
         r"Dienstschluss)(?:\s+(?:der|des)\s+[\w-]+)?\s+am\s+(?:Folgetag|nächsten\s+Tag|"
         r"folgenden\s+Tag)", 1, "day", "next day"),
        (r"(?:bis\s+(?:zum\s+)?(?:Ende\s+des\s+)?|am\s+)?(?:nächsten|folgenden|darauffolgenden|"
         r"darauf\s+folgenden|nachfolgenden)\s+Tag(?:es|s)?|(?:am\s+)?Folgetag", 1, "day",
         "next day"),
        (r"(?:binnen|innerhalb)\s+(?:einer\s+)?Monatsfrist|Monatsfrist", 1, "month", ""),
        # "im Folgemonat", "im auf den Geburtstag folgenden Monat": by the next month's end
        (r"(?:spätestens\s+)?im\s+(?:Folgemonat|(?:darauf)?folgenden\s+Monat|nächsten\s+Monat|auf\s+"
         r"(?:den|die|das)\s+[\w-]+\s+folgenden\s+Monat)", 2, "month", "end of the next month"),
        (r"innerhalb\s+der\s+(?:nächsten|ersten)\s+Stunde", 1, "hour", ""),
        # the year's last month: "im letzten Monat des Jahres"
        (r"im\s+letzten\s+Monat\s+(?:des|eines|jedes)\s+(?:Kalender)?[Jj]ahres", 12, "month",
         "end of the year"),
        # before delivery or arrival: "vor der Auslieferung", "vor der Anreise"
        (_AFTER_NO_SPAN["de"] + r"(?:spätestens\s+)?vor\s+(?:der|Ihrer|dem|Ihrem)\s+"
         r"(?:Auslieferung|Lieferung|Zustellung|Abholung|Anreise|Abreise|Montage|Installation|Anlieferung|Übergabe|"
         r"Umzug|Einzug|Auszug)(?![\w-])", 0, "day", "before the event"),
        # with the confirmation: "wird mit der Buchungsbestätigung übermittelt"
        (r"(?:zusammen\s+)?mit\s+(?:der|Ihrer)\s+(?:Buchungs|Auftrags|Bestell|Reservierungs)?"
         r"bestätigung(?![\w-])", 0, "day", "at the same time"),
        # the month or week before an event: "im Monat vor dem Umzug", "in der Woche vor"
        (r"(?:im|in\s+dem)\s+(?:Kalender)?monat(?=\s+vor\s)", 1, "month", "before the event"),
        (r"in\s+der\s+(?:Kalender)?woche(?=\s+vor\s)", 1, "week", "before the event"),
        # the next meeting: "entscheidet die nächste Mitgliederversammlung"
        (r"(?:(?:in|auf|bei|von)\s+)?(?:(?:der|die)\s+)?(?:nächsten?|folgenden?|kommenden?|"
         r"nächstfolgenden?)\s+[\w-]*(?:versammlung|sitzung)(?![\w-])", 1, "month", "next meeting"),
        # this weekend: "Wir versenden am Wochenende noch Mails"; at an opening: "Mit der
        # Eröffnung der Anmeldung senden wir Euch einen Rabattcode"
        # (not "am Wochenende" alone: also when a case happens, "Anfragen am Wochenende")
        (r"(?:noch\s+am|an\s+diesem|am\s+kommenden|am\s+nächsten|übers|über\s+das)\s+"
         r"Wochenende|am\s+Wochenende(?=\s+noch\b|\s*\.?\s*$)", 1, "week", ""),
        (r"(?:mit|bei)\s+(?:der|dem)\s+(?:Eröffnung|Öffnung|Freischaltung|Start)\s+(?:der|des)\s+"
         r"[\w-]+", 0, "day", "at the same time"),
        # the year's end: "noch im alten Jahr", "noch in diesem Jahr"
        (r"noch\s+(?:im\s+(?:alten|laufenden|selben|gleichen)|in\s+diesem)\s+(?:Kalender)?jahr"
         r"(?![\w-])", 12, "month", "end of the year"),
        (r"(?:am|bis\s+zum)\s+(?:nächsten|folgenden|darauffolgenden|darauf\s+folgenden|"
         r"nächstfolgenden)\s+(?:Zustell|Liefer|Abhol|Öffnungs|Ordinations|Praxis|Sprech)"
         r"tag(?:es|s)?", 1, "working_day",
         "next working day"),
        # the next round of a scheduled service: "bei der nächsten Restmüllleerung"
        (r"(?:bei|mit|zu|an)\s+der\s+(?:nächsten|folgenden|darauffolgenden|nächstfolgenden)\s+"
         r"(?:regulären\s+|planmäßigen\s+)?[\w-]*(?:leerung|abfuhr|abholung|sammlung)", 1,
         "month", "next collection"),
        (r"während\s+des\s+(?:Gesprächs|Anrufs|Besuchs|Telefonats)|im\s+(?:selben|gleichen)\s+"
         r"(?:Gespräch|Anruf|Telefonat)", 0, "day", "on the spot"),
        (r"(?:binnen|innerhalb)\s+(?:einer\s+)?Wochenfrist|Wochenfrist", 1, "week", ""),
        (r"im\s+Laufe?\s+der\s+(?:selben\s+|gleichen\s+|jeweiligen\s+|betreffenden\s+|laufenden\s+)?"
         r"Woche", 1, "week", ""),
        # the week after: "bekommen Sie die folgende Woche keine Kiste", "in der nächsten Woche"
        (r"(?:im\s+Laufe?\s+)?(?:(?:in\s+)?der|die)\s+(?:folgenden?|nächsten?|darauffolgenden?|"
         r"kommenden?)\s+Woche", 2, "week", "end of the next week"),
        (r"im\s+Laufe?\s+des\s+(?:selben\s+|gleichen\s+)?Tages", 0, "day", "same day"),
        # "Wir digitalisieren Ihre Post tagesaktuell": on the day it arrives
        (r"tagesaktuell", 0, "day", "same day"),
        (r"(?:in|zu|zur|bis\s+zur|während)\s+(?:der\s+)?(?:nächsten|folgenden|darauffolgenden|"
         r"nächstfolgenden)\s+(?:Sprechstunde|(?:Sprech|Öffnungs|Notdienst|Service|Geschäfts)"
         r"zeit)", 1, "working_day",
         "next opening hours"),
        (rf"(?:sofort|umgehend\s+automatisch\w*|automatisch\w*|unmittelbar)(?=\W+(?:\w+\W+){{0,6}}?"
         rf"(?:{_RECEIPTS}))", 0, "day", "at once"),
        (r"(?:sofort|direkt|unmittelbar|gleich)(?=\s+(?:aus\b|ausgestellt|ausgehändigt|ausgegeben|"
         r"ausgedruckt|ausdrucken|gedruckt|mit\b|mitnehmen|mitgegeben|übergeben))|(?:ausgestellt|ausgehändigt|mitgegeben)\s+(?:\w+\s+)?"
         r"sofort|während\s+(?:Ihres\s+Besuchs|Sie\s+warten)", 0, "day", "on the spot"),
        # "bis morgen", "morgen geliefert": tomorrow, not "am Morgen" (the morning)
        (r"(?<!am\s)(?<!jeden\s)(?<!heute\s)(?<!dem\s)(?<!den\s)(?<!guten\s)(?<!frühen\s)"
         r"(?<!einen\s)(?<!diesen\s)(?:(?:bis|spätestens)\s+)?(?:spätestens\s+)?morgen(?:\s+"
         r"(?:früh|Vormittag|Mittag|Nachmittag|Abend))?", 1, "day", "next day"),
    ),
    "nl": (
        # "op de dag volgend op de dag waarop je bestelde": the event follows "volgend op"
        (r"(?:uiterlijk\s+)?(?:op\s+)?de\s+dag\s+volgend(?:e)?\s+op", 1, "day", "next day"),
        (r"(?:op\s+)?(?:die|de)?zelfde\s+(?:werk)?dag\s+of\s+(?:op\s+)?(?:de\s+)?(?:eerst)?volgende\s+"
         r"werkdag|(?:op\s+)?(?:dezelfde|de\s+zelfde)\s+of\s+(?:de\s+)?volgende\s+werkdag", 1,
         "working_day", "next working day"),
        (r"(?:nog\s+)?(?:op\s+)?(?:dezelfde|diezelfde|die|deze)\s+werkdag", 0, "working_day",
         "same working day"),
        (r"(?:nog\s+)?(?:op\s+)?(?:dezelfde|diezelfde|die|deze|(?:(?:die|de|deze)\s+)?zelfde)\s+dag",
         0, "day", "same day"),
        (r"(?:op\s+)?(?:de\s+)?(?:eerst\s?|daarop\s?)?volgende\s+werkdag", 1, "working_day",
         "next working day"),
        # a holiday: "vóór Kerst", "voor de kerstdagen"
        # ("ruim voor Kerst", "tijdig voor Kerst" stay vague)
        *(
            (rf"(?<!ruim\s)(?<!tijdig\s)(?<!kort\s)(?:(?:nog|uiterlijk)\s+)?(?:vóór|voor)\s+"
             rf"(?:{holiday})(?![\w-])", 0, "day", words)
            for holiday, words in (
                (r"Kerst(?:mis)?|de\s+kerstdagen", "before Christmas"),
                ("kerstavond", "before Christmas Eve"), ("Pasen", "before Easter"),
                ("oudejaarsavond", "before New Year's Eve"), ("Sinterklaas", "before Sinterklaas"),
            )
        ),
        # the start of an event, or a change taking effect: "voor aanvang van het
        # drukproces", "vóór ze in werking treden", "Voordat we starten met het onderhoud";
        # not "2 weken voor aanvang", whose bound is the weeks
        (_AFTER_NO_SPAN["nl"] + r"(?:uiterlijk\s+)?(?:(?:vóór|voor)\s+(?:de\s+)?(?:aanvang|"
         r"start)\s+van\s+(?:de|het|uw|je|een)\s+[^\W\d_][\w-]*|(?:vóór|voordat|vóórdat)\s+(?:ze|zij|"
         r"deze|die|de\s+wijzigingen)\s+in\s+werking\s+treden|(?:voordat|vóórdat)\s+(?:we|wij)\s+"
         r"(?:starten|beginnen))(?![\w-])", 0, "day", "before the event"),
        # before a booked date: "vóór uw afspraak", "voorafgaand aan de trouwdag"; "voor"
        # without accents is also "for" ("voor uw afspraak meebrengen"), so only "vóór"
        (_AFTER_NO_SPAN["nl"] + r"(?:uiterlijk\s+)?(?:vóór|voorafgaand\s+aan)\s+"
         r"(?:de|uw|je|jouw)\s+(?:geplande\s+|"
         r"afgesproken\s+|geboekte\s+)?(?:[^\W\d_]*afspraak|trouwdag|huwelijksdag|[^\W\d_]*datum|"
         r"bezoek|aankomst|vertrek|reservering)(?![\w-])|"
         # the date of an event said after it: "voor de datum dat jij afstudeert"
         r"(?:uiterlijk\s+)?(?:vóór|voor)\s+de\s+datum\s+(?:dat|waarop)(?=\s)|"
         # before each event of a kind: "vóór elke behandeling", "voorafgaand aan iedere klus"
         # ("voor elke" without accents is also "for each")
         r"(?:vóór|voorafgaand\s+aan)\s+(?:elke|iedere|ieder)\s+[^\W\d_][\w-]*(?![\w-])|"
         # a clause before the promise: "Voordat er meerwerk wordt berekend, informeren wij u"
         r"(?:(?<=^)|(?<=[.;:]\s))(?:Voordat|Vóórdat)\s+(?!u\b|je\b)"
         r"(?![^,.;]*\b(?:kunnen|kan|moeten|moet)\b)"
         r"(?=[^,.;]*\b(?:wordt|worden|is|zijn|we|wij)\b)[^,.;\d]{3,80}?(?=\s*(?:,|$))", 0, "day",
         "before the event"),
        # the due date: "op de vervaldag", "uiterlijk op de vervaldatum"
        (r"(?:uiterlijk\s+)?(?:op|tegen)\s+de\s+(?:uiterste\s+)?(?:vervaldag|vervaldatum)"
         r"(?![\w-])", 0, "day", "due date"),
        # the next day, as Flemish says it: "de dag nadien", "daags nadien"
        (r"(?:op\s+)?de\s+(?:werk)?dag\s+nadien|daags\s+nadien", 1, "day", "next day"),
        # the end of a term a contract sets: "aan het einde van de termijn"
        (r"(?:uiterlijk\s+)?(?:aan|op|bij)\s+het\s+eind(?:e)?\s+van\s+(?:de|uw|je)\s+(?:termijn|"
         r"looptijd|huurperiode|leenperiode|opzegtermijn|contractperiode|overeenkomst)(?![\w-])",
         0, "day", "end of the term"),
        # a date the customer chooses: "op de datum en het dagdeel van uw keuze"
        (r"(?:op\s+)?de\s+(?:datum|dag)(?:\s+en\s+(?:het\s+)?(?:dagdeel|tijdstip|tijdvak|uur))?\s+"
         r"van\s+(?:uw|je|jouw)\s+keuze|(?:op\s+)?de\s+(?:door\s+u\s+)?gekozen\s+(?:datum|dag)",
         0, "day", "chosen date"),
        (r"(?:op\s+)?(?:de\s+)?(?:eerst)?volgende\s+(?:bezorg|lever|post|ophaal|openings)dag", 1,
         "working_day", "next working day"),
        (r"(?:bij|tijdens|met)\s+de\s+(?:eerst)?volgende\s+(?:reguliere\s+|geplande\s+)?"
         r"[\w-]*(?:lediging|ophaling|ophaalronde|inzameling)", 1, "month", "next collection"),
        (r"binnen\s+de\s+maand", 1, "month", ""),
        # the month or week before an event: "in de maand voorafgaand aan de plaatsing"
        (r"in\s+de\s+(?:kalender)?maand(?=\s+(?:voor|vóór|voorafgaand|voorafgaande)\s)", 1,
         "month", "before the event"),
        (r"in\s+de\s+(?:kalender)?week(?=\s+(?:voor|vóór|voorafgaand|voorafgaande)\s)", 1,
         "week", "before the event"),
        # at the start of an event or during it: "bij aanvang van de eerste zwemles",
        # "tijdens uw afspraak"
        (r"bij\s+(?:de\s+)?(?:aanvang|start|begin)\s+van\s+(?:de|het|uw|je|jouw|elke|iedere)\s+"
         r"(?:eerste\s+|volgende\s+)?[^\W\d_][\w-]*|tijdens\s+(?:de|het|uw|je|jouw)\s+(?:afspraak|"
         r"bezoek|consult|gesprek|telefoongesprek)(?![\w-])", 0, "day", "on the spot"),
        (r"(?:op\s+)?de\s+datum\s+van\s+(?:ontvangst|aanvraag|aanmelding|indiening|binnenkomst)"
         r"(?![\w-])", 0, "day", "same day"),
        # the year's last month: "in de laatste maand van het jaar"
        (r"in\s+de\s+laatste\s+maand\s+van\s+(?:het|elk|ieder)\s+(?:kalender)?jaar", 12, "month",
         "end of the year"),
        # before delivery: "vóór de levering"; "voor" without its accent is also "for"
        (_AFTER_NO_SPAN["nl"] + r"(?:uiterlijk\s+)?(?:vóór|voorafgaand\s+aan)\s+(?:de|uw)\s+"
         r"(?:levering|bezorging|aflevering|ophaling|installatie|montage|verhuizing)(?![\w-])", 0,
         "day", "before the event"),
        # with the confirmation: "samen met de boekingsbevestiging"
        (r"(?:samen\s+met|bij)\s+(?:de|uw)\s+(?:boekings|order|reserverings)?bevestiging(?![\w-])",
         0, "day", "at the same time"),
        # the same (working) day: "dezelfde (werk)dag"
        (r"(?:op\s+)?(?:dezelfde|diezelfde)\s+\(werk\)dag", 0, "working_day", "same working day"),
        # the next meeting: "in de eerstvolgende ledenvergadering"
        (r"(?:(?:in|op|tijdens)\s+)?de\s+(?:eerst)?volgende\s+(?:algemene\s+)?[\w-]*(?:vergadering|"
         r"bijeenkomst)(?![\w-])", 1, "month", "next meeting"),
        # this weekend; at an opening: "bij de opening van de inschrijving"
        (r"(?:in\s+)?(?:dit|komend|het\s+komende)\s+weekend", 1, "week", ""),
        (r"(?:bij|met)\s+de\s+(?:opening|openstelling|start)\s+van\s+(?:de|het)\s+[\w-]+", 0, "day",
         "at the same time"),
        # the year's end: "nog dit jaar", "nog in het oude jaar"
        (r"nog\s+(?:dit|in\s+het\s+(?:oude|lopende|huidige)|in\s+hetzelfde)\s+(?:kalender)?jaar"
         r"(?![\w-])", 12, "month", "end of the year"),
        (r"binnen\s+de\s+week", 1, "week", ""),
        (r"in\s+de\s+loop\s+van\s+de\s+(?:betreffende\s+|desbetreffende\s+|zelfde\s+|lopende\s+|"
         r"huidige\s+)?week", 1, "week", ""),
        (r"in\s+de\s+loop\s+van\s+de\s+(?:zelfde\s+)?dag", 0, "day", "same day"),
        # the day of an event said as a clause: "op de dag dat u belt", "op de dag waarop
        # de aanvraag binnenkomt"
        (r"(?:nog\s+)?op\s+de\s+(?:(?:werk)?dag|datum)\s+(?:dat|waarop)\s+(?:u|je|jij|de|het|uw|"
         r"wij|we|een)\s+(?:[\w-]+\s+){0,4}?(?:belt|bellen|belde|binnenkomt|binnenkomen|"
         r"aanvraagt|aanvragen|meldt|melden|langskomt|ontvangen|ontvangt|binnen\s+is|is\s+"
         r"ontvangen|wordt\s+ontvangen|aanmeldt|bestelt|besteld|indient|ingediend|verhuist|"
         r"vertrekt|aankomt|opgenomen)(?![\w-])", 0, "day", "same day"),
        (r"(?:tijdens|op|bij|in)\s+het\s+(?:eerst)?volgende\s+(?:spreekuur|inloopspreekuur)", 1,
         "working_day", "next opening hours"),
        (r"tijdens\s+het\s+(?:gesprek|bezoek|telefoongesprek|contact)|in\s+hetzelfde\s+gesprek", 0,
         "day", "on the spot"),
        (r"(?:op\s+)?(?:de\s+)?volgende\s+dag|de\s+dag\s+(?:erna|daarna)", 1, "day", "next day"),
        # "in de week voorafgaand aan het diplomazwemmen": the week before an event
        (r"(?:in|tijdens)\s+de\s+week(?=\s+(?:voorafgaand(?:e)?\s+aan|voor|vóór)\s)", 1,
         "week", ""),
        # "de werkdag na verzending": the event follows "na", an anchor
        (r"(?:uiterlijk\s+)?(?:op\s+)?de\s+werkdag(?=\s+na\s)", 1, "working_day",
         "next working day"),
        (r"(?:uiterlijk\s+)?(?:op\s+)?de\s+dag(?=\s+na\s)", 1, "day", "next day"),
        # "de dag vóór levering": the event follows "voor", an anchor
        # Flemish says "voordien": "om 17u de dag voordien"
        (r"(?:uiterlijk\s+)?(?:op\s+)?de\s+werkdag(?:\s+(?:ervoor|daarvoor|voordien)|"
         r"(?=\s+v[oó]{2}r\s))", 1, "working_day", "working day before"),
        (r"(?:uiterlijk\s+)?(?:op\s+)?de\s+dag(?:\s+(?:ervoor|daarvoor|voordien)|"
         r"(?=\s+v[oó]{2}r\s))|daags(?=\s+v[oó]{2}r\s)", 1, "day", "day before"),
        (r"(?:uiterlijk\s+)?(?:op\s+)?de\s+avond(?:\s+(?:ervoor|daarvoor|voordien)|"
         r"(?=\s+v[oó]{2}r\s))", 1, "day", "evening before"),
        (r"(?:de\s+)?(?:eerst)?volgende\s+(?:ochtend|middag|avond|morgen)", 1, "day", "next day"),
        (r"(?:op\s+)?dezelfde\s+(?:avond|middag|ochtend)|(?:direct|meteen)(?=\s+(?:zodra|"
         # not the particle of a verb: "kijken we meteen na of ..."
         r"na(?!\s+(?:of|dat|wat|hoe|waarom|welke|wie|waar|wanneer|om)\b))\s+\w)", 0,
         "day", "same day"),
        (r"(?:aan\s+het\s+|voor\s+het\s+|tegen\s+het\s+)?eind(?:e)?\s+van\s+de\s+(?:werk)?dag", 0,
         "day", "same day"),
        # "(op) de dag van het bezoek", not "de dag van de week"
        (r"(?:op\s+)?de\s+dag\s+zelf|tegelijk\s+met|gelijktijdig\s+met|(?:op\s+)?de\s+dag(?:\s+en\s+(?:het\s+)?uur)?\s+van\s+"
         r"(?:(?:de|uw|het)\s+)?(?!(?:de|uw|het|vandaag|morgen|week|maand|jaar)\b)\w+", 0, "day",
         "same day"),
        (r"binnen\s+het\s+uur", 1, "hour", ""),
        (r"later\s+(?:vandaag|op\s+(?:de|dezelfde)\s+dag)", 0, "day", "same day"),
        (r"(?:nog\s+)?(?:in|binnen)\s+(?:dezelfde|diezelfde)\s+(?:kalender)?week", 1, "week", ""),
        # "de daarop volgende week", "in de volgende week": the week after, at most two away
        (r"(?:(?:uiterlijk\s+)?(?:in|tijdens|in\s+de\s+loop\s+van)\s+)?(?:de\s+)?(?:eerst|daarop\s?)?"
         r"(?:volgende|komende)\s+(?:kalender)?week(?![\w-])", 2, "week", "end of the next week"),
        # ("in de maand na de opvangmaand": the event after "na" is named, not read)
        (r"(?:uiterlijk\s+)?in\s+de\s+(?:eerst\s?|daarop\s?)?volgende\s+(?:kalender)?maand|(?:in\s+)?de\s+"
         r"maand(?:\s+(?:erna|daarna)|(?=\s+na\s)|\s+volgend(?=\s+op\s))", 2, "month",
         "end of the next month"),
        (r"(?:aan\s+het|aan\s+het\s+eind\s+van|na\s+afloop\s+van|aan\s+het\s+einde\s+van)\s+"
         r"(?:het|de|uw|je)\s+(?:gesprek|bezoek|afspraak|consult|zitting|hoorzitting|telefoongesprek)",
         0, "day", "on the spot"),
        (r"(?:uiterlijk\s+)?op\s+(?:de|uw|je|hun)\s+laatste\s+dag(?=\s+(?:van|in)\s)", 0, "day",
         "last day"),
        # any event with "uiterlijk": "uiterlijk bij het aanpassen van het hoorhulpmiddel"
        (r"uiterlijk\s+bij\s+(?:de|het|uw|je)\s+(?!(?:eerste|tweede|derde|vierde|vijfde|zesde|"
         r"volgende|eerstvolgende)\b)[^\W\d_]{4,}(?![\w-])", 0, "day", "on the spot"),
        (r"bij\s+(?:uw\s+|je\s+|de\s+|het\s+)?(?:aankomst|ontslag|vertrek|aflevering|oplevering|"
         r"sleuteloverdracht|inschrijving|ondertekening|incheck|inchecken|uitchecken)(?![\w-])", 0,
         "day", "on the spot"),
        # the day of an event, as one word: "op de bezorgdag", "op de vertrekdag"
        (r"(?:uiterlijk\s+)?op\s+de\s+(?!(?:werk|feest|zater|zon|maan|dins|woens|donder|vrij|"
         r"kalender|school|openings|uitleen|verjaar|rust|brug|mid|ver|volgende|zelfde|eerste|"
         r"laatste)dag)[^\W\d_]{3,}dag", 0, "day", "same day"),
        (r"binnen\s+(?:de(?:zelfde)?|zijn|haar|hun|uw|je)\s+(?:eigen\s+)?werkdag", 0, "working_day",
         "same working day"),
        # the month of an event: "in de maand van uw uitdiensttreding"
        (r"(?:uiterlijk\s+)?in\s+de\s+(?:zelfde\s+)?(?:kalender)?maand\s+(?:van|waarin)\s+"
         r"(?:uw|je|de|het|hun|zijn|haar)\s+(?!(?:jaar|week|dag|maand|seizoen|kwartaal)\b)[\w-]+",
         1, "month", "month of the event"),
        # the next bill: "bij de volgende eindafrekening", "op uw volgende factuur"
        (r"(?:bij|met|op|in)\s+(?:de|uw|je|het)\s+(?:eerst)?volgende\s+[\w-]*(?:afrekening|"
         r"factuur|rekening|jaarafrekening)(?![\w-])", 12, "month", "next bill"),
        (r"(?:een|het|één)\s+kwartier", 15, "minute", ""),
        (r"(?:uiterlijk\s+)?in\s+de\s+laatste\s+week\s+van\s+de\s+(?:volgende|komende)\s+maand", 2,
         "month", "end of the next month"),
        (r"(?:uiterlijk\s+)?in\s+de\s+laatste\s+week\s+van\s+de\s+(?:lopende\s+)?maand", 1,
         "month", "end of the month"),
        (r"(?:drie|3)\s+kwartier", 45, "minute", ""),
        (r"overmorgen", 2, "day", ""),
        (rf"(?:direct|meteen|onmiddellijk|automatisch\w*)(?=\W+(?:\w+\W+){{0,6}}?(?:{_RECEIPTS}))",
         0, "day", "at once"),
        # at the moment of an event: "direct bij de aanvraag"; not "bij een storing"
        (r"(?:direct|meteen|onmiddellijk)(?=\s+bij\s+(?:de|het|uw|je)\s)", 0, "day", "on the spot"),
        (r"(?:direct|meteen|onmiddellijk)(?=\s+(?:mee\b|meegeven|meekrijgen|uitgereikt|"
         r"uitgeprint|ter\s+plekke))|ter\s+plekke|terwijl\s+u\s+wacht", 0, "day", "on the spot"),
        # "morgen in huis": tomorrow, not "de morgen" (the morning)
        (r"(?<!de\s)(?<!deze\s)(?<!elke\s)(?<!iedere\s)(?<!goede\s)(?<!die\s)"
         r"(?:(?:uiterlijk|vóór|voor)\s+)?morgen(?:ochtend|middag|avond|(?:\s+(?:vroeg|ochtend|"
         r"middag|avond)))?", 1, "day", "next day"),
    ),
}  # fmt: skip
#: Postal delivery targets: "E+1" (Einwurf plus one working day), "D+2" (day plus two).
for _lang in _DAY_DEADLINES:
    _DAY_DEADLINES[_lang] += tuple(
        (rf"(?<![\w+])[ED]\s?\+\s?{days}(?![\w+]|[.,]\d)", days, "working_day", "")
        for days in range(1, 6)
    )

#: The weekdays, for deadlines such as "the following Monday": (English, German, Dutch).
WEEKDAYS = (
    ("Monday", "Montag", "maandag"), ("Tuesday", "Dienstag", "dinsdag"),
    ("Wednesday", "Mittwoch", "woensdag"), ("Thursday", "Donnerstag", "donderdag"),
    ("Friday", "Freitag", "vrijdag"), ("Saturday", "Samstag", "zaterdag"),
    ("Sunday", "Sonntag", "zondag"),
)  # fmt: skip
#: Calendar periods a deadline may end with ("by the end of the month"): English name,
#: length in months, and the German and Dutch words for the period.
CALENDAR_PERIODS = (
    ("month", 1, r"Monat(?:s|es)?", "maand"),
    ("quarter", 3, r"Quartal(?:s|es)?", "kwartaal"),
    ("year", 12, r"(?:Kalender)?[Jj]ahr(?:s|es)?|Geschäftsjahr(?:s|es)?", r"(?:kalender)?jaar"),
    # a university's half year: "zum Ende des Semesters", "by the end of the semester"
    ("semester", 6, r"Semesters?", "semester"),
)


#: Parts of a day written onto a weekday: "Montagmittag", "maandagmiddag".
_DAYPARTS_DE = "vormittag|nachmittag|mittag|morgen|abend"
_DAYPARTS_NL = "voormiddag|namiddag|middag|ochtend|morgen|avond"
#: A weekday, or one with its part of the day, as a lower-case word.
_WEEKDAY_WORD = re.compile(
    "(?:" + "|".join(day.lower() for row in WEEKDAYS for day in row) + ")"
    rf"(?:{_DAYPARTS_DE}|{_DAYPARTS_NL}|s)?"
)


def _weekday_deadlines() -> dict[str, list[tuple[str, float, str, str]]]:
    """ "The following Monday", "am folgenden Montag", "de eerstvolgende maandag".

    The bound is at most a week away; the card names the day itself.
    """
    table: dict[str, list[tuple[str, float, str, str]]] = {"en": [], "de": [], "nl": []}
    #: A weekday before "bis" names a range of days ("Montag bis Freitag"), not a deadline.
    after_no_weekday = "".join(
        rf"(?<!{day[:2]}\s)(?<!{day[-4:]}\s)(?<!{day[-4:]}s\s)" for _, day, _ in WEEKDAYS
    )  # ("von Montags bis Freitags" too)
    for english, german, dutch in WEEKDAYS:
        following = {
            "en": rf"(?:by\s+|on\s+|before\s+)?(?:the\s+)?(?:next|following)\s+{english}"
                  r"(?:\s+(?:morning|afternoon|evening|night))?",
            "de": rf"(?:bis\s+(?:zum\s+)?|am\s+|spätestens\s+am\s+)?(?:nächsten|folgenden|"
                  rf"darauffolgenden|darauf\s+folgenden|kommenden)\s+{german}",
            # ("de eerst volgende vrijdag": written apart too)
            "nl": rf"(?:uiterlijk\s+|op\s+|vóór\s+|voor\s+)?(?:de\s+)?(?:eerst\s?|daarop\s?)?"
                  rf"volgende\s+{dutch}|"
                  rf"(?:uiterlijk\s+|op\s+)?aanstaande\s+{dutch}",
        }  # fmt: skip
        # a plain weekday is a deadline with a deadline word: "by Tuesday", "no later than
        # Friday", "on Tuesday at the latest"; "on Tuesday" alone is a schedule
        plain = {
            "en": rf"(?:by|before|no\s+later\s+than|not\s+later\s+than)\s+{english}|(?:on\s+)?"
                  rf"{english}(?=,?\s+at\s+the\s+latest)|(?:sometime\s+)?during\s+{english}",
            # ("bis spätestens freitags, 12 Uhr": the weekday as an adverb)
            "de": rf"{after_no_weekday}(?:bis\s+(?:spätestens\s+)?(?:zum\s+|am\s+)?|spätestens\s+"
                  rf"(?:am\s+|bis\s+)?)(?:kommenden\s+)?{german}(?:{_DAYPARTS_DE}|s)?",
            # "voor" is "for" too, but not before a weekday and a clock time: "voor
            # maandagmiddag 16.00 uur"
            "nl": rf"(?:uiterlijk\s+(?:op\s+)?|vóór\s+)(?:aanstaande\s+)?{dutch}(?:{_DAYPARTS_NL})?"
                  rf"|voor\s+{dutch}(?:{_DAYPARTS_NL})?"
                  r"(?=\s+(?:om\s+)?\d{1,2}(?:[.:]\d\d|\s*uu?r?\b))",
        }  # fmt: skip
        # a weekday of the next week: "on the Friday of the following week", "am Freitag der
        # folgenden Woche", "op de vrijdag van de volgende week": within two weeks
        next_week = {
            "en": rf"(?:on\s+|by\s+)?(?:the\s+)?{english}\s+of\s+the\s+(?:following|next)\s+week|"
                  # "by the Friday of the week following the week the claim was filed"
                  rf"(?:on\s+|by\s+)?(?:the\s+)?{english}\s+of\s+the\s+week(?=\s+(?:following|after)\s)",
            "de": rf"(?:am\s+)?{german}\s+der\s+(?:folgenden|nächsten|darauffolgenden|kommenden)\s+"
                  rf"Woche",
            "nl": rf"(?:op\s+)?(?:de\s+)?{dutch}\s+van\s+de\s+(?:volgende|daaropvolgende|"
                  rf"eerst\s?volgende|komende)\s+week",
        }  # fmt: skip
        # a weekday of the same week: "dezelfde week vrijdag", "am Freitag derselben Woche"
        same_week = {
            "en": rf"(?:on\s+)?(?:the\s+)?{english}\s+of\s+the\s+same\s+week|"
                  rf"(?:later\s+)?the\s+same\s+week\s+on\s+{english}",
            "de": rf"(?:am\s+)?{german}\s+(?:derselben|der\s+gleichen|der\s+selben)\s+Woche|"
                  rf"(?:noch\s+)?in\s+derselben\s+Woche\s+am\s+{german}",
            "nl": rf"(?:nog\s+)?(?:dezelfde|diezelfde)\s+week(?:\s+op)?\s+{dutch}|"
                  rf"(?:op\s+)?{dutch}\s+van\s+(?:dezelfde|diezelfde)\s+week",
        }  # fmt: skip
        # a weekday before an event: "on the Friday before payday", "am Freitag vor dem Termin"
        before = {
            "en": rf"(?:by\s+|on\s+)?the\s+{english}(?=\s+(?:before|prior\s+to)\s)",
            "de": rf"(?:(?:bis|spätestens)\s+)?(?:am|zum)\s+{german}"
                  rf"(?=\s+vor\s+(?:de[mnr]|Ihre[mnr]?)\s)",
            "nl": rf"(?:uiterlijk\s+)?(?:op\s+)?de\s+{dutch}(?=\s+v[oó]{{2}}r\s)",
        }  # fmt: skip
        # a weekday after an event: "on the Wednesday after the funeral", "am Mittwoch nach
        # der Beerdigung", "op de woensdag na de uitvaart": within the week that follows it
        after = {
            "en": rf"(?:by\s+|on\s+)?the\s+{english}(?=\s+(?:after|following)\s)",
            "de": rf"(?:(?:bis|spätestens)\s+)?(?:am|zum)\s+{german}"
                  rf"(?=\s+nach\s+(?:de[mnr]|Ihre[mnr]?)\s)",
            "nl": rf"(?:uiterlijk\s+)?(?:op\s+)?de\s+{dutch}(?=\s+(?:na|volgend\s+op)\s)",
        }  # fmt: skip
        for lang, patterns in table.items():
            patterns += [(following[lang], 7, "day", f"next {english}"),
                         (plain[lang], 7, "day", f"next {english}"),
                         (same_week[lang], 7, "day", f"{english} of the same week"),
                         (next_week[lang], 14, "day", f"{english} of the next week"),
                         (before[lang], 7, "day", f"{english} before"),
                         (after[lang], 7, "day", f"{english} after")]  # fmt: skip
    return table


def _period_deadlines() -> dict[str, list[tuple[str, float, str, str]]]:
    """ "By the end of the month", "im selben Kalenderjahr", "in hetzelfde kalenderjaar".

    A deadline at the end of a calendar period is at most that period away; "the end
    of the following month" at most two.
    """
    table: dict[str, list[tuple[str, float, str, str]]] = {"en": [], "de": [], "nl": []}
    for name, months, german, dutch in CALENDAR_PERIODS:
        english = rf"(?:calendar\s+|financial\s+)?{name}" if name == "year" else name
        this, following = f"end of the {name}", f"end of the next {name}"
        after_next = f"end of the {name} after next"
        start = f"start of the next {name}"
        table["en"] += [
            # the start of the next period is at most one period away
            (rf"(?:(?:by|before|at|from|on|with\s+effect\s+from)\s+)?(?:the\s+)?(?:start|beginning)\s+"
             rf"of\s+(?:the\s+)?(?:following|next)\s+{english}", months, "month", start),
            # "on the last banking day of every month": a day of each period
            (rf"(?:(?:by|on|before)\s+)?(?:the\s+)?last\s+(?:(?:working|business|banking|bank|"
             rf"calendar)\s+)?day\s+of\s+(?:the|each|every|a)\s+(?:same\s+|current\s+)?{english}",
             months, "month", this),
            (rf"(?:by|before|at|until|on)?\s*(?:the\s+)?end\s+of\s+the\s+{english}\s+after\s+next",
             3 * months, "month", after_next),
            (rf"(?:by|before|at|until|on)?\s*(?:the\s+)?end\s+of\s+(?:the\s+)?(?:following|next)\s+"
             rf"{english}", 2 * months, "month", following),
            (rf"(?:by|before|at|until|on)?\s*(?:the\s+)?end\s+of\s+(?:the\s+)?(?:same\s+|"
             rf"current\s+)?{english}|(?:(?:in|within|during)\s+)?the\s+same\s+{english}", months,
             "month", this),
        ]  # fmt: skip
        compound = {
            "month": "Monats",
            "quarter": "Quartals",
            "year": "Jahres",
            "semester": "Semester",
        }[name]
        table["de"] += [
            (rf"(?:(?:zu|zum|bis\s+(?:zum\s+)?|am|ab|mit\s+Wirkung\s+zum)\s+)?(?:Beginn|Anfang)\s+"
             rf"(?:des\s+)?(?:folgenden|nächsten|kommenden|darauffolgenden)\s+(?:{german})|"
             rf"(?:(?:zu|zum|bis\s+(?:zum\s+)?|am|ab)\s+)?(?:Beginn|Anfang)\s+des\s+"
             rf"Folge(?:{german.lower()})", months, "month", start),
            # "Ende Monat" (Swiss, without article), "am Ende eines Monats", "am letzten
            # Bankarbeitstag jedes Monats": the end of each period
            (rf"(?:(?:per|bis|auf|jeweils)\s+)?Ende\s+(?:{german})(?![\w-])|(?:(?:am|zum|bis\s+"
             rf"(?:zum\s+)?)\s+)?Ende\s+(?:eines|jedes|jeden)\s+(?:{german})|(?:(?:spätestens|bis)\s+)?"
             rf"(?:am|zum)\s+letzten\s+(?:Bank)?(?:arbeits|Arbeits|Werk|Geschäfts|Kalender)?[Tt]ag\s+"
             rf"(?:des|eines|jedes|jeden)\s+(?:laufenden\s+)?(?:{german})", months, "month", this),
            (rf"(?:bis\s+(?:zum\s+)?|zum\s+|vor\s+(?:dem\s+)?)?Ende\s+des\s+übernächsten\s+"
             rf"(?:{german})", 3 * months, "month", after_next),
            (rf"(?:bis\s+(?:zum\s+)?|zum\s+|vor\s+(?:dem\s+)?)?Ende\s+des\s+(?:folgenden|nächsten)\s+"
             rf"(?:{german})|(?:bis\s+(?:zum\s+)?|zum\s+)?Ende\s+des\s+Folge(?:{german.lower()})",
             2 * months, "month", following),
            (rf"(?:bis\s+(?:zum\s+)?|zum\s+|vor\s+(?:dem\s+)?|am\s+)?Ende\s+des\s+(?:laufenden\s+|"
             rf"gleichen\s+|selben\s+|jeweiligen\s+)?(?:{german})|(?:bis\s+(?:zum\s+)?|zum\s+|vor\s+"
             rf"(?:dem\s+)?)?{compound}ende|(?:(?:im|innerhalb\s+des)\s+)?(?:selben|gleichen|laufenden|"
             rf"jeweiligen)\s+(?:{german})", months, "month", this),
        ]  # fmt: skip
        article = "de" if name == "month" else "het"
        table["nl"] += [
            (rf"(?:(?:aan|vanaf|tegen|per|met\s+ingang\s+van)\s+)?(?:het\s+)?begin\s+(?:van\s+"
             rf"{article}\s+)?(?:volgende|komende|eerst\s?volgende)\s+{dutch}", months, "month",
             start),
            (rf"(?:(?:uiterlijk|vóór|voor|tot)\s+)?op\s+de\s+laatste\s+(?:werk|bank|kalender)?dag\s+"
             rf"van\s+(?:{article}|elke|iedere|een)\s+(?:lopende\s+)?{dutch}|(?:aan\s+|tegen\s+)?"
             rf"(?:het\s+)?eind(?:e)?\s+van\s+(?:elke|iedere|ieder|elk)\s+{dutch}", months, "month",
             this),
            (rf"(?:uiterlijk\s+|vóór\s+|voor\s+|aan\s+|tegen\s+)?(?:het\s+)?eind(?:e)?\s+van\s+"
             rf"{article}\s+(?:volgende|komende)\s+{dutch}", 2 * months, "month", following),
            (rf"(?:uiterlijk\s+|vóór\s+|voor\s+|aan\s+|tegen\s+)?(?:het\s+)?eind(?:e)?\s+van\s+"
             rf"{article}\s+(?:lopende\s+|huidige\s+)?{dutch}|(?:(?:nog\s+)?(?:in|binnen)\s+)?"
             rf"(?:hetzelfde|dezelfde|datzelfde|diezelfde|het\s+lopende|de\s+lopende)\s+{dutch}",
             months, "month", this),
        ]  # fmt: skip
    _ordinal_quarters(table)
    return table


#: The quarters of a year by their ordinal: English, German, Dutch, Roman.
_QUARTER_ORDINALS = (
    ("first", "ersten", "eerste", "I"), ("second", "zweiten", "tweede", "II"),
    ("third", "dritten", "derde", "III"), ("fourth", "vierten", "vierde", "IV"),
)  # fmt: skip


def _ordinal_quarters(table: dict[str, list[tuple[str, float, str, str]]]) -> None:
    """ "By the end of the second quarter", "bis zum Ende des II. Quartals", "uiterlijk
    aan het eind van het tweede kwartaal": the end of a year's Nth quarter (of a year
    that an event may begin: "nach Abschluss des Wirtschaftsjahrs") is at most 3N months
    away."""
    for number, (english, german, dutch, roman) in enumerate(_QUARTER_ORDINALS, 1):
        words = f"end of the {english_ordinal(number)} quarter"
        nth = rf"(?:{english}|{english_ordinal(number)})"
        table["en"].append((
            rf"(?:(?:by|before|at|until|on)\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?{nth}\s+"
            r"(?:calendar\s+|financial\s+)?quarter", 3 * number, "month", words,
        ))  # fmt: skip
        table["de"].append((
            rf"(?:bis\s+(?:zum\s+)?|zum\s+|vor\s+(?:dem\s+)?|am\s+)?Ende\s+des\s+(?:{german}|"
            rf"{roman}\.|{number}\.)\s*Quartals", 3 * number, "month", words,
        ))  # fmt: skip
        table["nl"].append((
            r"(?:uiterlijk\s+|vóór\s+|voor\s+|aan\s+|tegen\s+)?(?:het\s+)?eind(?:e)?\s+van\s+"
            rf"het\s+(?:{dutch}|{number}(?:e|de|ste))\s+kwartaal", 3 * number, "month", words,
        ))  # fmt: skip


_ENGLISH_ORDINALS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
]  # fmt: skip
#: "tenth" -> 10 ... "thirty-first" -> 31: the days of a month in English words.
MONTH_DAY_WORDS = {
    **{word: number for number, word in enumerate(_ENGLISH_ORDINALS, 1)},
    **{f"twenty-{word}": 20 + n for n, word in enumerate(_ENGLISH_ORDINALS[:9], 1)},
    "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip


#: The days of the month in words, longest first (so "twenty-first" wins over "first").
_MONTH_DAY_WORD_ALTERNATION = "|".join(sorted(MONTH_DAY_WORDS, key=len, reverse=True))


def english_ordinal(day: int) -> str:
    """ "1st", "2nd", "11th", "23rd": a day of the month as English writes it."""
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _month_day_deadlines() -> dict[str, list[tuple[str, float, str, str]]]:
    """ "Before the 10th of each month", "bis zum 15. des Folgemonats", "vóór de 10e van de
    maand": a deadline on a day of the month is at most a month away (two for the next).

    Each pattern names the day (``day``) and whether it is next month's (``next``);
    ``{day}`` and ``{next}`` in the words are filled in from them.
    """
    words = _MONTH_DAY_WORD_ALTERNATION
    numbered = r"\d{1,2}(?:st|nd|rd|th)"
    english_day = rf"(?P<day>{numbered}|{words})(?:\s*\(\s*{numbered}\s*\))?"  # "tenth (10th)"
    # more days of each month: "on the 15th and 30th of the month", "am 1. und 15. jedes Monats"
    english_more = rf"(?P<more>(?:\s*(?:,|and|&)\s*(?:the\s+)?(?:{numbered}|{words}))+)?"
    german_more = r"(?P<more>(?:\s*(?:,|und|&)\s*\d{1,2}\.)+\s*)?"
    dutch_more = r"(?P<more>(?:\s*(?:,|en|&)\s*(?:de\s+)?\d{1,2}(?:e|de|ste))+)?"
    relative = "the {day} of the {next}month"
    return {
        "en": [(
            rf"(?:(?:(?:by|before|on|until|no\s+later\s+than|not\s+later\s+than)\s+)?the\s+|"
            # a day of every month: "every 15th of the month", "at every 15th and 30th"
            r"(?:each|every)\s+(?:the\s+)?|"
            # a window of days: "between the 15th and 21st of the following month", "on the
            # 1st through the 4th of that month"
            rf"(?:(?:between|from|on)\s+)?the\s+(?:{numbered}|{words})\s+(?:and|to|through|thru|"
            r"until|till|-|–)\s+(?:the\s+)?|"
            # a numbered day without "the": "ship 10th of that month"
            rf"(?=\d{{1,2}}(?:st|nd|rd|th)\s))"
            rf"{english_day}{english_more}(?:\s+(?P<kind>(?:working|business|banking|bank)\s+)?"
            r"day)?\s+of\s+(?:each|every|the|a|that)\s+"
            r"(?P<next>(?:following|next)\s+)?month", 1, "month", relative,
        )],
        "de": [(
            r"(?:(?:bis|spätestens)\s+)*(?:zum\s+|am\s+|jeweils\s+am\s+|zwischen\s+dem\s+\d{1,2}\.\s*"
            r"(?:und|bis)\s+(?:(?:zum|dem)\s+)?)?(?P<day>\d{1,2})(?:\.|s?te[nmr]?(?![\w-]))\s*"
            rf"{german_more}(?:(?P<kind>Werk|Arbeits|Geschäfts|Bankarbeits|Bankgeschäfts|Bank)?"
            r"[Tt]ag\s+)?"
            r"(?:des|eines|jedes|jeden)\s+(?:(?P<next>Folge|folgenden\s+|nächsten\s+)[Mm]onats|"
            r"Monats)", 1, "month", relative,
        )],
        "nl": [(
            r"(?:(?:(?:uiterlijk|vóór|voor|op|tot)\s+)*(?:de|elke|iedere)\s+|tussen\s+de\s+"
            r"\d{1,2}(?:e|de|ste)\s+(?:en|tot)\s+(?:de\s+)?|"
            # a window of days: "vanaf de 23ste t/m 30ste van iedere maand"
            r"van(?:af)?\s+de\s+\d{1,2}(?:e|de|ste)\s+(?:t/m|tot\s+en\s+met|tot|-|–)\s+"
            r"(?:de\s+)?)(?P<day>\d{1,2})(?:e|de|ste)"
            rf"{dutch_more}\s+(?:(?P<kind>werk|bankwerk)?dag\s+)?van\s+"
            r"(?:de|elke|iedere|een)\s+(?P<next>(?:volgende|komende|daaropvolgende)\s+)?maand",
            1, "month", relative,
        )],
    }  # fmt: skip


#: The months, for deadlines such as "im Januar des Folgejahres": (English, German, Dutch).
MONTH_NAMES = (
    ("January", "Januar", "januari"), ("February", "Februar", "februari"),
    ("March", "März", "maart"), ("April", "April", "april"), ("May", "Mai", "mei"),
    ("June", "Juni", "juni"), ("July", "Juli", "juli"), ("August", "August", "augustus"),
    ("September", "September", "september"), ("October", "Oktober", "oktober"),
    ("November", "November", "november"), ("December", "Dezember", "december"),
)  # fmt: skip


def _month_deadlines() -> dict[str, list[tuple[str, float, str, str]]]:
    """ "In January of the following year", "im Januar des Folgejahres", "met de factuur
    van september": a deadline in a named month is at most a year away (two for the
    next year's). The card names the month. ("Before March" is not read: the card
    could only say "in March".) Of two months ("im Januar/Februar", "in May or June")
    the later is the bound: those patterns come first, so that the first month alone
    does not take the words.
    """
    table: dict[str, list[tuple[str, float, str, str]]] = {"en": [], "de": [], "nl": []}
    names = {lang: "|".join(row[i] for row in MONTH_NAMES) for i, lang in enumerate(table)}
    for either in (True, False):
        for english, german, dutch in MONTH_NAMES:
            first = {
                lang: rf"(?:{names[lang]})\s*(?:/|or|to|oder|bis|of|tot)\s*" if either else ""
                for lang in table
            }
            this, following = f"in {english}", f"in {english} of the next year"
            table["en"] += [
                (rf"in\s+{first['en']}{english}\s+of\s+the\s+(?:following|next)\s+year", 24,
                 "month", following),
                (rf"in\s+{first['en']}{english}(?!\s+\d)", 12, "month", this),
            ]  # fmt: skip
            table["de"] += [
                (rf"(?:spätestens\s+)?im\s+{first['de']}{german}\s+(?:des\s+Folgejahres|des\s+"
                 r"folgenden\s+Jahres)", 24, "month", following),
                (rf"(?:spätestens\s+)?(?:im|des\s+Monats|im\s+Monat|innerhalb(?:\s+des)?(?:\s+Monats)?)"
                 rf"\s+{first['de']}{german}"
                 r"(?!\s+\d)", 12, "month", this),
            ]  # fmt: skip
            table["nl"] += [
                (rf"(?:uiterlijk\s+)?in\s+{first['nl']}{dutch}\s+van\s+het\s+volgende\s+jaar", 24,
                 "month", following),
                (rf"(?:(?:uiterlijk\s+)?in|(?:(?:met|bij|op)\s+)?de\s+[\w-]+\s+van)\s+"
                 rf"{first['nl']}{dutch}(?!\s+\d)", 12, "month", this),
            ]  # fmt: skip
    return table


def _month_day(match: re.Match[str], amount: float, words: str) -> tuple[float, str] | None:
    """The bound and card words of a day-of-the-month deadline; None for no such day.

    Of several days ("the 15th and 30th of the month") each is at most a month away;
    the card names them all.
    """
    named = [match.group("day"), *_MORE_DAYS.findall(match.group("more") or "")]
    days = [MONTH_DAY_WORDS.get(day.lower()) or int(re.sub(r"\D", "", day) or 0) for day in named]
    if not all(1 <= day <= 31 for day in days):
        return None
    following = bool(match.group("next"))
    said = " and ".join(english_ordinal(day) for day in days)
    if match.group("kind"):  # "the 15th working day of the month": sooner than the 15th
        said += " working day"
    return (
        amount * 2 if following else amount,
        words.format(day=said, next="next " if following else ""),
    )


#: The days after the first in a list of days of the month ("15th and 30th", "1. und 15.").
_MORE_DAYS = re.compile(rf"\d{{1,2}}|{_MONTH_DAY_WORD_ALTERNATION}", re.IGNORECASE)


_WEEKDAY_DEADLINES = _weekday_deadlines()
_PERIOD_DEADLINES = _period_deadlines()
_MONTH_DAY_DEADLINES = _month_day_deadlines()
_MONTH_DEADLINES = _month_deadlines()


def _day_deadline_patterns(lang: str) -> GuardedTable[tuple[GuardedPattern, float, str, str]]:
    """One language's deadlines by the day, each with the strings its every match holds.

    Fewer than one metric in ten holds a deadline by the day: testing those strings
    first spares the rest some 150 scans each (the table looks for each distinct
    string once per metric), and a pattern is compiled only when a metric first holds
    its strings (see sopkit.literals).
    """
    return GuardedTable(
        (GuardedPattern(whole_words_source(pattern), re.IGNORECASE), amount, unit, words)
        for pattern, amount, unit, words in (
            *_DAY_DEADLINES[lang],
            *_WEEKDAY_DEADLINES[lang],
            *_PERIOD_DEADLINES[lang],
            *_MONTH_DAY_DEADLINES[lang],
            *_MONTH_DEADLINES[lang],
        )
    )


_DAY_DEADLINE_PATTERNS = PerLanguage(_DAY_DEADLINES, _day_deadline_patterns)

#: Words after a number that make it a time of day, not an amount ("9 am", "18 Uhr").
_CLOCK_AFTER = {"am", "pm", "a.m", "p.m", "uhr", "o'clock", "noon", "midday"}
#: Words before a number that make it a time of day when the unit could be either
#: ("tot 17 uur", "um 18 h"); "binnen 24 uur" is a duration.
_CLOCK_BEFORE = {
    "en": {"at", "until", "till", "from", "between", "before", "after", "to", "by", "and"},
    "de": {"um", "ab", "bis", "von", "zwischen", "vor", "gegen", "und"},
    "nl": {"om", "tot", "vanaf", "van", "tussen", "voor", "na", "en", "rond", "tegen"},
}
#: Units that also name the hour of a clock ("17 uur" is five in the afternoon; Flemish
#: writes "17u").
_CLOCK_UNITS = {"uur", "h", "u"}
#: "at" before an hour makes it a time of day even after a bound word: "uiterlijk om 17
#: uur" is five o'clock, not 17 hours ("binnen 24 uur" has no "om").
_AT_THE_HOUR = {"om", "um", "at"}
_JOINERS = {"and", "und", "en"}
#: A length of time named before "von"/"van": "eine Reaktionszeit von 2 h" is two hours,
#: "een reactietijd van 4 uur" four, "met een maximum van 2 uur" two; "von 8 h bis 17 h"
#: is a time of day. The span nouns are those of the adjectives' ``_SPAN_NOUN`` below (a
#: pattern of that name here was once replaced by it), with the maximum and minimum.
_SPAN_WORDS = r"frist|fristen|zeit|zeitraum|zeitraums|dauer|periode|termijn|termijnen|tijd|duur"
_SPAN_BEFORE_OF = re.compile(rf"(?:{_SPAN_WORDS}|maximum|minimum)", re.IGNORECASE)
_OF = {"von", "van"}
_CLOCK_FORM = re.compile(r"^([01]?\d|2[0-4])[.:]([0-5]\d)$")
_RANGE_DASHES = {"-", "–", "—", "tot", "bis", "to", "until", "till"}
#: Words between the two ends of a range of amounts ("2 to 3 weeks", "2-3 Wochen").
_RANGE_WORDS = {"-", "–", "—", "tot", "bis", "to", "à", "a"}
#: Two amounts of one unit as alternatives: "48 bzw. 24 Stunden", "2 or 3 days"; the
#: larger is the bound.
_ALTERNATIVES = {"en": {"or"}, "de": {"oder", "bzw", "beziehungsweise"}, "nl": {"of", "resp"}}

#: Words after a duration that make it an availability, not a bound ("24 hours a day").
_PER_WORDS = {"a", "per", "each", "every", "am", "pro", "die", "in", "im", "op", "/"}
_PERIOD_WORDS = {
    "day", "week", "year", "month", "tag", "woche", "jahr", "monat", "dag", "jaar",
    "maand", "etmaal", "der", "de", "een", "7", "365",
}  # fmt: skip

#: Words before "a day" that make it a rate ("twice a day"), not a bound.
_RATE_BEFORE = {"once", "twice", "times", "mal", "keer", "maal", "einmal", "zweimal", "eenmaal"}

_ORDINALS: dict[str, dict[str, int]] = {
    "en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
           "seventh": 7, "eighth": 8},
    "de": {f"{stem}{end}": n for n, stem in enumerate(
        ("erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht"), 1)
        for end in ("e", "en", "er", "es", "em")},
    "nl": {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6,
           "zevende": 7, "achtste": 8},
}  # fmt: skip
_ORDINAL_SUFFIXES = {"st", "nd", "rd", "th", "e", "ste", "de"}

#: Words that put a bound on the number after them; with no unit of its own, the
#: number takes the unit of the metric's previous bound ("... and in full within 10").
_BOUND_BEFORE = {
    "within", "in", "after", "innerhalb", "von", "binnen", "nach", "na", "than", "latest",
    "spätestens", "uiterlijk", "maximaal", "höchstens", "maximal", "längstens",
}  # fmt: skip
_BOUND_AFTER_OK = {"and", "or", "of", "after", "from", "und", "oder", "nach", "ab", "en", "na",
                   "van", "bij", "at", "zu", "te", "for", "für"}  # fmt: skip


def _hour_letter_clock(tokens: list[Token], index: int) -> bool:
    """True when ``tokens[index]`` starts a time written "08u00" or "17h30", no spaces."""
    if index < 0 or index + 2 >= len(tokens):
        return False
    hour, letter, minutes = tokens[index : index + 3]
    return (
        hour.text.isdecimal()
        and letter.word in ("u", "h")
        and re.fullmatch(r"[0-5]\d", minutes.text) is not None
        and hour.end == letter.start
        and letter.end == minutes.start
    )


#: Words that make "4u30" or "2h30" a length of time, not a time of day: "binnen 4u30",
#: "4u30 later" (Flemish); "uiterlijk 17u30" and "na 17u30" stay times of day.
_HOUR_LETTER_LENGTH_BEFORE = {"within", "binnen", "innerhalb", "innert"}
_HOUR_LETTER_LENGTH_AFTER = {"later", "später"}


def _hour_letter_length(tokens: list[Token], index: int) -> Duration | None:
    """ "binnen 4u30", "4u30 later": hours and minutes written as a time, read as a length."""
    if not _hour_letter_clock(tokens, index):
        return None
    before = tokens[index - 1].word if index > 0 else ""
    after = tokens[index + 3].word if index + 3 < len(tokens) else ""
    if before not in _HOUR_LETTER_LENGTH_BEFORE and after not in _HOUR_LETTER_LENGTH_AFTER:
        return None
    hours = int(tokens[index].text) + int(tokens[index + 2].text) / 60
    return Duration(hours, "hour", (tokens[index].start, tokens[index + 2].end))


def _is_clock(tokens: list[Token], index: int, lang: str) -> bool:
    """True when the number at ``index`` is a time of day ("08:00", "18 Uhr", "tot 17 uur")."""
    token = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    previous = tokens[index - 1] if index > 0 else None
    if following is not None and following.text == ":" and following.start == token.end:
        return True  # "8:00"
    if previous is not None and previous.text == ":" and previous.end == token.start:
        return True  # the minutes of "8:00"
    if _hour_letter_clock(tokens, index) or _hour_letter_clock(tokens, index - 2):
        return True  # "08u00", "17h30" (Belgian and French notation), or its minutes
    if (
        _CLOCK_FORM.match(token.text)
        and "." in token.text
        and (
            following is None
            or following.word in _CLOCK_UNITS | _CLOCK_AFTER
            or (previous is not None and previous.word in _CLOCK_BEFORE[lang])
        )
    ):
        return True  # "22.00 uur", "tussen 08.00 en"
    if following is not None and following.word in _CLOCK_AFTER:
        return True
    if following is not None and following.word in _CLOCK_UNITS and token.text[0].isdecimal():
        value = float(token.text.replace(",", ".").split(".")[0])
        bounded = index >= 2 and (  # "innerhalb von 24 h", "eine Reaktionszeit von 2 h"
            tokens[index - 2].word in _BOUND_BEFORE
            or (previous is not None and previous.word in _OF and _SPAN_BEFORE_OF.search(
                tokens[index - 2].word) is not None and not _range_after(tokens, index + 2))
        )  # fmt: skip
        if previous is not None and previous.word in _AT_THE_HOUR and value <= 24:
            return True  # "uiterlijk om 17 uur", "spätestens um 18 h"
        if previous is not None and _WEEKDAY_WORD.fullmatch(previous.word) and value <= 24:
            return True  # "voor maandag 16 uur", "bis Montagmittag 12 h": the hour of that day
        if (
            previous is not None
            and previous.word in _CLOCK_BEFORE[lang]
            and value <= 24
            and (not bounded)
        ):
            if previous.word not in _JOINERS:
                return True
            if index >= 2 and tokens[index - 2].text[0].isdecimal():
                return True  # "tussen 8 en 17 uur"; not "1 dag en 12 uur"
        if (
            index >= 2
            and previous is not None
            and previous.word in _RANGE_DASHES
            and tokens[index - 2].text[0].isdecimal()
        ):
            first = float(tokens[index - 2].text.replace(",", ".").split(".")[0])
            return 6 <= first < value <= 24 and value >= 12  # "8–18 uur": opening hours
    return False


def _range_after(tokens: list[Token], index: int) -> bool:
    """A range goes on at ``index``: "Öffnungszeiten von 8 h *bis 18* h" is opening hours."""
    return (
        index + 1 < len(tokens)
        and tokens[index].word in _RANGE_DASHES
        and tokens[index + 1].text[0].isdecimal()
    )


def _clock_token(tokens: list[Token], index: int, lang: str) -> bool:
    """True for the parts of a time of day: "13", "Uhr", "11", ":", "59pm"."""
    token = tokens[index]
    if token.word in _CLOCK_AFTER or token.text == ":":
        return True
    if token.text[0].isdecimal():
        return _is_clock(tokens, index, lang) or (
            index + 1 < len(tokens) and tokens[index + 1].word in _CLOCK_AFTER | {"uur"}
        )
    if token.word in _READY_WORDS and index + 1 < len(tokens):
        following = tokens[index + 1]  # "ab 15:30 Uhr desselben Tages": ready from a time
        return following.text[0].isdecimal() and _clock_token(tokens, index + 1, lang)
    return False


#: Words before a time of day from which something is ready ("ab 15:30 Uhr").
_READY_WORDS = {"ab", "from", "vanaf"}


#: What joins "24 hours" to the days it holds on: "24 Stunden und 365 Tagen", "24 hours on 7 days".
_ROUND_THE_CLOCK_JOINS = {"und", "and", "en", "an", "on", "op"}


def _round_the_clock(tokens: list[Token], index: int, after: int) -> bool:
    """True for "24 hours" joined to 7 or 365 days, or for those days after it: an opening
    time ("während 24 Stunden und 365 Tagen"), not two bounds to add up."""
    words = [t.word for t in tokens[after : after + 2]]
    if tokens[index].word == "24" and len(words) == 2:
        return words[0] in _ROUND_THE_CLOCK_JOINS and words[1] in {"7", "365", "sieben", "seven"}
    before = [t.word for t in tokens[max(0, index - 3) : index]]
    return (
        len(before) == 3
        and before[0] == "24"
        and _UNIT_WORDS.get(before[1]) == "hour"
        and before[2] in _ROUND_THE_CLOCK_JOINS
    )


def _is_availability(tokens: list[Token], after: int) -> bool:
    """True when the words after a duration make it an opening time ("24 hours a day")."""
    words = [t.word for t in tokens[after : after + 3]]
    if (
        len(words) >= 2
        and words[0] in _PER_WORDS
        and (words[1] in _PERIOD_WORDS and (words[1] not in {"der", "de", "een"} or len(words) > 2))
    ):
        return words[1] not in {"der", "de", "een"} or words[2] in _PERIOD_WORDS
    return False


#: Units an ordinal counts in: "the third ring", "am dritten Werktag", "de tweede werkdag".
_ORDINAL_UNITS = {"ring", "working_day", "school_day", "day", "week", "month"}


#: Words that tie a span to the day it counts from: "within a few days of the first day".
_OFFSET_WORDS = {"of", "after", "from", "following", "nach", "ab", "seit", "van", "na", "vanaf"}
_DEFINITE_ARTICLES = {"the", "der", "die", "das", "dem", "den", "des", "de", "het"}


def _offset_from(tokens: list[Token], index: int) -> bool:
    """True when the ordinal at ``tokens[index]`` names the day a span counts from.

    In "within a few days of the first day of retirement" and "innerhalb von 3 Tagen
    nach dem ersten Werktag" the first day is where the bound starts, not a bound of
    its own: a unit, an offset word and an article come right before it. "By the end
    of the second working day" is a bound ("end" is no unit).
    """
    words = [t.word for t in tokens[max(0, index - 5) : index] if t.text != ","][::-1]
    if words[:1] and words[0] in _DEFINITE_ARTICLES:
        words = words[1:]  # "of, the first day": a comma may close an inserted phrase
    return len(words) >= 2 and words[0] in _OFFSET_WORDS and words[1] in _UNIT_WORDS


#: A month named after a day: "am ersten Unterrichtstag des Monats Mai", "on the first
#: working day in May", "op de eerste werkdag in mei".
_NAMED_MONTH_AFTER = re.compile(
    rf"(?:des\s+Monats|im(?:\s+Monat)?|in)\s+(?:{'|'.join(m for row in MONTH_NAMES for m in row)})",
    re.IGNORECASE,
)


def _in_a_named_month(tokens: list[Token], index: int) -> bool:
    """True when the words from ``tokens[index]`` name a month: the ordinal day before
    them is a date in that month, which the month's own deadline bounds."""
    if index >= len(tokens):
        return False
    words = " ".join(t.text for t in tokens[index : index + 3])
    return _NAMED_MONTH_AFTER.match(words) is not None


def _ordinal_at(tokens: list[Token], index: int, lang: str) -> tuple[float, int] | None:
    """An ordinal before a unit ("the third ring", "dem dritten Klingeln", "3rd", "3.")."""
    token = tokens[index]
    if token.word in _ORDINALS[lang]:
        return float(_ORDINALS[lang][token.word]), 1
    if token.text.isdecimal() and index + 1 < len(tokens):
        following = tokens[index + 1]
        if following.start == token.end and (
            following.text == "." or following.word in _ORDINAL_SUFFIXES
        ):
            return float(token.text), 2
    return None


_Found = TypeVar("_Found")

#: The longest text whose readings are kept: a metric (``MAX_METRIC_CHARS``) and
#: a timeframe are shorter, a step of a hostile file need not be.
_KEPT_CHARS = 2_000


#: "een week of twee", "a working day or two": one unit, or two, or so; no bound. The
#: article and the "or" that follows it, per language.
_ONE_OR_MORE = {("nl", "een"): "of", ("en", "a"): "or", ("en", "an"): "or"}


def _kept(find: Callable[[str, str], list[_Found]]) -> Callable[[str, str], list[_Found]]:
    """``find``, with what it found in a short text kept: the standard, the judgement
    and the rules ask for the same metric's bounds and spans several times. Each call
    gets a list of its own; the items must not change (spans, frozen durations)."""
    kept = functools.lru_cache(maxsize=4096)(lambda text, lang: tuple(find(text, lang)))

    @functools.wraps(find)
    def reading(text: str, lang: str) -> list[_Found]:
        return list(kept(text, lang)) if len(text) <= _KEPT_CHARS else find(text, lang)

    return reading


#: A day that is the earliest, not the latest: "on or after that day", "am oder nach dem
#: Tag", "op of na die dag".
_ON_OR_AFTER = re.compile(
    r"(?:on\s+or\s+after|am\s+oder\s+nach|op\s+of\s+na)\s+(?:(?:the|dem|de)\s+)?$", re.IGNORECASE
)


#: Rings counted as times a phone rings: "Incoming calls shall not ring more than 3 times",
#: "das Telefon klingelt höchstens dreimal", "de telefoon gaat hooguit 3 keer over".
_RINGS_COUNTED = {
    "en": re.compile(
        r"(?<![\w-])(?:ring|rings|ringing)\s+(?:more\s+than|over|at\s+most|max(?:imum)?|no\s+more\s+"
        r"than)\s+(?P<count>\d{1,2}|one|two|three|four|five|six)\s*times(?![\w-])",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"(?<![\w-])(?:klingelt|klingeln|läutet|läuten)\s+(?:höchstens|maximal|nicht\s+(?:öfter|"
        r"mehr)\s+als)\s+(?P<count>\d{1,2}|ein|zwei|drei|vier|fünf|sechs)\s*-?\s*mal(?![\w-])",
        re.IGNORECASE,
    ),
    "nl": re.compile(
        r"(?<![\w-])(?:gaat|gaan|rinkelt|rinkelen)\s+(?:hooguit|maximaal|niet\s+(?:vaker|meer)\s+"
        r"dan)\s+(?P<count>\d{1,2}|een|twee|drie|vier|vijf|zes)\s*(?:keer|maal)(?:\s+over)?"
        r"(?![\w-])",
        re.IGNORECASE,
    ),
}


@_kept
def find_durations(text: str, lang: str) -> list[Duration]:
    """Every time bound in ``text``, in order ("within 20 seconds", "next working day").

    Times of day ("between 08:00 and 22:00", "bis 18 Uhr", "tot 17 uur") and
    availabilities ("24 hours a day") are not bounds and are skipped. A number with
    no unit after a bound word takes the unit of the bound before it ("acknowledge
    within 3 working days and reply in full within 10").
    """
    text = text.replace("’", "'")  # "1 hours’ notice": the same width, so spans still hold
    found: list[Duration] = []
    # the characters deadlines by the day have taken: one flag each, so that a text with
    # thousands of them ("by Monday by Monday ...") is still read in linear time
    taken = bytearray(len(text))
    folded = fold(text)
    table = _DAY_DEADLINE_PATTERNS.get(lang)
    for pattern, amount, unit, words in table.candidates(folded) if table else ():
        for match in pattern.compiled.finditer(text):
            if taken.find(1, match.start(), match.end()) >= 0:
                continue
            if _ON_OR_AFTER.search(text, max(0, match.start() - 24), match.start()):
                continue  # "refund it on or after that day": a floor, not a deadline
            bound, relative = amount, words
            if "{day}" in words:
                month_day = _month_day(match, amount, words)
                if month_day is None:
                    continue
                bound, relative = month_day
            taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
            found.append(Duration(bound, unit, match.span(), relative or None))
    for match in _RINGS_COUNTED[lang].finditer(text):  # "shall not ring more than 3 times"
        count = parse_number(match["count"], lang)
        if count is not None and taken.find(1, match.start(), match.end()) < 0:
            taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
            found.append(Duration(count, "ring", match.span()))
    tokens = tokenize(text)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if taken[token.start]:
            index += 1
            continue
        duration, used = _duration_at(tokens, index, lang, found)
        if duration is not None:
            found.append(duration)
            index += used
            continue
        index += max(used, 1)
    return _multiplied(text, lang, _compounds_joined(text, _outermost(found)))


def _outermost(found: list[Duration]) -> list[Duration]:
    """The durations in order, without any that lies inside a longer one: "am 3. auf den
    Tod folgenden Werktag" is the third working day, not also "folgenden Werktag"."""
    kept: list[Duration] = []
    reach = -1
    for duration in sorted(found, key=lambda d: (d.span[0], -d.span[1])):
        if duration.span[1] <= reach and duration.span != (kept[-1].span if kept else None):
            continue  # inside the one before, which starts no later and ends no earlier
        kept.append(duration)
        reach = max(reach, duration.span[1])
    return kept


def _multiplied(text: str, lang: str, durations: list[Duration]) -> list[Duration]:
    """A bound said as a multiple, right before it: "2 keer twintig werkdagen" is 40."""
    result = []
    for duration in durations:
        times = None if duration.relative else _TIMES_BEFORE.search(text, 0, duration.span[0])
        if times is not None:
            count = times["number"] or times["word"].split()[0]  # "2", "twee", "twice"
            # the number in the SOP's language first, then in any ("two times" in Dutch)
            readings = (parse_number(count, code) for code in (lang, *_DAY_DEADLINES))
            factor = next((value for value in readings if value), 1.0)
            duration = Duration(
                duration.amount * factor, duration.unit, (times.start(), duration.span[1])
            )
        result.append(duration)
    return result


#: What may stand between the parts of one bound: "1 hour 30 minutes", "3 Monate und 10 Tage".
_COMPOUND_GAP = re.compile(r"\s*(?:(?:and|und|en|&)\s+)?", re.IGNORECASE)


def _compounds_joined(text: str, durations: list[Duration]) -> list[Duration]:
    """Join a bound said in two units, the larger first, into one ("1 hour 30 minutes"
    is 90 minutes, "drie maanden en tien dagen" 101 days), so that every reader sees
    one bound; "2 days, 4 hours for urgent cases" (a comma) stays two."""
    joined: list[Duration] = []
    for duration in durations:
        previous = joined[-1] if joined else None
        if previous is not None and _COMPOUND_GAP.fullmatch(
            text, previous.span[1], duration.span[0]
        ):
            total = _compound_total(previous, duration)
            if total is not None:
                joined[-1] = Duration(total[0], total[1], (previous.span[0], duration.span[1]))
                continue
        joined.append(duration)
    return joined


def _compound_total(larger: Duration, smaller: Duration) -> tuple[float, str] | None:
    """The amount and unit of ``larger`` and ``smaller`` said together, or ``None``
    when they are no such pair (the same size, the smaller first, a deadline by the
    day, rings, or working days with hours)."""
    if larger.relative or smaller.relative or larger.days is None or smaller.days is None:
        return None
    if larger.days <= smaller.days:
        return None
    if larger.family == smaller.family == "calendar":
        return (larger.base_amount + smaller.base_amount) / _SECONDS[smaller.unit], smaller.unit
    if larger.family == smaller.family == "months":
        return (larger.base_amount + smaller.base_amount) / _MONTHS[smaller.unit], smaller.unit
    if larger.family == "months" and smaller.unit in ("day", "week"):
        return round(larger.days + smaller.days), "day"  # "drie maanden en tien dagen"
    return None


def _unit_before(tokens: list[Token], index: int, lang: str) -> bool:
    """True when a unit comes right before ``tokens[index]`` ("8 hours a day"); the Dutch
    pronoun "u" is the hour's letter only after a number ("stelt u een jaar voordat")."""
    if _unit_at(tokens, index - 1) is None:
        return False
    if tokens[index - 1].word != "u":
        return True
    return index >= 2 and _number_at(tokens, index - 2, lang) is not None


def _duration_at(
    tokens: list[Token], index: int, lang: str, before: list[Duration]
) -> tuple[Duration | None, int]:
    """The duration starting at ``tokens[index]``, and how many tokens to move on."""
    compound = _number_word_compound(tokens[index], lang)
    if compound is not None:
        return Duration(*compound, (tokens[index].start, tokens[index].end)), 1
    grown = _number_word_adjective(tokens, index, lang)  # "einer vierwöchigen Frist"
    if grown is not None:
        return grown, 1
    ordinal = _ordinal_at(tokens, index, lang)
    if ordinal is not None:
        if index + ordinal[1] < len(tokens) and (
            tokens[index + ordinal[1]].word in _BETWEEN_NUMBER_AND_UNIT
        ):
            ordinal = (ordinal[0], ordinal[1] + 1)  # "the 29th consecutive day"
        if _event_named_before_unit(tokens, index + ordinal[1]):
            ordinal = (ordinal[0], ordinal[1] + 4)  # "am 3. auf den Tod folgenden Werktag"
        unit = _unit_at(tokens, index + ordinal[1])
        if unit is not None and unit[0] in _ORDINAL_UNITS:
            if _offset_from(tokens, index) or _in_a_named_month(
                tokens, index + ordinal[1] + unit[1]
            ):
                return None, ordinal[1] + unit[1]
            end = tokens[index + ordinal[1] + unit[1] - 1].end
            return Duration(ordinal[0], unit[0], (tokens[index].start, end)), ordinal[1] + unit[1]
    number = _number_at(tokens, index, lang)
    if number is None:
        return None, 1
    length = _hour_letter_length(tokens, index)
    if length is not None:
        return length, 3
    if tokens[index].text[0].isdecimal() and _is_clock(tokens, index, lang):
        return None, 1
    value, used = number
    if [t.text for t in tokens[index + used : index + used + 3]][::2] == ["(", ")"] and (
        parse_number(tokens[index + used + 1].text, lang) == value
    ):
        used += 3  # "five (5) working days": the digits repeat the word
    aside = _aside_after(tokens, index + used)
    if aside and _unit_at(tokens, index + used + aside) is not None:
        used += aside  # "within 48 (school working) hours", "1 tot 4 (max 7 ...) werkdagen"
    if (
        index + used < len(tokens)
        and tokens[index + used].word in _BETWEEN_NUMBER_AND_UNIT
        and _unit_at(tokens, index + used + 1) is not None
    ):
        used += 1  # "three consecutive business days", "drei aufeinanderfolgende Werktage"
    unit = _unit_at(tokens, index + used)
    if unit is None and _joined_by_hyphen(tokens, index + used - 1):
        unit = _unit_at(tokens, index + used + 1)  # "24-hour", "10-Tage-Frist"
        if (
            unit is not None
            and "-" in tokens[index + used + 1].text
            and not tokens[index + used + 1].word.rsplit("-", 1)[-1].endswith(_DEADLINE_NOUNS)
        ):
            unit = None  # "24-Stunden-Entstörungsdienst": the name of a service
        if unit is not None:
            used += 1
        elif (adjective := _adjective_unit(tokens, index + used + 1)) is not None:
            unit = (adjective, 1)  # "der 20-tägigen Auflagefrist", "de 20-daagse termijn"
            used += 1
    if unit is None and _hyphen_then_space(tokens, index + used - 1):
        unit = _unit_at(tokens, index + used + 1)  # "24- hours in advance", as some type it
        if unit is not None:
            used += 1
    if unit is None:
        return _elided_unit(tokens, index, used, value, before), used
    name, unit_used = unit
    after = index + used + unit_used
    if (
        (lang, tokens[index].word) in _ONE_OR_MORE
        and [t.word for t in tokens[after : after + 1]] == [_ONE_OR_MORE[lang, tokens[index].word]]
        and (more := _number_at(tokens, after + 1, lang)) is not None
        and _unit_at(tokens, after + 1 + more[1]) is None  # "a day or 2 days": two bounds
    ):
        return None, used + unit_used + 2  # "een week of twee", "a day or two": about two
    if _is_availability(tokens, after):
        return None, used + unit_used + 2  # and the "a day" after it
    if _round_the_clock(tokens, index, after):
        return None, used + unit_used  # "24 Stunden und 365 Tagen": opening time
    if (
        tokens[index].word in _ARTICLES
        and index > 0
        and (tokens[index - 1].word in _RATE_BEFORE or _unit_before(tokens, index, lang))
    ):
        return None, used + unit_used  # "twice a day", "3 times a week": a rate
    if _plural_ending(tokens, after):
        after += 3  # "3 Tag(e)", "2 Woche(n)", "5 day(s)": the unit with its plural ending
    end = tokens[after - 1].end
    if lang == "en" and [t.word for t in tokens[after : after + 3]] == ["and", "a", "half"]:
        value, end, after = value + 0.5, tokens[after + 2].end, after + 3  # "an hour and a half"
    start = tokens[index].start
    said: list[float] = []
    joiner = tokens[index - 1].word if index >= 2 else ""
    if joiner in _RANGE_WORDS or joiner in _ALTERNATIVES.get(lang, ()):
        # "8 (Europa) resp. 16 (elders) kantooruren": the other number's aside is skipped
        lower = index - 2 - _aside_before(tokens, index - 2)
        other = _number_at(tokens, lower, lang) if lower >= 0 else None
        if other is not None:
            # "2-3 Werktage", "drei bis sechs Wochen", "48 bzw. 24 Stunden": the larger bound
            said = [value, other[0]]
            while joiner not in _RANGE_WORDS and lower >= 2 and tokens[lower - 1].text == ",":
                listed = _number_at(tokens, lower - 2, lang)  # "6, 8, 13 or 16 weeks"
                if listed is None or listed[1] != 1:
                    break
                lower -= 2
                said.append(listed[0])
            start, value = tokens[lower].start, max(said)
    alternatives = (
        tuple(sorted({amount for amount in said if amount != value}))
        if joiner not in _RANGE_WORDS
        else ()
    )  # the ends of a range ("2-3 Werktage") are no bounds of their own
    return Duration(value, name, (start, end), None, alternatives), after - index


def _event_named_before_unit(tokens: list[Token], index: int) -> bool:
    """True when "auf den <event> folgenden" starts at ``index``: German names the event
    between an ordinal and its unit ("am 3. auf den Tod folgenden Werktag")."""
    words = [t.word for t in tokens[index : index + 4]]
    return (
        len(words) == 4
        and words[0] == "auf"
        and words[1] in {"den", "die", "das", "dem"}
        and words[3] in {"folgenden", "folgende"}
    )


def _plural_ending(tokens: list[Token], index: int) -> bool:
    """True when "(e)", "(n)", "(s)" or "(en)" at ``index`` turns the unit before it into
    its plural, as forms write it: "Tag(e)", "Woche(n)", "day(s)", "dag(en)"."""
    if index < 1 or index + 2 >= len(tokens):
        return False
    opening, ending, closing = tokens[index : index + 3]
    unit = tokens[index - 1]
    return (
        opening.text == "("
        and closing.text == ")"
        and opening.start == unit.end
        and unit.word + ending.word in _UNIT_WORDS
        and _UNIT_WORDS[unit.word + ending.word] == _UNIT_WORDS.get(unit.word)
    )


#: The most words an aside between a number and its unit may hold: "within 48 (school
#: working) hours", "binnen 1 tot 4 (max 7 voor landen buiten de Benelux) werkdagen".
_MAX_ASIDE_TOKENS = 12


def _aside_after(tokens: list[Token], index: int) -> int:
    """How many tokens a short bracketed aside starting at ``tokens[index]`` takes, else 0.

    An aside that names a unit itself ("2 (or 3 days abroad) weeks") is not skipped:
    which unit the number counts would be a guess.
    """
    if index >= len(tokens) or tokens[index].text != "(":
        return 0
    for end in range(index + 1, min(index + _MAX_ASIDE_TOKENS + 2, len(tokens))):
        if tokens[end].text == ")":
            return end - index + 1 if end > index + 1 else 0
        if tokens[end].text == "(" or _unit_at(tokens, end) is not None:
            return 0
    return 0


def _aside_before(tokens: list[Token], index: int) -> int:
    """How many tokens a short bracketed aside ending at ``tokens[index]`` takes, else 0."""
    if index < 0 or tokens[index].text != ")":
        return 0
    for start in range(index - 1, max(index - _MAX_ASIDE_TOKENS - 2, -1), -1):
        if tokens[start].text == "(":
            return index - start + 1 if _aside_after(tokens, start) == index - start + 1 else 0
        if tokens[start].text == ")":
            return 0
    return 0


#: "twenty-four-working-day-deadline": a number, a unit of up to three words, a noun.
_MAX_COMPOUND_PARTS = 7


def _number_word_compound(token: Token, lang: str) -> tuple[float, str] | None:
    """ "four-week", "twenty-four-hour", "Zwei-Wochen-Frist": a number word joined to its unit.

    Digits are separate tokens ("24-hour" is read by ``_duration_at``); this is the same
    reading for a number written as a word. In German and Dutch, as with digits, only a
    deadline noun after the unit makes it a bound ("Zwei-Stunden-Service" is a name).
    """
    parts = token.word.split("-", _MAX_COMPOUND_PARTS)
    if not 2 <= len(parts) <= _MAX_COMPOUND_PARTS or token.text[0].isdecimal():
        return None  # a longer chain of words is no amount: read in bounded time
    for cut in range(1, len(parts)):
        value = parse_number("-".join(parts[:cut]), lang)
        if value is None:
            continue
        unit_words = parts[cut:]
        if len(unit_words) > 1 and unit_words[-1].endswith(_DEADLINE_NOUNS):
            unit_words = unit_words[:-1]
        elif lang != "en":
            continue
        unit = _UNIT_WORDS.get(" ".join(unit_words))
        if unit is not None and unit != "ring":
            return value, unit
    return None


#: German and Dutch adjectives of a unit: "20-tägig", "6-wöchige", "20-daagse", "24-uurs".
_ADJECTIVE_UNIT = re.compile(
    r"(?P<day>tägig|daags)|(?P<week>wöchig|weeks)|(?P<month>monatig|maands)|"
    r"(?P<hour>stündig|uurs)|(?P<minute>minütig)",
)
_ADJECTIVE_ENDING = re.compile(r"(?:e[nmrs]?)?")
#: What such an adjective must describe to be a bound: a period, not a schedule or a
#: service ("die 14-tägige Abholung" is fortnightly, "der 20-tägigen Auflagefrist" a bound).
_SPAN_NOUN = re.compile(rf"[\w-]*(?:{_SPAN_WORDS})", re.IGNORECASE)


def _adjective_unit(tokens: list[Token], index: int) -> str | None:
    """The unit of an adjective after "20-" that a span noun follows, or None."""
    if index + 1 >= len(tokens):
        return None
    word = tokens[index].word
    found = _ADJECTIVE_UNIT.match(word)
    if found is None or not _ADJECTIVE_ENDING.fullmatch(word, found.end()):
        return None
    if not _SPAN_NOUN.fullmatch(tokens[index + 1].word):
        return None
    return found.lastgroup


def _number_word_adjective(tokens: list[Token], index: int, lang: str) -> Duration | None:
    """ "einer vierwöchigen Frist", "de tweedaagse termijn": a number word grown into the
    adjective of a unit, before a span noun (as "20-tägigen Auflagefrist" with digits)."""
    if lang == "en" or index + 1 >= len(tokens):
        return None
    word = tokens[index].word
    for found in _ADJECTIVE_UNIT.finditer(word):
        if found.start() == 0 or not _ADJECTIVE_ENDING.fullmatch(word, found.end()):
            continue
        value = parse_number(word[: found.start()], lang)
        if value is None or not _SPAN_NOUN.fullmatch(tokens[index + 1].word):
            return None
        unit = found.lastgroup or ""
        return Duration(value, unit, (tokens[index].start, tokens[index].end))
    return None


def _hyphen_then_space(tokens: list[Token], index: int) -> bool:
    """True when ``tokens[index]`` (a number) is followed by a hyphen that touches it and a
    space after: "24- hours"."""
    if index + 2 >= len(tokens):
        return False
    hyphen, following = tokens[index + 1], tokens[index + 2]
    return hyphen.text == "-" and hyphen.start == tokens[index].end and following.start > hyphen.end


def _joined_by_hyphen(tokens: list[Token], index: int) -> bool:
    """True when ``tokens[index]`` is followed by a hyphen that touches both neighbours."""
    if index + 2 >= len(tokens):
        return False
    hyphen, following = tokens[index + 1], tokens[index + 2]
    return (
        hyphen.text == "-" and hyphen.start == tokens[index].end and following.start == hyphen.end
    )


def _elided_unit(
    tokens: list[Token], index: int, used: int, value: float, before: list[Duration]
) -> Duration | None:
    """ "within 10" after "within 3 working days": the unit of the bound before it."""
    if not before or before[-1].relative or index == 0:
        return None
    if tokens[index - 1].word not in _BOUND_BEFORE:
        return None
    after = index + used
    if after < len(tokens) and tokens[after].word in _RANGE_WORDS:
        return None  # the lower end of a range: its upper end has the unit
    if after < len(tokens):
        following = tokens[after]
        if following.word not in _BOUND_AFTER_OK and (
            following.word[0].isalnum() or following.text == "%"
        ):
            return None
    span = (tokens[index].start, tokens[after - 1].end)
    return Duration(value, before[-1].unit, span)


_BETWEEN_NUMBER_AND_UNIT = {
    "consecutive", "full", "clear", "aufeinanderfolgende", "aufeinanderfolgenden", "volle",
    "vollen", "opeenvolgende", "hele",
    # "bis zu 3 weitere Monate", "2 additional working days", "3 extra dagen"
    "weitere", "weiteren", "additional", "further", "extra", "verdere", "bijkomende",
}  # fmt: skip


def _is_range_between(tokens: list[Token], durations: list[Duration]) -> bool:
    """True when only a range word stands between two durations ("8 weken tot 6 maanden")."""
    between = [t.word for t in tokens if durations[0].span[1] <= t.start < durations[1].span[0]]
    between = [w for w in between if w not in {"op", "on", "am", "de", "the", "het", "der", "den"}]
    if len(between) != 1:
        return False
    if between[0] in _JOINERS:  # "between 4 days and 30 days": a range, not a sum
        before = [t.word for t in tokens if t.end <= durations[0].span[0]]
        return bool(before) and before[-1] in {"between", "zwischen", "tussen"}
    return between[0] in _RANGE_WORDS | {"until", "or", "oder", "of"}


def parse_iso_duration(text: str) -> Duration | None:
    """Read an ISO 8601 duration such as ``PT20S``, ``P2D`` or ``PT1H30M``.

    Parts of one family add up in the smallest unit given (``PT1H30M`` is 90
    minutes). Months and years cannot be added to days or hours exactly, so a
    mix of the two returns ``None``.
    """
    match = _ISO_DURATION.match(text.strip().upper())
    if not match:
        return None
    parts = {
        unit: float(value.replace(",", ".")) for unit, value in match.groupdict().items() if value
    }
    if not parts:
        return None
    months = {u: v for u, v in parts.items() if u in _MONTHS}
    exact = {u: v for u, v in parts.items() if u in _SECONDS}
    if months and exact:
        return None
    table: dict[str, float] = _MONTHS if months else _SECONDS  # type: ignore[assignment]
    chosen = months or exact
    smallest = min(chosen, key=lambda unit: table[unit])
    total = sum(value * table[unit] for unit, value in chosen.items()) / table[smallest]
    return Duration(total, smallest, (0, len(text)))


#: Words after a timeframe's duration that tie it to an event: the rest names the event.
_ANCHORS = {
    "before", "after", "of", "from", "prior", "ahead", "following", "since", "vor", "nach",
    "ab", "seit", "vorher", "vorab", "zuvor", "beforehand", "voor", "vóór", "na", "vooraf", "vanaf",
    "sinds", "van", "in", "op",  # "in de maand volgend op de maand waarin ..."
    "bei", "beim", "bij", "nadat", "nachdem", "once", "zodra", "sobald",
    "des", "der",  # German's "of": "am gleichen Abend des Termins"
    "voordat", "bevor", "ehe",  # "een jaar voordat de termijn afloopt"
    "voorafgaand", "voorafgaande", "voorafgaandelijk",  # "een half uur voorafgaande aan"
    "upon",  # "within seven (7) working days upon receipt of payment"
    "beyond",  # "we hold your table for 30 minutes beyond your reservation time"
    "danach", "daarna", "thereafter", "afterwards",  # "bis zu 14 Tagen danach"
    "volgend",  # "binnen 14 dagen volgend op de dag waarop de consument ..."
    # "14 dagen, gerekend vanaf de inschrijvingsdatum", "14 days, counted from the date"
    "counted", "calculated", "reckoned", "gerechnet", "berechnet", "gerekend", "berekend",
    "on",  # "refunded 7 days on reporting": upon it
}  # fmt: skip

_TIMEFRAME_FILLER = {
    "within", "in", "after", "under", "max", "maximum", "at", "most", "no", "later", "than",
    "innerhalb", "von", "binnen", "uiterlijk", "spätestens", "höchstens", "maximal",
    "maximaal", "of", "per", "every", "each", "jede", "jeden", "alle", "elke", "iedere", "nach",
    "na", "never", "nooit", "nie",
    "the", "a", "dem", "den", "der", "des", "de", "het", "am", "by", "beim", "bei", "before",
    "vor", "voor", "or", "less", "oder", "weniger", "minder", "längstens", "innert", "ten",
    "hoogste", "up", "to", "bis", "zu", "tot", "not", "longer", "nicht", "länger", "als",
    "niet", "langer", "dan", "total", "insgesamt", "totaal", "further", "additional",
    "weitere", "weiteren", "weiterer", "verdere", "extra", "another", "on", "op", "um",
    "om", "allerspätestens", "latest", "notice", "advance", "vorher", "vorab", "tevoren",
    "zuvor", "beforehand",
    # "bis einschließlich 1 Stunde vor Kursbeginn", "up to and including 10 days"
    "einschließlich", "inklusive", "including", "inclusive", "inclusief",
    # a delay capped: "mit maximal einer Minute Verzögerung", "met maximaal 5 minuten vertraging"
    "mit", "delay", "verzögerung", "vertraging", "verspätung",  # ("met", "with": below)
    "vorfeld",  # "eine Woche im Vorfeld"
    # the season a schedule runs in: "im Sommer täglich um 14 Uhr"
    "sommer", "winter", "frühling", "frühjahr", "herbst", "summer", "spring", "autumn",
    "zomer", "lente", "herfst", "saison", "season", "seizoen", "hauptsaison", "nebensaison",
    "hoogseizoen", "laagseizoen",
    # an article before a unit's adjective: "eine dreimonatige Frist", "een tweedaagse termijn"
    "eine", "einer", "einen", "een",
    # the end a notice period runs to: "zu jedem Monatsende mit einer Frist von 4 Wochen"
    "monatsende", "quartalsende", "jahresende", "halbjahresende",
    "vooraf", "least", "mindestens", "minimaal", "minstens", "im", "voraus", "nächsten",
    "kommenden", "next", "coming", "volgende", "komende", "eerstvolgende", "first", "ersten",
    "eerste", "meteen", "direct", "direkt", "sofort", "immediately", "onmiddellijk", "<", "≤",
    "<=", "(", ")", "consecutive", "minste", "more", "mehr", "meer",
    # the bound named as a span: "a 24-hour period", "a 24-hour time frame"
    "period", "timeframe", "time-frame", "frame", "time", "window", "später",
    # an average is a bound of its own: "an average of seven minutes", "gemiddeld binnen"
    "an", "average", "mean", "durchschnitt", "durchschnittlich", "schnitt", "gemiddeld",
    "gemiddelde",
    # "am jeweils darauf folgenden Werktag": each time
    "jeweils", "darauf", "telkens",
    # "nach Ablauf eines Kalendermonats", "na afloop van twee weken": the bound's end
    "ablauf", "afloop", "van",
    # "eine maximale Dauer von 1 Werktag", "a maximum duration of 5 days"
    "maximale", "maximalen", "maximaler", "dauer", "duration",
    # Flemish "ten laatste" (at the latest); a floor: "frühestens am Tag des Kursbeginns"
    "laatste", "frühestens", "earliest", "vroegste",
    # "within" as some write it: "withing 24 hours", "with in a maximum period of 14 days"
    "withing", "with",
    # the zone of a clock time: "at 6 PM EST on the day following their settlement"
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "gmt", "bst", "utc",
    "cet", "cest", "mez", "mesz", "aest", "aedt", "nzst", "nzdt", "ist",
    # "first thing the next business day"
    "thing",
    # the plural's possessive: "24 hours' notice"
    "'",
    # how long something lasts: "während 30 Tagen aufgelegt", "gedurende 14 dagen bewaard"
    "während", "gedurende", "during", "for",
    # the days a bound counts: "werktags binnen 24 Stunden" (and as some spell it)
    "werktags", "werkstags",
    # a cap on the gap between updates: "at intervals not exceeding 20 days"
    "intervals", "interval", "exceeding", "abständen", "abstand", "intervallen", "tussenpozen",
    # a window back in time: "maximal 6 Wochen rückwirkend", "tot 6 weken met terugwerkende
    # kracht", "backdated by up to 6 weeks"
    "rückwirkend", "retroactively", "retrospectively", "backdated", "met", "terugwerkende",
    "kracht",
    # how long something lasts, after the span: "eine Woche lang reserviert", "8 weken lang"
    "lang",
    # the cap after a wish: "unverzüglich, spätestens aber eine Woche nach dem Verlust"
    "aber", "jedoch", "but", "maar",
    # "<= 2 Werktage" as some tables write it; "should not take more than 2 weeks"
    "=", "take", "takes",
    # "equal to or less than 20 seconds", "kleiner oder gleich", "kleiner dan of gelijk aan"
    "equal", "kleiner", "gleich", "gelijk",
    # the bound stressed: "in ieder geval binnen zes weken", "in any case within six weeks",
    # "auf jeden Fall innerhalb"
    "ieder", "elk", "geval", "any", "case", "jedem", "fall", "auf", "jedenfalls", "very",
    # when a change takes effect: "effective from the 1st of the following month"
    "effective", "from", "wirksam", "ingaande", "vanaf", "ab",
    # a cap per occurrence: "limited to 20 minutes per visit"
    "visit", "call", "request", "order", "appointment", "besuch", "anruf", "bezoek",
    # "spätestens" as often misspelt
    "spätesten",
    # the end of the period a bound names: "aan het einde van de maand volgend op ..."
    "aan", "einde", "eind", "end", "ende",
    # "at the 90 day mark"; Dutch "hoogstens vier weken" (at most)
    "mark", "hoogstens",
    # a range: "tussen de drie en zes weken"; a length: "für sechs Monate"; "tenminste
    # binnen 30 dagen" (in any case within)
    "between", "zwischen", "tussen", "für", "tenminste",
    # "im Durchschnitt nur sieben Minuten"
    "nur", "only", "slechts",
    # "one full working day's notice", "two clear days", "every ten working days, as a
    # minimum", "on hold for over 30 seconds"
    "full", "clear", "as", "minimum", "over",
    # how long something holds: "drei Werktage lang gültig", "valid for 30 days"; an
    # extension: "+2 Monate"
    "gültig", "valid", "geldig", "+",
}  # fmt: skip


#: A bound said as a multiple, right before it: "2 keer twintig werkdagen", "twice 20 days".
_TIMES_BEFORE = re.compile(
    r"(?<![\w-])(?:(?P<number>[2-9])\s*(?:keer|maal|x|×|times|mal)|(?P<word>twice|zweimal|"
    r"tweemaal|twee\s+keer|two\s+times|zwei\s+mal|dreimal|driemaal|drie\s+keer|three\s+times))"
    r"\s+$",
    re.IGNORECASE,
)

#: "the same month as your request": the period of an event, named after the bound.
_SAME = re.compile(r"\b(?:same|selben|gleichen|hetzelfde|dezelfde|zelfde)\b", re.IGNORECASE)
_SAME_AS = {"as", "als", "wie"}
#: Not an event but a wish: "in the same month as soon as possible".
_SOON = re.compile(
    r"\s*(?:soon|quickly|fast|possible|snel|spoedig|mogelijk|schnell|bald|rasch|möglich)",
    re.IGNORECASE,
)

#: Days in a month, on average: "30 days (a month)" says one bound twice.
_DAYS_PER_MONTH = 30.4375


#: A bracket that restates what it follows: "(i.e. ...)", "(d. h. ...)", "(dus ...)".
_THAT_IS = re.compile(
    r"\(\s*(?:i\.\s*e\.|ie|that\s+is|d\.\s*h\.|das\s+heißt|also|dus|d\.\s*w\.\s*z\.|oftewel|"
    r"namelijk)[\s,]",
    re.IGNORECASE,
)


def _said_again(text: str, first: Duration, second: Duration) -> bool:
    """Whether ``second``, in brackets or after a slash, says ``first`` again in other
    units ("thirty days (a month)", "10 working days (two weeks)", "1 business day (24
    hours)", "48 Hours/Two Working Days"): the same number of days within a tenth, a
    working day counted as a day or as 7/5 of one. "3 days / 5 days" says two bounds."""
    gap = text[first.span[1] : second.span[0]]
    if "(" not in gap and gap.strip() != "/":
        return False
    if _THAT_IS.search(gap):
        return True  # "the Friday of the following week (i.e. seven business days later)"
    first_days, second_days = _day_readings(first), _day_readings(second)
    return any(
        abs(one - other) <= 0.1 * max(one, other) for one in first_days for other in second_days
    )


def _day_readings(duration: Duration) -> tuple[float, ...]:
    """The numbers of days a bound can be restated as, for :func:`_said_again`."""
    if duration.days is None:
        return ()
    if duration.family == "working_days":
        return (duration.days, duration.base_amount)  # "2 working days (48 hours)"
    if duration.family == "months" or duration.unit in ("hour", "day", "week"):
        return (duration.days,)
    return ()


def _word_before(text: str, position: int) -> str:
    """The word right before ``position``, in lower case ("" at the start)."""
    match = re.search(r"(\w+)\W*$", text[:position])
    return match.group(1).lower() if match else ""


_DAY_NAME = (
    r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:days?)?|Mo(?:ntag)?|Di(?:enstag)?|"
    r"Mi(?:ttwoch)?|Do(?:nnerstag)?|Fr(?:eitag)?|Sa(?:mstag)?|So(?:nntag)?|ma(?:andag)?|"
    r"di(?:nsdag)?|wo(?:ensdag)?|do(?:nderdag)?|vr(?:ijdag)?|za(?:terdag)?|zo(?:ndag)?"
)
#: A range of weekdays that says which days a bound counts: "Montag bis Freitag", "Mo-Fr".
_WEEKDAY_RANGE = re.compile(
    rf"(?<![\w-])(?:{_DAY_NAME})\.?\s*(?:-|–|bis|to|through|until|tot(?:\s+en\s+met)?|t/m)\s*"
    rf"(?:{_DAY_NAME})\.?(?![\w-])",
    re.IGNORECASE,
)


_DAY_KIND = (
    r"(?:(?:bank|public|statutory|national)\s+)?holidays|weekends?|Saturdays?|Sundays?|"
    r"(?:sonn-\s*und\s+)?feiertags|wochenends|(?:gesetzlichen?\s+)?Feiertag(?:en?)?|"
    r"Sonn-\s*und\s+Feiertag(?:en?)?|Wochenenden?|Samstag(?:en?)?|"
    r"Sonntag(?:en?)?|(?:officiële\s+|erkende\s+|nationale\s+)?feestdagen|weekend(?:en|s)?|"
    r"zaterdag(?:en)?|zondag(?:en)?|(?:de\s+)?(?:school)?vakanties?|(?:the\s+)?school\s+holidays|"
    r"(?:die\s+)?(?:Schul)?ferien"
)
#: Days a bound does not count: "10 working days, excluding bank holidays",
#: "5 Werktage (ohne Sonn- und Feiertage)", "5 werkdagen (excl. weekend en feestdagen)".
#: A day counted in, said after the bound: "inklusive des Ausstellungstags", "including the
#: day of issue", "inclusief de dag van ontvangst".
_DAYS_COUNTED_IN = re.compile(
    r"(?<![\w-])(?:including|incl\.?|inclusive\s+of|inklusive|inkl\.?|einschließlich|einschl\.?|"
    r"inclusief)\s+(?:(?:the\s+|des\s+|der\s+|dem\s+|de\s+|het\s+)?(?:[\w-]+\s+){0,2}?"
    r"[\w-]*(?:day|days|tag|tags|tage|tagen|dag|dagen)(?:\s+(?:of|van)\s+[\w-]+)?|"
    # the kinds of days a bound runs through: "10 weken, inclusief vakanties"
    rf"(?:{_DAY_KIND})(?:\s*(?:,|and|or|&|und|oder|en|of)\s*(?:{_DAY_KIND}))*)(?![\w-])",
    re.IGNORECASE,
)
#: The hours a bound counts, said after it: "1 hour during normal office hours", "4 uur
#: tijdens kantooruren", "4 Stunden während der Öffnungszeiten".
_HOURS_COUNTED = re.compile(
    r"(?<![\w-])(?:during|within|in|outside(?:\s+of)?|während|innerhalb|außerhalb|ausserhalb|"
    r"tijdens|binnen|gedurende|buiten)\s+(?:(?:the|our|normal|usual|standard|regular|core|"
    r"der|unserer|unseren|üblichen|normalen|de|onze|normale|reguliere)\s+){0,2}"
    r"(?:(?:office|business|working|opening|service|support)\s+(?:hours|times)|"
    r"(?:geschäfts|öffnungs|service|büro|arbeits|betriebs|support)zeiten?|"
    r"(?:kantoor|openings|werk|service|dienst)(?:uren|tijden?))(?![\w-])",
    re.IGNORECASE,
)
#: A margin's two sides, said after it and last: "15 minuten (ervoor en erna)", "10
#: minutes either side", "15 Minuten vorher und nachher" (with an event after them, "15
#: minuten voor of na de ophaaltijd", the bound is one around the event, as always).
_BOTH_SIDES = re.compile(
    r"\(?\s*(?<![\w-])(?:before\s+(?:and|or)\s+after|either\s+side|on\s+either\s+side|"
    r"ervoor\s+(?:en|of)\s+erna|voor\s+(?:en|of)\s+na|davor\s+(?:und|oder)\s+danach|"
    r"vorher\s+(?:und|oder)\s+nachher)(?![\w-])\s*\)?(?=\s*(?:[),.;]|$))",
    re.IGNORECASE,
)
#: Between a margin before an event and one after it: "een kwartier vóór tot een kwartier
#: ná de gewenste vertrektijd", "15 minutes before to 15 minutes after", "15 Minuten vor
#: bis 15 Minuten nach", "een kwartier eerder tot een kwartier later dan".
_AROUND_AN_EVENT = re.compile(
    r"\s+(?:vóór|voor|eerder|before|early|earlier|vor|früher|vorher)\s+(?:tot|to|until|and|en|und|"
    r"bis|or|of|oder)\s+",
    re.IGNORECASE,
)
_AFTER_THE_EVENT = re.compile(
    r"\s+(?:ná|na|later|after|late|nach|später|danach)(?:\s+(?:dan|than|als))?"
    r"(?![\w-])",
    re.IGNORECASE,
)
_DAYS_NOT_COUNTED = re.compile(
    r"(?<![\w-])(?:excluding|excl\.?|except(?:\s+for)?|not\s+(?:counting|including)|"
    r"ohne|exkl\.?|exklusive|ausgenommen|außer|ausser|"
    r"exclusief|zonder|behalve|uitgezonderd|met\s+uitzondering\s+van)\s+(?:an\s+|on\s+|op\s+)?"
    rf"(?:{_DAY_KIND})(?:\s*(?:,|and|or|&|und|oder|en|of)\s*(?:{_DAY_KIND}))*(?![\w-])|"
    # said after the days: "Samstage ausgenommen", "weekends excluded"
    rf"(?<![\w-])(?:{_DAY_KIND})(?:\s*(?:,|and|or|&|und|oder|en|of)\s*(?:{_DAY_KIND}))*\s+"
    r"(?:excluded|not\s+included|ausgenommen|ausgeschlossen|nicht\s+mitgerechnet|"
    r"uitgezonderd|niet\s+meegerekend)(?![\w-])",
    re.IGNORECASE,
)


#: Two bounds given as alternatives: "24 Stunden bzw. am nächsten Werktag", "2 dagen of 1 week".
#: A window given by its two ends, the upper first: "less than 24 hours but more than 4
#: hours prior to the appointment": the upper end is the bound.
_WINDOW_GAP = re.compile(
    r"\s*,?\s*(?:but|and|aber|und|maar|en)\s+(?:more|longer|mehr|länger|meer|langer)\s+"
    r"(?:than|als|dan)\s+",
    re.IGNORECASE,
)
#: "and/or" as one word: the bounds on either side are both given.
_AND_OR = re.compile(r"(?:and/or|und/oder|en/of)(?![\w-])", re.IGNORECASE)
_ALTERNATIVE_GAP = re.compile(
    r"\s*,?\s*(?:bzw\.?|beziehungsweise|oder|or|of|resp\.?|respectievelijk|and/or|und/oder|en/of)"
    r"\s+",
    re.IGNORECASE,
)


#: What separates the items of a list of alternative bounds: "4h, 8h, nächster Arbeitstag".
_LIST_GAP = re.compile(
    r"\s*(?:,|/|;)\s*(?:(?:or|oder|of|bzw\.?|beziehungsweise)\s+)?|\s*,?\s*(?:or|oder|of|bzw\.?)\s+",
    re.IGNORECASE,
)
#: The first of two amounts said "respectively" ("20 and 40 minutes respectively").
_RESPECTIVE = re.compile(
    r"(?P<number>\d+(?:[.,]\d+)?)\s+(?:and|und|en)\s+(?=\d[^.;]{0,80}?\b(?P<word>respectively|"
    r"jeweils|respektive|respectievelijk)\b)",
    re.IGNORECASE,
)


def _same_unit(tokens: list[Token], one: int, other: int) -> bool:
    """True when the words at ``one`` and ``other`` both name one unit ("day", "days")."""
    first, second = _unit_at(tokens, one), _unit_at(tokens, other)
    return first is not None and second is not None and first[0] == second[0]


#: A timeframe that names its span before the bound: "a maximum response time of 3 hours",
#: "eine maximale Reaktionszeit von 3 Stunden", "een maximale reactietijd van 3 uur".
#: A cap said as a rule before its bound: "may not exceed seven (7) minutes", "darf 10 Tage
#: nicht überschreiten" has its verb after the bound and needs no lead.
_MUST_NOT_EXCEED = re.compile(
    r"\s*(?:(?:(?:may|must|shall|should|will|can|does|do)\s+)?not|cannot|never)\s+"
    r"(?:exceeds?|be\s+(?:more|longer)\s+than)\s+",
    re.IGNORECASE,
)

#: The rest of an event's name after a deadline before it: words, no numbers.
_EVENT_NAMED = re.compile(r"(?:\s*[^\W\d_][\w'’-]*){1,8}\s*[.]?\s*")


#: The end of a span before the span: "spätestens bis zum Ablauf von drei Wochen", "na het
#: verstrijken van 6 weken", "by the end of 10 working days".
_EXPIRY_OF = re.compile(
    r"\s*(?:(?:spätestens|uiterlijk|at\s+the\s+latest)\s+)?(?:(?:bis\s+zum|vor|nach|mit)\s+Ablauf|"
    r"(?:na|vóór|voor|bij)\s+(?:het\s+)?(?:verstrijken|afloop)|(?:by|before|after|at|on)\s+the\s+"
    r"(?:end|expiry))\s+(?:von|van|of)\s+",
    re.IGNORECASE,
)
#: The event a bound counts from, said first: "nach dem ersten Kontakt innerhalb von 24
#: Stunden", "after your call within 2 days", "na ontvangst binnen 5 werkdagen".
_EVENT_FIRST = re.compile(
    r"\s*(?:(?:nach|after|na)\s+(?:[^\W\d_][\w-]*\s+){1,4}?(?:innerhalb(?:\s+von)?|binnen|within)|"
    # "ab Bestelleingang 9-14 Werktage", "vanaf ontvangst 5 werkdagen"
    r"(?:ab|vanaf)\s+(?:[^\W\d_][\w-]*\s+){0,2}?[^\W\d_][\w-]*)\s+",
    re.IGNORECASE,
)
_SPAN_NAMED = re.compile(
    r"\s*(?:(?:in|within|innerhalb|binnen|nach|after|na|na\s+een|während|for|für|during|"
    r"gedurende|with|mit|met)\s+)?"
    # "für die Dauer der Auflagefrist von 10 Tagen"
    r"(?:(?:die|the|de)\s+(?:Dauer|duration|duur)\s+(?:der|des|of|van)\s+)?"
    r"(?:(?:a|an|the|our|eine[mnrs]?|die|der|des|unsere?|een|de|het|onze)\s+)?(?:(?:max(?:imum)?|"
    r"maximal(?:e[nr]?)?|maximale|guaranteed|garantierte[nr]?|gegarandeerde|response|resolution|"
    r"reply|processing|delivery|repair|answer|lead|waiting|wait|statutory|legal|contractual|"
    # an average said as the span's name: "an average waiting time of 30 minutes"
    r"average|mean|durchschnittliche[nrs]?|mittlere[nrs]?|gemiddelde|"
    # a period the law or the contract sets: "der gesetzlichen Frist von einem Monat"
    r"gesetzliche[nrs]?|vertragliche[nrs]?|wettelijke|contractuele)\s+){0,2}"
    r"(?:[\w-]*(?:zeit|zeiten|frist|fristen|dauer|tijd|tijden|termijn|termijnen|duur|zeitraum|"
    r"zeitspanne|periode|tijdsbestek|garantie|gewährleistung|guarantee|warranty|"
    r"fenster|venster|tijdvak|tijdslot|tijdseenheid|tijdspanne|tijdsblok|"
    # a margin: "mit einer Karenz von 1 Stunde", "een tolerantie van 15 minuten"
    r"karenz|toleranz|tolerantie)|tolerance|grace\s+period|"
    # notice given ahead: "mit einem Vorlauf von sechs Wochen", "with a notice of 30 days"
    r"vorlauf|vorlaufzeit|[\w-]*ankündigung|notice|[\w-]*aankondiging|"
    r"time|period|turnaround|timescale|time\s+slot|slot|"
    r"timeframe|window)(?:e?s)?\s+(?:of|von|van)\s+(?:(?:max(?:imum)?|maximal|maximaal|at\s+most|"
    r"höchstens|ten\s+hoogste|up\s+to|bis\s+zu|tot|mindestens|at\s+least|minimaal|"
    r"ten\s+minste)\s+)?",
    re.IGNORECASE,
)


#: A period named, then its lengths as examples: "within the original timeframe for the
#: application e.g. 6, 8, 13 or 16 weeks", "innerhalb der gesetzlichen Frist, z. B. 3
#: Monate", "binnen de wettelijke termijn, bijv. 8 weken". The longest example is the bound.
_SPAN_BY_EXAMPLE = re.compile(
    r"\s*(?:within|in|innerhalb|binnen)\s+[^,;:()\d]{1,80}?,?\s*(?:e\.\s?g\.?|i\.\s?e\.?|"
    r"such\s+as|namely|z\.\s?B\.?|d\.\s?h\.?|bijv\.?|bv\.?|zoals|namelijk)\s*",
    re.IGNORECASE,
)


#: How many times within a span: "2 times over 5 days", "at least one time per day for
#: three consecutive business days", "dreimal innerhalb von 2 Tagen", "3 keer binnen 2
#: dagen". The span is the bound; the count says what happens in it.
_COUNT_OVER_SPAN = re.compile(
    r"\s*(?:(?:at\s+least|up\s+to|mindestens|bis\s+zu|minstens|minimaal|maximaal)\s+)?"
    + COUNT_OF_TIMES
    + r"\s+(?:(?:per|a|pro|am|in\s+de)\s+"
    r"(?:day|Tag|dag|week|Woche)\s+)?(?:over|within|in|during|for|across|innerhalb(?:\s+von)?|"
    r"über|während|binnen|gedurende|verspreid\s+over)\s+(?:(?:the|a|de|het|der|die|den)\s+)?"
    r"(?:(?:next|following|nächsten|folgenden|volgende|komende)\s+)?",
    re.IGNORECASE,
)


#: The period a bound names after it: "the 20-day consultation period", "der 20-tägigen
#: Auflagefrist", "de 20-daagse termijn": up to one word, then the span's noun.
_SPAN_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:period|window|timeframe|deadline|timescale|limit|time\s+limit|"
    r"[\w-]*(?:frist|fristen|zeitraum|periode|termijn)|"
    # notice: "mit 30 Tagen Vorankündigung", "met 30 dagen vooraankondiging"
    r"Vorankündigung|Ankündigung|Vorlauf|Vorlaufzeit|vooraankondiging|aankondiging)(?![\w-])",
    re.IGNORECASE,
)


_RANGE_JOINERS = {"and", "to", "und", "bis", "en", "tot", "à", "-", "–"}


def _lower_end(tokens: list[Token], index: int, durations: list[Duration], lang: str) -> bool:
    """True when ``tokens[index]`` is a number that a joiner links to a bound's start,
    also past a cap on the upper end ("1 bis max. 2 Arbeitstage") and past more numbers
    of a list ("nach 5, 10 und 13 Tagen": reminders, the last is the bound)."""
    while (
        index + 2 < len(tokens)
        and tokens[index + 1].text == ","
        and parse_number(tokens[index].text, lang) is not None
        and parse_number(tokens[index + 2].text, lang) is not None
    ):
        index += 2
    upper = index + 2
    while upper < len(tokens) and tokens[upper].word in _UPPER_END_CAPS:
        upper += 1
    return (
        upper < len(tokens)
        and tokens[index + 1].word in _RANGE_JOINERS
        and any(d.span[0] == tokens[upper].start for d in durations)
        and parse_number(tokens[index].text, lang) is not None
    )


#: Words that cap a range's upper end: "1 bis max. 2", "2 tot maximaal 3", "1 to at most 2".
_UPPER_END_CAPS = {"max", "maximal", "maximaal", "maximum", "höchstens", "hoogstens", "at", "most"}


#: The course of a day already named: "im Laufe des Tages", "in de loop van de dag".
_DURING_THAT_DAY = re.compile(
    r"im\s+Laufe?\s+des\s+(?:selben\s+|gleichen\s+)?Tages|(?:in|during)\s+the\s+course\s+of\s+"
    r"the\s+(?:same\s+)?day|in\s+de\s+loop\s+van\s+de\s+(?:zelfde\s+)?dag",
    re.IGNORECASE,
)


#: A timeframe may leave out the preposition its metric says: "the start of the next
#: business day" for "at the start of ...", "the last week of the month" for "in ...".
_WITHOUT_PREPOSITION = {
    "en": (re.compile(r"the\s", re.IGNORECASE), ("at ", "in ", "by ")),
    "de": (re.compile(r"(?:der|die|das|dem|den)\s", re.IGNORECASE), ("in ", "an ")),
    "nl": (re.compile(r"(?:de|het)\s", re.IGNORECASE), ("op ", "in ")),
}


def parse_timeframe(text: str, lang: str) -> Duration | None:
    """:func:`read_timeframe`; a value that starts with an article is also read with the
    preposition its metric uses in front ("the start of the next business day")."""
    found = read_timeframe(text, lang)
    if found is not None or lang not in _WITHOUT_PREPOSITION:
        return found
    article, prepositions = _WITHOUT_PREPOSITION[lang]
    stripped = text.strip()
    if not article.match(stripped):
        return None
    for preposition in prepositions:
        found = read_timeframe(preposition + stripped, lang)
        if found is not None:
            start, end = found.span
            shift = len(preposition)
            return replace(found, span=(max(0, start - shift), end - shift))
    return None


def read_timeframe(text: str, lang: str) -> Duration | None:
    """Read a whole timeframe value: "20 seconds", "within 2 Werktage", "PT20S".

    Returns ``None`` when the text is not one duration (or a sum of durations of
    one family, "1 hour 30 minutes"), with at most a leading preposition such as
    "within", "innerhalb von" or "binnen".
    """
    stripped = text.strip().replace("’", "'")
    iso = parse_iso_duration(stripped)
    if iso is not None:
        return iso
    durations = find_durations(stripped, lang)
    if not durations:
        return None
    # "drei bis sechs Monate nach Ende des Geschäftsjahres": the period's end is where the
    # bound starts, not a second bound to add
    durations = [
        d for index, d in enumerate(durations)
        if index == 0 or _word_before(stripped, d.span[0]) not in _ANCHORS
    ]  # fmt: skip
    # "am 1. Werktag nach einer Ziehung im Laufe des Tages": the day's course is when on
    # the day already named, not a second bound
    during = [
        d for index, d in enumerate(durations)
        if index > 0 and _DURING_THAT_DAY.fullmatch(stripped, *d.span)
    ]  # fmt: skip
    durations = [d for d in durations if d not in during]
    tokens = tokenize(stripped)
    covered: set[int] = set()
    for duration in durations + during:
        covered.update(range(*duration.span))
    for start, end in _clock_ranges(stripped):
        covered.update(range(start, end))  # "am nächsten Abend zwischen 18 und 22 Uhr"
    for start, end in find_availability(stripped, lang):
        if stripped[:start].rstrip().endswith("(") and stripped[end:].lstrip().startswith(")"):
            covered.update(range(start, end))  # "innerhalb von 4 Stunden (24/7)": when it runs
    named = (
        _SPAN_NAMED.fullmatch(stripped, 0, durations[0].span[0])
        or _MUST_NOT_EXCEED.fullmatch(stripped, 0, durations[0].span[0])
        or _SPAN_BY_EXAMPLE.fullmatch(stripped, 0, durations[0].span[0])
        or _COUNT_OVER_SPAN.fullmatch(stripped, 0, durations[0].span[0])
        or _EXPIRY_OF.fullmatch(stripped, 0, durations[0].span[0])
        or _EVENT_FIRST.fullmatch(stripped, 0, durations[0].span[0])
    )
    if named is not None:  # "maximum response time of 3 hours", "maximale reactietijd van"
        covered.update(range(named.start(), named.end()))
    for duration in durations:  # "20-day consultation period", "20-tägigen Auflagefrist"
        noun = _SPAN_NOUN_AFTER.match(stripped, duration.span[1])
        if noun is not None:
            covered.update(range(noun.start(), noun.end()))
    for days in (
        *_WEEKDAY_RANGE.finditer(stripped),
        *_DAYS_NOT_COUNTED.finditer(stripped),
        *_HOURS_COUNTED.finditer(stripped),
        *_DAYS_COUNTED_IN.finditer(stripped),
        *_BOTH_SIDES.finditer(stripped),
    ):
        covered.update(range(*days.span()))  # "Werktag (Montag bis Freitag)": which days count
    for index in range(len(tokens)):  # "erster Unterrichtstag des Monats Mai": a date in May
        ordinal = _ordinal_at(tokens, index, lang)
        unit = _unit_at(tokens, index + ordinal[1]) if ordinal else None
        if ordinal and unit and _in_a_named_month(tokens, index + ordinal[1] + unit[1]):
            covered.update(range(tokens[index].start, tokens[index + ordinal[1] + unit[1] - 1].end))
    respective = _RESPECTIVE.search(stripped)
    if respective is not None and len(durations) == 1 and durations[0].span[0] == respective.end():
        # "within 20 and 40 minutes respectively": two bounds of one unit, the larger holds
        covered.update(range(respective.start(), respective.end()))
        covered.update(range(respective.start("word"), respective.end("word")))
        said_first = float(respective["number"].replace(",", "."))
        only = durations[0]
        if said_first > only.amount:
            durations = [Duration(said_first, only.unit, only.span, only.relative)]
    tiers = _tiers(stripped, durations)
    for start, end in tiers:
        covered.update(range(start, end))
    pair_gap = (durations[0].span[1], durations[1].span[0]) if len(durations) == 2 else (0, 0)
    # tiers: the latest bound holds for every case, as with alternatives
    alternatives = (bool(tiers) and len(durations) >= 2) or (len(durations) == 2 and (
        _ALTERNATIVE_GAP.fullmatch(stripped, *pair_gap)
        or _WINDOW_GAP.fullmatch(stripped, *pair_gap)  # "less than 24 hours but more than 4"
    )) or (len(durations) >= 3 and all(
        # "4h, 8h, nächster Arbeitstag": the levels a contract may choose
        _LIST_GAP.fullmatch(stripped, one.span[1], other.span[0])
        for one, other in itertools.pairwise(durations)
    ))  # fmt: skip
    if alternatives:  # "innerhalb von 24 Stunden bzw. am nächsten Werktag"
        for one, other in itertools.pairwise(durations):
            covered.update(range(one.span[1], other.span[0]))
    if len(durations) == 2 and _said_again(stripped, *durations):
        covered.update(range(durations[0].span[1], durations[1].span[0]))  # "48 Hours/2 Days"
    around = len(durations) == 2 and _AROUND_AN_EVENT.fullmatch(
        stripped, durations[0].span[1], durations[1].span[0]
    )  # "een kwartier vóór tot een kwartier ná de vertrektijd": a window around an event
    if around:
        covered.update(range(durations[0].span[1], durations[1].span[0]))
        after = _AFTER_THE_EVENT.match(stripped, durations[1].span[1])
        if after is not None:  # the event itself is named after "ná", "later dan", "after"
            covered.update(range(after.start(), len(stripped)))
    last = max(d.span[1] for d in durations)
    for index, token in enumerate(tokens):
        if token.start in covered:
            continue
        if token.start >= last and token.word in _ANCHORS:
            break  # "3 Tage vor Ende der Leihfrist": a bound before or after an event
        if (
            token.start >= last
            and durations[-1].relative == "before the event"
            and _EVENT_NAMED.fullmatch(stripped, last)
        ):
            break  # "before the start of the print run", "Voordat we starten met het onderhoud"
        if (
            token.start >= last
            and token.word in _SAME_AS
            and _SAME.search(stripped, 0, last)
            and not _SOON.match(stripped, token.end)
        ):
            break  # "in hetzelfde jaar als waarin u bezwaar maakt": the event's period
        if token.word in _TIMEFRAME_FILLER or token.word in {"and", "und", "en", ",", "."}:
            continue
        if _clock_token(tokens, index, lang):
            continue  # "am nächsten Werktag um 13 Uhr", "by 11:59pm on the second working day"
        if _unit_at(tokens, index) is not None:
            continue  # "4 hours (business hours)": the unit said again
        if token.text == "/" and _same_unit(tokens, index - 1, index + 1):
            continue  # "1-7 working day/days": the unit's singular and plural
        if token.text == "/" and index and _AND_OR.match(stripped, tokens[index - 1].start):
            continue  # "een week en/of een dag van tevoren": either, or both
        if _lower_end(tokens, index, durations, lang):
            continue  # "tussen de drie en zes weken": the range's lower end, in words
        if token.text in {"-", "–"} and index and _lower_end(tokens, index - 1, durations, lang):
            continue  # "alle 2 - max. 2,5h": the dash that joins the lower end
        if (
            token.word in _RANGE_WORDS
            and len(durations) == 2
            and durations[0].span[1] <= token.start < durations[1].span[0]
        ):
            continue  # "30 minutes - 2 hours": a range of two units, read below
        return None
    if len(durations) == 1:
        only = durations[0]
        return Duration(only.amount, only.unit, (0, len(stripped)), only.relative)
    families = {d.family for d in durations}
    if len(durations) == 2 and (
        durations[0].same_as(durations[1]) or _said_again(stripped, *durations)
    ):
        first = durations[0]  # "28 dagen (4 weken)": the same bound said twice
        return Duration(first.amount, first.unit, (0, len(stripped)), first.relative)
    if alternatives or around:  # the latest of them is the bound
        later = max(durations, key=lambda d: d.days or 0)
        return Duration(later.amount, later.unit, (0, len(stripped)), later.relative)
    if len(durations) == 2 and _is_range_between(tokens, durations):
        upper = durations[1]  # "acht weken tot zes maanden": the upper end is the bound
        return Duration(upper.amount, upper.unit, (0, len(stripped)), upper.relative)
    if len(families) != 1:
        return None
    family = families.pop()
    if family == "calendar":
        smallest = min(durations, key=lambda d: _SECONDS[d.unit]).unit
        total = sum(d.base_amount for d in durations) / _SECONDS[smallest]
        return Duration(total, smallest, (0, len(stripped)))
    if family == "months":
        smallest = min(durations, key=lambda d: _MONTHS[d.unit]).unit
        total = sum(d.base_amount for d in durations) / _MONTHS[smallest]
        return Duration(total, smallest, (0, len(stripped)))
    return Duration(sum(d.amount for d in durations), durations[0].unit, (0, len(stripped)))


# --- targets -------------------------------------------------------------------------

TargetKind = Literal["percent", "fraction", "score", "limit", "all", "average"]

_PERCENT_WORDS = {"%", "percent", "pct", "prozent", "procent"}
_PERCENT_PAIRS = {("per", "cent")}
_OUT_OF: dict[str, list[tuple[str, ...]]] = {
    "en": [("out", "of"), ("of",), ("in",)],
    "de": [("von",), ("aus",)],
    "nl": [("van", "de"), ("op", "de"), ("van",), ("op",), ("uit",)],
}
_SCORE_WORDS = {
    "score", "scores", "rating", "ratings", "rated", "rate", "stars", "star", "csat", "nps",
    "average", "mean", "bewertung", "bewertungen", "bewertet", "note", "sterne", "punkte",
    "durchschnitt", "durchschnittlich", "zufriedenheitswert", "beoordeling", "beoordeeld",
    "cijfer", "sterren", "waardering", "gemiddeld", "gemiddelde", "punten",
}  # fmt: skip
#: Units of a rating scale: "4 out of 5 stars".
_SCALE_UNITS = {"stars", "star", "points", "sterne", "punkte", "punten", "sterren"}
_LIMITS = {
    "en": {
        ("at", "most"): "at most", ("at", "least"): "at least", ("no", "more", "than"): "at most",
        ("not", "more", "than"): "at most", ("no", "fewer", "than"): "at least",
        ("no", "less", "than"): "at least", ("fewer", "than"): "below", ("less", "than"): "below",
        ("more", "than"): "above", ("maximum", "of"): "at most", ("minimum", "of"): "at least",
        ("a", "maximum", "of"): "at most", ("a", "minimum", "of"): "at least",
        ("max",): "at most", ("min",): "at least", ("up", "to"): "at most",
        ("never", "more", "than"): "at most",
        ("equal", "to", "or", "less", "than"): "at most",
        ("less", "than", "or", "equal", "to"): "at most",
    },
    "de": {
        ("höchstens",): "at most", ("mindestens",): "at least", ("maximal",): "at most",
        ("minimal",): "at least", ("nicht", "mehr", "als"): "at most",
        ("nie", "mehr", "als"): "at most", ("weniger", "als"): "below", ("mehr", "als"): "above",
        ("bis", "zu"): "at most", ("max",): "at most", ("min",): "at least",
        ("maximum", "von"): "at most", ("minimum", "von"): "at least",
    },
    "nl": {
        ("maximaal",): "at most", ("minimaal",): "at least", ("hoogstens",): "at most",
        ("ten", "hoogste"): "at most", ("ten", "minste"): "at least", ("tenminste",): "at least",
        ("minstens",): "at least", ("niet", "meer", "dan"): "at most",
        ("nooit", "meer", "dan"): "at most", ("minder", "dan"): "below",
        ("meer", "dan"): "above", ("max",): "at most", ("min",): "at least",
        ("tot",): "at most",
    },
}  # fmt: skip
_TIMES_NOUNS = {"time", "times", "keer", "maal", "mal"}


@dataclass(frozen=True)
class Target:
    """The quantified part of a standard.

    Attributes:
        kind: ``percent`` (80%), ``fraction`` (9 out of 10), ``score`` (4.5 out of 5),
            ``limit`` (at most once), ``all`` (an absolute commitment: a bound with no
            share holds for every case, 100%) or ``average`` (the bound is an average).
        value: the number: 80, 9, 4.5, 1.
        scale: the denominator of a fraction or score (10, 5), else ``None``.
        comparator: for limits and scores, "at most", "at least", "below" or "above".
        span: the characters of the source text it was read from.
    """

    kind: TargetKind
    value: float
    scale: float | None = None
    comparator: str | None = None
    span: tuple[int, int] = (0, 0)

    @property
    def share(self) -> float | None:
        """The target as a share of 100 for percentages, fractions and "all", else ``None``."""
        if self.kind in ("percent", "all"):
            return self.value
        if self.kind == "fraction" and self.scale:
            return 100 * self.value / self.scale
        return None

    def describe(self) -> str:
        """Plain English words: "80%", "9 out of 10", "at least 4.5 out of 5", "at most 1"."""
        value = _fmt(self.value)
        if self.kind in ("percent", "all"):
            return f"{value}%"
        if self.kind == "average":
            return "on average"
        text = value if self.scale is None else f"{value} out of {_fmt(self.scale)}"
        return f"{self.comparator} {text}" if self.comparator else text

    def as_json(self) -> dict[str, object]:
        """A JSON-ready form."""
        return {
            "kind": self.kind,
            "value": self.value,
            "scale": self.scale,
            "comparator": self.comparator,
            "share": self.share,
            "text": self.describe(),
        }


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _match_words(tokens: list[Token], index: int, words: tuple[str, ...]) -> bool:
    if index + len(words) > len(tokens):
        return False
    return all(tokens[index + i].word == word for i, word in enumerate(words))


def find_target(text: str, lang: str) -> Target | None:
    """The first quantified target in ``text``, or ``None``.

    Percentages win over fractions and scores, which win over limits, so
    "at least 90% of calls" is a percentage and "at least 4.5 out of 5" a score.
    A number followed by a time unit is a duration, never a target.
    """
    tokens = tokenize(text)
    percent = fraction = limit = None
    for index in range(len(tokens)):
        number = _number_at(tokens, index, lang)
        if number is None:
            continue
        value, used = number
        after = index + used
        if _unit_at(tokens, after) is not None:
            continue
        if tokens[index].text[0].isdecimal() and _is_clock(tokens, index, lang):
            continue  # "tot 11:00 uur klaar": a time of day, not "at most 11"
        start = tokens[index].start
        if _price_share(tokens, index, after):
            continue  # "ein Aufschlag von 200%", "25% Eilzuschlag": a price, not a share
        if percent is None:
            if after < len(tokens) and tokens[after].word in _PERCENT_WORDS:
                percent = Target("percent", value, span=(start, tokens[after].end))
                continue
            if (
                after + 1 < len(tokens)
                and (tokens[after].word, tokens[after + 1].word) in _PERCENT_PAIRS
            ):
                percent = Target("percent", value, span=(start, tokens[after + 1].end))
                continue
        if fraction is None:
            fraction = _fraction_at(tokens, index, after, value, lang)
            if fraction is not None:
                continue
        if limit is None:
            limit = _limit_before(tokens, index, after, value, lang)
    return percent or fraction or limit


#: Words for a part of a price: a percentage beside them is charged or taken off, not a
#: share of cases ("Aufschlag von 200% auf den Stundensatz", "a 10% discount", "25%
#: Eilzuschlag", "10% korting"). German and Dutch compounds end with them.
_PRICE_PARTS = (
    "surcharge", "surcharges", "discount", "discounts", "markup", "mark-up", "interest",
    "vat", "aufschlag", "zuschlag", "zuschläge", "rabatt", "nachlass", "skonto", "zinsen",
    "mwst", "toeslag", "korting", "btw", "rente", "opslag",
)  # fmt: skip


def _price_share(tokens: list[Token], index: int, after: int) -> bool:
    """Whether the number at ``index`` is a percentage of a price: a price part names it
    within two words before ("surcharge of", "Aufschlag von") or right after the "%"."""
    if after >= len(tokens) or tokens[after].word not in _PERCENT_WORDS:
        return False
    near = [tokens[i].word for i in range(max(0, index - 2), index)]
    if after + 1 < len(tokens):
        near.append(tokens[after + 1].word)
    return any(word.endswith(_PRICE_PARTS) for word in near)


def _fraction_at(
    tokens: list[Token], index: int, after: int, value: float, lang: str
) -> Target | None:
    """Read "9 out of 10", "4.5 out of 5", "neun von zehn", "9 van de 10", "4.5/5"."""
    joiners = [*_OUT_OF[lang], ("/",)]
    for joiner in joiners:
        if not _match_words(tokens, after, joiner):
            continue
        scale_index = after + len(joiner)
        if scale_index >= len(tokens):
            continue
        scale = _number_at(tokens, scale_index, lang)
        if scale is None:
            continue
        scale_value, scale_used = scale
        # "of"/"in"/"van" alone are too common; accept them between digits only.
        if joiner in {("of",), ("in",), ("van",), ("op",)} and not (
            tokens[index].text[0].isdecimal() and tokens[scale_index].text[0].isdecimal()
        ):
            continue
        if scale_value <= 0 or value > scale_value:
            continue
        if _unit_at(tokens, scale_index + scale_used) is not None:
            continue
        end = tokens[scale_index + scale_used - 1].end
        near = {t.word for t in tokens[max(0, index - 5) : index]}
        scale_end = scale_index + scale_used
        after_scale = {t.word for t in tokens[scale_end : scale_end + 1]}
        # "average rating of 4 out of 5", "4 out of 5 stars"; but "9 out of 10 ratings
        # answered" counts ratings, a fraction.
        is_score = (
            not float(value).is_integer()
            or joiner == ("/",)
            or bool(near & _SCORE_WORDS)
            or bool(after_scale & _SCALE_UNITS)
        )
        comparator = None
        start = tokens[index].start
        before = _comparator_ending_at(tokens, index, lang)
        if before is not None:
            comparator, start = before
        return Target(
            "score" if is_score else "fraction", value, scale_value, comparator, (start, end)
        )
    return None


def _comparator_ending_at(tokens: list[Token], index: int, lang: str) -> tuple[str, int] | None:
    """The longest comparator that ends right before ``tokens[index]``."""
    for words, comparator in sorted(_LIMITS[lang].items(), key=lambda item: -len(item[0])):
        first = index - len(words)
        if first >= 0 and _match_words(tokens, first, words):
            return comparator, tokens[first].start
    return None


def _limit_before(
    tokens: list[Token], index: int, after: int, value: float, lang: str
) -> Target | None:
    """Read "at most once", "höchstens zweimal", "maximaal één keer", "at most 2 transfers"."""
    before = _comparator_ending_at(tokens, index, lang)
    if before is None:
        return None
    comparator, start = before
    end = tokens[after - 1].end
    if after < len(tokens) and tokens[after].word in _TIMES_NOUNS:
        end = tokens[after].end
    return Target("limit", value, None, comparator, (start, end))


# --- availability and deadlines stated elsewhere ---------------------------------------

_AVAILABILITY: dict[str, str] = {
    "en": r"24\s*/\s*7-[^\W\d_]+|24\s*[/x×]\s*7|7\s*[x×]\s*24|(?:a)?round\s+the\s+clock|"
          r"24\s+hours(?:\s+a\s+day)?(?:,?\s+(?:7|seven)\s+days\s+a\s+week)?|"
          r"(?:7|seven)\s+days\s+a\s+week|"
          r"day\s+and\s+night|365\s+days\s+(?:a|of\s+the|per)\s+year|\d{1,2}\s+hours\s+a\s+day|"
          r"24\s+hours\s+(?:and|on)\s+365\s+days|"
          r"(?:at\s+)?any\s+time\s+of\s+(?:the\s+)?day\s+or\s+night",
    "de": r"24\s*/\s*7-[^\W\d_]+|24\s*[/x×]\s*7|7\s*[x×]\s*24(?:\s*Stunden)?|rund\s+um\s+die\s+Uhr|"
          r"24\s+Stunden(?:\s+(?:am\s+Tag|täglich)|(?=\s*,\s*(?:7|sieben)\s+Tage))|"
          r"24\s+Stunden\s+an\s+(?:7|sieben)\s+Tagen(?:\s+(?:in\s+der|pro|die)\s+Woche)?|"
          r"Tag\s+und\s+Nacht|(?:7|sieben)\s+Tage\s+die\s+Woche|"
          r"365\s+Tage\s+im\s+Jahr|zu\s+jeder\s+Tages-?\s+und\s+Nachtzeit|"
          # "während 24 Stunden und 365 Tagen": every hour of the year
          r"(?:während\s+)?24\s+Stunden\s+(?:und|an)\s+365\s+Tagen(?:\s+im\s+Jahr)?|"
          r"jederzeit(?=\s+(?:\w+\s+){0,2}?(?:möglich|erreichbar|geöffnet|zur\s+Verfügung|"
          r"verfügbar|im\s+Einsatz))|"
          # a self-service at any hour: "Jederzeit, auch außerhalb der Öffnungszeiten, können
          # Sie den Rückgabeautomaten nutzen"
          r"jederzeit(?=[^.;:!?]{0,160}?\b(?:nutzen|benutzen|nutzbar|zugänglich|zurückgeben|"
          r"einwerfen|abgeben|holen|abrufen|abrufbar|einsehen)\b)|"
          r"jederzeit(?=\s*\Z)|"  # a timeframe of that one word
          # "immer erreichbar - auch nach Dienstschluss und am Wochenende"
          r"(?:immer|stets|jederzeit)\s+erreichbar(?:\s*[-–,]\s*auch\s+(?:nach\s+Dienstschluss|"
          r"außerhalb\s+der\s+\w+|nachts)(?:\s+und\s+am\s+Wochenende)?)?|"
          # opening hours set elsewhere: "kann direkt während der Öffnungszeiten abgeholt werden"
          r"(?:direkt\s+)?während\s+der\s+(?:regulären\s+)?(?:Öffnungs|Sprech)"
          r"zeiten(?:\s+(?:des|der|unseres|unserer)\s+\w+)?|"
          # a service open 24 hours: "ein 24-Stunden-Notdienst", "einen 24stündigen Notdienst"
          r"24\s*-?\s*(?:h|Std\.?|Stunden|stündige[mnrs]?)[\s-]*\w*(?:dienst|service|hotline|"
          r"notruf|bereitschaft|erreichbarkeit|annahme|abgabe|schalter|automat|kasten|station|"
          r"zugang|support|betreuung|überwachung|nummer|telefon|leitung)\w*",
    "nl": r"24\s*/\s*7-[^\W\d_]+|24\s*u?\s*/\s*24(?:\s+en\s+7\s*/\s*7)?|24\s*[/x×]\s*7|"
          r"7\s*[x×]\s*24(?:\s*uur)?|"
          r"24\s+uur\s+per\s+dag(?:,?\s+(?:en\s+)?(?:7|zeven)\s+dagen\s+(?:per|in\s+de)\s+week)?|"
          # "1×24 uur beschikbaar" (Surinamese: round the clock), "altijd bereikbaar"
          r"1\s*[x×]\s*24\s*uur|(?:altijd|steeds)\s+bereikbaar|"
          r"(?:7|zeven)\s+dagen\s+(?:per|in\s+de)\s+week|dag\s+[eé]n\s+nacht|de\s+klok\s+rond|"
          r"24\s+uur\s+(?:en|op)\s+365\s+dagen|365\s+dagen\s+per\s+jaar|"
          r"24\s*-?\s*uurs?[\s-]*\w*(?:dienst|service|lijn|bereikbaarheid|permanentie|nummer|"
          r"telefoon)\w*",
}  # fmt: skip
#: Opening hours are a standard when the metric promises to be reachable in them.
_OPEN_WORDS = (
    r"erreichbar|geöffnet|besetzt|entgegen|für\s+Sie\s+da|available|open|reachable|staffed|"
    r"bereikbaar|geopend|beschikbaar|aanwezig|staan\s+(?:wij|we)\s+(?:voor\s+u\s+)?klaar|"
    r"zur\s+Verfügung|abholbereit|bereit|ready|afgehaald|af\s+te\s+halen|klaar|verfügbar|"
    r"erhältlich|abrufbar|einsehbar|erreichen|reach|bereiken|beziehen|bezugsfertig|beziehbar"
)
_CLOCK_TIME = (
    r"(?:\d{1,2}[uh][0-5]\d|(?:[01]\d|2[0-4])[0-5]\d|\d{1,2}(?:[.:]\d{2})?)\s*"
    r"(?:uhr|uur|h|am|pm|a\.m\.|p\.m\.)?"
)
_OPENING_HOURS = re.compile(
    rf"(?:between|from|von|zwischen|tussen|van|ab)?\s*{_CLOCK_TIME}\s*(?:-|–|—|bis|tot|to|until|"
    rf"and|en|und)\s*{_CLOCK_TIME}",
    re.IGNORECASE,
)
#: Days open until a time, the opening left unsaid: "ma t/m zo bereikbaar tot 23:00 uur".
for _lang in _AVAILABILITY:
    _AVAILABILITY[_lang] += (
        rf"|(?:{_DAY_NAME})\.?\s*(?:-|–|bis|to|through|until|tot(?:\s+en\s+met)?|t/m)\s*"
        rf"(?:{_DAY_NAME})\.?\s+(?:open|available|reachable|bereikbaar|geopend|erreichbar|"
        rf"geöffnet)\s+(?:tot|until|till|bis)\s+(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s*(?:uhr|uur|"
        rf"h|am|pm)"
    )
_AVAILABILITY_PATTERNS = word_patterns(_AVAILABILITY)
_OPEN_PATTERN = re.compile(rf"(?<![\w-])(?:{_OPEN_WORDS})(?![\w-])", re.IGNORECASE)
#: A service window said with its start and its end: "beginnt morgens um 9.00 Uhr und
#: endet am folgenden Tag um 9.00 Uhr", "opens at 8am and closes at 10pm".
_WINDOW_CLOCK = r"(?:[01]?\d|2[0-4])(?:[.:][0-5]\d\s*(?:uhr|uur|h|am|pm)?|\s*(?:uhr|uur|am|pm))"
_WINDOWS = re.compile(
    rf"(?<![\w-])(?:begins|starts|opens|beginnt|startet|öffnet|oeffnet|begint|opent)(?![\w-])"
    rf"[^.;:!?]{{0,60}}?{_WINDOW_CLOCK}(?![\w-])[^.;!?]{{0,60}}?(?<![\w-])(?:ends|closes|"
    rf"finishes|endet|schließt|schliesst|eindigt|sluit)(?![\w-])[^.;!?]{{0,40}}?{_WINDOW_CLOCK}"
    rf"(?![\w-])",
    re.IGNORECASE,
)

#: A hard bound word before a deadline defined elsewhere ("within the statutory
#: period", "innerhalb der angegebenen Lieferzeit", "uiterlijk binnen de wettelijke termijn").
_STATED_DEADLINES: dict[str, str] = {
    "en": r"(?:before|by|on|at)\s+(?:the\s+)?expiry\s+of\s+(?:the\s+|your\s+)?(?:[\w-]+\s+){0,2}?"
          r"[\w-]+|before\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+expires|"
          r"(?:within|by|before|no\s+later\s+than|at\s+the\s+latest\s+(?:within|by))\s+the\s+"
          r"(?:[\w-]+\s+){0,4}?(?:deadline|time\s+limit|statutory\s+period|legal\s+time\s+limit|"
          r"period\s+(?:agreed|stated|set))|(?:by|on|before)\s+the\s+(?:date|day|time)\s+"
          r"(?:that\s+)?we\s+(?:promised|agreed|gave|confirmed|told\s+you)|"
          # the next issue; the start or end of a billing period
          r"in\s+(?:the|our)\s+(?:next|following)\s+(?:available\s+)?(?:issue|edition|print\s+edition|"
          r"newsletter|bulletin)|"
          r"(?:at|by|until|before)\s+the\s+(?:start|beginning|end)\s+of\s+(?:the|your|each)\s+"
          r"(?:current\s+)?"
          r"(?:billing\s+(?:cycle|period)|subscription\s+(?:period|term))|"
          # the next visit: "Any defects are fixed at the next service visit"
          r"(?:on|by|before|at|during)\s+the\s+(?:next|following)\s+(?:[\w-]+\s+){0,2}?(?:date|"
          r"round|visit|run|collection|delivery|service|inspection|day\s+(?:we|the\s+\w+)\s+"
          r"(?:is|are)\s+open)|"
          # a time the client sets: "within the time determined by the client"
          r"(?:within|by)\s+the\s+(?:time|period|timeframe|date|deadline)\s+(?:determined|agreed|"
          r"set|specified|requested|chosen|stated|fixed)\s+(?:by|with)\s+(?:the\s+)?(?:client|customer|"
          r"you|applicant|requester|requestor|patient|tenant)|"
          # an appointment the customer chose or agreed: checkable case by case
          r"(?:on|by|at)\s+the\s+(?:agreed|chosen|selected|booked|arranged|appointed|scheduled|"
          r"confirmed)\s+(?:[\w-]+\s+)?"
          r"(?:date|day|time|appointment)|"
          r"(?:on|by|at)\s+the\s+(?:[\w-]+\s+)?(?:date|day|time)\s+(?:that\s+)?you\s+(?:specified|"
          r"specify|chose|choose|selected|select|booked|book|requested|request|picked|gave)|"
          # a bound counted in the customer's billing: "not later than 2 billing cycles"
          r"(?:within|by|before|no\s+later\s+than|not\s+later\s+than|at\s+the\s+latest\s+(?:within|"
          r"by))\s+(?:the\s+)?(?:\w+\s+)?(?:next\s+)?(?:billing|invoicing|meter[-\s]reading)\s+"
          r"(?:cycles?|periods?|runs?)",
    "de": r"(?:(?:spätestens\s+)?(?:vor|bis\s+zum|mit)\s+Ablauf|vor\s+dem\s+Ende)\s+"
          r"(?:der|des|Ihrer|Ihres|einer|eines)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?<!ung)(?<!ungen)|"
          r"(?:innerhalb|innert|binnen|spätestens|vor\s+Ablauf|bis\s+zum\s+Ablauf|bis\s+(?:zum\s+)?Ende)\s+"
          r"(?:innerhalb\s+)?"
          r"(?:der|des|dieser|einer)\s+(?:[\w-]+\s+){0,4}?(?:[\w-]*[Ff]rist|Lieferzeit|Zeitraums?)|"
          r"(?:zum|am|bis\s+zum|zur)\s+(?:ausgewählten|vereinbarten|gewählten|gewünschten|gebuchten|"
          r"bestätigten|abgesprochenen)\s+(?:[\w-]*[Tt]ermin|Datum|Tag|Zeitpunkt|Uhrzeit|Zeit)|"
          # a date the customer gave: "zum von Ihnen gewünschten Termin"
          r"(?:zum|am|bis\s+zum|zur)\s+von\s+(?:Ihnen|dir|euch|dem\s+Kunden)\s+(?:gewünschten|"
          r"gewählten|angegebenen|genannten|vorgegebenen)\s+(?:[\w-]*[Tt]ermin|Datum|Tag|Zeitpunkt|"
          r"Uhrzeit|Zeit)|"
          # the next issue: "berichtet in der nächsten Ausgabe darüber"
          r"in\s+der\s+(?:nächsten|folgenden|nächstmöglichen)\s+(?:Ausgabe|Sendung|Nummer)|"
          # the date the order names: "Lieferbeginn ist der im Auftrag genannte Termin"
          r"(?:der|den|dem|zum|am)\s+im\s+(?:Auftrag|Vertrag|Angebot|Bestellformular|Antrag)\s+"
          r"(?:genannten?|angegebenen?|vereinbarten?|festgelegten?|gewünschten?)\s+(?:Termin|Tag|"
          r"Datum|Zeitpunkt)|"
          # a date told at booking: "bis zum bei der Reservierung mitgeteilten Termin"
          r"(?:bis\s+zum|zum|am)\s+(?:bei|in|mit)\s+(?:der|dem)\s+[\w-]+\s+(?:mitgeteilten|"
          r"genannten|angegebenen|vereinbarten|bestätigten|festgelegten)\s+(?:Termin|Tag|Datum|"
          r"Zeitpunkt)|"
          # the start or end of a billing period: "zu Beginn der Rechnungsperiode", "bis zum
          # Ende Ihres aktuellen Abrechnungszyklus"
          r"(?:zu\s+Beginn|am\s+Anfang|am\s+Ende|zum\s+Ende|bis\s+zum\s+Ende)\s+(?:der|des|Ihrer|"
          r"Ihres|jeder|jedes)\s+(?:aktuellen\s+|jeweiligen\s+|laufenden\s+)?(?:Rechnungsperiode|"
          r"Abrechnungsperiode|Abrechnungszeitraums?|Abrechnungszyklus|Bezugszeitraums?|"
          r"Abonnementzeitraums?)|"
          # before the order or the vote: "vor der Bestellung mitgeteilt", "noch vor dem
          # jeweiligen Urnengang"
          r"(?:noch\s+|jeweils\s+)?vor\s+(?:der\s+Bestellung|der\s+Buchung|dem\s+Kauf|dem\s+"
          r"Vertragsabschluss|Vertragsschluss|(?:dem|der)\s+jeweiligen\s+[A-ZÄÖÜ][\w-]+)|"
          # the next visit: "Mängel werden beim nächsten Wartungstermin behoben"
          r"(?:beim|bei\s+(?:der|dem)|zum|zur)\s+nächsten\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:[Tt]ermin|"
          r"[Bb]esuch|[Ww]artung|[Ii]nspektion|[Ss]ervice|[Ll]ieferung|[Kk]ontrolle|[Aa]bholung)",
    "nl": r"(?:vóór|voor)\s+(?:het\s+)?(?:verstrijken|aflopen|afloop)\s+van\s+(?:de|het|uw|je)\s+"
          r"(?:[\w-]+\s+){0,2}?[\w-]+|"
          r"(?:binnen|uiterlijk|voor\s+het\s+einde\s+van|voor\s+het\s+verstrijken\s+van)\s+"
          r"(?:binnen\s+)?(?:de|het|deze|die)\s+(?:[\w-]+\s+){0,5}?(?:\w*termijn)|"
          r"(?:op|tijdens)\s+de\s+eerst\s?volgende\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:dag|datum|werkdag|"
          r"ronde|levering)(?:\s+dat\s+[\w\s-]{0,40}?\s+open\s+is)?|"
          # the next visit: "Bij een volgende onderhoudsbeurt worden de opmerkingen opgelost"
          r"(?:bij|tijdens)\s+(?:de|het|een)\s+(?:eerst)?volgende\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:beurt|"
          r"bezoek|inspectie|keuring|onderhoud|controle|levering|ophaling)|"
          r"(?:op|voor)\s+(?:de|het)\s+(?:vooraf\s+)?(?:afgesproken|gekozen|overeengekomen|geboekte|"
          r"bevestigde)\s+"
          r"(?:datum|dag|tijd|tijdstip|afspraak)|"
          # a date the customer gave: "op de door jou gevraagde datum"
          r"(?:op|voor)\s+(?:de|het)\s+door\s+(?:u|jou|je|de\s+klant)\s+(?:gevraagde|gekozen|"
          r"gewenste|aangegeven|opgegeven)\s+(?:datum|dag|tijd|tijdstip|moment)|"
          # the day of a round set by the calendar: "op de inzameldag", "op uw ophaaldag"
          r"op\s+(?:de|uw|je)\s+(?:(?:betreffende|desbetreffende)\s+)?(?:inzameldag|ophaaldag|afvaldag|"
          r"leverdag|bezorgdag|verspreiddag|verschijningsdag)|"
          # the next issue: "in de volgende editie", "in het eerstvolgende nummer"
          r"in\s+(?:de|het)\s+(?:eerst)?volgende\s+(?:editie|uitgave|nummer|krant)",
}  # fmt: skip
_MONTHS_EN = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?![\w-])"  # "7 Jan", "Sept."
)
_MONTHS_DE = (
    "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
)
_MONTHS_NL = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
)

#: A date in each language's usual form, with an optional year; the same day of two
#: months is one date each year ("7 Jan/July", "1. Januar/Juli").
_DATE = {
    "en": rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS_EN})(?:\s*/\s*(?:{_MONTHS_EN}))?"
          rf"(?:\s+\d{{4}})?|(?:{_MONTHS_EN})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?",
    "de": rf"\d{{1,2}}\.\s*(?:(?:{_MONTHS_DE})(?:\s*/\s*(?:{_MONTHS_DE}))?|\d{{1,2}}\.)"
          rf"(?:\s*\d{{4}})?|\d{{1,2}}/\d{{1,2}}/\d{{4}}",  # "15/01/2024", as some forms write it
    "nl": rf"\d{{1,2}}\s+(?:{_MONTHS_NL})(?:\s*/\s*(?:{_MONTHS_NL}))?(?:\s+\d{{4}})?",
}  # fmt: skip
_WEEKDAYS = {
    lang: "|".join(row[i] for row in WEEKDAYS) for i, lang in enumerate(("en", "de", "nl"))
}
#: A window between two dates, or one named date on a weekday: "vom 19. August 2021 bis
#: 05. September 2021", "op zaterdag 24 december", "on Saturday 24 December".
_DATE_WINDOWS = {
    lang: rf"(?:(?:im\s+Zeitraum|in\s+the\s+period|in\s+de\s+periode)\s+)?"
    # each date may have its weekday: "vanaf donderdag 2 november tot en met woensdag 31
    # januari 2024"
    rf"(?:from|between|vom|von|ab|zwischen|van|vanaf|tussen)\s+(?:dem\s+|the\s+)?"
    rf"(?:(?:{_WEEKDAYS[lang]}),?\s+(?:the\s+|den\s+)?)?(?:{date})\s+"
    rf"(?:to|until|and|bis(?:\s+zum)?|und|tot(?:\s+en\s+met)?|t/m|en)\s+(?:the\s+|dem\s+)?"
    rf"(?:(?:{_WEEKDAYS[lang]}),?\s+(?:the\s+|den\s+)?)?(?:{date})|"
    rf"(?:(?:on|am|op)\s+)?(?:{_WEEKDAYS[lang]}),?\s+(?:the\s+|den\s+)?(?:{date})"
    for lang, date in _DATE.items()
}
#: A deadline on a calendar date: "by 31 March", "bis zum 31. März", "uiterlijk 1 april".
_DATE_DEADLINES: dict[str, str] = {
    # ("up to and including 15 August": the last day it holds)
    "en": rf"(?:by|before|(?:no|not)\s+later\s+than|on\s+or\s+before|up\s+to\s+and\s+including)\s+"
          rf"(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS_EN})|(?:by|before|(?:no|not)\s+"
          rf"later\s+than|on\s+or\s+before|up\s+to\s+and\s+including)\s+(?:{_MONTHS_EN})\s+"
          rf"\d{{1,2}}(?:st|nd|rd|th)?",  # "By January 31st"
    # ("bis 31.12.2027": a year written on to the date's last full stop)
    "de": rf"(?:bis\s+(?:einschließlich|einschl\.)\s+(?:zum\s+)?|bis\s+(?:zum\s+)?|"
          rf"spätestens\s+(?:am\s+|zum\s+|bis\s+zum\s+)?|vor\s+dem\s+)"
          rf"\d{{1,2}}\.\s*(?:{_MONTHS_DE}|\d{{1,2}}\.(?:\d{{4}}|\d\d)?)",
    "nl": rf"(?:uiterlijk|vóór|voor|ten\s+laatste|niet\s+later\s+dan|tot\s+en\s+met|t/m)\s+"
          rf"(?:op\s+|vóór\s+|voor\s+)?"
          rf"\d{{1,2}}\s+(?:{_MONTHS_NL})|"
          rf"(?:voor|tegen|vóór)\s+het\s+einde?\s+van\s+(?:het|dit)\s+jaar|nog\s+dit\s+jaar",
}  # fmt: skip
_DATE_DEADLINES["en"] += (
    r"|by\s+the\s+end\s+of\s+(?:the|this)\s+(?:year|month)|(?:later\s+)?this\s+year"
    # the end of a named month: "by the end of March", "bis Ende März", "uiterlijk eind maart"
    rf"|(?:by|before|until)\s+(?:the\s+)?end\s+of\s+(?:{_MONTHS_EN})"
)
_DATE_DEADLINES["de"] += (
    r"|(?:noch\s+)?in\s+diesem\s+Jahr|bis\s+(?:zum\s+)?Ende\s+(?:des|dieses)\s+(?:Jahres|Monats)"
    rf"|(?:bis\s+(?:zum\s+)?|spätestens\s+(?:aber\s+)?(?:bis\s+)?(?:zum\s+)?|(?:jeweils\s+)?per\s+|"
    rf"jeweils\s+|"
    rf"immer\s+)Ende\s+(?:{_MONTHS_DE})"
    # dates twice a year: "per Ende März und Ende September"
    rf"(?:\s*(?:,|und|sowie|bzw\.?|resp\.?)\s*(?:per\s+)?Ende\s+(?:{_MONTHS_DE}))*"
    # a month's part each year: "Ende November jeden Jahres", "bis spätestens Mitte Dezember"
    rf"|(?:Anfang|Mitte|Ende)\s+(?:{_MONTHS_DE})\s+(?:jeden|jedes|eines\s+jeden)\s+Jahres"
    rf"|(?:bis\s+(?:spätestens\s+)?|spätestens\s+(?:bis\s+)?)(?:Anfang|Mitte)\s+(?:{_MONTHS_DE})"
    # a month: "bis Mai", "spätestens bis März"
    rf"|(?:bis|spätestens(?:\s+bis)?)\s+(?:{_MONTHS_DE})(?![\w-])"
    # a cut-off date: "zum Stichtag 2. Februar"
    rf"|(?:zum|am|bis\s+zum)\s+Stichtag\s+\d{{1,2}}\.\s*(?:{_MONTHS_DE}|\d{{1,2}}\.)"
)
_DATE_DEADLINES["nl"] += (
    rf"|(?:uiterlijk|vóór|voor|tegen)\s+(?:het\s+)?eind(?:e)?\s+(?:van\s+)?(?:{_MONTHS_NL})"
)
#: The start or end of a school year, term or course: "zum Schuljahresbeginn", "at the start
#: of the school year", "bij de start van het schooljaar".
_TERM_EDGES = {
    "en": r"(?:by|at|before)\s+the\s+(?:start|beginning|end)\s+of\s+(?:the|each|every)\s+"
          r"(?:next\s+|new\s+|following\s+)?(?:school\s+year|academic\s+year|term|semester|"
          r"course|nursery\s+year|contract\s+year|season)|"
          # "before the season starts", "before the new term begins"
          r"before\s+the\s+(?:next\s+|new\s+)?(?:school\s+year|academic\s+year|term|semester|"
          r"course|season)\s+(?:starts|begins)",
    "de": r"(?:(?:bis|spätestens)\s+)?(?:zum|zu|bei|vor|am)\s+(?:dem\s+)?(?:Schuljahres|Semester|"
          r"Studienjahres|Ausbildungs|Kurs|Lehrgangs|Saison|Spielzeit)(?:beginn|anfang|start|ende)|"
          r"(?:(?:bis|spätestens)\s+)?"
          r"(?:zu|zum|vor)\s+(?:Beginn|Anfang|Ende)\s+(?:des|eines|jedes)\s+(?:Schuljahres|Semesters|"
          r"Studienjahres|Kurses|Lehrgangs|Kindergartenjahres|Kitajahres|Betreuungsjahres|"
          r"Vertragsjahres|Unterrichtsjahres)",
    "nl": r"(?:bij|voor|vóór|aan)\s+(?:de\s+)?(?:start|begin|aanvang|het\s+begin|het\s+einde?|"
          r"eind)\s+van\s+(?:het|elk|ieder)\s+(?:volgende\s+|nieuwe\s+|komende\s+)?(?:schooljaar|"
          r"studiejaar|semester|cursusjaar|lesjaar|seizoen|speelseizoen)|"
          # "voor de seizoenstart", "bij de start van het nieuwe seizoen"
          r"(?:bij|voor|vóór)\s+(?:de\s+|het\s+)?(?:seizoens?|schooljaar|competitie)(?:start|begin)",
}  # fmt: skip
for _lang, _edges in _TERM_EDGES.items():
    _DATE_DEADLINES[_lang] += "|" + _edges
#: One date on which something is done: "receive a message on 12 May", "am 12. Mai 2022",
#: "op 12 mei", and a month of a given year ("im Mai 2022": the card says it as written).
#: (Dates that come back each year are read below, before these.)
for _lang, _on_a_date, _in, _months in (
    ("en", "on", "in", _MONTHS_EN), ("de", "am|zum", "im", _MONTHS_DE),
    ("nl", "op", "in", _MONTHS_NL),
):  # fmt: skip
    _DATE_DEADLINES[_lang] += (  # not the earliest day: "frühestens am 11. Februar"
        rf"|(?<!earliest\s)(?<!frühestens\s)(?<!vroegst\s)(?<!vroegste\s)"
        rf"(?:{_on_a_date})\s+(?:the\s+)?(?:{_DATE[_lang]})(?![\w-])"
        rf"|{_in}\s+(?:{_months})\s+(?:19|20)\d\d(?!\d)"
    )
#: A term or a year by its number: "im Lauf des Sommersemesters 2023", "during the autumn
#: term 2024", "in het tweede semester van 2025", "in de loop van 2026" (as written).
_TERMS_OF_A_YEAR = {
    "en": r"(?:in|during|by\s+the\s+end\s+of)\s+the\s+(?:spring|summer|autumn|fall|winter|first|"
          r"second)\s+(?:semester|term)\s+(?:of\s+)?{year}|(?:in|during)\s+the\s+course\s+of\s+"
          r"{year}",
    "de": r"(?:im\s+Laufe?\s+des|im|während\s+des|bis\s+Ende\s+des)\s+(?:Sommer|Winter)?"
          r"semesters?\s+{year}|im\s+Laufe?\s+(?:des\s+Jahres\s+)?{year}",
    "nl": r"(?:in\s+de\s+loop\s+van|tijdens|in)\s+het\s+(?:eerste\s+|tweede\s+)?semester\s+"
          r"(?:van\s+)?{year}|in\s+de\s+loop\s+van\s+{year}|(?:in|tijdens)\s+(?:het\s+)?"
          r"(?:school|academie|studie)jaar\s+{year}",
}  # fmt: skip
for _lang, _term in _TERMS_OF_A_YEAR.items():
    _year = r"(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?(?![\d/-])"
    _DATE_DEADLINES[_lang] += "|" + _term.format(year=_year)
#: Dates that come back each year: "jeweils am 31. März und 30. September", "on 31 March
#: and 30 September", "elk jaar op 1 juli". One date without "each year" is an event.
_YEARLY_DATES = {
    "en": (r"(?:each|every)\s+year\s+(?:on|by)|annually\s+(?:on|by)",
           r"before\s+or\s+on|on\s+or\s+before|on|by|before|(?:no|not)\s+later\s+than",
           r",|and|&"),
    "de": (r"(?:jeweils|immer|jährlich|alljährlich|jedes\s+Jahr)\s+(?:am|zum)",
           r"am|zum|bis\s+zum|bis|spätestens(?:\s+am|\s+zum)?", r",|und|sowie|bzw\.?"),
    "nl": (r"(?:jaarlijks|elk\s+jaar|ieder\s+jaar|telkens)\s+(?:op|vóór|voor)",
           r"op|uiterlijk(?:\s+op)?|vóór|voor", r",|en|&"),
}  # fmt: skip
for _lang, (_yearly, _on, _and) in _YEARLY_DATES.items():
    _one = rf"(?:the\s+)?(?:{_DATE[_lang]})"
    _more = rf"(?:\s*(?:{_and})\s*(?:(?:{_on})\s+)?{_one})"
    # first, so that a list is read whole ("not later than 15 January and 15 July")
    _DATE_DEADLINES[_lang] = (
        rf"(?:{_on})\s+{_one}{_more}*\s+(?:(?:each|every|jedes|elk|ieder)\s+(?:year|Jahres?|jaar)|"
        # "zum 01. Februar des Kalenderjahres", "op 1 februari van elk kalenderjaar"
        rf"(?:des|eines\s+jeden|jedes)\s+(?:Kalender|Geschäfts|laufenden\s+)?[Jj]ahres|"
        rf"(?:of\s+(?:each|every|the)|van\s+(?:elk|ieder|het))\s+(?:calendar\s+|kalender)?(?:year|jaar))"
        rf"|(?:{_yearly})\s+{_one}{_more}*|(?:{_on})\s+{_one}{_more}+|" + _DATE_DEADLINES[_lang]
    )
#: A calendar week by its number: "in der 30. KW 2023", "bis KW 12", "in week 30".
_DATE_DEADLINES["en"] += (
    r"|(?:in|by|during|before)\s+(?:the\s+)?(?:calendar\s+)?week\s+(?:no\.?\s*)?\d{1,2}"
    r"(?:\s+(?:of\s+)?\d{4})?"
)
_DATE_DEADLINES["de"] += (
    r"|(?:(?:spätestens|bis)\s+)?(?:in\s+der|bis\s+(?:zur|Ende\s+der)|in|bis|zur)\s+"
    r"(?:\d{1,2}\.\s*(?:KW|Kalenderwoche)|(?:KW|Kalenderwoche)\s*\d{1,2})(?:\s*/?\s*\d{4})?"
)
_DATE_DEADLINES["nl"] += (
    r"|(?:uiterlijk\s+)?(?:in|tijdens|vóór|voor|uiterlijk)\s+(?:kalender)?week\s+\d{1,2}"
    r"(?:\s+(?:van\s+)?\d{4})?"
)
#: The week of a date: "in the week of 28 November", "uiterlijk in de week van 28 november".
_DATE_DEADLINES["en"] += (
    rf"|(?:(?:by|in|during)\s+)?the\s+week\s+(?:of|commencing|beginning)\s+(?:the\s+)?"
    rf"(?:{_DATE['en']})"
)
_DATE_DEADLINES["de"] += (
    rf"|(?:spätestens\s+)?(?:in\s+der|bis\s+zur)\s+Woche\s+(?:vom|ab\s+dem|ab)\s+(?:{_DATE['de']})"
)
_DATE_DEADLINES["nl"] += rf"|(?:uiterlijk\s+)?(?:in|tijdens)\s+de\s+week\s+van\s+(?:{_DATE['nl']})"
for _lang, _pattern in _DATE_DEADLINES.items():
    _STATED_DEADLINES[_lang] += "|" + _DATE_WINDOWS[_lang] + "|" + _pattern

_STATED_PATTERNS = word_patterns(_STATED_DEADLINES)


@_kept
def find_availability(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of availability promises: "24/7", "rund um die Uhr", "24 uur per dag", and
    opening hours ("Mo–Fr 8–18 Uhr") in a metric that promises to be reachable.

    Not a time bound, but a measurable standard of its own: each call or visit
    within the hours is answered, or not.
    """
    pattern = _AVAILABILITY_PATTERNS.get(lang)
    spans = [m.span() for m in pattern.finditer(text)] if pattern else []
    spans += [m.span() for m in _WINDOWS.finditer(text)]
    if _OPEN_PATTERN.search(text):
        spans += _clock_ranges(text)
    elif not _RESPONSE.search(text):
        # a job done in a window of the day: "De bak wordt geleegd tussen 07.00 uur en
        # 17.30 uur"; a reply in one ("we reply between 08:00 and 22:00") says not how soon
        spans += [m.span() for m in _SERVICE_WINDOW.finditer(text)]
    if _OPEN_PATTERN.search(text) or _FROM_THEN_ON.search(text):
        spans += [m.span() for m in _READY_FROM.finditer(text) if _CLOCK_SHAPE.search(m.group())]
    return sorted(spans)


#: Words that make a time from which something holds a promise, as an open word does:
#: "Die Anreise ist ab 15:00 Uhr garantiert", "check-in is possible from 3pm", a ticket
#: usable from a time. Not
#: open words themselves: "bis 14 Uhr möglich" is a deadline, not opening hours.
_FROM_THEN_ON = re.compile(
    r"(?<![\w-])(?:garantiert|guaranteed|gegarandeerd|möglich|possible|mogelijk|"
    # "Skipässe sind ab 16.00 Uhr des Vortages benutzbar", "tickets are valid from 4pm"
    r"benutzbar|nutzbar|gültig|usable|valid|bruikbaar|geldig)(?![\w-])",
    re.IGNORECASE,
)


#: A time from which something is ready: "ab 15:00 Uhr zur Verfügung", "na 16.00 uur".
_READY_FROM = re.compile(
    # a date: "ab 15.8.19 verfügbar", "vanaf 1-9-2024 beschikbaar"
    r"(?<![\w-])(?:from|ab|vanaf)\s+(?:dem\s+)?[0-3]?\d[./-][01]?\d[./-](?:\d{4}|\d{2})?(?!\d)|"
    # a time, "at the latest" ready: "ab spätestens 14 Uhr", "vanaf uiterlijk 15.00 uur"
    r"(?<![\w-])(?:from|after|ab|vanaf|na)\s+(?:(?:spätestens|allerspätestens|uiterlijk)\s+)?"
    r"(?:(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s*"
    r"(?:am|pm|uhr|uur|h)?)(?=\W|$)",
    re.IGNORECASE,
)


#: A window of the day said with "between" and times that can only be clock times
#: ("07.00 uur", "5pm", "17:30"): when a job is done, checkable visit by visit. The
#: first end may be a bare hour when the second says it is one ("zwischen 4 und 7 Uhr",
#: "between 4 and 7 am"); "between 4 and 7 days" is no window of the day.
_WINDOW_TIME = (
    r"(?:(?:[01]?\d|2[0-4])[.:][0-5]\d\s*(?:uhr|uur|h|[ap]\.m\.?|am|pm)?|"
    r"(?:1[0-2]|0?[1-9])\s*(?:[ap]\.m\.?|am|pm)|"
    r"(?:[01]?\d|2[0-4])\s*(?:uhr|uur))"
)
_SERVICE_WINDOW = re.compile(
    rf"(?<![\w-])(?:between|zwischen|tussen)\s+(?:{_WINDOW_TIME}|(?:[01]?\d|2[0-4])(?!\d))\s*"
    rf"(?:(?:and|und|en)\s|[-–—])\s*{_WINDOW_TIME}(?![\w-])",
    re.IGNORECASE,
)
#: Up to 40 characters within a sentence: a dot only inside a number ("9.00").
_WORDS_BETWEEN = r"(?:[^.;]|(?<=\d)\.(?=\d)){0,40}"
#: Answering someone: its window of the day says nothing of how long they wait.
_RESPONSE = re.compile(
    r"(?<![\w-])(?:repl(?:y|ies|ied)|respon(?:d|ds|se|ses)|answer(?:s|ed)?|call(?:s|ed)?\s+back|"
    r"return(?:s|ed)?\s+(?:calls?|e-?mails?)|get\s+back|[\w-]*antwort[\w-]*|beantwort[\w-]*|"
    rf"[\w-]*rückruf[\w-]*|zurückruf[\w-]*|rufen\b{_WORDS_BETWEEN}\bzurück|melden|reage[\w-]*|"
    rf"[\w-]*antwoord[\w-]*|terugbel[\w-]*|bel(?:len|t)?\b{_WORDS_BETWEEN}\bterug)(?![\w-])",
    re.IGNORECASE,
)
_CLOCK_MARK = re.compile(
    r"[.:]\d{2}|\d{4}|\d[uh]\d{2}|uhr|uur|am|pm|between|zwischen|tussen|von|van|from", re.I
)


#: A time in a window across days, marked as a time: "12 Uhr", "7 am", "18:00", "noon".
_DAY_CLOCK = (
    r"(?:(?:at|um|om)\s+)?(?:(?:[01]?\d|2[0-4])(?:[.:][0-5]\d\s*(?:uhr|uur|h|am|pm|a\.m\.|p\.m\.)?|"
    r"\s*(?:uhr|uur|h|am|pm|a\.m\.|p\.m\.|noon|midnight)(?!\w))|noon|midday|midnight|mitternacht|"
    r"middernacht)"
)
#: A window from one day's time to another's: an out-of-hours service at the weekend,
#: "SA 12 Uhr bis MO 7 Uhr", "from Friday 6pm to Monday 8am", "vrijdag 17.00 tot maandag 8.00".
_ACROSS_DAYS = re.compile(
    rf"(?<![\w-])(?:(?:from|von|vom|van|vanaf|ab)\s+)?(?:{_DAY_NAME})(?:\.|(?![\w-]))\s*,?\s*"
    rf"{_DAY_CLOCK}\s*(?:-|–|—|bis|tot|to|until|till|through)\s*(?:{_DAY_NAME})(?:\.|(?![\w-]))"
    rf"\s*,?\s*{_DAY_CLOCK}",
    re.IGNORECASE,
)


#: A share of cases said before a bound: "90% within 4 business days".
_SHARE_FIRST = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[.,]\d+)?\s*(?:%|percent|per\s*cent|prozent|procent)(?:\s+(?:of\s+"
    r"(?:cases|calls|requests|faults)|der\s+Fälle|van\s+de\s+gevallen))?(?=\s)",
    re.IGNORECASE,
)
#: What joins the tiers of a bound: "90% within 4 days / 100% within 6 days".
_TIER_GAP = re.compile(r"\s*(?:/|;|,|\band\b|\bund\b|\ben\b)?\s*", re.IGNORECASE)


def _tiers(text: str, durations: list[Duration]) -> list[tuple[int, int]]:
    """The shares and joins of a bound in tiers ("90% within 4 business days / 10% within
    6 business days"), when each bound has its share before it; else nothing.

    A timeframe that repeats the metric's share ("80% within 20 seconds") is one tier.
    """
    shares = list(_SHARE_FIRST.finditer(text))
    if not shares or len(shares) != len(durations):
        return []
    spans: list[tuple[int, int]] = []
    previous_end = 0
    for share, duration in zip(shares, durations, strict=True):
        if not previous_end <= share.start() < share.end() <= duration.span[0]:
            return []  # each share stands before its own bound
        if previous_end and not _TIER_GAP.fullmatch(text, previous_end, share.start()):
            return []
        spans.append((previous_end, share.end()) if previous_end else share.span())
        previous_end = duration.span[1]
    return spans


def _clock_ranges(text: str) -> list[tuple[int, int]]:
    """Ranges of clock times ("8–18 Uhr", "08.00-17.00", "between 9am and 5pm"), also
    across days ("Sa 12 Uhr bis Mo 7 Uhr")."""
    spans = []
    for match in _OPENING_HOURS.finditer(text):
        body = match.group()
        if _CLOCK_MARK.search(body):
            spans.append((match.start() + len(body) - len(body.lstrip()), match.end()))
    spans += [m.span() for m in _ACROSS_DAYS.finditer(text)]
    return spans


@_kept
def find_stated_deadlines(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of hard bounds set elsewhere ("at the latest within the statutory period").

    A date by which something must reach the service is the customer's, not a bound of
    the service's ("Bestellungen, die bis 19. November bei uns eingehen, werden ...").
    """
    pattern = _STATED_PATTERNS.get(lang)
    if pattern is None:
        return []
    return [
        m.span()
        for m in pattern.finditer(text)
        if not _INCOMING_AFTER.match(text, m.end())
        and not _INCOMING_BEFORE.search(text[: m.start()])
    ]


#: What reaches the service by a date, after the date ("die bis 19. November bei uns
#: eingehen", "alle bis zum 19. November bestellten Waren") or, in English, before it
#: ("orders placed by 19 November"). Not Dutch "ontvangen", which customers do too
#: ("ontvangen uiterlijk 15 maart bericht").
_INCOMING_AFTER = re.compile(
    r"\W+(?:\w+\W+){0,3}?(?:eingehen|eingeht|eingegangen\w*|eingehend\w*|bestellt\w*|"
    r"binnenkomen|binnenkomt|ingediend|besteld\w*|submitted|placed)\b",
    re.IGNORECASE,
)
_INCOMING_BEFORE = re.compile(
    r"(?:received|submitted|placed|made|ordered)\W+(?:\w+\W+){0,2}$", re.IGNORECASE
)


_DAY_WORDS = re.compile(
    r"(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|ma|wo|vr|za|zo|täglich|daily|"
    r"dagelijks|werktags|weekdays|werkdagen|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag)s?|(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:en)?|"
    r"and|und|en|met|bis|tot|to|von|van|from|between|zwischen|tussen|uhr|uur|h|am|pm|an|on|op|"
    r"arbeitstagen?|werktagen?|wochenende|weekends?|mez|mesz|cet|cest|gmt|bst|utc|"
    # the day a round comes: "op de inzameldag tussen 07.00-18.00 uur"
    r"de|uw|je|inzameldag|ophaaldag|afvaldag)\.?",
    re.IGNORECASE,
)


def parse_availability(text: str, lang: str) -> bool:
    """True for a ``timeframe`` that states an availability: "24/7", "rund um die Uhr",
    "Mo–Fr 8–18 Uhr", "ma-vr 08.00-17.00 uur"."""
    stripped = text.strip()
    spans = [m.span() for m in _AVAILABILITY_PATTERNS[lang].finditer(stripped)] if (
        lang in _AVAILABILITY_PATTERNS
    ) else []  # fmt: skip
    spans += _clock_ranges(stripped)
    if not spans:
        return False
    rest = list(stripped)
    for start, end in spans:
        rest[start:end] = " " * (end - start)
    for word in re.findall(r"[^\W\d_]+\.?|\d+", "".join(rest).replace("t/m", "tot")):
        if not _DAY_WORDS.fullmatch(word):
            return False
    return True


#: A deadline at a time of day: "by 11.59pm", "spätestens um 13 Uhr", "uiterlijk om 17.00 uur".
_CLOCK = (
    # Flemish and French hours first: "voor 10u00", "avant 9h30"
    r"(?:[01]?\d|2[0-4])[uh][0-5]\d|"
    r"(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.|uhr|uur|h|u)?|"
    # the day's end and middle, named: "tot middernacht", "bis Mitternacht", "by noon"
    r"midnight|mitternacht|middernacht|noon|midday|mittag|12\s+uur\s+'s\s+middags"
)
_CLOCK_DEADLINES: dict[str, str] = {
    "en": rf"(?:no\s+later\s+than|not\s+later\s+than|by|before|at\s+the\s+latest\s+by|until|"
          rf"till|up\s+to)\s+(?:{_CLOCK})(?=\W|$)",
    "de": rf"(?:allerspätestens|spätestens|bis\s+spätestens|bis\s+allerspätestens|bis|vor)\s+"
          rf"(?:um\s+)?(?:{_CLOCK})(?=\W|$)",
    "nl": rf"(?:uiterlijk|vóór|voor|voor\s+uiterlijk|tot|ten\s+laatste)\s+(?:om\s+)?(?:{_CLOCK})"
          rf"(?=\W|$)",
}  # fmt: skip
#: The deadline is then the input's, not the answer's: "emails received by 3pm".
_RECEIVED = re.compile(
    r"(?:received|sent|submitted|made|placed|reported|eingegangen|eingehende|eingehen|"
    r"eingeht|gemeldet|ontvangen|binnengekomen|binnenkomen|gemeld|ingediend)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
_RECEIVED_AFTER = re.compile(
    r"\W+(?:\w+\W+){0,3}?(?:received|sent|submitted|placed|reported|eingehen|eingeht|"
    r"eingegangen|eingehende|bestellt|gemeldet|binnenkomen|binnenkomt|ontvangen|besteld|"
    r"gemeld|ingediend|doorgegeven)\b",
    re.IGNORECASE,
)
_CLOCK_DEADLINE_PATTERNS = {
    lang: re.compile(rf"(?<![\w-])(?:{pattern})", re.IGNORECASE)
    for lang, pattern in _CLOCK_DEADLINES.items()
}
#: A clock time after one of these words is a deadline only with an am/pm/Uhr/uur or a
#: colon, never a bare number ("by 2" is not a time).
_CLOCK_SHAPE = re.compile(
    r"[.:]\d{2}|am|pm|a\.m|p\.m|uhr|uur|\d\s?h\b|\du\b|\d[uh]\d\d|\d[./-]\d|midnight|mitternacht|"
    r"middernacht|"
    r"noon|"
    r"midday|mittag",
    re.IGNORECASE,
)


@_kept
def find_clock_deadlines(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of deadlines at a time of day, not those of an input ("received by 3pm")."""
    pattern = _CLOCK_DEADLINE_PATTERNS.get(lang)
    if pattern is None:
        return []
    spans = []
    for match in pattern.finditer(text):
        if not _CLOCK_SHAPE.search(match.group()) or _RECEIVED.search(text[: match.start()]):
            continue
        if _RECEIVED_AFTER.match(text, match.end()):
            continue  # "Anfragen, die bis 12 Uhr eingehen": the customer's
        if _EN_UNTIL.match(match.group()) and not _HELD_READY.search(text):
            continue  # "until 8pm" is a deadline only for what is held: "we reserve ... until"
        if _OPEN_PATTERN.search(text) and not (
            _HELD_READY.search(text) and _UNTIL.match(match.group())
        ):
            continue  # "bis 18 Uhr erreichbar": opening hours; but "tot 11:00 uur voor u
            # klaar" holds a reservation until then, a deadline
        spans.append(match.span())
    return spans


#: What is held for the customer until a time: "tot 11:00 uur voor u klaar".
_HELD_READY = re.compile(
    r"\b(?:klaar|bereit|abholbereit|ready|reserviert|reserved|gereserveerd|freigehalten|"
    r"held|reserve|reserves|hold|holds)\b",
    re.IGNORECASE,
)
#: "until 8pm", and "up to 6 PM" for what is held ("rooms are held up to 6 PM").
_EN_UNTIL = re.compile(r"(?:until|till|up\s+to)\b", re.IGNORECASE)
_UNTIL = re.compile(r"(?:tot|bis|until)\b", re.IGNORECASE)


#: How often something is done: a schedule is checkable ("quarterly", "8-mal im Jahr").
_FREQUENCIES: dict[str, str] = {
    "en": r"daily|weekly|fortnightly|monthly|quarterly|annually|yearly|half-yearly|biannually|"
          # "3-monthly", "6-monthly reviews", "two-weekly"
          r"(?:\d{1,2}|two|three|four|six|twelve)-(?:weekly|monthly|yearly)|"
          # the period a share is measured over: "99.9% as an annual average"
          r"(?:(?:as|on)\s+an?\s+)?(?:annual|yearly|monthly|quarterly)\s+average|averaged\s+over\s+"
          r"(?:a|the|each|every)\s+(?:calendar\s+)?(?:year|month|quarter)|"
          r"on\s+a\s+(?:daily|weekly|monthly|quarterly|yearly|annual|regular\s+\w+)\s+basis|"
          r"in\s+the\s+first\s+(?:\w+\s+)?(?:days|weeks|months)\s+of\s+(?:each|every)\s+"
          r"(?:week|month|quarter|year|calendar\s+year)|"
          # "(at least) once every five years", "every 2 weeks"
          r"(?:(?:at\s+least|at\s+most|no\s+less\s+than)\s+)?(?:(?:once|twice)\s+)?every\s+"
          r"(?:\d+\s+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
          r"twenty|thirty)\s+|half\s+an?\s+|other\s+)?(?:minutes?|hours?|days?|"
          r"weeks?|months?|quarters?|years?)|hourly|"
          r"(?:once|twice|\d+\s*(?:times|x|×)|(?:two|three|four|five|six)\s+times)\s+"
          r"(?:a|per|each|every|in\s+a)\s+(?:day|week|month|quarter|year)|"
          r"(?:\d+\s*(?:times|x|×)|(?:two|three|four)\s+times)\s+(?:daily|weekly|monthly|"
          r"yearly|annually)|per\s+(?:day|week|month|quarter|year)|"
          # "(3 to 4 times) during the course of your workday"
          r"\d+(?:\s*(?:to|-|–)\s*\d+)?\s+times\)?\s+(?:during|in|over)\s+(?:the\s+course\s+of\s+)?"
          r"(?:the|a|each|every|your|our)\s+(?:working\s+|work\s+|business\s+)?(?:day|workday|"
          r"week|month)|"
          r"(?:each|every)\s+(?:day|week|month|quarter|year|monday|tuesday|wednesday|thursday|"
          r"friday|saturday|sunday|working\s+day|weekday)|on\s+(?:mondays|tuesdays|wednesdays|"
          r"thursdays|fridays|saturdays|sundays)|at\s+the\s+end\s+of\s+(?:each|every)\s+"
          r"(?:month|quarter|year)|on\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
          r"Saturday)s?(?:\s+"
          r"to\s+(?:Friday|Saturday))?|(?:Monday|Tuesday)\s+to\s+(?:Friday|Saturday)|"
          # an amount of service per period: "3 meals per week", "at least 35 lessons a year"
          r"(?:(?:at\s+least|at\s+most|up\s+to)\s+)?\d+\s+(?:[^\W\d_]+\s+){1,4}?(?:per|a|each|"
          r"every)\s+(?:day|week|month|quarter|year|school\s+year|term|semester)|"
          # a week of each month: "in the last week of every month"
          r"in\s+the\s+(?:first|second|third|last)\s+week\s+of\s+(?:each|every)\s+month|"
          r"(?:every|each|on\s+the|the)\s+(?:first|second|third|fourth|last)\s+(?:monday|tuesday|"
          r"wednesday|thursday|friday|saturday|sunday|working\s+day|weekday)\s+(?:of|in)\s+"
          r"(?:the|each|every)\s+month|(?:in|on|every)\s+(?:odd|even)(?:-numbered)?\s+(?:weeks?|years?)",
    "de": r"stündlich|täglich|wöchentlich|monatlich|vierteljährlich|quartalsweise|halbjährlich|"
          r"(?:im|als)\s+(?:Jahres|Monats|Quartals)(?:mittel|durchschnitt)|im\s+(?:Mittel|Durchschnitt)\s+"
          r"(?:eines|des|jedes)\s+(?:Kalender)?(?:Jahres|Monats|Quartals)|"
          r"(?:\d+|zwei|drei|vier|vierzehn)-?tägig(?:e[nmrs]?)?|zweiwöchentlich(?:e[nmrs]?)?|"
          # "dreimonatlich", "3-monatlich", "zweijährlich"
          r"(?:\d{1,2}-?|zwei|drei|vier|sechs|zwölf)(?:wöchentlich|monatlich|jährlich)(?:e[nmrs]?)?|"
          # "Die Abfuhr erfolgt 4-wöchig", "im 2-wöchigen Rhythmus" (with a noun: a bound)
          r"(?:\d{1,2}-|zwei|drei|vier|sechs)(?:wöchig|monatig)(?![\w-])|"
          r"im\s+(?:[\w-]+\s+)?[\w-]*(?:[Tt]urnus|[Rr]hythmus)|"
          r"in\s+den\s+ersten\s+(?:\w+\s+)?(?:Tagen|Wochen|Monaten)\s+(?:jedes|jeden|eines\s+jeden)\s+"
          r"(?:Monats|Quartals|Jahres|Kalenderjahres|Schuljahres)|"
          # the adjective: "im Rahmen einer jährlichen Kontrollbegehung"
          r"(?:stündlich|täglich|wöchentlich|monatlich|vierteljährlich|halbjährlich|"
          r"jährlich)e[nmrs]?|"
          r"(?:(?:immer|jeweils)\s+)?(?:zum|am)\s+Monats(?:ersten|letzten|anfang|beginn)|"
          r"jährlich|jede\s+(?:halbe\s+)?Stunde|alle\s+\d+\s+Minuten|"
          r"(?:\d+-?\s*mal|\d+\s*[x×]|(?:ein|zwei|drei|vier|fünf|sechs)\s*-?\s*mal)\s+"
          # "einmal im Kalenderhalbjahr", "zweimal im Vierteljahr"
          r"(?:pro|im|in\s+der|am|je|jedes)\s+(?:Tag|Woche|(?:Kalender)?(?:Monat|Quartal|Jahr|"
          r"Halbjahr|Vierteljahr)|Semester|Schuljahr)|"
          r"(?:(?:mindestens|höchstens|spätestens)\s+)?(?:(?:einmal|zweimal)\s+)?alle\s+"
          # not "alle paar Tage": every few days is no schedule
          r"(?!(?:paar|einige[nr]?|wenige[nr]?|etliche[nr]?|mehrere[nr]?)\s)\w+"
          r"(?:\s*[-–]\s*\d+|\s+bis\s+\w+)?\s+(?:Tage|Wochen|Monate|Jahre)|"  # "alle 4-6 Wochen"
          r"(?:pro|je)\s+(?:Tag|Woche|Monat|Quartal|Jahr)|jeden\s+(?:Tag|Monat)|jede\s+Woche|"
          r"(?:(?:ein|zwei|drei|vier)\s*-?\s*mal|\d+-?\s*mal|\d+\s*[x×])\s+(?:täglich|wöchentlich|"
          r"monatlich|vierteljährlich|halbjährlich|jährlich)|"
          r"jedes\s+(?:Jahr|Quartal)|(?:jeden|immer\s+am|am\s+jedem)\s+(?:Montag|Dienstag|"
          r"Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)|immer\s+(?:am\s+)?(?:Montag|Dienstag|"
          r"Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)|(?:montags|dienstags|mittwochs|"
          r"donnerstags|freitags|samstags|sonntags)|(?:am\s+|zum\s+)?Ende\s+(?:jeden|jedes|eines\s+"
          r"jeden)\s+(?:Monats|Quartals|Jahres)|am\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|"
          r"Samstag|Sonntag)|(?:Montag|Dienstag|Mittwoch|Donnerstag)\s+bis\s+(?:Freitag|Samstag)|"
          # a part of a weekday: "jeweils am Montagvormittag", "jeden Freitagnachmittag"
          r"(?:(?:jeweils|immer|jeden)\s+)?(?:am\s+)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|"
          r"Samstag|Sonntag)(?:vormittag|nachmittag|morgen|abend|mittag)s?|"
          r"(?:jeweils|immer)\s+am\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)|"
          # "einmal in 2 Wochen": once in every two weeks
          r"(?:ein|zwei|drei|\d+-?\s*)mal\s+in\s+(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|"
          r"neun|zehn|zwölf)\s+(?:Tagen|Wochen|"
          r"Monaten|Jahren)|"
          r"in\s+der\s+(?:ersten|zweiten|dritten|letzten)\s+Woche\s+(?:jedes|jeden|eines\s+jeden)\s+"
          r"Monats|"
          r"(?:jeden|am)\s+(?:ersten|zweiten|dritten|vierten|letzten)\s+(?:Montag|Dienstag|Mittwoch|"
          r"Donnerstag|Freitag|Samstag|Sonntag|Werktag)\s+(?:im|des|eines|jedes)\s+Monats?|"
          r"in\s+(?:den\s+)?(?:ungeraden|geraden)\s+(?:Kalender)?(?:wochen?|Jahren)|"
          r"(?:(?:mindestens|höchstens|bis\s+zu)\s+)?\d+\s+(?:[^\W\d_]+\s+){1,4}?(?:pro|je|im|"
          r"jedes|jeden)\s+(?:Tag|Woche|Monat|Quartal|Jahr|Schuljahr|Halbjahr|Semester)",
    "nl": r"dagelijks|wekelijks|twee-?wekelijks|maandelijks|drie-?maandelijks|half-?jaarlijks|"
          # "3-maandelijks", "6-wekelijkse", "zesmaandelijks"
          r"(?:\d{1,2}-?|vier|zes|twaalf)(?:wekelijks|maandelijks|jaarlijks)e?|"
          r"(?:als\s+|het\s+)?(?:jaar|maand|kwartaal)gemiddelde|gemiddeld\s+(?:per|over\s+een|over\s+het)\s+"
          r"(?:jaar|maand|kwartaal)|op\s+jaarbasis|"
          r"(?:dagelijkse|wekelijkse|twee-?wekelijkse|maandelijkse|drie-?maandelijkse|"
          r"half-?jaarlijkse|jaarlijkse)|"
          r"in\s+de\s+eerste\s+(?:\w+\s+)?(?:dagen|weken|maanden)\s+van\s+(?:elke|iedere|elk|ieder)\s+"
          r"(?:week|maand|kwartaal|jaar|kalenderjaar)|"
          r"(?:elk|ieder)\s+(?:half\s+)?uur|elke\s+\d+\s+minuten|per\s+uur|"
          # "(minstens) eens per vijf jaar", "elke twee weken", "om de drie maanden"
          r"(?:(?:minstens|minimaal|ten\s+minste|maximaal)\s+)?(?:(?:eens|eenmaal|één\s+keer|"
          r"een\s+keer)\s+)?(?:elke|iedere|om\s+de|per)\s+(?:\d+|twee|drie|vier|vijf|zes|zeven|"
          r"acht|negen|tien|twaalf)(?:\s*(?:-|–|à|tot)\s*\d+)?\s+(?:minuten|uur|dagen|weken|"
          r"maanden|jaar)|"
          r"jaarlijks|per\s+kwartaal|(?:\d+\s*(?:keer|maal|x|×)|eenmaal|tweemaal|driemaal|"
          r"(?:één|een|twee|drie|vier|vijf|zes)\s+(?:keer|maal)|eens)\s+(?:per|in\s+de|in\s+het|"
          r"elke|iedere|elk|ieder)\s+(?:dag|week|maand|kwartaal|jaar)|(?:elke|iedere)\s+(?:dag|week|"
          r"maand|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|werkdag)|"
          r"(?:elk|ieder)\s+(?:kwartaal|jaar)|per\s+(?:dag|week|maand|jaar)|"
          # a week of each month: "in de laatste week van iedere maand"
          r"in\s+de\s+(?:eerste|tweede|derde|laatste)\s+week\s+van\s+(?:elke|iedere)\s+maand|"
          # a list of weekdays, parts elided: "op maandag-, woensdag- en vrijdagavond"
          r"op\s+(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:ochtend|middag|avond)?-?,?\s+)+"
          r"en\s+(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:ochtend|morgen|middag|avond)?(?:en)?|"
          r"om\s+de\s+(?:ene\s+|andere\s+)?(?:dag|week|maand|kwartaal|jaar)|"
          # "In alle oneven jaren actualiseren we de wachtlijst", "in even weken"
          # the days of service: "van maandag t/m vrijdag bezorgd" (as "Monday to Friday")
          r"(?:van\s+)?(?:maandag|dinsdag)\s+(?:t/m|tot\s+en\s+met|tot)\s+(?:vrijdag|zaterdag)|"
          # ("even" alone is also "a while": "het duurt even")
          r"(?:in\s+(?:alle\s+|de\s+)?|alle\s+|elke\s+|ieder(?:e)?\s+)(?:on)?even\s+(?:weken|week|"
          r"jaren|jaar)(?![\w-])|"
          # every other year, once in five years: "om het jaar", "1 x 5 jaar"
          r"om\s+het\s+(?:andere\s+)?jaar|(?:1|één|een)\s*(?:x|×|keer|maal)\s+(?:per\s+)?\d+\s+"
          r"(?:jaar|maanden|weken)|"
          # "donderdagen om 12:00 uur": a weekday of each week, with its time
          r"(?:op\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)en(?:\s+om\s+"
          r"\d{1,2}(?:[.:]\d\d)?\s*uur)?|"
          r"aan\s+het\s+eind(?:e)?\s+van\s+(?:elke|iedere)\s+(?:maand|week)|"
          r"aan\s+het\s+eind(?:e)?\s+van\s+(?:elk|ieder)\s+(?:kwartaal|jaar)|"
          r"(?:de\s+)?\d{1,2}e\s+van\s+(?:elke|iedere)\s+maand|"
          r"op\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag)(?:\s+(?:tot\s+en\s+met|t/m)\s+"
          r"(?:vrijdag|zaterdag|zondag))?|"
          r"(?:op\s+)?(?:elke|iedere|de)\s+(?:eerste|tweede|derde|vierde|laatste|[1-5](?:e|de|ste))\s+"
          r"(?:maandag|dinsdag|"
          r"woensdag|donderdag|vrijdag|zaterdag|zondag|werkdag)(?:ochtend|morgen|middag|avond)?\s+"
          r"van\s+(?:de|elke|iedere)\s+maand|"
          r"in\s+(?:de\s+)?(?:on)?even\s+we(?:ek|ken)|"
          # a part of a weekday: "elke maandagochtend", "op vrijdagmiddag"
          r"(?:elke|iedere|op)\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
          r"(?:ochtend|morgen|middag|avond)(?:en)?|"
          # "eens in de zes weken", "eens in de vier tot tien weken"
          r"eens\s+in\s+de\s+(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf)"
          r"(?:\s+(?:tot|à|-)\s+(?:\d+|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf))?\s+"
          r"(?:dagen|weken|maanden|jaar)|"
          # "1 keer in de 2 weken": once in every two weeks
          r"(?:\d+\s*(?:keer|maal)|eenmaal|tweemaal|(?:één|een|twee|drie)\s+(?:keer|maal))\s+in\s+"
          r"de\s+(?:\d+|twee|drie|vier|vijf|zes|acht)\s+(?:dagen|weken|maanden|jaar)|"
          r"(?:(?:minimaal|minstens|maximaal|tot)\s+)?\d+\s+(?:[^\W\d_]+\s+){1,4}?(?:per|elke|"
          r"iedere|elk|ieder)\s+(?:dag|week|maand|kwartaal|jaar|schooljaar|semester)",
}  # fmt: skip
#: A weekday said bare with its hour: "vrijdag om 8 uur", "Freitag um 8 Uhr", "Friday at
#: 8am" (with "op", "am" or "on" the patterns above read it).
for _lang, (_days, _at, _hour) in {
    "en": ("|".join(d for d, _, _ in WEEKDAYS), "at", r"(?:[.:]\d\d)?\s*(?:am|pm)"),
    "de": ("|".join(d for _, d, _ in WEEKDAYS), "um", r"(?:[.:]\d\d)?\s*Uhr"),
    "nl": ("|".join(d for _, _, d in WEEKDAYS), "om", r"(?:[.:]\d\d)?\s*uur|[.:]\d\d"),
}.items():
    _FREQUENCIES[_lang] += rf"|(?:{_days})\s+{_at}\s+\d{{1,2}}(?:{_hour})"
#: A weekday's part said bare: "retrieved Monday morning".
_FREQUENCIES["en"] += (
    r"|(?:on\s+)?(?:" + "|".join(d for d, _, _ in WEEKDAYS) + r")\s+(?:morning|afternoon|evening)"
)
_FREQUENCY_PATTERNS = word_patterns(_FREQUENCIES)


@_kept
def find_frequencies(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of schedules: "quarterly", "8-mal im Jahr", "elke maand", "per month"."""
    pattern = _FREQUENCY_PATTERNS.get(lang)
    return [m.span() for m in pattern.finditer(text)] if pattern else []


def parse_frequency(text: str, lang: str) -> bool:
    """True for a ``timeframe`` that is a schedule ("quarterly", "pro Monat"), also with
    the days it runs on ("an Bankarbeitstagen stündlich", "hourly on working days")."""
    stripped = text.strip().rstrip(".")
    days = _ON_THE_DAYS.match(stripped)
    head = days.end() if days else 0
    tail = _ON_THE_DAYS_AFTER.search(stripped)
    end = tail.start() if tail else len(stripped)
    hour = _AT_AN_HOUR_AFTER.search(stripped, 0, end)  # "täglich um 14 Uhr": when, each day
    end = hour.start() if hour else end
    spans = find_frequencies(stripped, lang)
    return any(start in (0, head) and stop in (len(stripped), end) for start, stop in spans)


#: The days a schedule runs on, before it ("an Bankarbeitstagen stündlich") or after it.
_DAYS_OF_A_SCHEDULE = (
    r"(?:(?:on|an|op)\s+(?:[^\W\d_]*(?:working|business|banking|Bankarbeits|Arbeits|Werk|"
    r"Geschäfts|werk)\s*(?:days|tagen|dagen)|weekdays|Werktagen|werkdagen|Wochentagen|weekdagen)|"
    # the season it runs in: "im Sommer täglich um 14 Uhr", "daily in summer"
    r"(?:im|in|in\s+the|during\s+the|during|in\s+de|tijdens\s+de)\s+(?:Sommer|Winter|Frühling|"
    r"Frühjahr|Herbst|summer|winter|spring|autumn|zomer|lente|herfst|Saison|season|seizoen|"
    r"Hauptsaison|Nebensaison|high\s+season|hoogseizoen))"
)
_ON_THE_DAYS = re.compile(_DAYS_OF_A_SCHEDULE + r"\s+", re.IGNORECASE)
_ON_THE_DAYS_AFTER = re.compile(r"\s+" + _DAYS_OF_A_SCHEDULE + r"\s*$", re.IGNORECASE)
#: The hour a schedule runs at, after it: "täglich um 14 Uhr", "daily at 9 am".
_AT_AN_HOUR_AFTER = re.compile(
    r"\s+(?:um|at|om|gegen|ab|from|vanaf)\s+(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s*"
    r"(?:Uhr|uur|h|am|pm|a\.m\.|p\.m\.)?\s*$",
    re.IGNORECASE,
)
