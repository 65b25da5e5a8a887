"""Numbers written as digits or as words, in English, German and Dutch.

Service standards are often written with words ("twenty seconds", "zwanzig Sekunden",
"zestig seconden", "at most once"), so the measurability and timeframe checks need to
read numbers up to at least one hundred in each language. The parser works on single
tokens (German and Dutch write compounds as one word: "einundzwanzig", "eenentwintig")
and on English hyphenated or spaced compounds ("twenty-five", "twenty five").
"""

from __future__ import annotations

import re
from functools import cache

_EN_UNITS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_EN_TIMES = {"once": 1, "twice": 2, "thrice": 3}

_DE_UNITS = {
    "null": 0, "ein": 1, "eins": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1,
    "zwei": 2,
    "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    "zweier": 2, "dreier": 3,  # the genitive: "binnen dreier Monate"
}  # fmt: skip
_DE_TENS = {
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
    "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}  # fmt: skip

_NL_UNITS = {
    "nul": 0, "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5,
    "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12,
    "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17,
    "achttien": 18, "negentien": 19,
}  # fmt: skip
_NL_TENS = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
    "zeventig": 70, "tachtig": 80, "negentig": 90,
}  # fmt: skip

_HUNDRED = {"en": "hundred", "de": "hundert", "nl": "honderd"}
_THOUSAND = {"en": "thousand", "de": "tausend", "nl": "duizend"}

#: Multiplicative adverbs ("einmal", "twice") count as numbers in limits.
_TIMES_SUFFIX = {"de": "mal", "nl": "maal"}

_DIGITS = re.compile(r"^\d+(?:[.,]\d+)?$")


def _compound_below_hundred(word: str, lang: str) -> int | None:
    """Read 1..99 written as one word (or English "twenty-five")."""
    if lang == "en":
        if word in _EN_UNITS:
            return _EN_UNITS[word]
        if word in _EN_TENS:
            return _EN_TENS[word]
        head, sep, tail = word.partition("-")
        if sep and head in _EN_TENS and tail in _EN_UNITS and 0 < _EN_UNITS[tail] < 10:
            return _EN_TENS[head] + _EN_UNITS[tail]
        return None
    units, tens, joiners = (
        (_DE_UNITS, _DE_TENS, ("und",)) if lang == "de" else (_NL_UNITS, _NL_TENS, ("ën", "en"))
    )
    if word in units:
        return units[word]
    if word in tens:
        return tens[word]
    for joiner in joiners:
        unit, sep, ten = word.partition(joiner)
        while sep:
            if unit in units and ten in tens and 0 < units[unit] < 10:
                return units[unit] + tens[ten]
            more_unit, sep, ten = ten.partition(joiner)
            unit = unit + joiner + more_unit
    return None


@cache
def word_to_number(word: str, lang: str) -> int | None:
    """Return the value of one number word in ``lang``, or ``None``.

    Handles compounds up to 9,999 ("hundertzwanzig", "honderdtwintig",
    "two-hundred"), multiplicative adverbs ("once", "zweimal", "eenmaal") and,
    for English, the article "a"/"an" ("an hour").

    Args:
        word: one token, any case.
        lang: ``en``, ``de`` or ``nl``.
    """
    word = word.lower().strip()
    if not word or lang not in _HUNDRED:
        return None
    if lang == "en" and word in _EN_TIMES:
        return _EN_TIMES[word]
    suffix = _TIMES_SUFFIX.get(lang)
    if suffix and word.endswith(suffix) and len(word) > len(suffix):
        stem = word[: -len(suffix)]
        if stem == "ein":
            return 1
        return word_to_number(stem, lang)
    total = 0
    rest = word
    for scale_word, scale in ((_THOUSAND[lang], 1000), (_HUNDRED[lang], 100)):
        head, sep, tail = rest.partition(scale_word)
        if sep:
            head = head.rstrip("-")
            multiplier: int | None
            if head in ("", "ein", "een", "één", "one-", "one", "a"):
                multiplier = 1
            else:
                multiplier = _compound_below_hundred(head, lang)
                if multiplier is None:
                    return None
            total += multiplier * scale
            rest = tail.lstrip("-")
            if lang == "en" and rest.startswith("and-"):
                rest = rest[4:]
            elif lang == "de" and rest.startswith("und"):
                rest = rest[3:]  # "hundertundeins"
    if not rest:
        return total if total else None
    value = _compound_below_hundred(rest, lang)
    if value is None:
        return None
    return total + value


#: Thousands separators: "1,000" in English, "1.000" in German and Dutch (three digits
#: after each separator; "99,5" and "2.5" are decimals).
_THOUSANDS = {"en": re.compile(r"^\d{1,3}(?:,\d{3})+$"), "de": re.compile(r"^\d{1,3}(?:\.\d{3})+$")}
_THOUSANDS["nl"] = _THOUSANDS["de"]


#: Fractions written as one character.
FRACTION_CHARACTERS = {"½": 0.5, "¼": 0.25, "¾": 0.75}

#: A count of times or attempts, as a regular-expression source (to use with
#: ``re.IGNORECASE``): "2 times", "drei mal", "3 keer", "4 attempts", "twice", "zweimal".
COUNT_OF_TIMES = (
    r"(?:(?:\d+|one|two|three|four|five|six|ein|zwei|drei|vier|fünf|sechs|een|twee|drie|vijf|"
    r"zes)\s*(?:times?|x|mal|keer|maal|attempts?|Versuche|pogingen)|once|twice|thrice|einmal|"
    r"zweimal|dreimal|eenmaal|tweemaal|driemaal)"
)


def parse_number(text: str, lang: str) -> float | None:
    """Return the value of a digit string ("99.5", "99,5", "1,000") or a number word."""
    text = text.strip()
    if text in FRACTION_CHARACTERS:  # "½ Hour", as charters' tables write half an hour
        return FRACTION_CHARACTERS[text]
    grouped = _THOUSANDS.get(lang)
    if grouped is not None and grouped.match(text):
        return float(text.replace(",", "").replace(".", ""))
    if _DIGITS.match(text):
        return float(text.replace(",", "."))
    value = word_to_number(text, lang)
    return None if value is None else float(value)
