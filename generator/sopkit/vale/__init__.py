"""sopkit's Vale engine: run the shipped (or the project's) Vale style on an SOP.

Public API: :func:`prose_alerts`, cached per SOP, and :data:`CODES`, which maps Vale
rules to sopkit rule codes so that severities, silencing and reports work as for
every other rule.
"""

from __future__ import annotations

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
            bound = _bound_beside(spans[index], match.start, sop.lang) if (
                code == "SOP302"
            ) else None  # fmt: skip
            alerts.append(Alert(rule.name, code, level, line, column, match.message, bound))
    alerts.sort(key=lambda a: (a.line, a.column, a.rule))
    return alerts


def _bound_beside(span: Span, offset: int, lang: str) -> str | None:
    """The words of a hard time bound in the sentence of ``span`` around ``offset``.

    The metric's reading applies to steps too: "Reply as soon as possible, and within
    20 working days" commits to 20 working days; the vague words beside it are a wish.
    The sentence is the wording rules' own (abbreviations such as "z. B." do not end
    it), narrowed to the clause between semicolons: each of those is a step of its own.
    """
    from sopkit.quantities import find_clock_deadlines, find_durations

    sentence = next(
        (s for s in sentences(span.block, span.text) if s.start <= offset < s.end), span
    )
    local = offset - sentence.start
    end = sentence.text.find(";", local)
    clause = sentence.text[sentence.text.rfind(";", 0, local) + 1 : end if end >= 0 else None]
    bounds = [d.span for d in find_durations(clause, lang) if d.amount > 0 or d.relative]
    bounds += find_clock_deadlines(clause, lang)
    if not bounds:
        return None
    first, last = min(bounds)
    return clause[first:last].rstrip(".,;:")
