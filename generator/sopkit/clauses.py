"""Condition clauses of a standard: the part that says *when*, not *what* is promised.

"If we cannot answer straight away, we call you back within 2 working days" promises
a call-back within 2 working days; "straight away" belongs to the condition and is
not the commitment. The judgement rules therefore read vague words and time bounds
outside the spans found here. English, German and Dutch, including the German and
Dutch condition that starts with its verb ("Können wir ... nicht klären, rufen wir
..."; "Kunnen wij ... niet beantwoorden, dan bellen wij ...").
"""

from __future__ import annotations

import re
from functools import cache

_OPENERS: dict[str, tuple[str, ...]] = {
    "en": ("if", "unless", "when", "whenever", "where", "should", "in case", "in the event",
           "once", "that cannot", "which cannot", "that can't", "that we cannot",
           "which we cannot"),
    "de": ("wenn", "falls", "sofern", "soweit", "sollte", "sollten", "im fall", "im falle",
           "für den fall", "sobald", "gelingt es", "gelingt dies", "die nicht sofort",
           "die nicht direkt", "die wir nicht"),
    "nl": ("als", "indien", "wanneer", "mocht", "mochten", "in het geval", "ingeval",
           "lukt het", "lukt dat", "zodra", "die niet direct", "die niet meteen",
           "die wij niet"),
}  # fmt: skip

#: Openers that set a condition only at the start of a clause: mid-sentence they mean
#: something else ("at most once", "where we ...").
_CLAUSE_START_ONLY = frozenset(
    {
        "when",
        "whenever",
        "where",
        "should",
        "once",
        "sobald",
        "sollte",
        "sollten",
        "zodra",
        "mocht",
        "mochten",
        "lukt het",
        "lukt dat",
        "gelingt es",
        "gelingt dies",
    }
)

#: The first word of a clause after a semicolon.
_AFTER_A_SEMICOLON = re.compile(r";\s+([^\W\d_]+)")
#: A German or Dutch sentence (or a clause after a semicolon) that starts with its
#: finite verb is a condition up to its comma ("Können wir ... nicht klären, rufen wir
#: Sie ... zurück", "...; dauert es länger, erhalten Sie ...").
_VERB_FIRST: dict[str, tuple[str, ...]] = {
    "en": (),
    "de": ("kann", "können", "ist", "sind", "sollte", "sollten", "dauert", "benötigen",
           "benötigt", "gelingt", "lässt", "haben", "hat", "müssen", "muss", "wird", "werden",
           # "Fallen mehr als 4 Stunden aus, versucht die Musikschule ..."
           "fallen", "fällt", "kommt", "kommen", "entsteht", "entstehen", "tritt", "treten",
           "fehlt", "fehlen", "liegt", "liegen", "wünschen", "wünscht", "möchten"),
    "nl": ("kan", "kunnen", "is", "zijn", "duurt", "lukt", "heeft", "hebben", "moet",
           "moeten", "wordt", "worden", "valt", "vallen", "komt", "komen", "ontstaat",
           "ontstaan", "ontbreekt", "ontbreken", "ligt", "liggen", "wilt", "wenst", "wensen",
           # "Bel je tijdens de kantooruren, dan begint de servicedesk meteen ..."
           "bel", "belt", "mail", "mailt", "meld", "meldt"),
}  # fmt: skip

