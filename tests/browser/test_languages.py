"""One language per page: an SOP in German or Dutch says every word sopkit writes on
it (card, history sentences, review line, dates, local differences, picker) in its
own language and declares it; generated pages use the site's language.

The knowledge base is a git repository (so the history is sopkit's own sentences)
on a Dutch site (``theme.language: nl``) with a German, a Dutch and an English SOP.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from tests.browser.kb import PHONE, new_page, serve
from tests.conftest import REPO

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GIT_AUTHOR_NAME": "Ann Editor",
       "GIT_AUTHOR_EMAIL": "ann@example.com", "GIT_COMMITTER_NAME": "Ann Editor",
       "GIT_COMMITTER_EMAIL": "ann@example.com", "SOPKIT_TODAY": "2026-12-01"}  # fmt: skip
GERMAN = "phone/rueckrufbitten-bearbeiten"
DUTCH = "letter/klachtbrief-beantwoorden"
ENGLISH = "email/refund-request-emails"
#: Words sopkit writes in English (labels, history, review, local differences, picker).
ENGLISH_WORDS = [
    "Target", "Timeframe", "Touchpoint", "Owner", "Language", "History", "Reviewed",
    "next review", "Varies", "All locations", "Your location", "changed from", " to ",
    "within", "working day", "hours", "standard:", "local differences", "Step ",
    "The standard", "English", "German", "Dutch", "January", "December",
]  # fmt: skip
#: Classes of the parts of an SOP page that sopkit writes.
SOPKIT_PARTS = ("sop-card", "sop-history", "sop-history__title", "sop-local", "sop-conflict")


def _git(project: Path, *args: str, date: str = "2026-11-01T10:00:00") -> None:
    env = {**ENV, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    done = subprocess.run(["git", *args], cwd=project, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def dutch_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("nl-site")
    config = (
        (REPO / "mkdocs.yml").read_text(encoding="utf-8").replace("language: en", "language: nl")
    )
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    for name in ("index.md", "locations.yml", f"{GERMAN}.md", f"{DUTCH}.md", f"{ENGLISH}.md"):
        target = project / "sop" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text((REPO / "sop" / name).read_text(encoding="utf-8"), encoding="utf-8")
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "commit", "-qm", "Standards")
    german = project / "sop" / f"{GERMAN}.md"
    text = german.read_text(encoding="utf-8").replace("4 Stunden", "2 Stunden")
    text = text.replace(
        "lang: de\n",
        "lang: de\nvariants:\n  berlin:\n    timeframe: 3 Stunden\n"
        "    metric: 95 % der Rückrufbitten innerhalb von 3 Stunden erledigt\n",
    )
    german.write_text(text, encoding="utf-8")
    dutch = project / "sop" / f"{DUTCH}.md"
    dutch.write_text(dutch.read_text(encoding="utf-8").replace("10 werkdagen", "5 werkdagen"),
                     encoding="utf-8")  # fmt: skip
    _git(project, "commit", "-qam", "Sneller", date="2026-11-20T10:00:00")
    done = subprocess.run([sys.executable, "-m", "sopkit", "build", "--strict"], cwd=project,
                          capture_output=True, text=True, env=ENV)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return project / "site"


class _Text(HTMLParser):
    """The text inside elements with one of ``classes``, and ``lang`` of the content."""

    def __init__(self, classes: tuple[str, ...]) -> None:
        super().__init__(convert_charrefs=True)
        self.classes, self.depth, self.parts = classes, 0, [""]
        self.article_lang: str | None = None
        self.html_lang: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.html_lang = values.get("lang")
        if tag == "article":
            self.article_lang = values.get("lang")
        if tag in ("br", "img", "meta", "link", "input", "hr"):
            return
        inside = any(c in (values.get("class") or "").split() for c in self.classes)
        if self.depth or inside:
            self.depth += 1
            if inside and self.depth == 1:
                self.parts.append("")

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag not in ("br", "img", "meta", "link", "input", "hr"):
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.parts[-1] += data


def sopkit_text(page: Path) -> _Text:
    parser = _Text(SOPKIT_PARTS)
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def _english_left(text: str) -> list[str]:
    return [word for word in ENGLISH_WORDS if word in text]


@pytest.mark.parametrize(
    ("path", "lang", "expected"),
    [
        (GERMAN, "de", ["Ziel", "Frist", "Änderungen", "Frist geändert: vorher 4 Stunden, jetzt "
                        "2 Stunden", "Je nach Standort verschieden", "Berlin Alexanderplatz: "
                        "innerhalb von 3 Stunden", "20. November 2026", "Geprüft am"]),
        (DUTCH, "nl", ["Doel", "Termijn", "Wijzigingen", "termijn gewijzigd van 10 werkdagen "
                       "naar 5 werkdagen", "20 november 2026", "Beoordeeld op"]),
        (f"locations/berlin/{GERMAN.split('/')[1]}", "de", ["Berlin Alexanderplatz: lokale "
         "Abweichungen vom Standard", "Der Standard für alle Standorte", "Standard: innerhalb "
         "von 2 Stunden"]),
    ],
)  # fmt: skip
def test_sop_pages_speak_one_language(dutch_site: Path, path: str, lang: str, expected) -> None:  # type: ignore[no-untyped-def]
    parsed = sopkit_text(dutch_site / path / "index.html")
    text = " ".join(" ".join(parsed.parts).split())
    for words in expected:
        assert words in text, (words, text)
    assert not _english_left(text), (_english_left(text), text)
    # German on a Dutch site: declared on the content; Dutch is the site's language
    assert parsed.html_lang == "nl"
    assert parsed.article_lang == (None if lang == "nl" else lang)


def test_an_english_sop_on_a_dutch_site_is_declared_english(dutch_site: Path) -> None:
    parsed = sopkit_text(dutch_site / ENGLISH / "index.html")
    assert parsed.article_lang == "en"
    assert "Target" in " ".join(parsed.parts)


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("catalogue", ["Catalogus van standaarden", "Termijn", "Lokale afwijkingen",
                       "Berlin Alexanderplatz: binnen 3 uur"]),
        ("touchpoints/phone", ["standaard voor dit kanaal", "Verschilt per locatie"]),
        ("changes", ["Wijzigingslogboek", "termijn gewijzigd van 4 uur naar 2 uur",
                     "20 november 2026"]),
        ("reviews", ["Reviews te doen", "actueel"]),
        # the timeframe in the site's words, as in the catalogue; it said "innerhalb von"
        ("locations/berlin", ["Lokale afwijkingen (1)", "Alle standaarden hier",
                              "Termijn: binnen 3 uur"]),
        ("", ["Zoek in de standaarden", "standaarden per kanaal", "Telefoon"]),
    ],
)  # fmt: skip
def test_generated_pages_use_the_site_language(dutch_site: Path, path: str, words) -> None:  # type: ignore[no-untyped-def]
    parser = _Text(("md-content",))
    parser.feed((dutch_site / path / "index.html").read_text(encoding="utf-8"))
    text = " ".join(" ".join(parser.parts).split())
    for expected in words:
        assert expected in text, (expected, text[:3000])
    english = (
        "Catalogue",
        "standards for this",
        "standards owned",
        "Timeframe",
        "Local differences",
        "changed from",
        "Reviews due",
        "Search the",
        "by touchpoint",
    )
    left = [w for w in english if w in text]
    assert not left, left
    assert parser.html_lang == "nl" and parser.article_lang is None


def test_the_404_page_speaks_the_site_language_and_leads_home(dutch_site: Path) -> None:
    """Material's 404 page said "404 - Not found" in English on a Dutch site, with no way on."""
    html = (dutch_site / "404.html").read_text(encoding="utf-8")
    assert "404 - Not found" not in html
    assert "<h1>404: pagina niet gevonden</h1>" in html
    assert re.search(r'begin op de <a href="[^"]+">startpagina</a>\.', html)


