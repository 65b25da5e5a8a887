"""How a service manager reads a metric: what is committed, and what only sounds good.

A standard is measurable when an observer can mark each case pass or fail: an
activity and a bound. The bound is a time bound ("within 10 working days", "next
working day", "within five rings"), possibly with a share ("80% of ..."), or a
quantified target without time (a limit, a score). A bound with no share is an
absolute commitment: every case, 100%.

Words around the bound are judged by their role:

- **hedges** ("usually", "in der Regel", "wij streven ernaar") make the bound
  optional: the standard becomes a wish, wherever they stand;
- **approximations** ("about 5 days", "etwa 3 Wochen") make the bound fuzzy;
- **vague words** ("as soon as possible", "zeitnah", "tijdig") are the commitment
  only when no hard bound stands beside them: "as soon as possible, at the latest
  within 4 hours" commits to 4 hours, and the wish beside it is a soft part;
- vague words **inside a condition** ("If we cannot answer straight away, ...")
  say when the standard applies, not what it promises.

This module reads; the rules (SOP101, SOP102, SOP107, SOP108) report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from sopkit.clauses import condition_spans, customer_clause_spans, purpose_spans
from sopkit.numbers import word_to_number
from sopkit.quantities import (
    Duration,
    find_availability,
    find_clock_deadlines,
    find_durations,
    find_frequencies,
    find_stated_deadlines,
)
from sopkit.standard import MAX_METRIC_CHARS, parse_standard
from sopkit.terms import TermMatch, approximations, hedges_in, vague_terms_in
from sopkit.wordpatterns import word_patterns

#: Words that put a hard cap after a soft wish: "as soon as possible, but at the latest
#: within 4 hours"; a hedge before them qualifies the wish, not the cap.
_HARD_CAP: dict[str, str] = {
    "en": r"at\s+the\s+latest|no\s+later\s+than|in\s+any\s+case|in\s+all\s+cases|"
          r"in\s+any\s+event|at\s+all\s+events|in\s+all\s+circumstances|"
          r"but\s+(?:[\w-]+\s+){0,5}?within|"
          r"and\s+always\s+within|at\s+most|not\s+later\s+than|by\s+no\s+later\s+than|"
          r"(?:we\s+)?(?:promise|guarantee|commit)|certainly|(?:can|may)\s+take\s+up\s+to|up\s+to|"
          r"in\s+every\s+case|at\s+the\s+very\s+latest|always|or\s+within|or\s+at\s+the\s+latest|"
          r"no\s+longer\s+than|not\s+longer\s+than|(?:a|the)\s+maximum\s+of|"
          r"or\s+by|never\s+(?:more|longer)\s+than|not\s+exceeding|not\s+to\s+exceed|"
          # a firm promise after the wish: "aims to deal with it as quickly as possible and
          # will respond within 7 working days"; a floor on notice after one: "as early as
          # possible, but at least 24 hours before"
          r"and\s+(?:we\s+)?will\s+(?:[\w-]+\s+){0,5}?within|but\s+at\s+least",
    "de": r"spätestens|längstens|jedenfalls|auf\s+jeden\s+Fall|in\s+jedem\s+Fall|höchstens|"
          r"(?:aber|jedoch)\s+(?:[\w-]+\s+){0,3}?innerhalb|maximal|sicher|immer|garantiert|bis\s+zu|"
          r"oder\s+spätestens|oder\s+innerhalb|nicht\s+länger\s+als|(?:ein|das)\s+Maximum\s+von|"
          r"nie(?:mals)?\s+(?:mehr|länger)\s+als|aber\s+(?:ggf\.\s*|gegebenenfalls\s+)?bis|"
          r"nicht\s+mehr\s+als|"
          # "möglichst frühzeitig, mindestens jedoch 24 Stunden vor dem Termin"; "und wird
          # innerhalb von 7 Werktagen antworten"
          r"mindestens\s+(?:jedoch|aber)|und\s+(?:wir\s+)?(?:wird|werden)\s+(?:[\w-]+\s+){0,4}?"
          r"innerhalb",
    "nl": r"uiterlijk|in\s+ieder\s+geval|in\s+elk\s+geval|hoe\s+dan\s+ook|"
          r"maar\s+(?:[\w-]+\s+){0,3}?binnen|"
          r"ten\s+hoogste|maximaal|altijd\s+binnen|zeker|altijd|hooguit|gegarandeerd|of\s+uiterlijk|"
          r"of\s+binnen|niet\s+langer\s+dan|(?:een|het)\s+maximum\s+van|ten\s+laatste|"
          r"nooit\s+(?:meer|langer)\s+dan|niet\s+meer\s+dan|"
          # "zo vroeg mogelijk, maar minimaal 24 uur van tevoren"; "en zal binnen 7 werkdagen"
          r"(?:maar|echter)\s+(?:minimaal|minstens|ten\s+minste)|(?:minimaal|minstens)\s+echter|"
          r"en\s+(?:wij\s+|we\s+)?(?:zal|zullen)\s+(?:[\w-]+\s+){0,4}?binnen|"
          # "maar kan in uitzonderlijke gevallen tot 48 uur uitlopen"
          r"(?:kan|kunnen)\s+(?:[\w-]+\s+){0,4}?tot(?=\s+(?:maximaal\s+)?\d)|"
          # "met een maximum termijn van één maand", "een maximale duur van"
          r"(?:een|het|de)\s+(?:maximum|maximale)\s+(?:termijn|duur|doorlooptijd|tijd)\s+van",
}  # fmt: skip
_HARD_CAP_PATTERNS = word_patterns(_HARD_CAP)
#: The caps that are a further promise joined by "and": they override a vague wish, never a
#: hedged bound of its own.
_A_FURTHER_PROMISE = re.compile(r"(?:and|und|en)\s", re.IGNORECASE)
#: A time of day: "16:30 Uhr", "17.00 uur", "5pm".
_CLOCK_TIME = re.compile(
    r"(?<![\w.:])\d{1,2}(?:[:.]\d{2}\s*(?:Uhr|uur|h)?|\s*(?:Uhr|uur|am|pm)(?![\w-]))",
    re.IGNORECASE,
)


#: Vague shapes of nearness: "as close as possible", "so nah wie möglich", "zo kort mogelijk".
_NEARNESS = re.compile(r"\b(?:close|closely|near|nah|nahe|dicht|kort)\b", re.IGNORECASE)
#: What joins a bound to its restatement: "sofort, d.h. innerhalb weniger Minuten".
_RESTATED = re.compile(
    r"[^.;:]{0,60}?,?\s*(?:d\.\s*h\.|das\s+heißt|i\.\s*e\.|that\s+is(?:\s+to\s+say)?|namely|"
    r"nämlich|dus|oftewel|m\.a\.w\.|met\s+andere\s+woorden)\s*,?\s*(?:(?:within|innerhalb|binnen|"
    r"in|nach|after|na)\s+(?:von\s+)?)?",
    re.IGNORECASE,
)
#: What may stand between such a shape and the bound it softens: "to", "an", "bij", "op".
_NEAR_GAP = re.compile(r"\s*(?:(?:to|at|on|an|am|zum|zur|bij|aan|op|tot)\s+)?", re.IGNORECASE)


@dataclass(frozen=True)
class Judgement:
    """The parts of one metric that the rules report on.

    Attributes:
        hedges: hedge phrases that qualify the bound, in order.
        approximations: "about"-words right before a bound's number.
        vague: vague words outside conditions and bounds.
        soft_hedges: hedges that qualify something other than the bound (a soft
            wish before a hard cap, an aside, their own clause): warnings, not errors.
        has_time_bound: a time bound, an availability or a deadline set elsewhere,
            anywhere in the metric ("If it is not paid within 10 working days, we pay
            £40" is checked case by case).
        has_main_bound: a time bound or a deadline set elsewhere, outside
            conditions: only then is a vague word a soft wish beside the commitment,
            not the commitment itself ("promptly, 24 hours a day" promises nothing
            checkable about the response).
    """

    hedges: tuple[TermMatch, ...]
    approximations: tuple[TermMatch, ...]
    vague: tuple[TermMatch, ...]
    has_time_bound: bool
    has_main_bound: bool
    soft_hedges: tuple[TermMatch, ...] = ()
    unbounded_promise: tuple[TermMatch, ...] = ()
    """Vague words that are the only timing of a second promise after every bound
    ("..., and will pay any grant due as soon as possible"): errors, not wishes."""

    @property
    def soft_parts(self) -> tuple[TermMatch, ...]:
        """Everything SOP108 may warn about beside a bound, left to right."""
        parts = [t for t in self.vague + self.soft_hedges if t not in self.unbounded_promise]
        return tuple(sorted(parts, key=lambda t: t.start))


#: A lead time nobody measured: before an event it leaves no bound ("dem Studio wird vor
#: dem Stechtermin genügend Zeit eingeräumt", "in good time before your appointment").
_VAGUE_LEAD = re.compile(
    r"(?<![\w-])(?:genügend|ausreichend|genug)\s+Zeit|(?:enough|sufficient|adequate|plenty\s+of)\s+"
    r"time|in\s+good\s+time|voldoende\s+tijd|ruim\s+(?:op\s+)?tijd(?![\w-])|"
    # "rechtzeitig vor Beginn der Sondernutzung", "tijdig voor aanvang"
    r"(?<![\w-])(?:rechtzeitig|tijdig|timely)(?![\w-])",
    re.IGNORECASE,
)


def _checkable_starts(metric: str, lang: str, bounds: list[Duration]) -> list[int]:
    """Where a bound, schedule, deadline or availability starts in ``metric``."""
    starts = [d.span[0] for d in bounds]
    for find in (find_frequencies, find_availability, find_stated_deadlines, find_clock_deadlines):
        starts += [start for start, _ in find(metric, lang)]
    return starts


def _outside(terms: list[TermMatch], spans: list[tuple[int, int]]) -> tuple[TermMatch, ...]:
    return tuple(t for t in terms if not any(a <= t.start < b for a, b in spans))


def _without_overlaps(
    terms: tuple[TermMatch, ...], taken: tuple[TermMatch, ...]
) -> tuple[TermMatch, ...]:
    return tuple(t for t in terms if not any(t.start < o.end and o.start < t.end for o in taken))


@lru_cache(maxsize=4096)
def judge(
    metric: str, lang: str, vague_terms: tuple[tuple[str, tuple[str, ...]], ...]
) -> Judgement:
    """Read ``metric`` in ``lang``; ``vague_terms`` are the configured extra terms.

    Cached: the metric is judged by several rules, and by every location variant
    that keeps it.
    """
    metric = metric[:MAX_METRIC_CHARS]
    extra = {key: list(values) for key, values in vague_terms}
    every_bound = find_durations(metric, lang)
    standard = parse_standard(metric, None, lang)
    main_bounds = list(standard.metric_durations)  # the bounds outside conditions
    if _VAGUE_LEAD.search(metric):  # "genügend Zeit vor dem Stechtermin": no bound, a vague lead
        every_bound = [d for d in every_bound if d.relative != "before the event"]
        main_bounds = [d for d in main_bounds if d.relative != "before the event"]
    conditions = condition_spans(metric, lang)
    vague = _outside(vague_terms_in(metric, lang, extra), conditions)
    purposes = purpose_spans(metric, lang)
    checkable = _checkable_starts(metric, lang, every_bound) if purposes else []
    if (
        purposes
        and (
            any(start < purposes[0][0] for start in checkable)
            # a purpose said first: "Om afwijkingen tijdig op te sporen, vergelijken we ...
            # minstens jaarlijks"
            or (
                not metric[: purposes[0][0]].strip()
                and any(start >= purposes[0][1] for start in checkable)
            )
        )
    ):
        vague = _outside(list(vague), purposes)  # the aim of a checkable step, not its bound
    # a deadline inside a condition is when it applies ("Wenn bis 21. November kein
    # Zählerstand gemeldet wird, ..."), not the standard's own bound; nor is one that a
    # vague word names ("innerhalb einer angemessenen Frist")
    stated = standard.stated_deadline is not None and any(
        not any(start <= at < end for start, end in conditions)
        and not any(at < v.end and v.start < until for v in vague)
        for at, until in find_stated_deadlines(metric, lang) + find_clock_deadlines(metric, lang)
    )
    vague = tuple(
        v for v in vague if not any(v.start < d.span[1] and d.span[0] < v.end for d in every_bound)
    )
    if every_bound:  # "De redelijke termijn is in ieder geval verstreken wanneer ... 18 weken"
        vague = tuple(v for v in vague if not _DEFINED_BY_A_LIMIT.match(metric, v.end))
        # "... is prompt if done within 48 hours": the condition's bound is the standard's,
        # and it defines the word wherever the sentence uses it
        definitions = [
            v for v in vague
            if _DEFINED_BY_A_CONDITION.match(metric, v.end)
            and _DEFINED_TERM_BEFORE.search(metric, max(0, v.start - 40), v.start)
        ]  # fmt: skip
        for definition in definitions:
            bound = next((d for d in every_bound if d.span[0] >= definition.end), None)
            if bound is not None and bound not in main_bounds:
                main_bounds.append(bound)
        defined = {v.term.lower() for v in definitions}
        vague = tuple(v for v in vague if v.term.lower() not in defined)
    hedges = tuple(
        h for h in hedges_in(metric, lang)
        if not _describes_a_condition(h, every_bound)
        # "If it may happen that a delivery is late, we inform ...": the condition's own;
        # not a condition that is the hedge and nothing else ("Soweit organisatorisch
        # möglich, ...", "Where operationally possible, ...")
        and not any(
            start <= h.start < end and not _only_the_hedge(metric[start:end], h.term)
            for start, end in conditions
        )
        and not _qualifies_the_channel(metric, h, every_bound)
        and not _SOMETIMES_UP_TO_A_CAP.match(metric, h.start)
        and not _possibility_elsewhere(metric, h, every_bound)
    )  # fmt: skip
    schedules = find_frequencies(metric, lang)
    # "Falls ich einmal am Tag kommen soll, komme ich in der Regel zwischen 6 und 12 Uhr":
    # a schedule inside a condition says when it applies; the hedge after it is no aside
    main_ends = [
        end for end in _other_bound_ends(metric, lang, schedules)
        if not any(start < end <= stop for start, stop in conditions)
    ]  # fmt: skip
    # "kann sich je nach Auslastung verschieben, es wird aber garantiert, dass ... mindestens
    # einmal jährlich": the guarantee after the vague words holds
    vague = tuple(v for v in vague if not _guaranteed_after(metric, v.end, main_bounds, main_ends))
    soft = _soft_hedges(metric, lang, hedges, vague, main_bounds, main_ends)
    hedges = hedges + _should_after_condition(metric, lang, conditions, hedges)
    hedges = tuple(h for h in hedges if h not in soft)
    vague = _without_overlaps(vague, hedges)
    starts = [d.span[0] for d in every_bound]
    if not every_bound:  # "Der späteste Warenausgang ist um ca. 16:30 Uhr": the only time
        starts += [m.start() for m in _CLOCK_TIME.finditer(metric)]
    schedule_starts = [start for start, _ in schedules]
    if standard.frequency:  # "(ca. monatlich)": an approximate schedule
        starts += schedule_starts
    # "If the repair takes longer than about 2 hours, we ...": the condition's length is
    # approximate, not the promise's bound
    # "Überweisungen, die Sie bis ca. 20.15 Uhr erfassen, werden noch im alten Jahr
    # gebucht": the customer's cut-off is approximate, not the bound; a span in such a
    # clause may be the bound ("letters that you send within about 10 days"), so not there
    cut_offs = [
        (start, end) for start, end in customer_clause_spans(metric)
        if not any(start <= d.span[0] < end for d in every_bound)
    ]  # fmt: skip
    approx = _outside(approximations(metric, lang, starts), conditions + cut_offs)
    # "zo kort mogelijk op de ledigingsdag", "as close as possible to the delivery date":
    # nearness to a bound makes the bound itself approximate
    near = tuple(
        v for v in vague
        if _NEARNESS.search(v.term) and any(_NEAR_GAP.fullmatch(metric, v.end, s) for s in starts)
    )  # fmt: skip
    # "sofort nach der Prüfung, d.h. innerhalb weniger Minuten": the bound said again, vaguely
    ends = [d.span[1] for d in every_bound]
    restated = tuple(
        v for v in vague
        if any(_RESTATED.fullmatch(metric, end, v.start) for end in ends if end <= v.start)
    )  # fmt: skip
    approx += near + restated
    # "checked regularly (3 to 4 times) during the workday": the bracket right after the
    # vague word says what it means; the word is a wish beside that bound
    said = starts + schedule_starts
    explained = tuple(v for v in vague if _explained_in_brackets(metric, v.end, said))
    # "mindestens 1x im Jahr, bei Bedarf im Beisein des Eigentümers": the need decides
    # the aside's extra, not the bound or schedule before it
    last = max([d.span[1] for d in every_bound] + [end for _, end in schedules], default=None)
    extras = tuple(
        v for v in vague
        if last is not None and _NEED.fullmatch(v.term) and _an_extra(metric, v, last)
    )  # fmt: skip
    soft += explained + extras
    vague = tuple(
        v for v in vague
        if v not in near and v not in restated and v not in explained and v not in extras
    )  # fmt: skip
    measurable = bool(
        every_bound or standard.stated_deadline or standard.availability or standard.frequency
    )
    second = _second_promise_start(metric, lang, every_bound)
    unbounded = tuple(v for v in vague if second is not None and v.start >= second)
    return Judgement(
        hedges, approx, vague, measurable, bool(main_bounds) or stated, soft, unbounded
    )


#: "As a rule" and its kin, which may say how the answer comes rather than when.
_AS_A_RULE = frozenset({
    "i.d.r.", "in der regel", "normalerweise", "üblicherweise", "meist", "meistens",
    "usually", "normally", "generally", "typically", "as a rule",
    "meestal", "doorgaans", "normaal gesproken", "in de regel", "gewoonlijk",
})  # fmt: skip
#: The channel an answer comes by: "telefonisch oder per E-Mail", "by phone", "schriftelijk".
_CHANNEL = re.compile(
    r"\s*,?\s*(?:telefonisch|schriftlich|persönlich|per\s+(?:E-?Mail|Post|Telefon|Brief|SMS)|"
    r"by\s+(?:phone|telephone|e-?mail|post|letter|text)|in\s+writing|over\s+the\s+phone|"
    r"in\s+person|schriftelijk|persoonlijk|per\s+(?:e-?mail|post|brief|telefoon|sms))(?![\w-])",
    re.IGNORECASE,
)


#: "Sometimes" before a cap: the cap holds every time, only reaching it is occasional
#: ("Een kennismakingsgesprek kan soms uitlopen tot maximum anderhalf uur").
_SOMETIMES_UP_TO_A_CAP = re.compile(
    r"(?:sometimes|occasionally|soms|af\s+en\s+toe|manchmal|gelegentlich)\s+(?:[^\W\d_]+\s+){0,3}?"
    r"(?:up\s+to(?:\s+a\s+maximum\s+of)?|at\s+most|no\s+more\s+than|tot\s+(?:een\s+)?"
    r"maxim(?:um|aal)(?:\s+van)?|maximaal|hoogstens|bis\s+(?:zu|maximal|höchstens)|höchstens|"
    r"maximal)\s+\S",
    re.IGNORECASE,
)


#: Hedges that say something may happen; they hedge the bound only in its own clause.
_POSSIBILITIES = frozenset({
    "probably", "it is possible that", "it's possible that", "may well", "wahrscheinlich",
    "vermutlich", "es ist möglich, dass", "es ist möglich dass", "kann durchaus",
    "können durchaus", "waarschijnlijk", "het is mogelijk dat", "het kan goed zijn dat",
})  # fmt: skip
#: Where a clause of its own starts: a subordinate or relative clause the possibility is in
#: ("what has probably caused", "Although demand may well be high", "Wer wahrscheinlich").
_CLAUSE_OF_ITS_OWN = re.compile(
    r"(?<![\w-])(?:what|which|who|whom|whose|when|where|because|since|although|though|while|"
    r"whereas|as|if|was|welche[rsmn]?|wer|wann|wo|weil|da|obwohl|wenn|falls|wat|welke|wie|"
    r"wanneer|waar|omdat|aangezien|hoewel|als|indien)(?![\w-])",
    re.IGNORECASE,
)


def _possibility_elsewhere(metric: str, hedge: TermMatch, bounds: list[Duration]) -> bool:
    """True for "probably", "es ist möglich, dass" and their kin outside the bound's clause:
    no bound follows in the same clause ("It is possible that your call is recorded; we
    answer 80% ..."), the hedge sits in a clause of its own ("what has probably caused
    the fault"), or a firm bound came before it ("90% within 60 seconds; the rest will
    probably ..." hedges only the rest)."""
    if hedge.term.lower() not in _POSSIBILITIES:
        return False
    start = max((m.end() for m in _CLAUSE_MARK.finditer(metric, 0, hedge.start)), default=0)
    if _CLAUSE_OF_ITS_OWN.search(metric, start, hedge.start):
        return True
    if any(d.span[1] <= hedge.start and ";" in metric[d.span[1] : hedge.start] for d in bounds):
        return True
    return not any(
        d.span[0] >= hedge.end and not _SENTENCE_MARK.search(metric, hedge.end, d.span[0])
        for d in bounds
    )


#: Where a clause ends (a full stop only before a space: "20.00 uur" is a time).
_CLAUSE_MARK = re.compile(r"[,;:]|\.(?=\s|$)")
_SENTENCE_MARK = re.compile(r";|\.(?=\s|$)")


def _qualifies_the_channel(metric: str, hedge: TermMatch, bounds: list[Duration]) -> bool:
    """True for "as a rule" after the bound and before the channel it qualifies: "binnen
    14 Tagen nach Eingang des Schreibens i.d.R. telefonisch oder per E-Mail" promises the
    14 days; only the way of contact is usual."""
    return (
        hedge.term.lower() in _AS_A_RULE
        and any(bound.span[1] <= hedge.start for bound in bounds)
        and _CHANNEL.match(metric, hedge.end) is not None
    )


#: Words that make something happen only when needed: "bei Bedarf", "if needed".
_NEED = re.compile(
    r"(?:bei|nach)\s+bedarf|(?:if|as|when|where)\s+(?:needed|required|necessary)|"
    r"(?:wenn|falls)\s+nötig|(?:indien|zo|waar)\s+nodig|naar\s+behoefte",
    re.IGNORECASE,
)
#: The rest of an aside: up to the next comma, semicolon, bracket or full stop.
_ASIDE_REST = re.compile(r"[^,;.()]*")


def _an_extra(metric: str, term: TermMatch, last_bound: int) -> bool:
    """True when ``term`` opens an aside after every bound, with words of its own after
    it: ", bei Bedarf im Beisein des Eigentümers". The need decides the extra; alone
    (", bei Bedarf") or before the bound it still makes the bound vague."""
    if term.start < last_bound or metric[last_bound : term.start].rstrip()[-1:] != ",":
        return False
    rest = _ASIDE_REST.match(metric, term.end)
    return rest is not None and len(rest.group().split()) >= 2


def _explained_in_brackets(metric: str, end: int, starts: list[int]) -> bool:
    """True when a bracket opens right at ``end`` with a bound or schedule: "(3 to 4
    times)", not "(working days from Monday to Friday)"."""
    opening = _BRACKET_OPENS.match(metric, end)
    return opening is not None and opening.end() in starts


_BRACKET_OPENS = re.compile(r"\s*\(\s*")


#: A second promise joined after the bounds: ", and will pay", "and we will send".
_SECOND_PROMISE: dict[str, re.Pattern[str]] = {
    "en": re.compile(r",?\s+and\s+(?:we\s+)?(?:will|shall)\s+(?!be\b)[a-z]+\b", re.IGNORECASE),
}


def _second_promise_start(metric: str, lang: str, bounds: list[Duration]) -> int | None:
    """Where a second promise with no bound of its own starts, after every bound."""
    pattern = _SECOND_PROMISE.get(lang)
    if pattern is None or not bounds:
        return None
    last = max(d.span[1] for d in bounds)
    match = pattern.search(metric, last)
    return match.start() if match else None


#: An open end ("30 days or longer") hedges the bound it follows.
_OPEN_END = re.compile(
    r"(?:(?:or|oder|of)\s+)?(?:even\s+|auch\s+|noch\s+|nog\s+|ook\s+)?(?:longer|länger|langer)",
    re.IGNORECASE,
)


def _describes_a_condition(hedge: TermMatch, bounds: list[Duration]) -> bool:
    """An open end before the standard's own bound describes when it applies: "If your
    complaint is open for 20 working days or longer, we call you within 2 days"."""
    return _OPEN_END.fullmatch(hedge.term) is not None and any(
        d.span[0] >= hedge.end for d in bounds
    )


#: Where a clause ends: punctuation, or "but"/"or" in the metric's own language (Dutch
#: "of" is "or"; English "of" is not a clause boundary).
_SEPARATORS = {
    lang: re.compile(rf"[,;:()]|\b(?:{words})\b", re.IGNORECASE)
    # a second clause with its own future: "probeert ... zo snel mogelijk ... en zal je
    # uiterlijk binnen een maand antwoorden"
    for lang, words in {
        "en": r"but|or|and\s+will",
        "de": r"aber|jedoch|oder|doch|und\s+wird|und\s+werden",
        "nl": r"maar|of|doch|en\s+zal|en\s+zullen",
    }.items()
}
#: A number of its own (with no unit: it takes the unit of the bound after it).
_BARE_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w%])")
#: A hedge that is the verb of an intention: it governs the whole verb phrase after it.
_INTENTION = re.compile(
    r"\b(?:aim|aims|aiming|strive|strives|endeavou?rs?|try|tries|attempts?|seek|seeks|streben|"
    r"strebt|bemühen|bemüht|versuchen|versucht|streven|streeft|streef|proberen|probeert|"
    r"trachten|tracht)\b",
    re.IGNORECASE,
)
#: The bound right after "but": the same verb phrase goes on ("but within 20 days").
_STRAIGHT_TO_THE_BOUND = re.compile(
    r"\s+(?:(?:at\s+the\s+latest|no\s+later\s+than|spätestens|uiterlijk)\s+)?(?:within|in|by|"
    r"innerhalb|binnen|bis|innert)\b",
    re.IGNORECASE,
)
#: An effort promised in place of a result: "do everything possible", "alles daran setzen".
_EFFORT_TERM = re.compile(
    r"everything|utmost|best|alles|uiterste|al\s+het\s+mogelijke", re.IGNORECASE
)
#: Sooner than the bound, in the three languages: "or sooner", "oder früher", "of eerder".
_SOONER = r"sooner|earlier|faster|quicker|eerder|sneller|früher|schneller|eher"
#: What a hedge after the bound may aim at instead of the bound: doing better than it.
_BEAT_THE_BOUND = re.compile(
    rf"[^.;:\d]{{0,50}}?\b(?:{_SOONER}|more\s+quickly|zügiger|vlotter|"
    # at once, which beats any bound: "Within 1 Hour – typically immediate"
    r"immediate|immediately|instant|instantly|sofort|sofortig|unmittelbar|direct|meteen|"
    r"onmiddellijk)\b",
    re.IGNORECASE,
)
#: German "if any" before a noun, a part of what is done: "ggf. Rückfragen".
_MAYBE_PART = re.compile(r"ggf\.?|gegebenenfalls|evtl\.?|eventuell", re.IGNORECASE)
_A_NOUN = re.compile(
    # not a delay conceded: "Es kann ggf. Verzögerungen geben"
    r"\s+(?!(?:Verzögerung|Verspätung|Abweichung|Ausnahme|Wartezeit|Überschreitung|Änderung)"
    r"[^\W\d_]*)[A-ZÄÖÜ][^\W\d_]{2,}(?![\w-])"
)
#: Words before Dutch "eventueel" that make it "any" of a part: "inclusief eventueel
#: betaalde verzendkosten", "met eventueel bijgevoegde stukken".
_ALONGSIDE = re.compile(
    r"(?<![\w-])(?:inclusief|incl\.|exclusief|excl\.|plus|met|zonder)\s+$", re.IGNORECASE
)
#: Dutch articles before "eventueel" that make it an adjective, "any": "een eventueel
#: surplus wordt binnen 30 dagen uitgekeerd" (whatever surplus there is).
_ANY_OF = re.compile(r"(?<![\w-])(?:een|het|uw|je|jouw|ons|hun)\s+$", re.IGNORECASE)
#: A kind of case named after "in rare cases": "In rare cases where a refund is approved,
#: it is paid within 7 days" (how rare says which cases, not how often the bound holds).
_CASES_WHERE = re.compile(
    r"\s*,?\s*(?:where|when|in\s+which|that|in\s+denen|in\s+welchen|bei\s+denen|wo|waarin|"
    r"waarbij|waar|die)(?![\w-])",
    re.IGNORECASE,
)
#: Hedges that say a case may happen (not that the team may miss): before an "up to"
#: cap they bound it ("ggf. bis 20 Min." is at most 20 minutes).
_MAYBE = re.compile(
    r"ggf\.?|gegebenenfalls|unter\s+Umständen|u\.\s*U\.|possibly|if\s+necessary|where\s+necessary|"
    r"eventueel|zo\s+nodig|indien\s+nodig|mogelijk(?:erwijze)?",
    re.IGNORECASE,
)
#: An "up to" cap right after such a hedge.
_UP_TO = re.compile(
    r"\s*(?:bis(?:\s+zu)?|up\s+to|tot(?:\s+maximaal)?|maximal|maximaal|höchstens|at\s+most)\s+\d",
    re.IGNORECASE,
)
#: A wish for no waiting at all, which a cap after it bounds: "möglichst keine Wartezeit".
_NONE_WISHED = re.compile(
    r"\b(?:keine?n?|no|geen)\s+(?:[\w-]*(?:wartezeit|verzögerung|wachttijd|vertraging)|"
    r"wait(?:ing)?(?:\s+time)?|delays?)\b",
    re.IGNORECASE,
)
#: Words of a text, for numbers written as words.
_WORDS = re.compile(r"[^\W\d_]+")
#: Words that name one thing rather than an amount ("ein Anruf", "a reply").
_ARTICLES = {"a", "an", "one", "ein", "eine", "einen", "einer", "eines", "einem", "een", "één"}


