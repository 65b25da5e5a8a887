"""Lengths of time and their units: a :class:`Duration` and the words that name units.

Each unit belongs to a family (clock time, months, working days, business hours):
lengths compare only within one family, since a month or a working day has no fixed
number of seconds.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

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
    # both words at once: "2-3 business working weeks"
    "business working day": "working_day", "business working days": "working_day",
    "business working week": "working_week", "business working weeks": "working_week",
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
    # the short genitive: "innerhalb eines Arbeitstags", "binnen eines Kalendertags"
    "arbeitstags": "working_day", "geschäftstags": "working_day", "kalendertags": "day",
    "bankarbeitstags": "working_day", "bankgeschäftstags": "working_day",
    "bankgeschäftstages": "working_day", "öffnungstags": "working_day",
    "praxistags": "working_day", "praxistages": "working_day",
    "ordinationstags": "working_day", "ordinationstages": "working_day",
    "schultags": "school_day", "unterrichtstags": "school_day",
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

_ISO_DURATION = re.compile(
    r"^P(?!$)(?:(?P<year>{n})Y)?(?:(?P<month>{n})M)?(?:(?P<week>{n})W)?(?:(?P<day>{n})D)?"
    r"(?:T(?=\d)(?:(?P<hour>{n})H)?(?:(?P<minute>{n})M)?(?:(?P<second>{n})S)?)?$".format(
        n=r"\d+(?:[.,]\d+)?"
    )
)


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


#: Days in a month, on average: "30 days (a month)" says one bound twice.
_DAYS_PER_MONTH = 30.4375
