"""Per-language patterns are compiled on first use, once, and only for known languages."""

from __future__ import annotations

import pytest

from sopkit.wordpatterns import PerLanguage, word_patterns


def test_a_language_is_made_on_first_access_and_kept() -> None:
    made: list[str] = []

    def make(lang: str) -> str:
        made.append(lang)
        return lang.upper()

    table = PerLanguage(["en", "de", "nl"], make)
    assert made == []
    assert table["de"] == "DE"
    assert table.get("de") == "DE"
    assert made == ["de"]
    assert list(table) == ["en", "de", "nl"] and len(table) == 3
    assert made == ["de"]


def test_an_unknown_language_is_missing_and_never_made() -> None:
    table = PerLanguage(["en"], lambda lang: pytest.fail(f"made {lang}"))
    assert "fr" not in table
    assert table.get("fr") is None
    with pytest.raises(KeyError):
        table["fr"]


def test_word_patterns_match_whole_words_of_their_language() -> None:
    patterns = word_patterns({"en": "later|in", "nl": "later"})
    assert patterns["en"].search("we reply Later today")
    assert not patterns["en"].search("uiterlijk-later within")
    assert "de" not in patterns
