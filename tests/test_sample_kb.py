"""The sample knowledge base in sop/ is the product's demo: complete, varied and clean."""

from __future__ import annotations

from collections import Counter

from sopkit.config import DEFAULT_TOUCHPOINTS, Settings
from sopkit.lint import lint_paths
from sopkit.sop import load_sop
from tests.conftest import REPO

SETTINGS = Settings(root=REPO)


def _sops():
    paths = sorted((REPO / "sop").rglob("*.md"))
    return [s for s in (load_sop(p, SETTINGS) for p in paths) if s.path.name != "index.md"]


def test_sample_passes_lint_without_findings() -> None:
    result = lint_paths([REPO / "sop"], SETTINGS, jobs=1, cwd=REPO)
    assert result.findings == []
    assert result.sops >= 20


def test_sample_covers_every_touchpoint_and_language() -> None:
    sops = _sops()
    touchpoints = Counter(s.touchpoint for s in sops)
    languages = Counter(s.lang for s in sops)
    assert set(touchpoints) == set(DEFAULT_TOUCHPOINTS)
    assert min(touchpoints.values()) >= 3
    assert set(languages) == {"en", "de", "nl"}
    assert min(languages.values()) >= 5


def test_sample_uses_every_kind_of_target() -> None:
    kinds = Counter(s.standard.target.kind for s in _sops() if s.standard.target)
    assert set(kinds) == {"percent", "fraction", "limit", "score"}
