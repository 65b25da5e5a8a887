"""The outline of an SOP body: headings, steps and text blocks with their file lines.

Parsing uses markdown-it-py (CommonMark), whose tokens carry source line maps, so
every step and heading can be reported at its line in the file. Only the block
structure is needed here; rendering stays with MkDocs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token


@lru_cache(maxsize=64)  # a few sets of rules in practice; a hostile set of files, at most 64
def _parser(left_out: tuple[str, ...] = ()) -> MarkdownIt:
    """CommonMark with tables, block structure only, without the block rules
    ``left_out`` (see :func:`_parser_for`).

    The outline reads each inline token's source text (``content``), never its parsed
    children: the inline pass is left out, which makes parsing 40% faster with the
    same block tokens.
    """
    parser = MarkdownIt("commonmark").enable("table").disable(["inline", "text_join"])
    if left_out:
        parser.disable(list(left_out))
    # CommonMark's preset stops at 20 levels: a list 10 deep (a list and its item are
    # two) went unread by the wording rules. SOP011 refuses anything near this.
    parser.options["maxNesting"] = MAX_NESTING
    return parser


#: Block rules and the strings a text must hold for each to match at all: a table's
#: header row holds a pipe, a fence three backticks or tildes, a quote its ">", an
#: HTML block its "<", a link reference "[", a heading "#", a setext underline "=" or
#: "-", a thematic break "*", "-" or "_".
_RULE_NEEDS = (
    ("table", ("|",)),
    ("fence", ("```", "~~~")),
    ("blockquote", (">",)),
    ("html_block", ("<",)),
    ("reference", ("[",)),
    ("heading", ("#",)),
    ("lheading", ("=", "-")),
    ("hr", ("*", "-", "_")),
)


def _parser_for(text: str) -> MarkdownIt:
    """A parser for ``text`` without the block rules that cannot match anywhere in it.

    Each block rule is tried at the start of every line, and most SOPs hold no
    table, fence, quote, HTML or link reference: leaving those rules out halves the
    parse, and the tokens are the same, since a rule that cannot match neither makes
    a token nor ends a paragraph. An indented code block needs four columns of
    indentation (four spaces, or a tab). Line breaks other than "\n" are read as
    they are by the full parser, which normalises them first.
    """
    if "\r" in text:
        return _parser()
    left_out = [rule for rule, needs in _RULE_NEEDS if not any(n in text for n in needs)]
    if "    " not in text and "\t" not in text:
        left_out.append("code")
    return _parser(tuple(left_out))


#: How deep the outline follows nesting: above what SOP011 lets through.
MAX_NESTING = 60
#: A code span: a run of backticks, its text, and a run of the same length (CommonMark).
#: Its text is shown as written: no tag, link or placeholder inside it is markup.
CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)


@dataclass(frozen=True)
class Heading:
    """A heading: its level (1-6), text and file line."""

    level: int
    text: str
    line: int


@dataclass(frozen=True)
class Step:
    """One item of an ordered list of steps.

    Attributes:
        number: the 1-based position within the SOP's steps.
        text: the item's inline Markdown (first paragraph).
        line: the file line where the item starts.
        end_line: the file line after the item's last line.
        section: the text of the heading above the list, or ``None``.
    """

    number: int
    text: str
    line: int
    end_line: int
    section: str | None


@dataclass(frozen=True)
class Block:
    """A block of prose: a paragraph, heading, list item paragraph or table cell.

    Attributes:
        kind: ``paragraph``, ``heading``, ``item`` (a paragraph in a list item) or
            ``table`` (a cell; ``header`` is true in the header row).
        line: the file line of the block's first line.
        end_line: the file line after its last line.
        text: the inline Markdown (lines joined by newlines).
        anchors: for each line of ``text``: its offset in ``text``, its file line
            and the file column (1-based) where it starts, to map matches back.
        step: the number of the step this block belongs to, if any.
        header: for table cells, whether the cell is in the header row.
        quote: whether the block sits in a blockquote (often a script or a citation).
    """

    kind: str
    line: int
    end_line: int
    text: str
    anchors: tuple[tuple[int, int, int], ...] = ()
    step: int | None = None
    header: bool = False
    quote: bool = False

    def position(self, offset: int) -> tuple[int, int]:
        """The file ``(line, column)`` of character ``offset`` in ``text``."""
        line, column, start = self.line, 1, 0
        for anchor_offset, anchor_line, anchor_column in self.anchors:
            if anchor_offset > offset:
                break
            start, line, column = anchor_offset, anchor_line, anchor_column
        return line, column + (offset - start)


@dataclass
class Outline:
    """What the body holds, in order."""

    headings: list[Heading] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)

    @property
    def title(self) -> str | None:
        """The first level-1 heading, the page title when front matter has none."""
        return next((h.text for h in self.headings if h.level == 1), None)


def _anchors(
    text: str, source: list[str], first: int, offset: int, search_from: int = 0
) -> tuple[tuple[int, int, int], ...]:
    """Locate each line of an inline token's ``text`` in the body ``source`` lines."""
    anchors = []
    position = 0
    for index, part in enumerate(text.split("\n")):
        stripped = part.lstrip()
        lead = len(part) - len(stripped)
        row = first + index
        source_line = source[row] if row < len(source) else ""
        found = source_line.find(stripped, search_from if index == 0 else 0) if stripped else -1
        if found < 0:
            found = len(source_line) - len(source_line.lstrip())
        anchors.append((position, row + offset, found + 1 - lead))
        position += len(part) + 1
    return tuple(anchors)


