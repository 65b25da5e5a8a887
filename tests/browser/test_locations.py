"""Staff pick their location once; search and pages then lead to their location's version."""

from __future__ import annotations

import re

from tests.browser.test_site import search


def pick(page, site_url: str, location: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(site_url)
    picker = page.locator("select.sop-picker")
    picker.wait_for(state="visible")
    picker.select_option(location)


def test_picked_location_leads_from_search_to_the_local_version(page, site_url) -> None:  # type: ignore[no-untyped-def]
    pick(page, site_url, "amsterdam")
    results = search(page, site_url, "refund requests")
    titles = [results.nth(i).locator("h1").inner_text() for i in range(results.count())]
    assert "Process refund requests by email" in titles
    results.filter(has_text="Process refund requests by email").first.locator(
        "a.md-search-result__link"
    ).first.click()
    # the result links to the version itself, with Material's "?h=" highlight terms
    page.wait_for_url(re.compile(r"/locations/amsterdam/refund-request-emails/(\?h=[^/]*)?$"))
    local = page.locator("details.sop-local")
    assert local.is_visible()
    local.evaluate("box => { box.open = true; }")  # closed on a phone: its title shows
    text = local.inner_text()
    assert "Amsterdam Kalverstraat: within 7 working days; standard: within 5 working days" in text
    assert page.locator("mark.sop-local").first.is_visible()  # the changed step, highlighted
    assert page.locator(".sop-card__location").inner_text().strip() == "📍 Amsterdam Kalverstraat"


def test_picker_remembers_the_location_on_reload(page, site_url) -> None:  # type: ignore[no-untyped-def]
    pick(page, site_url, "berlin")
    page.reload()
    picker = page.locator("select.sop-picker")
    picker.wait_for(state="visible")
    assert picker.input_value() == "berlin"
    page.goto(site_url + "catalogue/")
    page.locator("select.sop-picker").wait_for(state="visible")
    assert page.locator("select.sop-picker").input_value() == "berlin"


def test_location_without_a_difference_gets_the_standard(page, site_url) -> None:  # type: ignore[no-untyped-def]
    page.goto(site_url + "locations/berlin/answer-inbound-calls/")
    page.wait_for_url(re.compile(r"/phone/answer-inbound-calls/$"))
    assert page.locator(".sop-card").is_visible()
    assert page.evaluate("localStorage.getItem('sopkit.location')") == "berlin"


def test_search_results_narrow_by_location_and_touchpoint(page, site_url) -> None:  # type: ignore[no-untyped-def]
    pick(page, site_url, "london")
    results = search(page, site_url, "greet")
    bar = page.locator(".sop-search-filters")
    assert bar.locator(".sop-filter-location").input_value() == "london"
    bar.locator(".sop-filter-touchpoint").select_option("chat")
    visible = [results.nth(i) for i in range(results.count()) if results.nth(i).is_visible()]
    assert visible, "chat results stay visible"
    for item in visible:
        assert {"Chat"} & set(item.locator(".md-tag").all_inner_texts())
    bar.locator(".sop-filter-touchpoint").select_option("in-person")
    visible = [results.nth(i) for i in range(results.count()) if results.nth(i).is_visible()]
    assert any("Greet store visitors" in item.locator("h1").inner_text() for item in visible)


def test_location_page_lists_its_deviations(page, site_url) -> None:  # type: ignore[no-untyped-def]
    page.goto(site_url + "locations/london/")
    article = page.locator("article")
    assert "Local differences (1)" in article.inner_text()
    assert "Greet store visitors" in article.inner_text()
    page.goto(site_url + "catalogue/")
    row = page.locator("tr", has_text="Process refund requests by email")
    assert "Amsterdam Kalverstraat: within 7 working days" in row.inner_text()
