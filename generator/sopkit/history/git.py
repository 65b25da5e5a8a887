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

#: What is kept of a commit, in characters: the message's display part is the
#: change log's business, but a 1 MB message must not be copied into every page.
SUBJECT_CHARACTERS = 300
BODY_CHARACTERS = 2000
AUTHOR_CHARACTERS = 200
_SHA = re.compile(rb"[0-9a-f]{40}(?:[0-9a-f]{24})?")
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
    pull request is one change with its number. Fields and paths are separated by
    NUL bytes (``-z``), the one byte git keeps out of messages, names and paths:
    control characters of any other kind in a message cannot split a record.
    """
    raw = _git(
        root, "log", "-z", "--reverse", "--first-parent", "-m", "--raw", "--no-renames",
        "--no-abbrev", "--format=%x00%H%x00%an%x00%aI%x00%s%x00%b%x00", "--", folder,
    )  # fmt: skip
    return _parse_log(raw.split(b"\0"))


def _text(token: bytes, limit: int) -> str:
    """A field as text, cut to ``limit`` characters (decoding no more than it needs)."""
    return token[: limit * 4].decode("utf-8", "replace")[:limit]


def _parse_log(tokens: list[bytes]) -> list[Commit]:
    """Commits from ``git log -z --raw`` tokens: a header of five fields, then raw lines.

    A raw line (":100644 100644 <before> <after> M") is followed by its path; a
    header starts with the commit's id. Empty tokens separate the two.
    """
    commits: list[Commit] = []
    index = 0
    while index < len(tokens):
        token = tokens[index].strip()
        index += 1
        if token.startswith(b":") and commits and index < len(tokens):
            parts = token.decode("ascii", "replace").split()
            path = tokens[index].decode("utf-8", "replace")
            index += 1
            if len(parts) >= 4:
                before, after = parts[2], parts[3]
                commits[-1].files.append(
                    FileChange(
                        path, None if before == _ZERO else before, None if after == _ZERO else after
                    )
                )
        elif _SHA.fullmatch(token) and index + 4 <= len(tokens):
            author, date, subject, body = tokens[index : index + 4]
            index += 4
            commits.append(
                Commit(
                    token.decode("ascii"),
                    _text(author, AUTHOR_CHARACTERS),
                    datetime.fromisoformat(date.decode("ascii")),
                    _text(subject, SUBJECT_CHARACTERS),
                    _text(body, BODY_CHARACTERS).strip(),
                )
            )
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
