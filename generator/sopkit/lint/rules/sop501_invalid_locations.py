"""SOP501 invalid-locations: the locations registry (`sop/locations.yml`) cannot be read.

## What it does
Checks `sop/locations.yml`: valid YAML with a `locations:` list, each location with a
URL-safe `id` (listed once), a `name`, a known `lang` and an IANA `timezone`, no
unknown keys and no key given twice.

## Why is this bad?
Every location variant, location page and location picker entry comes from the
registry: a broken registry breaks them all.

## Options
None. Optional keys per location: `contact` (a mapping) and `hours` (text).
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule, SopRecord
from sopkit.locations import load_registry


def project_check(records: list[SopRecord], settings: object) -> Iterator[tuple[str, Problem]]:
    """Report the registry's problems on ``locations.yml``."""
    del records
    from sopkit.sop import display_path

    registry = load_registry(settings.sop_path)  # type: ignore[attr-defined]
    if registry.path is None:
        return
    shown = display_path(registry.path, settings.root)  # type: ignore[attr-defined]
    for problem in registry.problems:
        yield shown, Problem(problem.message, problem.line, problem.column)


RULE = Rule(
    code="SOP501",
    name="invalid-locations",
    summary="sop/locations.yml lists each location once with id, name, lang and timezone.",
    severity="error",
    check=None,
    project_check=project_check,
    examples=(
        Example(
            "en",
            failing={
                "/sop/locations.yml": "locations:\n  - {id: Amsterdam Centre, name: Amsterdam}\n",
                "phone/x.md": example("en"),
            },
            passing={
                "/sop/locations.yml": "locations:\n  - {id: amsterdam, name: Amsterdam, lang: nl, timezone: Europe/Amsterdam}\n",
                "phone/x.md": example("en"),
            },
        ),
    ),
    doc=__doc__ or "",
    tags=("locations",),
)
