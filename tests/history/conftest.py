"""Real git repositories in temporary folders, for the change log's tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sopkit.lint.examples import example
from tests.conftest import REPO, write_tree

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GIT_AUTHOR_NAME": "Ann Editor",
       "GIT_AUTHOR_EMAIL": "ann@example.com", "GIT_COMMITTER_NAME": "Ann Editor",
       "GIT_COMMITTER_EMAIL": "ann@example.com"}  # fmt: skip
STEPS = "## Steps\n\n1. Answer the call.\n2. Ask for the customer number.\n3. Note the reason.\n"


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env=ENV)
    assert done.returncode == 0, done.stderr
    return done.stdout


def commit(repo: Path, message: str, files: dict[str, str | bytes | None], date: str) -> None:
    for name, text in files.items():
        path = repo / name
        if text is None:
            path.unlink()
        else:
            write_tree(repo, {name: text})
    git(repo, "add", "-A")
    env_date = {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    done = subprocess.run(["git", "commit", "-qm", message], cwd=repo, capture_output=True,
                          text=True, env={**ENV, **env_date})  # fmt: skip
    assert done.returncode == 0, done.stderr


def sop(**fields: str) -> str:
    return example("en", body=fields.pop("body", STEPS), **fields)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A knowledge base whose SOP changes in every way the change log must describe."""
    repo = tmp_path / "kb"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    shutil.copy(REPO / "mkdocs.yml", repo / "mkdocs.yml")
    email = dict(metric="90% of emails answered within 3 working days", timeframe="3 working days",
                 touchpoint="email", title="Answer emails")  # fmt: skip
    commit(repo, "Add the call and email standards (#1)", {
        "sop/phone/answer.md": sop(), "sop/email/emails.md": sop(**email),
        "sop/index.md": "# Knowledge base\n",
    }, "2026-01-05T10:00:00+01:00")  # fmt: skip
    email["metric"] = "90% of emails answered within 2 working days"
    email["timeframe"] = "2 working days"
    commit(repo, "Shorten the email timeframe (#2)", {"sop/email/emails.md": sop(**email)},
           "2026-02-01T09:00:00+01:00")  # fmt: skip
    commit(repo, "Raise the call target", {"sop/phone/answer.md": sop(
        metric="90% of calls answered within 20 seconds")}, "2026-03-01T09:00:00+01:00")  # fmt: skip
    more = STEPS + "4. Close the call with the case number.\n"
    commit(repo, "Merge pull request #7 from team/close\n\nAdd a closing step", {
        "sop/phone/answer.md": sop(metric="90% of calls answered within 20 seconds", body=more),
    }, "2026-04-01T09:00:00+01:00")  # fmt: skip
    wording = "Calls reach us from the main number.\n\n" + more
    commit(repo, "Explain where calls come from", {"sop/phone/answer.md": sop(
        metric="90% of calls answered within 20 seconds", body=wording)},
        "2026-05-01T09:00:00+01:00")  # fmt: skip
    commit(repo, "Retire the email standard", {"sop/email/emails.md": None},
           "2026-06-01T09:00:00+01:00")  # fmt: skip
    return repo


def build(
    repo: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``sopkit build`` in ``repo``, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "sopkit", "build", *args], cwd=repo,
                          capture_output=True, text=True, env={**ENV, **(env or {})})  # fmt: skip
