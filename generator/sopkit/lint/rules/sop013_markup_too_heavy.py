"""SOP013 markup-too-heavy: Markdown whose rendering time grows with the square of its size.

## What it does
Counts, outside fenced code, the shapes that make Python-Markdown or MkDocs work in
time that grows faster than the page: a run of more than 200 `*` or `_` (emphasis
marks, also mixed: `*_*_`; `____` lines to fill in are far shorter), more than 50 link
or image targets left open at once (`[x](` without its `)`), more than 500 headings
(`#` headings and headings underlined with `=` or `-`), more than 200 HTML comments,
more than 2,000 HTML tags, more than 5,000 character references (`&amp;`, `&#39;`,
`&a;`), more than 20,000 table cell borders (`|`), more than 2,000 footnote or
abbreviation definitions (`[^1]:`, `*[SLA]:`) and more than 50,000 lines (also in
fenced code) in one page. Reports the first place each limit is passed.

## Why is this bad?
Measured on one page with nothing else in it: 2,000 `_` either side of a word stop
the build with a recursion error; 5,000 open image targets take 10 s; 20,000
`&amp;` take 3 s and 100,000 take 47 s; 200,000 `*_` pairs or 250,000 `&a;` (800 KB)
take over 3 minutes, 32,000 underlined headings 59 s, a table of 400 rows of 1,000
cells 51 s and 580 MB, 900,000 empty lines 16 s. A 40 KB page made a CI build run for
minutes after it passed lint. No procedure needs any of these; such text is pasted or
generated.

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

MAX_EMPHASIS_RUN = 200
MAX_OPEN_TARGETS = 50
MAX_HEADINGS = 500
MAX_COMMENTS = 200
MAX_TAGS = 2_000
MAX_REFERENCES = 5_000
MAX_CELL_BORDERS = 20_000
MAX_DEFINITIONS = 2_000
MAX_LINES = 50_000

_EMPHASIS_RUN = re.compile(rf"[*_]{{{MAX_EMPHASIS_RUN + 1},}}")
_TARGET_PARTS = re.compile(r"\]\(|\(|\)")
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")
_COMMENT = re.compile(r"<!--")
_TAG = re.compile(r"</?[A-Za-z]")
_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});")
_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_CELL_BORDER = re.compile(r"\|")
_DEFINITION = re.compile(r"^ {0,3}(?:\[\^[^\]]*\]:|\*\[[^\]]*\]:)")


class _Counter:
    """One shape's count over a page, with the place where it passed its limit."""

    def __init__(self, limit: int, message: str) -> None:
        self.limit = limit
        self.message = message
        self.count = 0
        self.reported = False

    def add(self, found: int, line: int, column: int) -> Problem | None:
        self.count += found
        if self.count > self.limit and not self.reported:
            self.reported = True
            return Problem(self.message, line, column)
        return None


def _counters() -> dict[str, _Counter]:
    square = "rendering takes time that grows with their square"
    return {
        "heading": _Counter(MAX_HEADINGS, f"more than {MAX_HEADINGS:,} headings in one page: "
                            "split it into SOPs of their own"),
        "comment": _Counter(MAX_COMMENTS, f"more than {MAX_COMMENTS:,} HTML comments ('<!--') "
                            f"in one page: {square}; remove them"),
        "tag": _Counter(MAX_TAGS, f"more than {MAX_TAGS:,} HTML tags in one page: {square}; "
                        "write the content as Markdown, or split the page"),
        "reference": _Counter(MAX_REFERENCES, f"more than {MAX_REFERENCES:,} character "
                              f"references ('&amp;') in one page: {square}; write the "
                              "characters themselves"),
        "cell": _Counter(MAX_CELL_BORDERS, f"more than {MAX_CELL_BORDERS:,} table cell borders "
                         f"('|') in one page: {square}; split the table or link to a file"),
        "definition": _Counter(MAX_DEFINITIONS, f"more than {MAX_DEFINITIONS:,} footnote or "
                               f"abbreviation definitions in one page: {square}; split the page"),
    }  # fmt: skip


def _marks(run: str) -> str:
    """How a message names the marks of a run: "'*'", or "'*' and '_'" when mixed."""
    return " and ".join(f"'{mark}'" for mark in "*_" if mark in run)


