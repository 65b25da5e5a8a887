"""SOP015: an SOP written in another language than its ``lang`` is checked in the wrong one."""

from __future__ import annotations

from collections.abc import Callable

from sopkit.lint import LintResult
from sopkit.lint.examples import DROP, example

Lint = Callable[..., LintResult]
DUTCH_HEDGE = "Wij streven ernaar klachten binnen 5 werkdagen te beantwoorden"


def _wrong_language(result: LintResult) -> list[tuple[int, str]]:
    return [(f.line, f.message) for f in result.findings if f.rule == "SOP015"]


def test_a_dutch_sop_without_lang_is_named_and_its_hedge_then_found(lint_tree: Lint) -> None:
    text = example("nl", lang=DROP, metric=DUTCH_HEDGE, timeframe="5 werkdagen")
    result = lint_tree({"klachten.md": text})
    ((line, message),) = _wrong_language(result)
    assert line == 1
    assert message.startswith("the SOP is written in Dutch (")
    assert "it has no lang, so it is read as 'en': set 'lang: nl'" in message
    fixed = lint_tree({"klachten.md": example("nl", metric=DUTCH_HEDGE, timeframe="5 werkdagen")})
    assert [f.rule for f in fixed.findings if f.severity == "error"] == ["SOP102"]


def test_a_german_sop_marked_english_is_reported_on_its_lang_line(lint_tree: Lint) -> None:
    text = example("de", lang="en")
    ((line, message),) = _wrong_language(lint_tree({"anrufe.md": text}))
    assert text.splitlines()[line - 1] == "lang: en"
    assert "written in German" in message and "its lang is 'en': set 'lang: de'" in message


def test_an_english_sop_with_a_german_greeting_is_english(lint_tree: Lint) -> None:
    body = (
        "## Steps\n\n1. Greet German callers with 'Guten Tag, wie kann ich Ihnen helfen?'.\n"
        "2. Note the caller's name and the order number in the CRM.\n"
    )
    assert _wrong_language(lint_tree({"greet.md": example("en", body=body)})) == []


def test_the_default_language_is_the_one_checked_without_lang(lint_tree: Lint) -> None:
    result = lint_tree({"klachten.md": example("nl", lang=DROP)}, default_lang="nl")
    assert _wrong_language(result) == []
    result = lint_tree({"calls.md": example("en", lang=DROP)}, default_lang="nl")
    assert "written in English" in _wrong_language(result)[0][1]
