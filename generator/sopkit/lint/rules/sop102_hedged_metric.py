"""SOP102 hedged-metric: a hedge turns the commitment into a wish.

## What it does
Reports words that make the metric's bound optional, and names them:

- intentions: "we aim to", "we strive to", "we endeavour to", "our goal is",
  "wir streben ... an", "angestrebt", "Ziel ist", "wir bemühen uns",
  "wij streven ernaar", "ons doel is", "zo goed mogelijk";
- frequency hedges: "usually", "normally", "generally", "typically",
  "in most cases", "as a rule", "in principle", "in der Regel", "grundsätzlich",
  "normalerweise", "meist", "in den meisten Fällen", "nicht selten",
  "in de regel", "meestal", "doorgaans", "normaal gesproken", "in principe",
  "in beginsel";
- conditions on the effort: "where possible", "if possible", "nach Möglichkeit",
  "indien mogelijk";
- approximations before the bound's number: "about 5 days", "etwa 3 Wochen",
  "ongeveer 2 weken";
- a time that may vary, wherever it stands: "..., and these times may vary", "kann
  variieren", "kan afwijken" (under a firm cap, "may vary, but are never longer than 14
  days", it is SOP108's wish).

A German separable verb is found with its prefix at the end of the clause ("Wir
streben eine Antwort innerhalb von 10 Tagen an").

## Why is this bad?
A hedge makes every miss acceptable. What a hedge really means is that the
target is not met every time: say how often it is, as a percentage floor.
"90% of emails answered within 2 working days" says the same thing honestly.
The message proposes that rewrite from the metric's own words; a clause or a
sentence that concedes misses goes whole ("In 90% of cases: we deliver within 3 days").

## Options
None beyond the severity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sopkit.judgement import each_once, judge_sop_metric
from sopkit.lint.examples import FLOOR_METRIC, example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.quantities import find_durations
from sopkit.sop import Sop
from sopkit.standard import MAX_METRIC_CHARS
from sopkit.terms import TermMatch

_REWRITE_CHARS = 160
#: A copula left before a bare verb when "expected to" or "likely to" goes: "is receive".
_COPULA_LEFT = re.compile(
    r"(?<![\w-])(?:is|are|am|can\s+be)\s+(?=(?:receive|take|be|get|hear|reach|arrive|"
    r"reply|respond|answer|contact|call|send|deliver|complete|process|resolve)(?![\w-]))",
    re.IGNORECASE,
)
#: The conjunction a hedge left at the start: "dass wir ... antworten", "that we ...".
_THAT_LEFT = re.compile(r"^(?:dass|that|dat)\s+", re.IGNORECASE)
#: An article left without its noun when a hedge that was a noun goes: "has set an to".
_ORPHAN_ARTICLE = re.compile(
    r"(?<![\w-])(?:a|an|the|ein|eine|einen|een|het)\s+(?:to|zu|te|om)(?![\w-])", re.IGNORECASE
)


def _bound_spans(metric: str, lang: str) -> list[tuple[int, int]]:
    """Where the metric's durations are."""
    return [duration.span for duration in find_durations(metric, lang)]


#: The adjective of a hedge that names the usual time ("normal production time"): the
#: rewrite drops the adjective and keeps the noun.
_USUAL_NOUN = re.compile(r"(?:normal|usual|typical|standard)\s+(?=\S)", re.IGNORECASE)

#: How the honest rewrite starts: a percentage floor for the same commitment.
_FLOOR = {"en": "in 90% of cases", "de": "in 90 % der Fälle", "nl": "in 90% van de gevallen"}


