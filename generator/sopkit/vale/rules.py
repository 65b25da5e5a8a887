"""Read Vale rule files and run the rule types sopkit uses, as Vale documents them.

Supported: ``existence`` (tokens, raw, append, nonword, ignorecase, exceptions,
vocab), ``substitution`` (swap with regex keys, ``|`` alternatives, ``$1``
groups, ignorecase, exceptions, vocab) and ``occurrence`` (token, max, min).
Common keys: message with ``%s``, level, scope. Vale compiles ``tokens`` into
``(?i)(?m)\\b(?:a|b)\\b``; so do we. A substitution's keys become one alternation,
longest key first, searched left to right, as Vale's ``NewSubstitution`` builds it.

Every key is read with the type Vale reads it as (:class:`~sopkit.vale.keys.RuleKeys`):
a wrong one stops sopkit (exit 2) with the file, line, key and fix.

Patterns run on the ``regex`` package, whose searches take a time limit: a pattern
whose parts can match the same text in many ways (``(a|aa)+$``, ``(\\w+\\s?)+$``)
backtracks for longer than anyone waits, and no check of its shape finds them all. A
search that runs past its limit (:func:`search_seconds`) stops that rule in that file
with an alert that names the rule's file, line and key (:attr:`Match.slow`).

The other rule types Vale documents (:data:`SKIPPED`) are read but not run: they load
as a :class:`SkippedRule`, which lint reports once per rule (SOP308, info) instead of
stopping. An ``extends`` Vale does not know stays an error.
"""

from __future__ import annotations

import importlib
import re
import time
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

import regex
import yaml

from sopkit.errors import ConfigError
from sopkit.suggest import nearest
from sopkit.vale.files import read_text
from sopkit.vale.keys import RuleKeys
from sopkit.yamlsafe import ValueProblem, construct, shorten

SUPPORTED = ("existence", "substitution", "occurrence")
#: Rule types Vale runs and sopkit's engine does not: skipped, each named once by SOP308.
SKIPPED = ("capitalization", "conditional", "consistency", "metric", "readability",
           "repetition", "script", "sequence", "spelling")  # fmt: skip
#: A rule file whose name ends in one of these applies to SOPs of that language only.
LANGUAGE_SUFFIX = {"en": "En", "de": "De", "nl": "Nl"}
_SEPARATOR = "\n\x00\n"
LEVELS = ("suggestion", "warning", "error")


if TYPE_CHECKING:
    from sopkit.vale.vocabulary import AcceptedTerms

#: A compiled pattern of a rule or a vocabulary (the ``regex`` package's, for its limits).
Pattern: TypeAlias = "regex.Pattern[str]"
#: How long one search may take at least, and per character searched: searches of
#: real rules take microseconds per SOP and about 0.1 s per MB of text (measured on
#: sopkit's own style), so an honest search never comes near; a backtracking one
#: reaches it within a second whatever the text.
SEARCH_SECONDS = 0.5
SEARCH_SECONDS_PER_CHAR = 1e-6


def search_seconds(text: str) -> float:
    """The time limit of the searches of ``text`` (one rule's, on one file's scope)."""
    return SEARCH_SECONDS + SEARCH_SECONDS_PER_CHAR * len(text)


def _time_left(deadline: float | None, text: str, part: str) -> float:
    """The seconds a search may still take: to ``deadline``, else a limit of its own.

    Every search of a rule in one file shares one deadline: a fresh limit per match or
    per paragraph let a pattern that takes just under it (0.13 s a paragraph) run for an
    hour on a large file.
    """
    if deadline is None:
        return search_seconds(text)
    left = deadline - time.monotonic()
    if left <= 0:
        raise _Stopped(part)
    return left


@dataclass(frozen=True)
class Match:
    """One alert of a rule inside a scope span: character range and message.

    ``slow``: the rule's search stopped here, past its time limit; the message says
    which pattern of which file to rewrite, and the rule does not run on the rest of
    the file.
    """

    start: int
    end: int
    message: str
    slow: bool = False


#: Alternatives from which a slow search is blamed on the list's length, not its shape.
LARGE_LIST = 5_000
#: The rule sopkit makes of the vocabularies' ``reject.txt`` terms, as Vale names it.
VOCAB_RULE = "Vale.Avoid"


