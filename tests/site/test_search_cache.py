"""A build whose pages say the same reuses the kept Pagefind index (issue 16)."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sopkit.site.search import PAGEFIND_OPTIONS, PageFacts, SearchRecord
from sopkit.site.search_cache import ENTRY, KEPT, cache_key, restore, store
from tests.site.conftest import copy_project

pytest.importorskip("pagefind")


def _build(project: Path, cache: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "XDG_CACHE_HOME": str(cache)}
    done = subprocess.run([sys.executable, "-m", "sopkit", "build"], cwd=project,
                          capture_output=True, text=True, env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_an_unchanged_build_reuses_the_index_and_an_edit_makes_a_new_one(tmp_path: Path) -> None:
    project, cache = copy_project(tmp_path / "kb"), tmp_path / "cache"
    _build(project, cache)
    first = _tree(project / "site" / "pagefind")
    [kept] = list((cache / "sopkit" / "search").iterdir())
    assert _tree(kept) == first
    (kept / "reused.txt").write_text("from the cache", encoding="utf-8")
    config = project / "mkdocs.yml"  # a change search does not see: the site is made again
    config.write_text(config.read_text("utf-8") + "\nsite_author: Northwind\n", "utf-8")
    _build(project, cache)
    assert _tree(project / "site" / "pagefind") == {**first, "reused.txt": b"from the cache"}
    sop = project / "sop" / "phone" / "answer-inbound-calls.md"
    sop.write_text(sop.read_text(encoding="utf-8").replace("Summarise", "Sum up"), "utf-8")
    _build(project, cache)
    third = _tree(project / "site" / "pagefind")
    assert "reused.txt" not in third and third != first
    assert len(list((cache / "sopkit" / "search").iterdir())) == 2


def test_no_cache_keeps_no_index(tmp_path: Path) -> None:
    project, cache = copy_project(tmp_path / "kb"), tmp_path / "cache"
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "  - sopkit:\n" in text
    config.write_text(
        text.replace("  - sopkit:\n", "  - sopkit:\n      cache: false\n", 1), "utf-8"
    )
    _build(project, cache)
    assert (project / "site" / "pagefind" / ENTRY).is_file()
    assert not (cache / "sopkit" / "search").exists()


RECORD = SearchRecord(
    "phone/answer/", "Answer calls", "Answer within 20 seconds.", ["phone"],
    PageFacts(lang="en", sop="answer", touchpoint="phone", summary="80% in 20 seconds"),
)  # fmt: skip


@pytest.mark.parametrize(
    "changed",
    [dataclasses.replace(RECORD, url="phone/answer-2/"),
     dataclasses.replace(RECORD, title="Answer phone calls"),
     dataclasses.replace(RECORD, text="Answer within 30 seconds."),
     dataclasses.replace(RECORD, tags=["calls"]),
     dataclasses.replace(RECORD, facts=dataclasses.replace(RECORD.facts, location="berlin")),
     dataclasses.replace(RECORD, facts=dataclasses.replace(RECORD.facts, lang="de")),
     dataclasses.replace(RECORD, facts=None)],
)  # fmt: skip
def test_every_part_of_a_record_is_in_the_key(changed: SearchRecord) -> None:
    assert cache_key([changed], PAGEFIND_OPTIONS) != cache_key([RECORD], PAGEFIND_OPTIONS)
    assert cache_key([RECORD], PAGEFIND_OPTIONS) == cache_key([RECORD], PAGEFIND_OPTIONS)
    assert cache_key([RECORD], ("--other",)) != cache_key([RECORD], PAGEFIND_OPTIONS)


def test_an_incomplete_index_is_never_restored_and_old_ones_go(tmp_path: Path) -> None:
    cache, bundle = tmp_path / "cache", tmp_path / "bundle"
    bundle.mkdir()
    (bundle / ENTRY).write_text("{}", encoding="utf-8")
    (cache / ("a" * 40)).mkdir(parents=True)  # a folder without the entry file
    assert not restore(cache, "a" * 40, tmp_path / "out")
    (cache / "notes.txt").write_text("not ours", encoding="utf-8")
    stopped = cache / f".{'c' * 40}.123.tmp"  # a copy a stopped build left, two hours ago
    stopped.mkdir()
    os.utime(stopped, (time.time() - 7200, time.time() - 7200))
    recent = cache / f".{'d' * 40}.124.tmp"  # another build writing now
    recent.mkdir()
    keys = [f"{n:040x}" for n in range(KEPT + 2)]
    for key in keys:
        store(cache, key, bundle)
    left = sorted(p.name for p in cache.iterdir())
    assert "notes.txt" in left and recent.name in left and stopped.name not in left
    assert len(left) == KEPT + 2
    assert restore(cache, keys[-1], tmp_path / "out")
    assert (tmp_path / "out" / ENTRY).read_text(encoding="utf-8") == "{}"


def test_an_index_is_kept_as_links_and_restored_as_copies(tmp_path: Path) -> None:
    """Copying Pagefind's 1,000-odd files into the cache cost a cold build about 0.6 s of
    CPU at 1,000 SOPs: they are kept as hard links (neither side changes a file in place),
    and restored as copies, so that the next site's files are its own."""
    cache, bundle = tmp_path / "cache", tmp_path / "bundle"
    (bundle / "fragment").mkdir(parents=True)
    (bundle / ENTRY).write_text("{}", encoding="utf-8")
    (bundle / "fragment" / "a.pf_fragment").write_bytes(b"\x00fragment")
    store(cache, "e" * 40, bundle)
    kept = cache / ("e" * 40)
    for name in (ENTRY, "fragment/a.pf_fragment"):
        assert (kept / name).stat().st_ino == (bundle / name).stat().st_ino
    assert restore(cache, "e" * 40, tmp_path / "out")
    restored = tmp_path / "out" / "fragment" / "a.pf_fragment"
    assert restored.read_bytes() == b"\x00fragment"
    assert restored.stat().st_ino != (kept / "fragment" / "a.pf_fragment").stat().st_ino


