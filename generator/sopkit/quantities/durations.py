"""Lengths of time found in a text, with their character spans.

"within 20 seconds", "2-3 Werktage", "binnen vijf werkdagen", "48 bzw. 24 Stunden":
each found bound keeps where it stands, so a finding can point at its words.
"""

from __future__ import annotations

import re

from sopkit.literals import fold
from sopkit.numbers import parse_number
from sopkit.quantities.calendar_days import _DAY_DEADLINE_PATTERNS, _DAY_DEADLINES, _month_day
from sopkit.quantities.kept import _kept
from sopkit.quantities.number_roles import (
    _ALTERNATIVES,
    _BOUND_AFTER_OK,
    _BOUND_BEFORE,
    _JOINERS,
    _ORDINAL_UNITS,
    _RANGE_WORDS,
    _RATE_BEFORE,
    _SPAN_WORDS,
    _hour_letter_length,
    _in_a_named_month,
    _is_availability,
    _is_clock,
    _offset_from,
    _ordinal_at,
    _round_the_clock,
)
from sopkit.quantities.tokens import (
    _ARTICLES,
    _DEADLINE_NOUNS,
    Token,
    _number_at,
    _unit_at,
    tokenize,
)
from sopkit.quantities.units import _MONTHS, _SECONDS, _UNIT_WORDS, Duration

#: "een week of twee", "a working day or two": one unit, or two, or so; no bound. The
#: article and the "or" that follows it, per language.
_ONE_OR_MORE = {("nl", "een"): "of", ("en", "a"): "or", ("en", "an"): "or"}


#: A day that is the earliest, not the latest: "on or after that day", "am oder nach dem
#: Tag", "op of na die dag".
_ON_OR_AFTER = re.compile(
    r"(?:on\s+or\s+after|am\s+oder\s+nach|op\s+of\s+na)\s+(?:(?:the|dem|de)\s+)?$", re.IGNORECASE
)


#: Rings counted as times a phone rings: "Incoming calls shall not ring more than 3 times",
#: "das Telefon klingelt höchstens dreimal", "de telefoon gaat hooguit 3 keer over".
_RINGS_COUNTED = {
    "en": re.compile(
        r"(?<![\w-])(?:ring|rings|ringing)\s+(?:more\s+than|over|at\s+most|max(?:imum)?|no\s+more\s+"
        r"than)\s+(?P<count>\d{1,2}|one|two|three|four|five|six)\s*times(?![\w-])",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"(?<![\w-])(?:klingelt|klingeln|läutet|läuten)\s+(?:höchstens|maximal|nicht\s+(?:öfter|"
        r"mehr)\s+als)\s+(?P<count>\d{1,2}|ein|zwei|drei|vier|fünf|sechs)\s*-?\s*mal(?![\w-])",
        re.IGNORECASE,
    ),
    "nl": re.compile(
        r"(?<![\w-])(?:gaat|gaan|rinkelt|rinkelen)\s+(?:hooguit|maximaal|niet\s+(?:vaker|meer)\s+"
        r"dan)\s+(?P<count>\d{1,2}|een|twee|drie|vier|vijf|zes)\s*(?:keer|maal)(?:\s+over)?"
        r"(?![\w-])",
        re.IGNORECASE,
    ),
}


