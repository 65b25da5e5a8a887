"""The road past Material: `sopkit export`, then `zensical build`, gives a working site.

The real ``zensical`` package from PyPI builds the exported sample (strict): its
front matter reads (a variant's step numbers are text), the cards are styled (the
pages link sopkit's stylesheet, which the export carries), every link resolves
(the crawler of test_links), and each SOP's search entry carries its language.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from sopkit.site.export import CONFIG_MARKER, portable_front_matter
from tests.conftest import REPO
from tests.site.crawl import crawl

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_COLOR": "1"}


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True, env=ENV
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample exported to ``plain/`` and built by Zensical into ``site/``."""
    project = tmp_path_factory.mktemp("zensical")
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(REPO / "sop", project / "sop")
    done = run(["sopkit", "export", "plain"], project)
    assert done.returncode == 0, done.stdout + done.stderr
    (project / "export.log").write_text(done.stdout, encoding="utf-8")
    done = run(["zensical", "build", "--strict"], project)
    assert done.returncode == 0, done.stdout + done.stderr
    return project


def test_the_export_reads_in_zensical(built: Path) -> None:
    page = (built / "plain/email/refund-request-emails.md").read_text(encoding="utf-8")
    meta = yaml.safe_load(page.split("---\n")[1])
    assert meta["variants"]["amsterdam"]["steps"] == {
        "6": "Issue the refund by bank transfer to the IBAN on the original payment."
    }
    assert meta["tags"][0] == "Email" and meta["tags"][-1] == "English"
    assert (built / "site/email/refund-request-emails/index.html").is_file()


def test_every_link_of_the_zensical_site_resolves(built: Path) -> None:
    result = crawl(built / "site")
    assert result.pages > 50
    assert result.checked > 1000
    assert not result.broken, result.report()


def test_cards_are_styled_by_sopkits_stylesheet(built: Path) -> None:
    page = (built / "site/phone/rueckrufbitten-bearbeiten/index.html").read_text(encoding="utf-8")
    assert 'class="sop-card"' in page
    assert 'href="../../assets/sopkit.css"' in page
    assert 'src="../../assets/sopkit-locations.js"' in page
    css = (built / "site/assets/sopkit.css").read_text(encoding="utf-8")
    assert ".sop-card" in css


def test_search_entries_carry_each_sops_language(built: Path) -> None:
    index = json.loads((built / "site/search.json").read_text(encoding="utf-8"))
    tags = {item["location"]: item["tags"] for item in index["items"] if item["level"] == 1}
    assert "Deutsch" in tags["phone/rueckrufbitten-bearbeiten/"]
    assert "Nederlands" in tags["phone/telefonische-klacht-afhandelen/"]
    assert "English" in tags["phone/answer-inbound-calls/"]
    # the touchpoint in the site's language, as in every result list of the site
    assert tags["phone/rueckrufbitten-bearbeiten/"][0] == "Phone"


def test_the_config_beside_the_tree_is_sopkits_and_loads_its_files(built: Path) -> None:
    config = (built / "zensical.toml").read_text(encoding="utf-8")
    assert config.startswith(CONFIG_MARKER)
    # the project's own name, as `sopkit build` uses it (it said "Service standards")
    assert 'site_name = "Northwind Stores service standards"' in config
    feed = (built / "plain/changes/feed.xml").read_text(encoding="utf-8")
    assert "<title>Northwind Stores service standards" in feed
    assert 'docs_dir = "plain"' in config
    assert 'extra_css = ["assets/sopkit.css"]' in config


def test_the_export_counts_the_files_it_leaves_in_the_tree(built: Path) -> None:
    files = [p for p in (built / "plain").rglob("*") if p.is_file() and p.name != ".sopkit-output"]
    log = (built / "export.log").read_text(encoding="utf-8")
    assert f"Exported {len(files)} files to plain" in log


def test_a_users_zensical_toml_is_never_overwritten(tmp_path: Path) -> None:
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(REPO / "sop", tmp_path / "sop")
    own = '[project]\nsite_name = "Ours"\n'
    (tmp_path / "zensical.toml").write_text(own, encoding="utf-8")
    for _ in range(2):  # the second export rewrites sopkit's own file only
        done = run(["sopkit", "export", "plain"], tmp_path)
        assert done.returncode == 0, done.stderr
        assert "Zensical config: " in done.stdout
        assert (
            "(build it with: cd " in done.stdout
            and "zensical build -f plain.zensical.toml" in done.stdout
        )
    assert (tmp_path / "zensical.toml").read_text(encoding="utf-8") == own
    ours = (tmp_path / "plain.zensical.toml").read_text(encoding="utf-8")
    assert ours.startswith(CONFIG_MARKER) and 'docs_dir = "plain"' in ours
    (tmp_path / "plain.zensical.toml").write_text(own, encoding="utf-8")  # now both are ours
    done = run(["sopkit", "export", "plain"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "No Zensical config was written: zensical.toml and plain.zensical.toml" in done.stderr
    assert (tmp_path / "plain.zensical.toml").read_text(encoding="utf-8") == own


def test_front_matter_every_yaml_reader_reads_alike() -> None:
    text = portable_front_matter({"title": "yes", "steps": {6: "x"}, "at": "1:20", "n": 7})
    assert text == "---\ntitle: 'yes'\nsteps:\n  '6': x\nat: '1:20'\nn: 7\n---\n"


def test_text_from_front_matter_and_locations_is_never_markup_in_zensical(
    tmp_path: Path,
) -> None:
    """Zensical puts titles and tags into the page as they are: the export escapes them."""
    attack = "<img src=x onerror=alert(1)>"
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(REPO / "sop", tmp_path / "sop")
    registry = tmp_path / "sop/locations.yml"
    registry.write_text(
        registry.read_text(encoding="utf-8").replace(
            "name: London Oxford Street", f'name: "London {attack}"'
        ),
        encoding="utf-8",
    )
    sop = tmp_path / "sop/chat/chat-greeting.md"
    text = sop.read_text(encoding="utf-8")
    text = text.replace("title: Greet customers in live chat", f'title: "Chat {attack}"', 1)
    text = text.replace("tags: [chat, greeting]", 'tags: ["<script>alert(2)</script>"]', 1)
    sop.write_text(text, encoding="utf-8")
    done = run(["sopkit", "export", "plain"], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    done = run(["zensical", "build"], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    pages = [p.read_text(encoding="utf-8") for p in (tmp_path / "site").rglob("*.html")]
    assert any("Chat &lt;img src=x onerror=alert(1)&gt;" in page for page in pages)
    assert any("London &lt;img" in page for page in pages)
    for page in pages:
        assert "<img src=x" not in page and "<script>alert(2)" not in page
