"""Prose scopes for the Vale engine: which text a rule sees, and where it sits in the file.

Vale checks prose, not markup: code spans, link targets and HTML are hidden but
keep their width, so every match maps back to its exact line and column. List
items, table cells and headings are prose too (Vale's own part-of-speech rules
skip list items; SOP steps live there, so ours must not).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from sopkit.markdown import Block, Outline
from sopkit.vale.keys import SCOPE_LIST

#: Each mask and the text its every match ends with. A match needs that closer
#: somewhere after its opener, so the search stops at the last one: from an opener
#: with no closer after it the pattern would scan to the end of the text, and a
#: line of 100 KB of unmatched openers ("<a<a<a", "](](") would take quadratic time.
#: Within that range every opener finds its closer, so each character is scanned
#: about once. The image pattern stops at a nested "[" for the same reason.
_MASKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"`+[^`]*`+"), "`"),  # code spans
    (re.compile(r"!\[[^\]\[]*\]\([^)]*\)"), ")"),  # images, alt text included
    (re.compile(r"(?<=\])\([^)]*\)"), ")"),  # link and image targets
    (re.compile(r"(?<=\])\[[^\]]*\]"), "]"),  # reference links
    (re.compile(r"<!--.*?-->", re.DOTALL), "-->"),  # comments
    (re.compile(r"</?[A-Za-z][^>]*>"), ">"),  # HTML tags and autolinks
    (re.compile(r"https?://\S+"), ""),  # bare URLs
)
_SENTENCE_END = re.compile(r"[.!?](?=[\"')\]]*(?:\s|$))")
#: The longest abbreviation ("m.b.t") and its word boundary fit in this many characters.
_ABBREVIATION_WIDTH = 8
_ABBREVIATION = re.compile(
    r"(?:\b(?:e\.g|i\.e|z\.B|d\.h|u\.a|bzw|ca|vs|no|nr|bijv|o\.a|m\.b\.t|evt|Dr|Mr|Mrs|Ms|St)|\b[A-Za-z])$",
    re.IGNORECASE,
)

#: Vale scope names and the block kinds they cover.
SCOPES: dict[str, tuple[str, ...]] = {
    "text": ("paragraph", "item", "heading", "table"),
    "paragraph": ("paragraph",),
    "list": ("item",),
    "heading": ("heading",),
    "table": ("table",),
    "table.cell": ("table",),
    "table.header": ("table",),
    "sentence": ("paragraph", "item", "heading", "table"),
}


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def mask(text: str) -> str:
    """``text`` with markup replaced by spaces of the same width."""
    if "`" in text or "](" in text or "][" in text or "<" in text or "://" in text:
        for pattern, closer in _MASKS:
            last = text.rfind(closer)  # "" (no closer): the end of the text
            if last >= 0:
                cut = last + len(closer)
                text = pattern.sub(_blank, text[:cut]) + text[cut:]
    return text.replace("\n", " ")


class Span(NamedTuple):
    """A piece of prose in one block: ``text[start:end]`` of the masked block text."""

    block: Block
    text: str
    start: int
    end: int

    def position(self, offset: int) -> tuple[int, int]:
        """File ``(line, column)`` of ``offset`` inside this span."""
        return self.block.position(self.start + offset)


def sentences(block: Block, masked: str) -> Iterator[Span]:
    """Split a block's masked text into sentences.

    The abbreviation check looks only at the few characters before each full stop
    (its word boundary still sees the character before them): searching the whole
    sentence so far at every stop made "x. x. x. ..." quadratic.
    """
    start = 0
    for match in _SENTENCE_END.finditer(masked):
        end = match.end()
        stop = match.start()
        if _ABBREVIATION.search(masked, max(start, stop - _ABBREVIATION_WIDTH), stop):
            continue
        if masked[start:end].strip():
            yield _trimmed(block, masked, start, end)
        start = end
    if masked[start:].strip():
        yield _trimmed(block, masked, start, len(masked))


def _trimmed(block: Block, masked: str, start: int, end: int) -> Span:
    while start < end and masked[start].isspace():
        start += 1
    return Span(block, masked[start:end], start, end)


def scoped_spans(outline: Outline, scope: str, masked: list[str] | None = None) -> Iterator[Span]:
    """The spans a rule with ``scope`` checks, as Vale selects them.

    ``heading.h2`` narrows to a level, ``~heading`` is all prose but headings,
    ``list & ~heading`` needs both, and a list of scopes (joined by
    :data:`SCOPE_LIST`) takes any of them. A selector with ``sentence`` checks sentence
    by sentence.

    Args:
        outline: the body's blocks.
        scope: a Vale scope (or selector, or list of them).
        masked: ``mask(block.text)`` for each block, when the caller has them already.
    """
    selectors, by_sentence = _read_scope(scope)
    levels = {h.line: h.level for h in outline.headings}
    for index, block in enumerate(outline.blocks):
        if block.kind not in SCOPES["text"]:
            continue
        if not any(all(_selects(part, block, levels) for part in parts) for parts in selectors):
            continue
        text = masked[index] if masked is not None else mask(block.text)
        if by_sentence:
            yield from sentences(block, text)
        else:
            yield Span(block, text, 0, len(text))


class _Part(NamedTuple):
    """One part of a selector (``heading.h2``, ``~list``), read once.

    Attributes:
        negated: the part starts with ``~``.
        kinds: the block kinds it names; ``None`` for a scope the outline does not
            tell apart (``blockquote``, ``code``, ``doc(...)``), which takes all prose,
            negated or not: a rule checks too much rather than nothing.
        level: ``h2`` for ``heading.h2``, else empty.
        header: true for ``table.header``, false for ``table.cell``, else ``None``.
    """

    negated: bool
    kinds: tuple[str, ...] | None
    level: str
    header: bool | None


@functools.cache
def _read_scope(scope: str) -> tuple[tuple[tuple[_Part, ...], ...], bool]:
    """The selectors of ``scope``, each a tuple of parts, and whether it checks
    sentence by sentence; read once per scope, not once per block of every SOP."""
    selectors = [[part.strip() for part in one.split("&")] for one in scope.split(SCOPE_LIST)]
    by_sentence = any(
        part.lstrip("~").split(".", 1)[0] == "sentence" and not part.startswith("~")
        for parts in selectors for part in parts
    )  # fmt: skip
    return tuple(tuple(_read_part(part) for part in parts) for parts in selectors), by_sentence


def _read_part(part: str) -> _Part:
    negated = part.startswith("~")
    name = part.lstrip("~").strip()
    if name.endswith(".md"):  # a format part, as in Vale's `heading.md`: SOPs are Markdown
        name = name[: -len(".md")]
    base, _, qualifier = name.partition(".")
    if base == "table" and qualifier:
        base, qualifier = f"table.{qualifier}", ""
    if base not in SCOPES:
        return _Part(negated, None, "", None)
    header = (base == "table.header") if base in ("table.header", "table.cell") else None
    return _Part(negated, SCOPES[base], qualifier if base == "heading" else "", header)


def _selects(part: _Part, block: Block, levels: dict[int, int]) -> bool:
    """Whether one part of a selector takes ``block``."""
    if part.kinds is None:
        return True
    taken = block.kind in part.kinds
    if taken and part.level:
        taken = f"h{levels.get(block.line)}" == part.level
    if taken and part.header is not None:
        taken = bool(block.header) == part.header
    return not taken if part.negated else taken
