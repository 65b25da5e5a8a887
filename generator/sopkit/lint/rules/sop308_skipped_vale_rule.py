"""SOP308 skipped-vale-rule: a Vale rule in an enabled style is of a type sopkit does not run.

## What it does
sopkit's engine runs Vale's `existence`, `substitution` and `occurrence` rules. A rule
of another type (`capitalization`, `conditional`, `consistency`, `metric`,
`readability`, `repetition`, `script`, `sequence`, `spelling`), and Vale's built-in
`Vale.Spelling`, `Vale.Repetition` and `Vale.Terms`, are skipped: lint goes on, and
this note names each skipped rule once, on its rule file (built-in rules on
`.vale.ini`), when it is on for at least one checked file. Styles that no
`BasedOnStyles` names, and rules no switch turns on, are not read at all, as in Vale.

## Why is this bad?
It is not: Vale, in an editor or in CI, still runs these rules. The note says that
`sopkit lint` alone does not, so nobody takes its silence for a pass.

## Options
None beyond the severity: `rules: {SOP308: off}` hides the notes. Switching a rule off
for SOPs in `.vale.ini` (`Google.Headings = NO`) hides its note too.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from sopkit.config import Settings
from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule, SopRecord
from sopkit.lint.rules._vale import TEAM_INI
from sopkit.sop import display_path
from sopkit.vale.config import load_vale_config


def project_check(records: list[SopRecord], settings: Settings) -> Iterator[tuple[str, Problem]]:
    """One note per skipped rule that is on for at least one checked file."""
    config = load_vale_config(settings.root)
    # .vale.ini names files from its own folder; records are shown from the current one
    in_project = [display_path(Path(record.path), settings.root) for record in records]
    for name, rule in sorted(config.skipped.items()):
        if not any(config.applies(name, path) for path in in_project):
            continue
        if rule.path is None:
            where = config.source or settings.root / ".vale.ini"
            message = (
                f"{name} ({rule.extends}) is built into Vale and not run by sopkit's engine: "
                f"Vale runs it, `sopkit lint` skips it (`{name} = NO` in .vale.ini turns it off)"
            )
        else:
            where = rule.path
            message = (
                f"{name}: 'extends: {rule.extends}' is not run by sopkit's engine: "
                f"Vale runs it, `sopkit lint` skips it"
            )
        shown = os.path.relpath(where, settings.root).replace(os.sep, "/")
        yield shown, Problem(message, rule.line)


_HEADINGS = """extends: capitalization
message: "'%s' should use sentence-style capitalization."
level: warning
scope: heading
match: $sentence
"""

RULE = Rule(
    code="SOP308",
    name="skipped-vale-rule",
    summary="A Vale rule in an enabled style is of a type sopkit's engine does not run.",
    severity="info",
    check=None,
    project_check=project_check,
    examples=(
        Example(
            "en",
            failing={
                "/.vale.ini": TEAM_INI,
                "/styles/Team/Headings.yml": _HEADINGS,
                "phone/example-en.md": example("en"),
            },
            passing={
                "/.vale.ini": TEAM_INI + "Team.Headings = NO\n",
                "/styles/Team/Headings.yml": _HEADINGS,
                "phone/example-en.md": example("en"),
            },
        ),
    ),
    doc=__doc__ or "",
    tags=("prose",),
)
