"""Grammar checks that need more than word lists: tense and one action per step.

Vale's word rules cannot tell "will" (future) from "the customer's will", nor
"Prüfte die Nummer" (past) from "Prüfen Sie die Nummer". These checks use small,
conservative patterns per language: they prefer missing a case to flagging a
correct step, because a rule that cries wolf gets switched off. Text inside
quotation marks is a script that staff say aloud and is not checked for tense.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from sopkit.markdown import Block
from sopkit.vale.text import mask

#: Each opening quotation mark and the marks that close it; a straight single quote
#: opens only after a non-word character and closes only before one ("it's" is no quote).
_QUOTES = {'"': '"', "“": "”", "„": "“”", "‘": "’", "«": "»", "'": "'"}
_OPENER = re.compile(r"[\"“„‘«]|(?<!\w)'")
_WORD_CHAR = re.compile(r"\w")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class Hit:
    """A finding inside a block: character range and the words found."""

    block: Block
    start: int
    end: int
    words: str


def prose_text(block: Block, masked: str | None = None) -> str:
    """The block's text with markup and quoted speech blanked out (same width).

    Args:
        block: the block.
        masked: ``mask(block.text)`` when the caller has it already.
    """
    text = mask(block.text) if masked is None else masked
    if any(q in text for q in _QUOTES):
        text = _blank_quotes(text)
    return text.replace("*", " ").replace("_", " ")


def _blank_quotes(text: str) -> str:
    """``text`` with each quotation (marks included) blanked, leftmost first.

    A scanner rather than one regex: from an opener with no closer after it a
    regex scans to the end of the text, at every such opener, so a line of
    100 KB of "„" took quadratic time. Here the next closer of each kind is
    remembered, so the text is scanned about once per kind.
    """
    next_closer: dict[str, int] = {}

    def closer_after(opener: str, start: int) -> int:
        known = next_closer.get(opener)
        if known is not None and (known < 0 or known >= start):
            return known  # nothing closes after ``start``, or the next closer still lies ahead
        found = [i for i in (text.find(c, start) for c in _QUOTES[opener]) if i >= 0]
        next_closer[opener] = min(found) if found else -1
        return next_closer[opener]

    parts: list[str] = []
    done = position = 0
    while (match := _OPENER.search(text, position)) is not None:
        opener, start = match.group(), match.start()
        end = closer_after(opener, start + 1)
        if end < 0 or (opener == "'" and _WORD_CHAR.match(text, end + 1)):
            position = start + 1
            continue
        parts.append(text[done:start])
        parts.append(" " * (end + 1 - start))
        done = position = end + 1
    parts.append(text[done:])
    return "".join(parts)


# --- future tense ---------------------------------------------------------------------

_EN_FUTURE = re.compile(
    r"\b(?P<aux>will|won't|wo n't|shall not|(?<=\w)'ll)\s+(?:(?:not|also|then|always|never|first|"
    r"now|only|\w+ly)\s+)?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
_EN_NOT_VERBS = {"you", "he", "she", "it", "we", "they", "i", "the", "a", "an", "this", "that"}
_DE_AUX = re.compile(r"\b(?:wird|werden|werde|wirst|werdet)\b", re.IGNORECASE)
_DE_CLAUSE_END = re.compile(r"[,.;:!?()]|\s[-–]\s|\b(?:und|oder|aber|sondern|wenn|weil|dass)\b")
_DE_SEPARABLE = (
    "ab", "an", "auf", "aus", "bei", "ein", "fest", "her", "hin", "mit", "nach", "vor",
    "weg", "weiter", "zu", "zurück", "dar", "um", "durch", "über", "unter", "wieder", "heraus",
    "herunter", "hoch", "los", "vorbei", "zusammen", "herein", "hinaus", "voran", "bereit",
)  # fmt: skip
#: Strong participles of verbs with an inseparable prefix change the stem vowel
#: ("überschrieben", "empfohlen", "verbunden"); their infinitives do not end so.
_DE_INSEPARABLE = (
    "be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "über", "unter", "hinter", "wider",
    "voll",
)  # fmt: skip
_DE_STRONG_PARTICIPLE = (
    "ieben", "ohlen", "unden", "ungen", "ogen", "ossen", "iffen", "itten", "oten", "orben",
    "orfen", "orgen", "olfen", "ieden", "iesen", "ommen", "oren",
)  # fmt: skip
_DE_MODALS = {
    "kann", "können", "muss", "müssen", "soll", "sollen", "darf", "dürfen", "möchte", "sollte",
    "sollten", "könnte", "könnten", "müsste", "müssten", "dürfte", "dürften", "will", "wollen",
}  # fmt: skip
_NL_FUTURE = re.compile(r"\b(?:zal|zullen|zult)\b", re.IGNORECASE)


def _de_participle(word: str) -> bool:
    """A German past participle ("geprüft", "angenommen", "weitergeleitet")?"""
    lower = word.lower()
    if lower.endswith("t") or lower == "worden":
        return True
    if lower.startswith("ge") and len(lower) > 5:
        return True
    if lower.startswith(_DE_INSEPARABLE) and lower.endswith(_DE_STRONG_PARTICIPLE):
        return True
    return any(lower.startswith(p + "ge") and len(lower) > len(p) + 4 for p in _DE_SEPARABLE)


def _de_zu_infinitive(words: list[str]) -> bool:
    """ "... zu ändern", "herzustellen": an infinitive with zu, never a future."""
    last = words[-1].lower()
    if len(words) > 1 and words[-2].lower() == "zu":
        return True
    return any(last.startswith(p + "zu") and len(last) > len(p) + 4 for p in _DE_SEPARABLE)


def _de_infinitive(word: str) -> bool:
    lower = word.lower()
    return len(lower) > 3 and lower.endswith(("en", "ern", "eln")) and not _de_participle(word)


#: The longest clause after "wird" that is read for its infinitive, in characters.
_DE_CLAUSE_MAX = 400


class _ClauseEnds:
    """Where German clauses end in one text, found once rather than per "wird".

    Searching from every auxiliary to the next clause end (and listing every
    clause end before it) made a long line of "wird wird ..." quadratic.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [m.end() for m in _DE_CLAUSE_END.finditer(text)]
        self.next: re.Match[str] | None = None
        self.searched = False

    def after(self, position: int) -> int:
        """The start of the first clause end at or after ``position`` (else the text's end)."""
        # Positions only grow: a clause end still ahead is the answer, and none
        # found once means none later either.
        if not self.searched or (self.next is not None and self.next.start() < position):
            self.next = _DE_CLAUSE_END.search(self.text, position)
            self.searched = True
        return self.next.start() if self.next is not None else len(self.text)

    def before(self, position: int) -> int:
        """The end of the last clause end before ``position`` (else 0)."""
        index = bisect.bisect_right(self.ends, position) - 1
        return self.ends[index] if index >= 0 else 0