def block_tokens(text: str) -> list[Token]:
    """The block tokens of ``text`` (CommonMark with tables), each with its lines (``map``)."""
    return _parser_for(text).parse(text)


def parse_outline(body: str, first_line: int = 1) -> Outline:
    """Read the headings, ordered-list steps and prose blocks of ``body``.

    Args:
        body: Markdown text.
        first_line: the file line of ``body``'s first line, so results use file lines.
    """
    tokens = _parser_for(body).parse(body)
    outline = Outline()
    section: str | None = None
    list_stack: list[str] = []  # "ol" / "ul" for each open list
    item_stack: list[int] = []  # index into steps for open top-level ordered items
    source = body.split("\n")
    cell_search: dict[int, int] = {}
    in_header = False
    quote_depth = 0
    offset = first_line
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "heading_open":
            inline = tokens[index + 1]
            line = token.map[0] + offset if token.map else offset
            text = inline.content.strip()
            outline.headings.append(Heading(int(token.tag[1]), text, line))
            anchors = _anchors(inline.content, source, token.map[0], offset) if token.map else ()
            outline.blocks.append(Block("heading", line, line + 1, inline.content, anchors))
            section = text
        elif kind in ("ordered_list_open", "bullet_list_open"):
            list_stack.append("ol" if kind == "ordered_list_open" else "ul")
        elif kind in ("ordered_list_close", "bullet_list_close"):
            list_stack.pop()
        elif kind == "list_item_open":
            is_step = list_stack == ["ol"] and token.level == 1
            if is_step and token.map:
                item_stack.append(len(outline.steps))
                outline.steps.append(
                    Step(
                        number=len(outline.steps) + 1,
                        text="",
                        line=token.map[0] + offset,
                        end_line=token.map[1] + offset,
                        section=section,
                    )
                )
            else:
                item_stack.append(-1)
        elif kind == "list_item_close":
            item_stack.pop()
        elif kind == "inline" and token.map:
            parent = tokens[index - 1].type if index else ""
            line = token.map[0] + offset
            end = token.map[1] + offset
            if parent == "paragraph_open":
                in_item = bool(list_stack)
                step_index = next((i for i in reversed(item_stack) if i >= 0), None)
                outline.blocks.append(
                    Block(
                        "item" if in_item else "paragraph",
                        line,
                        end,
                        token.content,
                        _anchors(token.content, source, token.map[0], offset),
                        step=None if step_index is None else step_index + 1,
                        quote=quote_depth > 0,
                    )
                )
                if item_stack and item_stack[-1] >= 0:
                    step = outline.steps[item_stack[-1]]
                    if not step.text:
                        outline.steps[item_stack[-1]] = Step(
                            step.number, token.content, step.line, step.end_line, step.section
                        )
            elif parent in ("th_open", "td_open"):
                row = token.map[0]
                anchors = _anchors(token.content, source, row, offset, cell_search.get(row, 0))
                if anchors:
                    cell_search[row] = anchors[0][2] - 1 + len(token.content)
                outline.blocks.append(
                    Block("table", line, end, token.content, anchors, header=in_header)
                )
        elif kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind == "thead_open":
            in_header = True
        elif kind == "thead_close":
            in_header = False
    return outline
