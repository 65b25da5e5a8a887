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


def changed(page, action) -> None:  # type: ignore[no-untyped-def]
    """Do ``action``, then wait until the search's output changed and stopped changing."""
    before = page.locator(".md-search__output").inner_html()
    action()
    page.wait_for_function(
        """before => {
          const html = document.querySelector('.md-search__output').innerHTML;
          const now = performance.now();
          if (html === before) { return false; }
          if (window.__out !== html) { window.__out = html; window.__outAt = now; }
          return now - window.__outAt > 500;
        }""",
        arg=before, polling=100, timeout=10_000,
    )  # fmt: skip


def shown(page) -> tuple[list[object], str]:  # type: ignore[no-untyped-def]
    """The visible results and Material's count line."""
    items = [i for i in page.locator(".md-search-result__item").all() if i.is_visible()]
    return items, page.locator(".md-search-result__meta").inner_text()


def test_search_results_narrow_by_location_and_touchpoint(page, site_url) -> None:  # type: ignore[no-untyped-def]
    pick(page, site_url, "london")
    search(page, site_url, "greet")
    bar = page.locator(".sop-search-filters")
    assert bar.locator(".sop-filter-location").input_value() == "london"
    changed(page, lambda: bar.locator(".sop-filter-touchpoint").select_option("chat"))
    items, count = shown(page)
    assert items, "chat results stay visible"
    for item in items:
        assert {"Chat"} & set(item.locator(".md-tag").all_inner_texts())
    # Material counts what is shown: the filters apply before it counts
    assert re.match(rf"{len(items)} matching documents?$", count), count
    changed(page, lambda: bar.locator(".sop-filter-touchpoint").select_option("in-person"))
    items, count = shown(page)
    assert any("Greet store visitors" in item.locator("h1").inner_text() for item in items)
    assert re.match(rf"{len(items)} matching documents?$", count), count


def test_a_touchpoint_without_matches_says_so(page, site_url) -> None:  # type: ignore[no-untyped-def]
    search(page, site_url, "refund")
    changed(page, lambda: page.locator(".sop-filter-touchpoint").select_option("letter"))
    items, count = shown(page)
    assert items == [] and count == "No matching documents"


def test_a_picked_location_leaves_out_sops_for_other_locations(page, site_url) -> None:  # type: ignore[no-untyped-def]
    """ "Greet store visitors" applies in London and Manchester only."""
    pick(page, site_url, "berlin")
    search(page, site_url, "greet store")
    titles = [item.locator("h1").inner_text() for item in shown(page)[0]]
    assert "Greet store visitors" not in titles
    page.goto(site_url + "catalogue/")
    page.locator("select.sop-picker").wait_for(state="visible")
    assert not page.locator("tr", has_text="Greet store visitors").is_visible()
    assert page.locator("tr", has_text="Answer inbound calls").is_visible()
    page.goto(site_url + "in-person/greet-store-visitors/")
    note = page.locator(".sop-card__not-here")
    note.wait_for(state="visible")
    assert "Does not apply at Berlin" in note.inner_text()
    assert (
        "London Oxford Street, Manchester Arndale" in page.locator(".sop-card__only").inner_text()
    )
    page.locator("select.sop-picker").select_option("manchester")
    assert page.locator(".sop-card__not-here").count() == 0
    page.goto(site_url + "catalogue/")
    page.locator("select.sop-picker").wait_for(state="visible")
    assert page.locator("tr", has_text="Greet store visitors").is_visible()


def test_the_search_filters_show_only_with_the_search(browser, site_url) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    try:
        page.goto(site_url + "email/refund-request-emails/")
        bar = page.locator(".sop-search-filters")
        bar.wait_for(state="attached")
        assert not bar.is_visible()
        tag = page.evaluate("document.elementFromPoint(1100, 100).closest('.sop-search-filters')")
        assert tag is None
        page.locator("[data-md-component=search-query]").click()
        page.keyboard.type("refund")
        bar.wait_for(state="visible")
    finally:
        context.close()


def test_location_page_lists_its_deviations(page, site_url) -> None:  # type: ignore[no-untyped-def]
    page.goto(site_url + "locations/london/")
    article = page.locator("article")
    assert "Local differences (1)" in article.inner_text()
    assert "Greet store visitors" in article.inner_text()
    page.goto(site_url + "catalogue/")
    row = page.locator("tr", has_text="Process refund requests by email")
    assert "Amsterdam Kalverstraat: within 7 working days" in row.inner_text()


