"""On a phone (390 x 844): nothing scrolls sideways, listings are one block per SOP,
the first step is on the first screen, tap targets are 44 x 44 px, and the header
shows the knowledge base's short name."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.kb import DESKTOP, PAGE_TYPES, PHONE, new_page

TAP = 44


@pytest.fixture(scope="module")
def phone(browser: Any) -> Any:
    page = new_page(browser, PHONE)
    yield page
    page.context.close()


def test_no_page_scrolls_sideways_and_no_table_is_wider_than_the_screen(phone, site_url) -> None:  # type: ignore[no-untyped-def]
    wide = []
    for kind, path in PAGE_TYPES.items():
        phone.goto(site_url + path)
        width = phone.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        if width[0] > width[1]:
            wide.append(f"{kind}: page {width[0]} px wide in {width[1]} px")
        tables = phone.evaluate(
            "Array.from(document.querySelectorAll('article table'))"
            ".map(t => Math.ceil(t.getBoundingClientRect().right))"
        )
        wide += [
            f"{kind}: a table ends at {right} px" for right in tables if right > PHONE["width"]
        ]
    assert not wide, "\n".join(wide)


def test_the_card_wraps_with_large_text(phone, site_url) -> None:  # type: ignore[no-untyped-def]
    """At 200% text (WCAG 1.4.4) the card's facts did not wrap: "within 20 secon" was cut
    off at the screen's edge and the page scrolled sideways (426 px on 390)."""
    wide = []
    for kind in ("sop", "sop-de", "location-version"):
        phone.goto(site_url + PAGE_TYPES[kind])
        phone.add_style_tag(content="html { font-size: 200% !important; }")
        card = phone.locator("details.sop-card").first
        if card.get_attribute("open") is None:
            card.locator("summary").click()
        right = phone.evaluate(
            "Math.max(...Array.from(document.querySelectorAll('.sop-card__fact'))"
            ".map(f => Math.ceil(f.getBoundingClientRect().right)))"
        )
        scroll = phone.evaluate("document.documentElement.scrollWidth")
        if right > PHONE["width"] or scroll > PHONE["width"]:
            wide.append(f"{kind}: a fact ends at {right} px, the page is {scroll} px wide")
    assert not wide, "\n".join(wide)


def test_the_home_search_box_shows_where_the_focus_is(phone, site_url) -> None:  # type: ignore[no-untyped-def]
    """Reached with Tab, the home page's own search box showed no focus, only the caret."""
    phone.goto(site_url)
    box = phone.locator("#sop-home-q")
    box.focus()
    phone.keyboard.press("Shift+Tab")
    phone.keyboard.press("Tab")
    style = box.evaluate(
        "e => [getComputedStyle(e).outlineStyle, getComputedStyle(e).outlineWidth]"
    )
    assert style[0] != "none" and style[1] != "0px", style


def test_without_javascript_the_home_page_offers_no_dead_search_box(browser, site_url) -> None:  # type: ignore[no-untyped-def]
    """Submitting it only reloaded the home page with ?q= and no results."""
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url)
    assert not page.locator("#sop-home-q").is_visible()
    assert page.locator("article h1").first.is_visible()  # the rest of the page is there
    context.close()
    scripted = new_page(browser, PHONE)
    scripted.goto(site_url)
    assert scripted.locator("#sop-home-q").is_visible()
    scripted.context.close()


def test_the_locations_index_fits_a_320_px_screen(browser, site_url) -> None:  # type: ignore[no-untyped-def]
    """It stayed a three-column table that scrolled sideways (351 px in 320)."""
    page = new_page(browser, {"width": 320, "height": 640})
    page.goto(site_url + PAGE_TYPES["locations"])
    widths = page.evaluate(
        "Array.from(document.querySelectorAll('article *'))"
        ".map(e => Math.ceil(e.getBoundingClientRect().right))"
    )
    assert max(widths) <= 320
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.context.close()


def test_listings_are_one_block_per_sop(phone, site_url) -> None:  # type: ignore[no-untyped-def]
    phone.goto(site_url + "catalogue/")
    row = phone.locator("tbody tr", has_text="Process refund requests by email")
    assert row.evaluate("r => getComputedStyle(r).display") == "block"
    text = row.inner_text()
    # every cell labelled, the local difference on the screen, not in an 8th column
    labels = row.evaluate(
        "r => Array.from(r.cells).map(c => getComputedStyle(c, '::before').content)"
    )
    assert '"Timeframe: "' in labels
    assert "Amsterdam Kalverstraat: within 7 working days" in text
    box = row.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]