@_kept
def find_durations(text: str, lang: str) -> list[Duration]:
    """Every time bound in ``text``, in order ("within 20 seconds", "next working day").

    Times of day ("between 08:00 and 22:00", "bis 18 Uhr", "tot 17 uur") and
    availabilities ("24 hours a day") are not bounds and are skipped. A number with
    no unit after a bound word takes the unit of the bound before it ("acknowledge
    within 3 working days and reply in full within 10").
    """
    text = text.replace("’", "'")  # "1 hours’ notice": the same width, so spans still hold
    found: list[Duration] = []
    # the characters deadlines by the day have taken: one flag each, so that a text with
    # thousands of them ("by Monday by Monday ...") is still read in linear time
    taken = bytearray(len(text))
    folded = fold(text)
    table = _DAY_DEADLINE_PATTERNS.get(lang)
    for pattern, amount, unit, words in table.candidates(folded) if table else ():
        for match in pattern.compiled.finditer(text):
            if taken.find(1, match.start(), match.end()) >= 0:
                continue
            if _ON_OR_AFTER.search(text, max(0, match.start() - 24), match.start()):
                continue  # "refund it on or after that day": a floor, not a deadline
            bound, relative = amount, words
            if "{day}" in words:
                month_day = _month_day(match, amount, words)
                if month_day is None:
                    continue
                bound, relative = month_day
            taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
            found.append(Duration(bound, unit, match.span(), relative or None))
    for match in _RINGS_COUNTED[lang].finditer(text):  # "shall not ring more than 3 times"
        count = parse_number(match["count"], lang)
        if count is not None and taken.find(1, match.start(), match.end()) < 0:
            taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
            found.append(Duration(count, "ring", match.span()))
    tokens = tokenize(text)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if taken[token.start]:
            index += 1
            continue
        duration, used = _duration_at(tokens, index, lang, found)
        if duration is not None:
            found.append(duration)
            index += used
            continue
        index += max(used, 1)
    return _multiplied(text, lang, _compounds_joined(text, _outermost(found)))


def _outermost(found: list[Duration]) -> list[Duration]:
    """The durations in order, without any that lies inside a longer one: "am 3. auf den
    Tod folgenden Werktag" is the third working day, not also "folgenden Werktag"."""
    kept: list[Duration] = []
    reach = -1
    for duration in sorted(found, key=lambda d: (d.span[0], -d.span[1])):
        if duration.span[1] <= reach and duration.span != (kept[-1].span if kept else None):
            continue  # inside the one before, which starts no later and ends no earlier
        kept.append(duration)
        reach = max(reach, duration.span[1])
    return kept


def _multiplied(text: str, lang: str, durations: list[Duration]) -> list[Duration]:
    """A bound said as a multiple, right before it: "2 keer twintig werkdagen" is 40."""
    result = []
    for duration in durations:
        times = None if duration.relative else _TIMES_BEFORE.search(text, 0, duration.span[0])
        if times is not None:
            count = times["number"] or times["word"].split()[0]  # "2", "twee", "twice"
            # the number in the SOP's language first, then in any ("two times" in Dutch)
            readings = (parse_number(count, code) for code in (lang, *_DAY_DEADLINES))
            factor = next((value for value in readings if value), 1.0)
            duration = Duration(
                duration.amount * factor, duration.unit, (times.start(), duration.span[1])
            )
        result.append(duration)
    return result


#: What may stand between the parts of one bound: "1 hour 30 minutes", "3 Monate und 10 Tage".
_COMPOUND_GAP = re.compile(r"\s*(?:(?:and|und|en|&)\s+)?", re.IGNORECASE)


def _compounds_joined(text: str, durations: list[Duration]) -> list[Duration]:
    """Join a bound said in two units, the larger first, into one ("1 hour 30 minutes"
    is 90 minutes, "drie maanden en tien dagen" 101 days), so that every reader sees
    one bound; "2 days, 4 hours for urgent cases" (a comma) stays two."""
    joined: list[Duration] = []
    for duration in durations:
        previous = joined[-1] if joined else None
        if previous is not None and _COMPOUND_GAP.fullmatch(
            text, previous.span[1], duration.span[0]
        ):
            total = _compound_total(previous, duration)
            if total is not None:
                joined[-1] = Duration(total[0], total[1], (previous.span[0], duration.span[1]))
                continue
        joined.append(duration)
    return joined


def _compound_total(larger: Duration, smaller: Duration) -> tuple[float, str] | None:
    """The amount and unit of ``larger`` and ``smaller`` said together, or ``None``
    when they are no such pair (the same size, the smaller first, a deadline by the
    day, rings, or working days with hours)."""
    if larger.relative or smaller.relative or larger.days is None or smaller.days is None:
        return None
    if larger.days <= smaller.days:
        return None
    if larger.family == smaller.family == "calendar":
        return (larger.base_amount + smaller.base_amount) / _SECONDS[smaller.unit], smaller.unit
    if larger.family == smaller.family == "months":
        return (larger.base_amount + smaller.base_amount) / _MONTHS[smaller.unit], smaller.unit
    if larger.family == "months" and smaller.unit in ("day", "week"):
        return round(larger.days + smaller.days), "day"  # "drie maanden en tien dagen"
    return None


