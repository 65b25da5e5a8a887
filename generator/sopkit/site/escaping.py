"""Text is text: one function per context where a value becomes markup.

Every value sopkit puts on a page comes from people (front matter, ``locations.yml``,
file names, commit messages) and must read as the characters they typed, never as
markup: in HTML text and attributes, in Markdown that MkDocs renders (where
``{: onclick=... }`` is an attribute list and ``[x](javascript:...)`` a link), in
URLs, in JSON inside a page and in XML. Each helper is applied once, where the
value enters that context, and nowhere else: values stay plain text until then.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import quote

#: Characters Python-Markdown (and CommonMark) reads as syntax and that a backslash
#: turns back into text. ``<``, ``>`` and ``&`` are written as entities instead;
#: ``|`` is escapable because MkDocs always loads the ``tables`` extension.
_MARKDOWN_SYNTAX = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
_WHITESPACE = re.compile(r"\s+")
#: Characters XML 1.0 does not allow at all, even as references.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: Characters that end a ``<script>`` element or a JavaScript string in HTML.
_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                  "\u2028": "\\u2028", "\u2029": "\\u2029"}  # fmt: skip
#: The length of a commit message's first line shown on pages and in feeds.
MESSAGE_LIMIT = 200


def html_text(value: object) -> str:
    """``value`` as HTML text or a quoted attribute value."""
    return html.escape(str(value), quote=True)


def md_text(value: object) -> str:
    """``value`` as inline Markdown that renders as exactly this text, on one line.

    Syntax characters get a backslash, so attribute lists, links, emphasis and
    headings never form; ``<``, ``>``, ``&`` and ``"`` become entities, so no HTML
    tag forms either (named entities: a numeric one's ``#`` would need escaping).
    """
    text = _WHITESPACE.sub(" ", str(value)).strip()
    text = _MARKDOWN_SYNTAX.sub(r"\\\1", text)
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def url_path(path: str) -> str:
    """A relative URL path with every segment percent-encoded (``/`` kept).

    ``javascript:alert(1)/`` becomes ``javascript%3Aalert%281%29/``: a path, never a
    scheme; quotes and angle brackets cannot end an attribute or open a tag.
    MkDocs encodes its own page URLs the same way.
    """
    return quote(path, safe="/")


def yaml_text(value: object) -> str:
    """``value`` as a YAML scalar for front matter (a JSON string is valid YAML)."""
    return json.dumps(_WHITESPACE.sub(" ", str(value)).strip(), ensure_ascii=False)


def script_json(value: object) -> str:
    """``value`` as JSON that can sit inside ``<script>`` or an HTML attribute."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda match: _SCRIPT_UNSAFE[match.group()], text)


def xml_text(value: object) -> str:
    """``value`` as XML text or a double-quoted attribute value (always well-formed)."""
    text = _NOT_XML.sub("\ufffd", str(value))
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def first_line(message: str | None, limit: int = MESSAGE_LIMIT) -> str:
    """The first non-empty line of a commit message, cut to ``limit`` characters.

    A commit message can be a megabyte long; pages and feeds show its subject and
    link to the commit for the rest.
    """
    line = next((ln.strip() for ln in (message or "").splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
