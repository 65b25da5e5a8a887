"""Durations and targets read from the words of a standard.

A standard is "specific, measurable and time-bound": ``80% of calls answered within
20 seconds`` holds a *target* (80%) for an *activity* (calls answered) and a
*duration* (20 seconds). This module finds those parts in English, German and Dutch
text and keeps their character spans, so findings can point at the exact words.
It knows nothing of files or rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, NamedTuple

from sopkit.numbers import parse_number

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

_UNIT_WORDS: dict[str, str] = {
    # English
    "s": "second", "sec": "second", "secs": "second", "second": "second", "seconds": "second",
    "min": "minute", "mins": "minute", "minute": "minute", "minutes": "minute",
    "h": "hour", "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour",
    "day": "day", "days": "day", "calendar day": "day", "calendar days": "day",
    "working day": "working_day", "working days": "working_day", "workday": "working_day",
    "workdays": "working_day", "business day": "working_day", "business days": "working_day",
    "work day": "working_day", "work days": "working_day",
    "business hour": "business_hour", "business hours": "business_hour",
    "working hour": "business_hour", "working hours": "business_hour",
    "office hour": "business_hour", "office hours": "business_hour",
    "week": "week", "weeks": "week", "wk": "week", "wks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year",
    # German
    "sek": "second", "sekunde": "second", "sekunden": "second",
    "minute_de": "minute", "minuten": "minute",
    "std": "hour", "stunde": "hour", "stunden": "hour",
    "tag": "day", "tage": "day", "tagen": "day", "kalendertag": "day", "kalendertage": "day",
    "kalendertagen": "day",
    "werktag": "working_day", "werktage": "working_day", "werktagen": "working_day",
    "arbeitstag": "working_day", "arbeitstage": "working_day", "arbeitstagen": "working_day",
    "geschäftstag": "working_day", "geschäftstage": "working_day",
    "geschäftstagen": "working_day",
    "geschäftsstunde": "business_hour", "geschäftsstunden": "business_hour",
    "arbeitsstunde": "business_hour", "arbeitsstunden": "business_hour",
    "woche": "week", "wochen": "week", "monat": "month", "monate": "month",
    "monaten": "month", "jahr": "year", "jahre": "year", "jahren": "year",
    # Dutch
    "seconde": "second", "seconden": "second", "minuut": "minute",
    "uur": "hour", "uren": "hour", "dag": "day", "dagen": "day",
    "kalenderdag": "day", "kalenderdagen": "day",
    "werkdag": "working_day", "werkdagen": "working_day",
    "werkuur": "business_hour", "werkuren": "business_hour",
    "kantooruur": "business_hour", "kantooruren": "business_hour",
    "weken": "week", "maand": "month", "maanden": "month", "jaar": "year", "jaren": "year",
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
}

#: Fractions of a unit written as words: "half an hour", "eine halbe Stunde", "anderhalf uur".
_FRACTION_WORDS: dict[str, float] = {
    "half": 0.5, "halbe": 0.5, "halben": 0.5, "halbes": 0.5, "halve": 0.5,
    "anderthalb": 1.5, "eineinhalb": 1.5, "anderhalf": 1.5, "anderhalve": 1.5,
}  # fmt: skip
_ARTICLES = {"a", "an", "eine", "einen", "ein", "einer", "einem", "een"}

_HUNDREDS = {"hundred", "hundert", "honderd"}

_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+(?:[-'][^\W\d_]+)*\.?|%|\S")

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

    @property
    def family(self) -> str:
        """Units of one family convert into each other exactly."""
        if self.unit in _SECONDS:
            return "calendar"
        if self.unit in _MONTHS:
            return "months"
        if self.unit == "working_day":
            return "working_days"
        return "business_hours"

    @property
    def base_amount(self) -> float:
        """The amount in the family's base unit (seconds, months, or the unit itself)."""
        if self.unit in _SECONDS:
            return self.amount * _SECONDS[self.unit]
        if self.unit in _MONTHS:
            return self.amount * _MONTHS[self.unit]
        return self.amount * _BUSINESS_HOURS.get(self.unit, 1)

    def same_as(self, other: Duration) -> bool:
        """True when both state the same time bound ("2 hours" and "120 minutes")."""
        return self.family == other.family and abs(self.base_amount - other.base_amount) < 1e-9

    def describe(self) -> str:
        """Plain English words, used in messages and on the site: "2 working days"."""
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
            "text": self.describe(),
        }


