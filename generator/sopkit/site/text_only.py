"""``raw_html: false``: an SOP body's HTML is shown as text, its links cannot run code.

Python-Markdown passes raw HTML through, as MkDocs intends; a knowledge base whose
editors should not put scripts or forms on the pages staff read turns that off
for SOP pages. :class:`TextOnlyHtml` is a Python-Markdown extension that, while
:attr:`TextOnlyHtml.active`, takes the raw HTML handling out of the Markdown
instance MkDocs makes for each page (so ``<img onerror>`` is text), drops lines
that are only an HTML comment (sopkit's own markers, ``<!-- sopkit-ignore ... -->``),
and removes what Markdown itself could make dangerous: ``on*`` attributes that an
attribute list (``{: onclick=... }``) sets, and ``javascript:`` links.

The extension must come after every other extension in ``markdown_extensions``:
``md_in_html`` registers its own raw HTML handling, which this one removes.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from sopkit.site.raw_html import KEPT_INLINE_TAGS

#: A line that is one HTML comment and nothing else (up to three spaces indented).
COMMENT_LINE = re.compile(r"^ {0,3}<!--.*-->\s*$")
#: The highlight that location versions put around their local steps (see variants.py),
#: and inline tags without attributes that editors use in SOPs and that can run nothing:
#: "<br>" in a table cell, "<kbd>Ctrl</kbd>" (they showed as text once raw_html: false
#: became the default).
SAFE_INLINE_TAGS = rf"</?(?:{'|'.join(KEPT_INLINE_TAGS)})\s*/?>"
_LOCAL_MARK = rf'(<mark class="sop-local">|{SAFE_INLINE_TAGS})'
_PLACEHOLDER = re.compile("\x02(\\d+)\x03")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")
_URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "poster", "data")
_SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:")


class _DropCommentLines(Preprocessor):
    """Drop lines that are only an HTML comment; other raw HTML stays as text."""

    def run(self, lines: list[str]) -> list[str]:
        return ["" if COMMENT_LINE.match(line) else line for line in lines]


class _LocalMark(InlineProcessor):
    """Let through the inline tag sopkit writes into a body (the local-step mark) and the
    inline tags without attributes of :data:`SAFE_INLINE_TAGS`."""

    # InlineProcessor.handleMatch takes (m, data) by Markdown's design; types-Markdown
    # marks its own InlineProcessor signature the same way against Pattern's (m).
    def handleMatch(self, m: re.Match[str], data: str) -> tuple[str, int, int]:  # type: ignore[override]
        return self.md.htmlStash.store(m.group(1)), m.start(0), m.end(0)


def unsafe_attribute(name: str, value: str) -> bool:
    """Whether an attribute could run code: an event handler, ``srcdoc``, or a link or
    source whose URL runs code."""
    lowered = name.lower()
    if lowered.startswith("on") or lowered == "srcdoc":
        return True
    return lowered in _URL_ATTRIBUTES and unsafe_url(value)


def unsafe_url(value: str) -> bool:
    """Whether a link or source URL would run code (``javascript:``, ``data:`` ...)."""
    plain = _INVISIBLE.sub("", html.unescape(value)).lower()
    if plain.startswith("data:image/") and "svg" not in plain.split(",", 1)[0]:
        return False
    return plain.startswith(_SCRIPT_SCHEMES)


class _SafeAttributes(Treeprocessor):
    """Remove event handler attributes and code-running URLs from the page's elements."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            for name, value in list(element.attrib.items()):
                plain = _PLACEHOLDER.sub(lambda m: chr(int(m.group(1))), value)
                if unsafe_attribute(name, plain):
                    del element.attrib[name]


class TextOnlyHtml(Extension):
    """Raw HTML as text, for the pages rendered while :attr:`active` is true."""

    def __init__(self) -> None:
        super().__init__()
        self.active = False

    def extendMarkdown(self, md: Markdown) -> None:
        """Called for each page's Markdown instance: change it only for SOP pages."""
        if not self.active:
            return
        if "html_block" in md.preprocessors:
            md.preprocessors.deregister("html_block")
        md.preprocessors.register(_DropCommentLines(md), "sopkit_comment_lines", 20)
        if "html" in md.inlinePatterns:
            md.inlinePatterns.deregister("html")
        md.inlinePatterns.register(_LocalMark(_LOCAL_MARK, md), "sopkit_local_mark", 90)
        # Last of all, after attr_list (8) and the unescaping of backslash escapes (0).
        md.treeprocessors.register(_SafeAttributes(md), "sopkit_safe_attributes", -10)
