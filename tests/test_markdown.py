"""The block parse of an SOP body: a parser without the rules a text cannot use reads
the same tokens as the full parser (``sopkit.markdown._parser_for``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sopkit.markdown import _parser, _parser_for, block_tokens, parse_outline

ROOT = Path(__file__).resolve().parent.parent

#: One of each block the rules that may be left out read, and texts near them.
BLOCKS = [
    "| Kanal | Frist |\n|---|---|\n| Telefon | 20 s |\n",
    "Kanal | Frist\n--- | ---\nTelefon | 20 s\n",
    "```\ncode\n```\n",
    "~~~yaml\nkey: value\n~~~\n",
    "    indented code\n",
    "\tindented by a tab\n",
    "1.     code in an item\n",
    "> Say: 'Thank you for calling.'\n> Then wait.\n",
    "<div>\nraw HTML\n</div>\n",
    "<!-- a comment -->\n",
    "[ref]: https://example.org\n",
    "# Title\n",
    "## Steps\n",
    "Setext title\n============\n",
    "Setext subtitle\n---\n",
    "***\n",
    "___\n",
    "- - -\n",
    "1. Answer the call.\n2. Say your name.\n",
    "- Phone\n- Email\n",
    "* star item\n+ plus item\n",
    "A paragraph with a | pipe, a <tag>, a [link](x) and # a hash.\n",
    "A paragraph\n    with an indented second line.\n",
    "Text\r\nwith CRLF\r\n| a | b |\r\n|---|---|\r\n",
    "Text\rwith CR\r> quote\r",
]


def _tokens(tokens: list) -> list[tuple[object, ...]]:  # type: ignore[type-arg]
    return [(t.type, t.tag, t.map, t.level, t.content, t.markup, t.info) for t in tokens]


def _same(text: str) -> None:
    assert _tokens(_parser_for(text).parse(text)) == _tokens(_parser().parse(text))


@pytest.mark.parametrize("block", BLOCKS)
def test_each_block_reads_the_same_alone_and_after_a_paragraph(block: str) -> None:
    _same(block)
    _same("Intro paragraph.\n" + block)
    _same("1. A step.\n   " + block.replace("\n", "\n   "))


def test_a_text_without_special_characters_leaves_rules_out() -> None:
    text = "Answer the call.\n\n1. Greet the caller.\n2. Note the case number.\n"
    assert _parser_for(text) is not _parser()
    _same(text)


def test_a_table_needs_its_pipe_and_gets_the_table_rule() -> None:
    text = "| a | b |\n|---|---|\n| 1 | 2 |\n"
    assert [t.type for t in block_tokens(text)][:2] == ["table_open", "thead_open"]
    assert parse_outline("Plain text only.\n").blocks[0].kind == "paragraph"


def test_the_repository_sops_read_the_same() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "sop").rglob("*.md"))]
    assert texts
    for text in texts:
        _same(text)


@settings(max_examples=300, derandomize=True, database=None, deadline=None)
@given(st.lists(st.sampled_from([*BLOCKS, "text\n", "\n", "  ", "1. ", "- ", "> ", "|", "#"])))
def test_any_mix_of_blocks_reads_the_same(parts: list[str]) -> None:
    _same("".join(parts))
