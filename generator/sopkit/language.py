"""Which of sopkit's languages a text is written in, told by its short everyday words.

The judgement rules read hedges, vague words and units in the SOP's ``lang``: a Dutch
SOP marked ``en`` (the default, when an editor leaves ``lang`` out) passes "Wij streven
ernaar ... binnen 5 werkdagen", which its own language's rules refuse. Function words
("wij", "binnen", "het"; "wir", "innerhalb", "der"; "within", "the") tell the three
languages apart on a few sentences; words the languages share ("in", "is", "die", "we",
"of", "an", "met") are left out, so that they count for none.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MARKERS: dict[str, frozenset[str]] = {
    "en": _words(
        "the and you within to are our your will for with by on at be it this that from than "
        "every each after before days hours working calls answer answered customer customers "
        "all weeks minutes seconds when which"
    ),
    "de": _words(
        "der das und wir sie innerhalb von ist sind unsere unser ihre ihr werden wird für mit "
        "bis auf zu den dem nicht eine einer einen ein auch oder nach tage tagen werktage "
        "werktagen stunden sekunden wochen anrufe kunden jede jeden wenn"
    ),
    "nl": _words(
        "het en wij u binnen van zijn onze uw worden wordt voor tot op te een niet dat ook "
        "na dagen werkdagen uur seconden weken klanten ons bij aan elke wanneer "
        "gesprekken"
    ),
}
#: Each marker word and the languages it marks: one lookup per word of the text.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(lang for lang, markers in _MARKERS.items() if word in markers)
    for word in frozenset().union(*_MARKERS.values())
}
_WORD = re.compile(r"[^\W\d_]+")
#: How much text is read: the first paragraphs tell the language.
_MAX_CHARS = 5_000
#: The least number of marker words before a text is said to be in a language, and how
#: far it must lead the declared language (a quoted phrase or a loanword is not enough).
_MIN_WORDS = 4
_LEAD = 3


@dataclass(frozen=True)
class Guess:
    """The language a text reads as, and the words that tell it (most frequent first)."""

    lang: str
    evidence: tuple[str, ...]


def marker_counts(text: str) -> dict[str, Counter[str]]:
    """The marker words of each language in ``text`` (its first 5,000 characters)."""
    counts: dict[str, Counter[str]] = {lang: Counter() for lang in _MARKERS}
    for word in _WORD.findall(text[:_MAX_CHARS].lower()):
        for lang in _LANGUAGES_OF.get(word, ()):
            counts[lang][word] += 1
    return counts


def other_language(text: str, declared: str) -> Guess | None:
    """The language ``text`` is clearly written in, when it is not ``declared``.

    Clearly: at least four of its marker words, and at least three more than the
    declared language has plus twice that language's count.
    """
    counts = marker_counts(text)
    own = sum(counts.get(declared, Counter()).values())
    best = max(counts, key=lambda lang: sum(counts[lang].values()))
    found = sum(counts[best].values())
    if best == declared or found < _MIN_WORDS or found < 2 * own + _LEAD:
        return None
    return Guess(best, tuple(word for word, _ in counts[best].most_common(3)))


def guess_language(text: str, default: str) -> str:
    """The language of ``text``, or ``default`` when the text does not say clearly."""
    guess = other_language(text, default)
    return guess.lang if guess is not None else default
