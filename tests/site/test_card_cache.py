"""Cards kept between builds are the cards an uncached build renders (issue 16).

A first build keeps every card; then one input changes (the SOP file, the settings,
the locations registry, today's date, the site's URL style or language, the card
template) and the build with the kept cards must give, byte for byte, what a build
without them gives.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from sopkit.config import Settings, load_settings
from sopkit.site import card_cache
from sopkit.site.card_cache import KEPT, CardCache
from sopkit.site.knowledge_base import load_knowledge_base
from sopkit.site.pages import KnowledgeBasePages
from tests.site.conftest import copy_project

SOP = "sop/email/refund-request-emails.md"  # with an Amsterdam version
TODAY = dt.date(2026, 12, 5)


def _pages(
    project: Path, settings: Settings, directory_urls: bool, lang: str
) -> KnowledgeBasePages:
    kb = load_knowledge_base(
        settings, project / "sop", background_lint=False, directory_urls=directory_urls
    )
    kb.pages.site_lang = lang
    return kb.pages


def _cards(pages: KnowledgeBasePages) -> dict[str, str]:
    """Every card: on each SOP page and on each location's version."""
    cards = {path: pages.sop_parts(path)[0] for path in pages.by_path}
    if pages.locations is not None:
        for location, path in pages.locations.variants:
            cards[f"{location}:{path}"] = pages.locations.variant_markdown(location, path)
    return cards


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


Change = Callable[[Path, dict[str, object]], None]


def _setting(**values: object) -> Change:
    def change(project: Path, options: dict[str, object]) -> None:
        settings = options["settings"]
        assert isinstance(settings, Settings)
        options["settings"] = dataclasses.replace(settings, **values)  # type: ignore[arg-type]

    return change


#: Each input of a card, and whether the sample's cards show the change.
CHANGES: dict[str, tuple[Change, bool]] = {
    "file": (lambda p, o: _edit(p / SOP, "5 working days", "4 working days", count=2), True),
    "local version": (
        lambda p, o: _edit(p / SOP, "7 working days", "8 working days", count=2),
        True,
    ),
    # the SOP's review has no interval of its own: the configured one sets the next review
    "settings": (_setting(review_interval="1 year"), True),
    "registry": (lambda p, o: _edit(p / "sop/locations.yml", "Kalverstraat", "Centrum"), True),
    "date": (lambda p, o: o.update(today="2028-07-01"), True),  # reviews due soon
    "URL style": (lambda p, o: o.update(directory_urls=False), True),
    # a location version's search tags name the touchpoint in the site's language
    "site language": (lambda p, o: o.update(lang="nl"), True),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_kept_cards_equal_rendered_ones_after_each_change(
    tmp_path: Path, change: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    project, cache = copy_project(tmp_path / "kb"), tmp_path / "cache"
    base = load_settings(project / "mkdocs.yml", cwd=project)
    options: dict[str, object] = {
        "settings": base, "directory_urls": True, "lang": "en", "today": TODAY.isoformat()
    }  # fmt: skip

    def build(kept: bool) -> tuple[dict[str, str], CardCache | None]:
        monkeypatch.setenv("SOPKIT_TODAY", str(options["today"]))  # as a build finds the date
        pages = _pages(project, options["settings"], options["directory_urls"], options["lang"])  # type: ignore[arg-type]
        pages.card_cache = CardCache.open(cache, pages) if kept else None
        cards = _cards(pages)
        if pages.card_cache is not None:
            pages.card_cache.save()
        return cards, pages.card_cache

    _edit(project / SOP, ", interval: 2 years}", "}")  # the configured interval applies
    first, _ = build(kept=True)
    again, kept = build(kept=True)
    assert again == first and kept is not None and kept.hits == len(first)  # all kept
    edit, shows = CHANGES[change]
    edit(project, options)
    cached, kept = build(kept=True)
    assert len(cached) == len(first) > 20  # every SOP still linted clean and carded
    assert cached == build(kept=False)[0]
    assert (cached != first) == shows  # the change shows on a card: the test can fail


def test_a_changed_card_template_names_another_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = copy_project(tmp_path / "kb")
    settings = dataclasses.replace(load_settings(project / "mkdocs.yml", cwd=project), today=TODAY)
    pages = _pages(project, settings, True, "en")
    before = card_cache.fingerprint(pages)
    templates = tmp_path / "templates"
    (templates / "pages").mkdir(parents=True)
    (templates / "pages" / "card.html.j2").write_text("<div>{{ metric }}</div>", encoding="utf-8")
    monkeypatch.setattr("sopkit.resources.templates_dir", lambda: templates)
    assert card_cache.fingerprint(pages) != before


def test_an_unreadable_cache_file_is_empty_and_an_unwritable_folder_costs_nothing(
    tmp_path: Path,
) -> None:
    project = copy_project(tmp_path / "kb")
    settings = dataclasses.replace(load_settings(project / "mkdocs.yml", cwd=project), today=TODAY)
    pages = _pages(project, settings, True, "en")
    folder = tmp_path / "cache"
    folder.mkdir()
    broken = CardCache.open(folder, pages)
    broken.file.write_text("{not json", encoding="utf-8")
    pages.card_cache = CardCache.open(folder, pages)
    assert pages.card_cache.cards == {}
    expected = _cards(_pages(project, settings, True, "en"))
    assert _cards(pages) == expected
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    pages.card_cache = CardCache(blocked / "cards", "0" * 40)
    assert _cards(pages) == expected
    pages.card_cache.save()  # cannot write: no error
    assert blocked.is_file()


def test_old_fingerprints_and_stopped_copies_go_others_stay(tmp_path: Path) -> None:
    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "notes.txt").write_text("not ours", encoding="utf-8")
    stopped = folder / f".{'c' * 40}.json.99.tmp"  # left by a build stopped two hours ago
    stopped.write_text("{", encoding="utf-8")
    os.utime(stopped, (time.time() - 7200, time.time() - 7200))
    writing = folder / f".{'d' * 40}.json.98.tmp"  # a build writing now
    writing.write_text("{", encoding="utf-8")
    names = [f"{n:040x}" for n in range(KEPT + 2)]
    for name in names:
        cache = CardCache(folder, name)
        cache.put("key", "<div>card</div>")
        cache.save()
    left = {path.name for path in folder.iterdir()}
    assert {"notes.txt", writing.name, f"{names[-1]}.json"} <= left
    assert stopped.name not in left
    assert len([n for n in left if n.endswith(".json")]) == KEPT
    assert CardCache(folder, names[-1]).get("key") == "<div>card</div>"