class _Stopped(Exception):
    """A search ran past its time limit; ``part`` names the pattern (a key, a file)."""

    def __init__(self, part: str) -> None:
        super().__init__(part)
        self.part = part


#: Inline flags at the start of a pattern: ``(?i)``, ``(?i-s)``.
_LEADING_FLAGS = re.compile(r"\(\?([imsx]+(?:-[imsx]+)?|-[imsx]+)\)")


#: POSIX classes inside brackets, as Go's engine (Vale's) reads them: "[[:upper:]]".
#: Python reads "[[:upper:]]" as a set of the letters ":upper" and matches nothing meant.
_POSIX_CLASS = re.compile(r"\[:(\w+):\]")
_POSIX_CLASSES = {
    "alpha": "a-zA-Z", "digit": "0-9", "alnum": "a-zA-Z0-9", "upper": "A-Z", "lower": "a-z",
    "space": "\\s", "blank": " \\t", "word": "\\w", "xdigit": "0-9A-Fa-f",
    "punct": "!-/:-@\\[-`{-~", "cntrl": "\\x00-\\x1f\\x7f", "print": " -~", "graph": "!-~",
    "ascii": "\\x00-\\x7f",
}  # fmt: skip


def vale_regex(pattern: str) -> str:
    """Translate the regexp2 syntax of Vale rules into the ``regex`` package's.

    ``\\z`` is Python's ``\\Z``. Vale's engine takes inline flags anywhere; Python
    only at the start of the whole expression, and each term is joined with others,
    so a term's leading ``(?i)`` becomes a group of its own, ``(?i:...)``. Vocabularies
    often hold such terms (``(?i)GitHub`` is in Vale's own test vocabulary).
    """
    pattern = pattern.replace("\\z", "\\Z")
    pattern = _POSIX_CLASS.sub(lambda m: _POSIX_CLASSES.get(m.group(1), m.group()), pattern)
    flags = _LEADING_FLAGS.match(pattern)
    if flags is not None:
        pattern = f"(?{flags.group(1)}:{pattern[flags.end() :]})"
    return pattern


def _format(message: str, *values: str) -> str:
    """Fill Vale's ``%s`` placeholders in order."""
    parts = message.split("%s")
    out = parts[0]
    for index, part in enumerate(parts[1:]):
        out += (values[index] if index < len(values) else "") + part
    return out


