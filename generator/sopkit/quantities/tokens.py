"""Words and numbers of a text as tokens, and the number or unit at a token.

Every reader in this package walks the same tokens, so a number written "4,5",
"twenty-four" or "½" is read alike wherever it stands.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from sopkit.numbers import FRACTION_CHARACTERS, parse_number
from sopkit.quantities.units import _UNIT_WORDS

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
