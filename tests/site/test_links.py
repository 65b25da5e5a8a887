"""Every internal link of the built sample resolves, with and without directory URLs.

``use_directory_urls: false`` is what Material's offline plugin needs and what a
site opened from a file share gets: there, a link must name its ``.html`` file.
The sample is built once per URL style with a git history (SOPs added, renamed and
removed) so the change log, the feeds and the location redirects carry links too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.site.crawl import crawl, resolves

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_COLOR": "1",
       "GIT_AUTHOR_NAME": "Ann Editor", "GIT_AUTHOR_EMAIL": "ann@example.com",
       "GIT_COMMITTER_NAME": "Ann Editor", "GIT_COMMITTER_EMAIL": "ann@example.com"}  # fmt: skip


def _git(repo: Path, *args: str) -> None:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env=ENV)
    assert done.returncode == 0, done.stderr


def sample_with_history(target: Path, extra_config: str = "") -> Path:
    """The sample project in a git repository: added, then an SOP renamed and one removed."""
    target.mkdir(parents=True)
    shutil.copytree(REPO / "sop", target / "sop")
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    grace = "      review_grace: 1 month\n"
    config = config.replace(grace, grace + "      location_redirect_files: true\n")
    (target / "mkdocs.yml").write_text(config + extra_config, encoding="utf-8")
    _git(target, "init", "-q", "-b", "main")
    _git(target, "add", "-A")
    _git(target, "commit", "-qm", "Add the standards (#1)")
    _git(target, "mv", "sop/phone/transfer-calls.md", "sop/phone/transfer-a-call.md")
    _git(target, "rm", "-q", "sop/letter/returned-mail.md")
    _git(target, "commit", "-qm", "Rename transfers, retire returned mail (#2)")
    return target


def build(project: Path) -> Path:
    done = subprocess.run([sys.executable, "-m", "sopkit", "build", "--strict"], cwd=project,
                          capture_output=True, text=True, env=ENV)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return project / "site"


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[bool, Path]:
    """The sample built with directory URLs (True) and without (False)."""
    root = tmp_path_factory.mktemp("links")
    return {
        True: build(sample_with_history(root / "directory")),
        False: build(sample_with_history(root / "files", "use_directory_urls: false\n")),
    }


@pytest.mark.parametrize("directory_urls", [True, False], ids=["directory-urls", "file-urls"])
def test_every_internal_link_resolves(sites: dict[bool, Path], directory_urls: bool) -> None:
    site = sites[directory_urls]
    result = crawl(site, from_disk=not directory_urls)
    assert result.pages > 100  # SOPs, listings, location versions and redirect files
    assert result.checked > 1500
    assert not result.broken, result.report()


def test_the_history_links_are_crawled(sites: dict[bool, Path]) -> None:
    """Removed SOPs are in the change log and the feeds; their entries lead to the log."""
    for directory_urls, site in sites.items():
        feed = (site / "changes/feed.xml").read_text(encoding="utf-8")
        assert feed.count("<entry>") > 25
        log = (site / "changes/index.html").read_text(encoding="utf-8")
        assert "Process returned mail: SOP removed" in log
        to_log = "../changes/" if directory_urls else "../changes/index.html"
        assert f'<link href="{to_log}"/>' in feed


def test_file_urls_name_their_files(sites: dict[bool, Path]) -> None:
    """Without directory URLs, listings, cards, data and redirects name ``.html`` files."""
    site = sites[False]
    catalogue = (site / "catalogue.html").read_text(encoding="utf-8")
    assert 'href="phone/answer-inbound-calls.html"' in catalogue
    home = (site / "locations/amsterdam/index.html").read_text(encoding="utf-8")
    assert 'href="../../phone/answer-inbound-calls.html"' in home
    sops = (site / "assets/sopkit-sops.json").read_text(encoding="utf-8")
    assert '"url":"phone/answer-inbound-calls.html"' in sops.replace(" ", "")
    stubs = list((site / "locations/london").glob("*.html"))
    assert any(stub.name == "answer-inbound-calls.html" for stub in stubs)
    assert not (site / "locations/london/answer-inbound-calls").exists()


@pytest.mark.parametrize(
    ("page", "url", "from_disk", "expected"),
    [
        ("a/b.html", "../c.html", True, True),
        ("a/b.html", "../a/", False, True),  # a web server serves a/index.html
        ("a/b.html", "../a/", True, False),  # a browser on file:// shows the folder
        ("a/b.html", "../../c.html", False, False),  # leaves the site
        ("a/b.html", "missing.html#top", False, False),
        ("a/b.html", "#top", False, None),
        ("a/b.html", "https://example.com/", False, None),
        ("a/b.html", "mailto:x@example.com", False, None),
        ("a/b.html", "/c.html", False, True),
    ],
)
def test_the_crawler_resolves_as_a_browser(
    tmp_path: Path, page: str, url: str, from_disk: bool, expected: bool | None
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a/index.html").write_text("", encoding="utf-8")
    (tmp_path / "c.html").write_text("", encoding="utf-8")
    assert resolves(tmp_path, page, url, from_disk) is expected
