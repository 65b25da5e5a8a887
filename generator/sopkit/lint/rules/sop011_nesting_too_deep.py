"""SOP011 nesting-too-deep: Markdown nested deeper than a page can be read or rendered.

## What it does
Reports the first list item or admonition (`!!! note`, `??? tip`) of a page indented by
more than 40 columns (a list 20 levels deep at two spaces a level, 10 at four; inside
quotes too) or a line quoted more
than 20 times (`>`), and the first place where more than 50 `[` are open at once in one
paragraph or table row. Fenced code blocks, indented code, HTML and blank lines are not
counted.

## Why is this bad?
No procedure is 10 levels deep; such text is pasted or generated. sopkit's wording
rules read 30 levels of lists and 60 of quotes (deeper text would go unchecked),
Python-Markdown stops with a recursion error at about 200 levels (the whole site build
fails), and brackets left open take it time that grows with their square (20,000 took
minutes). Such a page passed lint and broke the build.

## Options
None beyond the severity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.lint.rules._body_lines import lines_outside_fences
from sopkit.sop import Sop

#: Levels of quotes a page may have.
MAX_LEVELS = 20
#: Columns of indentation: 20 levels of a list indented by 2, 10 by 4.
MAX_INDENT = 40
#: Brackets open at once.
MAX_OPEN_BRACKETS = 50
_QUOTE = re.compile(r"[ ]*>[ ]?")
_LIST_ITEM = re.compile(r"([ ]*)(?:[-*+]|\d{1,9}[.)])(?:[ ]|$)")
#: An admonition nests its body by indentation too: 400 levels stopped the build.
_ADMONITION = re.compile(r"([ ]*)(?:!!!|\?\?\?\+?)[ ]")
_BRACKETS = re.compile(r"[\[\]]")


def check(sop: Sop) -> Iterator[Problem]:
    """Report the first line nested too deep, and the first bracket too many."""
    deep_reported = brackets_reported = False
    open_brackets = 0
    for number, line in lines_outside_fences(sop):
        if not line.strip() or line.lstrip().startswith("|"):
            open_brackets = 0  # a paragraph or a table row is rendered on its own
            if not line.strip():
                continue
        if not deep_reported and line[:1] in (" ", "\t", ">"):
            quotes, indent = _depth(line)
            if indent > MAX_INDENT or quotes > MAX_LEVELS:
                deep_reported = True
                what = f"{quotes} quote markers" if quotes > MAX_LEVELS else f"{indent} columns"
                yield Problem(
                    f"nested too deep ({what}): a page may indent list items {MAX_INDENT} "
                    f"columns and quote {MAX_LEVELS} levels; flatten it, or split the page",
                    number,
                )
        if brackets_reported or ("[" not in line and not open_brackets):
            continue
        for bracket in _BRACKETS.finditer(line):
            if bracket.group() == "[":
                open_brackets += 1
                if open_brackets > MAX_OPEN_BRACKETS and not brackets_reported:
                    brackets_reported = True
                    yield Problem(
                        f"more than {MAX_OPEN_BRACKETS} '[' open at once: rendering such a "
                        "page takes time that grows with their square; close or remove them",
                        number,
                        bracket.start() + 1,
                    )
            elif open_brackets:
                open_brackets -= 1


def _depth(line: str) -> tuple[int, int]:
    """The quote markers before a line's text, and the indentation of a list item or an
    admonition after them (0 for any other line: indented code, HTML or YAML nests
    nothing)."""
    quotes = 0
    rest = line.expandtabs(4)
    while True:
        marker = _QUOTE.match(rest)
        if marker is None:
            break
        quotes += 1
        rest = rest[marker.end() :]
    item = _LIST_ITEM.match(rest) or _ADMONITION.match(rest)
    return quotes, len(item.group(1)) if item else 0


RULE = Rule(
    code="SOP011",
    name="nesting-too-deep",
    summary="Lists, quotes and brackets are not nested beyond what Markdown can render.",
    severity="error",
    check=check,
    examples=(
        Example(
            "en",
            failing=example(
                "en",
                body="## Steps\n\n1. Answer the call.\n"
                + "".join("    " * level + "- detail\n" for level in range(1, 25)),
            ),
            passing=example("en"),
        ),
    ),
    doc=__doc__ or "",
    scope="file",
    needs_front_matter=False,
    tags=("structure",),
)
