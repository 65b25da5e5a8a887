"""Read Vale rule files and run the rule types sopkit uses, as Vale documents them.

Supported: ``existence`` (tokens, raw, append, nonword, ignorecase, exceptions,
vocab), ``substitution`` (swap with regex keys, ``|`` alternatives, ``$1``
groups, ignorecase, exceptions, vocab) and ``occurrence`` (token, max, min).
Common keys: message with ``%s``, level, scope. Vale compiles ``tokens`` into
``(?i)(?m)\\b(?:a|b)\\b``; so do we. A substitution's keys become one alternation,
longest key first, searched left to right, as Vale's ``NewSubstitution`` builds it.

The other rule types Vale documents (:data:`SKIPPED`) are read but not run: they load
as a :class:`SkippedRule`, which lint reports once per rule (SOP308, info) instead of
stopping. An ``extends`` Vale does not know stays an error.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from sopkit.errors import ConfigError

SUPPORTED = ("existence", "substitution", "occurrence")
#: Rule types Vale runs and sopkit's engine does not: skipped, each named once by SOP308.
SKIPPED = ("capitalization", "conditional", "consistency", "metric", "readability",
           "repetition", "script", "sequence", "spelling")  # fmt: skip
#: A rule file whose name ends in one of these applies to SOPs of that language only.
LANGUAGE_SUFFIX = {"en": "En", "de": "De", "nl": "Nl"}
_SEPARATOR = "\n\x00\n"
LEVELS = ("suggestion", "warning", "error")


@dataclass(frozen=True)
class Match:
    """One alert of a rule inside a scope span: character range and message."""

    start: int
    end: int
    message: str


def _vale_regex(pattern: str) -> str:
    """Translate the regexp2 syntax of Vale rules into Python's ``re`` (end anchor)."""
    return pattern.replace("\\z", "\\Z")


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
    pattern: re.Pattern[str] | None = None
    exceptions: re.Pattern[str] | None = None
    #: Each swap key compiled alone (for ``$1``) and its replacement, longest key first.
    swaps: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    occurrence_max: int | None = None
    occurrence_min: int | None = None
    vocab: bool = True
    ignorecase: bool = False

    @property
    def style(self) -> str:
        """The style (folder) name."""
        return self.name.split(".", 1)[0]

    @property
    def lang(self) -> str | None:
        """The SOP language a rule is written for: ``HedgingDe`` is German."""
        suffix = self.name[-2:]
        return next((lang for lang, end in LANGUAGE_SUFFIX.items() if end == suffix), None)

    def _excepted(self, text: str, accepted: re.Pattern[str] | None) -> bool:
        if self.exceptions is not None and self.exceptions.fullmatch(text):
            return True
        return bool(self.vocab and accepted is not None and accepted.fullmatch(text))

    def run(self, text: str, accepted: re.Pattern[str] | None = None) -> Iterator[Match]:
        """Alerts in one span of prose."""
        if self.extends == "existence" and self.pattern is not None:
            for m in self.pattern.finditer(text):
                if m.end() > m.start() and not self._excepted(m.group(), accepted):
                    yield Match(m.start(), m.end(), _format(self.message, m.group()))
        elif self.extends == "substitution":
            yield from self._substitute(text, accepted)
        elif self.extends == "occurrence" and self.pattern is not None:
            count = sum(1 for _ in self.pattern.finditer(text))
            too_many = self.occurrence_max is not None and count > self.occurrence_max
            too_few = self.occurrence_min is not None and count < self.occurrence_min
            if too_many or too_few:
                yield Match(0, len(text.rstrip()), _format(self.message, str(count)))

    def run_all(
        self, spans: JoinedSpans, accepted: re.Pattern[str] | None = None
    ) -> Iterator[tuple[int, Match]]:
        """Alerts in all spans of a scope, as ``(span index, match)``.

        Word rules search the joined spans at once, which is much faster than one
        search per span; occurrence counts per span.
        """
        if self.extends == "occurrence":
            for index, text in enumerate(spans.texts):
                for match in self.run(text, accepted):
                    yield index, match
            return
        for match in self.run(spans.joined, accepted):
            index = bisect_right(spans.starts, match.start) - 1
            base = spans.starts[index]
            if match.end - base > len(spans.texts[index]):
                continue  # crosses into the next span: not a match in Vale either
            yield index, Match(match.start - base, match.end - base, match.message)

    def _substitute(self, text: str, accepted: re.Pattern[str] | None) -> Iterator[Match]:
        if self.pattern is None:
            return
        for m in self.pattern.finditer(text):
            index = (m.lastindex or 1) - 1  # the alternation sets exactly one group
            key, replacement = self.swaps[index]
            observed = m.group(index + 1)
            expected = _expand(key, replacement, observed)
            options = expected.split("|")
            # Already the preferred word, letter for letter: as in Vale, where
            # ``ignorecase`` widens what the keys find, not what counts as preferred.
            if observed in options or self._excepted(observed, accepted):
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


