"""Per-language word patterns: one compiled regular expression per language.

The judgement reads many small vocabularies (bound words, schedules, hedges) in each
language. Each is written as an alternation and matched on whole words only, so that
"later" is not found in "uiterlijk-later" and "in" not inside "within".
"""

from __future__ import annotations

import re
from collections.abc import Mapping


def word_patterns(table: Mapping[str, str]) -> dict[str, re.Pattern[str]]:
    """Compile each language's alternation, case-insensitive and on whole words."""
    return {
        lang: re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)
        for lang, pattern in table.items()
    }
