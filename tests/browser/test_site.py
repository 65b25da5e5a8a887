"""Staff search the published knowledge base on a phone and open the right SOP."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import ARTIFACTS
from tests.browser.kb import type_search, watch_search_answers

RESULTS = "[data-md-component=search-result] .md-search-result__item"


def search(page, site_url: str, query: str):  # type: ignore[no-untyped-def]
    """Open the site, focus the search box like a user, type the query, return the results."""
    watch_search_answers(page)
    page.goto(site_url)
    page.locator("label.md-header__button[for=__search]").click()
    box = page.locator("[data-md-component=search-query]")
    box.wait_for(state="visible")
    assert box.evaluate("element => element === document.activeElement")
    type_search(page, query)
    results = page.locator(RESULTS)
    return results


@pytest.mark.parametrize(
    ("query", "title", "url", "tag"),
    [
        ("callback", "Handle callback requests", "phone/handle-callback-requests/", "Phone"),
        # the touchpoint in the site's language (English here), whatever the SOP's: one
        # result list said "Telefon", "Telefoon" and "Phone"
        ("Rückrufbitte", "Rückrufbitten bearbeiten", "phone/rueckrufbitten-bearbeiten/", "Phone"),
        ("klachtbrieven", "Klachtbrief beantwoorden", "letter/klachtbrief-beantwoorden/", "Letter"),
        ("4 Stunden", "Rückrufbitten bearbeiten", "phone/rueckrufbitten-bearbeiten/", "Phone"),
    ],
)
def test_search_finds_and_opens_the_sop(page, site_url, query, title, url, tag) -> None:  # type: ignore[no-untyped-def]
    results = search(page, site_url, query)
    first = results.first
    assert first.locator("h1").inner_text() == title
    assert tag in first.locator(".md-tag").all_inner_texts()  # results show the touchpoint
    first.locator("a.md-search-result__link").first.click()
    page.wait_for_url(re.compile(re.escape(url)))
    card = page.locator(".sop-card")
    assert card.is_visible()
    assert card.locator(".sop-card__metric").inner_text().strip()


def test_search_finds_percentages(page, site_url) -> None:  # type: ignore[no-untyped-def]
    results = search(page, site_url, "90 %")
    titles = [results.nth(i).locator("h1").inner_text() for i in range(results.count())]
    assert "Schriftliche Beschwerden beantworten" in titles
    assert "Retourverzoek per e-mail afhandelen" in titles


def test_search_finds_seconds_in_german(page, site_url) -> None:  # type: ignore[no-untyped-def]
    results = search(page, site_url, "15 Minuten")
    assert results.first.locator("h1").inner_text() == "Chat-Transkript versenden"


def test_catalogue_lists_every_standard_and_sorts(page, site_url) -> None:  # type: ignore[no-untyped-def]
    page.goto(site_url + "catalogue/")
    # The sorting script marks the table once it has wired up the headings.
    page.wait_for_selector(".sop-sortable table[data-sop-sortable]")
    rows = page.locator(".sop-sortable table tbody tr")
    assert rows.count() == 25
    header = page.locator(".sop-sortable table thead th", has_text="Minutes")
    header.click()
    assert header.get_attribute("aria-sort") == "ascending"

    def minutes() -> list[float]:
        cells = page.locator(".sop-sortable table tbody tr td:nth-child(5)").all_inner_texts()
        return [float(c.replace(",", "").replace("≈", "")) for c in cells]

    ascending = minutes()
    assert ascending == sorted(ascending)
    assert ascending[0] < 1  # 20 seconds
    header.click()
    assert minutes() == sorted(ascending, reverse=True)
    page.locator(".sop-sortable table tbody tr").first.locator("a").click()
    card = page.locator(".sop-card")
    card.wait_for(state="visible")  # the click loads the page: is_visible() does not wait
    assert card.is_visible()


def test_sop_prints_as_a_checklist(page, site_url) -> None:  # type: ignore[no-untyped-def]
    page.goto(site_url + "phone/answer-inbound-calls/")
    page.emulate_media(media="print")
    assert not page.locator(".md-header").is_visible()
    assert page.locator(".sop-card").is_visible()
    marker = page.locator(".sop-body > ol > li").first.evaluate(
        "li => getComputedStyle(li, '::before').content"
    )
    assert "☐" in marker
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.pdf(path=str(ARTIFACTS / "answer-inbound-calls-print.pdf"))


def test_home_page_shows_the_knowledge_base_by_touchpoint(page, site_url) -> None:  # type: ignore[no-untyped-def]
    page.goto(site_url)
    tiles = page.locator("ul.sop-tiles")  # touchpoints as large tap targets
    assert tiles.locator("li").count() == 6
    tiles.locator("a", has_text="Letter").click()
    assert "Letter" in page.locator("h1").inner_text()
    assert page.locator("table tbody tr").count() == 4
