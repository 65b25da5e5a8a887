"""Targets read from a metric: a share ("80% of calls"), a score ("4.5 out of 5"), a count
or a limit ("no more than 3 transfers"), with their spans.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sopkit.quantities.number_roles import _is_clock
from sopkit.quantities.tokens import Token, _number_at, _unit_at, tokenize

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
