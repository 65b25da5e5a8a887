"""What a number among words stands for, when it is not a length of time.

"9 am" and "17 uur" after "om" are times of day, "24 hours a day" is an availability,
"twice a day" a rate, "the second week" an ordinal. The duration reader asks these
before it reads a number and a unit as a bound.
"""

from __future__ import annotations

import re

from sopkit.quantities.calendar_days import _WEEKDAY_WORD, GERMAN_ORDINAL_STEMS, MONTH_NAMES
from sopkit.quantities.tokens import Token
from sopkit.quantities.units import _UNIT_WORDS, Duration

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
    "de": {f"{stem}{end}": n for n, stem in enumerate(GERMAN_ORDINAL_STEMS[:8], 1)
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
