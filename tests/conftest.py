"""Shared helpers: real files in temporary folders, real lint runs, the real CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from sopkit.cli import cli
from sopkit.config import Settings
from sopkit.lint import LintResult, lint_paths
from tests.installation import REPO as REPO  # tests import REPO from here
from tests.installation import imported_package, stale_files


def pytest_configure(config: pytest.Config) -> None:
    """Refuse to test an installed sopkit that differs from this checkout; keep caches apart.

    Compiled templates (and any other user cache) go to a folder of this run's, set
    before test modules are imported: some copy ``os.environ`` for subprocesses.
    """
    if not hasattr(config, "workerinput"):  # once, in the process that starts the workers
        stale = stale_files()
        if stale:
            shown = ", ".join(stale[:5]) + (f" and {len(stale) - 5} more" if len(stale) > 5 else "")
            # setuptools builds in build/ and never removes a module deleted since
            leftover = " after removing build/" if (REPO / "build").is_dir() else ""
            raise pytest.UsageError(
                f"the sopkit installed at {imported_package()} is not this checkout's "
                f'(not the same: {shown}). Install it again{leftover} with `pip install ".[test]"` '
                f'(or `pip install -e ".[test]"` while you change sopkit), then run the tests.'
            )
    folder = tempfile.mkdtemp(prefix="sopkit-test-cache-")
    config.stash[_CACHE_HOME] = folder
    os.environ["XDG_CACHE_HOME"] = folder


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """``-n auto``: one worker more than the cores, as tests also wait on servers and Chromium.

    Measured on 2 cores: 2 workers 6 min 16 s, 3 workers 5 min 50 s, 4 workers 6 min 27 s,
    one process 9 min 45 s. PYTEST_XDIST_AUTO_NUM_WORKERS still decides when it is set.
    """
    del config
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # pytest-xdist's own hook reads it
    return len(os.sched_getaffinity(0)) + 1 if hasattr(os, "sched_getaffinity") else None


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(config.stash.get(_CACHE_HOME, ""), ignore_errors=True)


_CACHE_HOME = pytest.StashKey[str]()


def fail_in_ci(message: str) -> None:
    """A tool the tests need is missing: CI installs it (.ci/run), so there a missing
    tool is a broken CI, a failure; on a developer's machine this returns."""
    if os.environ.get("CI"):
        pytest.fail(message)


def require_tool(present: bool, message: str) -> None:
    """Skip without the tool on a developer's machine (``message`` says what to install);
    fail without it in CI (:func:`fail_in_ci`)."""
    if not present:
        fail_in_ci(message)
        pytest.skip(message)


def stop(process: subprocess.Popen[str] | subprocess.Popen[bytes]) -> None:
    """End a server a test started: asked first, killed if it does not go in 10 s."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def write_tree(root: Path, files: Mapping[str, str | bytes]) -> Path:
    """Write ``{relative path: text or bytes}`` under ``root``; return ``root``."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


@pytest.fixture
def lint_tree(tmp_path: Path) -> Callable[..., LintResult]:
    """Write files into a temporary ``sop/`` and lint it with the given settings."""

    def run(files: Mapping[str, str | bytes], **settings: object) -> LintResult:
        write_tree(tmp_path / "sop", files)
        return lint_paths(
            [tmp_path / "sop"], Settings(root=tmp_path, **settings), jobs=1, cwd=tmp_path
        )

    return run


@pytest.fixture
def run_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """Run ``sopkit ARGS`` in ``tmp_path`` through click's runner (real library, real files)."""
    monkeypatch.chdir(tmp_path)

    def run(*args: str) -> Result:
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)

    return run


def codes(result: LintResult, *, include_silenced: bool = False) -> list[str]:
    """The rule codes found, in report order."""
    return [f.rule for f in result.findings if include_silenced or not f.suppressed]