def honest_rewrite(
    metric: str, term: TermMatch, lang: str, has_bound: bool, has_share: bool
) -> str:
    """The metric without the hedge, led by a percentage floor (or only without the
    hedge when it has a share already); a stock example when it has no bound."""
    if not has_bound or any(
        start < term.end and term.start < end for start, end in _bound_spans(metric, lang)
    ):  # "gehen wir von 5-6 Werktagen aus": the hedge holds the bound, nothing is left
        return FLOOR_METRIC[lang]
    usual = _USUAL_NOUN.match(term.term)
    if usual:  # "our normal production time is 2 days": the time stays, "normal" goes
        term = TermMatch(usual.group(), term.start, term.start + usual.end())
    rest = (
        _promise_without_effort(metric, term, lang)
        or _without_concession(metric, term, lang)
        or _without_hedged_sentence(metric, term, lang)
        or (metric[: term.start] + metric[term.end :]).strip()
    )
    rest = re.sub(r"\(\s*\)", "", rest)  # "(if possible)" without the hedge
    if term.term.lower().endswith(" to"):  # "is expected to receive": "will receive"
        rest = _COPULA_LEFT.sub("will ", rest, count=1)
    # "Wir gehen davon aus, dass wir ... antworten": the clause it governed, on its own
    rest = _THAT_LEFT.sub("", rest.strip(" ,"))
    if lang == "en":  # "ABI will do its utmost to return" without the effort: "will return"
        rest = re.sub(
            r"\b(will|shall|must|would)(\s+always|\s+also)?\s+to\s+(?=\w)",
            r"\1\2 ",
            rest,
            flags=re.I,
        )
    if _ORPHAN_ARTICLE.search(rest):  # "has set an ambitious target to reduce": no noun left
        return FLOOR_METRIC[lang]
    rest = re.sub(r"\s+([,.;])", r"\1", re.sub(r"\s{2,}", " ", rest)).strip(" ,;")
    rest = rest.rstrip(".")
    if len(rest) > _REWRITE_CHARS:  # a message quotes a sentence, not a page
        rest = rest[:_REWRITE_CHARS].rsplit(" ", 1)[0] + " …"
    if has_share:
        return rest[:1].upper() + rest[1:]
    acronym = rest[1:2].isupper()  # "ABI will ...", "KPN belt ...": a name keeps its case
    if (
        rest
        and not acronym
        and not (lang == "de" and rest[:1].isupper() and rest.split()[0] not in _PRONOUNS)
    ):
        rest = rest[:1].lower() + rest[1:]
    return f"{_FLOOR[lang][:1].upper()}{_FLOOR[lang][1:]}: {rest}"


#: An effort or intention before an infinitive: "We make every effort to reply ...",
#: "Wir tun alles, um ... zu antworten", "Wij doen er alles aan om ... te reageren".
#: With "we", "wir" and "wij" the present tense is the infinitive (but for "be", "sein"),
#: so the promise is the subject, the verb and what stood between.
_EFFORT_SHAPES: dict[str, tuple[re.Pattern[str], ...]] = {
    "en": (
        re.compile(r"(?P<s>we)\s+(?P<mid>(?:[\w']+\s+){0,5}?)to\s+(?P<verb>\w+)(?P<rest>.*)", re.I),
    ),
    "de": tuple(
        re.compile(rf"(?P<s>wir)\s+(?P<mid>.+?){link}(?P<rest>.+?)\s+zu\s+(?P<verb>\w+)", re.I)
        for link in (r",?\s+um\s+", r",\s+")
    ),
    "nl": tuple(
        re.compile(rf"(?P<s>wij|we)\s+(?P<mid>.+?){link}(?P<rest>.+?)\s+te\s+(?P<verb>\w+)", re.I)
        for link in (r",?\s+om\s+", r"\s+")
    ),
}
_LINK = re.compile(r"[\s,]*(?:(?:to|um|om|ernaar\s+om|erom)\s*)?", re.IGNORECASE)
#: The verbs whose present tense with "we"/"wir" is not the infinitive ("zijn" is).
_PRESENT = {"be": "are", "sein": "sind"}


