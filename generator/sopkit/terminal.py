"""What sopkit's output may hold: colour (NO_COLOR, FORCE_COLOR, TERM=dumb, terminals),
and no control characters from data (:func:`printable`).

The order is CPython's own (``_colorize.can_colorize``): an explicit ``--color`` or
``--no-color`` first, then ``NO_COLOR`` (https://no-color.org), then ``FORCE_COLOR``
(https://force-color.org), then ``TERM=dumb``, then whether the stream is a terminal.
"""

from __future__ import annotations

import os
import re
from typing import IO, Any


def color_default() -> bool | None:
    """The colour the environment asks for: ``True``, ``False`` or ``None`` (ask the stream).

    ``NO_COLOR`` set to any non-empty value turns colour off; ``FORCE_COLOR`` set to
    a non-empty value other than ``0`` turns it on, on and off a terminal;
    ``TERM=dumb`` turns it off.
    """
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "0") not in ("", "0"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    return None


def use_color(stream: IO[Any], explicit: bool | None = None) -> bool:
    """Whether to write colour to ``stream``.

    Args:
        stream: where the text goes.
        explicit: ``--color`` (True) or ``--no-color`` (False); ``None`` when not given.
    """
    if explicit is not None:
        return explicit
    wanted = color_default()
    if wanted is not None:
        return wanted
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


#: Control characters, and the invisible ones that change what a reader sees: zero
#: widths ("phone\u200b" read as "phone"), direction marks and overrides, the BOM.
_CONTROL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    # a byte of a file name that is not UTF-8, as Python keeps it (PEP 383): no output
    # encoding takes it, so it is written as the byte it stands for
    "\udc80-\udcff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: A byte of a file name that is not UTF-8, as Python keeps it (PEP 383: U+DC80 to U+DCFF).
NOT_UTF8 = re.compile("[\udc80-\udcff]")
#: A C0 or C1 control character: in a file name, it breaks URLs, CI file lists and the
#: lines of CODEOWNERS and .vale.ini (lint refuses such a name: SOP001).
CONTROL_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f]")


def undecodable_byte(character: str) -> int:
    """The byte a PEP 383 escape (one character of :data:`NOT_UTF8`) stands for."""
    return ord(character) - 0xDC00


def bytes_written_out(text: str) -> str:
    """``text`` with each byte that is not UTF-8 written as ``\\xNN`` ("caf\\xe9.md"):
    no output encoding takes the escape itself, so every report can write the result."""
    return NOT_UTF8.sub(lambda byte: f"\\x{undecodable_byte(byte.group()):02x}", text)


def printable(text: str) -> str:
    """``text`` on one line, its control characters written as escapes (``\\n``).

    File names and front-matter values reach the report and the build log: a line
    break in them would start a line of its own, which a CI runner reads as a
    command (``::error ...``), and an escape sequence would restyle the terminal.
    """
    return _CONTROL.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    character = match.group()
    code = ord(character)
    if NOT_UTF8.fullmatch(character):
        return bytes_written_out(character)
    return _NAMED.get(character) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def plural(count: int, word: str) -> str:
    """ "1 warning", "2 warnings": counts in sopkit's messages (English, regular nouns)."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