class JoinedSpans:
    """The texts of a scope's spans, joined by a separator that no rule can match across."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.starts: list[int] = []
        position = 0
        for text in texts:
            self.starts.append(position)
            position += len(text) + len(_SEPARATOR)
        self.joined = _SEPARATOR.join(texts)


@dataclass
class ValeRule:
    """One compiled rule file (``SOP/HedgingEn.yml`` is ``SOP.HedgingEn``)."""

    name: str
    extends: str
    message: str
    level: str
    scope: str
    path: Path
    pattern: Pattern | None = None
    exceptions: Pattern | None = None
    #: Each swap key compiled alone (for ``$1``) and its replacement, longest key first.
    swaps: list[tuple[Pattern, str]] = field(default_factory=list)
    #: The key ``pattern`` was built from (``tokens``, ``raw``, ``swap``, ``token``).
    pattern_key: str = ""
    #: The line of each top-level key in the rule file, for messages.
    key_lines: Mapping[str, int] = field(default_factory=dict)
    occurrence_max: int | None = None
    occurrence_min: int | None = None
    vocab: bool = True
    ignorecase: bool = False
    #: Whether the rule's searches run with a time limit: every rule but sopkit's own
    #: (:func:`is_shipped`), whose patterns the tests prove linear.
    limited: bool = True

    @property
    def style(self) -> str:
        """The style (folder) name."""
        return self.name.split(".", 1)[0]

    @property
    def lang(self) -> str | None:
        """The SOP language a rule is written for: ``HedgingDe`` is German."""
        suffix = self.name[-2:]
        return next((lang for lang, end in LANGUAGE_SUFFIX.items() if end == suffix), None)

    def _search(self, text: str, deadline: float | None) -> Iterator[regex.Match[str]]:
        """The rule's pattern's matches in ``text``, within the time limit."""
        if self.pattern is None:
            return
        if not self.limited:
            yield from self.pattern.finditer(text)
            return
        try:
            limit = _time_left(deadline, text, self.pattern_key)
            yield from self.pattern.finditer(text, timeout=limit)
        except TimeoutError:
            raise _Stopped(self.pattern_key) from None

    def _count(self, text: str, deadline: float | None) -> int:
        """How many matches the rule's pattern has in ``text``, within the time limit
        (counted in the regex engine: the sentence-length rule counts every word)."""
        if self.pattern is None:
            return 0
        if not self.limited:
            return len(self.pattern.findall(text))
        try:
            limit = _time_left(deadline, text, self.pattern_key)
            return len(self.pattern.findall(text, timeout=limit))
        except TimeoutError:
            raise _Stopped(self.pattern_key) from None

    def _excepted(self, text: str, accepted: AcceptedTerms | None, deadline: float | None) -> bool:
        try:
            if self.exceptions is not None and self.exceptions.fullmatch(
                text, timeout=_time_left(deadline, text, "exceptions")
            ):
                return True
        except TimeoutError:
            raise _Stopped("exceptions") from None
        if not self.vocab or accepted is None:
            return False
        if text in accepted.words:
            return True
        if accepted.pattern is None:
            return False
        try:
            limit = _time_left(deadline, text, "accept.txt")
            return bool(accepted.pattern.fullmatch(text, timeout=limit))
        except TimeoutError:
            raise _Stopped("accept.txt") from None

    def run(
        self, text: str, accepted: AcceptedTerms | None = None, deadline: float | None = None
    ) -> Iterator[Match]:
        """Alerts in one span of prose; a search past its time limit (``deadline``, a
        :func:`time.monotonic` time, shared by the searches of one file) ends them with
        a :attr:`Match.slow` alert where the last match ended (the start of ``text``)."""
        resume = 0
        try:
            for match in self._run(text, accepted, deadline):
                resume = match.end
                yield match
        except _Stopped as stopped:
            if stopped.part == "accept.txt":
                words = accepted.alternatives if accepted is not None else 0
            elif stopped.part == self.pattern_key and self.pattern is not None:
                words = self.pattern.pattern.count("|") + 1
            else:
                words = 0
            yield Match(resume, resume, self._slow_message(stopped.part, words), slow=True)

    def _run(
        self, text: str, accepted: AcceptedTerms | None, deadline: float | None
    ) -> Iterator[Match]:
        if self.extends == "existence":
            for m in self._search(text, deadline):
                if m.end() > m.start() and not self._excepted(m.group(), accepted, deadline):
                    yield Match(m.start(), m.end(), _format(self.message, m.group()))
        elif self.extends == "substitution":
            yield from self._substitute(text, accepted, deadline)
        elif self.extends == "occurrence":
            count = self._count(text, deadline)
            too_many = self.occurrence_max is not None and count > self.occurrence_max
            too_few = self.occurrence_min is not None and count < self.occurrence_min
            if too_many or too_few:
                yield Match(0, len(text.rstrip()), _format(self.message, str(count)))

    def _slow_message(self, part: str, alternatives: int = 0) -> str:
        split = f"split it into rules of fewer than {LARGE_LIST:,} terms, or shorten it"
        if part == "accept.txt":
            where = "an accept.txt term of the vocabulary (the Vocab in .vale.ini)"
        elif self.name == VOCAB_RULE:  # the rule sopkit makes of reject.txt
            where = "the reject.txt terms of the vocabulary (the Vocab in .vale.ini)"
            split = (
                f"shorten reject.txt, or move its terms into existence rules of your style, "
                f"fewer than {LARGE_LIST:,} tokens each"
            )
        else:
            line = self.key_lines.get(part)
            where = f"'{part}' in {self.path.name}" + (f" (line {line})" if line else "")
        stopped = (
            f"{self.name} stopped here: its search took over {SEARCH_SECONDS:g} s, so the "
            "rule did not check the rest of this file."
        )
        if alternatives >= LARGE_LIST:  # 200,000 plain words were said to "backtrack"
            return (
                f"{stopped} The pattern of {where} lists {alternatives:,} alternatives: a "
                f"list that long is slow to search, though nothing in it is wrong; {split}"
            )
        return (
            f"{stopped} The pattern of {where} backtracks: its parts can match the same text "
            "in many ways, as (a|aa)+ and (\\w+\\s?)+ can; rewrite it so each part matches "
            "different text (a+, \\w+(?:\\s\\w+)*)"
        )

    def run_all(
        self, spans: JoinedSpans, accepted: AcceptedTerms | None = None
    ) -> Iterator[tuple[int, Match]]:
        """Alerts in all spans of a scope, as ``(span index, match)``.

        Word rules search the joined spans at once, which is much faster than one
        search per span; occurrence counts per span. A search that runs past its time
        limit ends the rule for this file with one :attr:`Match.slow` alert: when the
        joined spans were searched, the spans from where it stopped are searched one by
        one, so that the alert names the slow one's line.
        """
        deadline = time.monotonic() + search_seconds(spans.joined)
        if self.extends == "occurrence":
            for index, text in enumerate(spans.texts):
                for match in self.run(text, accepted, deadline):
                    yield index, match
                    if match.slow:
                        return
            return
        for match in self.run(spans.joined, accepted, deadline):
            index = bisect_right(spans.starts, match.start) - 1
            base = spans.starts[index]
            if match.slow:
                yield from self._run_from(spans, index, match.start - base, accepted)
                return
            if match.end - base > len(spans.texts[index]):
                continue  # crosses into the next span: not a match in Vale either
            yield index, Match(match.start - base, match.end - base, match.message)

    def _run_from(
        self, spans: JoinedSpans, first: int, offset: int, accepted: AcceptedTerms | None
    ) -> Iterator[tuple[int, Match]]:
        """Search span by span from ``offset`` in span ``first``, up to the slow one,
        within one more time limit of the whole scope."""
        deadline = time.monotonic() + search_seconds(spans.joined)
        for index in range(first, len(spans.texts)):
            for match in self.run(spans.texts[index], accepted, deadline):
                if index == first and match.start < offset and not match.slow:
                    continue  # reported before the joined search stopped
                yield index, match
                if match.slow:
                    return
        # Every span passed alone (the time ran out over their sum): the rule is slow
        # all the same, and is named where the joined search stopped.
        yield first, Match(offset, offset, self._slow_message(self.pattern_key), slow=True)

    def _substitute(
        self, text: str, accepted: AcceptedTerms | None, deadline: float | None
    ) -> Iterator[Match]:
        for m in self._search(text, deadline):
            index = (m.lastindex or 1) - 1  # the alternation sets exactly one group
            key, replacement = self.swaps[index]
            observed = m.group(index + 1)
            expected = _expand(key, replacement, observed, deadline)
            options = expected.split("|")
            # Already the preferred word, letter for letter: as in Vale, where
            # ``ignorecase`` widens what the keys find, not what counts as preferred.
            if observed in options or self._excepted(observed, accepted, deadline):
                continue
            # Vale lists alternatives as "'a', 'b' or 'c'" (its ToSentence helper).
            suggestion = (
                expected
                if len(options) == 1
                else ", ".join(f"'{o}'" for o in options[:-1]) + f" or '{options[-1]}'"
            )
            start = m.start(index + 1)
            yield Match(start, start + len(observed), _format(self.message, suggestion, observed))


@dataclass(frozen=True)
class SkippedRule:
    """A rule file of a type sopkit's engine does not run (``extends: spelling``)."""

    name: str
    extends: str
    path: Path | None
    line: int = 1

    @property
    def style(self) -> str:
        """The style (folder) name."""
        return self.name.split(".", 1)[0]


