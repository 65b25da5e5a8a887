"""SOP001 unreadable-file: the file is empty, binary or not UTF-8.

## What it does
Reports a Markdown file that cannot be read as text: an empty file, a binary file
saved with a `.md` name, or text in another encoding than UTF-8. Also a folder that
cannot be searched, and a Markdown file not named `*.md` (`x.markdown`, `x.MD`): MkDocs
publishes the first as a page that no rule read and copies the second as a plain file.
And a link in the SOP folder that leads out of the project (to `/etc/passwd`, a home
folder): a build refuses to publish it, and lint does not read it as an SOP. And a
file or folder name with a control character (a line break, ESC): it becomes part of a
URL and splits the file lists of CI scripts and `CODEOWNERS` lines in two.

## Why is this bad?
Nothing in the file can be checked or published. MkDocs would fail on it, or
publish an empty page, and the standard it should hold is missing.

## Options
None. This rule cannot be turned off: a file that cannot be read would be skipped.
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.sop import Sop


def check(sop: Sop) -> Iterator[Problem]:
    """Report read problems of kind ``unreadable``."""
    for problem in sop.document.problems:
        if problem.kind == "unreadable":
            yield Problem(problem.message, problem.line, problem.column)


RULE = Rule(
    code="SOP001",
    name="unreadable-file",
    summary="The file is empty, binary or not valid UTF-8.",
    severity="error",
    check=check,
    examples=(Example("en", failing="", passing=example("en")),),
    doc=__doc__ or "",
    scope="file",
    needs_front_matter=False,
    fatal=True,
)
