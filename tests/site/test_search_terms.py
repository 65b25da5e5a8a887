"""The hidden search terms sopkit adds to each page at index time (sopkit.site.search)."""

from __future__ import annotations

import pytest
from mkdocs.structure.files import File

from sopkit.site.location_pages import page_url
from sopkit.site.search import (
    TERM_MAX,
    PageFacts,
    SearchRecord,
    common_words,
    compound_parts,
    deletions,
    dropped_words,
    index_terms,
    numbers_with_units,
    participle,
    record_html,
    records,
    separable_verbs,
    vocabulary,
)


def test_deletions_cover_one_letter_missing_in_words_of_five_letters_or_more() -> None:
    assert deletions("refund") == ["efund", "rfund", "reund", "refnd", "refud", "refun"]
    assert deletions("call") == []  # short words: too many neighbours
    assert deletions("12345") == []
    assert deletions("street").count("stret") == 1  # a doubled letter gives one variant
    # a digit is never left out: "24stunden" gave "4stunden", and "4 Stunden" found it
    assert "4stunden" not in deletions("24stunden") and "24stnden" in deletions("24stunden")


def test_compounds_split_where_a_part_is_a_known_word() -> None:
    known = vocabulary(["Bitte um einen Rückruf", "een vast moment"])
    assert compound_parts("rückrufbitte", known) == ("rückruf", "bitte")
    assert "moment" in compound_parts("terugbelmoment", known)
    assert "terugbel" in compound_parts("terugbelmoment", known)
    assert compound_parts("kasse", known) == ()  # too short to split


def test_compound_heads_lose_their_linking_letters() -> None:
    known = vocabulary(["Beschwerde", "Stelle"])
    assert "beschwerde" in compound_parts("beschwerdenstelle", known)


def test_separable_verbs_join_their_particle() -> None:
    assert "terugbel" in separable_verbs("Bel de klant terug op het afgesproken moment.", "nl")
    assert "zurückrufen" in separable_verbs("Rufen Sie die Kundin zurück.", "de")
    assert separable_verbs("Call the customer back.", "en") == []
    # the particle first in its clause is a preposition, not a separated particle
    assert separable_verbs("Op maandag belt de klant.", "nl") == []
    # a preposition is no particle: "um 9 Uhr" joined "um" to every word of its clause
    assert separable_verbs("Öffnen Sie das Dashboard täglich um 9 Uhr.", "de") == []
    assert separable_verbs("Leiten Sie die Mail an das Team weiter.", "de") == [
        "weiterleiten", "weitermail", "weiterteam",
    ]  # fmt: skip
    assert participle("weitergeleitet", "de") == "weiterleitet"
    assert participle("teruggebeld", "nl") == "terugbeld"
    assert participle("gesprek", "nl") is None


def test_numbers_are_joined_to_their_units() -> None:
    assert numbers_with_units("binnen 4 uur, 95 % der Anrufe in 20 Sekunden") == [
        "4uur", "95%", "20sekunden"
    ]  # fmt: skip


def test_index_terms_hold_joined_words_parts_and_typo_variants() -> None:
    text = "Rückrufbitten innerhalb von 4 Stunden. Chat-Transkript versenden."
    terms = index_terms(text, "de", vocabulary([text, "Bitten"]))
    assert "chattranskript" in terms
    assert "bitten" in terms
    assert "4stunden" in terms
    assert "rückrufbiten" in terms  # a typo variant
    assert "innerhalb" not in terms  # words of the text itself are not repeated


def test_records_join_sections_and_keep_facts() -> None:
    index = {
        "docs": [
            {
                "location": "phone/a/",
                "title": "A &amp; B",
                "text": "<p>Call back</p>",
                "tags": ["Phone"],
            },
            {"location": "phone/a/#steps", "title": "Steps", "text": "<ol><li>Ring</li></ol>"},
            {"location": "", "title": "Home", "text": "<p>Welcome</p>"},
        ]
    }
    facts = {"phone/a/": PageFacts(lang="en", sop="a", touchpoint="phone")}
    found = records(index, facts)
    assert [r.url for r in found] == ["phone/a/", ""]
    assert found[0].title == "A & B"
    assert "Call back" in found[0].text and "Steps. Ring" in found[0].text
    assert found[0].kind == "sop" and found[1].kind == "page"


def test_record_html_escapes_and_carries_metadata() -> None:
    facts = PageFacts(lang="en", sop="x", location="berlin")
    record = SearchRecord(url="x/", title='<img src=x onerror="1">', text="a < b", facts=facts)
    markup = record_html(record, frozenset())
    assert "<img" not in markup
    assert 'data-pagefind-meta="loc:berlin"' in markup
    assert 'data-pagefind-meta="kind:sop"' in markup


def test_a_very_long_word_gets_no_terms() -> None:
    """Typo variants and compound splits cost the square of a word's length: a title of
    20,000 letters took 18 s and 2.5 GB to build. Words over TERM_MAX letters get none."""
    long_word = "abcdefghij" * 2_000
    assert deletions(long_word) == []
    assert compound_parts(long_word, frozenset({"abcdefghij"})) == ()
    chained = "-".join(["rückruf"] * 5_000)
    terms = index_terms(f"{long_word} {chained} Rückrufbitte", "de", frozenset({"bitte"}))
    assert "bitte" in terms  # the ordinary words still get theirs
    assert all(len(term) <= TERM_MAX for term in terms)


def test_an_sop_is_found_by_its_owner() -> None:
    """The card's facts are left out of the result text; the owner's name is indexed."""
    facts = PageFacts(lang="en", sop="x", owner="Contact Centre Lead")
    record = SearchRecord(url="x/", title="Answer calls", text="Pick up.", facts=facts)
    weighted = record_html(record, frozenset()).split('data-pagefind-weight="2">')[1]
    assert "Contact" in weighted and "Centre" in weighted and "Lead" in weighted
    without = record_html(
        SearchRecord(url="x/", title="Answer calls", text="Pick up.", facts=PageFacts("en", "x")),
        frozenset(),
    )
    assert "Centre" not in without


def _pages(lang: str, texts: list[str]) -> list[SearchRecord]:
    facts = PageFacts(lang=lang, sop="x")
    return [
        SearchRecord(url=f"{lang}{i}/", title="T", text=t, facts=facts) for i, t in enumerate(texts)
    ]


def test_words_on_most_pages_of_a_large_language_are_common() -> None:
    texts = ["within 4 hours refund", "within 2 days callback", "within 1 week letter"]
    many = _pages("en", texts * 20)
    assert common_words(many) == ["t", "within"]  # numbers never count as common
    few = _pages("de", ["innerhalb von 4 Stunden"] * 10)
    assert common_words(few) == []


def test_the_browser_drops_function_words_and_common_words() -> None:
    dropped = dropped_words(_pages("en", ["within 4 hours refund"] * 60))
    assert {"the", "von", "de", "within", "hours", "refund"} <= set(dropped)
    assert "4" not in dropped and "door" not in dropped


@pytest.mark.parametrize(
    "path", ["phone/a.md", "index.md", "locations/index.md", "phone/rückruf bitten.md",
             "brief/klacht (nieuw)#1.md"],
)  # fmt: skip
@pytest.mark.parametrize("directory_urls", [True, False])
def test_page_urls_follow_mkdocs(path: str, directory_urls: bool) -> None:
    """Search facts are looked up by the page URL in Material's index: MkDocs' own."""
    url = File(path, "/docs", "/site", use_directory_urls=directory_urls).url
    mkdocs = "" if url in (".", "./") else url  # as Page.url gives it
    assert page_url(path, directory_urls) == mkdocs