_CAPTURE = re.compile(r"(?<!\\)\((?!\?)")
_GROUP_REFERENCE = re.compile(r"\$(\d+)")


def _expand(key: Pattern, replacement: str, observed: str, deadline: float | None = None) -> str:
    """``$1`` in a replacement: the key's own groups, re-matched on the observed text.

    Vale turns the key's groups into non-capturing ones inside the alternation and
    then replaces the key in the observed text (its ``subMsg``); so do we.
    """
    if not _GROUP_REFERENCE.search(replacement):
        return replacement
    template = _GROUP_REFERENCE.sub(r"\\g<\1>", replacement.replace("\\", "\\\\"))
    try:
        return key.sub(template, observed, timeout=_time_left(deadline, observed, "swap"))
    except (regex.error, IndexError):
        return replacement
    except TimeoutError:
        raise _Stopped("swap") from None


def _word_group(tokens: Sequence[str], nonword: bool) -> str:
    body = "|".join(vale_regex(t) for t in tokens)
    return f"(?:{body})" if nonword else rf"\b(?:{body})\b"


def compile_pattern(pattern: str, flags: int = 0) -> Pattern:
    """Compile a pattern in Vale's syntax (check it with :func:`regex_problem` first)."""
    return regex.compile(vale_regex(pattern), flags | regex.VERSION0)


