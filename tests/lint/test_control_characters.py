"""SOP014: invisible control characters in an SOP's body, and lines as editors count them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sopkit.lint import LintResult
from sopkit.lint.examples import example
from sopkit.lint.rules.sop014_control_character import MAX_LINES_REPORTED

Lint = Callable[..., LintResult]
STEPS = "## Steps\n\n1. Greet the customer.\n2. {}\n3. Close the ticket.\n"
#: The body starts on this line of example(): front matter, a blank line, "## Steps".
FIRST_STEP_LINE = example("en", body="").count("\n") + 3


def _sop014(lint_tree: Lint, body: str) -> list[tuple[int, int, str]]:
    result = lint_tree({"x.md": example("en", body=body)})
    return [(f.line, f.column, f.message) for f in result.findings if f.rule == "SOP014"]


@pytest.mark.parametrize(
    ("step", "column", "words"),
    [
        ("Answer the call.\x1b[0m", 20, "U+001B (ESC, the start of a terminal colour code"),
        ("Say \x92thank you\x92.", 8, "U+0092 (a C1 control: a Windows-1252 character decoded "
         "the wrong way; it stands for '’', right single quotation mark)"),
        ("Ring\x07 twice.", 8, "U+0007 (BEL"),
        ("Wait\x7f.", 8, "U+007F (DEL)"),
        ("Log\x1f it.", 7, "U+001F (a control character)"),
    ],
)  # fmt: skip
def test_a_control_character_is_named_with_its_line_and_what_it_stands_for(
    lint_tree: Lint, step: str, column: int, words: str
) -> None:
    [(line, found_column, message)] = _sop014(lint_tree, STEPS.format(step))
    assert (line, found_column) == (FIRST_STEP_LINE + 1, column)
    assert words in message and "delete it" in message


@pytest.mark.parametrize(
    "step",
    [
        "Answer\tthe call.",  # tab
        "Answer the call.\r",  # CRLF line end
        "Answer the call.\x0c",  # form feed: Markdown whitespace
        "Answer the call – politely.",  # an en dash, written as itself
        "Answer the call\u00a0politely.",  # no-break space
    ],
)
def test_whitespace_and_ordinary_characters_are_no_finding(lint_tree: Lint, step: str) -> None:
    assert _sop014(lint_tree, STEPS.format(step)) == []


def test_a_nul_beyond_the_first_8_kb_is_found_too(lint_tree: Lint) -> None:
    """The reader refuses a NUL in the first 8 KB as SOP001; one further on reached the site."""
    filler = "\n".join(f"{n}. Check item {n} of the list." for n in range(3, 400))
    body = "## Steps\n\n1. Greet.\n2. Check.\n" + filler + "\n400. Done\x00.\n"
    assert len(body.encode()) > 9000
    [(line, column, message)] = _sop014(lint_tree, body)
    assert (line, column) == (FIRST_STEP_LINE + 399, 10)
    assert "U+0000 (NUL)" in message


def test_a_file_full_of_them_gets_one_finding_for_the_rest(lint_tree: Lint) -> None:
    body = "## Steps\n\n" + "".join(f"{n}. Step\x1b {n}.\n" for n in range(1, 101))
    found = _sop014(lint_tree, body)
    assert len(found) == MAX_LINES_REPORTED + 1
    line, _, message = found[-1]
    first_more = FIRST_STEP_LINE + MAX_LINES_REPORTED
    assert line == first_more
    assert f"on 80 more lines (lines {first_more} to {FIRST_STEP_LINE + 99})" in message


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0c", "\x1c", "\x0b"])
def test_characters_python_splits_lines_at_do_not_shift_later_lines(
    lint_tree: Lint, separator: str
) -> None:
    """Editors and Markdown end lines only at LF and CR; a finding after such a character
    still names its own line (str.splitlines also splits at these)."""
    body = f"## Steps\n\n1. Greet{separator} the customer.\n2. Answer the call.\x1b\n"
    found = _sop014(lint_tree, body)
    assert (found[-1][0], found[-1][1]) == (FIRST_STEP_LINE + 1, 20)