def _unit_before(tokens: list[Token], index: int, lang: str) -> bool:
    """True when a unit comes right before ``tokens[index]`` ("8 hours a day"); the Dutch
    pronoun "u" is the hour's letter only after a number ("stelt u een jaar voordat")."""
    if _unit_at(tokens, index - 1) is None:
        return False
    if tokens[index - 1].word != "u":
        return True
    return index >= 2 and _number_at(tokens, index - 2, lang) is not None


def _duration_at(
    tokens: list[Token], index: int, lang: str, before: list[Duration]
) -> tuple[Duration | None, int]:
    """The duration starting at ``tokens[index]``, and how many tokens to move on."""
    compound = _number_word_compound(tokens[index], lang)
    if compound is not None:
        return Duration(*compound, (tokens[index].start, tokens[index].end)), 1
    grown = _number_word_adjective(tokens, index, lang)  # "einer vierwöchigen Frist"
    if grown is not None:
        return grown, 1
    ordinal = _ordinal_at(tokens, index, lang)
    if ordinal is not None:
        if index + ordinal[1] < len(tokens) and (
            tokens[index + ordinal[1]].word in _BETWEEN_NUMBER_AND_UNIT
        ):
            ordinal = (ordinal[0], ordinal[1] + 1)  # "the 29th consecutive day"
        if _event_named_before_unit(tokens, index + ordinal[1]):
            ordinal = (ordinal[0], ordinal[1] + 4)  # "am 3. auf den Tod folgenden Werktag"
        unit = _unit_at(tokens, index + ordinal[1])
        if unit is not None and unit[0] in _ORDINAL_UNITS:
            if _offset_from(tokens, index) or _in_a_named_month(
                tokens, index + ordinal[1] + unit[1]
            ):
                return None, ordinal[1] + unit[1]
            end = tokens[index + ordinal[1] + unit[1] - 1].end
            return Duration(ordinal[0], unit[0], (tokens[index].start, end)), ordinal[1] + unit[1]
    number = _number_at(tokens, index, lang)
    if number is None:
        return None, 1
    length = _hour_letter_length(tokens, index)
    if length is not None:
        return length, 3
    if tokens[index].text[0].isdecimal() and _is_clock(tokens, index, lang):
        return None, 1
    value, used = number
    if [t.text for t in tokens[index + used : index + used + 3]][::2] == ["(", ")"] and (
        parse_number(tokens[index + used + 1].text, lang) == value
    ):
        used += 3  # "five (5) working days": the digits repeat the word
    aside = _aside_after(tokens, index + used)
    if aside and _unit_at(tokens, index + used + aside) is not None:
        used += aside  # "within 48 (school working) hours", "1 tot 4 (max 7 ...) werkdagen"
    if (
        index + used < len(tokens)
        and tokens[index + used].word in _BETWEEN_NUMBER_AND_UNIT
        and _unit_at(tokens, index + used + 1) is not None
    ):
        used += 1  # "three consecutive business days", "drei aufeinanderfolgende Werktage"
    unit = _unit_at(tokens, index + used)
    if unit is None and _joined_by_hyphen(tokens, index + used - 1):
        unit = _unit_at(tokens, index + used + 1)  # "24-hour", "10-Tage-Frist"
        if (
            unit is not None
            and "-" in tokens[index + used + 1].text
            and not tokens[index + used + 1].word.rsplit("-", 1)[-1].endswith(_DEADLINE_NOUNS)
        ):
            unit = None  # "24-Stunden-Entstörungsdienst": the name of a service
        if unit is not None:
            used += 1
        elif (adjective := _adjective_unit(tokens, index + used + 1)) is not None:
            unit = (adjective, 1)  # "der 20-tägigen Auflagefrist", "de 20-daagse termijn"
            used += 1
    if unit is None and _hyphen_then_space(tokens, index + used - 1):
        unit = _unit_at(tokens, index + used + 1)  # "24- hours in advance", as some type it
        if unit is not None:
            used += 1
    if unit is None:
        return _elided_unit(tokens, index, used, value, before), used
    name, unit_used = unit
    after = index + used + unit_used
    if (
        (lang, tokens[index].word) in _ONE_OR_MORE
        and [t.word for t in tokens[after : after + 1]] == [_ONE_OR_MORE[lang, tokens[index].word]]
        and (more := _number_at(tokens, after + 1, lang)) is not None
        and _unit_at(tokens, after + 1 + more[1]) is None  # "a day or 2 days": two bounds
    ):
        return None, used + unit_used + 2  # "een week of twee", "a day or two": about two
    if _is_availability(tokens, after):
        return None, used + unit_used + 2  # and the "a day" after it
    if _round_the_clock(tokens, index, after):
        return None, used + unit_used  # "24 Stunden und 365 Tagen": opening time
    if (
        tokens[index].word in _ARTICLES
        and index > 0
        and (tokens[index - 1].word in _RATE_BEFORE or _unit_before(tokens, index, lang))
    ):
        return None, used + unit_used  # "twice a day", "3 times a week": a rate
    if _plural_ending(tokens, after):
        after += 3  # "3 Tag(e)", "2 Woche(n)", "5 day(s)": the unit with its plural ending
    end = tokens[after - 1].end
    if lang == "en" and [t.word for t in tokens[after : after + 3]] == ["and", "a", "half"]:
        value, end, after = value + 0.5, tokens[after + 2].end, after + 3  # "an hour and a half"
    start = tokens[index].start
    said: list[float] = []
    joiner = tokens[index - 1].word if index >= 2 else ""
    if joiner in _RANGE_WORDS or joiner in _ALTERNATIVES.get(lang, ()):
        # "8 (Europa) resp. 16 (elders) kantooruren": the other number's aside is skipped
        lower = index - 2 - _aside_before(tokens, index - 2)
        other = _number_at(tokens, lower, lang) if lower >= 0 else None
        if other is not None:
            # "2-3 Werktage", "drei bis sechs Wochen", "48 bzw. 24 Stunden": the larger bound
            said = [value, other[0]]
            while joiner not in _RANGE_WORDS and lower >= 2 and tokens[lower - 1].text == ",":
                listed = _number_at(tokens, lower - 2, lang)  # "6, 8, 13 or 16 weeks"
                if listed is None or listed[1] != 1:
                    break
                lower -= 2
                said.append(listed[0])
            start, value = tokens[lower].start, max(said)
    alternatives = (
        tuple(sorted({amount for amount in said if amount != value}))
        if joiner not in _RANGE_WORDS
        else ()
    )  # the ends of a range ("2-3 Werktage") are no bounds of their own
    return Duration(value, name, (start, end), None, alternatives), after - index


