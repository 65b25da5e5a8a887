"""SOP003 invalid-front-matter: the YAML front matter cannot be read.

## What it does
Reports front matter that is not valid YAML, is never closed, is not a mapping of
keys to values, or gives one key twice.

## Why is this bad?
MkDocs silently ignores broken front matter and publishes the page without its
owner, touchpoint and standard. A key given twice keeps only its last value,
so a reviewer may approve a value that is not the one used.

## Options
None. This rule cannot be turned off: the rest of the front matter cannot be checked.
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.sop import Sop


def check(sop: Sop) -> Iterator[Problem]:
    """Report read problems of kind ``invalid-front-matter``."""
    for problem in sop.document.problems:
        if problem.kind == "invalid-front-matter":
            yield Problem(problem.message, problem.line, problem.column, problem.field)


RULE = Rule(
    code="SOP003",
    name="invalid-front-matter",
    summary="The front matter must be valid YAML key: value lines, each key once.",
    severity="error",
    check=check,
    examples=(
        Example(
            "en",
            failing=example("en", metric="80% of calls: answered within 20 seconds"),
            passing=example("en", metric='"80% of calls: answered within 20 seconds"'),
        ),
    ),
    doc=__doc__ or "",
    scope="file",
    needs_front_matter=False,
    fatal=True,
)