def regex_problem(pattern: str, flags: int = 0) -> str | None:
    """Why ``pattern`` (Vale's syntax) is not a regular expression, or ``None`` if it is."""
    try:
        compile_pattern(pattern, flags)
    except (regex.error, OverflowError, RecursionError) as error:  # deep nesting
        return str(error)
    if _GLOBAL_FLAGS_INSIDE.search(vale_regex(pattern)):
        # Vale's engine turns such a flag on from where it stands; in ``regex`` it
        # would hold for the whole pattern, and for every term joined with it.
        return "global flags not at the start; write the flags as a group: foo(?i:bar)"
    return None


#: An inline flag group such as ``(?i)`` after the start of a pattern.
_GLOBAL_FLAGS_INSIDE = re.compile(r"(?<!\\)(?<!^)\(\?[a-zA-Z]+(?:-[a-zA-Z]+)?\)")


#: What to do about a regular expression that does not compile.
REGEX_FIX = "put a backslash before ( ) [ ] { } . ? * + | to match it as text, or fix the pattern"

_PARSER: Any = importlib.import_module("re._parser")  # the parse tree of Python's own engine
_REPEATS = {"MAX_REPEAT", "MIN_REPEAT"}  # possessive repeats never backtrack


def backtracking_problem(pattern: str, flags: int = 0) -> str | None:
    """Why ``pattern`` can take exponential time, or ``None``.

    Python's engine backtracks: a repetition of a repetition, ``(a+)+$`` or
    ``(?:\\s*|x)*``, tries every way to split a long run between the two, so one line of
    thirty characters took 69 s. Such a pattern always has a form without the nesting
    (``a+$``): it is refused, as an invalid one is.
    """
    try:
        tree = _PARSER.parse(vale_regex(pattern), flags)
    except Exception:  # invalid: regex_problem says why
        return None
    return _nested_repeat(list(tree), 0)


def _nested_repeat(items: list[Any], depth: int) -> str | None:
    if depth > 100:
        return None
    for op, argument in items:
        name = str(op)
        if name in _REPEATS and argument[1] > 1 and _repeats_alone(list(argument[2])):
            return "a repetition of a repetition, such as (a+)+"
        for child in _children(name, argument):
            found = _nested_repeat(child, depth + 1)
            if found:
                return found
    return None


def _repeats_alone(body: list[Any]) -> bool:
    """Whether a repeated body is itself only a repetition (or alternatives, one of them)."""
    while len(body) == 1 and str(body[0][0]) == "SUBPATTERN":
        body = list(body[0][1][3])
    if len(body) != 1:
        return False
    op, argument = body[0]
    if str(op) in _REPEATS:
        return bool(argument[1] > 1)
    if str(op) == "BRANCH":
        return any(_repeats_alone(list(branch)) for branch in argument[1])
    return False


def _children(name: str, argument: Any) -> list[list[Any]]:
    if name in _REPEATS or name == "POSSESSIVE_REPEAT":
        return [list(argument[2])]
    if name == "SUBPATTERN":
        return [list(argument[3])]
    if name == "BRANCH":
        return [list(branch) for branch in argument[1]]
    if name in ("ASSERT", "ASSERT_NOT"):
        return [list(argument[1])]
    if name == "GROUPREF_EXISTS":
        return [list(part) for part in argument[1:] if part is not None]
    return []