def _number_word_in(text: str, lang: str) -> bool:
    """True when ``text`` holds a number written as a word ("zehn", "twenty"), not an
    article."""
    return any(
        word.lower() not in _ARTICLES and word_to_number(word.lower(), lang) is not None
        for word in _WORDS.findall(text)
    )


#: "Complex cases take longer; ..." is what a hedge before a hard cap may govern.
_LONGER = re.compile(r"\b(?:longer|länger|langer|more\s+time|mehr\s+Zeit|meer\s+tijd)\b", re.I)


#: Words that open the clause for the case a hedge names: "if this is the case", "in which
#: case", "in diesem Fall", "in dat geval".
_THAT_CASE = {
    "en": r"if\s+(?:this|that|so)(?:\s+is\s+the\s+case|\s+happens)?|"
    r"in\s+(?:which|that|this|such\s+a|these|those|such)\s+cases?|"
    r"should\s+(?:this|that)\s+(?:happen|be\s+the\s+case)|"
    r"when\s+(?:this|that)\s+(?:happens|is\s+the\s+case)",
    "de": r"in\s+(?:diesem|dem|solchen|diesen|einem\s+solchen)\s+F(?:a|ä)lle?n?|"
    r"ist\s+(?:dies|das)\s+der\s+Fall|sollte\s+(?:dies|das)\s+der\s+Fall\s+sein|"
    r"wenn\s+(?:dies|das)\s+der\s+Fall\s+ist",
    "nl": r"in\s+(?:dat|dit|die|zulke|deze|zo'n)\s+gevall?(?:en)?|"
    r"als\s+(?:dat|dit)\s+(?:zo\s+is|het\s+geval\s+is)|is\s+(?:dat|dit)\s+het\s+geval",
}
_THAT_CASE_PATTERNS = word_patterns(_THAT_CASE)


