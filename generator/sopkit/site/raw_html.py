"""Listings as raw HTML that a site generator need not parse.

Generated pages hold listings that grow with the knowledge base (the catalogue, a
table per touchpoint or owner, reviews, a location's standards). They are written
as HTML between ``<!-- sopkit:html -->`` and ``<!-- /sopkit:html -->`` lines, which
any Markdown tool passes through. Passing through is still work: Python-Markdown
and MkDocs run an HTML parser over every raw block, which made the catalogue alone
cost as much as a hundred SOP pages. :func:`lift_html` takes the blocks out before
the page is rendered and :func:`restore_html` puts them back into the rendered page.

A slot is a paragraph of plain text, not an HTML element: it survives a build
with ``raw_html: false``, where every raw HTML element of a page becomes text. Its
random part, new in every process, keeps text that anyone writes from posing as one.
"""

from __future__ import annotations

import re
import secrets

#: Inline tags without attributes that an SOP body keeps with ``raw_html: false`` (they can
#: run nothing): the site renders them (:mod:`sopkit.site.text_only`), lint does not report
#: them as text shown (SOP012). Here, in a module that imports no Markdown parser: the
#: build process reads it, and leaves markdown-it to the lint process.
KEPT_INLINE_TAGS = ("br", "kbd", "sub", "sup", "b", "i", "u", "s", "em", "strong", "small", "mark")

HTML_START = "<!-- sopkit:html -->"
HTML_END = "<!-- /sopkit:html -->"

_BLOCK = re.compile(rf"^{re.escape(HTML_START)}\n(.*?)\n{re.escape(HTML_END)}$", re.M | re.S)
_NONCE = secrets.token_hex(8)
_SLOT = re.compile(rf"(?:<p>)?sopkit-slot-{_NONCE}-(\d+)(?:</p>)?")


def neutralised(markdown: str) -> str:
    """``markdown`` written by people, with text that poses as a block's marker made a
    plain comment: a generated page that quotes an SOP body or ``index.md`` must not
    let that text pass through as HTML, least of all with ``raw_html: false``."""
    return markdown.replace(HTML_START, "<!-- sopkit: html -->").replace(
        HTML_END, "<!-- /sopkit: html -->"
    )


def html_block(html: str) -> str:
    """``html`` (already escaped) marked as a block to pass through untouched."""
    return f"{HTML_START}\n{html}\n{HTML_END}"


def slot(index: int) -> str:
    """The stand-in for block ``index``: a paragraph that Markdown leaves as it is."""
    return f"\n\nsopkit-slot-{_NONCE}-{index}\n\n"


def lift_html(markdown: str) -> tuple[str, list[str]]:
    """``markdown`` with each marked HTML block replaced by a slot, and the blocks."""
    blocks: list[str] = []

    def take(match: re.Match[str]) -> str:
        blocks.append(match.group(1))
        return slot(len(blocks) - 1)

    return _BLOCK.sub(take, markdown), blocks


def restore_html(html: str, blocks: list[str]) -> str:
    """The rendered page with each slot filled by its block again."""
    if not blocks:
        return html
    return _SLOT.sub(lambda match: blocks[int(match.group(1))], html)
