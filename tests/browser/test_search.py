"""Search finds what staff type, in English, German and Dutch (sopkit's Pagefind engine).

Each test types into the search box of the sample knowledge base (built once for the
session by conftest.py) and reads the result list once it has stopped changing.
"""

from __future__ import annotations

import re

import pytest

from tests.browser.kb import type_search, watch_search_answers

RESULTS = "[data-md-component=search-result] .md-search-result__item"


def settled(page, site_url: str, query: str, location: str = ""):  # type: ignore[no-untyped-def]
    """Type the query like a user; the visible results of its own answer."""
    if location:
        page.add_init_script(f"localStorage.setItem('sopkit.location', '{location}')")
    watch_search_answers(page)
    page.goto(site_url)
    page.locator("label.md-header__button[for=__search]").click()
    box = page.locator("[data-md-component=search-query]")
    box.wait_for(state="visible")
    assert box.evaluate("element => element === document.activeElement")
    type_search(page, query)
    # One snapshot in the page: read item by item, a list Material renders again (as it
    # can on a loaded machine) loses an item between two reads.
    found = page.evaluate(
        """(selector) => [...document.querySelectorAll(selector)]
          .filter((item) => item.checkVisibility())
          .map((item) => [item.querySelector('h1')?.innerText ?? '',
                          item.querySelector('a.md-search-result__link')?.getAttribute('href')])""",
        RESULTS,
    )
    return [(title, href) for title, href in found]


@pytest.mark.parametrize(
    ("query", "title"),
    [
        # one letter missing, wrong, swapped, in words of five letters or more
        ("refnd", "Process refund requests by email"),
        ("calback requests", "Handle callback requests"),
        ("Wideruf", "Widerruf per E-Mail bearbeiten"),
        ("retourverzeok", "Retourverzoek per e-mail afhandelen"),
        # compounds: a part finds the whole, the whole finds its inflected forms
        ("Rückruf", "Rückrufbitten bearbeiten"),
        ("klachtbrieven", "Klachtbrief beantwoorden"),
        ("Transkripte", "Chat-Transkript versenden"),
        # separable verbs: "terugbellen" finds "Bel de klant terug" and "terugbelmoment"
        ("terugbellen", "Telefonische klacht afhandelen"),
        ("weiterleiten", "Direktnachrichten in sozialen Netzwerken beantworten"),
        # numbers with units
        ("20 seconds", "Answer inbound calls"),
        ("4 Stunden", "Rückrufbitten bearbeiten"),
        ("2 uur", "Openbare klachten op sociale media beantwoorden"),
        # function words are left out of the query ("an", "der")
        ("Rücknahme an der Kasse", "Rücknahme an der Kasse"),
    ],
)
def test_the_right_sop_comes_first(page, site_url, query: str, title: str) -> None:  # type: ignore[no-untyped-def]
    results = settled(page, site_url, query)
    assert results, f"nothing found for {query!r}"
    assert results[0][0] == title, results[:3]


@pytest.mark.parametrize(
    ("query", "title"),
    [("Filiaalmanager", "Wachtrij bij de kassa beheren"),
     ("Filialleitung", "Rücknahme an der Kasse")],
)  # fmt: skip
def test_an_sop_is_found_by_its_owner(page, site_url, query: str, title: str) -> None:  # type: ignore[no-untyped-def]
    """The owner is in the card's facts, which search leaves out of the result text."""
    results = settled(page, site_url, query)
    assert results and results[0][0] == title, results[:3]


def test_a_team_finds_its_sops_first(page, site_url) -> None:  # type: ignore[no-untyped-def]
    results = settled(page, site_url, "Contact Centre Lead")
    owned = {
        "Answer inbound calls", "Handle callback requests", "Transfer calls to a specialist team"
    }  # fmt: skip
    assert {title for title, _ in results[:3]} == owned, results[:5]


def test_sops_rank_above_the_home_page(page, site_url) -> None:  # type: ignore[no-untyped-def]
    results = settled(page, site_url, "customer service")
    assert results[0][1] and results[0][1].rstrip("/").split("?")[0] != site_url.rstrip("/")
    assert re.search(r"/(phone|email|chat|letter|social|in-person)/", results[0][1] or "")


def test_one_result_per_sop_and_the_standard_without_a_location(page, site_url) -> None:  # type: ignore[no-untyped-def]
    results = settled(page, site_url, "refund")
    titles = [title for title, _ in results]
    assert titles.count("Process refund requests by email") == 1
    assert "/email/refund-request-emails/" in (results[0][1] or "")


def test_with_a_location_picked_its_version_is_the_result(page, site_url) -> None:  # type: ignore[no-untyped-def]
    results = settled(page, site_url, "refund", location="amsterdam")
    titles = [title for title, _ in results]
    assert titles.count("Process refund requests by email") == 1
    assert "/locations/amsterdam/refund-request-emails/" in (results[0][1] or "")
    snippet = page.locator(RESULTS).first.inner_text()
    assert "7 working days" in snippet, snippet


def test_typing_a_location_name_finds_its_version(page, site_url) -> None:  # type: ignore[no-untyped-def]
    results = settled(page, site_url, "refund Amsterdam")
    assert "/locations/amsterdam/refund-request-emails/" in (results[0][1] or "")


def test_the_search_loads_no_whole_site_index(page, site_url) -> None:  # type: ignore[no-untyped-def]
    loaded: list[str] = []
    page.on("requestfinished", lambda request: loaded.append(request.url))
    settled(page, site_url, "callback")
    assert any("/pagefind/" in url for url in loaded)
    index = page.request.get(site_url + "search/search_index.json").json()
    assert index["docs"] == []  # Material's index is a stub: nothing downloads the whole text