def _compile(
    keys: RuleKeys, key: str, pattern: str, flags: int, entries: Sequence[str] = ()
) -> Pattern:
    """Compile ``pattern``, built from ``key``'s ``entries``; a broken entry is named."""
    for entry in entries:
        problem = regex_problem(entry, flags)
        if problem is not None:
            raise keys.error(
                key,
                f"'{key}': invalid regular expression {shorten(entry)} ({problem}): {REGEX_FIX}",
            )
    problem = regex_problem(pattern, flags)
    if problem is not None:
        raise keys.error(key, f"'{key}': invalid regular expression ({problem})")
    slow = backtracking_problem(pattern, flags)
    if slow is not None:
        shown = next((shorten(e) for e in entries if backtracking_problem(e, flags)), "")
        raise keys.error(
            key,
            f"'{key}': the regular expression {shown or shorten(pattern)} holds {slow}, which "
            "can take exponential time on a long line: repeat once, e.g. a+ for (a+)+",
        )
    return compile_pattern(pattern, flags)


def _check_header(keys: RuleKeys) -> tuple[str, str]:
    """``extends`` and ``level``, which decide whether and how the rule runs."""
    extends = keys.data.get("extends")
    if extends not in SUPPORTED:
        shown = shorten(extends).strip("'")
        raise keys.error(
            "extends",
            f"'extends: {shown}' is not a Vale rule type (sopkit runs "
            f"{', '.join(SUPPORTED)}; it skips {', '.join(SKIPPED)})",
        )
    level = keys.data.get("level", "suggestion")
    if level not in LEVELS:
        raise keys.error(
            "level", f"'level' must be one of {', '.join(LEVELS)}, got {shorten(level)}"
        )
    keys.check_unused()
    return str(extends), str(level)


def compile_rule(
    name: str, path: Path, data: Any, lines: Mapping[str, int] | None = None
) -> ValeRule:
    """Compile one rule's YAML mapping.

    Args:
        name: ``Style.Rule``.
        path: the rule file, for messages.
        data: its YAML mapping.
        lines: the line of each top-level key in the file, for messages.

    Raises:
        ConfigError: the file is not a rule sopkit can run, naming file, line and key.
    """
    if not isinstance(data, dict):
        raise ConfigError(path, "a Vale rule must be a YAML mapping")
    keys = RuleKeys(path, data, lines)
    extends, level = _check_header(keys)
    ignorecase = keys.flag("ignorecase", False)
    flags = regex.MULTILINE | (regex.IGNORECASE if ignorecase else 0)
    rule = ValeRule(
        name=name,
        extends=extends,
        message=keys.text("message", name),
        level=level,
        scope=keys.scope(),
        path=path,
        vocab=keys.flag("vocab", True),
        ignorecase=ignorecase,
        key_lines=dict(lines or {}),
    )
    exceptions = keys.strings("exceptions")
    if exceptions:
        body = "|".join(f"(?:{e})" for e in exceptions)
        rule.exceptions = _compile(keys, "exceptions", body, flags, exceptions)
    nonword = keys.flag("nonword", False)
    if extends == "existence":
        _existence(rule, keys, flags, nonword)
    elif extends == "substitution":
        _substitution(rule, keys, flags, nonword)
    else:
        _occurrence(rule, keys, flags)
    return rule


#: The keys of Vale's rule files (its documentation's common and per-type keys).
_VALE_KEYS = frozenset({
    "extends", "message", "level", "scope", "link", "limit", "description", "action",
    "ignorecase", "nonword", "append", "tokens", "raw", "exceptions", "vocab", "swap",
    "token", "max", "min", "match", "style", "first", "second", "either", "ignore",
    "lang", "filters", "dicpath", "dictionaries", "custom", "threshold", "metrics",
    "formula", "condition", "script", "capitalize", "indicators", "path",
})  # fmt: skip


def _missing(rule: ValeRule, keys: RuleKeys, message: str, wanted: Sequence[str]) -> ConfigError:
    """A required key is missing: name a key of the file that looks like a typo of it."""
    for key in keys.data:
        hint = nearest(str(key), list(wanted))
        if hint is not None and str(key) not in _VALE_KEYS:
            return keys.error(
                str(key), f"{message}: '{key}' is not a Vale key; did you mean '{hint}'?"
            )
    return ConfigError(rule.path, message)


def _existence(rule: ValeRule, keys: RuleKeys, flags: int, nonword: bool) -> None:
    """``tokens`` as one word-bounded alternation, ``raw`` as written, as Vale builds them."""
    tokens = keys.strings("tokens")
    raw = "".join(keys.strings("raw"))
    append = keys.flag("append", False)
    if tokens and raw and append:
        pattern = _word_group(tokens, nonword) + raw
    elif tokens:
        pattern = _word_group(tokens, nonword)
    else:
        pattern = raw
    if not pattern:
        raise _missing(rule, keys, "an existence rule needs 'tokens' or 'raw'", ("tokens", "raw"))
    rule.pattern_key = "raw" if raw else "tokens"
    rule.pattern = _compile(keys, rule.pattern_key, pattern, flags, tokens)