_SUBJECTS: dict[str, frozenset[str]] = {
    "en": frozenset({"we", "you", "i", "they", "our", "your"}),
    "de": frozenset({"wir", "sie", "ich", "unsere", "ihre"}),
    "nl": frozenset({"wij", "we", "u", "ik", "zij", "onze", "uw", "je", "jij", "jullie", "jouw"}),
}
#: A condition that is a noun, not a clause ("In het geval van aanvragen ... krijg je"):
#: it has no subject of its own, so the first subject starts the main clause.
_NOUN_CONDITION = re.compile(
    r"(?:in\s+(?:het\s+)?geval\s+van|in\s+case\s+of|in\s+the\s+event\s+of|"
    r"im\s+falle?\s+(?:von|vom|des|der|eines|einer))\s",
    re.IGNORECASE,
)
#: (Dutch "dan" after a comparative compares: "als de reparatie langer dan 2 uur duurt".)
_END = re.compile(
    # a dash between words ends an aside ("sofern Sie zustimmen - erhalten Sie"), not one
    # between numbers ("8 - 18 Uhr")
    r"[,;:)]|\s[–—]\s|(?<!\d)\s-\s(?!\d)|\s(?:then|dann)\s|(?<!\w\wer)\sdan\s",
    re.IGNORECASE,
)
#: "if possible", "wenn nötig", "indien nodig": a hedge or a vague word, not a condition.
_NOT_A_CONDITION = re.compile(
    r"\s+(?:at\s+all\s+|(?:dies|das|es|denn|this|it|dit|het)\s+){0,3}"
    r"(?:possible|feasible|practicable|necessary|needed|required|appropriate|"
    r"applicable|we\s+can(?![\w'’])|möglich|nötig|notwendig|erforderlich|es\s+geht|mogelijk|nodig|"
    r"noodzakelijk|vereist|gewenst|gewünscht|desired|"
    r"het\s+kan|van\s+toepassing|"
    # the day's capacity: "if staffing allows", "soweit die Umstände es zulassen"
    r"(?:staffing|resources|time|circumstances|workload)\s+(?:allows?|permits?)|"
    r"(?:die\s+|es\s+die\s+)?(?:Umstände|Personalsituation|Kapazitäten)\s+(?:es\s+)?"
    r"(?:zulassen|zulässt|erlauben|erlaubt)|"
    r"(?:de\s+)?(?:omstandigheden|drukte|bezetting|capaciteit)\s+(?:het|dit)\s+"
    r"(?:toelaten|toelaat)|"
    # "if all goes well", "als het goed is", "wenn alles gut geht": a hedge
    r"all\s+goes\s+well|het\s+goed\s+is|alles\s+goed\s+gaat|alles\s+gut\s+geht)",
    re.IGNORECASE,
)
#: A relative clause that sets a condition ("Enquiries that cannot be answered at once
#: will be ...") ends where the main clause's verb comes.
_END_RELATIVE = re.compile(
    r"[,;:]|\s(?:will|shall|are|is|get|gets|wird|werden|worden|wordt|zullen|zal)\s",
    re.IGNORECASE,
)
_RELATIVE_OPENERS = frozenset(
    {
        "that cannot",
        "which cannot",
        "that can't",
        "that we cannot",
        "which we cannot",
        "die nicht sofort",
        "die nicht direkt",
        "die wir nicht",
        "die niet direct",
        "die niet meteen",
        "die wij niet",
    }
)
#: Verbs after which English "if" means "whether" ("check if an application is
#: complete"): the question, not a condition, so the bounds in it are the standard's.
_WHETHER_VERBS = frozenset(
    {
        "check", "checks", "checking", "checked", "see", "sees", "ask", "asks", "asking",
        "decide", "decides", "deciding", "confirm", "confirms",
        "confirming", "determine", "determines", "verify", "verifies", "establish",
        "establishes", "assess", "assesses", "tell", "tells", "advise", "advises",
        "inform", "informs", "out", "wonder", "consider", "considers", "review", "reviews",
    }
)  # fmt: skip
#: "tell you if" asks whether; "tell us if" asks the customer to act in case.
_PRONOUNS = frozenset({"you", "them", "him", "her", "customers", "customer"})
#: A word alone, not letters among digits ("u" in the Flemish hour "08u00" is no "u").
_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?!\w)")
#: "im Falle einer (längeren) Störung": a condition that is a noun, not a clause, ends
#: with its noun (German writes nouns with a capital letter); the main clause goes on.
_GERMAN_NOUN_PHRASE = re.compile(
    r"(?i:im\s+Falle?|für\s+den\s+Fall)\s+(?i:einer|eines|des|der|von|vom)\s+"
    r"(?:[a-zäöüß][\w-]*\s+){0,3}[A-ZÄÖÜ][\w-]*"
)


