"""The keys of a Vale rule file, each read as the type Vale reads it.

Vale decodes a rule with mapstructure's weakly typed input: a number where text is
expected is text (``swap: {911: emergency number}``, ``tokens: [2FA, 24]``) and the
string "false" is false. What it cannot decode (``max: lots``, a mapping where a list
belongs) it refuses, naming the key; so does sopkit, with the file, the line, the type
expected and the fix. Without this a wrong type failed later, as a ``TypeError`` that
looked like a bug in sopkit, or silently meant something else (``tokens: ASAP`` was read
letter by letter, ``ignorecase: "false"`` as true).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sopkit.errors import ConfigError
from sopkit.yamlsafe import shorten

#: What Vale (Go's ``strconv.ParseBool``) reads as true and as false in a quoted value.
_TRUE = frozenset({"1", "t", "T", "true", "TRUE", "True"})
_FALSE = frozenset({"0", "f", "F", "false", "FALSE", "False"})
#: A whole number written as text ("3", "+3", "-1"), in ASCII digits as Go reads it.
_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")
#: Between the scopes of a list: any of them (``scope: [heading, list]``).
SCOPE_LIST = " | "
#: The first part of every scope Vale documents (vale.sh/docs/scopes): ``heading.h2``,
#: ``table.cell``, ``paragraph.md``, ``~blockquote`` and ``comment.line`` start with one.
#: ``code``, ``link``, ``strong`` and ``emphasis`` are Vale 2's inline scopes, ``class``
#: Vale 3's class selector (``class.callout-note``).
VALE_SCOPES = ("text", "heading", "list", "paragraph", "sentence", "table", "figure",
               "blockquote", "alt", "summary", "raw", "comment", "code", "link", "strong",
               "emphasis", "class")  # fmt: skip
#: Header keys every rule may have that the engine does not use: checked all the same,
#: because Vale refuses a rule whose ``link`` is a list.
_TEXT_KEYS = ("link", "description")


def _scalar(value: object) -> bool:
    """A value Vale reads as text: a string or a number (not a YAML ``yes``/``no``)."""
    return isinstance(value, str | int | float) and not isinstance(value, bool)


class RuleKeys:
    """A rule file's mapping, read key by key; a wrong value stops sopkit (exit 2).

    Args:
        path: the rule file, for messages.
        data: its YAML mapping.
        lines: the line of each top-level key, where known.
    """

    def __init__(
        self, path: Path, data: Mapping[Any, Any], lines: Mapping[str, int] | None = None
    ) -> None:
        self.path = path
        self.data = data
        self.lines = lines or {}

    def error(self, key: str, message: str) -> ConfigError:
        """A ConfigError on the line of ``key``."""
        return ConfigError(self.path, message, self.lines.get(key))

    def _wrong(self, key: str, expected: str, fix: str) -> ConfigError:
        got = shorten(self.data.get(key))
        return self.error(key, f"'{key}' must be {expected}, got {got}: {fix}")

    def text(self, key: str, default: str) -> str:
        """A text value (a number is read as text, as Vale does); ``default`` if absent."""
        value = self.data.get(key)
        if value is None:
            return default
        if not _scalar(value):
            raise self._wrong(key, "text", f'write it as one quoted line, e.g. {key}: "..."')
        return str(value)

    def flag(self, key: str, default: bool) -> bool:
        """``true`` or ``false`` (also quoted, or 1 and 0, as Vale reads them)."""
        value = self.data.get(key)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        if isinstance(value, int):
            return value != 0
        if isinstance(value, str) and value in _TRUE | _FALSE:
            return value in _TRUE
        raise self._wrong(key, "true or false", f"write {key}: true or {key}: false")

    def count(self, key: str) -> int | None:
        """A whole number (also quoted, as Vale reads it); ``None`` if absent."""
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, str) and _WHOLE_NUMBER.fullmatch(value.strip()):
            return int(value)  # "+-3", "²" and "٣" are no numbers Vale reads
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._wrong(key, "a whole number", f"write e.g. {key}: 3")
        return value

    def strings(self, key: str) -> list[str]:
        """A list of words or regular expressions; empty entries are left out, as in Vale."""
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self._wrong(
                key, "a list", "write each entry on a line of its own after '- ', or [a, b]"
            )
        for item in value:
            if item is not None and not _scalar(item):
                raise self.error(
                    key,
                    f"'{key}' holds {shorten(item)}, not a word or a regular expression: "
                    f"quote it (a bare yes, no, on or off is read as true or false)",
                )
        return [str(item) for item in value if item is not None and str(item).strip()]

    def swap(self) -> dict[str, str]:
        """``swap``: each word (or regular expression) and its replacement, as text."""
        value = self.data.get("swap")
        if not isinstance(value, dict) or not value:
            raise self._wrong(
                "swap",
                "a mapping of each word to its replacement",
                "write one 'word: replacement' line per word under 'swap:'",
            )
        swaps = {}
        for word, replacement in value.items():
            if not _scalar(word) or not (replacement is None or _scalar(replacement)):
                raise self.error(
                    "swap",
                    f"'swap' holds {shorten(word)}: {shorten(replacement)}: a word and its "
                    f"replacement must be text: quote them (a bare yes or no is true or false)",
                )
            swaps[str(word)] = "" if replacement is None else str(replacement)
        return swaps

    def scope(self) -> str:
        """The scope the engine checks: ``text`` if absent.

        Vale takes one scope or a list of them (any of them), each a selector such as
        ``~heading`` or ``list & ~heading``; a list is joined by ``SCOPE_LIST``.
        """
        value = self.data.get("scope")
        if value is None:
            return "text"
        scopes = value if isinstance(value, list) else [value]
        if not scopes or not all(isinstance(s, str) for s in scopes):
            raise self._wrong(
                "scope", "a Vale scope or a list of them", "write e.g. scope: heading"
            )
        for scope in scopes:
            self._check_scope(scope)
        return SCOPE_LIST.join(scope.strip() for scope in scopes)

    def _check_scope(self, scope: str) -> None:
        """Every part of a selector (``~heading.h2 & list``) starts with a Vale scope."""
        if scope.strip().startswith("doc("):
            return  # Vale 3's document selectors: not run, but valid
        for part in scope.split("&"):
            name = part.strip().lstrip("~").split(".", 1)[0]
            if name not in VALE_SCOPES:
                raise self.error(
                    "scope",
                    f"'scope' must be a Vale scope, got {shorten(scope)}: use "
                    f"{', '.join(VALE_SCOPES)} (heading.h1 to heading.h6 for one level, "
                    f"table.header or table.cell for a part of a table)",
                )

    def check_unused(self) -> None:
        """The header keys the engine does not use still have the type Vale reads."""
        for key in _TEXT_KEYS:
            self.text(key, "")
        self.count("limit")
        action = self.data.get("action")
        if action is not None and not isinstance(action, dict):
            raise self._wrong(
                "action", "a mapping", "write 'name:' and 'params:' lines under 'action:'"
            )
