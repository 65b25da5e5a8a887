"""The body lines of an SOP that Markdown renders as text: fenced code left out."""

from __future__ import annotations

import re
from collections.abc import Iterator

from sopkit.sop import Sop

_FENCE = re.compile(r"^\s*(```|~~~)")


def lines_outside_fences(sop: Sop) -> Iterator[tuple[int, str]]:
    """Each body line outside fenced code, with its 1-based line number in the file.

    A fence closes only with the marker that opened it (```` ``` ```` or ``~~~``); the
    fence lines themselves are not yielded.
    """
    lines = sop.document.lines
    fence: str | None = None
    for number in range(sop.document.body_line, len(lines) + 1):
        line = lines[number - 1]
        marker = _FENCE.match(line)
        if marker:
            fence = None if fence == marker.group(1) else fence or marker.group(1)
            continue
        if not fence:
            yield number, line
