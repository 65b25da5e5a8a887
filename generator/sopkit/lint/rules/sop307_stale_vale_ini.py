"""SOP307 stale-vale-ini: `.vale.ini` does not route this SOP to its language's rules.

## What it does
Vale cannot read an SOP's `lang`, so `sopkit vale-ini` writes one section per
language listing its files. A German or Dutch SOP added later falls into the
English default section, where the German and Dutch wording rules are switched
off. sopkit does not follow that routing: the SOP's `lang` decides which
language's wording rules apply, so the new SOP is checked anyway. This rule warns
that `.vale.ini` is stale, and names the fix, because Vale itself (in an editor,
or in the `vale.yml` workflow) would skip those rules for the file.

It also warns when `.vale.ini` turns on no style and no rule at all for the SOP: an
empty file (what `sopkit vale-ini > .vale.ini` leaves when the command fails, because
the shell empties the file before sopkit runs), or sections that all miss the SOP.
Then no wording rule (SOP300 to SOP306) checks it, in sopkit or in Vale.

## Why is this bad?
Editors who run Vale get no German or Dutch wording checks for the new SOP,
and no message says so. With no style turned on, "Reply ASAP" passes every check.

## Options
None beyond the severity. The fix: `sopkit vale-ini > .vale.ini` (with sopkit
installed as a package, `sopkit vale-ini --vendor styles/ > .vale.ini`).
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.sop import Sop
from sopkit.vale.config import load_vale_config

_NAMES = {"en": "English", "de": "German", "nl": "Dutch"}


def check(sop: Sop) -> Iterator[Problem]:
    """Warn when ``.vale.ini`` switches this SOP's language rules off by its file lists,
    or turns on nothing at all for it."""
    config = load_vale_config(sop.settings.root)
    if config.enables_nothing(sop.path_in_project):
        yield Problem(
            ".vale.ini turns on no Vale style for this file, so no wording rule (SOP300 to "
            "SOP306) checks it: regenerate the file with `sopkit vale-ini > .vale.ini`, or "
            "name the styles in a section that matches the file (BasedOnStyles = SOP)",
            1,
        )
        return
    stale = config.stale_language_rules(sop.path_in_project, sop.lang)
    if not stale:
        return
    language = _NAMES.get(sop.lang, sop.lang)
    yield Problem(
        f".vale.ini does not list this file for the {language} rules ({', '.join(stale)}): "
        f"sopkit applies them by the SOP's lang, Vale does not; regenerate the file with "
        f"`sopkit vale-ini > .vale.ini`",
        1,
    )


#: A team's own style with a rule per language, routed by file lists as `vale-ini` does.
_INI = (
    "StylesPath = styles\n\n[*.md]\nBasedOnStyles = Team\nTeam.JargonDe = NO\nTeam.JargonEn = YES\n"
)
_LISTED = "\n[sop/phone/example-de.md]\nTeam.JargonDe = YES\nTeam.JargonEn = NO\n"
_RULE = (
    "extends: existence\nmessage: \"'%s' is internal jargon.\"\nlevel: warning\n"
    "ignorecase: true\ntokens:\n  - {word}\n"
)


def _files(listed: bool) -> dict[str, str]:
    return {
        "/.vale.ini": _INI + (_LISTED if listed else ""),
        "/styles/Team/JargonDe.yml": _RULE.format(word="RMA-Nummer"),
        "/styles/Team/JargonEn.yml": _RULE.format(word="RMA"),
        "phone/example-de.md": example("de"),
    }


#: A `.vale.ini` with no section: every wording rule off. The same with the section.
_NOTHING = "StylesPath = styles\n"
_TEAM = "\n[*.md]\nBasedOnStyles = Team\n"


def _nothing_on(on: bool) -> dict[str, str]:
    return {
        "/.vale.ini": _NOTHING + (_TEAM if on else ""),
        "/styles/Team/Jargon.yml": _RULE.format(word="RMA"),
        "phone/example-en.md": example("en"),
    }


RULE = Rule(
    code="SOP307",
    name="stale-vale-ini",
    summary=".vale.ini does not route this SOP to its language's wording rules.",
    severity="warning",
    check=check,
    examples=(
        Example(
            "de",
            failing=_files(listed=False),
            passing=_files(listed=True),
        ),
        Example("en", failing=_nothing_on(False), passing=_nothing_on(True)),
    ),
    doc=__doc__ or "",
    tags=("prose",),
)