def _event_named_before_unit(tokens: list[Token], index: int) -> bool:
    """True when "auf den <event> folgenden" starts at ``index``: German names the event
    between an ordinal and its unit ("am 3. auf den Tod folgenden Werktag")."""
    words = [t.word for t in tokens[index : index + 4]]
    return (
        len(words) == 4
        and words[0] == "auf"
        and words[1] in {"den", "die", "das", "dem"}
        and words[3] in {"folgenden", "folgende"}
    )


def _plural_ending(tokens: list[Token], index: int) -> bool:
    """True when "(e)", "(n)", "(s)" or "(en)" at ``index`` turns the unit before it into
    its plural, as forms write it: "Tag(e)", "Woche(n)", "day(s)", "dag(en)"."""
    if index < 1 or index + 2 >= len(tokens):
        return False
    opening, ending, closing = tokens[index : index + 3]
    unit = tokens[index - 1]
    return (
        opening.text == "("
        and closing.text == ")"
        and opening.start == unit.end
        and unit.word + ending.word in _UNIT_WORDS
        and _UNIT_WORDS[unit.word + ending.word] == _UNIT_WORDS.get(unit.word)
    )


#: The most words an aside between a number and its unit may hold: "within 48 (school
#: working) hours", "binnen 1 tot 4 (max 7 voor landen buiten de Benelux) werkdagen".
_MAX_ASIDE_TOKENS = 12


