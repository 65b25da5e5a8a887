"""Vale interop both ways: a portable `.vale.ini`, a vendored style, and teams' own styles.

The issue this guards: `sopkit vale-ini` from an installed sopkit wrote a StylesPath into
site-packages, and any rule type sopkit does not run (even in a style nothing used)
stopped lint with exit 2.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sopkit.config import Settings
from sopkit.lint import lint_paths
from sopkit.lint.examples import example
from sopkit.vale import config as vale_config
from sopkit.vale.config import BUILTIN_STYLES, load_vale_config
from sopkit.vale.portable import style_files
from tests.conftest import REPO, write_tree

SOPS = {"sop/phone/answer.md": example("en"), "sop/phone/neu.md": example("de")}


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """sopkit's style as an installed package has it: outside the project."""
    site = tmp_path / "site-packages" / "sopkit" / "styles"
    shutil.copytree(BUILTIN_STYLES, site)
    monkeypatch.setattr(vale_config, "BUILTIN_STYLES", site)
    monkeypatch.setattr("sopkit.vale.portable.BUILTIN_STYLES", site)
    load_vale_config.cache_clear()
    project = tmp_path / "team"
    write_tree(project, SOPS)
    monkeypatch.chdir(project)
    return project


def test_without_vendor_stylespath_stays_in_the_project_and_says_how(
    run_cli, installed: Path
) -> None:
    result = run_cli("vale-ini")
    assert result.exit_code == 0, result.output
    assert "StylesPath = styles\n" in result.stdout
    assert "site-packages" not in result.stdout
    assert "sopkit vale-ini --vendor styles/ > .vale.ini" in result.stderr
    assert not (installed / "styles").exists()  # it prints; it writes nothing


def test_vendor_copies_the_style_and_lint_then_works_anywhere(run_cli, installed: Path) -> None:
    result = run_cli("vale-ini", "--vendor", "styles/")
    assert result.exit_code == 0, result.output
    assert "14 files copied to styles/" in result.stderr
    assert sorted(style_files(installed / "styles")) == sorted(style_files())
    (installed / ".vale.ini").write_text(result.stdout, encoding="utf-8")
    assert "[{sop/phone/neu.md}]" in result.stdout
    # The project moves to another machine: sopkit's install is gone, the style stays.
    shutil.rmtree(installed.parent / "site-packages")
    moved = installed.parent / "elsewhere"
    installed.rename(moved)
    load_vale_config.cache_clear()
    result = lint_paths([moved / "sop"], Settings(root=moved), jobs=1, cwd=moved)
    assert result.sops == 2 and not [f for f in result.findings if f.severity == "error"]
    again = run_cli("vale-ini")  # regenerating keeps the vendored path
    assert "StylesPath = styles\n" in again.stdout and not again.stderr


def test_vendor_again_skips_identical_files(run_cli, installed: Path) -> None:
    run_cli("vale-ini", "--vendor", "styles/")
    result = run_cli("vale-ini", "--vendor", "styles/")
    assert result.exit_code == 0
    assert "0 files copied to styles/, 14 already there" in result.stderr


def test_vendor_never_overwrites_a_file_it_did_not_write(run_cli, installed: Path) -> None:
    accept = installed / "styles/config/vocabularies/SOP/accept.txt"
    write_tree(installed, {"styles/config/vocabularies/SOP/accept.txt": "Northwind\n"})
    result = run_cli("vale-ini", "--vendor", "styles/")
    assert result.exit_code == 2
    assert "styles/config/vocabularies/SOP/accept.txt" in result.output
    assert "never overwrites" in result.output
    assert accept.read_text() == "Northwind\n"
    assert not (installed / "styles/SOP").exists()  # nothing written at all


def test_vendor_refuses_a_folder_outside_the_project(run_cli, installed: Path) -> None:
    result = run_cli("vale-ini", "--vendor", "../shared-styles")
    assert result.exit_code == 2 and "inside the project" in result.output
    assert not (installed.parent / "shared-styles").exists()


@pytest.mark.parametrize("folder", ["sop", "sop/styles"])
def test_vendor_refuses_the_sop_folder(run_cli, installed: Path, folder: str) -> None:
    # The site publishes every file of the SOP folder: sop/SOP/*.yml became pages' neighbours.
    before = sorted(p.relative_to(installed) for p in (installed / "sop").rglob("*"))
    result = run_cli("vale-ini", "--vendor", folder)
    assert result.exit_code == 2 and "inside the SOP folder" in result.output, result.output
    assert sorted(p.relative_to(installed) for p in (installed / "sop").rglob("*")) == before