def _bound_for_the_longer_case(
    metric: str, lang: str, hedge: TermMatch, bounds: list[Duration]
) -> bool:
    """True when a clause for the longer case follows the hedge and holds a bound: "It may
    take longer – if this is the case we will provide an estimate within 7 working days".
    The bound is then the standard for exactly that case, not one the hedge suspends."""
    pattern = _THAT_CASE_PATTERNS.get(lang)
    found = pattern.search(metric, hedge.end) if pattern is not None else None
    return found is not None and any(d.span[0] >= found.end() for d in bounds)


def _own_clause_after_a_firm_bound(
    metric: str, lang: str, hedge: TermMatch, bounds: list[Duration]
) -> bool:
    """True when the hedge's clause has a bound of its own and an earlier clause has a
    firm one: the hedge describes the usual case, the earlier bound is the standard."""
    separator = _SEPARATORS.get(lang, _SEPARATORS["en"])
    start = max((m.end() for m in separator.finditer(metric, 0, hedge.start)), default=0)
    if start == 0:
        return False
    end_match = separator.search(metric, hedge.end)
    end = end_match.start() if end_match else len(metric)
    own = any(start <= d.span[0] and d.span[1] <= end for d in bounds)
    earlier = any(d.span[1] <= start for d in bounds)
    return own and earlier and _FIRM.search(metric, 0, start) is not None


