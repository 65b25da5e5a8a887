"""SOP016 comment-in-value: a `#` in a front-matter value starts a YAML comment.

## What it does
Reports a front-matter value written without quotes that holds ` #` followed by a
word or number (`store #12`, `Team #2`, `#KPI-4`). YAML reads ` #` as the start of a
comment, so the value silently ends before it. A comment that starts with `# ` and a
space (`timeframe: 5 working days  # legal minimum`) is read as the comment it looks
like, and `sopkit-ignore` directives are never reported.

## Why is this bad?
`title: Answer calls for store #12` is published as "Answer calls for store";
`owner: Team #2 <team2@example.com> @org/team2` becomes "Team", and the mail link and
the CODEOWNERS team are lost without a word.

## Options
None beyond the severity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.sop import Sop

#: A key or list item, then its value: "title: Answer calls", "- calls".
_ENTRY = re.compile(r"(?P<indent>[ \t]*)(?:(?P<key>[^\s:#'\"][^:#]*?):[ \t]+|-[ \t]+)(?P<value>\S)")
#: How a plain value may not start (quoted, flow, block, anchor, alias or tag).
_NOT_PLAIN = frozenset("'\"[]{}|>&*!#%@`")


def _comment_start(line: str) -> int:
    """Where YAML's comment starts in ``line`` (a ``#`` after a space or tab), or -1.

    Found with ``str.find``: a regular expression that tries each run of spaces before a
    ``#`` takes quadratic time on a line of spaces, and front-matter lines have no cap.
    """
    start = line.find("#")
    while start > 0 and line[start - 1] not in " \t":
        start = line.find("#", start + 1)
    return start


def check(sop: Sop) -> Iterator[Problem]:
    """Report each front-matter line whose value a ``#`` comment cuts short."""
    document = sop.document
    if not document.has_front_matter:
        return
    lines = document.lines[1 : max(document.body_line - 2, 1)]
    for number, line in enumerate(lines, start=2):
        start = _comment_start(line)
        if start <= 0 or start + 1 >= len(line) or line[start + 1].isspace():
            continue  # no comment, or one written "# like this"
        comment = line[start:].rstrip()
        entry = _ENTRY.match(line, 0, start)
        if (
            entry is None
            or entry["value"] in _NOT_PLAIN
            or comment.lower().startswith("#sopkit-ignore")
        ):
            continue
        value = line[entry.start("value") : start].rstrip()
        key = entry["key"] or "the list item"
        written = f"{value} {comment}".replace('"', '\\"')
        yield Problem(
            f"'{comment[:40]}' starts a YAML comment, so {key} ends at '{value[-40:]}': "
            f'quote the value if the # belongs to it: "{written[:80]}"',
            number,
            start + 1,
            entry["key"] if entry["key"] and not entry["indent"] else None,
        )


RULE = Rule(
    code="SOP016",
    name="comment-in-value",
    summary="A front-matter value must not be cut short by a '#' YAML reads as a comment.",
    severity="warning",
    check=check,
    examples=(
        Example(
            "en",
            failing=example("en", title="Answer calls for store #12"),
            passing=example("en", title='"Answer calls for store #12"'),
        ),
    ),
    doc=__doc__ or "",
)
