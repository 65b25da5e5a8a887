"""Every generated page that states a standard says how a location differs (issue 15)."""

from __future__ import annotations

import html
from pathlib import Path

from sopkit.config import Settings
from sopkit.lint.examples import example
from sopkit.lint.files import read_file
from sopkit.locations import load_registry
from sopkit.site.pages import KnowledgeBasePages
from tests.conftest import write_tree

REGISTRY = "locations:\n  - {id: amsterdam, name: Amsterdam}\n  - {id: london, name: London}\n"


def _pages(tmp_path: Path, files: dict[str, str]) -> dict[str, str]:
    write_tree(tmp_path, {"sop/locations.yml": REGISTRY, **files})
    settings = Settings(root=tmp_path)
    sops = [read_file(tmp_path / name, settings, tmp_path) for name in files]
    return KnowledgeBasePages(
        sops, tmp_path / "sop", "KB", registry=load_registry(tmp_path / "sop")
    ).pages()


def _row(page: str, title: str) -> str:
    start = page.index(f">{title}</a>")
    return page[page.rindex("<tr", 0, start) : page.index("</tr>", start)]


def test_conflicting_standards_show_their_local_values(tmp_path: Path) -> None:
    local = "{amsterdam: {timeframe: 30 seconds, metric: 80% of calls answered within 30 seconds}}"
    pages = _pages(tmp_path, {
        "sop/answer.md": example("en", title="Answer calls", variants=local),
        "sop/answer-fast.md": example(
            "en", title="Answer calls fast", metric="90% of calls answered within 20 seconds"
        ),
    })  # fmt: skip
    conflicts = pages["conflicts.md"]
    varied = _row(conflicts, "Answer calls")
    assert "data-local=" in varied
    assert "Amsterdam: within 30 seconds" in html.unescape(varied)
    assert 'class="sop-target"' in varied and 'class="sop-timeframe"' in varied
    plain = _row(conflicts, "Answer calls fast")
    assert "data-local=" not in plain and "sop-varies" not in plain


def test_every_listing_of_a_varied_standard_says_how_it_varies(tmp_path: Path) -> None:
    local = "{london: {timeframe: 30 seconds, metric: 80% of calls answered within 30 seconds}}"
    pages = _pages(tmp_path, {"sop/answer.md": example("en", title="Answer calls", variants=local)})
    for path in ("catalogue.md", "touchpoints/phone.md"):
        row = html.unescape(_row(pages[path], "Answer calls"))
        assert "London: within 30 seconds" in row, path