def future_tense(block: Block, lang: str, text: str | None = None) -> Iterator[Hit]:
    """Future tense: "The agent will greet", "wird ... prüfen", "zal ... terugbellen"."""
    text = prose_text(block) if text is None else text
    if lang == "en":
        for m in _EN_FUTURE.finditer(text):
            if m.group("verb").lower() not in _EN_NOT_VERBS:
                yield Hit(block, m.start("aux"), m.end("verb"), m.group())
    elif lang == "de":
        clause_ends = _ClauseEnds(text)
        for m in _DE_AUX.finditer(text):
            end = clause_ends.after(m.end())
            if end - m.end() > _DE_CLAUSE_MAX:
                continue  # no verb bracket spans that far; reading it would cost quadratic time
            words = _WORD.findall(text, m.end(), end)
            if words and words[-1].lower() in _DE_MODALS and len(words) > 1:
                continue  # "gezählt werden sollen": a passive under a modal
            if words and _de_infinitive(words[-1]) and not _de_zu_infinitive(words):
                yield Hit(block, m.start(), m.end(), f"{m.group()} … {words[-1]}")
            elif not words:
                before = _WORD.findall(text, clause_ends.before(m.start()), m.start())
                if {w.lower() for w in before} & _DE_MODALS:
                    continue  # "kann ... heruntergeladen werden": a passive with a modal
                if before and _de_infinitive(before[-1]):
                    yield Hit(block, m.start(), m.end(), f"{before[-1]} {m.group()}")
    elif lang == "nl":
        for m in _NL_FUTURE.finditer(text):
            yield Hit(block, m.start(), m.end(), m.group())


# --- past tense as an instruction ------------------------------------------------------

_EN_IRREGULAR_PAST = {
    "sent", "wrote", "gave", "took", "made", "told", "spoke", "rang", "brought", "found",
    "kept", "paid", "said", "sold", "got", "went", "began", "chose", "drove", "saw",
}  # fmt: skip
_EN_NOT_PAST = {"need", "feed", "speed", "proceed", "exceed", "succeed", "embed", "shred", "bed"}
_DETERMINERS = {
    "en": {"the", "a", "an", "this", "that", "these", "those", "their", "his", "her", "its",
           "our", "your", "all", "each", "every", "it", "them", "him", "any"},
    "de": {"den", "die", "das", "dem", "der", "des", "ein", "eine", "einen", "einem", "einer",
           "seine", "ihre", "ihren", "alle", "jede", "jeden", "es", "sie"},
    "nl": {"de", "het", "een", "zijn", "haar", "hun", "alle", "elke", "deze", "dit", "die",
           "uw", "hem", "ze"},
}  # fmt: skip


