"""An SOP's `lang` decides which language's wording rules apply, whatever `.vale.ini` lists.

The issue this guards: a German or Dutch SOP added after `.vale.ini` was generated
fell into the English default section and got no German or Dutch checks, silently.
"""

from __future__ import annotations

from pathlib import Path

from sopkit.config import Settings
from sopkit.lint import lint_paths
from sopkit.lint.examples import example
from sopkit.vale.config import BUILTIN_STYLES, load_vale_config, render_ini
from tests.conftest import write_tree

GERMAN = example(
    "de",
    title="Neue Anfrage",
    body="## Schritte\n\n1. Sie sollten das Ticket schließen.\n2. Notieren Sie den Anlass im CRM.\n",
)
DUTCH = example(
    "nl",
    title="Nieuwe vraag",
    body="## Stappen\n\n1. Probeer zo snel mogelijk te helpen.\n2. Noteer de reden in het CRM.\n",
)
LANG_RULES = ["SOP.HedgingDe", "SOP.HedgingEn", "SOP.HedgingNl", "SOP.VagueTimingDe",
              "SOP.VagueTimingEn", "SOP.VagueTimingNl"]  # fmt: skip


def _project(tmp_path: Path, ini: str) -> list[tuple[str, str, str]]:
    write_tree(tmp_path, {
        ".vale.ini": ini,
        "sop/phone/old-de.md": example("de"),
        "sop/phone/neu.md": GERMAN,
        "sop/phone/nieuw.md": DUTCH,
    })  # fmt: skip
    result = lint_paths([tmp_path / "sop"], Settings(root=tmp_path), jobs=1, cwd=tmp_path)
    return [(f.path.rsplit("/", 1)[-1], f.rule, f.severity) for f in result.findings]


def test_new_german_and_dutch_sops_get_their_rules_and_a_stale_warning(tmp_path: Path) -> None:
    ini = render_ini(BUILTIN_STYLES.as_posix(), {"de": ["sop/phone/old-de.md"]}, LANG_RULES)
    found = _project(tmp_path, ini)
    assert ("neu.md", "SOP301", "warning") in found  # "Sie sollten"
    assert ("nieuw.md", "SOP301", "warning") in found  # "Probeer"
    assert ("nieuw.md", "SOP302", "error") in found  # "zo snel mogelijk"
    assert ("neu.md", "SOP307", "warning") in found and ("nieuw.md", "SOP307", "warning") in found
    assert ("old-de.md", "SOP307", "warning") not in found  # listed: not stale


def test_a_current_ini_gives_no_stale_warning(tmp_path: Path) -> None:
    ini = render_ini(
        BUILTIN_STYLES.as_posix(),
        {"de": ["sop/phone/old-de.md", "sop/phone/neu.md"], "nl": ["sop/phone/nieuw.md"]},
        LANG_RULES,
    )
    found = _project(tmp_path, ini)
    assert [f for f in found if f[1] == "SOP307"] == []
    assert ("neu.md", "SOP301", "warning") in found


def test_a_rule_switched_off_in_every_language_stays_off(tmp_path: Path) -> None:
    ini = (
        f"StylesPath = {BUILTIN_STYLES.as_posix()}\n\n[*.md]\nBasedOnStyles = SOP\n"
        "SOP.HedgingDe = NO\nSOP.HedgingEn = NO\nSOP.HedgingNl = NO\n"
    )
    found = _project(tmp_path, ini)
    assert [f for f in found if f[1] in ("SOP301", "SOP307")] == []
    assert ("nieuw.md", "SOP302", "error") in found  # the other rules still run


def test_the_language_rule_takes_the_level_its_twin_was_given(tmp_path: Path) -> None:
    write_tree(tmp_path, {".vale.ini": (
        f"StylesPath = {BUILTIN_STYLES.as_posix()}\n\n[*.md]\nBasedOnStyles = SOP\n"
        "SOP.HedgingDe = NO\nSOP.HedgingEn = error\nSOP.HedgingNl = NO\n"
    )})  # fmt: skip
    config = load_vale_config(tmp_path)
    levels = {rule.name: level for rule, level in config.rules_for("sop/x.md", "de")}
    assert levels["SOP.HedgingDe"] == "error"
    assert "SOP.HedgingEn" not in levels and "SOP.HedgingNl" not in levels


def test_the_ini_names_files_from_its_own_folder_wherever_lint_runs(tmp_path: Path) -> None:
    """`cd sop && sopkit lint .` matched the ini's `sop/...` sections against paths from
    the current folder: every German and Dutch SOP got a false SOP307 warning."""
    ini = render_ini(
        BUILTIN_STYLES.as_posix(),
        {"de": ["sop/phone/old-de.md", "sop/phone/neu.md"], "nl": ["sop/phone/nieuw.md"]},
        LANG_RULES,
    )
    _project(tmp_path, ini)
    for cwd in (tmp_path / "sop", tmp_path / "sop/phone"):
        result = lint_paths([cwd], Settings(root=tmp_path), jobs=1, cwd=cwd)
        found = [(f.path.rsplit("/", 1)[-1], f.rule) for f in result.findings]
        assert [f for f in found if f[1] == "SOP307"] == [], (cwd, found)
        assert ("neu.md", "SOP301") in found and ("nieuw.md", "SOP302") in found
