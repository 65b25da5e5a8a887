"""Location links where sites are hosted: under a sub-path (a GitHub Pages project
site, ``https://org.github.io/kb/``), with and without ``site_url``, served by a
server that shows the site's 404.html for a missing path (GitHub Pages, Netlify).
The 404 page's redirect finds the site root in the address, not in its own links."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.kb import PHONE, build, new_page, serve

SITE_URL = "site_name: Northwind Stores service standards\n"


@pytest.fixture(scope="module", params=["without site_url", "with site_url"])
def kb_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    replace = {}
    if request.param == "with site_url":
        replace = {SITE_URL: SITE_URL + "site_url: https://org.github.io/kb/\n"}
    site = build(tmp_path_factory.mktemp("subpath"), replace)
    with serve(site, "/kb/") as url:
        yield url


def test_location_url_without_a_page_leads_to_the_standard(browser: Any, kb_url: str) -> None:
    page = new_page(browser, PHONE)
    page.goto(kb_url + "locations/berlin/answer-inbound-calls/")
    page.wait_for_url(re.compile(r"/kb/phone/answer-inbound-calls/$"))
    card = page.locator(".sop-card")
    card.wait_for(state="visible")
    # styled: the site's stylesheet loaded from under /kb/
    assert card.evaluate("c => getComputedStyle(c).borderLeftWidth") != "0px"
    assert page.evaluate("localStorage.getItem('sopkit.location')") == "berlin"
    assert page.locator("select.sop-picker").input_value() == "berlin"
    page.context.close()


def test_location_version_and_the_standard_link(browser: Any, kb_url: str) -> None:
    page = new_page(browser, PHONE)
    page.goto(kb_url)
    page.locator("select.sop-picker").select_option("amsterdam")
    page.goto(kb_url + "email/refund-request-emails/")
    page.wait_for_url(re.compile(r"/kb/locations/amsterdam/refund-request-emails/$"))
    # the picker shows the location whose version this is
    assert page.locator("select.sop-picker").input_value() == "amsterdam"
    page.locator("details.sop-local > summary").click()
    page.locator("a.sop-standard-link").click()
    page.wait_for_url(re.compile(r"/kb/email/refund-request-emails/\?standard$"))
    page.wait_for_timeout(300)  # no redirect back to the location's version
    assert "/locations/" not in page.url
    assert page.locator(".sop-card__varies").inner_text().count("Amsterdam Kalverstraat") == 1
    page.context.close()


def test_a_missing_page_outside_locations_is_the_404_page(browser: Any, kb_url: str) -> None:
    page = new_page(browser, PHONE)
    response = page.goto(kb_url + "no/such/page/")
    assert response is not None and response.status == 404
    page.wait_for_timeout(300)
    assert page.url.endswith("/kb/no/such/page/")
    # styled and working, with or without site_url: assets, links and scripts from /kb/
    page.wait_for_function(
        "() => getComputedStyle(document.querySelector('.md-header')).position === 'sticky'"
    )
    assert page.evaluate("new URL(document.querySelector('a.md-logo').href).pathname") == "/kb/"
    page.locator(".md-search__input").wait_for(state="attached")
    page.wait_for_function("() => typeof window.sopkitLocations === 'object'")
    page.context.close()


def test_file_server_without_404_page_uses_redirect_files(tmp_path: Path, browser: Any) -> None:
    site = build(
        tmp_path / "kb",
        {"      short_name:": "      location_redirect_files: true\n      short_name:"},
    )
    (site / "404.html").unlink()  # a plain file server: no 404 page
    with serve(site, "/kb/") as url:
        page = new_page(browser, PHONE)
        page.goto(url + "locations/berlin/answer-inbound-calls/")
        page.wait_for_url(re.compile(r"/kb/phone/answer-inbound-calls/$"))
        assert page.locator(".sop-card").is_visible()
        page.context.close()