def _is_past(word: str, lang: str) -> bool:
    lower = word.lower()
    if lang == "en":
        if lower in _EN_IRREGULAR_PAST:
            return True
        return len(lower) > 4 and lower.endswith("ed") and lower not in _EN_NOT_PAST
    if lang == "de":
        return len(lower) > 4 and lower.endswith("te")
    return len(lower) > 4 and lower.endswith(("de", "te"))


def past_tense_step(block: Block, lang: str, text: str | None = None) -> Iterator[Hit]:
    """A step that opens with a past-tense verb and its object: "Checked the order number"."""
    text = prose_text(block) if text is None else text
    words = list(_WORD.finditer(text))
    if len(words) < 2 or text.rstrip().endswith("?"):
        return  # a question ("Did it show up?") is not a record
    first, second = words[0], words[1]
    if _is_past(first.group(), lang) and second.group().lower() in _DETERMINERS[lang]:
        yield Hit(block, first.start(), first.end(), first.group())


# --- one action per step ---------------------------------------------------------------

_VERBS = {
    "en": {
        "acknowledge", "answer", "apologise", "apologize", "arrange", "ask", "assign", "attach",
        "book", "call", "capture", "check", "close", "collect", "confirm", "contact", "copy",
        "create", "delete", "email", "enter", "escalate", "explain", "file", "fill", "forward",
        "give", "greet", "hand", "inform", "issue", "log", "mark", "note", "offer", "open",
        "pass", "phone", "place", "post", "print", "put", "read", "record", "refund",
        "register", "release", "remove", "replace", "reply", "report", "request", "respond",
        "return", "review", "save", "scan", "schedule", "select", "send", "share", "sign",
        "store", "submit", "take", "tell", "thank", "tick", "transfer", "update", "verify",
        "write",
    },
    "nl": {
        "archiveer", "beantwoord", "bedank", "begroet", "bel", "bevestig", "bied", "boek",
        "controleer", "druk", "escaleer", "geef", "informeer", "kies", "lees", "leg", "mail",
        "maak", "meld", "neem", "noteer", "open", "overhandig", "pak", "plaats", "print",
        "registreer", "reageer", "scan", "schrijf", "sla", "sluit", "stuur", "verstuur",
        "verwijs", "voer", "vraag", "vul", "zet",
    },
}  # fmt: skip
_JOINERS = {
    "en": r"(?:,\s*)?\b(?:and then|and|then|after that)\b|;",
    "nl": r"(?:,\s*)?\b(?:en daarna|en dan|en vervolgens|daarna|vervolgens|en|dan)\b|;",
}
_OBJECTS = {
    "en": _DETERMINERS["en"] | {"to", "back", "up", "out", "down", "in", "on", "off"},
    "nl": _DETERMINERS["nl"] | {"op", "door", "in", "af", "aan", "terug", "na", "uit", "met"},
}
_CONDITION = re.compile(r"\s*(?:if|when|once|unless|wenn|falls|sobald|als|indien|zodra)\b", re.I)
_DE_SECOND_ACTION = re.compile(
    r"(?:\b(?:und|dann|anschließend|danach|und dann|und anschließend)\b|;)\s+"
    r"(?P<verb>[^\W\d_]+en)\s+Sie\b",
    re.IGNORECASE,
)


def second_action(block: Block, lang: str, text: str | None = None) -> Iterator[Hit]:
    """A step that joins two actions: "Ask for the number and note it in the CRM"."""
    text = prose_text(block) if text is None else text
    if lang == "de":
        m = _DE_SECOND_ACTION.search(text)
        if m:
            yield Hit(block, m.start(), m.end("verb"), m.group().strip())
        return
    if _CONDITION.match(text):
        return  # "If it is not yours, then escalate": one action under a condition
    pattern = re.compile(
        rf"(?P<join>{_JOINERS[lang]})\s+(?P<verb>[^\W\d_]+)\s+(?P<next>[^\W\d_]+)", re.IGNORECASE
    )
    for m in pattern.finditer(text):
        verb, following = m.group("verb").lower(), m.group("next").lower()
        if verb in _VERBS[lang] and following in _OBJECTS[lang]:
            yield Hit(
                block,
                m.start("join"),
                m.end("verb"),
                f"{m.group('join').strip()} {m.group('verb')}",
            )
            return
