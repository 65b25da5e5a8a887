"""The live preview's incremental rebuild gives what a full rebuild gives (issue 16).

After each kind of edit, :class:`LiveSite` (kept between rebuilds, as ``sopkit
serve`` keeps it) is compared with a fresh one that builds everything: the generated
pages and the home page must be equal, every generated page whose content changed
must be marked for MkDocs' dirty build, and every SOP page whose card, conflict note
or history changed must be built again (edited, or marked stale).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from mkdocs.config import load_config

from sopkit.config import load_settings
from sopkit.lint.cache import keep_in_memory
from sopkit.plugin.incremental import LiveSite
from tests.site.conftest import copy_project

SOP = "phone/answer-inbound-calls.md"
VARIED = "email/refund-request-emails.md"


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[Path]:
    project = copy_project(tmp_path / "kb")
    yield project
    keep_in_memory(False)  # LiveSite turned it on for this process


def _build(site: LiveSite, project: Path) -> Any:
    config = load_config(str(project / "mkdocs.yml"))
    settings = load_settings(project / "mkdocs.yml", cwd=project)
    site.load(settings, config, None, {"site_lang": "en"})
    return site.last


def _parts(built: Any) -> dict[str, tuple[str, str]]:
    pages = built.kb.pages
    return {path: pages.sop_parts(path) for path in pages.by_path}


def _edit(project: Path, path: str, old: str, new: str) -> None:
    file = project / "sop" / path
    text = file.read_text(encoding="utf-8")
    assert old in text, (path, old)
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def _write(project: Path, path: str, text: str | None) -> None:
    file = project / "sop" / path
    if text is None:
        file.unlink()
    else:
        file.write_text(text, encoding="utf-8")


NEW_SOP = (
    "---\ntitle: Answer inbound calls quickly\nowner: Jo Lead <jo@northwind.example>\n"
    "touchpoint: phone\nmetric: 90% of calls answered within 30 seconds\n"
    "timeframe: 30 seconds\nlang: en\n---\n\n## Steps\n\n1. Answer the call.\n"
    "2. Greet the caller.\n"
)

EDITS: list[tuple[str, Callable[[Path], object], set[str]]] = [
    ("step", lambda p: _edit(p, SOP, "Summarise the caller's", "Sum up the caller's"), {SOP}),
    ("metric", lambda p: _edit(p, SOP, "metric: 80% of calls", "metric: 85% of calls"), {SOP}),
    ("owner", lambda p: _edit(p, SOP, "owner: Contact Centre Lead <", "owner: Call Lead <"),
     {SOP}),
    ("title", lambda p: _edit(p, SOP, "title: Answer inbound calls", "title: Take calls"), {SOP}),
    ("touchpoint", lambda p: _edit(p, SOP, "touchpoint: phone", "touchpoint: chat"), {SOP}),
    ("variant", lambda p: _edit(p, VARIED, "within 7 working days\n    timeframe: 7",
                                "within 6 working days\n    timeframe: 6"), {VARIED}),
    ("review", lambda p: _edit(p, VARIED, "last: 2026-10-01", "last: 2024-01-01"), {VARIED}),
    ("new SOP in conflict", lambda p: _write(p, "phone/answer-fast.md", NEW_SOP),
     {"phone/answer-fast.md"}),
    ("lint error", lambda p: _edit(p, SOP, "touchpoint: chat", "touchpoint: pigeon"), {SOP}),
    ("fixed", lambda p: _edit(p, SOP, "touchpoint: pigeon", "touchpoint: phone"), {SOP}),
    ("removed", lambda p: _write(p, "phone/answer-fast.md", None), {"phone/answer-fast.md"}),
]  # fmt: skip


def test_every_kind_of_edit_rebuilds_what_a_full_build_changes(kb: Path) -> None:
    live = LiveSite()
    before = _build(live, kb)
    assert live.everything
    for name, edit, edited in EDITS:
        sources, parts = dict(before.sources), _parts(before)
        edit(kb)
        after = _build(live, kb)
        assert not live.everything, name
        full = _build(LiveSite(), kb)
        assert after.sources == full.sources, name
        assert after.home == full.home, name
        changed = {path for path, text in full.sources.items() if sources.get(path) != text}
        assert changed <= live.modified, (name, changed - live.modified)
        now = _parts(full)
        rebuilt = edited | live.stale
        stale = {path for path in now if path in parts and parts[path] != now[path]}
        assert stale <= rebuilt, (name, stale - rebuilt)
        assert _parts(after) == now, name
        before = after


def test_a_step_edit_renders_no_generated_page(kb: Path) -> None:
    live = LiveSite()
    _build(live, kb)
    _edit(kb, SOP, "Summarise the caller's", "Sum up the caller's")
    _build(live, kb)
    assert not live.everything
    # only the edited SOP's own location versions (none of its listings) are rendered
    assert all(path.startswith("locations/") for path in live.modified), live.modified
    assert live.stale <= {SOP}
