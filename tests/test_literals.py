"""The strings a pattern cannot match without: a test that may only ever say "maybe"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from sopkit.literals import GuardedPattern, GuardedTable, fold, may_match, required_literals
from sopkit.quantities.calendar_days import _DAY_DEADLINE_PATTERNS

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
        table = _DAY_DEADLINE_PATTERNS[lang]
        # the table's joint test picks the rows that pass their own test, in order
        assert table.candidates(folded) == [
            row for row in table if may_match(row[0].required, folded)
        ], text
        for pattern, *_ in table:
            if pattern.compiled.search(text):
                matched += 1
                assert may_match(pattern.required, folded), (pattern.source, text)
                assert list(pattern.finditer(text, folded)), (pattern.source, text)
    assert matched > 500  # the check saw real matches, not an empty corpus
    tested = sum(
        pattern.required is not None
        for table in _DAY_DEADLINE_PATTERNS.values()
        for pattern, *_ in table
    )
    assert tested > 400  # and most patterns have a test to skip them by


def test_a_source_string_with_flags_has_the_requirement_of_its_compiled_pattern() -> None:
    source = r"(?:spätestens|bis)\s+Ende"
    assert required_literals(source, re.IGNORECASE) == required_literals(
        re.compile(source, re.IGNORECASE)
    )
    assert required_literals("(unclosed") is None  # no test, and no crash


def test_a_guarded_pattern_compiles_only_when_a_text_passes_its_test() -> None:
    pattern = GuardedPattern(r"next\s+working\s+day", re.IGNORECASE)
    assert pattern.required == {"working"}
    text = "Reply within 10 days"
    assert list(pattern.finditer(text, fold(text))) == []
    assert pattern._compiled is None  # nothing compiled for a text without "working"
    text = "Reply by the NEXT WORKING DAY"
    assert [m.group() for m in pattern.finditer(text, fold(text))] == ["NEXT WORKING DAY"]
    assert pattern._compiled is not None


def test_a_guarded_pattern_without_a_test_always_runs() -> None:
    pattern = GuardedPattern(r"\d+\s*h", re.IGNORECASE)
    assert pattern.required is None
    text = "24 h"
    assert [m.group() for m in pattern.finditer(text, fold(text))] == ["24 h"]


def test_a_guarded_table_tests_each_string_once_and_keeps_row_order() -> None:
    table = GuardedTable(
        [
            (GuardedPattern(r"next\s+working\s+day", re.IGNORECASE), "a"),
            (GuardedPattern(r"\d+\s*h\b", re.IGNORECASE), "untested"),
            (GuardedPattern(r"(?:end|close)\s+of\s+business", re.IGNORECASE), "b"),
            (GuardedPattern(r"working\s+week", re.IGNORECASE), "c"),
        ]
    )
    assert [row[1] for row in table.candidates(fold("By the next WORKING day"))] == [
        "a", "untested", "c",
    ]  # fmt: skip
    assert [row[1] for row in table.candidates(fold("at close of business"))] == [
        "untested", "b",
    ]  # fmt: skip
    assert len(table) == 4 and table[1][1] == "untested" and table[-1][1] == "c"
