"""SOP309 slow-vale-rule: a Vale rule's search ran past its time limit on this file.

## What it does
The searches of a Vale rule in one file (its `tokens`, `raw`, `swap` or `token`
pattern, its `exceptions`, the vocabulary's `accept.txt` terms) share a time limit: half
a second, plus a second for each million characters searched. Real rules take microseconds per
SOP. A search that runs past the limit stops; the rule does not check the rest of the
file, and this error names the line where it stopped, the rule and the key to rewrite.

## Why is this bad?
A pattern whose parts can match the same text in many ways, such as `(a|aa)+` or
`(?:\\d|\\d\\d)+$`, makes a backtracking engine (Vale's, Python's) try every way of
splitting a long run of letters or digits: one line can take hours. Without the
limit, lint would hang on that line; with it, the rule checks nothing after it.
sopkit refuses the plainest such shape, a repetition of a repetition (`(a+)+`), when
it reads the rule; others only show on text that sets them off. A list of thousands of
plain terms (a vocabulary of 200,000 words) is slow for its length alone: the message
then says how many alternatives it has, and to split it, instead of blaming its shape.

## Options
Rewrite the pattern so that each part matches different text: `\\d+$` for
`(?:\\d|\\d\\d)+$`, `\\w+(?:\\s\\w+)*` for `(\\w+\\s?)+`. `rules: {SOP309: off}` hides the
error; the rule still stops.
"""

from __future__ import annotations

from sopkit.lint.examples import example
from sopkit.lint.registry import Example, Rule
from sopkit.lint.rules._vale import TEAM_INI, alerts_of

#: Groups of one or two digits can split a run of n digits in about 1.6^n ways.
_SLOW = """extends: existence
message: "Read out '%s' in groups of digits."
level: warning
raw:
  - '(?:\\d|\\d\\d)+$'
"""
_BODY = "1. Read out the case number 1234567890123456789012345678901234567890 in groups.\n"

RULE = Rule(
    code="SOP309",
    name="slow-vale-rule",
    summary="A Vale rule's search ran past its time limit on this file (its pattern backtracks).",
    severity="error",
    check=alerts_of("SOP309"),
    examples=(
        Example(
            "en",
            failing={
                "/.vale.ini": TEAM_INI,
                "/styles/Team/Digits.yml": _SLOW,
                "phone/x.md": example("en", body=_BODY),
            },
            passing={
                "/.vale.ini": TEAM_INI,
                "/styles/Team/Digits.yml": _SLOW.replace("(?:\\d|\\d\\d)+$", "\\d+$"),
                "phone/x.md": example("en", body=_BODY),
            },
        ),
    ),
    doc=__doc__ or "",
    scope="prose",
    needs_front_matter=False,
    tags=("prose",),
)
