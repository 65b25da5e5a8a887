"""SOP008 duplicate-id: two SOPs with the same id.

## What it does
Reports every SOP whose `id` (or file name, when it has no `id`) another SOP in the
checked folders uses too, on each of the files, naming the others; ids that differ only
in case clash too.

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

#: How many of the other files a message names; the rest are counted.
_NAMED_OTHERS = 5


def project_check(records: list[SopRecord], settings: object) -> Iterator[tuple[str, Problem]]:
    """Report each SOP whose id another SOP uses, naming the others.

    Every file of the clash is reported, not only the later ones: a pull request that
    adds an SOP under a name already taken must see the error on the file it adds, and
    CI that annotates only the changed files would otherwise show nothing.
    """
    del settings
    groups: dict[str, list[SopRecord]] = {}
    for record in sorted(records, key=lambda r: r.path):
        if record.is_sop:  # "Answer" and "answer" share a folder on macOS, Windows
            groups.setdefault(record.id.lower(), []).append(record)
    for group in groups.values():
        for record in group if len(group) > 1 else ():
            others = [other for other in group if other is not record]
            field = "id" if record.id_line > 1 else None
            yield (
                record.path,
                Problem(
                    f"{_clash(record, others)}: give one of them another 'id' (or file name); "
                    "the id is the page URL",
                    record.id_line,
                    record.id_column,
                    field,
                ),
            )


def _clash(record: SopRecord, others: list[SopRecord]) -> str:
    """What ``record``'s id shares with ``others``: the same id, or one in another case."""
    same = [other for other in others if other.id == record.id]
    cased = [other for other in others if other.id != record.id]
    parts = []
    if same:
        parts.append(f"id '{record.id}' is also used by {_listed([o.path for o in same])}")
    if cased:
        named = _listed([f"'{o.id}' of {o.path}" for o in cased])
        parts.append(
            ("and " if same else f"id '{record.id}' ")
            + f"differs only in case from {named} (one folder on a file system that ignores case)"
        )
    return " ".join(parts)


def _listed(names: list[str]) -> str:
    shown = ", ".join(names[:_NAMED_OTHERS])
    more = len(names) - _NAMED_OTHERS
    return shown + (f" and {more:,} more" if more > 0 else "")


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
