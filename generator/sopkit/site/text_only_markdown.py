"""``raw_html: false`` for engines that read the Markdown themselves (``sopkit export``).

In a sopkit build, :mod:`sopkit.site.text_only` changes how Python-Markdown reads an SOP
body. An exported tree is built by another engine (Zensical), which renders an SOP
body's raw HTML as MkDocs does by default: the same setting is applied to the text
instead, before it is written. What Markdown would turn into markup that runs code
becomes text or goes:

- raw HTML, inline (``<img src=x onerror=...>``) or as a block (``<script>`` lines), is
  escaped (``&lt;img ...``): it is shown as text, as the build shows it;
- lines that are only an HTML comment (sopkit's own markers) are dropped, as the build
  drops them;
- attribute lists (``{: onclick="..." }``) lose event handlers, ``srcdoc`` and links
  that run code; links and images whose address runs code (``javascript:``) lead to
  ``#``.

Code blocks and code spans are left as they are (they show their text already), and so
are autolinks (``<https://example.com>``) and the highlight sopkit puts around a
location's own steps. The blocks are found with the same CommonMark parser as the SOP
outline (:mod:`sopkit.markdown`).
"""

from __future__ import annotations

import re
import secrets

from sopkit.markdown import CODE_SPAN, block_tokens
from sopkit.site.text_only import COMMENT_LINE, SAFE_INLINE_TAGS, unsafe_attribute, unsafe_url

#: What stays markup: autolinks, an e-mail autolink, sopkit's highlight of local steps and
#: inline tags without attributes (``<br>``, ``<kbd>``).
#: Python-Markdown makes links only of http, https and ftp addresses in angle brackets:
#: any other "<scheme:...>" is raw HTML ("<ab:c/onfocus=alert(1)>" ran), so it is escaped.
_KEPT = re.compile(
    r"<(?:[Hh][Tt][Tt][Pp][Ss]?|[Ff][Tt][Pp])://[^\s<>]*>|<[\w.!#$%&'*+/=?^`{|}~-]+@[\w.-]+>"
    rf'|<mark class="sop-local">|{SAFE_INLINE_TAGS}'
)
#: Where raw HTML starts: a tag, a closing tag, a comment, a declaration.
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_ATTRIBUTE_LIST = re.compile(r"\{:?[^{}\n]*\}")
_ATTRIBUTE = re.compile(r"""\s*([A-Za-z_:][\w:.-]*)\s*=\s*("[^"]*"|'[^']*'|[^\s}]+)""")
#: A link's or image's address: ``](address`` and a reference definition ``[x]: address``.
_LINK_ADDRESS = re.compile(r"(\]\(\s*)(<[^>\n]*>|(?:[^\s()]|\([^\s()]*\))+)")
_REFERENCE = re.compile(r"^( {0,3}\[[^\]\n]+\]:[ \t]*)(<[^>\n]*>|\S+)", re.MULTILINE)
#: Stands in for kept markup while the rest is escaped; new in every process, so that
#: text cannot pose as one.
_NONCE = secrets.token_hex(8)
_KEPT_SLOT = re.compile(rf"sopkit-kept-{_NONCE}-(\d+)-")


def text_only_markdown(markdown: str) -> str:
    """``markdown`` with its raw HTML as text and no markup that runs code (see above)."""
    lines = markdown.split("\n")
    kinds = _line_kinds(markdown, len(lines))
    out: list[str] = []
    prose: list[str] = []
    for line, kind in zip(lines, kinds, strict=True):
        if kind == "prose":
            prose.append(line)
            continue
        if prose:
            out.append(_safe_prose("\n".join(prose)))
            prose = []
        if kind == "html":
            out.append("" if COMMENT_LINE.match(line) else line.replace("<", "&lt;"))
        else:  # code: shown as text already
            out.append(line)
    if prose:
        out.append(_safe_prose("\n".join(prose)))
    return "\n".join(out)


def text_only_line(markdown: str) -> str:
    """One line of Markdown from front matter (a location's own step) made safe: its raw
    HTML as text, its links that run code to ``#``; code spans and autolinks kept.

    Front matter is data, not page source: it is escaped whatever ``raw_html`` says.
    """
    # A line break would end the list item: the next line would be a block of its own
    # (a raw HTML block, "<script>", which the code-span rule below let through).
    return _safe_prose(" ".join(markdown.split()))


def _line_kinds(markdown: str, count: int) -> list[str]:
    """For each line: ``code`` (a code block), ``html`` (a raw HTML block) or ``prose``."""
    kinds = ["prose"] * count
    for token in block_tokens(markdown):
        if token.map is None or token.type not in ("fence", "code_block", "html_block"):
            continue
        kind = "html" if token.type == "html_block" else "code"
        for number in range(token.map[0], min(token.map[1], count)):
            kinds[number] = kind
    return kinds


def _safe_prose(text: str) -> str:
    """Text outside code blocks: its code spans kept, the rest made safe."""
    parts: list[str] = []
    start = 0
    for span in CODE_SPAN.finditer(text):
        parts.append(_safe_text(text[start : span.start()]))
        parts.append(span.group())
        start = span.end()
    parts.append(_safe_text(text[start:]))
    return "".join(parts)


def _safe_text(text: str) -> str:
    kept: list[str] = []

    def keep(match: re.Match[str]) -> str:
        kept.append(match.group())
        return f"sopkit-kept-{_NONCE}-{len(kept) - 1}-"

    text = _KEPT.sub(keep, text)
    text = _TAG_START.sub("&lt;", text)
    text = _ATTRIBUTE_LIST.sub(lambda m: _ATTRIBUTE.sub(_safe_attribute, m.group()), text)
    text = _LINK_ADDRESS.sub(_safe_address, text)
    text = _REFERENCE.sub(_safe_address, text)
    return _KEPT_SLOT.sub(lambda m: kept[int(m.group(1))], text)


def _safe_attribute(match: re.Match[str]) -> str:
    unsafe = unsafe_attribute(match.group(1), match.group(2).strip("\"'"))
    return "" if unsafe else match.group()


def _safe_address(match: re.Match[str]) -> str:
    address = match.group(2).strip("<>")
    return match.group(1) + "#" if unsafe_url(address) else match.group()
