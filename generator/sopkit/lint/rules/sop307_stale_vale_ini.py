"""SOP307 stale-vale-ini: `.vale.ini` does not route this SOP to its language's rules.

## What it does
Vale cannot read an SOP's `lang`, so `sopkit vale-ini` writes one section per
language listing its files. A German or Dutch SOP added later falls into the
English default section, where the German and Dutch wording rules are switched
off. sopkit does not follow that routing: the SOP's `lang` decides which
language's wording rules apply, so the new SOP is checked anyway. This rule warns
that `.vale.ini` is stale, and names the fix, because Vale itself (in an editor,
or in the `vale.yml` workflow) would skip those rules for the file.

## Why is this bad?
Editors who run Vale get no German or Dutch wording checks for the new SOP,
and no message says so.

## Options
None beyond the severity. The fix: `sopkit vale-ini > .vale.ini`.
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
    """Warn when ``.vale.ini`` switches this SOP's language rules off by its file lists."""
    config = load_vale_config(sop.settings.root)
    stale = config.stale_language_rules(sop.display_path, sop.lang)
    if not stale:
        return
    language = _NAMES.get(sop.lang, sop.lang)
    yield Problem(
        f".vale.ini does not list this file for the {language} rules ({', '.join(stale)}): "
        f"sopkit applies them by the SOP's lang, Vale does not; regenerate the file with "
        f"`sopkit vale-ini > .vale.ini`",
        1,
    )


_STYLES = "StylesPath = {styles}\nMinAlertLevel = suggestion\n\n[*.md]\nBasedOnStyles = SOP\n"
_ROUTING = "SOP.HedgingDe = {de}\nSOP.HedgingEn = {en}\nSOP.HedgingNl = NO\n"


def _ini(listed: bool) -> str:
    from sopkit.vale.config import BUILTIN_STYLES

    text = _STYLES.format(styles=BUILTIN_STYLES.as_posix()) + _ROUTING.format(de="NO", en="YES")
    if listed:
        text += "\n[sop/phone/example-de.md]\n" + _ROUTING.format(de="YES", en="NO")
    return text


RULE = Rule(
    code="SOP307",
    name="stale-vale-ini",
    summary=".vale.ini does not route this SOP to its language's wording rules.",
    severity="warning",
    check=check,
    examples=(
        Example(
            "de",
            failing={"/.vale.ini": _ini(False), "phone/example-de.md": example("de")},
            passing={"/.vale.ini": _ini(True), "phone/example-de.md": example("de")},
        ),
    ),
    doc=__doc__ or "",
    tags=("prose",),
)