def test_vendor_refuses_a_built_site(run_cli, installed: Path) -> None:
    """`--vendor site/styles`: the next build deleted the style, and lint stopped (exit 2)."""
    write_tree(installed, {"site/sitemap.xml": "<urlset/>"})
    result = run_cli("vale-ini", "--vendor", "site/styles")
    assert result.exit_code == 2 and "is a built site, which the next build replaces" in (
        result.output
    )
    assert not (installed / "site/styles").exists()


def test_vale_ini_lists_any_file_name_that_a_line_can_hold(run_cli, installed: Path) -> None:
    """A ',' '{' or '[' in a German SOP's name made a glob that missed it: following
    SOP307's advice never cleared SOP307. A line break in a name wrote lines of its own."""
    names = ["a,b.md", "c{d}.md", "g[1].md", "x*y?.md"]
    write_tree(installed, {
        f"sop/vv/{name}": example("de", title=f"Titel {i}") for i, name in enumerate(names)
    })  # fmt: skip
    (installed / "sop/vv/i}]\nStylesPath = evil\n[{j.md").write_text(
        example("de", title="Zeilen"), encoding="utf-8"
    )
    result = run_cli("vale-ini", "--vendor", "styles")
    assert result.exit_code == 0
    assert "1 file left out: a name holds a line break" in result.output
    ini = result.output[result.output.index("# Generated") :]
    assert "StylesPath = evil" not in ini and "sop/vv/a\\,b.md" in ini
    (installed / ".vale.ini").write_text(ini, encoding="utf-8")
    load_vale_config.cache_clear()
    linted = run_cli("lint", "sop/vv")
    assert "SOP307" not in linted.output, linted.output


def test_an_emptied_ini_turns_the_wording_rules_off_and_says_so(run_cli, installed: Path) -> None:
    """A refused `sopkit vale-ini ... > .vale.ini` leaves the file empty: lint stopped on a
    StylesPath the file does not name, though the README promised SOP307 warnings."""
    (installed / ".vale.ini").write_text("", encoding="utf-8")
    load_vale_config.cache_clear()
    result = run_cli("lint")
    assert result.exit_code == 0, result.output
    assert result.output.count("SOP307") == 2  # one per SOP


def test_a_missing_stylespath_names_the_fix(run_cli, installed: Path) -> None:
    shipped = (REPO / ".vale.ini").read_text(encoding="utf-8")
    write_tree(installed, {".vale.ini": shipped})  # a team copies this repository's file
    result = run_cli("lint")
    assert result.exit_code == 2
    assert "sopkit vale-ini --vendor styles/" in result.output
    run_cli("vale-ini", "--vendor", "styles/")
    load_vale_config.cache_clear()
    assert run_cli("lint").exit_code == 0


def test_shipped_ini_and_vendored_style_are_current() -> None:
    """The repository dogfoods the vendored layout: `styles/` is sopkit's style, byte for
    byte (`sopkit vale-ini --vendor styles/` changes nothing)."""
    assert "StylesPath = styles\n" in (REPO / ".vale.ini").read_text(encoding="utf-8")
    for name in style_files():
        assert (REPO / "styles" / name).read_bytes() == (BUILTIN_STYLES / name).read_bytes(), name
    assert sorted(style_files(REPO / "styles")) == sorted(style_files())


GOOGLE = {
    "styles/Google/Headings.yml": "extends: capitalization\nmessage: \"'%s' sentence case\"\n"
    "level: warning\nscope: heading\nmatch: $sentence\n",
    "styles/Google/Units.yml": "# Google's units rule\nextends: sequence\nmessage: '%s'\n"
    "tokens:\n  - tag: CD\n",
    "styles/Google/Exclamation.yml": "extends: existence\nmessage: \"Don't use exclamation "
    "points in text.\"\nlevel: error\nnonword: true\ntokens:\n  - '\\w!(?:\\s|$)'\n",
    "styles/Google/Spelling.yml": "extends: spelling\nmessage: \"Did you really mean '%s'?\"\n",
    "styles/Unused/Broken.yml": "extends: [not yaml\n",
    "styles/Unused/Metric.yml": "extends: metric\nformula: words\n",
}
TEAM_INI = (
    "StylesPath = styles\nMinAlertLevel = suggestion\n\n[*.md]\n"
    "BasedOnStyles = Vale, Google\nGoogle.Spelling = NO\n"
)