def _may_pass_a_limit(body: str) -> bool:
    """False when no shape can pass its limit: counted at C speed, true for nearly every page."""
    return (
        body.count("*") + body.count("_") > MAX_EMPHASIS_RUN
        or body.count("](") > MAX_OPEN_TARGETS
        or body.count("#") + body.count("\n=") + body.count("\n-") > MAX_HEADINGS
        or body.count("|") > MAX_CELL_BORDERS
        or body.count("]:") > MAX_DEFINITIONS
        or body.count("\n") > MAX_LINES
        or body.count("<!--") > MAX_COMMENTS
        or body.count("<") > MAX_TAGS
        or body.count("&") > MAX_REFERENCES
    )


def check(sop: Sop) -> Iterator[Problem]:
    """Report the first place each shape passes its limit."""
    if not _may_pass_a_limit(sop.document.body):  # the body as read, not joined again
        return
    counters = _counters()
    run_reported = targets_reported = False
    open_targets = 0
    lines = sop.document.lines
    if len(lines) - sop.document.body_line + 1 > MAX_LINES:
        yield Problem(
            f"more than {MAX_LINES:,} lines in one page: rendering takes time that grows "
            "faster than the page; split it into SOPs of their own",
            sop.document.body_line + MAX_LINES,
            1,
        )
    previous_text = False  # the line before holds text: "===" or "---" under it is a heading
    for number, line in lines_outside_fences(sop):
        if not line.strip():
            open_targets = 0  # a paragraph is rendered on its own
            previous_text = False
            continue
        if previous_text and ("=" in line or "-" in line) and _UNDERLINE.match(line):
            problem = counters["heading"].add(1, number, 1)
            if problem is not None:
                yield problem
            previous_text = False
            continue
        previous_text = True
        if not run_reported and ("*" in line or "_" in line):
            run = _EMPHASIS_RUN.search(line)
            if run is not None:
                run_reported = True
                yield Problem(
                    f"a run of {len(run.group()):,} {_marks(run.group())}: Markdown nests "
                    f"emphasis that deep and the build stops with a recursion error; keep "
                    f"such runs under {MAX_EMPHASIS_RUN}",
                    number,
                    run.start() + 1,
                )
        if not targets_reported and "(" in line:
            for part in _TARGET_PARTS.finditer(line):
                if part.group() == "](":
                    open_targets += 1
                elif part.group() == ")" and open_targets:
                    open_targets -= 1
                if open_targets > MAX_OPEN_TARGETS:
                    targets_reported = True
                    yield Problem(
                        f"more than {MAX_OPEN_TARGETS} link or image targets open at once "
                        "('](' without its ')'): rendering takes time that grows with their "
                        "square; close or remove them",
                        number,
                        part.start() + 1,
                    )
                    break
        for name, pattern, sign in (
            ("heading", _HEADING, "#"), ("comment", _COMMENT, "<!--"), ("tag", _TAG, "<"),
            ("reference", _REFERENCE, "&"), ("cell", _CELL_BORDER, "|"),
            ("definition", _DEFINITION, "]:"),
        ):  # fmt: skip
            counter = counters[name]
            if counter.reported or sign not in line:
                continue
            for found in pattern.finditer(line):
                problem = counter.add(1, number, found.start() + 1)
                if problem is not None:
                    yield problem
                    break


RULE = Rule(
    code="SOP013",
    name="markup-too-heavy",
    summary="No markup whose rendering time grows with the square of the page.",
    severity="error",
    check=check,
    examples=(
        Example(
            "en",
            failing=example("en", body="## Steps\n\n1. Answer the call.\n\n" + "[x](" * 60),
            passing=example(
                "en",
                body="## Steps\n\n1. Answer the call.\n\n## Forms\n\n" + "- [Form](f.pdf)\n" * 60,
            ),
        ),
        Example(
            "en",
            failing=example("en", body="## Steps\n\n1. Answer " + "_" * 201 + "x.\n"),
            passing=example("en", body="## Steps\n\n1. Sign here: " + "_" * 40 + "\n"),
        ),
    ),
    doc=__doc__ or "",
    scope="file",
    needs_front_matter=False,
    tags=("structure",),
)