#: The infinitive that ends a wish and a finite clause joined after it: "streeft ernaar
#: ... af te handelen en beslist ...", "bemühen uns, ... zu bearbeiten, und entscheiden".
_INFINITIVE_THEN_CLAUSE = {
    "de": re.compile(r"(?<![\w-])zu\s+[\w-]+\s*,?\s+und\s+", re.IGNORECASE),
    "nl": re.compile(r"(?<![\w-])te\s+[\w-]+\s*,?\s+en\s+", re.IGNORECASE),
}
_INFINITIVE_MARK = {"de": re.compile(r"(?<![\w-])zu(?![\w-])", re.IGNORECASE),
                    "nl": re.compile(r"(?<![\w-])te(?![\w-])", re.IGNORECASE)}  # fmt: skip


def _firm_clause_after_the_infinitive(
    metric: str, lang: str, hedge: TermMatch, bounds: list[Duration]
) -> bool:
    """True when a wish with a bound of its own ends in its infinitive and a clause of
    its own, with a bound and no infinitive, follows: the wish does not reach it.

    "De examencommissie streeft ernaar aanvragen binnen 20 werkdagen af te handelen en
    beslist binnen 40 werkdagen" promises the 40 days ("en binnen 40 werkdagen te
    beslissen" would still be part of the wish).
    """
    pattern = _INFINITIVE_THEN_CLAUSE.get(lang)
    if pattern is None:
        return False
    joined = pattern.search(metric, hedge.end)
    if joined is None or not any(
        hedge.end <= d.span[0] and d.span[1] <= joined.start() for d in bounds
    ):
        return False
    later = [d for d in bounds if d.span[0] >= joined.end()]
    return bool(later) and _INFINITIVE_MARK[lang].search(metric, joined.end()) is None


def _in_parentheses(text: str, position: int) -> bool:
    return text.rfind("(", 0, position) > text.rfind(")", 0, position)


def _the_whole_bracket_after_a_bound(text: str, hedge: TermMatch, bounds: list[Duration]) -> bool:
    """True when the hedge is all its brackets hold, right after a bound: "within the
    first five days (where possible)" hedges the five days; "(usually sooner)" is an
    aside about something else."""
    start = text.rfind("(", 0, hedge.start)
    end = text.find(")", hedge.end)
    if end < 0 or text[start + 1 : end].strip(" ,.") != text[hedge.start : hedge.end]:
        return False
    return any(d.span[1] <= start and not text[d.span[1] : start].strip() for d in bounds)


def _bound_in_parentheses(text: str, position: int, bounds: list[Duration]) -> bool:
    """True when the parentheses around ``position`` hold a bound: "(üblich 14 Tage)"."""
    start = text.rfind("(", 0, position)
    end = text.find(")", position)
    end = len(text) if end < 0 else end
    return any(start < d.span[0] and d.span[1] <= end for d in bounds)


def _other_bound_ends(metric: str, lang: str, schedules: list[tuple[int, int]]) -> list[int]:
    """Where schedules (``schedules``: :func:`find_frequencies` of ``metric``),
    availabilities and deadlines set elsewhere end in ``metric``."""
    spans = schedules + find_availability(metric, lang)
    spans += find_stated_deadlines(metric, lang) + find_clock_deadlines(metric, lang)
    return [end for _, end in spans]


def _should_after_condition(
    metric: str, lang: str, conditions: list[tuple[int, int]], hedges: tuple[TermMatch, ...]
) -> tuple[TermMatch, ...]:
    """German "sollte" as the main clause's verb right after a condition: a hedge.

    "Sind alle Unterlagen vollständig, sollte der Bescheid ... zugestellt werden"; at
    the start of a clause "sollte" opens a condition instead.
    """
    if lang != "de":
        return ()
    found = []
    for _, end in conditions:
        match = _SHOULD.match(metric, end)
        if match and not any(h.start == match.start(1) for h in hedges):
            found.append(TermMatch(match.group(1), match.start(1), match.end(1)))
    return tuple(found)


