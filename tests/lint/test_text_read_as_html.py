"""SOP012: a placeholder in angle brackets that MkDocs' Markdown drops as an HTML tag
(with ``raw_html: true``), and HTML that shows as text (with ``raw_html: false``).

The sample's German callback SOP said „Northwind Stores, <Ihr Vorname> am Apparat“ and
staff read „Northwind Stores, am Apparat“: the browser found a tag it did not know.
"""

from __future__ import annotations

from collections.abc import Callable

import markdown
import pytest

from sopkit.lint import LintResult
from sopkit.lint.examples import example

Lint = Callable[..., LintResult]


def _found(lint_tree: Lint, body: str, raw_html: bool = True) -> list[tuple[int, int, str]]:
    """SOP012's findings, with MkDocs' rendering of raw HTML (``raw_html: true``) unless
    told otherwise."""
    result = lint_tree({"phone/x.md": example("en", body=body)}, raw_html=raw_html)
    return [(f.line, f.column, f.message) for f in result.findings if f.rule == "SOP012"]


@pytest.mark.parametrize(
    ("body", "shown"),
    [("1. Open <details><summary>the script</summary>Say hello.</details>\n", "<details>"),
     ("1. Write it <span class='hint'>here</span>.\n", "<span class='hint'>")],
)  # fmt: skip
def test_by_default_html_meant_to_render_is_a_warning(
    lint_tree: Lint, body: str, shown: str
) -> None:
    """With raw_html: false (the default) an SOP body's HTML shows as text: an element
    meant to render is said, once per element and block."""
    result = lint_tree({"phone/x.md": example("en", body=body)})
    found = [f for f in result.findings if f.rule == "SOP012"]
    assert [f.severity for f in found][:1] == ["warning"], found
    assert found[0].message.startswith(f"'{shown}' shows as text on the page, not as HTML")
    assert "raw_html: true" in found[0].message


@pytest.mark.parametrize(
    "body",
    ["1. Say 'Northwind, <your first name> speaking'.\n",  # a placeholder: it shows
     "1. Press <kbd>Ctrl</kbd>+<kbd>F</kbd>, then<br>search.\n"],  # kept inline tags
)  # fmt: skip
def test_by_default_what_shows_as_meant_is_not_reported(lint_tree: Lint, body: str) -> None:
    assert _found(lint_tree, body, raw_html=False) == []


@pytest.mark.parametrize(
    ("body", "shown"),
    [("1. Say 'Northwind, <your first name> speaking'.\n", "<your first name>"),
     ("1. Note the <Kundennummer> on the form.\n", "<Kundennummer>"),
     ("1. Write the number in <naam>.\n", "<naam>"),
     ("| Field | Value |\n|---|---|\n| Name | <customer name> |\n", "<customer name>"),
     ("# Greeting for <branch>\n\n1. Greet the customer.\n", "<branch>"),
     ("1. Write the address in <address> on the form.\n", "<address>"),
     # MkDocs' Markdown does not escape "<" with a backslash
     ("1. Say 'Northwind, \\<your first name> speaking'.\n", "<your first name>")],
)  # fmt: skip
def test_a_placeholder_read_as_a_tag_is_an_error(lint_tree: Lint, body: str, shown: str) -> None:
    found = _found(lint_tree, body)
    assert len(found) == 1, found
    assert f"'{shown}' is read as an HTML tag and does not show on the page" in found[0][2]
    # MkDocs' Markdown passes it to the browser as a tag, not as the text "&lt;...&gt;"
    assert shown in markdown.markdown(body, extensions=["tables"])


def test_the_finding_points_at_the_bracket(lint_tree: Lint) -> None:
    found = _found(lint_tree, "Intro.\n\n1. Say 'Northwind, <your first name> speaking'.\n")
    line = example("en", body="").count("\n")
    assert found[0][:2] == (line + 3, len("1. Say 'Northwind, ") + 1)


@pytest.mark.parametrize(
    "body",
    ["1. Quote `<case id>` exactly as shown.\n",  # a code span
     "```\n<case id>\n```\n",  # a code block
     "1. Mail <team@example.com> or open <https://example.com/help>.\n",  # autolinks
     "1. Check that the wait is < 5 minutes and the score > 3.\n",  # comparisons
     "1. Write it in <b>bold</b> or <span class='x'>here</span>.\n",  # HTML on purpose
     "1. Break the line<br>here, or <br/> there.\n",  # an element without an end tag
     "1. Show the <sop-card> element.\n",  # a custom element
     "1. Read the <abbr title='standard operating procedure'>SOP aloud.\n",  # attributes
     "1. Write [your first name] or &lt;your first name&gt;.\n",  # the fixes
     "<details markdown>\n<summary>More</summary>\n\n1. Open it.\n\n</details>\n"],
)  # fmt: skip
def test_what_shows_on_the_page_is_not_reported(lint_tree: Lint, body: str) -> None:
    assert _found(lint_tree, body) == []
