"""sopkit beside the MkDocs plugins teams use: the sample builds strictly with each.

Each combination is built once per session (in parallel, as plain ``mkdocs build
--strict`` in a git work tree), then checked for what the plugin is for and
crawled: every internal link of every site resolves. mkdocs-static-i18n is not
supported; its build stops with an error naming the supported way instead.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.site.crawl import crawl

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true",
       "NO_COLOR": "1", "GIT_AUTHOR_NAME": "Ann Editor", "GIT_AUTHOR_EMAIL": "ann@example.com",
       "GIT_COMMITTER_NAME": "Ann Editor", "GIT_COMMITTER_EMAIL": "ann@example.com"}  # fmt: skip

#: name -> (the plugin's entry under ``plugins:``, after sopkit; more top-level YAML)
PLUGINS: dict[str, tuple[str, str]] = {
    "offline": ("  - offline\n", ""),
    "awesome-nav": ("  - awesome-nav\n", ""),
    "awesome-nav-own": ("  - awesome-nav\n", ""),  # with the project's own sop/.nav.yml
    "awesome-pages": ("  - awesome-pages\n", ""),
    "git-revision-date-localized": (
        "  - git-revision-date-localized:\n      enable_creation_date: true\n",
        "",
    ),
    "macros": ("  - macros\n", ""),
    "redirects": (
        "  - redirects:\n      redirect_maps:\n        calls.md: phone/answer-inbound-calls.md\n",
        "",
    ),
    "minify": (
        "  - minify:\n      minify_html: true\n      minify_js: true\n      minify_css: true\n"
        "      js_files: [assets/sopkit.js, assets/sopkit-locations.js]\n"
        "      css_files: [assets/sopkit.css]\n",
        "",
    ),
    "i18n": (
        "  - i18n:\n      docs_structure: suffix\n      languages:\n"
        "        - {locale: en, default: true, name: English, build: true}\n"
        "        - {locale: de, name: Deutsch, build: true}\n"
        "        - {locale: nl, name: Nederlands, build: true}\n",
        "",
    ),
}


def _git(repo: Path, *args: str) -> None:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env=ENV)
    assert done.returncode == 0, done.stderr


def _project(base: Path, target: Path, plugin: str, extra: str) -> Path:
    shutil.copytree(base, target)
    if target.name == "awesome-nav-own":
        nav = "nav:\n  - catalogue.md\n  - phone\n"
        (target / "sop/.nav.yml").write_text(nav, encoding="utf-8")
    config = (target / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("\nmarkdown_extensions:", plugin + "\nmarkdown_extensions:", 1)
    (target / "mkdocs.yml").write_text(config + extra, encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str, int]]:
    """name -> (project, output, exit code) of ``mkdocs build --strict`` with each plugin."""
    root = tmp_path_factory.mktemp("ecosystem")
    base = root / "base"
    base.mkdir()
    shutil.copy(REPO / "mkdocs.yml", base / "mkdocs.yml")
    shutil.copytree(REPO / "sop", base / "sop")
    index = base / "sop/index.md"
    index.write_text(
        index.read_text(encoding="utf-8") + "\nPublished as {{ config.site_name }}.\n",
        encoding="utf-8",
    )
    _git(base, "init", "-q", "-b", "main")
    _git(base, "add", "-A")
    _git(base, "commit", "-qm", "Add the standards")
    running = {}
    for name, (plugin, extra) in PLUGINS.items():
        project = _project(base, root / name, plugin, extra)
        running[name] = (
            project,
            subprocess.Popen(
                [sys.executable, "-m", "mkdocs", "build", "--strict"],
                cwd=project,
                env=ENV,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            ),
        )
    results = {}
    for name, (project, process) in running.items():
        output, _ = process.communicate(timeout=300)
        results[name] = (project, output, process.returncode)
    return results


def built(builds: dict[str, tuple[Path, str, int]], name: str) -> Path:
    project, output, code = builds[name]
    assert code == 0, output
    return project / "site"


@pytest.mark.parametrize("name", [n for n in PLUGINS if n != "i18n"])
def test_the_sample_builds_strictly_and_every_link_resolves(builds, name: str) -> None:  # type: ignore[no-untyped-def]
    site = built(builds, name)
    result = crawl(site, from_disk=name == "offline")
    assert result.checked > 1000
    assert not result.broken, result.report()


def _nav_links(page: Path) -> list[str]:
    html = page.read_text(encoding="utf-8")
    primary = html[html.index("md-nav--primary") : html.index("md-sidebar--secondary")]
    return re.findall(r'<a href="([^"#]*)" class="md-nav__link', primary)


def test_offline_site_names_its_files_and_inlines_search(builds) -> None:  # type: ignore[no-untyped-def]
    site = built(builds, "offline")
    assert (site / "search/search_index.js").read_text(encoding="utf-8").startswith("var __index")
    catalogue = (site / "catalogue.html").read_text(encoding="utf-8")
    assert 'href="phone/answer-inbound-calls.html"' in catalogue


@pytest.mark.parametrize("name", ["awesome-nav", "awesome-pages"])
def test_nav_plugins_keep_the_compact_navigation(builds, name: str) -> None:  # type: ignore[no-untyped-def]
    site = built(builds, name)
    links = _nav_links(site / "catalogue/index.html")
    assert "./" in links and "../touchpoints/" in links and "../locations/" in links
    assert not [link for link in links if "answer-inbound-calls" in link]
    assert len(links) < 12
    assert not (site / ".nav.yml").exists()


def test_awesome_nav_reads_a_projects_own_nav_file(builds) -> None:  # type: ignore[no-untyped-def]
    links = _nav_links(built(builds, "awesome-nav-own") / "catalogue/index.html")
    assert "../phone/answer-inbound-calls/" in links and "../owners/" not in links


def test_git_revision_dates_are_shown_on_sop_pages(builds) -> None:  # type: ignore[no-untyped-def]
    page = built(builds, "git-revision-date-localized") / "phone/answer-inbound-calls/index.html"
    assert "git-revision-date-localized-plugin" in page.read_text(encoding="utf-8")


def test_macros_render_in_the_projects_pages(builds) -> None:  # type: ignore[no-untyped-def]
    home = (built(builds, "macros") / "index.html").read_text(encoding="utf-8")
    assert "Published as Northwind Stores service standards." in home
    assert "25 standards by touchpoint" in home


def test_redirects_lead_to_the_sop(builds) -> None:  # type: ignore[no-untyped-def]
    stub = (built(builds, "redirects") / "calls/index.html").read_text(encoding="utf-8")
    assert "../phone/answer-inbound-calls/" in stub


def test_minified_site_keeps_cards_and_listings(builds) -> None:  # type: ignore[no-untyped-def]
    site = built(builds, "minify")
    page = (site / "phone/answer-inbound-calls/index.html").read_text(encoding="utf-8")
    assert "sop-card__metric" in page and "\n    " not in page
    assert (site / "assets/sopkit.min.css").is_file()
    assert "assets/sopkit.min.css" in page


def test_static_i18n_stops_with_the_supported_way(builds) -> None:  # type: ignore[no-untyped-def]
    _, output, code = builds["i18n"]
    assert code != 0
    assert "sopkit does not work with mkdocs-static-i18n (plugin 'i18n')" in output
    assert "'lang: de'" in output and "lang: [en, de, nl]" in output
    assert "Traceback" not in output