def _aside_after(tokens: list[Token], index: int) -> int:
    """How many tokens a short bracketed aside starting at ``tokens[index]`` takes, else 0.

    An aside that names a unit itself ("2 (or 3 days abroad) weeks") is not skipped:
    which unit the number counts would be a guess.
    """
    if index >= len(tokens) or tokens[index].text != "(":
        return 0
    for end in range(index + 1, min(index + _MAX_ASIDE_TOKENS + 2, len(tokens))):
        if tokens[end].text == ")":
            return end - index + 1 if end > index + 1 else 0
        if tokens[end].text == "(" or _unit_at(tokens, end) is not None:
            return 0
    return 0


def _aside_before(tokens: list[Token], index: int) -> int:
    """How many tokens a short bracketed aside ending at ``tokens[index]`` takes, else 0."""
    if index < 0 or tokens[index].text != ")":
        return 0
    for start in range(index - 1, max(index - _MAX_ASIDE_TOKENS - 2, -1), -1):
        if tokens[start].text == "(":
            return index - start + 1 if _aside_after(tokens, start) == index - start + 1 else 0
        if tokens[start].text == ")":
            return 0
    return 0


#: "twenty-four-working-day-deadline": a number, a unit of up to three words, a noun.
_MAX_COMPOUND_PARTS = 7


def _number_word_compound(token: Token, lang: str) -> tuple[float, str] | None:
    """ "four-week", "twenty-four-hour", "Zwei-Wochen-Frist": a number word joined to its unit.

    Digits are separate tokens ("24-hour" is read by ``_duration_at``); this is the same
    reading for a number written as a word. In German and Dutch, as with digits, only a
    deadline noun after the unit makes it a bound ("Zwei-Stunden-Service" is a name).
    """
    parts = token.word.split("-", _MAX_COMPOUND_PARTS)
    if not 2 <= len(parts) <= _MAX_COMPOUND_PARTS or token.text[0].isdecimal():
        return None  # a longer chain of words is no amount: read in bounded time
    for cut in range(1, len(parts)):
        value = parse_number("-".join(parts[:cut]), lang)
        if value is None:
            continue
        unit_words = parts[cut:]
        if len(unit_words) > 1 and unit_words[-1].endswith(_DEADLINE_NOUNS):
            unit_words = unit_words[:-1]
        elif lang != "en":
            continue
        unit = _UNIT_WORDS.get(" ".join(unit_words))
        if unit is not None and unit != "ring":
            return value, unit
    return None


#: German and Dutch adjectives of a unit: "20-tägig", "6-wöchige", "20-daagse", "24-uurs".
_ADJECTIVE_UNIT = re.compile(
    r"(?P<day>tägig|daags)|(?P<week>wöchig|weeks)|(?P<month>monatig|maands)|"
    r"(?P<hour>stündig|uurs)|(?P<minute>minütig)",
)
_ADJECTIVE_ENDING = re.compile(r"(?:e[nmrs]?)?")
#: What such an adjective must describe to be a bound: a period, not a schedule or a
#: service ("die 14-tägige Abholung" is fortnightly, "der 20-tägigen Auflagefrist" a bound).
_SPAN_NOUN = re.compile(rf"[\w-]*(?:{_SPAN_WORDS})", re.IGNORECASE)


def _adjective_unit(tokens: list[Token], index: int) -> str | None:
    """The unit of an adjective after "20-" that a span noun follows, or None."""
    if index + 1 >= len(tokens):
        return None
    word = tokens[index].word
    found = _ADJECTIVE_UNIT.match(word)
    if found is None or not _ADJECTIVE_ENDING.fullmatch(word, found.end()):
        return None
    if not _SPAN_NOUN.fullmatch(tokens[index + 1].word):
        return None
    return found.lastgroup


