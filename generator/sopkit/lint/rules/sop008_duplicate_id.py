"""SOP008 duplicate-id: two SOPs with the same id.

## What it does
Reports every SOP whose `id` (or file name, when it has no `id`) is already used by
another SOP in the checked folders, naming the other file; ids that differ only in case
clash too.

## Why is this bad?
The id is the SOP's URL and the key under which locations, reviews and change logs
refer to it: two SOPs with one id overwrite each other on the site.

## Options
None. It is always an error, and cannot be silenced: the site cannot hold both SOPs
(a directive that silenced it let one SOP's location versions replace the other's).
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule, SopRecord


def project_check(records: list[SopRecord], settings: object) -> Iterator[tuple[str, Problem]]:
    """Report each SOP after the first that uses an id."""
    del settings
    first: dict[str, SopRecord] = {}
    for record in sorted(records, key=lambda r: r.path):
        if not record.is_sop:
            continue
        key = record.id.lower()  # "Answer" and "answer" share a folder on macOS, Windows
        if key in first:
            other = first[key]
            field = "id" if record.id_line > 1 else None
            same = (
                f"id '{record.id}' is already used by {other.path}"
                if other.id == record.id
                else f"id '{record.id}' differs only in case from '{other.id}' of {other.path} "
                "(one folder on a file system that ignores case)"
            )
            yield (
                record.path,
                Problem(
                    f"{same}: give one of them another 'id' (or file name); the id is the page URL",
                    record.id_line,
                    record.id_column,
                    field,
                ),
            )
        else:
            first[key] = record


RULE = Rule(
    code="SOP008",
    name="duplicate-id",
    summary="Every SOP id (default: the file name) must be unique.",
    severity="error",
    check=None,
    project_check=project_check,
    examples=(
        Example(
            "en",
            failing={
                "phone/answer.md": example("en"),
                "chat/other.md": example("en", id="answer", touchpoint="chat"),
            },
            passing={
                "phone/answer.md": example("en"),
                "chat/answer-chats.md": example("en", touchpoint="chat"),
            },
        ),
    ),
    doc=__doc__ or "",
    locked=True,
)
