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
