"""SOP012 text-read-as-html: a placeholder in angle brackets that the page drops as HTML.

## What it does
Reports text in angle brackets that Markdown reads as an HTML tag, so that the
published page does not show it: a placeholder such as `<Ihr Vorname>`,
`<customer name>` or `<naam>` (no HTML element has that name), or an HTML element
name, alone, that the page never closes (`<address>` without `</address>`). Code spans,
code blocks, links in angle brackets (`<https://...>`, `<team@example.com>`) and
comparisons (`< 5`) are not tags and are not reported.

## Why is this bad?
"Say 'Northwind Stores, <Ihr Vorname> speaking'" reaches the browser as an unknown
tag: staff read "Northwind Stores, speaking" and do not know what to say. Nothing
in the build warns: MkDocs passes raw HTML through.

With `raw_html: false` (the plugin's default) an SOP body's HTML shows as text: a
placeholder then shows as written and is not reported, and an element meant to render
(`<details>`, `<span>`) in a paragraph, list item, heading or table is a warning, as
it shows as text; inline tags without
attributes (`<br>`, `<kbd>`, `<sub>` ...) render and are not reported.

## Options
None beyond the severity. Write the placeholder so that it shows: `[Ihr Vorname]`,
`&lt;Ihr Vorname&gt;` or in backticks (a backslash before `<` does not help in
MkDocs' Markdown).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.markdown import CODE_SPAN, Block
from sopkit.site.raw_html import KEPT_INLINE_TAGS
from sopkit.sop import Sop

#: The elements of HTML (the living standard), obsolete ones included: a page may use
#: any of them on purpose.
HTML_ELEMENTS = frozenset({
    "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "base", "bdi",
    "bdo", "big", "blink", "blockquote", "body", "br", "button", "canvas", "caption", "center",
    "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details", "dfn",
    "dialog", "dir", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure",
    "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head",
    "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label",
    "legend", "li", "link", "main", "map", "mark", "marquee", "math", "menu", "meta", "meter",
    "nav", "nobr", "noembed", "noframes", "noscript", "object", "ol", "optgroup", "option",
    "output", "p", "param", "picture", "pre", "progress", "q", "rb", "rp", "rt", "rtc", "ruby",
    "s", "samp", "script", "search", "section", "select", "slot", "small", "source", "span",
    "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td",
    "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u",
    "ul", "var", "video", "wbr"
})  # fmt: skip
#: Elements that need no end tag: never "left open".
_NO_END_TAG = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody",
    "tfoot", "option", "optgroup", "rb", "rp", "rt", "rtc", "colgroup", "caption", "html",
    "head", "body"
})  # fmt: skip
#: A tag as MkDocs' Markdown reads it: a name, then a space and anything or nothing.
_TAG = re.compile(r"<(/?)([A-Za-z][^\s<>/@:]*)((?:\s[^<>]*)?)/?>")


_KEPT_INLINE = frozenset(KEPT_INLINE_TAGS)


def _tags(sop: Sop) -> Iterator[tuple[Block, re.Match[str]]]:
    """Each tag in the body's blocks, with its block; code spans are not read."""
    for block in sop.outline.blocks:
        text = CODE_SPAN.sub(lambda m: " " * len(m.group()), block.text)
        for tag in _TAG.finditer(text):
            yield block, tag


def check(sop: Sop) -> Iterator[Problem]:
    """Report each tag whose text the page would drop; in an SOP body with ``raw_html:
    false`` (the default), where tags show as text, each element that will not render."""
    if sop.is_sop and not sop.settings.raw_html:
        yield from _shown_as_text(sop)
        return
    closed = {m.group(2).lower() for m in _TAG.finditer(sop.document.body) if m.group(1)}
    for block, tag in _tags(sop):
        name = tag.group(2).lower()
        if "-" in name:
            continue  # a custom element: <sop-card>
        on_purpose = tag.group(1) or name in _NO_END_TAG or name in closed or tag.group(3)
        if name in HTML_ELEMENTS and on_purpose:
            continue  # closed, void, or with attributes (<svg onload=...>): HTML on purpose
        shown = tag.group()
        inner = shown.strip("<>/").strip()
        why = (
            "no HTML element has that name"
            if name not in HTML_ELEMENTS
            else f"the page never closes it with </{name}>"
        )
        yield Problem(
            f"'{shown}' is read as an HTML tag and does not show on the page ({why}): "
            f"write '[{inner}]' or '&lt;{inner}&gt;', or put it in backticks",
            *block.position(tag.start()),
        )


def _shown_as_text(sop: Sop) -> Iterator[Problem]:
    """With ``raw_html: false`` a placeholder shows as written ("<your name>"), and so does
    HTML meant to render ("<details>"): a warning, once per element and block."""
    seen: set[tuple[int, str]] = set()
    for block, tag in _tags(sop):
        name = tag.group(2).lower()
        if tag.group(1) or name not in HTML_ELEMENTS or name in _KEPT_INLINE:
            continue  # a closing tag, a placeholder (it shows), or a tag that renders
        if (id(block), name) in seen:
            continue
        seen.add((id(block), name))
        yield Problem(
            f"'{tag.group()[:60]}' shows as text on the page, not as HTML: an SOP body's "
            "HTML is shown, not rendered (raw_html: false, the default, so that no editor "
            "can put script on the pages); write it in Markdown, or set 'raw_html: true' "
            "for the sopkit plugin if your team reviews the HTML of every SOP",
            *block.position(tag.start()),
            severity="warning",
        )


#: The examples lint as a project does by default (``raw_html: false``): HTML that shows as
#: text; the placeholders of the tests are read with ``raw_html: true``.
_BODY_FAILING = "1. Open <details><summary>the script</summary>Say hello.</details>\n"
_BODY_PASSING = "1. Answer with 'Northwind Stores, [your first name] speaking'.\n"

RULE = Rule(
    code="SOP012",
    name="text-read-as-html",
    summary="A placeholder in angle brackets that the page drops as an HTML tag.",
    severity="error",
    check=check,
    examples=(
        Example(
            "en",
            failing=example("en", body=_BODY_FAILING),
            passing=example("en", body=_BODY_PASSING),
        ),
        Example(
            "de",
            failing=example("de", body="1. Öffnen Sie <details>das Skript</details>.\n"),
            passing=example("de", body="1. Drücken Sie <kbd>Strg</kbd>+<kbd>F</kbd>.\n"),
        ),
        Example(
            "nl",
            failing=example("nl", body="1. Noteer het <span class='x'>nummer</span>.\n"),
            passing=example("nl", body="1. Noteer het nummer in &lt;klantnummer&gt;.\n"),
        ),
    ),
    doc=__doc__ or "",
    scope="file",
    needs_front_matter=False,
)