#: Hedges that suspend or disown the bound: never a mere aside.
_ESCAPE = re.compile(
    r"longer|länger|langer|vertragsbestandteil|orientierung|verbindlich|binding|bindend|guidance|"
    r"gewähr|guarantee|aanwijzing|not\s+always|cannot\s+always|can't\s+always|"
    # either way: "allow two weeks (it might be less or more in some cases)"
    r"less\s+or\s+more|more\s+or\s+less",
    re.IGNORECASE,
)
#: A clause that makes its bound firm: "We guarantee a reply within 1 business day, ...".
_FIRM = re.compile(
    r"\b(?:guarantee|promise|commit|always|at\s+the\s+latest|no\s+later\s+than|garantier\w*|"
    r"versprech\w*|spätestens|immer|garande\w*|beloo?f\w*|uiterlijk|altijd|"
    # a cap is firm too: "within a maximum of 15 days, however we make every effort ..."
    r"maximum|at\s+most|höchstens|maximal|längstens|maximaal|ten\s+hoogste|hooguit)\b",
    re.IGNORECASE,
)
#: Right after a hedge, words that point back at the bound: the wish is to keep it
#: ("and aims to meet this timeframe", "und ist bestrebt, diese Frist einzuhalten",
#: "en streeft ernaar deze termijn te halen").
_BOUND_NOUNS = {
    "en": r"time\s*-?\s*frames?|targets?|standards?|deadlines?|time\s+limits?|timescales?|"
          r"commitments?|promises?|response\s+times?|turnaround\s+times?|processing\s+times?",
    "de": r"Fristen?|Vorgaben?|Ziele?|Zielzeiten?|Standards?|Zusagen?|Zeiten|Zeitr(?:aum|äume)|"
          r"[\w-]*(?:zeit|zeiten|frist|fristen)",
    "nl": r"termijnen?|normen?|doelen?|streeftermijnen?|afspraken?|tijden|[\w-]*(?:tijd|termijn)",
}  # fmt: skip
_BACK_TO_THE_BOUND: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\s*,?\s*(?:to\s+)?(?:meet|achieve|hit|keep\s+to|stick\s+to|adhere\s+to|honou?r|"
        r"maintain|work\s+to|deliver\s+on)\s+(?:this|these|that|those)"
        rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_BOUND_NOUNS['en']})(?![\w-])",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\s*,?\s*(?:diese|dieser|diesen|jene)\s+(?:[\w-]+\s+){0,2}?"
        rf"(?:{_BOUND_NOUNS['de']})\s+(?:[\w-]+\s+){{0,3}}?(?:einzuhalten|"
        r"zu\s+erreichen|zu\s+halten|zu\s+erfüllen|zu\s+unterschreiten)(?![\w-])",
        re.IGNORECASE,
    ),
    "nl": re.compile(
        r"\s*,?\s*(?:deze|die|dit|dat)\s+(?:[\w-]+\s+){0,2}?"
        rf"(?:{_BOUND_NOUNS['nl']})\s+(?:[\w-]+\s+){{0,2}}?(?:te\s+halen|"
        r"na\s+te\s+komen|te\s+realiseren|te\s+behalen|te\s+hanteren|te\s+respecteren)(?![\w-])",
        re.IGNORECASE,
    ),
}
#: Right after a vague term, words that give it a limit: the sentence defines the term
#: by the bound it names ("The reasonable time has in any case passed when ... within 18
#: weeks"), as a law defines "unverzüglich".
_DEFINED_BY_A_LIMIT = re.compile(
    r"\s+(?:is|ist|has|hat|wordt|gilt)\s+(?:(?:in\s+(?:ieder|elk)\s+geval|in\s+jedem\s+Fall|"
    r"jedenfalls|in\s+any\s+case|always|altijd|immer|dann|then|pas|spätestens|uiterlijk|at\s+the"
    r"\s+latest)\s+)?(?:verstreken|overschreden|voorbij|überschritten|abgelaufen|verstrichen|"
    r"exceeded|expired|over|passed|been\s+exceeded|been\s+passed)(?![\w-])",
    re.IGNORECASE,
)
#: Right after a vague term, a condition that gives it its limit: "a response is prompt
#: if done within 48 hours", "gilt als zeitnah, wenn sie innerhalb von 2 Tagen erfolgt",
#: "is tijdig als deze binnen 5 werkdagen ...". A condition on the customer ("promptly if
#: you call within opening hours") defines nothing.
_DEFINED_BY_A_CONDITION = re.compile(
    r",?\s+(?:if|when|provided|wenn|sofern|falls|als|indien|wanneer|mits)\s+"
    r"(?:(?!(?:you|your|u|uw|je|jij|jouw)\b|(?-i:Sie|Ihr|Ihre|Ihnen)\b)[\w'-]+\s+){0,4}?"
    r"(?:within|in\s+under|innerhalb|binnen|innert)(?![\w-])",
    re.IGNORECASE,
)
#: Right before such a defined term, the verb that makes it a definition: "is prompt",
#: "is considered timely", "gilt als zeitnah", "wordt als tijdig beschouwd".
_DEFINED_TERM_BEFORE = re.compile(
    r"(?:\b(?:is|are|be|been|counts?\s+as|considered|deemed|regarded\s+as|treated\s+as|ist|"
    r"sind|gilt\s+als|gelten\s+als|zählt\s+als|zijn|geldt\s+als|telt\s+als|beschouwd\s+als|"
    r"wordt\s+als|worden\s+als))\s+$",
    re.IGNORECASE,
)
#: "or," right before a hedge: it qualifies the alternative that follows, not the bound.
_ALTERNATIVE_BEFORE = re.compile(r"\b(?:or|oder|of)\s*,\s*$", re.IGNORECASE)
#: A second clause joined after every bound: "... within two hours and also ...".
_JOINED = re.compile(r"\s(?:and|und|en|sowie|as\s+well\s+as)\s", re.IGNORECASE)
_SHOULD = re.compile(r"\s*,\s*(sollten?)(?![\w-])", re.IGNORECASE)
#: An estimate ("mit ... rechnen") of a bound with an explicit cap is a commitment:
#: "wann sie innerhalb von höchstens drei Monaten mit einer Antwort rechnen können".
_CAPPED = re.compile(
    r"(?:höchstens|spätestens|längstens|maximal|at\s+most|no\s+later\s+than|uiterlijk|maximaal|"
    r"ten\s+hoogste)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _shorter_than_the_wish(
    bounds: list[Duration], hedge: TermMatch, part: int, cap_start: int
) -> bool:
    """True when the "cap" is shorter than the wish's own bound: then it is no cap but a
    case of its own ("aim to acknowledge within seven days (or within 3 days for
    emails)"), and the hedge still governs the first bound."""
    own = [d.days for d in bounds if hedge.end <= d.span[0] and d.span[1] <= part]
    cap = next((d.days for d in bounds if d.span[0] >= cap_start), None)
    known = [days for days in own if days is not None]
    return cap is not None and bool(known) and cap < max(known)


def _bracket_right_before_a_bound(metric: str, inside: int, bounds: list[Duration]) -> bool:
    """True when the bracket around ``inside`` closes right before a bound (at most one
    word between): "(nach Möglichkeit) am Folgetag", "(usually) within 5 days"."""
    close = metric.find(")", inside)
    if close < 0:
        return False
    return any(
        d.span[0] > close and len(metric[close + 1 : d.span[0]].split()) <= 1 for d in bounds
    )


#: Words that open a condition (the last ones after "voor zover", "so far as").
_OPENERS = re.compile(
    r"^(?:if|when|where|as\s+far\s+as|so\s+far\s+as|wenn|falls|soweit|sofern|als|indien|"
    r"wanneer|voor\s+zover|mits)\s+(?:(?:the|our|die|der|unsere|de|het|onze)\s+)?",
    re.IGNORECASE,
)


def _only_the_hedge(condition: str, term: str) -> bool:
    """True for a condition that says the hedge and nothing else, with or without the
    word that opens it and an article: "Soweit organisatorisch möglich", "if resources
    allow" (the hedge "resources allow"), "wenn die Personalsituation es zulässt" (the
    hedge "Personalsituation es zulässt")."""
    said = condition.strip(" ,;:.")
    return said == term or _OPENERS.sub("", said) == term


#: Words that open a clause of the day's capacity before its hedge: "if staffing
#: allows", "soweit die Umstände es zulassen", "voor zover de drukte het toelaat".
_CAPACITY_OPENERS = frozenset(
    {"if", "when", "as", "wenn", "falls", "soweit", "sofern", "als", "indien", "zover"}
)
_CAPACITY_LEAD = _CAPACITY_OPENERS | {"es", "die", "voor", "de", "het"}


#: Where a clause turns against the one before, or adds to it: "; ", ", however,", "but",
#: "in fact", "aber", "maar".
_TURN = re.compile(
    r";|(?<![\w-])(?:however|but|although|though|in\s+fact|actually|aber|jedoch|doch|allerdings|"
    r"maar|echter)"
    r"(?![\w-])",
    re.IGNORECASE,
)


#: A bound named as a goal: "target resolution time", "Richtwert", "streeftermijn".
_A_GOAL = re.compile(
    r"(?<![\w-])(?:targets?|goals?|objectives?|aims?|Ziel\w*|Richt\w*|streef\w*|richt\w*|doel\w*)"
    r"(?![\w-])",
    re.IGNORECASE,
)


