"""Lint makes the garbage collector run less often while it checks files, and leaves
it as it found it: a site build's process and an editor's ``sopkit serve`` run on."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from sopkit.config import Settings
from sopkit.lint import engine, lint_paths
from sopkit.lint.examples import example


def test_the_collector_runs_less_often_inside_and_is_restored_after() -> None:
    before = gc.get_threshold()
    with engine._fewer_collections():
        inside = gc.get_threshold()
        assert inside[0] >= 10_000 and inside[1:] == before[1:]
        assert gc.get_freeze_count() > 0  # what existed before is left out of its scans
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_a_failure_inside_restores_the_collector_too() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), engine._fewer_collections():
        raise RuntimeError("a rule crashed")
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_lint_leaves_the_collector_as_it_found_it(tmp_path: Path) -> None:
    (tmp_path / "sop").mkdir()
    (tmp_path / "sop" / "answer.md").write_text(example("en"), encoding="utf-8")
    gc.set_threshold(700, 10, 10)
    result = lint_paths([tmp_path / "sop"], Settings(root=tmp_path), jobs=1, cwd=tmp_path)
    assert result.sops == 1
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0


def test_objects_a_process_froze_itself_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with engine._fewer_collections():
            pass
        # Neither unfrozen (the count would drop to about 0) nor frozen further. A frozen
        # object that another thread frees (pytest-xdist's own) leaves the count: not equal.
        assert frozen - 1_000 <= gc.get_freeze_count() <= frozen
    finally:
        gc.unfreeze()