def _unit_at(tokens: list[Token], index: int) -> tuple[str, int] | None:
    """Return ``(unit, tokens used)`` when a unit word starts at ``tokens[index]``."""
    if index >= len(tokens):
        return None
    if index + 1 < len(tokens):
        pair = f"{tokens[index].word} {tokens[index + 1].word}"
        if pair in _UNIT_WORDS:
            return _UNIT_WORDS[pair], 2
    word = tokens[index].word
    if word in _UNIT_WORDS:
        return _UNIT_WORDS[word], 1
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
    is_word = not token.text[0].isdigit()
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
        if nxt_value is not None and 0 < nxt_value < 10 and not nxt.text[0].isdigit():
            value, used = value + nxt_value, 2  # "twenty five"
    if lang == "en" and [t.word for t in tokens[index + used : index + used + 3]] == [
        "and", "a", "half",
    ]:  # fmt: skip
        value, used = value + 0.5, used + 3  # "one and a half hours"
    return value, used


def find_durations(text: str, lang: str) -> list[Duration]:
    """Every "<number> <unit>" in ``text``, in order ("within 20 seconds")."""
    tokens = tokenize(text)
    found: list[Duration] = []
    index = 0
    while index < len(tokens):
        number = _number_at(tokens, index, lang)
        if number is not None:
            value, used = number
            unit = _unit_at(tokens, index + used)
            # "a" and "an" are numbers only right before a unit ("an hour").
            if unit is not None:
                name, unit_used = unit
                end = tokens[index + used + unit_used - 1].end
                found.append(Duration(value, name, (tokens[index].start, end)))
                index += used + unit_used
                continue
        index += 1
    return found


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


_TIMEFRAME_FILLER = {
    "within", "in", "after", "under", "max", "maximum", "at", "most", "no", "later", "than",
    "innerhalb", "von", "binnen", "uiterlijk", "spätestens", "höchstens", "maximal",
    "maximaal", "of", "per", "every", "each", "jede", "jeden", "elke", "iedere", "nach", "na",
}  # fmt: skip


def parse_timeframe(text: str, lang: str) -> Duration | None:
    """Read a whole timeframe value: "20 seconds", "within 2 Werktage", "PT20S".

    Returns ``None`` when the text is not one duration (or a sum of durations of
    one family, "1 hour 30 minutes"), with at most a leading preposition such as
    "within", "innerhalb von" or "binnen".
    """
    stripped = text.strip()
    iso = parse_iso_duration(stripped)
    if iso is not None:
        return iso
    durations = find_durations(stripped, lang)
    if not durations:
        return None
    tokens = tokenize(stripped)
    covered = set()
    for duration in durations:
        covered.update(range(*duration.span))
    for token in tokens:
        if token.start in covered:
            continue
        if token.word in _TIMEFRAME_FILLER or token.word in {"and", "und", "en", ",", "."}:
            continue
        return None
    if len(durations) == 1:
        return Duration(durations[0].amount, durations[0].unit, (0, len(stripped)))
    families = {d.family for d in durations}
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

TargetKind = Literal["percent", "fraction", "score", "limit"]

_PERCENT_WORDS = {"%", "percent", "pct", "prozent", "procent"}
_PERCENT_PAIRS = {("per", "cent")}
_OUT_OF = {
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
        kind: ``percent`` (80%), ``fraction`` (9 out of 10), ``score`` (4.5 out of 5)
            or ``limit`` (at most once).
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
        """The target as a share of 100 for percentages and fractions, else ``None``."""
        if self.kind == "percent":
            return self.value
        if self.kind == "fraction" and self.scale:
            return 100 * self.value / self.scale
        return None

    def describe(self) -> str:
        """Plain English words: "80%", "9 out of 10", "at least 4.5 out of 5", "at most 1"."""
        value = _fmt(self.value)
        if self.kind == "percent":
            return f"{value}%"
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
        start = tokens[index].start
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
            tokens[index].text[0].isdigit() and tokens[scale_index].text[0].isdigit()
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
