"""axe-core (tests/node, injected into the page) finds no serious or critical WCAG 2.2
A/AA violation on any kind of page, on a phone and on a desktop, nor after opening
search, sorting a table and picking a location."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.kb import (
    DESKTOP,
    PAGE_TYPES,
    PHONE,
    axe_violations,
    build,
    new_page,
    serve,
)  # fmt: skip

WIDTHS = pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390px", "1280px"])


@WIDTHS
def test_every_page_type_has_no_serious_violation(browser: Any, site_url: str, viewport) -> None:  # type: ignore[no-untyped-def]
    page = new_page(browser, viewport)
    found = []
    for kind, path in PAGE_TYPES.items():
        page.goto(site_url + path)
        page.wait_for_load_state("load")
        found += [f"{kind}: {line}" for line in axe_violations(page)]
    page.context.close()
    assert not found, "\n".join(found)


@WIDTHS
def test_no_serious_violation_after_search_sort_and_picking(
    browser: Any, site_url: str, viewport
) -> None:  # type: ignore[no-untyped-def]
    page = new_page(browser, viewport)
    found = []
    page.goto(site_url + "catalogue/")
    page.locator("th .sop-sort").nth(1).click()
    assert page.locator("th[aria-sort]").count() == 1
    found += [f"sorted: {line}" for line in axe_violations(page)]
    page.locator("select.sop-picker").select_option("amsterdam")
    found += [f"picked: {line}" for line in axe_violations(page)]
    page.goto(site_url)
    opener = page.locator("label.md-header__button[for=__search]")
    if opener.is_visible():  # a phone: the search button in the header
        opener.click()
    else:
        page.locator("[data-md-component=search-query]").click()
    page.locator("[data-md-component=search-query]").wait_for(state="visible")
    page.locator("[data-md-component=search-query]").press_sequentially("refund", delay=20)
    page.wait_for_timeout(800)
    found += [f"search open: {line}" for line in axe_violations(page)]
    page.context.close()
    assert not found, "\n".join(found)


def test_search_results_add_no_landmarks(browser: Any, site_url: str) -> None:
    """Material lists each result's tags in a <nav>: one unnamed navigation landmark per
    result (axe's landmark-unique, a moderate finding the test above does not count)."""
    page = new_page(browser, DESKTOP)
    page.goto(site_url + "?q=refund")
    page.locator(".md-search-result__item .md-tags").first.wait_for(state="attached")
    page.wait_for_timeout(300)
    axe_violations(page)  # injects axe-core
    found = page.evaluate(
        """() => axe.run(document, {runOnly: ['landmark-unique', 'landmark-no-duplicate-main',
                                               'region']})
            .then(r => r.violations.map(v => `${v.id} ${v.nodes.length}x`))"""
    )
    tags = page.locator(".md-search-result__item nav.md-tags:not([role=none])").count()
    page.context.close()
    assert found == [] and tags == 0, (found, tags)


def test_search_dialog_has_a_name(browser: Any, site_url: str) -> None:
    page = new_page(browser, PHONE)
    page.goto(site_url)
    dialog = page.locator(".md-search[role=dialog]")
    assert dialog.get_attribute("aria-label")
    page.context.close()


@WIDTHS
def test_skip_to_content_lands_on_the_sops_title(browser: Any, site_url: str, viewport) -> None:  # type: ignore[no-untyped-def]
    """The first Tab stop skips the header to the title, with the card right below it."""
    page = new_page(browser, viewport)
    page.goto(site_url + "phone/rueckrufbitten-bearbeiten/?standard")
    page.keyboard.press("Tab")
    skip = page.locator("a.md-skip")
    assert skip.evaluate("element => element === document.activeElement")
    page.keyboard.press("Enter")
    page.wait_for_url("**#sopkit-title")
    title = page.locator("h1#sopkit-title")
    assert title.inner_text() == "Rückrufbitten bearbeiten"
    top = title.evaluate("element => element.getBoundingClientRect().top")
    assert 0 <= top < page.viewport_size["height"] / 2  # type: ignore[index]
    assert page.locator(".sop-card").is_visible()
    # its contents list the SOP's German headings, declared German
    assert page.locator("ul[data-md-component=toc]").first.get_attribute("lang") == "de"
    page.context.close()


@pytest.fixture(scope="module")
def dark_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The sample with Material's dark scheme ("slate"), which a team may switch on."""
    site = build(
        tmp_path_factory.mktemp("dark"),
        {"    primary: indigo\n": "    scheme: slate\n    primary: indigo\n"},
    )
    with serve(site) as url:
        yield url


def test_the_dark_scheme_has_no_serious_violation(browser: Any, dark_site_url: str) -> None:
    """sopkit's fixed light-scheme colours read 1.4 to 2.7:1 on the dark card and results.

    Colours do not change with the width: one width (a phone's) keeps CI's time down.
    """
    page = new_page(browser, PHONE)
    found = []
    for kind, path in PAGE_TYPES.items():
        page.goto(dark_site_url + path)
        page.wait_for_load_state("load")
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
        found += [f"{kind}: {line}" for line in axe_violations(page)]
    page.goto(dark_site_url + "locations/amsterdam/refund-request-emails/")
    page.locator(".sop-card").evaluate("card => { card.open = true; }")
    found += [f"version: {line}" for line in axe_violations(page)]
    page.goto(dark_site_url + "?q=refund")
    page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=10_000)
    page.wait_for_timeout(500)
    found += [f"search open: {line}" for line in axe_violations(page)]
    page.context.close()
    assert not found, "\n".join(found)
