"""Vague and hedging phrases that make a standard unmeasurable, per language.

These lists serve the front-matter rules (metric and timeframe). Teams add their own
vague terms in the configuration (``vague_terms``); they are merged in here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

#: Words and phrases that promise speed or quality without a number.
VAGUE: dict[str, tuple[str, ...]] = {
    "en": (
        "as quickly as possible", "as fast as possible", "as soon as possible", "asap",
        "quickly", "quick", "promptly", "rapidly", "speedily", "fast", "soon",
        "timely", "in a timely manner", "in a timely fashion", "in due course",
        "without delay", "without undue delay", "right away", "straight away",
        "immediately", "at once", "as needed", "as required", "when needed", "if needed",
        "when necessary", "reasonable", "reasonably", "appropriate", "appropriately",
        "happy", "delighted", "great service", "excellent service", "friendly",
    ),
    "de": (
        "so schnell wie möglich", "so schnell als möglich", "schnellstmöglich",
        "schnellstens", "baldmöglichst", "möglichst schnell", "möglichst bald", "zeitnah",
        "umgehend", "unverzüglich", "sofort", "schnell", "zügig", "bald", "rechtzeitig",
        "ohne verzögerung", "bei bedarf", "nach bedarf", "angemessen", "zufrieden",
        "glücklich", "freundlich",
    ),
    "nl": (
        "zo snel mogelijk", "zo spoedig mogelijk", "z.s.m.", "zsm", "zo vlug mogelijk",
        "snel", "spoedig", "binnenkort", "tijdig", "direct", "meteen", "onmiddellijk",
        "onverwijld", "per omgaande", "naar behoefte", "indien nodig", "waar nodig",
        "passend", "redelijk", "tevreden", "blij", "vriendelijk",
    ),
}  # fmt: skip

#: Phrases that turn a standard into an intention ("we aim to", "where possible").
HEDGES: dict[str, tuple[str, ...]] = {
    "en": (
        "where possible", "wherever possible", "if possible", "when possible",
        "whenever possible", "as far as possible", "where feasible", "if feasible",
        "where practicable", "if practicable", "we aim to", "aim to", "aims to",
        "we try to", "try to", "tries to", "we strive to", "strive to", "strives to",
        "we endeavour to", "endeavour to", "endeavor to", "we do our best",
        "do our best", "best effort", "best efforts", "ideally", "hopefully",
        "whenever we can", "if we can",
    ),
    "de": (
        "nach möglichkeit", "wenn möglich", "falls möglich", "soweit möglich",
        "sofern möglich", "wo möglich", "im rahmen der möglichkeiten", "möglichst",
        "wir bemühen uns", "bemühen uns", "bemüht sich", "wir versuchen", "versuchen",
        "versucht", "wir streben an", "streben an", "strebt an", "anstreben",
        "idealerweise", "wir geben unser bestes", "unser bestes", "wenn es geht",
    ),
    "nl": (
        "indien mogelijk", "waar mogelijk", "zo mogelijk", "wanneer mogelijk",
        "als het kan", "als het mogelijk is", "voor zover mogelijk", "wij streven ernaar",
        "we streven ernaar", "streven ernaar", "streeft ernaar", "streven naar",
        "wij proberen", "we proberen", "proberen", "probeert", "wij doen ons best",
        "we doen ons best", "ons best", "zijn best", "idealiter", "zo veel mogelijk",
        "zoveel mogelijk",
    ),
}  # fmt: skip

#: Absolutes that read as a target but state no number ("answer every call").
ABSOLUTES: dict[str, tuple[str, ...]] = {
    "en": ("every", "all", "each", "always", "any"),
    "de": ("jede", "jeder", "jedes", "jeden", "alle", "allen", "immer", "stets"),
    "nl": ("elke", "elk", "iedere", "ieder", "alle", "altijd"),
}


@dataclass(frozen=True)
class TermMatch:
    """One phrase found in a text, with its character span."""

    term: str
    start: int
    end: int


class PhraseMatcher:
    """Find whole-word, case-insensitive occurrences of a set of phrases.

    Longer phrases win over their parts ("as soon as possible" over "soon"),
    because the alternation is ordered by length.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        unique = sorted({p.strip().lower() for p in phrases if p.strip()}, key=len, reverse=True)
        self.phrases = tuple(unique)
        if not unique:
            self._pattern = None
            return
        alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in unique)
        self._pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)

    def find(self, text: str) -> list[TermMatch]:
        """Every non-overlapping match in ``text``, left to right."""
        if self._pattern is None:
            return []
        return [TermMatch(m.group(), m.start(), m.end()) for m in self._pattern.finditer(text)]


@cache
def _matcher(kind: str, lang: str, extra: tuple[str, ...]) -> PhraseMatcher:
    table = {"vague": VAGUE, "hedge": HEDGES, "absolute": ABSOLUTES}[kind]
    return PhraseMatcher((*table.get(lang, ()), *extra))


def matcher(
    kind: str, lang: str, extra: Mapping[str, Iterable[str]] | None = None
) -> PhraseMatcher:
    """The cached matcher for ``kind`` (vague, hedge, absolute) in ``lang``.

    Args:
        kind: which list.
        lang: ``en``, ``de`` or ``nl``.
        extra: configured terms per language; the key ``"*"`` applies to all.
    """
    added: tuple[str, ...] = ()
    if extra:
        added = tuple(sorted({*extra.get(lang, ()), *extra.get("*", ())}))
    return _matcher(kind, lang, added)
