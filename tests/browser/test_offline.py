"""The site built with Material's offline plugin works from file://, search included.

Opened from disk (a file share in a branch), there is no web server: links must
name their ``.html`` files, search runs from the inlined index, and the location
picker reads its data from a script, not a fetch. Material loads one script from
the network for search from ``file://``, the iframe-worker shim from unpkg.com;
this machine's browser has no network, so the test serves the same shim (the
npm package ``iframe-worker``, as unpkg does) for that one URL.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.conftest import ARTIFACTS, _require_chromium
from tests.conftest import REPO, require_tool

SHIM_URL = "https://unpkg.com/iframe-worker/shim"
SHIM_PACKAGE = "iframe-worker@1.0.4"
RESULTS = "[data-md-component=search-result] .md-search-result__item"


def _shim(folder: Path) -> bytes:
    """The iframe-worker shim, from the npm registry (what unpkg.com serves)."""
    npm = shutil.which("npm")
    require_tool(
        npm is not None,
        "npm not found: it fetches the iframe-worker shim Material loads from unpkg",
    )
    done = subprocess.run([npm, "pack", SHIM_PACKAGE, "--pack-destination", str(folder)],
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    archive = folder / done.stdout.strip().splitlines()[-1]
    with tarfile.open(archive) as tar:
        member = tar.extractfile("package/shim/index.js")
        assert member is not None
        return member.read()


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """The sample built with ``plugins: - offline`` (strict), and the shim."""
    _require_chromium()
    project = tmp_path_factory.mktemp("offline")
    shutil.copytree(REPO / "sop", project / "sop")
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("\nmarkdown_extensions:", "  - offline\n\nmarkdown_extensions:", 1)
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_COLOR": "1"}
    done = subprocess.run([sys.executable, "-m", "sopkit", "build", "--strict"], cwd=project,
                          capture_output=True, text=True, env=env)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return project / "site", _shim(project)


@pytest.fixture
def disk_page(browser, offline_site, request) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A desktop-sized page that reaches nothing but the site's files (and the shim)."""
    _, shim = offline_site
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    failed: list[str] = []

    def serve(route) -> None:  # type: ignore[no-untyped-def]
        if route.request.url == SHIM_URL:
            route.fulfill(body=shim, content_type="application/javascript")
        elif route.request.url.startswith("file://"):
            route.continue_()
        else:
            failed.append(route.request.url)
            route.abort()

    context.route("**/*", serve)
    page = context.new_page()
    page.on("requestfailed", lambda r: failed.append(f"{r.url}: {r.failure}"))
    page.on("pageerror", lambda error: failed.append(str(error)))
    try:
        yield page
        assert not failed, failed
    finally:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"))
        context.close()


def test_search_from_file_url_finds_and_opens_the_sop(disk_page, offline_site) -> None:  # type: ignore[no-untyped-def]
    site, _ = offline_site
    page = disk_page
    page.goto((site / "index.html").as_uri())
    box = page.locator("[data-md-component=search-query]")
    box.click()
    assert box.evaluate("element => element === document.activeElement")
    box.press_sequentially("Rückruf", delay=20)
    results = page.locator(RESULTS)
    results.first.wait_for(state="visible", timeout=10_000)
    titles = [results.nth(i).locator("h1").inner_text() for i in range(results.count())]
    assert "Rückrufbitten bearbeiten" in titles
    link = results.filter(has_text="Rückrufbitten bearbeiten").locator("a.md-search-result__link")
    link.first.click()
    page.wait_for_url(re.compile(r"^file://.*/phone/rueckrufbitten-bearbeiten\.html"))
    assert page.locator(".sop-card .sop-card__metric").is_visible()


def test_listings_and_the_location_picker_work_from_disk(disk_page, offline_site) -> None:  # type: ignore[no-untyped-def]
    site, _ = offline_site
    page = disk_page
    page.goto((site / "catalogue.html").as_uri())
    page.get_by_role("link", name="Process refund requests by email").click()
    page.wait_for_url(re.compile(r"/email/refund-request-emails\.html$"))
    picker = page.locator("select.sop-picker")
    picker.wait_for(state="visible")
    picker.select_option("amsterdam")
    page.wait_for_url(re.compile(r"/locations/amsterdam/refund-request-emails\.html$"))
    assert page.locator("details.sop-local").is_visible()
    page.locator("select.sop-picker").select_option("")  # all locations: the standard
    page.wait_for_url(re.compile(r"/email/refund-request-emails\.html$"))


def test_material_search_counts_what_the_filters_leave(disk_page, offline_site) -> None:  # type: ignore[no-untyped-def]
    """Material's own search: the page's filters hide results and correct the count line."""
    site, _ = offline_site
    page = disk_page
    page.goto((site / "index.html").as_uri())
    box = page.locator("[data-md-component=search-query]")
    box.click()
    box.press_sequentially("refund", delay=20)
    results = page.locator(RESULTS)
    results.first.wait_for(state="visible", timeout=10_000)
    meta = page.locator(".md-search-result__meta")
    before = meta.inner_text()
    page.locator(".sop-filter-touchpoint").select_option("letter")
    shown = [i for i in results.all() if i.is_visible()]
    assert shown == [] and meta.inner_text() == "No matching documents"
    page.locator(".sop-filter-touchpoint").select_option("email")
    shown = [i for i in results.all() if i.is_visible()]
    assert shown and all("Email" in i.locator(".md-tag").all_inner_texts() for i in shown)
    expected = f"{len(shown)} matching document" + ("" if len(shown) == 1 else "s")
    assert meta.inner_text() == expected
    page.locator(".sop-filter-touchpoint").select_option("")
    assert meta.inner_text() == before