#: Words that open a clause conceding misses after the bound: ", though it may take longer",
#: ", and these times may vary", ", allerdings garantieren wir dies nicht".
_CONCESSIVE = {
    "though", "although", "but", "however", "sometimes", "occasionally", "aber", "doch",
    "jedoch", "manchmal", "gelegentlich", "maar", "echter", "soms", "af", "and", "und", "en",
    "allerdings",
}  # fmt: skip
#: A conjunction that opens the conceding clause with no comma before it, up to two words
#: before the hedge: "Die Lieferzeit beträgt 3 Werktage und kann variieren".
_CONJUNCTION_BEFORE = re.compile(
    r"\s(?:and|und|en|but|aber|maar|doch)\s+(?:\S+\s+){0,2}$", re.IGNORECASE
)


def _without_concession(metric: str, term: TermMatch, lang: str) -> str | None:
    """The metric up to the clause that concedes misses after its bound, or None.

    "Urgent tickets get a reply within the hour, though it can take slightly longer"
    keeps "Urgent tickets get a reply within the hour": taking out the hedge alone left
    "..., though it".
    """
    comma = max(metric.rfind(",", 0, term.start), metric.rfind(";", 0, term.start))
    lead = metric[comma + 1 : term.start].split()
    if comma >= 0 and len(lead) <= 3 and (not lead or lead[0].lower() in _CONCESSIVE):
        kept = metric[:comma].strip()
    else:
        conjunction = _CONJUNCTION_BEFORE.search(metric, max(comma, 0), term.start)
        if conjunction is None:
            return None
        kept = metric[: conjunction.start()].strip()
    return kept if find_durations(kept, lang) else None


#: Where one sentence of a metric ends and the next starts.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])")


def _without_hedged_sentence(metric: str, term: TermMatch, lang: str) -> str | None:
    """The metric without the sentence that holds the hedge and no bound, or None:
    "Delivery times may vary. We deliver within 3 days." keeps the second sentence."""
    starts = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(metric)]
    if len(starts) < 2:
        return None
    ends = [*starts[1:], len(metric)]
    for start, end in zip(starts, ends, strict=True):
        if start <= term.start < end:
            if find_durations(metric[start:end], lang):
                return None
            kept = (metric[:start] + metric[end:]).strip()
            return kept if find_durations(kept, lang) else None
    return None


def _promise_without_effort(metric: str, term: TermMatch, lang: str) -> str | None:
    """The promise an effort hedge wraps ("We reply within 2 days"), or None.

    Only when the hedge sits between the subject and the infinitive it governs.
    """
    stripped = metric.strip().rstrip(".")
    if len(stripped) > _REWRITE_CHARS * 2:
        return None  # the shapes try every split: a short sentence only
    for shape in _EFFORT_SHAPES.get(lang, ()):
        match = shape.fullmatch(stripped)
        if match is None:
            continue
        governed = match.start("verb") if lang == "en" else match.start("rest")
        # the hedge ends where its infinitive clause starts: "We usually reply to
        # letters" has a "to" too, and no infinitive
        if match.start("s") <= term.start < governed and _LINK.fullmatch(
            stripped, min(term.end, governed), governed
        ):  # "We aim to" holds the subject
            # the hedge may reach into the governed words: "Wij streven ernaar klachten ..."
            start = max(match.start("rest"), term.end) if lang != "en" else match.start("rest")
            rest = re.sub(r"^(?:om|um)\s+", "", stripped[start : match.end("rest")].strip(" ,"))
            verb = _PRESENT.get(match.group("verb").lower(), match.group("verb"))
            return " ".join(part for part in (match.group("s"), verb, rest) if part)
    return None


#: German capitalises nouns, so only a leading pronoun or article is lowered.
_PRONOUNS = {"Wir", "Sie", "Ihre", "Ihr", "Die", "Der", "Das", "Eine", "Ein", "Alle", "Unsere"}