def test_first_step_is_on_the_first_screen(phone, site_url) -> None:  # type: ignore[no-untyped-def]
    for path in (PAGE_TYPES["sop"], PAGE_TYPES["sop-de"], PAGE_TYPES["location-version"]):
        phone.goto(site_url + path)
        step = phone.locator(".sop-body ol > li").first
        box = step.bounding_box()
        assert box is not None and box["y"] + 20 <= PHONE["height"], (path, box)
        # the compact card still says the standard: metric, target and timeframe
        summary = phone.locator(".sop-card > summary")
        assert summary.locator(".sop-card__metric").is_visible()
        assert summary.locator(".sop-card__glance").is_visible()
    # the card opens with a tap and shows the owner
    phone.goto(site_url + PAGE_TYPES["sop"])
    phone.locator(".sop-card > summary").click()
    assert phone.locator(".sop-card__facts").is_visible()


def test_card_is_open_on_a_desktop(browser, site_url) -> None:  # type: ignore[no-untyped-def]
    page = new_page(browser, DESKTOP)
    page.goto(site_url + PAGE_TYPES["sop"])
    assert page.locator(".sop-card__facts").is_visible()
    page.context.close()


def _too_small(page: Any, selector: str) -> list[str]:
    boxes = page.evaluate(
        "s => Array.from(document.querySelectorAll(s)).filter(e => e.offsetParent !== null)"
        ".map(e => { const r = e.getBoundingClientRect();"
        " return [e.textContent.trim().slice(0, 30), r.width, r.height]; })",
        selector,
    )
    assert boxes, f"nothing matches {selector}"
    return [f"{selector} '{t}': {w:.0f}x{h:.0f}" for t, w, h in boxes if w < TAP or h < TAP]


def test_tap_targets_are_44_px(phone, site_url) -> None:  # type: ignore[no-untyped-def]
    small = []
    phone.goto(site_url)
    for selector in ("select.sop-picker", ".sop-tiles a", ".sop-home-search input",
                     ".sop-home-search button"):  # fmt: skip
        small += _too_small(phone, selector)
    phone.goto(site_url + "catalogue/")
    small += _too_small(phone, "th .sop-sort")
    phone.goto(site_url + PAGE_TYPES["sop"])
    small += _too_small(phone, ".sop-card > summary")
    phone.goto(site_url + "touchpoints/")
    small += _too_small(phone, ".sop-tiles a")
    phone.goto(site_url + "?q=refund")
    phone.locator(".sop-search-filters select").first.wait_for(state="visible")
    small += _too_small(phone, ".sop-search-filters select")
    assert not small, "\n".join(small)


def test_header_shows_the_short_name(phone, site_url) -> None:  # type: ignore[no-untyped-def]
    phone.goto(site_url + PAGE_TYPES["sop"])
    short = phone.locator(".md-header__topic .sop-short-name").first
    assert short.is_visible() and short.inner_text() == "Northwind"
    assert short.evaluate("e => e.scrollWidth <= e.clientWidth + 1")
    box = short.bounding_box()
    assert box["x"] + box["width"] <= PHONE["width"]
    # the picker in the header fits beside it
    picker = phone.locator("select.sop-picker").bounding_box()
    assert (
        picker["x"] + picker["width"] <= PHONE["width"] and picker["x"] >= box["x"] + box["width"]
    )


def test_listings_fit_a_desktop_screen_without_scrolling_sideways(browser, site_url) -> None:  # type: ignore[no-untyped-def]
    """At 1280 px the catalogue's seven columns fit: it has no table of contents, so
    its column is not kept free (the table was 919 px in a 720 px box, cut mid-word)."""
    page = new_page(browser, DESKTOP)
    wide = []
    for path in ("catalogue/", "touchpoints/phone/", "reviews/", "conflicts/"):
        page.goto(site_url + path)
        for table in page.locator("article .sop-blocks table").all():
            widths = table.evaluate(
                "t => [t.scrollWidth, (t.closest('.md-typeset__scrollwrap') || t.parentElement)"
                ".clientWidth]"
            )
            if widths[0] > widths[1]:
                wide.append(f"{path}: a table {widths[0]} px wide in {widths[1]} px")
    page.context.close()
    assert not wide, "\n".join(wide)
