"""The strings a pattern cannot match without: a test that may only ever say "maybe"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from sopkit.literals import fold, may_match, required_literals
from sopkit.quantities import _DAY_DEADLINE_LITERALS, _DAY_DEADLINE_PATTERNS

CORPUS = Path(__file__).parent.parent / "benchmarks" / "real_standards"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # the longest run of letters a match must hold; optional parts hold nothing
        (r"(?:by\s+)?(?:the\s+)?next\s+working\s+day", {"working"}),
        # every branch must hold one of the strings
        (r"noch\s+heute|am\s+selben\s+Tag", {"heute", "selben"}),
        (r"(?:spätestens|bis)\s+Ende", {"ende"}),
        # a repeat at least once holds what its body holds
        (r"(?:Werk)+tag", {"werk"}),
    ],
)
def test_required_strings_are_found(pattern: str, expected: set[str]) -> None:
    assert required_literals(re.compile(pattern, re.IGNORECASE)) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:abc)?\d+",  # nothing is required
        r"ab|cdef",  # "ab" is in almost every text: no use as a test
        r"(?<=next )day|\w+",  # one branch can match any word
        r"(?P<x>\d)(?P=x)",  # a back-reference, no letters at all
    ],
)
def test_no_test_when_nothing_useful_is_required(pattern: str) -> None:
    assert required_literals(re.compile(pattern)) is None


def test_case_and_turkish_letters_never_hide_a_match() -> None:
    pattern = re.compile(r"link\s+day", re.IGNORECASE)
    required = required_literals(pattern)
    assert required == {"link"}
    for text in ("LINK DAY", "lİnk day", "lınk day", "Link Day"):
        assert pattern.search(text), text
        assert may_match(required, fold(text)), text
    assert not may_match(required, fold("next working day"))
    assert may_match(None, fold("anything"))


def _corpus_texts() -> list[tuple[str, str]]:
    texts = []
    for lang in ("en", "de", "nl"):
        text = (CORPUS / f"{lang}.yml").read_text(encoding="utf-8")
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        for number, case in enumerate(data["cases"]):
            if case.get("timeframe"):  # short, and where deadlines by the day are
                texts += [(lang, case["timeframe"]), (lang, case["timeframe"].upper())]
            if number % 2 == 0:  # half the sentences, for the words around the deadlines
                texts.append((lang, case["text"]))
    return texts


def test_no_deadline_pattern_is_skipped_on_text_it_matches() -> None:
    """Over real timeframes (in their own case and upper case) and sentences: every
    deadline-by-the-day pattern that matches passed its test first."""
    matched = 0
    for lang, text in _corpus_texts():
        folded = fold(text)
        for (pattern, *_), required in zip(
            _DAY_DEADLINE_PATTERNS[lang], _DAY_DEADLINE_LITERALS[lang], strict=True
        ):
            if pattern.search(text):
                matched += 1
                assert may_match(required, folded), (pattern.pattern, text)
    assert matched > 500  # the check saw real matches, not an empty corpus
    tested = sum(r is not None for table in _DAY_DEADLINE_LITERALS.values() for r in table)
    assert tested > 400  # and most patterns have a test to skip them by