def test_a_cache_that_cannot_be_written_is_said_once_and_the_build_goes_on(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / ENTRY).write_text("{}", encoding="utf-8")
    notes: list[str] = []
    store(blocked / "search", "b" * 40, bundle, notes.append)
    assert len(notes) == 1 and "could not be kept" in notes[0]


def test_pagefind_settings_of_the_machine_do_not_change_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index depends on the records only: kept indexes and kept sites rely on it."""
    from sopkit.site import search

    body = "<main data-pagefind-body><h1>Answer calls</h1><p>Within 20 seconds.</p></main>"
    pages = [("phone/answer/", f"<!DOCTYPE html><html><body>{body}</body></html>")]
    search._write_bundle(pages, tmp_path / "clean")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pagefind.yml").write_text("exclude_selectors: ['p']\n", encoding="utf-8")
    monkeypatch.setenv("PAGEFIND_EXCLUDE_SELECTORS", "p")
    search._write_bundle(pages, tmp_path / "configured")
    assert _tree(tmp_path / "configured") == _tree(tmp_path / "clean")


def test_the_indexer_a_wheel_installed_is_named_by_its_recorded_hash() -> None:
    """Installing the same Pagefind again (each CI run) gives new file times, same index."""
    import base64
    import hashlib

    from sopkit.site import search

    search._indexer.cache_clear()
    program = Path(search._indexer()[0])
    identity = search.indexer_identity()
    assert identity is not None and identity[2] == "sha256"
    digest = base64.urlsafe_b64encode(hashlib.sha256(program.read_bytes()).digest())
    assert identity[3] == digest.rstrip(b"=").decode()
    assert search._recorded_hash(program, program.stat().st_size + 1) is None  # changed since


def test_another_indexer_is_named_by_path_size_and_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sopkit.site import search

    program = tmp_path / "pagefind_bin_extended" / "pagefind_extended"
    program.parent.mkdir()
    program.write_bytes(b"#!/bin/sh\n")
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(program))
    search._indexer.cache_clear()
    try:
        first = search.indexer_identity()
        assert first == (str(program), "10", str(program.stat().st_mtime_ns))
        os.utime(program, ns=(1, 1))
        assert search.indexer_identity() != first
    finally:
        search._indexer.cache_clear()
