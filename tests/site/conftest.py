"""Site fixtures: a copy of the sample project (mkdocs.yml + sop/) in a temporary folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO


def copy_project(target: Path, sop: bool = True) -> Path:
    """Copy mkdocs.yml (and the sample sop/) into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", target / "mkdocs.yml")
    if sop:
        shutil.copytree(REPO / "sop", target / "sop")
    else:
        (target / "sop").mkdir()
    return target


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh copy of the sample knowledge base project."""
    return copy_project(tmp_path / "kb")
