"""The outline of an SOP body: headings, steps and text blocks with their file lines.

Parsing uses markdown-it-py (CommonMark), whose tokens carry source line maps, so
every step and heading can be reported at its line in the file. Only the block
structure is needed here; rendering stays with MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from markdown_it import MarkdownIt


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


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
    """A block of prose (paragraph, heading, list item text, table cell row).

    ``kind`` is ``paragraph``, ``heading``, ``item`` or ``table``; ``line`` and
    ``end_line`` are file lines (end exclusive).
    """

    kind: str
    line: int
    end_line: int
    text: str


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

    def title_line(self) -> int | None:
        """The line of the first level-1 heading."""
        return next((h.line for h in self.headings if h.level == 1), None)


def parse_outline(body: str, first_line: int = 1) -> Outline:
    """Read the headings, ordered-list steps and prose blocks of ``body``.

    Args:
        body: Markdown text.
        first_line: the file line of ``body``'s first line, so results use file lines.
    """
    tokens = _parser().parse(body)
    outline = Outline()
    section: str | None = None
    list_stack: list[str] = []  # "ol" / "ul" for each open list
    item_stack: list[int] = []  # index into steps for open top-level ordered items
    cell_rows: dict[int, list[str]] = {}
    offset = first_line
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "heading_open":
            inline = tokens[index + 1]
            line = token.map[0] + offset if token.map else offset
            text = inline.content.strip()
            outline.headings.append(Heading(int(token.tag[1]), text, line))
            outline.blocks.append(Block("heading", line, line + 1, text))
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
                outline.blocks.append(
                    Block("item" if in_item else "paragraph", line, end, token.content)
                )
                if item_stack and item_stack[-1] >= 0:
                    step = outline.steps[item_stack[-1]]
                    if not step.text:
                        outline.steps[item_stack[-1]] = Step(
                            step.number, token.content, step.line, step.end_line, step.section
                        )
            elif parent in ("th_open", "td_open"):
                cell_rows.setdefault(line, []).append(token.content)
    for line, cells in sorted(cell_rows.items()):
        outline.blocks.append(Block("table", line, line + 1, " | ".join(cells)))
    outline.blocks.sort(key=lambda block: block.line)
    return outline