#: Hedges that release the whole promise: "not mandatory", "niet verplicht".
_NOT_BINDING = re.compile(
    r"not\s+mandatory|not\s+compulsory|niet\s+verplicht|nicht\s+verpflichtend|not\s+binding|"
    r"non-binding|niet[-\s]bindend|nicht\s+verbindlich|unverbindlich|"
    # "..., allerdings garantieren wir dies nicht": no guarantee, wherever it stands
    r"garantieren\s+wir\s+(?:dies\s+|das\s+)?nicht|(?:do\s+not|don't|cannot)\s+guarantee|"
    r"not\s+guarantee[ds]?|garanderen\s+(?:wij|we)\s+niet|geen\s+garanties?|keine\s+Garantie",
    re.IGNORECASE,
)


#: Hedges that say the bound's own time varies: "may vary", "kann variieren".
_VARIES = re.compile(r"vary|variieren|variëren|differ|afwijken", re.IGNORECASE)
#: A guarantee that follows a hedge and overrides it: "kann sich je nach Auslastung
#: verschieben, es wird aber garantiert, dass diese mindestens einmal jährlich ...".
_BUT_GUARANTEED = re.compile(
    r"(?<![\w-])(?:but|however|yet|aber|jedoch|doch|maar|echter)(?![\w-])[^.;]{0,40}?"
    r"(?<![\w-])(?:we\s+guarantee|(?:is|are)\s+guaranteed|garantiert|garantieren\s+wir|"
    r"wir\s+garantieren|gegarandeerd|garanderen\s+(?:wij|we)|(?:wij|we)\s+garanderen)(?![\w-])",
    re.IGNORECASE,
)


def _guaranteed_after(metric: str, end: int, bounds: list[Duration], other_ends: list[int]) -> bool:
    """True when a guarantee follows ``end`` and a bound or a schedule follows it."""
    guaranteed = _BUT_GUARANTEED.search(metric, end)
    if guaranteed is None or _NOT_BINDING.search(metric, end):
        return False
    return any(d.span[0] >= guaranteed.end() for d in bounds) or any(
        stop > guaranteed.end() for stop in other_ends
    )


#: A cap that holds however the time varies: "but are never longer than 14 days".
_FIRM_CAP = re.compile(
    r"(?<![\w-])(?:never\s+(?:more|longer)\s+than|no\s+(?:more|longer|later)\s+than|"
    r"not\s+(?:more|longer|later)\s+than|at\s+the\s+latest|at\s+most|spätestens|höchstens|"
    r"maximal|nie(?:mals)?\s+(?:mehr|länger)\s+als|nicht\s+(?:mehr|länger)\s+als|uiterlijk|"
    r"maximaal|hooguit|ten\s+hoogste|nooit\s+(?:meer|langer)\s+dan|niet\s+(?:meer|langer)\s+dan)"
    r"(?![\w-])",
    re.IGNORECASE,
)


def _wish_to_beat_the_cap(
    metric: str, hedge: TermMatch, hedges: tuple[TermMatch, ...], bounds: list[Duration]
) -> bool:
    """True for a hedge in a clause of its own after a hard bound, on a shorter bound.

    "The photos are online within 6 to 8 weeks, however, I normally aim to get them done
    within 2 weeks": the 8 weeks hold every time; the hedge is on doing better. Not when
    the first bound is hedged itself ("a target resolution time within 5 working days;
    we aim to ...") or is notice given in advance.
    """
    before = [d for d in bounds if d.span[1] <= hedge.start]
    after = [d for d in bounds if d.span[0] >= hedge.end]
    if not before or not after:
        return False
    cap, wish = before[-1], after[0]
    if any(h.start < cap.span[0] for h in hedges) or _IN_ADVANCE.match(metric, cap.span[1]):
        return False
    if _A_GOAL.search(metric, max(0, cap.span[0] - 60), cap.span[0]):
        return False  # "a target resolution time within 5 working days": no cap either
    if not _TURN.search(metric, cap.span[1], hedge.start):
        return False
    cap_days, wish_days = cap.days, wish.days
    return cap_days is not None and wish_days is not None and wish_days < cap_days


