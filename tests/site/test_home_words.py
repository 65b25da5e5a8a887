"""The home page's figures are written in the site's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sopkit.config import load_settings
from sopkit.site.knowledge_base import load_knowledge_base
from tests.site.conftest import copy_project


@pytest.mark.parametrize(
    ("lang", "share"),
    [("en", r"\*\*\d+% \(\d+ of \d+\)\*\* of the standards"),
     ("de", r"\*\*\d+ % \(\d+ von \d+\)\*\* der Standards"),
     ("nl", r"\*\*\d+% \(\d+ van \d+\)\*\* van de standaarden")],
)  # fmt: skip
def test_the_review_share_is_in_the_site_language(tmp_path: Path, lang: str, share: str) -> None:
    """It read "100% (4 of 4) der Standards" on a German site."""
    project = copy_project(tmp_path / "kb")
    settings = load_settings(project / "mkdocs.yml", cwd=project)
    pages = load_knowledge_base(settings, project / "sop", background_lint=False).pages
    pages.site_lang = lang
    assert re.search(share, pages.home(None)), pages.home(None)


@pytest.mark.parametrize(("lang", "share"), [("en", "(100%)"), ("de", "(100 %)"), ("nl", "(100%)")])
def test_the_reviews_page_writes_the_share_as_the_home_page_does(
    tmp_path: Path, lang: str, share: str
) -> None:
    """The German reviews page wrote "(100%)", the rest of the German site "100 %"."""
    import datetime as dt

    from sopkit.review import ReviewStatus
    from sopkit.site.history_pages import reviews_page

    project = copy_project(tmp_path / "kb")
    settings = load_settings(project / "mkdocs.yml", cwd=project)
    pages = load_knowledge_base(settings, project / "sop", background_lint=False).pages
    today = dt.date(2026, 12, 7)
    statuses = {
        row.path: ReviewStatus(state="ok", last=today, due=today + dt.timedelta(days=90))
        for row in pages.rows
    }
    assert share in reviews_page(pages, statuses, today, "UTC", lang)
