"""The word lists of the judgement: each phrase once per language.

The matcher reads a repeated phrase once, so a repeat changes no finding; but it hides
which entry a reviewer should edit or remove, and repeats had piled up unnoticed (26 by
December 2026, some 80 lines apart in the same list).
"""

from __future__ import annotations

from collections import Counter

import pytest

from sopkit import terms


@pytest.mark.parametrize("name", ["VAGUE", "HEDGES", "ABSOLUTES", "APPROXIMATIONS"])
def test_each_phrase_is_listed_once_per_language(name: str) -> None:
    table: dict[str, tuple[str, ...]] = getattr(terms, name)
    repeated = {
        lang: sorted(phrase for phrase, count in Counter(phrases).items() if count > 1)
        for lang, phrases in table.items()
    }
    assert all(not phrases for phrases in repeated.values()), repeated
