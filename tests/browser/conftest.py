"""The real site in a real browser: Debian's Chromium driven by Playwright.

The sample knowledge base is built once with `sopkit build`, served over HTTP on
127.0.0.1 (Material's search does not run from file:// URLs), and opened in
headless Chromium. Screenshots are kept in tests/artifacts/ for people to look at.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.kb import build, serve
from tests.conftest import REPO, require_tool

CHROMIUM = os.environ.get("SOPKIT_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = REPO / "tests" / "artifacts"


def _require_chromium() -> None:
    require_tool(Path(CHROMIUM).exists(), f"{CHROMIUM} not found: apt-get install chromium")


@pytest.fixture(scope="session")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Build the sample knowledge base and serve it on a free port of 127.0.0.1."""
    _require_chromium()
    with serve(build(tmp_path_factory.mktemp("kb"))) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One headless Chromium for the whole session."""
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--disable-background-networking", "--disable-component-update"],
        )  # fmt: skip
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object, request: pytest.FixtureRequest) -> Iterator[object]:
    """A fresh phone-sized page; a screenshot of it is kept after the test."""
    context = browser.new_context(viewport={"width": 412, "height": 915}, locale="en-GB")  # type: ignore[attr-defined]
    page = context.new_page()
    try:
        yield page
    finally:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.name).strip("_")
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)
        context.close()