def _team(tmp_path: Path, ini: str = TEAM_INI) -> list[tuple[str, str, int, str, str]]:
    write_tree(tmp_path, {".vale.ini": ini, **GOOGLE,
                          "sop/phone/x.md": example("en", body="1. Answer the call!\n")})  # fmt: skip
    load_vale_config.cache_clear()
    result = lint_paths([tmp_path / "sop"], Settings(root=tmp_path), jobs=1, cwd=tmp_path)
    return [(f.rule, f.path, f.line, f.severity, f.message) for f in result.findings
            if f.rule in ("SOP300", "SOP308")]  # fmt: skip


def test_a_team_style_with_rule_types_sopkit_does_not_run_lints(tmp_path: Path) -> None:
    found = _team(tmp_path)
    skipped = [(path, line) for rule, path, line, severity, _ in found if rule == "SOP308"]
    assert skipped == [
        (".vale.ini", 1), (".vale.ini", 1), (".vale.ini", 1),  # Vale's built-in rules
        ("styles/Google/Headings.yml", 1),
        ("styles/Google/Units.yml", 2),  # the line of its `extends`
    ]  # fmt: skip
    notes = [m for rule, *_, m in found if rule == "SOP308"]
    assert [n.split(" ")[0] for n in notes[:3]] == ["Vale.Repetition", "Vale.Spelling",
                                                    "Vale.Terms"]  # fmt: skip
    assert notes[3] == ("Google.Headings: 'extends: capitalization' is not run by sopkit's "
                        "engine: Vale runs it, `sopkit lint` skips it")  # fmt: skip
    assert all(severity == "info" for rule, _, _, severity, _ in found if rule == "SOP308")
    # Google.Spelling is switched off: no note. The rules sopkit runs still run.
    assert not [m for m in notes if "Google.Spelling" in m]
    assert [rule for rule, *_ in found].count("SOP300") == 1


def test_styles_nothing_uses_are_never_read(tmp_path: Path) -> None:
    """`Unused` holds a broken file and a metric rule: Vale never loads the style; nor do we."""
    _team(tmp_path)
    config = load_vale_config(tmp_path.resolve())
    assert not [name for name in [*config.rules, *config.skipped] if name.startswith("Unused.")]


def test_a_rule_switched_on_alone_loads_alone(tmp_path: Path) -> None:
    ini = "StylesPath = styles\n\n[*.md]\nBasedOnStyles = SOPX\nGoogle.Headings = YES\n"
    write_tree(tmp_path, {"styles/SOPX/.keep": ""})
    found = _team(tmp_path, ini)
    assert [(rule, path) for rule, path, *_ in found] == [("SOP308", "styles/Google/Headings.yml")]


def test_skipped_rules_in_every_output_and_off_by_severity(run_cli, tmp_path: Path) -> None:
    write_tree(tmp_path, {".vale.ini": TEAM_INI, **GOOGLE,
                          "sop/phone/x.md": example("en")})  # fmt: skip
    load_vale_config.cache_clear()
    result = run_cli("lint", "--format", "json")
    assert result.exit_code == 0, result.output
    rules = [f["rule"] for f in json.loads(result.stdout)["findings"]]
    assert rules.count("SOP308") == 5
    write_tree(tmp_path, {"pyproject.toml": '[tool.sopkit.rules]\nSOP308 = "off"\n'})
    result = run_cli("lint", "--format", "json")
    assert "SOP308" not in result.stdout


def test_vale_s_own_style_alone_still_names_the_rules_sopkit_skips(tmp_path: Path) -> None:
    """The early return for an empty .vale.ini also took `BasedOnStyles = Vale`: its
    built-in rules that sopkit does not run were no longer named (SOP308)."""
    write_tree(tmp_path, {
        ".vale.ini": "StylesPath = styles\n\n[*.md]\nBasedOnStyles = Vale\n",
        "styles/.keep": "", **SOPS,
    })  # fmt: skip
    load_vale_config.cache_clear()
    result = lint_paths([tmp_path / "sop"], Settings(root=tmp_path), jobs=1, cwd=tmp_path)
    skipped = sorted(f.message.split(" ")[0] for f in result.findings if f.rule == "SOP308")
    assert skipped == ["Vale.Repetition", "Vale.Spelling", "Vale.Terms"], skipped