def _soft_hedges(
    metric: str,
    lang: str,
    hedges: tuple[TermMatch, ...],
    vague: tuple[TermMatch, ...],
    bounds: list[Duration],
    other_ends: list[int],
) -> tuple[TermMatch, ...]:
    """Hedges that qualify something other than the bound.

    - A hedge that governs a part of its own (a soft wish, a bound, "longer") which a
      separator and a hard cap follow: "Wij proberen direct, maar in ieder geval binnen
      vijf dagen" hedges "direct"; "in der Regel in 2 Tagen, spätestens aber nach 5"
      hedges the 2 days, not the cap. "wenn möglich, innerhalb von längstens 24
      Stunden" governs the bound itself: not soft.
    - A hedge inside a trailing clause with an activity of its own, after every
      bound: "We get back to you within 48 hours, resolving the complaint if we
      can"; but "..., where possible" at the start of that clause hedges the bound.
    """
    soft = []
    pattern = _HARD_CAP_PATTERNS.get(lang)
    back = _BACK_TO_THE_BOUND.get(lang)
    for hedge in hedges:
        if _guaranteed_after(metric, hedge.end, bounds, other_ends):
            soft.append(hedge)  # "kann sich ... verschieben, es wird aber garantiert, dass
            continue  # diese mindestens einmal jährlich ausgeführt wird": the guarantee holds
        if _VARIES.search(hedge.term):
            cap = _FIRM_CAP.search(metric, hedge.end)
            if cap is not None and any(d.span[0] >= cap.start() for d in bounds):
                soft.append(hedge)  # "Times may vary, but are never longer than 14 days"
            continue  # "10 – 15 business days ..., and these times may vary": nothing binds
        if _NOT_BINDING.search(hedge.term):
            continue  # "..., but this is not mandatory": wherever it stands, nothing binds
        if (
            lang == "de"
            and _MAYBE_PART.fullmatch(hedge.term)
            and hedge.start > 0
            and _A_NOUN.match(metric, hedge.end)
            and any(d.span[0] >= hedge.end for d in bounds)
        ):
            soft.append(hedge)  # "Triage und ggf. Rückfragen innerhalb von 5 Werktagen": the
            continue  # questions, if any; the bound holds for what is done
        if (
            lang == "nl"
            and hedge.term.lower() == "eventueel"
            and (
                _ALONGSIDE.search(metric, max(0, hedge.start - 16), hedge.start)
                or _ANY_OF.search(metric, max(0, hedge.start - 8), hedge.start)
            )
            and bounds
        ):
            soft.append(hedge)  # "inclusief eventueel betaalde verzendkosten, binnen 14
            continue  # dagen": any costs paid, the refund's bound holds
        if (
            _NOW_AND_THEN.fullmatch(hedge.term)
            and _CASES_WHERE.match(metric, hedge.end)
            and any(d.span[0] >= hedge.end for d in bounds)
        ):
            soft.append(hedge)  # "In rare cases where a refund is approved, it is paid
            continue  # within 7 days": which cases, each with the bound
        if _MAYBE.fullmatch(hedge.term) and _UP_TO.match(metric, hedge.end):
            soft.append(hedge)  # "aber ggf. bis 20 Min.": a wait that may happen, capped
            continue
        better = _BEAT_THE_BOUND.match(metric, hedge.end)
        if (
            better is not None
            and any(d.span[1] <= hedge.start for d in bounds)
            and not any(hedge.end <= d.span[0] < better.end() for d in bounds)
        ):
            soft.append(hedge)  # "within 2 working days, although we aim for this to be
            continue  # faster": a wish to do better than the bound, which still holds
        if _wish_to_beat_the_cap(metric, hedge, hedges, bounds):
            soft.append(hedge)  # "within 6 to 8 weeks, however, I normally aim to get them
            continue  # done within 2 weeks": the cap holds, the wish is for less
        if any(_SOONER_THEN_HEDGE.fullmatch(metric, d.span[1], hedge.start) for d in bounds):
            soft.append(hedge)  # "binnen 14 dagen of eerder, indien mogelijk": the hedge is
            continue  # on the sooner, the bound holds
        if back is not None and back.match(metric, hedge.end):
            continue  # "... 21 days, and aims to meet this timeframe": the wish is the bound
        if (
            _in_parentheses(metric, hedge.start)
            and not _the_whole_bracket_after_a_bound(metric, hedge, bounds)
            and bounds
            and not _bound_in_parentheses(metric, hedge.start, bounds)
            # right before its bound it governs it: "(nach Möglichkeit) am Folgetag"
            and not _bracket_right_before_a_bound(metric, hedge.end, bounds)
            and not _ESCAPE.search(hedge.term)  # "up to 30 days (or longer)" has no bound
        ):
            soft.append(hedge)  # "within 5 working days (usually sooner)": an aside
            continue
        if pattern is not None:
            for cap in pattern.finditer(metric, hedge.end):
                if _A_FURTHER_PROMISE.match(cap.group()) and any(
                    hedge.end <= d.span[0] < cap.start() for d in bounds
                ):
                    continue  # "usually within 5 days and will call within 10": the 5 days
                    # stay hedged; only a wish without a bound gives way to such a promise
                separators = _SEPARATORS.get(lang, _SEPARATORS["en"])
                separator = separators.search(metric, hedge.end, cap.end())
                if (
                    separator is not None
                    and separator.group() == ","
                    and not metric[hedge.end : separator.start()].strip()
                ):  # the comma before the hedge's infinitive: "Wir versuchen, am selben Tag
                    # zu antworten, spätestens aber ..." ends the hedge's part at the second
                    second = separators.search(metric, separator.end(), cap.end())
                    separator = second or separator
                if (
                    separator is None
                    or (
                        # "We aim to resolve it immediately or within 2 days": an intention
                        # takes in both of the alternatives that "or" joins; "usually on the
                        # same day or within 24 hours" hedges only the first
                        # ("... as soon as practicable but within 20 days" too); "but
                        # plan on it being shipped within 24 hours" is a clause of its own
                        separator.start() == cap.start()
                        and (
                            separator.group().lower() in {"or", "oder", "of"}
                            or _STRAIGHT_TO_THE_BOUND.match(metric, separator.end()) is not None
                        )
                        and _INTENTION.search(hedge.term) is not None
                    )
                    or not any(
                        # the cap before its bound, or right after it: "but we make sure it is
                        # done by the end of the next business day at the latest"
                        d.span[0] >= cap.start() or separator.end() <= d.span[0] < cap.start()
                        for d in bounds
                    )
                ):
                    continue
                part = separator.start()  # what the hedge governs: up to the separator
                clause = max(
                    (
                        m.end()
                        for m in _SEPARATORS.get(lang, _SEPARATORS["en"]).finditer(
                            metric, 0, hedge.start
                        )
                    ),
                    default=0,
                )  # where the hedge's own clause starts
                governs_own = (
                    # a soft wish after the hedge, or one that takes the hedge in:
                    # "möglichst schnell, spätestens aber innerhalb von 5 Werktagen"
                    any(hedge.start <= v.start and hedge.end < v.end <= part for v in vague)
                    or any(hedge.end <= d.span[0] and d.span[1] <= part for d in bounds)
                    or any(clause <= d.span[0] and d.span[1] <= hedge.start for d in bounds)
                    # the earliest, with its own bound, before the latest: "schon am
                    # nächsten Tag möglich, spätestens ... innerhalb von 3 Werktagen"
                    or any(hedge.start <= d.span[0] and d.span[1] <= hedge.end for d in bounds)
                    or _LONGER.search(metric, hedge.end, part) is not None
                    # a number that takes the cap's unit: "usually with 5 but not later
                    # than 10 working days"
                    or _BARE_NUMBER.search(metric, hedge.end, part) is not None
                    # or in words: "möglichst nicht mehr als zehn, maximal aber 15 Minuten"
                    or _number_word_in(metric[hedge.end : part], lang)
                    # a wish for none at all: "möglichst keine Wartezeit, aber ggf. bis 20 Min."
                    or _NONE_WISHED.search(metric, hedge.end, part) is not None
                    # right after its own bound: "within 24 hours, where possible, and no
                    # later than 3 days"
                    or any(_RIGHT_AFTER.fullmatch(metric, d.span[1], hedge.start) for d in bounds)
                    # an effort in a clause of its own, then the cap's: "We will do everything
                    # possible to take care of your request; please allow up to 10 days"
                    or (
                        separator.group() == ";"
                        and (_INTENTION.search(hedge.term) or _EFFORT_TERM.search(hedge.term))
                        is not None
                    )
                )
                if governs_own and not _shorter_than_the_wish(bounds, hedge, part, cap.start()):
                    soft.append(hedge)
                    break
            if hedge in soft:
                continue
        fallback = _FALLBACK.match(metric, hedge.end)
        if (
            fallback is not None
            and not any(hedge.end <= d.span[0] < fallback.end() for d in bounds)
            and any(d.span[0] >= fallback.end() for d in bounds)
        ):
            soft.append(hedge)  # "we aim to answer your call but if no one is available,
            continue  # we will return your call on the next business day": the firm fallback
        if _ALTERNATIVE_BEFORE.search(metric, 0, hedge.start) and any(
            d.span[1] <= hedge.start for d in bounds
        ):
            soft.append(hedge)  # "within 6 weeks send a response or, where appropriate, offer"
            continue
        if _firm_clause_after_the_infinitive(metric, lang, hedge, bounds):
            soft.append(hedge)
            continue
        if hedge.term.lower().startswith("mit ") and any(
            _CAPPED.search(metric, max(0, d.span[0] - 40), d.span[0]) for d in bounds
        ):
            soft.append(hedge)
            continue
        if _LONGER.search(hedge.term) and _bound_for_the_longer_case(metric, lang, hedge, bounds):
            soft.append(hedge)  # "It may take longer – if so, we tell you within 7 days why"
            continue
        if _ESCAPE.search(hedge.term):
            continue  # "longer waiting times between March and July": the bound is suspended
        if _own_clause_after_a_firm_bound(metric, lang, hedge, bounds):
            soft.append(hedge)  # "We guarantee 1 business day, but usually reply in 2-4 hours"
            continue
        last_bound = max([d.span[1] for d in bounds] + other_ends, default=None)
        joined = _JOINED.search(metric, last_bound or 0, hedge.start) if last_bound else None
        if joined is not None and metric[hedge.end :].split():
            soft.append(hedge)  # "... zwei Stunden vereinbaren und dabei Wünsche möglichst ..."
            continue
        if (
            lang == "en"
            and last_bound is not None
            and _RELATIVE_CLAUSE.search(metric, last_bound, hedge.start)
        ):
            soft.append(hedge)  # "... to the address that you have indicated as appropriate"
            continue
        comma = metric.rfind(",", 0, hedge.start)
        if last_bound is not None and comma >= last_bound:
            before = metric.rfind(",", 0, comma)
            if (
                before >= last_bound
                and _INCLUDED.match(metric, before + 1, comma)
                and not _DAYS_OR_HOURS.search(metric, before + 1, comma)
            ):
                soft.append(hedge)  # "..., including any remedies, where appropriate": what
                continue  # the answer holds is hedged, not when it comes
            lead = metric[comma + 1 : hedge.start].strip()
            tail = (
                _SEPARATORS.get(lang, _SEPARATORS["en"])
                .split(metric[hedge.end :], maxsplit=1)[0]
                .split()
            )
            lead_words = set(lead.lower().split())
            if lead_words & _CAPACITY_OPENERS and lead_words <= _CAPACITY_LEAD:
                continue  # "..., if staffing allows": the clause hedges the bound
            if lead or len(tail) >= 2:  # the hedge qualifies words of its own clause:
                soft.append(hedge)  # "annually, usually in our Annual Report"
    for hedge in hedges:  # "Occasionally it may take longer ...; if so we inform you ..."
        if (
            hedge not in soft
            and _NOW_AND_THEN.fullmatch(hedge.term)
            and any(
                other in soft
                and _LONGER.search(other.term)
                and _SAME_CLAUSE.fullmatch(metric, hedge.end, other.start)
                for other in hedges
            )
        ):
            soft.append(hedge)  # it says how often the longer case, bounded itself, happens
    return tuple(soft)


#: A relative clause after every bound, with a verb of its own before the hedge: the
#: hedge qualifies that clause ("the address that you have indicated as appropriate").
#: Not one after a comma, which speaks of the whole promise ("..., which we usually meet").
_RELATIVE_CLAUSE = re.compile(
    r"(?<!,)(?<!,\s)\b(?:that|which|who|whom|whose)\s+(?:[\w-]+\s+){1,7}$",
    re.IGNORECASE,
)


#: An aside of what a promise includes, between commas after every bound: a hedge right
#: after it qualifies what is included ("not later than 60 days, including any remedies
#: and/or apologies, where appropriate").
_INCLUDED = re.compile(
    r"\s*(?:including|incl\.|together\s+with|along\s+with|inklusive|inkl\.|einschließlich|"
    r"samt|inclusief|met\s+inbegrip\s+van)\s",
    re.IGNORECASE,
)
#: Days or hours a bound counts ("including weekends"): a hedge after them hedges the bound.
#: (Whole words, so that "Vertrag" or "Antrag" counts no day.)
_DAYS_OR_HOURS = re.compile(
    r"(?<![\w-])[\w-]*(?:days?|weeks?|hours?|holidays?|weekends?|tage?n?|tags|wochen?|stunden?|"
    r"feiertage?n?|ferien|wochenenden?|dagen|dag|weken|uur|uren|feestdagen|vakanties?)(?![\w-])",
    re.IGNORECASE,
)
#: "Or sooner" between a bound and a hedge: "within 14 days or sooner, if possible".
_SOONER_THEN_HEDGE = re.compile(
    rf"\s*,?\s*(?:or|of|oder)\s+(?:even\s+|zelfs\s+|sogar\s+|auch\s+)?(?:{_SOONER})\s*,?\s*",
    re.IGNORECASE,
)
#: Only a comma or a bracket between a bound and the hedge that qualifies it.
_RIGHT_AFTER = re.compile(r"\s*[,(]?\s*")
#: A hedged try with no bound, then a firm promise for when it fails: "we aim to answer
#: your call but if no one is available ..., we will return your call on the next
#: business day", "wir versuchen ..., aber wenn ..., rufen wir ... zurück", "we aim to
#: answer at the first point of contact; if we can't, we will reply within 10 days".
_FALLBACK = re.compile(
    r"[^.;:]{0,120}?(?:(?:\b(?:but|aber|doch|jedoch|maar)\s+|;\s*|\s[–—]\s*)(?:if|when|should|"
    r"wenn|falls|sollte|als|indien|mocht)\b|"
    # "by the end of the day where possible, failing that by the next morning"
    r",?\s*(?:failing\s+that|otherwise|if\s+not|andernfalls|ansonsten|anders|zo\s+niet)\b)",
    re.IGNORECASE,
)


