"""Per-language word patterns: one compiled regular expression per language.

The judgement reads many small vocabularies (bound words, schedules, hedges) in each
language. Each is written as an alternation and matched on whole words only, so that
"later" is not found in "uiterlijk-later" and "in" not inside "within".

Patterns are compiled when a language is first read, not on import: every ``sopkit``
process imports the judgement (a lint of one file, the build's own process that reads
kept lint results), and compiling every language's alternations on import cost each
of them about a tenth of a second, most of it for languages its SOPs do not use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TypeVar

_Value = TypeVar("_Value")


class PerLanguage(Mapping[str, _Value]):
    """A mapping of language to a value that is made on first access and then kept.

    Only the languages given exist (``in``, ``get`` and iteration behave as for a
    ``dict`` of them); ``make`` is called at most once per language.
    """

    def __init__(self, languages: Iterable[str], make: Callable[[str], _Value]) -> None:
        self._languages = tuple(dict.fromkeys(languages))
        self._make = make
        self._made: dict[str, _Value] = {}

    def __getitem__(self, lang: str) -> _Value:
        try:
            return self._made[lang]
        except KeyError:
            if lang not in self._languages:
                raise
        value = self._made[lang] = self._make(lang)
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._languages)

    def __len__(self) -> int:
        return len(self._languages)


def whole_words_source(pattern: str) -> str:
    """``pattern`` made to match whole words only (hyphens join words)."""
    return rf"(?<![\w-])(?:{pattern})(?![\w-])"


def whole_words(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled case-insensitive, matching whole words (hyphens join words)."""
    return re.compile(whole_words_source(pattern), re.IGNORECASE)


def word_patterns(table: Mapping[str, str]) -> PerLanguage[re.Pattern[str]]:
    """Each language's alternation, compiled by :func:`whole_words` on first use."""
    return PerLanguage(table, lambda lang: whole_words(table[lang]))
