"""The sidebar cache: the same HTML as Material renders, a handful of renderings."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from sopkit.plugin.sidebar import SidebarCache
from sopkit.site.build import build_site
from tests.conftest import write_tree
from tests.site.conftest import copy_project


def differing_files(left: Path, right: Path) -> list[str]:
    """Files that differ or exist on one side only, recursively."""
    found: list[str] = []

    def walk(compared: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + name for name in compared.left_only + compared.right_only)
        found.extend(prefix + name for name in compared.diff_files)
        for name, sub in compared.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right), "")
    return [name for name in found if not name.startswith("sitemap")]


def test_cached_sidebars_are_what_material_renders(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SOPs at other depths than the sample's, and beside an overview page's folder
    page = (project / "sop/phone/answer-inbound-calls.md").read_text(encoding="utf-8")
    write_tree(project, {
        "sop/answer-at-the-top.md": page.replace("id: answer-inbound-calls", "id: top"),
        "sop/phone/deep/er/answer-deep.md": page.replace("id: answer-inbound-calls", "id: deep"),
        "sop/touchpoints/answer-touch.md": page.replace("id: answer-inbound-calls", "id: tp"),
    })  # fmt: skip
    monkeypatch.setenv("SOPKIT_TODAY", "2026-11-22")  # both builds show the same dates
    build_site(project / "mkdocs.yml", site_dir=project / "cached")
    monkeypatch.setattr(SidebarCache, "install", lambda self, env: False)
    build_site(project / "mkdocs.yml", site_dir=project / "rendered")
    assert (project / "cached/phone/deep/er/answer-deep/index.html").is_file()
    assert differing_files(project / "cached", project / "rendered") == []


def test_sop_pages_share_a_few_renderings(project: Path) -> None:
    config = load_config(str(project / "mkdocs.yml"))
    build(config)
    sidebar = config.plugins["sopkit"].sidebar
    assert sidebar is not None and sidebar.in_nav  # the overview pages
    outside = [f for f in config.plugins["sopkit"].knowledge_base.pages.by_path]
    assert len(outside) == 25
    # one per folder depth and overview folder (touchpoints/, owners/, locations/<id>/)
    assert 1 <= len(sidebar.renderings) <= 6


def test_other_themes_are_left_alone(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "kb")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config.replace("name: material", "name: mkdocs"))
    loaded = load_config(str(project / "mkdocs.yml"))
    build(loaded)
    assert (project / "site/phone/answer-inbound-calls/index.html").is_file()