def _number_word_adjective(tokens: list[Token], index: int, lang: str) -> Duration | None:
    """ "einer vierwöchigen Frist", "de tweedaagse termijn": a number word grown into the
    adjective of a unit, before a span noun (as "20-tägigen Auflagefrist" with digits)."""
    if lang == "en" or index + 1 >= len(tokens):
        return None
    word = tokens[index].word
    for found in _ADJECTIVE_UNIT.finditer(word):
        if found.start() == 0 or not _ADJECTIVE_ENDING.fullmatch(word, found.end()):
            continue
        value = parse_number(word[: found.start()], lang)
        if value is None or not _SPAN_NOUN.fullmatch(tokens[index + 1].word):
            return None
        unit = found.lastgroup or ""
        return Duration(value, unit, (tokens[index].start, tokens[index].end))
    return None


def _hyphen_then_space(tokens: list[Token], index: int) -> bool:
    """True when ``tokens[index]`` (a number) is followed by a hyphen that touches it and a
    space after: "24- hours"."""
    if index + 2 >= len(tokens):
        return False
    hyphen, following = tokens[index + 1], tokens[index + 2]
    return hyphen.text == "-" and hyphen.start == tokens[index].end and following.start > hyphen.end


def _joined_by_hyphen(tokens: list[Token], index: int) -> bool:
    """True when ``tokens[index]`` is followed by a hyphen that touches both neighbours."""
    if index + 2 >= len(tokens):
        return False
    hyphen, following = tokens[index + 1], tokens[index + 2]
    return (
        hyphen.text == "-" and hyphen.start == tokens[index].end and following.start == hyphen.end
    )


def _elided_unit(
    tokens: list[Token], index: int, used: int, value: float, before: list[Duration]
) -> Duration | None:
    """ "within 10" after "within 3 working days": the unit of the bound before it."""
    if not before or before[-1].relative or index == 0:
        return None
    if tokens[index - 1].word not in _BOUND_BEFORE:
        return None
    after = index + used
    if after < len(tokens) and tokens[after].word in _RANGE_WORDS:
        return None  # the lower end of a range: its upper end has the unit
    if after < len(tokens):
        following = tokens[after]
        if following.word not in _BOUND_AFTER_OK and (
            following.word[0].isalnum() or following.text == "%"
        ):
            return None
    span = (tokens[index].start, tokens[after - 1].end)
    return Duration(value, before[-1].unit, span)


_BETWEEN_NUMBER_AND_UNIT = {
    "consecutive", "full", "clear", "aufeinanderfolgende", "aufeinanderfolgenden", "volle",
    "vollen", "opeenvolgende", "hele",
    # "bis zu 3 weitere Monate", "2 additional working days", "3 extra dagen"
    "weitere", "weiteren", "additional", "further", "extra", "verdere", "bijkomende",
}  # fmt: skip


def _is_range_between(tokens: list[Token], durations: list[Duration]) -> bool:
    """True when only a range word stands between two durations ("8 weken tot 6 maanden")."""
    between = [t.word for t in tokens if durations[0].span[1] <= t.start < durations[1].span[0]]
    between = [w for w in between if w not in {"op", "on", "am", "de", "the", "het", "der", "den"}]
    if len(between) != 1:
        return False
    if between[0] in _JOINERS:  # "between 4 days and 30 days": a range, not a sum
        before = [t.word for t in tokens if t.end <= durations[0].span[0]]
        return bool(before) and before[-1] in {"between", "zwischen", "tussen"}
    return between[0] in _RANGE_WORDS | {"until", "or", "oder", "of"}


#: A bound said as a multiple, right before it: "2 keer twintig werkdagen", "twice 20 days".
_TIMES_BEFORE = re.compile(
    r"(?<![\w-])(?:(?P<number>[2-9])\s*(?:keer|maal|x|×|times|mal)|(?P<word>twice|zweimal|"
    r"tweemaal|twee\s+keer|two\s+times|zwei\s+mal|dreimal|driemaal|drie\s+keer|three\s+times))"
    r"\s+$",
    re.IGNORECASE,
)
