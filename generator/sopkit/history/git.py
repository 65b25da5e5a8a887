"""Read the whole history of the SOP folder from git in one pass.

One ``git log --raw`` lists every commit with the blob ids of the files it changed,
and one ``git cat-file --batch`` streams those blobs: two processes for the whole
history, not one git call per file, so thousands of commits stay fast.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

_RECORD = "\x1e"
_FIELD = "\x1f"
_PR = re.compile(r"\(#(\d+)\)|pull request #(\d+)|!(\d+)\b|\bPR #?(\d+)", re.IGNORECASE)
_ZERO = "0" * 40


class HistoryUnavailable(Exception):
    """No usable git history; the message says why and how to fix it."""

    def __init__(self, message: str, shallow: bool = False) -> None:
        super().__init__(message)
        self.shallow = shallow


@dataclass(frozen=True)
class FileChange:
    """One file changed by a commit: its path and its blob before and after (None: absent)."""

    path: str
    before: str | None
    after: str | None


@dataclass
class Commit:
    """One commit that touched the SOP folder."""

    sha: str
    author: str
    date: datetime
    subject: str
    body: str
    files: list[FileChange] = field(default_factory=list)

    @property
    def message(self) -> str:
        """The commit message; for a merge of a pull request, the pull request's title."""
        if self.subject.lower().startswith("merge pull request") and self.body.strip():
            return self.body.strip().splitlines()[0]
        return self.subject

    @property
    def pull_request(self) -> int | None:
        """The pull request number the message names: "(#12)", "Merge pull request #12"."""
        match = _PR.search(f"{self.subject}\n{self.body}")
        if not match:
            return None
        return int(next(group for group in match.groups() if group))


def _git(root: Path, *args: str, stdin: bytes | None = None) -> bytes:
    try:
        done = subprocess.run(
            ["git", "-c", "core.quotePath=false", *args],
            cwd=root, input=stdin, capture_output=True, check=False,
        )  # fmt: skip
    except FileNotFoundError:
        raise HistoryUnavailable("git is not installed") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise HistoryUnavailable(message[-1] if message else f"git {args[0]} failed")
    return done.stdout


def repository_root(path: Path) -> Path:
    """The work tree that holds ``path``.

    Raises:
        HistoryUnavailable: not in a git repository, or a shallow clone.
    """
    root = Path(_git(path, "rev-parse", "--show-toplevel").decode().strip())
    if _git(root, "rev-parse", "--is-shallow-repository").decode().strip() == "true":
        raise HistoryUnavailable(
            "this is a shallow clone (CI checkouts often fetch one commit): fetch the whole "
            "history with `git fetch --unshallow`, or in GitHub Actions set `fetch-depth: 0` "
            "on actions/checkout",
            shallow=True,
        )
    return root


def read_commits(root: Path, folder: str) -> list[Commit]:
    """Every commit that changed ``folder`` (relative to ``root``), oldest first.

    Merges are read against their first parent (``-m --first-parent``), so a merged
    pull request is one change with its number.
    """
    fmt = _RECORD + _FIELD.join(["%H", "%an", "%aI", "%s", "%b"]) + _FIELD
    raw = _git(
        root, "log", "--reverse", "--first-parent", "-m", "--raw", "--no-renames",
        "--no-abbrev", f"--format={fmt}", "--", folder,
    ).decode("utf-8", "replace")  # fmt: skip
    commits = []
    for record in raw.split(_RECORD)[1:]:
        sha, author, date, subject, body, changes = record.split(_FIELD, 5)
        commit = Commit(sha, author, datetime.fromisoformat(date), subject, body.strip())
        for line in changes.splitlines():
            if not line.startswith(":"):
                continue
            meta, _, path = line.partition("\t")
            parts = meta.split()
            before, after = parts[2], parts[3]
            commit.files.append(
                FileChange(
                    path, None if before == _ZERO else before, None if after == _ZERO else after
                )
            )
        commits.append(commit)
    return commits


def read_blobs(root: Path, ids: set[str]) -> dict[str, bytes]:
    """The contents of many blobs through one ``git cat-file --batch``."""
    if not ids:
        return {}
    ordered = sorted(ids)
    output = _git(root, "cat-file", "--batch", stdin=("\n".join(ordered) + "\n").encode())
    blobs: dict[str, bytes] = {}
    position = 0
    for blob_id in ordered:
        end = output.index(b"\n", position)
        header = output[position:end].split()
        position = end + 1
        if len(header) < 3 or header[1] == b"missing":
            continue
        size = int(header[2])
        blobs[blob_id] = output[position : position + size]
        position += size + 1
    return blobs
