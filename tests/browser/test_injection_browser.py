"""The payload site in Chromium: no page type opens a dialog or holds an injected element.

The site is the one of tests/site/test_injection.py: every field of the SOPs, of
``locations.yml``, the file names and the commit carry ``alert()`` payloads; it is
built with ``raw_html: false``, so that no HTML of the SOP bodies' own may render either. Each page
type is loaded (and searched, and redirected through the 404 page); any dialog or
any element with an event handler attribute or a ``javascript:`` URL fails the test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import quote

import pytest

from tests.browser.conftest import _require_chromium
from tests.browser.kb import serve
from tests.browser.test_site import search
from tests.site.test_injection import HOSTILE_NAME, SCHEME_NAME, build, payload, write_project

#: Elements a payload would have made: event handlers, script URLs, ``<img src=x>``.
INJECTED = """() => {
  const found = [];
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      const value = attr.value.replace(/\\s/g, "").toLowerCase();
      if (attr.name.startsWith("on") ||
          (["href", "src", "action", "formaction"].includes(attr.name) &&
           value.startsWith("javascript:"))) {
        found.push(`${el.tagName} ${attr.name}=${attr.value}`);
      }
    }
  }
  for (const img of document.querySelectorAll('img[src="x"]')) { found.push("img src=x"); }
  return found;
}"""


@pytest.fixture(scope="module")
def payload_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The payload site, built and served like GitHub Pages (404.html for missing paths)."""
    _require_chromium()
    # raw_html: false, so that the SOP bodies (their local sections and the variant
    # steps written into them) are text too: with MkDocs' default they are HTML.
    root = write_project(tmp_path_factory.mktemp("payload") / "kb", plugin={"raw_html": False})
    build(root)
    with serve(root / "site") as url:
        yield url


@pytest.fixture
def dialogs(page) -> list[str]:  # type: ignore[no-untyped-def]
    """Every dialog the page opens (each is dismissed)."""
    seen: list[str] = []

    def record(dialog) -> None:  # type: ignore[no-untyped-def]
        seen.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", record)
    return seen


def settle(page) -> list[str]:  # type: ignore[no-untyped-def]
    """Let scripts run (search, location picker), then list injected elements."""
    page.wait_for_load_state("load")
    page.wait_for_timeout(400)
    return page.evaluate(INJECTED)


PAGES = [
    "phone/pay/",
    "locations/xloc/pay/",
    f"locations/xloc/{quote(HOSTILE_NAME)}/",
    "locations/",
    "locations/xloc/",
    "locations/yloc/",
    "changes/",
    "reviews/",
    "catalogue/",
    "touchpoints/phone/",
    "touchpoints/",
    "owners/",
    f"email/{quote(HOSTILE_NAME)}/",
    f"chat/{quote(SCHEME_NAME)}/",
    "conflicts/",
    "",
]


@pytest.mark.parametrize("path", PAGES)
def test_page_runs_no_payload(page, dialogs, payload_url: str, path: str) -> None:  # type: ignore[no-untyped-def]
    response = page.goto(payload_url + path)
    assert response is not None and response.status == 200, path
    assert settle(page) == []
    assert dialogs == []


def test_owner_pages_run_no_payload(page, dialogs, payload_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(payload_url + "owners/")
    links = page.locator("article a[href]")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert len(hrefs) >= 2
    for href in hrefs:
        page.goto(payload_url + "owners/" + (href or ""))
        assert settle(page) == [], href
    assert dialogs == []


def test_location_name_is_shown_as_text(page, dialogs, payload_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(payload_url + "locations/xloc/")
    heading = page.locator("article h1").inner_text()
    assert heading.rstrip("¶").strip() == payload("locname")
    assert page.title().startswith(payload("locname"))
    assert dialogs == []


def test_404_redirect_follows_a_scheme_like_file_name_on_this_site(
    page, dialogs, payload_url: str
) -> None:  # type: ignore[no-untyped-def]
    page.goto(payload_url + f"locations/yloc/{quote(SCHEME_NAME)}/")
    page.wait_for_url(re.compile(r"/chat/javascript%3A"), timeout=10_000)
    assert page.url.startswith(payload_url)
    assert page.locator("article h1").first.inner_text().rstrip("¶").strip() == "Chat refunds"
    assert settle(page) == [] and dialogs == []


def test_404_redirect_never_follows_a_script_url(page, dialogs, payload_url: str) -> None:  # type: ignore[no-untyped-def]
    """Even a tampered SOP map (URLs not encoded) cannot send the reader to javascript:."""
    tampered = '{"x":{"url":"javascript:alert(\'map\')//","locations":["xloc"]},' \
               '"y":{"url":"//evil.example/","locations":["xloc"]}}'  # fmt: skip
    page.route("**/assets/sopkit-sops.json", lambda route: route.fulfill(
        status=200, content_type="application/json", body=tampered))  # fmt: skip
    for sop in ("x", "y"):
        page.goto(payload_url + f"locations/xloc/{sop}/")
        settle(page)
        page.wait_for_timeout(300)
        assert page.url == payload_url + f"locations/xloc/{sop}/"
    assert dialogs == []


def test_picked_location_leads_to_the_local_version_without_payloads(
    page, dialogs, payload_url: str
) -> None:  # type: ignore[no-untyped-def]
    page.goto(payload_url)
    page.evaluate("() => localStorage.setItem('sopkit.location', 'xloc')")
    page.goto(payload_url + "phone/pay/")
    page.wait_for_url(re.compile(r"/locations/xloc/pay/$"), timeout=10_000)
    assert settle(page) == []
    picker = page.locator("select.sop-picker")
    picker.wait_for(state="visible")
    names = picker.locator("option").all_inner_texts()
    assert payload("locname") in names
    assert dialogs == []


def test_search_results_show_payload_titles_and_tags_as_text(
    page, dialogs, payload_url: str
) -> None:  # type: ignore[no-untyped-def]
    # With the payload location picked, its versions are the results, with its name as a
    # tag (one result per SOP: without a location, the standard's).
    page.goto(payload_url)
    page.evaluate("localStorage.setItem('sopkit.location', 'xloc')")
    results = search(page, payload_url, "calls")
    results.first.wait_for(state="visible")
    page.wait_for_timeout(300)
    titles = [results.nth(i).locator("h1").inner_text() for i in range(results.count())]
    assert any(t.startswith(payload("title")) or t.startswith(payload("vtitle")) for t in titles)
    tags = page.locator(".md-search-result .md-tag").all_inner_texts()
    assert payload("locname") in [t.strip() for t in tags]
    assert page.evaluate(INJECTED) == []
    assert dialogs == []


def test_search_for_a_payload_word_runs_nothing(page, dialogs, payload_url: str) -> None:  # type: ignore[no-untyped-def]
    results = search(page, payload_url, "onerror")
    results.first.wait_for(state="visible")
    page.wait_for_timeout(300)
    assert page.evaluate(INJECTED) == []
    assert dialogs == []
