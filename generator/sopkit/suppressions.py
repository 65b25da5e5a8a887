"""In-file suppressions: ``sopkit-ignore RULE: reason``.

A finding can be silenced for one rule, on one line or in the whole file, and
only with a reason, so a reviewer sees why in the pull request:

- ``<!-- sopkit-ignore SOP301: "ASAP" is the name of our express service -->`` on a
  line of its own silences the next line; at the end of a line, that line.
- ``metric: ...  # sopkit-ignore SOP101: reason`` in the front matter silences that key.
- ``sopkit-ignore-file RULE: reason`` silences the rule in the whole file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIRECTIVE = re.compile(
    r"sopkit-ignore(?P<file>-file)?\b(?:[ \t]+(?P<rule>[A-Za-z][\w-]*))?"
    r"(?:[ \t]*:[ \t]*(?P<reason>.*?))?[ \t]*(?:-->|$)"
)
_ONLY_COMMENT = re.compile(r"^\s*(?:<!--.*-->|#.*)\s*$")
#: A directive in a comment that the form above does not read ("sopkit-ignore SOP301,
#: SOP302: why"): kept with what it names as written, so SOP009 reports it instead of
#: the directive silently doing nothing.
_LOOSE = re.compile(
    r"(?:<!--|#)[ \t]*sopkit-ignore(?P<file>-file)?[ \t]+(?P<rule>[^:\n]*?)"
    r"(?:[ \t]*:[ \t]*(?P<reason>.*?))?[ \t]*(?:-->|$)"
)


@dataclass(frozen=True)
class Suppression:
    """One directive.

    Attributes:
        rule: the rule code or name as written ("" when missing).
        reason: why ("" when missing).
        line: the directive's own line.
        column: the directive's column.
        target_line: the line it silences, or ``None`` for the whole file.
    """

    rule: str
    reason: str
    line: int
    column: int
    target_line: int | None


def find_suppressions(text: str) -> list[Suppression]:
    """Every ``sopkit-ignore`` directive in ``text``, in order."""
    if "sopkit-ignore" not in text:
        return []
    lines = text.split("\n")
    found = []
    for index, line in enumerate(lines):
        match = _DIRECTIVE.search(line) or _LOOSE.search(line)
        if not match:
            continue
        target: int | None = index + 1
        if match.group("file"):
            target = None
        elif _ONLY_COMMENT.match(line):
            following = next(
                (i for i in range(index + 1, len(lines)) if lines[i].strip()), index + 1
            )
            target = following + 1
        found.append(
            Suppression(
                rule=match.group("rule") or "",
                reason=(match.group("reason") or "").strip(),
                line=index + 1,
                column=line.find("sopkit-ignore", match.start()) + 1,
                target_line=target,
            )
        )
    return found
