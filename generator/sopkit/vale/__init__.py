"""sopkit's Vale engine: run the shipped (or the project's) Vale style on an SOP.

Public API: :func:`prose_alerts`, cached per SOP, and :data:`CODES`, which maps Vale
rules to sopkit rule codes so that severities, silencing and reports work as for
every other rule.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sopkit.vale.config import load_vale_config
from sopkit.vale.rules import LANGUAGE_SUFFIX, VOCAB_RULE, JoinedSpans
from sopkit.vale.text import Span, scoped_spans, sentences

if TYPE_CHECKING:
    from sopkit.sop import Sop

LEVEL_RANK = {"suggestion": 0, "warning": 1, "error": 2}

#: Vale rule (without the language suffix) -> sopkit rule code.
CODES: dict[str, str] = {
    "SOP.Hedging": "SOP301",
    "SOP.VagueTiming": "SOP302",
    "SOP.VagueQuantity": "SOP303",
    "SOP.SentenceLength": "SOP304",
    "SOP.Terms": "SOP305",
    VOCAB_RULE: "SOP306",
}
#: Every other Vale rule a team adds to an enabled style.
OTHER_CODE = "SOP300"
#: A rule whose search ran past its time limit (whatever rule it is).
SLOW_CODE = "SOP309"


@dataclass(frozen=True)
class Alert:
    """One Vale alert at a file position."""

    rule: str
    code: str
    level: str
    line: int
    column: int
    message: str
    #: For vague timing (SOP302): a hard time bound in the same sentence, in its words
    #: ("as soon as possible, at the latest within 2 hours"): the wish is then an aside.
    beside_bound: str | None = None


def code_for(rule_name: str) -> str:
    """The sopkit code of a Vale rule (``SOP.HedgingDe`` -> ``SOP301``)."""
    base = rule_name[:-2] if rule_name[-2:] in LANGUAGE_SUFFIX.values() else rule_name
    return CODES.get(base, OTHER_CODE)


def prose_alerts(sop: Sop) -> list[Alert]:
    """Every Vale alert in the SOP's body, for its language, in file order."""
    config = load_vale_config(sop.settings.root)
    minimum = LEVEL_RANK.get(config.min_level, 0)
    masked = sop.masked_blocks
    spans_by_scope: dict[str, tuple[list[Span], JoinedSpans]] = {}
    beside = _BoundsBeside(sop.lang)
    alerts = []
    for rule, level in config.rules_for(sop.path_in_project, sop.lang):
        if LEVEL_RANK[level] < minimum:
            continue
        code = code_for(rule.name)
        if rule.scope not in spans_by_scope:  # each scope is cut and joined once per SOP
            cut = list(scoped_spans(sop.outline, rule.scope, masked))
            spans_by_scope[rule.scope] = (cut, JoinedSpans([span.text for span in cut]))
        spans, joined = spans_by_scope[rule.scope]
        for index, match in rule.run_all(joined, config.accepted):
            line, column = spans[index].position(match.start)
            if match.slow:
                alerts.append(Alert(rule.name, SLOW_CODE, "error", line, column, match.message))
                continue
            bound = beside(spans[index], match.start) if code == "SOP302" else None
            alerts.append(Alert(rule.name, code, level, line, column, match.message, bound))
    alerts.sort(key=lambda a: (a.line, a.column, a.rule))
    return alerts


class _BoundsBeside:
    """The words of a hard time bound in the sentence around a vague word, per SOP.

    The metric's reading applies to steps too: "Reply as soon as possible, and within
    20 working days" commits to 20 working days; the vague words beside it are a wish.
    The sentence is the wording rules' own (abbreviations such as "z. B." do not end
    it), narrowed to the clause between semicolons: each of those is a step of its own.
    Each span is split into sentences once and each clause read once: splitting the
    whole block again for every vague word made a block of 4,000 "asap" take 20 s.
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._sentences: dict[int, tuple[list[int], list[Span]]] = {}
        self._clauses: dict[tuple[int, int, int], str | None] = {}

    def __call__(self, span: Span, offset: int) -> str | None:
        starts, found = self._sentences.get(id(span)) or self._split(span)
        at = bisect.bisect_right(starts, offset) - 1
        sentence = found[at] if at >= 0 and offset < found[at].end else span
        local = offset - sentence.start
        end = sentence.text.find(";", local)
        start = sentence.text.rfind(";", 0, local) + 1
        key = (id(sentence), start, end)
        if key not in self._clauses:
            clause = sentence.text[start : end if end >= 0 else None]
            self._clauses[key] = self._bound_in(clause)
        return self._clauses[key]

    def _split(self, span: Span) -> tuple[list[int], list[Span]]:
        # (keyed by id: the spans live in the caller's lists, and the sentences here, as
        # long as this object; an id is unique while its object lives)
        found = list(sentences(span.block, span.text))
        self._sentences[id(span)] = ([s.start for s in found], found)
        return self._sentences[id(span)]

    def _bound_in(self, clause: str) -> str | None:
        from sopkit.quantities import find_clock_deadlines, find_durations

        bounds = [d.span for d in find_durations(clause, self.lang) if d.amount > 0 or d.relative]
        bounds += find_clock_deadlines(clause, self.lang)
        if not bounds:
            return None
        first, last = min(bounds)
        return clause[first:last].rstrip(".,;:")