def test_a_location_page_marks_the_sops_own_words(dutch_site: Path) -> None:
    """The German SOP's title and metric on the Dutch site's Berlin page had no `lang`."""
    html = (dutch_site / "locations/berlin/index.html").read_text(encoding="utf-8")
    line = next(ln for ln in html.splitlines() if "Rückrufbitten bearbeiten</a>:" in ln)
    assert 'lang="de">Rückrufbitten bearbeiten</a>: Termijn: binnen 3 uur;' in line
    assert '<span lang="de">95 % der Rückrufbitten innerhalb von 3 Stunden erledigt</span>' in line


def test_picker_speaks_the_page_language(browser: Any, dutch_site: Path) -> None:
    page = new_page(browser, PHONE)
    with serve(dutch_site) as url:
        for path, lang, everywhere, label in [
            (GERMAN, "de", "Alle Standorte", "Ihr Standort"),
            (DUTCH, "nl", "Alle locaties", "Uw locatie"),
            (ENGLISH, "en", "All locations", "Your location"),
        ]:
            page.goto(f"{url}{path}/")
            picker = page.locator("select.sop-picker")
            picker.wait_for(state="visible")
            assert picker.get_attribute("lang") == lang
            assert picker.get_attribute("aria-label") == label
            assert picker.locator("option").first.inner_text() == everywhere
    page.context.close()