def check(sop: Sop) -> Iterator[Problem]:
    """Report the hedges (each once), or else the first approximation, in ``metric``, by name."""
    metric = sop.metric
    if metric is None:
        return
    judgement = judge_sop_metric(metric, sop.lang, sop.settings.vague_terms)
    if judgement.hedges:
        term = judgement.hedges[0]
        target = sop.standard.target
        has_share = target is not None and target.kind in ("percent", "fraction")
        # (the part the judgement read: the rewrite searched a pasted page of 765 KB
        # for its durations, for minutes)
        read = metric[:MAX_METRIC_CHARS]
        rewrite = honest_rewrite(read, term, sop.lang, judgement.has_time_bound, has_share)
        words = each_once(hedge.term for hedge in judgement.hedges)
        named = " and ".join(f"'{word}'" for word in words)
        verb = "make" if len(words) > 1 else "makes"
        yield Problem(
            f"{named} {verb} the bound optional: a standard holds every time, or "
            "says how often; if misses are tolerated, say how many as a percentage "
            f"floor, e.g. '{rewrite}'",
            *sop.position("metric", term.start),
            "metric",
        )
    elif judgement.approximations:
        term = judgement.approximations[0]
        yield Problem(
            f"'{term.term}' makes the bound approximate: state the bound you keep, "
            f"e.g. '{FLOOR_METRIC[sop.lang]}'",
            *sop.position("metric", term.start),
            "metric",
        )


RULE = Rule(
    code="SOP102",
    name="hedged-metric",
    summary="metric must not hedge (usually, we aim to, in der Regel); state a percentage floor.",
    severity="error",
    check=check,
    examples=(
        Example(
            "en",
            failing=example(
                "en",
                metric="We aim to answer all emails within 2 working days",
                timeframe="2 working days",
            ),
            passing=example(
                "en",
                metric="90% of emails answered within 2 working days",
                timeframe="2 working days",
            ),
        ),
        Example(
            "en",
            failing=example(
                "en",
                metric="We usually answer letters within 10 working days",
                timeframe="10 working days",
            ),
            passing=example(
                "en", metric="We answer letters within 10 working days", timeframe="10 working days"
            ),
        ),
        Example(
            "en",
            failing=example(
                "en",
                metric="We reply to complaints in about 5 working days",
                timeframe="5 working days",
            ),
            passing=example(
                "en",
                metric="We reply to complaints within 5 working days",
                timeframe="5 working days",
            ),
        ),
        Example(
            "de",
            failing=example(
                "de",
                metric="Anfragen beantworten wir in der Regel innerhalb von 5 Werktagen",
                timeframe="5 Werktage",
            ),
            passing=example(
                "de",
                metric="Anfragen beantworten wir innerhalb von 5 Werktagen",
                timeframe="5 Werktage",
            ),
        ),
        Example(
            "de",
            failing=example(
                "de",
                metric="Wir streben eine Antwort innerhalb von 10 Tagen an",
                timeframe="10 Tage",
            ),
            passing=example(
                "de", metric="Wir antworten innerhalb von 10 Tagen", timeframe="10 Tage"
            ),
        ),
        Example(
            "nl",
            failing=example(
                "nl",
                metric="Wij beantwoorden uw vraag in de regel binnen 5 werkdagen",
                timeframe="5 werkdagen",
            ),
            passing=example(
                "nl", metric="Wij beantwoorden uw vraag binnen 5 werkdagen", timeframe="5 werkdagen"
            ),
        ),
        Example(
            "de",
            failing=example(
                "de",
                metric="Wir bemühen uns, 90 % der E-Mails in 2 Werktagen zu beantworten",
                timeframe="2 Werktage",
            ),
            passing=example(
                "de",
                metric="90 % der E-Mails innerhalb von 2 Werktagen beantwortet",
                timeframe="2 Werktage",
            ),
        ),
        Example(
            "nl",
            failing=example(
                "nl",
                metric="Indien mogelijk 90% van de e-mails binnen 2 werkdagen beantwoord",
                timeframe="2 werkdagen",
            ),
            passing=example(
                "nl",
                metric="90% van de e-mails binnen 2 werkdagen beantwoord",
                timeframe="2 werkdagen",
            ),
        ),
    ),
    doc=__doc__ or "",
    tags=("standard",),
)