def _expand(key: re.Pattern[str], replacement: str, observed: str) -> str:
    """``$1`` in a replacement: the key's own groups, re-matched on the observed text.

    Vale turns the key's groups into non-capturing ones inside the alternation and
    then replaces the key in the observed text (its ``subMsg``); so do we.
    """
    if not _GROUP_REFERENCE.search(replacement):
        return replacement
    template = _GROUP_REFERENCE.sub(r"\\g<\1>", replacement.replace("\\", "\\\\"))
    try:
        return key.sub(template, observed)
    except (re.error, IndexError):
        return replacement


def _word_group(tokens: Sequence[str], nonword: bool) -> str:
    body = "|".join(_vale_regex(t) for t in tokens)
    return f"(?:{body})" if nonword else rf"\b(?:{body})\b"


def compile_rule(name: str, path: Path, data: Any) -> ValeRule:
    """Compile one rule's YAML mapping.

    Raises:
        ConfigError: the file is not a rule sopkit can run, naming file and key.
    """
    if not isinstance(data, dict):
        raise ConfigError(path, "a Vale rule must be a YAML mapping")
    extends = data.get("extends")
    if extends not in SUPPORTED:
        raise ConfigError(
            path,
            f"'extends: {extends}' is not a Vale rule type (sopkit runs "
            f"{', '.join(SUPPORTED)}; it skips {', '.join(SKIPPED)})",
        )
    level = data.get("level", "suggestion")
    if level not in LEVELS:
        raise ConfigError(path, f"'level' must be one of {', '.join(LEVELS)}, got {level!r}")
    ignorecase = bool(data.get("ignorecase", False))
    flags = re.MULTILINE | (re.IGNORECASE if ignorecase else 0)
    rule = ValeRule(
        name=name,
        extends=extends,
        message=str(data.get("message", name)),
        level=level,
        scope=str(data.get("scope", "text")),
        path=path,
        vocab=bool(data.get("vocab", True)),
        ignorecase=ignorecase,
    )
    try:
        exceptions = data.get("exceptions") or []
        if exceptions:
            rule.exceptions = re.compile("|".join(f"(?:{e})" for e in exceptions), flags)
        nonword = bool(data.get("nonword", False))
        if extends == "existence":
            tokens = [str(t) for t in data.get("tokens") or []]
            raw = "".join(str(r) for r in data.get("raw") or [])
            if tokens and raw and data.get("append"):
                pattern = _word_group(tokens, nonword) + raw
            elif tokens:
                pattern = _word_group(tokens, nonword)
            else:
                pattern = raw
            if not pattern:
                raise ConfigError(path, "an existence rule needs 'tokens' or 'raw'")
            rule.pattern = re.compile(pattern, flags)
        elif extends == "substitution":
            swap = data.get("swap") or {}
            if not isinstance(swap, dict) or not swap:
                raise ConfigError(path, "a substitution rule needs a 'swap' mapping")
            # Vale sorts the keys longest first and joins them into one alternation,
            # so "e-mail address" wins over "e-mail" where both match (sort is stable:
            # keys of one length keep the file's order).
            keys = sorted((str(k) for k in swap), key=len, reverse=True)
            groups = []
            for key in keys:
                regex = _vale_regex(key)
                rule.swaps.append((re.compile(regex, flags), str(swap[key] or "")))
                groups.append("(" + _CAPTURE.sub("(?:", regex) + ")")
            body = "|".join(groups)
            rule.pattern = re.compile(body if nonword else rf"\b(?:{body})\b", flags)
        else:
            token = data.get("token")
            if not token:
                raise ConfigError(path, "an occurrence rule needs a 'token'")
            rule.pattern = re.compile(_vale_regex(str(token)), flags)
            rule.occurrence_max = data.get("max")
            rule.occurrence_min = data.get("min")
    except re.error as error:
        raise ConfigError(path, f"invalid regular expression: {error}") from None
    return rule


def load_rule(path: Path, style: str) -> ValeRule | SkippedRule:
    """Read and compile ``path`` as rule ``style.<file stem>``.

    A rule of a type sopkit does not run (:data:`SKIPPED`) comes back as a
    :class:`SkippedRule`, with the line of its ``extends`` key.
    """
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(path, f"cannot read the rule: {error}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ConfigError(path, f"invalid YAML: {error}", mark.line + 1 if mark else None) from None
    name = f"{style}.{path.stem}"
    if isinstance(data, dict) and data.get("extends") in SKIPPED:
        line = next(
            (n for n, row in enumerate(text.splitlines(), 1) if row.startswith("extends")), 1
        )
        return SkippedRule(name, str(data["extends"]), path, line)
    return compile_rule(name, path, data)
