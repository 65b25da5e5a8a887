"""The phrase tree finds what the plain alternation of the phrases, longest first, finds."""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

import pytest
import yaml

from sopkit.terms import TREE_WORDS, PhraseMatcher, TermMatch, matcher, phrase_tree

CORPUS = Path(__file__).parent.parent / "benchmarks" / "real_standards"


@cache
def _alternation(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """The reference: every phrase in full, longest first (sopkit's matcher until the tree)."""
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-]|['’]\w)", re.IGNORECASE)


def _reference(found: PhraseMatcher, text: str) -> list[TermMatch]:
    pattern = _alternation(found.phrases)
    return [TermMatch(m.group(), m.start(), m.end()) for m in pattern.finditer(text)]


@cache
def _sentences(lang: str) -> list[str]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    text = (CORPUS / f"{lang}.yml").read_text(encoding="utf-8")
    return [case["text"] for case in yaml.load(text, Loader=loader)["cases"]]


@pytest.mark.parametrize("lang", ["en", "de", "nl"])
@pytest.mark.parametrize("kind", ["vague", "hedge", "absolute"])
def test_the_tree_finds_what_the_alternation_finds_in_the_corpus(kind: str, lang: str) -> None:
    found = matcher(kind, lang)
    sentences = _sentences(lang)
    hits = 0
    for text in sentences:
        expected = _reference(found, text)
        assert found.find(text) == expected, text
        hits += len(expected)
    assert hits > (len(sentences) // 20 if kind != "absolute" else 0)


@pytest.mark.parametrize("lang", ["en", "de", "nl"])
def test_the_tree_finds_what_the_alternation_finds_in_made_up_text(lang: str) -> None:
    """Phrases cut, run together, changed in case and followed by punctuation: where
    a part and its whole, or a word and the word with a full stop, meet."""
    found = matcher("vague", lang)
    pieces = [w for phrase in found.phrases for w in phrase.split()]
    tails = ["", ".", ",", "'s", "’t", "-", "s", " ", "  ", "\n"]
    draw = random.Random(20261207)
    for _ in range(3000):
        words = [draw.choice(pieces) for _ in range(draw.randint(1, 8))]
        if draw.random() < 0.5:
            words = draw.choice(found.phrases).split() + words
        text = " ".join(w.upper() if draw.random() < 0.1 else w for w in words)
        text += draw.choice(tails)
        assert found.find(text) == _reference(found, text), text


def test_a_longer_phrase_wins_over_its_part_and_a_word_over_its_stem() -> None:
    found = PhraseMatcher(["as soon", "as soon as possible", "z.s.m", "z.s.m.", "if we can"])
    assert [m.term for m in found.find("As soon as possible, as soon as we can.")] == [
        "As soon as possible",
        "as soon",
    ]
    assert [m.term for m in found.find("z.s.m. en z.s.m")] == ["z.s.m.", "z.s.m"]
    assert found.find("if we can't") == []


def test_phrases_of_many_words_stay_out_of_the_tree() -> None:
    """A team's term of thousands of words nests no groups (Python's parser would fail)."""
    long = " ".join(f"w{i}" for i in range(3000))
    short = " ".join(f"w{i}" for i in range(TREE_WORDS))
    found = PhraseMatcher([long, short, "w0 w1"])
    assert phrase_tree([long]).count("(") == 1
    text = long + ". " + short + "x, w0 w1"
    assert [m.term for m in found.find(text)] == [long, "w0 w1", "w0 w1"]
    assert found.find(text) == _reference(found, text)
    assert [m.end - m.start for m in found.find(short + ".")] == [len(short)]
