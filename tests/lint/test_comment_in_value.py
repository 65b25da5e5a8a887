"""SOP016: ' #' in an unquoted front-matter value is a YAML comment that cuts the value."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sopkit.lint import LintResult
from sopkit.lint.examples import example

Lint = Callable[..., LintResult]


def _cut(result: LintResult) -> list[tuple[int, str | None, str]]:
    return [(f.line, f.field, f.message) for f in result.findings if f.rule == "SOP016"]


@pytest.mark.parametrize(
    ("key", "value", "kept"),
    [("title", "Answer calls for store #12", "Answer calls for store"),
     ("owner", "Team #2 <team2@example.com> @northwind/team2", "Team"),
     ("metric", "80% of calls answered within 20 seconds #KPI-4",
      "80% of calls answered within 20 seconds")],
)  # fmt: skip
def test_a_value_cut_by_a_comment_is_named_with_its_fix(
    lint_tree: Lint, key: str, value: str, kept: str
) -> None:
    text = example("en", **{key: value})
    ((line, field, message),) = _cut(lint_tree({"calls.md": text}))
    assert text.splitlines()[line - 1] == f"{key}: {value}" and field == key
    assert f"so {key} ends at '{kept}'" in message and f'"{value}"' in message


def test_nested_values_and_list_items_are_read_too(lint_tree: Lint) -> None:
    text = example(
        "en", review="\n  last: 2026-10-01\n  by: Shift lead #2", tags="\n  - calls #2\n  - queue"
    )
    found = _cut(lint_tree({"calls.md": text}))
    assert [(field, message.split(" starts")[0]) for _, field, message in found] == [
        (None, "'#2'"), (None, "'#2'")
    ]  # fmt: skip


@pytest.mark.parametrize(
    "line",
    ['title: "Answer calls for store #12"', "title: 'Answer calls for store #12'",
     "timeframe: 20 seconds  # the contract's figure",
     "metric: 80% of calls answered within 20 seconds  # sopkit-ignore SOP107: contract",
     "owner: Lead <lead@example.com> @northwind/lead", "title: See https://example.com/#steps"],
)  # fmt: skip
def test_quoted_values_and_real_comments_pass(lint_tree: Lint, line: str) -> None:
    key, value = line.split(": ", 1)
    assert _cut(lint_tree({"calls.md": example("en", **{key: value})})) == []


def test_a_line_of_spaces_is_read_in_linear_time(lint_tree: Lint) -> None:
    """A regular expression tried each run of spaces before the '#': quadratic (8,000
    spaces took 0.4 s, these 300,000 about ten minutes)."""
    title = "Answer" + " " * 300_000 + "calls #12"
    found = _cut(lint_tree({"calls.md": example("en", title=title)}, max_file_size=2_000_000))
    assert [message.split(" starts")[0] for _, _, message in found] == ["'#12'"]