def test_search_filters_speak_the_site_language(browser: Any, dutch_site: Path) -> None:
    """The touchpoint filter listed "Phone, Email, ..." on a Dutch site, and on a German
    SOP's page its labels turned German: the search is the site's, in its language."""
    page = new_page(browser, PHONE)
    with serve(dutch_site) as url:
        for path in (GERMAN, ENGLISH):
            page.goto(f"{url}{path}/?q=klacht")
            bar = page.locator(".sop-search-filters")
            bar.wait_for(state="attached")
            assert bar.get_attribute("lang") == "nl"
            what = bar.locator("select.sop-filter-touchpoint")
            assert what.get_attribute("aria-label") == "Filteren op kanaal"
            options = what.locator("option").all_inner_texts()
            assert "Telefoon" in options and "Phone" not in options, options
    page.context.close()


def test_history_sentences_in_each_language() -> None:
    from sopkit.history.changes import Field, Phrase
    from sopkit.quantities import parse_timeframe

    two, one = parse_timeframe("2 working days", "en"), parse_timeframe("1 working day", "en")
    change = Phrase("timeframe_changed", (two, one))
    assert change.text("en") == "timeframe changed from 2 working days to 1 working day"
    assert change.text("de") == "Frist geändert: vorher 2 Werktage, jetzt 1 Werktag"
    assert change.text("nl") == "termijn gewijzigd van 2 werkdagen naar 1 werkdag"
    local = Phrase("local", ("amsterdam", Phrase("local_field", (Field("timeframe"), "8", "4"))))
    assert local.text("nl") == "amsterdam: termijn gewijzigd van 8 naar 4"
    assert re.fullmatch(r"stappen 2, 3 toegevoegd", Phrase("steps_added", ("2, 3",)).text("nl"))


def test_a_german_sop_names_the_language_of_its_parts(page: Any, site_url: str) -> None:
    """WCAG 3.1.2: on the English sample site, the German SOP's title in the header is
    German, and the theme's English "Permanent link" titles inside the German article
    are English; a German search result is German."""
    page.goto(site_url + "phone/rueckrufbitten-bearbeiten/")
    page.locator("article[lang=de]").wait_for(state="attached")
    topic = page.locator(".md-header__topic[data-md-component=header-topic]")
    assert topic.get_attribute("lang") == "de"
    links = page.locator("article a.headerlink")
    assert links.count() > 0
    assert {links.nth(i).get_attribute("lang") for i in range(links.count())} == {"en"}
    page.locator("label.md-header__button[for=__search]").click()
    page.locator("[data-md-component=search-query]").press_sequentially("Rückruf", delay=20)
    first = page.locator("[data-md-component=search-result] .md-search-result__item").first
    first.wait_for(state="visible", timeout=10_000)
    page.wait_for_timeout(800)
    title = first.locator("h1")
    assert "Rückrufbitten bearbeiten" in title.inner_text()
    assert title.evaluate("h => h.querySelector('[lang]').getAttribute('lang')") == "de"


def test_a_dutch_catalogue_writes_and_sorts_minutes_as_dutch(
    browser: Any, dutch_site: Path
) -> None:
    """It showed "2,400" on Dutch and German pages, and "1.440" must not sort as 1.44."""
    page = new_page(browser, PHONE)
    with serve(dutch_site) as url:
        page.goto(f"{url}catalogue/")
        page.wait_for_selector(".sop-sortable table[data-sop-sortable]")
        cells = page.locator(".sop-sortable table tbody tr td.sop-minutes")
        texts = cells.all_inner_texts()
        assert "2.400" in texts and len(texts) == 3, texts  # 5 werkdagen of 8 hours
        # values whose text order differs from their order as Dutch numbers
        page.evaluate("""() => document.querySelectorAll('td.sop-minutes')
            .forEach((cell, i) => { cell.textContent = ['480', '2.400', '0,5'][i]; })""")
        page.locator(".sop-sortable table thead th", has_text="Minuten").click()
        assert cells.all_inner_texts() == ["0,5", "480", "2.400"]
    page.context.close()