@pytest.mark.parametrize("query", ["48 hours", "48 Stunden", "48 uur"])
def test_a_number_no_page_holds_finds_nothing(page, site_url, query: str) -> None:  # type: ignore[no-untyped-def]
    """No SOP says 48: pages with "4 hours" or "4 Stunden" are not a 48-hour rule."""
    page.goto(site_url)
    page.locator("label.md-header__button[for=__search]").click()
    box = page.locator("[data-md-component=search-query]")
    box.wait_for(state="visible")
    box.press_sequentially(query, delay=20)
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function(
        "() => document.querySelector('.md-search-result__meta').textContent.trim()"
        " === 'No matching documents'",
        timeout=10_000,
    )
    page.wait_for_timeout(600)  # and it stays so: no later answer brings results
    assert meta.inner_text() == "No matching documents"
    assert [i for i in page.locator(RESULTS).all() if i.is_visible()] == []


@pytest.mark.parametrize("query", ["Umtausch", "Reklamation"])
def test_a_word_that_begins_no_word_of_the_site_finds_nothing(page, site_url, query: str) -> None:  # type: ignore[no-untyped-def]
    """Pagefind searches such a word as the longest word of the site that begins it:
    "Umtausch" as "um" ("Bitten Sie um ..."), "Reklamation" as "re" ("Re-send"), and
    listed those pages."""
    assert settled(page, site_url, query) == []


def test_a_compound_of_two_words_of_the_site_finds_its_parts(page, site_url) -> None:  # type: ignore[no-untyped-def]
    """ "Rückerstattung" is on no page; "Rück" and "Erstattung" are: the refund SOP, not
    the callback SOP that Pagefind's "rück" alone gave."""
    titles = [title for title, _ in settled(page, site_url, "Rückerstattung")]
    assert titles[:1] == ["Widerruf per E-Mail bearbeiten"], titles
    assert "Rückrufbitten bearbeiten" not in titles


def test_words_on_different_pages_find_the_pages_of_each(page, site_url) -> None:  # type: ignore[no-untyped-def]
    """ "Telefonische Beschwerde" found nothing: no page holds both words, and "Beschwerde"
    alone finds the complaints SOP."""
    titles = [title for title, _ in settled(page, site_url, "Telefonische Beschwerde")]
    assert "Schriftliche Beschwerden beantworten" in titles
    assert "Telefonische klacht afhandelen" in titles


def test_a_number_with_a_unit_is_not_found_inside_another(page, site_url) -> None:  # type: ignore[no-untyped-def]
    """ "4 Stunden" listed the 24-hour SOP: its page holds a 4 elsewhere."""
    titles = [title for title, _ in settled(page, site_url, "4 Stunden")]
    assert titles[0] == "Rückrufbitten bearbeiten"
    assert "Online-Bewertungen beantworten" not in titles


def test_enter_right_after_typing_opens_the_first_result(page, site_url) -> None:  # type: ignore[no-untyped-def]
    """Enter before the engine answered (it waits a tenth of a second after the last
    key) was lost: the search stayed open with its result."""
    page.goto(site_url)
    page.locator("label.md-header__button[for=__search]").click()
    box = page.locator("[data-md-component=search-query]")
    box.wait_for(state="visible")
    box.press_sequentially("Widerruf", delay=30)
    page.keyboard.press("Enter")
    page.wait_for_url("**/email/widerruf-per-e-mail/**", timeout=5_000)


def test_enter_on_no_results_opens_nothing_when_a_filter_changes(page, site_url) -> None:  # type: ignore[no-untyped-def]
    """An Enter on an answer of no results waited, and the first result of the next list
    (after the reader widened the filter) opened: a page the reader never picked."""
    page.goto(site_url)
    page.locator("label.md-header__button[for=__search]").click()
    box = page.locator("[data-md-component=search-query]")
    box.wait_for(state="visible")
    page.locator("select.sop-filter-touchpoint").select_option("letter")
    box.click()
    box.press_sequentially("chat", delay=30)
    page.wait_for_function(
        "() => document.querySelector('.md-search-result__meta').textContent.trim()"
        " === 'No matching documents'",
        timeout=10_000,
    )
    page.keyboard.press("Enter")
    page.locator("select.sop-filter-touchpoint").select_option("")
    page.wait_for_timeout(1_200)
    assert page.url.rstrip("/") == site_url.rstrip("/"), page.url


@pytest.mark.parametrize(
    ("query", "href"), [("Berlin", "locations/berlin/"), ("Kalverstraat", "locations/amsterdam/")]
)
def test_a_location_s_name_finds_its_page(page, site_url, query: str, href: str) -> None:  # type: ignore[no-untyped-def]
    """Location pages were left out of search: "Berlin" found nothing, though its page
    lists the standards that hold there. They are searched by name, hours and contact,
    not by the titles they list."""
    pages = [url.split("?")[0].removeprefix(site_url) for _, url in settled(page, site_url, query)]
    assert href in pages[:3], pages


def test_a_result_does_not_repeat_its_tags_as_text(page, site_url) -> None:  # type: ignore[no-untyped-def]
    """The tags show as chips; as the result's sentence they said "Brief brief klacht."."""
    results = settled(page, site_url, "klacht")
    assert results
    for item in [i for i in page.locator(RESULTS).all() if i.is_visible()]:
        tags = " ".join(item.locator(".md-tag").all_inner_texts()).lower()
        for text in item.locator("article p").all_inner_texts():
            assert text.strip().rstrip(".").lower() != tags, (text, tags)