#: How often an exception happens: before a longer case that has its own bound, it
#: hedges nothing more than that case does.
_NOW_AND_THEN = re.compile(
    r"occasionally|sometimes|in\s+rare\s+cases|in\s+exceptional\s+cases|gelegentlich|"
    r"manchmal|in\s+Ausnahmefällen|in\s+seltenen\s+Fällen|soms|af\s+en\s+toe|"
    r"in\s+uitzonderlijke\s+gevallen|in\s+zeldzame\s+gevallen",
    re.IGNORECASE,
)
#: A few words with no separator: "Occasionally it may take longer".
_SAME_CLAUSE = re.compile(r"[^.;:,–—]{0,30}")


def frozen_terms(terms: Mapping[str, Iterable[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The configured ``vague_terms`` as a hashable key for :func:`judge`."""
    return tuple(sorted((str(k), tuple(str(v) for v in vs)) for k, vs in terms.items()))


def each_once(terms: Iterable[str]) -> list[str]:
    """Every term once, as first written, in order: "freundlich", "umgehend".

    A message names each vague word or hedge of a metric once, so that an editor fixes
    them all in one go instead of one per lint run.
    """
    seen: dict[str, str] = {}
    for term in terms:
        seen.setdefault(term.lower(), term)
    return list(seen.values())


#: A floor right before a bound: "minimum 10 werkdagen", "at least 3 weeks".
_FLOOR_BEFORE = {
    "en": re.compile(
        r"(?:at\s+least|(?:a\s+)?minimum(?:\s+of)?|no\s+less\s+than|not\s+less\s+than)\s+$", re.I
    ),
    "de": re.compile(
        r"(?:mindestens|minimal|(?:ein(?:em|er)?\s+)?Minimum\s+von|nicht\s+weniger\s+als)\s+$",
        re.I,
    ),
    "nl": re.compile(
        r"(?:minimaal|minimum|minstens|ten\s+minste|tenminste|niet\s+minder\s+dan)\s+$", re.I
    ),
}
#: How long a customer waits for something: a floor on it promises nothing.
_WAITING_TIME = {
    "en": re.compile(r"(?<![\w-])(?:processing|turnaround|lead|delivery|waiting|handling|wait)\s+"
                     r"times?(?![\w-])|(?<![\w-])(?:takes?|taking|allow)(?![\w-])", re.I),
    "de": re.compile(r"(?:bearbeitungs|liefer|warte|verarbeitungs|herstellungs|produktions)"
                     r"(?:zeit|dauer)|(?<![\w-])(?:dauert|rechnen)(?![\w-])", re.I),
    "nl": re.compile(r"(?:verwerkings|lever|wacht|doorloop|behandel|afhandel|productie)"
                     r"(?:tijd|termijn)|beslistermijn|(?<![\w-])(?:duurt|rekening)(?![\w-])", re.I),
}  # fmt: skip
#: A ceiling beside the floor ("minimaal twee en maximaal zes weken"): a bound.
_CEILING = re.compile(
    r"(?<![\w-])(?:at\s+most|maximum|max|up\s+to|no\s+(?:more|later)\s+than|höchstens|maximal|"
    r"spätestens|bis\s+zu|maximaal|hoogstens|uiterlijk|ten\s+hoogste)(?![\w-])",
    re.I,
)
#: Notice before an event right after the bound ("at least 24 hours before", "minimaal 4
#: weken van te voren"): a bound a team keeps.
_IN_ADVANCE = re.compile(
    r"\W*(?:[\w'’]+\W+){0,2}?(?:before|prior|in\s+advance|ahead|notice|vor|vorher|im\s+Voraus|"
    r"voor|vóór|vooraf|voorafgaand|van\s+te\s*voren|op\s+voorhand|tevoren)(?![\w-])",
    re.I,
)


def only_a_floor(metric: str, lang: str, bounds: Iterable[Duration]) -> tuple[int, int] | None:
    """The span of "minimum 10 werkdagen" when a waiting time's only bound is a floor.

    "De verwerkingstijd is minimum 10 werkdagen" tells the customer to wait at least that
    long and promises no day by which it is done: not a bound a team can miss. A floor on
    notice ("at least 24 hours before") or on a schedule ("at least every 20 days"), or one
    with a ceiling beside it, is a bound, and so is any floor outside a waiting time.
    """
    floor = _FLOOR_BEFORE.get(lang)
    waiting = _WAITING_TIME.get(lang)
    bounds = list(bounds)
    if floor is None or waiting is None or not bounds or not waiting.search(metric):
        return None
    if _CEILING.search(metric):
        return None
    spans = []
    for bound in bounds:
        start, end = bound.span
        found = floor.search(metric, max(0, start - 30), start)
        if found is None or bound.relative or _IN_ADVANCE.match(metric, end):
            return None
        said = metric[found.start() : end].rstrip(" .,;:")
        spans.append((found.start(), found.start() + len(said)))
    return spans[0]


#: A step tied to an event and to no time: "as soon as an interpreter is found".
_UPON_AN_EVENT = {
    "en": re.compile(r"(?<![\w-])as\s+soon\s+as(?!\s+(?:possible|practicable|we\s+can)\b)", re.I),
    "de": re.compile(
        r"(?<![\w-])(?:sobald|so\s+bald)(?!\s+(?:wie\s+)?(?:möglich|wir\s+können)\b)", re.I
    ),
    "nl": re.compile(
        r"(?<![\w-])(?:zodra|zo\s+gauw\s+als?)(?!\s+(?:mogelijk|we\s+kunnen)\b)", re.I
    ),
}


#: "After" an event, with no time after it: "Die Auszahlung der Kaution erfolgt nach
#: Wohnungsabnahme" says after what, not how soon (German nouns start with a capital).
_AFTER_AN_EVENT = {
    "en": re.compile(
        r"(?<![\w-])(?i:after|upon|following)\s+(?:(?i:the|your|our|a|an|each|every)\s+)?"
        r"(?:(?i:final|first|last|initial|full|successful|formal)\s+)?[^\W\d_][\w-]*"
    ),
    "de": re.compile(
        r"(?<![\w-])(?i:nach)\s+(?:(?i:der|dem|den|des|Ihrer|Ihrem|Ihren|einer|einem|jeder|"
        r"jedem)\s+)?[A-ZÄÖÜ][\w-]*"
    ),
    "nl": re.compile(
        r"(?<![\w-])(?i:na)\s+(?:(?i:de|het|uw|je|jouw|een|elke|ieder|iedere)\s+)?[^\W\d_][\w-]*"
    ),
}


#: Approximation words that mean nothing else: "etwa zu den angegebenen Terminen" (not
#: "about", "rund" or "gut", which do).
_ROUGHLY = {
    "en": re.compile(r"(?<![\w-])(?:approximately|approx\.|roughly)(?![\w-])", re.I),
    "de": re.compile(r"(?<![\w-])(?:etwa|ungefähr|circa|zirka|ca\.)(?![\w-])", re.I),
    "nl": re.compile(r"(?<![\w-])(?:ongeveer|circa|ca\.|omstreeks|plusminus)(?![\w-])", re.I),
}


#: "within" and up to four words after it, to the next preposition or conjunction: in a
#: metric with no bound it is what the editor took for one ("innerhalb kürzester Zeit",
#: "binnen een bepaald aantal dagen").
_WITHIN_NO_BOUND = re.compile(
    r"(?<![\w-])(?:within|innerhalb|innert|binnen)(?:\s+(?!(?:nach|after|na|of|van|von|des|der|"
    r"and|und|en|or|oder)\b)[^\s.,;:!?()]+){1,4}",
    re.IGNORECASE,
)


def words_without_bound(
    metric: str, lang: str, terms: Mapping[str, Iterable[str]]
) -> list[TermMatch]:
    """The vague words, hedges, approximations and event triggers of a metric with no bound.

    With no bound, a vague word inside a condition is not a wish beside the standard:
    it is all the timing there is ("Als de reparatie klaar is wordt deze nog enige dagen
    gecontroleerd", "gelden als indicatie"), and "zodra er een tolk gevonden is" names
    an event but no time after it. SOP101 names them, so the editor sees what to replace.
    """
    metric = metric[:MAX_METRIC_CHARS]
    extra = {str(k): [str(v) for v in vs] for k, vs in terms.items()}
    found = vague_terms_in(metric, lang, extra) + hedges_in(metric, lang)
    for shape in (
        _UPON_AN_EVENT.get(lang),
        _ROUGHLY.get(lang),
        _WITHIN_NO_BOUND,
        _AFTER_AN_EVENT.get(lang),
    ):
        if shape is not None:
            found += [TermMatch(m.group(), m.start(), m.end()) for m in shape.finditer(metric)]
    kept: list[TermMatch] = []
    for term in sorted(found, key=lambda t: (t.start, -t.end)):
        if not any(term.start < k.end and k.start < term.end for k in kept):
            kept.append(term)
    return kept


def judge_sop_metric(metric: str, lang: str, terms: Mapping[str, Iterable[str]]) -> Judgement:
    """:func:`judge` with the settings' ``vague_terms`` as they are configured."""
    return judge(metric, lang, frozen_terms(terms))