@cache
def _opener_pattern(lang: str) -> re.Pattern[str]:
    words = sorted(_OPENERS.get(lang, ()), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


#: What makes a condition open a clause of its own, as at the start of a sentence.
_NEW_CLAUSE_BEFORE = re.compile(
    r"(?:[;:]|(?<![\w-])(?:but|and|or|maar|en|aber|und|oder|doch|jedoch))\s*$", re.IGNORECASE
)


def _end_without_comma(text: str, start: int, lang: str) -> int:
    """Where a condition with no comma ends: before the main clause's subject.

    "If we cannot answer straight away we call you back": the condition's own
    subject is the first pronoun; the second starts the main clause. A condition that
    is a noun ("in case of a fault we ...") has no subject: the first one starts it.
    """
    needed = 1 if _NOUN_CONDITION.match(text, start) else 2
    seen = 0
    first_subject: re.Match[str] | None = None
    for index, match in enumerate(_WORD.finditer(text, start)):
        if match.group().lower() in _SUBJECTS[lang]:
            seen += 1
            if seen == needed:
                return match.start()
            if index > 1:
                first_subject = match
    if first_subject is not None:
        # "If customers request a meter we endeavour to ...": the condition's subject is a
        # noun, so the only pronoun, well after the opener, starts the main clause
        return first_subject.start()
    return len(text)


def _means_whether(before: list[str]) -> bool:
    """True when the words before an English "if" make it "whether": "check if",
    "tell you if", "let us know if"."""
    words = [w.lower() for w in before[-3:]]
    if not words or words[-1].endswith((",", ";", ":")):
        return False
    if words[-1] in _WHETHER_VERBS or words[-2:] == ["you", "know"]:
        return True  # "let you know if" (whether), not "let us know if" (in case)
    return len(words) >= 2 and words[-1] in _PRONOUNS and words[-2] in _WHETHER_VERBS


#: A condition that is whole in itself, naming a case said before: "if this is the case",
#: "if so", "wenn dies der Fall ist", "als dat zo is". The main clause may follow without a
#: comma, and its bound is no part of the condition.
_WHOLE_CASE = re.compile(
    r"(?:if|when|wenn|falls|sofern|als|indien)\s+(?:(?:this|that)\s+(?:is\s+the\s+case|happens)|"
    r"so|(?:dies|das)\s+der\s+Fall\s+ist|(?:dat|dit)\s+(?:zo\s+is|het\s+geval\s+is))(?![\w-])",
    re.IGNORECASE,
)


#: Dutch "als" before a bare noun and the main clause's verb with its subject after it:
#: "Als extra service versturen wij", "Als klant kunt u". A condition has its own subject
#: first ("Als u belt", "Als het nodig is", "Als uw aanvraag compleet is").
_AS_A_ROLE = re.compile(
    r"als\s+(?!(?:de|het|een|er|dit|dat|die|deze|u|uw|je|jouw|jij|we|wij|ik|mijn|zij|ze|hij|"
    r"haar|hun|onze|ons|men|iemand|iets|alles|niets)\b)(?:[^\W\d_]+\s+){1,3}?[^\W\d_]+(?:en|t)\s+"
    r"(?:wij|we|ik|u|zij|ze|jij|je|hij)\b",
    re.IGNORECASE,
)


#: "als regel", "als uitgangspunt": Dutch "as" a rule, not "if".
_AS_A_RULE = re.compile(r"als\s+(?:regel|uitgangspunt|richtlijn|norm|vuistregel)\b", re.IGNORECASE)


#: The sentence's first word making an exception of the condition after it.
_EXCEPT = re.compile(
    r"\s*(?:except|save|behoudens|behalve|uitgezonderd|außer|ausser|ausgenommen)\s+",
    re.IGNORECASE,
)
#: A relative clause about what the customer does first: "Überweisungen, die Sie am 30.12.
#: bis ca. 20.15 Uhr erfassen, werden noch im alten Jahr gebucht", "orders that you place
#: by about 2pm". It ends at its comma or at the main clause's verb.
_CUSTOMER_CLAUSE = re.compile(
    r"(?<![\w-])(?:that\s+you|which\s+you|die\s+Sie|die\s+u|die\s+je)(?![\w-])", re.IGNORECASE
)


def customer_clause_spans(text: str) -> list[tuple[int, int]]:
    """Spans of relative clauses that say what the customer does ("die Sie ... erfassen").

    An approximation there is the customer's cut-off, not the promise's bound. Only that:
    the bounds in such a clause may still be the promise's ("every letter that you send
    within 10 days" is ambiguous), so they stay where the standard reads them.
    """
    spans = []
    for match in _CUSTOMER_CLAUSE.finditer(text):
        end = _END_RELATIVE.search(text, match.end())
        spans.append((match.start(), end.start() if end else len(text)))
    return spans


def condition_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Character spans of the condition clauses in ``text``."""
    if lang not in _OPENERS:
        return []
    spans: list[tuple[int, int]] = []
    first = _WORD.match(text.lstrip())
    starts: list[int] = []
    if first and first.group().lower() in _VERB_FIRST[lang]:
        starts.append(len(text) - len(text.lstrip()))
    # the same after a semicolon: "...; dauert es länger, erhalten Sie einen Zwischenbescheid"
    for clause in _AFTER_A_SEMICOLON.finditer(text):
        if clause.group(1).lower() in _VERB_FIRST[lang]:
            starts.append(clause.start(1))
    for match in _opener_pattern(lang).finditer(text):
        before = text[max(0, match.start() - 40) : match.start()].split()  # two words back
        opener = " ".join(match.group().lower().split())
        if _NOT_A_CONDITION.match(text, match.end()):
            continue
        if opener in _CLAUSE_START_ONLY and before and not before[-1].endswith((",", ";", ":")):
            continue
        if lang == "en" and opener == "if" and _means_whether(before):
            continue  # "we check if the application is complete on the day we get it"
        if (
            lang == "nl"
            and match.group().lower() == "als"
            and len(before) >= 2
            and (before[-2].lower() == "zo")
        ):
            continue  # "zo snel als mogelijk" compares, it does not set a condition
        if lang == "nl" and (
            _AS_A_ROLE.match(text, match.start()) or _AS_A_RULE.match(text, match.start())
        ):
            continue  # "Als extra service versturen wij ...": "as", not "if"
        starts.append(match.start())
    relative = {
        m.start() for m in _opener_pattern(lang).finditer(text)
        if " ".join(m.group().lower().split()) in _RELATIVE_OPENERS
    }  # fmt: skip
    for start in sorted(set(starts)):
        if spans and start < spans[-1][1]:
            continue
        whole = _WHOLE_CASE.match(text, start)
        if whole is not None:
            spans.append(whole.span())  # "if this is the case we tell you within 7 days"
            continue
        end_match = (_END_RELATIVE if start in relative else _END).search(text, start + 1)
        # a clause starts the sentence anew after "but", "and", "or" or a semicolon: "but if
        # we can't we will write to you within 5 days" has its main clause's subject too
        at_start = (
            not text[:start].strip()
            or _NEW_CLAUSE_BEFORE.search(text, max(0, start - 16), start) is not None
            # "Behoudens in het geval van opzeggingen zullen wij ...": an exception opens it
            or _EXCEPT.fullmatch(text, 0, start) is not None
        )
        noun_phrase = _GERMAN_NOUN_PHRASE.match(text, start) if lang == "de" else None
        if noun_phrase and (end_match is None or noun_phrase.end() < end_match.start()):
            spans.append((start, noun_phrase.end()))  # "im Falle einer Störung": no clause
            continue
        if end_match and at_start:
            # "If you give us an address you get it the same day; post takes ...": the
            # main clause's own subject can come before the first punctuation mark.
            end = min(end_match.start(), _end_without_comma(text, start, lang))
        elif end_match:
            end = end_match.start()
        elif at_start:
            end = _end_without_comma(text, start, lang)
        else:
            end = len(text)  # "..., we call back within 2 days if we cannot answer at once"
        spans.append((start, end))
    return spans


#: Words that open a clause saying what a step is *for*: "We check the account daily to
#: make sure that orders ship on time" promises the daily check; "on time" is its aim.
_PURPOSE_OPENERS: dict[str, str] = {
    "en": r"(?:in\s+order\s+)?to\s+(?:ensure|make\s+sure|guarantee)|so\s+that|so\s+as\s+to",
    "de": r"um\s+(?:sicherzustellen|sicher\s+zu\s+stellen|zu\s+gewährleisten|zu\s+garantieren)|"
          r"damit|so\s*dass",
    "nl": r"om\s+(?:ervoor\s+te\s+zorgen|te\s+zorgen|te\s+garanderen|zeker\s+te\s+zijn)|zodat|"
          r"opdat",
}  # fmt: skip
#: Where a purpose clause ends: the end of the sentence.
_SENTENCE_END = re.compile(r"[;!?]|\.(?!\d)")


@cache
def _purpose_pattern(lang: str) -> re.Pattern[str] | None:
    words = _PURPOSE_OPENERS.get(lang)
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE) if words else None


def purpose_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of clauses that give a step's purpose ("…, um sicherzustellen, dass der
    Versand rechtzeitig erfolgt"), each up to the end of its sentence.

    The judgement reads a vague word there as the aim of a checkable step, not as
    its bound, when the step has a bound or schedule outside the clause.
    """
    pattern = _purpose_pattern(lang)
    if pattern is None:
        return []
    spans = []
    first = _PURPOSE_FIRST.get(lang)
    said_first = first.match(text) if first else None
    if said_first:  # "Om afwijkingen tijdig op te sporen, vergelijken we ...": up to its comma
        spans.append((said_first.start(1), said_first.end(1)))
    for match in pattern.finditer(text):
        if said_first and match.start() < said_first.end(1):
            continue
        end = _SENTENCE_END.search(text, match.end())
        spans.append((match.start(), end.start() if end else len(text)))
    return spans


#: A purpose said before the step, up to its comma: "To keep delays short, ...", "Um
#: Ausfälle früh zu erkennen, ...", "Om afwijkingen tijdig op te sporen, ...".
_PURPOSE_FIRST: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\s*((?:in\s+order\s+)?to\s+[^,.;]{3,160}?),", re.IGNORECASE),
    "de": re.compile(
        r"\s*(um\s+[^,.;]{3,160}?(?:\s+zu\s+[^\W\d_]+|zu[^\W\d_]+en)),", re.IGNORECASE
    ),
    "nl": re.compile(r"\s*(om\s+[^,.;]{3,160}?\s+te\s+[^\W\d_]+),", re.IGNORECASE),
}
