"""SOP014 control-character: an invisible control character in the SOP's text.

## What it does
Finds control characters in the body: the C0 controls other than tab, line feed,
carriage return and form feed (NUL, BEL, ESC, ...), DEL, and the C1 controls U+0080
to U+009F. Reports the first one on each line, with its code point and what it
probably is: ESC starts a terminal colour code (text copied from a terminal), and a C1
control is a Windows-1252 character decoded the wrong way (U+0092 stands for '’').
Front matter values with control characters are SOP003 errors already.

## Why is this bad?
The page shows nothing, a box or a question mark where the character is, and search
does not find the word it sits in. HTML calls these characters a parse error, and XML
(the change log's feeds) cannot hold most of them at all. No procedure needs one;
they come with pasted text.

## Options
None beyond the severity.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.sop import Sop

#: Lines reported one by one; the rest of a file full of them is one finding.
MAX_LINES_REPORTED = 20

_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def first_control(text: str) -> str | None:
    """The first control character in ``text`` (not a tab or a line end), or ``None``."""
    found = _CONTROL.search(text)
    return found.group() if found is not None else None


#: Names for the C0 controls, which ``unicodedata.name`` does not know.
_NAMES = {
    0x00: "NUL", 0x07: "BEL, the terminal bell", 0x08: "BACKSPACE", 0x0B: "VERTICAL TAB",
    0x1B: "ESC, the start of a terminal colour code: text copied from a terminal",
    0x7F: "DEL",
}  # fmt: skip


def describe(character: str) -> str:
    """The character as the message names it: code point, name, and what it stands for."""
    code = ord(character)
    shown = f"U+{code:04X}"
    if 0x80 <= code <= 0x9F:
        try:
            meant = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            return f"{shown} (a C1 control: text decoded with the wrong encoding)"
        name = unicodedata.name(meant, "").lower()
        return (
            f"{shown} (a C1 control: a Windows-1252 character decoded the wrong way; it "
            f"stands for '{meant}'" + (f", {name}" if name else "") + ")"
        )
    return f"{shown} ({_NAMES.get(code, 'a control character')})"


def check(sop: Sop) -> Iterator[Problem]:
    """Report the first control character of each line, then how many lines more."""
    body = sop.document.body
    if _CONTROL.search(body) is None:  # at C speed: true for nearly every page
        return
    lines = sop.document.lines
    reported = 0
    more: list[int] = []
    for number in range(sop.document.body_line, len(lines) + 1):
        found = _CONTROL.search(lines[number - 1])
        if found is None:
            continue
        if reported == MAX_LINES_REPORTED:
            more.append(number)
            continue
        reported += 1
        yield Problem(
            f"the invisible control character {describe(found.group())}: delete it, "
            "or type the character it stands for",
            number,
            found.start() + 1,
        )
    if more:
        yield Problem(
            f"control characters on {len(more):,} more lines (lines {more[0]} to {more[-1]}): "
            "delete them; the text was probably pasted from a terminal or a wrongly "
            "converted file",
            more[0],
            1,
        )


RULE = Rule(
    code="SOP014",
    name="control-character",
    summary="No invisible control characters in the text.",
    severity="error",
    check=check,
    examples=(
        Example(
            "en",
            failing=example("en", body="## Steps\n\n1. Answer the call.\x1b[0m\n"),
            passing=example("en", body="## Steps\n\n1. Answer the call.\n"),
        ),
        Example(
            "de",
            failing=example(
                "de", body="## Schritte\n\n1. Nehmen Sie den Anruf an \x96 mit Ihrem Namen.\n"
            ),
            passing=example(
                "de", body="## Schritte\n\n1. Nehmen Sie den Anruf an – mit Ihrem Namen.\n"
            ),
        ),
    ),
    doc=__doc__ or "",
    scope="file",
    needs_front_matter=False,
    tags=("structure",),
)