def _focused(page, selector: str) -> bool:  # type: ignore[no-untyped-def]
    return bool(page.evaluate("s => !!document.activeElement?.matches(s)", selector))


def test_the_search_filters_work_with_the_keyboard(browser, site_url) -> None:  # type: ignore[no-untyped-def]
    """Material closes the search on Tab and takes the arrow keys: the filters could not
    be reached from the query field or changed with keys (WCAG 2.1.1)."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-GB")
    page = context.new_page()
    try:
        page.goto(site_url + "catalogue/")
        page.locator(".sop-search-filters").wait_for(state="attached")
        page.keyboard.press("/")  # Material's shortcut to the search
        query = page.locator("[data-md-component=search-query]")
        assert query.evaluate("element => element === document.activeElement")
        query.press_sequentially("refund", delay=20)
        page.locator(".md-search-result__item").first.wait_for(state="visible")
        page.keyboard.press("Tab")
        assert _focused(page, ".sop-filter-location")
        page.keyboard.press("ArrowDown")
        assert _focused(page, ".sop-filter-location")  # not the first result
        assert page.locator(".sop-filter-location").input_value() != ""
        page.keyboard.press("Tab")
        assert _focused(page, ".sop-filter-touchpoint")
        assert page.locator("[data-md-toggle=search]").is_checked()  # the search stays open
        page.keyboard.press("Shift+Tab")
        assert _focused(page, ".sop-filter-location")
    finally:
        context.close()


def test_arrow_keys_on_the_picker_do_not_leave_the_page(browser, site_url) -> None:  # type: ignore[no-untyped-def]
    """Stepping through the locations with the arrows changed page on the first one
    (WCAG 3.2.2): a choice made with keys takes effect on Enter."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-GB")
    page = context.new_page()
    try:
        url = site_url + "in-person/greet-store-visitors/"
        page.goto(url)
        picker = page.locator("select.sop-picker")
        picker.wait_for(state="visible")
        picker.focus()
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowDown")
        page.wait_for_timeout(300)
        assert page.url == url
        stepped = picker.input_value()
        assert stepped != ""
        picker.evaluate("select => select.blur()")  # leaving without Enter: the shown one back
        assert picker.input_value() == ""
        assert page.evaluate("localStorage.getItem('sopkit.location')") in (None, "")
        picker.focus()
        page.keyboard.press("ArrowDown")
        chosen = picker.input_value()
        page.keyboard.press("Enter")  # London has its own version of this SOP
        page.wait_for_url(re.compile(rf"/locations/{chosen}/greet-store-visitors/$"))
        assert page.evaluate("localStorage.getItem('sopkit.location')") == chosen
    finally:
        context.close()


def test_the_catalogue_minutes_follow_the_picked_location(page, site_url) -> None:  # type: ignore[no-untyped-def]
    """The timeframe showed Amsterdam's 7 working days beside the standard's 2,400 minutes,
    and sorting by minutes ordered Amsterdam's rows by the standard."""
    pick(page, site_url, "amsterdam")
    page.goto(site_url + "catalogue/")
    page.locator("select.sop-picker").wait_for(state="visible")
    row = page.locator("tr", has_text="Process refund requests by email")
    assert row.locator(".sop-timeframe").inner_text() == "within 7 working days"
    assert row.locator(".sop-minutes").inner_text() == "3,360"
    page.locator("select.sop-picker").select_option("berlin")
    assert row.locator(".sop-minutes").inner_text() == "2,400"


def test_a_long_location_name_ends_in_an_ellipsis_on_a_phone(page, site_url) -> None:  # type: ignore[no-untyped-def]
    """At 390 px the picker showed "Amsterdam Kalverstr", cut mid-word."""
    pick(page, site_url, "amsterdam")
    picker = page.locator("select.sop-picker")
    style = picker.evaluate(
        "e => [getComputedStyle(e).textOverflow, getComputedStyle(e).whiteSpace]"
    )
    assert style == ["ellipsis", "nowrap"]  # where the name is cut, "…" says so