def _substitution(rule: ValeRule, keys: RuleKeys, flags: int, nonword: bool) -> None:
    """``swap``: the keys sorted longest first and joined into one alternation.

    Vale sorts them so, so "e-mail address" wins over "e-mail" where both match (the
    sort is stable: keys of one length keep the file's order).
    """
    swap = keys.swap()
    groups = []
    for key in sorted(swap, key=len, reverse=True):
        rule.swaps.append((_compile(keys, "swap", key, flags, [key]), swap[key]))
        groups.append("(" + _CAPTURE.sub("(?:", vale_regex(key)) + ")")
    body = "|".join(groups)
    rule.pattern_key = "swap"
    rule.pattern = _compile(keys, "swap", body if nonword else rf"\b(?:{body})\b", flags)


def _occurrence(rule: ValeRule, keys: RuleKeys, flags: int) -> None:
    """``token`` and its ``max`` and ``min``; as in Vale, a limit of 0 (or less) is none."""
    token = keys.text("token", "")
    if not token:
        raise _missing(rule, keys, "an occurrence rule needs a 'token'", ("token",))
    rule.pattern_key = "token"
    rule.pattern = _compile(keys, "token", token, flags, [token])
    most, least = keys.count("max"), keys.count("min")
    rule.occurrence_max = most if most is not None and most > 0 else None
    rule.occurrence_min = least if least is not None and least > 0 else None


def _parse(path: Path, text: str) -> tuple[Any, dict[str, int]]:
    """The YAML value of a rule file and the line of each top-level key.

    Raises:
        ConfigError: the YAML is broken, or a value cannot be read (2021-02-30).
    """
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ConfigError(path, f"invalid YAML: {error}", mark.line + 1 if mark else None) from None
    except RecursionError:
        raise ConfigError(path, "invalid YAML: nested too deeply: write it flat") from None
    if node is None:
        return None, {}
    try:
        data = construct(node, controls=True)
    except ValueProblem as problem:
        raise ConfigError(
            path,
            f"invalid YAML value: {problem.message} (or quote it, if it is text)",
            problem.line,
        ) from None
    lines = {}
    if isinstance(node, yaml.MappingNode):
        lines = {str(key.value): key.start_mark.line + 1 for key, _ in node.value}
    return data, lines


def load_rule(path: Path, style: str) -> ValeRule | SkippedRule:
    """Read and compile ``path`` as rule ``style.<file stem>``.

    A rule of a type sopkit does not run (:data:`SKIPPED`) comes back as a
    :class:`SkippedRule`, with the line of its ``extends`` key.

    Raises:
        ConfigError: the file cannot be read or is not a valid rule.
    """
    text = read_text(path)
    data, lines = _parse(path, text)
    name = f"{style}.{path.stem}"
    if isinstance(data, dict) and data.get("extends") in SKIPPED:
        return SkippedRule(name, str(data["extends"]), path, lines.get("extends", 1))
    rule = compile_rule(name, path, data, lines)
    rule.limited = not is_shipped(text)
    return rule


@cache
def _shipped_rule_texts() -> frozenset[str]:
    from sopkit.vale.config import BUILTIN_STYLES  # the config reads rules: import late

    return frozenset(read_text(path) for path in BUILTIN_STYLES.glob("*/*.yml"))


def is_shipped(text: str) -> bool:
    """True when ``text`` is one of sopkit's own rule files, letter for letter: in the
    package, or copied into a project by ``sopkit vale-ini --vendor``.

    Those rules search without a time limit. The ``regex`` package's limit makes every
    search about four times slower (it reads the clock as it goes): on a lint of many
    SOPs the shipped rules' searches cost about a tenth of all the time. Their patterns
    are word lists and one word count, which cannot backtrack; the tests run each on
    hostile text under a limit to prove it. Any other rule file, even one changed by a
    character, keeps the limit.
    """
    return text in _shipped_rule_texts()
