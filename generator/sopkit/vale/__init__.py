"""sopkit's Vale engine: run the shipped (or the project's) Vale style on an SOP.

Public API: :func:`prose_alerts`, cached per SOP, and :data:`CODES`, which maps Vale
rules to sopkit rule codes so that severities, silencing and reports work as for
every other rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sopkit.vale.config import VOCAB_RULE, load_vale_config
from sopkit.vale.rules import LANGUAGE_SUFFIX, JoinedSpans
from sopkit.vale.text import Span, scoped_spans

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


@dataclass(frozen=True)
class Alert:
    """One Vale alert at a file position."""

    rule: str
    code: str
    level: str
    line: int
    column: int
    message: str


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
    for rule, level in config.rules_for(sop.display_path, sop.lang):
        if LEVEL_RANK[level] < minimum:
            continue
        code = code_for(rule.name)
        if rule.scope not in spans_by_scope:  # each scope is cut and joined once per SOP
            cut = list(scoped_spans(sop.outline, rule.scope, masked))
            spans_by_scope[rule.scope] = (cut, JoinedSpans([span.text for span in cut]))
        spans, joined = spans_by_scope[rule.scope]
        for index, match in rule.run_all(joined, config.accepted):
            line, column = spans[index].position(match.start)
            alerts.append(Alert(rule.name, code, level, line, column, match.message))
    alerts.sort(key=lambda a: (a.line, a.column, a.rule))
    return alerts
