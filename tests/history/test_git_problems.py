"""A git history that cannot be read is told, with git's words and the fix; no git is not."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from sopkit.config import Settings
from sopkit.history.changes import History, history_from_git, load_history
from tests.conftest import REPO, write_tree
from tests.history.conftest import build, git, sop

#: git's own switch for "this repository belongs to someone else" (its safe.directory
#: tests use it), with no user or system configuration that could trust every folder.
NOT_OWNED = {"GIT_TEST_ASSUME_DIFFERENT_OWNER": "1", "GIT_CONFIG_GLOBAL": os.devnull,
             "GIT_CONFIG_NOSYSTEM": "1"}  # fmt: skip


def history_of(root: Path) -> History:
    return load_history(root / "sop", [], Settings(root=root))


def test_git_missing_where_there_is_a_history_says_so(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    history = history_of(repo)
    assert history.needs_fix and history.source == "front matter"
    assert "git is not installed, or not on PATH" in (history.problem or "")


def test_git_missing_outside_a_repository_is_quiet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if any((folder / ".git").exists() for folder in tmp_path.parents):
        pytest.skip("the temporary folder is inside a git repository")
    write_tree(tmp_path, {"sop/a.md": sop()})
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    assert not history_of(tmp_path).needs_fix


def test_a_repository_of_another_user_is_told_with_gits_fix(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in NOT_OWNED.items():
        monkeypatch.setenv(name, value)
    history = history_of(repo)
    assert history.needs_fix and not history.shallow
    problem = history.problem or ""
    assert "detected dubious ownership in repository at" in problem  # git's message, whole
    assert f"git config --global --add safe.directory {repo}" in problem  # and its fix


def test_a_repository_of_another_user_fails_a_strict_build(repo: Path) -> None:
    done = build(repo, "--strict", env=NOT_OWNED)
    assert done.returncode != 0
    assert "dubious ownership" in done.stderr and "safe.directory" in done.stderr


def test_a_partial_clone_whose_remote_is_gone_is_told_with_the_fix(
    repo: Path, tmp_path: Path
) -> None:
    git(repo, "config", "uploadpack.allowFilter", "true")
    reachable, cut_off = tmp_path / "reachable", tmp_path / "cut-off"
    for clone in (reachable, cut_off):
        git(tmp_path, "clone", "-q", "--filter=blob:none", f"file://{repo}", str(clone))
    told = [c.descriptions for c in history_from_git(repo / "sop", Settings(root=repo)).changes]
    history = history_of(reachable)  # earlier versions fetched as they are needed
    assert not history.problem and [c.descriptions for c in history.changes] == told
    shutil.move(repo, tmp_path / "moved-away")
    history = history_of(cut_off)
    problem = history.problem or ""
    assert history.needs_fix and "from promisor remote" in problem  # git's words
    assert "partial clone" in problem and "without `--filter`" in problem


def test_no_repository_or_no_commit_yet_is_quiet(tmp_path: Path) -> None:
    write_tree(tmp_path, {"sop/a.md": sop(), "mkdocs.yml": (REPO / "mkdocs.yml").read_text()})
    if not any((folder / ".git").exists() for folder in (tmp_path, *tmp_path.parents)):
        history = history_of(tmp_path)
        assert history.problem and not history.needs_fix
    git(tmp_path, "init", "-q", "-b", "main")
    history = history_of(tmp_path)
    assert history.source == "front matter" and not history.needs_fix
    assert "no commit yet" in (history.problem or "")
    assert build(tmp_path, "--strict").returncode == 0


@pytest.mark.parametrize(
    ("commit_date", "shown"),
    [
        ("1700000000 +2400", "2023-11-15"),  # a zone no datetime holds: read as UTC
        ("253402300800 +0000", "1970-01-01"),  # the year 10000
        ("-5 +0000", "1970-01-01"),  # git gives "%cI" back as it is
    ],
)
def test_a_commit_dated_outside_any_calendar_does_not_stop_the_history(
    repo: Path, commit_date: str, shown: str
) -> None:
    """Such a commit (made by hand or a broken tool) stopped every build for good (exit 3):
    a history cannot drop it without being rewritten."""
    sop_file = repo / "sop/phone/answer.md"
    sop_file.write_text(
        sop_file.read_text(encoding="utf-8").replace("Note the reason.", "Note the reason now."),
        encoding="utf-8",
    )
    git(repo, "add", "-A")
    tree, parent = git(repo, "write-tree").strip(), git(repo, "rev-parse", "HEAD").strip()
    raw = (
        f"tree {tree}\nparent {parent}\nauthor Odd Tool <odd@example.com> 1780000000 +0000\n"
        f"committer Ann Editor <ann@example.com> {commit_date}\n\nReword a step (#9)\n"
    )
    made = subprocess.run(
        ["git", "hash-object", "-t", "commit", "--literally", "-w", "--stdin"],
        cwd=repo, input=raw, capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    git(repo, "update-ref", "HEAD", made)
    history = history_of(repo)
    assert history.source == "git" and history.problem is None
    [newest] = [c for c in history.changes if "Reword a step" in (c.message or "")]
    assert newest.when.isoformat().startswith(shown)


def test_a_change_is_dated_when_it_reached_the_branch(repo: Path) -> None:
    """A pull request rebased onto the branch keeps the day it was written as its author
    date: the change log listed it weeks back, out of every location's last 30 days."""
    from sopkit.history.git import read_commits

    sop_file = repo / "sop/phone/answer.md"
    sop_file.write_text(
        sop_file.read_text(encoding="utf-8").replace("Note the reason.", "Note the reason now."),
        encoding="utf-8",
    )
    git(repo, "add", "-A")
    env = {**os.environ, "GIT_AUTHOR_NAME": "Ann", "GIT_AUTHOR_EMAIL": "a@example.com",
           "GIT_COMMITTER_NAME": "Bo", "GIT_COMMITTER_EMAIL": "b@example.com",
           "GIT_AUTHOR_DATE": "2026-10-01T10:00:00+00:00",
           "GIT_COMMITTER_DATE": "2026-12-06T10:00:00+00:00"}  # fmt: skip
    subprocess.run(["git", "commit", "-qm", "Reword a step (#31)"], cwd=repo, env=env, check=True)
    last = read_commits(repo, "sop")[-1]
    assert last.subject == "Reword a step (#31)"
    assert last.date.date().isoformat() == "2026-12-06"
    assert last.author == "Ann"  # who wrote it is still the author
