"""Read the whole history of the SOP folder from git in one pass.

One ``git log --raw`` lists every commit with the blob ids of the files it changed,
and one ``git cat-file --batch`` streams those blobs: two processes for the whole
history, not one git call per file, so thousands of commits stay fast. (One more
``git log`` of the commit that made the folder tells whether the folder itself was
renamed, and one per rename reads the earlier name's history.)
"""

from __future__ import annotations

import os
import re
import subprocess
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

#: What is kept of a commit, in characters: the message's display part is the
#: change log's business, but a 1 MB message must not be copied into every page.
SUBJECT_CHARACTERS = 300
BODY_CHARACTERS = 2000
AUTHOR_CHARACTERS = 200
_SHA = re.compile(rb"[0-9a-f]{40}(?:[0-9a-f]{24})?")
_PR = re.compile(r"\(#(\d+)\)|pull request #(\d+)|!(\d+)\b|\bPR #?(\d+)", re.IGNORECASE)
_ZERO = "0" * 40
#: git's message is shown in full (it often holds the fix), but not a page of it.
MESSAGE_CHARACTERS = 600
#: How many renames of the SOP folder itself (``git mv sop kb``) are followed back.
FOLDER_RENAMES = 5
_PARTIAL_CLONE_FIX = (
    "this is a partial clone (`git clone --filter`), and the earlier versions of the SOPs "
    "are fetched from its remote, which could not be reached: make the remote reachable, "
    "or clone without `--filter` (in GitHub Actions, leave `filter:` out of actions/checkout)"
)


class HistoryUnavailable(Exception):
    """No usable git history; the message says why and how to fix it.

    Attributes:
        shallow: a shallow clone (the history is cut off).
        quiet: nothing to fix: the folder is in no git repository, or one without a
            commit yet (the documented fallback to the front matter's ``changes:``
            lists). Every other reason is a history that exists but could not be read,
            which the user must hear of.
    """

    def __init__(self, message: str, shallow: bool = False, quiet: bool = False) -> None:
        super().__init__(message)
        self.shallow = shallow
        self.quiet = quiet


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


class GitFailed(HistoryUnavailable):
    """A git command failed; the message is git's own, all of its lines."""

    def __init__(self, command: str, stderr: bytes) -> None:
        self.git_message = _git_message(stderr) or "no message"
        super().__init__(f"`git {command}` failed: {self.git_message}")


def _git_message(stderr: bytes) -> str:
    """git's message on one line, every line of it: the last one alone can be only the
    fix's command (git's "dubious ownership" ends with `git config ... safe.directory`)."""
    lines = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines()]
    told: list[str] = []
    for line in filter(None, lines):
        new = line[0].isupper() or line.startswith(("fatal:", "error:", "warning:", "hint:"))
        if told and new and not told[-1].endswith((".", ":", "!", "?")):
            told[-1] += "."  # a new sentence; a lower-case line goes on with the last one
        told.append(line)
    return " ".join(told)[:MESSAGE_CHARACTERS]


def _git(root: Path, *args: str, stdin: bytes | None = None, check: bool = True) -> bytes:
    """git's output; with ``check`` false, a failure is an empty output."""
    try:
        done = subprocess.run(
            # log.showRoot=false in the user's config hid the first commit's changes
            ["git", "-c", "core.quotePath=false", "-c", "log.showRoot=true", *args],
            cwd=root, input=stdin, capture_output=True, check=False,
        )  # fmt: skip
    except FileNotFoundError:
        raise HistoryUnavailable(
            "git is not installed, or not on PATH: install git (e.g. `apt-get install git`) "
            "or add its folder to PATH"
        ) from None
    if done.returncode != 0 and check:
        raise GitFailed(args[0], done.stderr)
    return done.stdout if done.returncode == 0 else b""


#: The folder git keeps a repository in: never read as SOPs, never published.
GIT_FOLDER = ".git"


def work_tree_of(start: Path) -> Path | None:
    """The folder at or above ``start`` that holds a ``.git``, without running git."""
    for folder in (start, *start.parents):
        if (folder / GIT_FOLDER).exists():
            return folder
    return None


def _in_a_repository(path: Path) -> bool:
    """Whether git would find a repository for ``path`` (a ``.git`` here or above, or
    ``GIT_DIR``): asked when git fails to find one, to tell "no git here" (the documented
    fallback) from "git missing, or refusing, where there is a history"."""
    return bool(os.environ.get("GIT_DIR")) or work_tree_of(path.absolute()) is not None


def _toplevel(path: Path) -> Path:
    """``git rev-parse --show-toplevel``, telling "not a repository" from a failure."""
    try:
        return Path(os.fsdecode(_git(path, "rev-parse", "--show-toplevel").rstrip(b"\r\n")))
    except GitFailed as failed:
        # git's words are translated (LANG): no .git above also means "not a repository".
        if "not a git repository" in failed.git_message or not _in_a_repository(path):
            raise HistoryUnavailable(failed.git_message, quiet=True) from None
        raise
    except HistoryUnavailable as unavailable:  # git cannot be run at all
        unavailable.quiet = not _in_a_repository(path)
        raise


def repository_root(path: Path) -> Path:
    """The work tree that holds ``path``.

    Raises:
        HistoryUnavailable: not in a git repository or no commit yet (``quiet``), a
            shallow clone (``shallow``), or git cannot read the repository (its
            message says why).
    """
    root = _toplevel(path)
    if not _git(root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}", check=False):
        raise HistoryUnavailable("the repository has no commit yet", quiet=True)
    if _git(root, "rev-parse", "--is-shallow-repository").decode().strip() == "true":
        raise HistoryUnavailable(
            "this is a shallow clone (CI checkouts often fetch one commit): fetch the whole "
            "history with `git fetch --unshallow`, or in GitHub Actions set `fetch-depth: 0` "
            "on actions/checkout",
            shallow=True,
        )
    return root


def read_commits(root: Path, folder: str, until: str = "HEAD") -> list[Commit]:
    """Every commit up to ``until`` that changed ``folder`` (relative to ``root``), oldest
    first, with paths relative to ``root``.

    Merges are read against their first parent (``-m --first-parent``), so a merged
    pull request is one change with its number. Fields and paths are separated by
    NUL bytes (``-z``), the one byte git keeps out of messages, names and paths:
    control characters of any other kind in a message cannot split a record.
    """
    return _log(root, "--reverse", until, "--", folder)


def _log(root: Path, *args: str) -> list[Commit]:
    """``git log`` with ``args``, read as :func:`read_commits` describes."""
    raw = _git(
        root, "log", "-z", "--first-parent", "-m", "--raw", "--no-renames", "--no-abbrev",
        "--format=%x00%H%x00%an%x00%cI%x00%s%x00%b%x00", *args,
    )  # fmt: skip
    return _parse_log(raw.split(b"\0"))


def read_folder_history(root: Path, folder: str) -> list[Commit]:
    """Every commit that changed the SOP folder, oldest first, with paths inside it.

    A rename of the folder itself (``git mv sop kb`` and ``docs_dir: kb``) is followed
    back, so the SOPs keep their history: the commit that made the folder is read in
    full, and if it moved files there from another folder (the same paths inside
    it), that folder's earlier commits come first, and the moving commit lists the
    files it took away as well as those it added, under their paths inside the folder.
    """
    return _folder_history(root, folder, "HEAD", FOLDER_RENAMES)


def _folder_history(root: Path, folder: str, until: str, renames: int) -> list[Commit]:
    """:func:`read_folder_history` up to ``until``, following at most ``renames`` renames.

    Only the commit that made the folder is read in full (one more git process): a
    folder renamed into is made by its rename, and reading every commit in full would
    cost what path-limited ``git log`` saves in a repository that is more than SOPs.
    """
    commits = read_commits(root, folder, until)
    if not commits or renames == 0 or folder == ".":
        return [_inside(commit, (folder,)) for commit in commits]
    [first] = _log(root, "-1", commits[0].sha)  # every file, not only the folder's
    old = _renamed_from(first.files, folder)
    inside = [_inside(commit, (folder,)) for commit in commits[1:]]
    if old is None:
        return [_inside(commits[0], (folder,)), *inside]
    earlier = _folder_history(root, old, f"{first.sha}^", renames - 1)
    return [*earlier, _inside(first, (old, folder)), *inside]


def _inside(commit: Commit, folders: tuple[str, ...]) -> Commit:
    """``commit`` with only the files inside ``folders``, named by their path inside."""
    files = []
    for file in commit.files:
        for folder in folders:
            prefix = f"{folder}/" if folder != "." else ""
            if file.path.startswith(prefix):
                files.append(replace(file, path=file.path[len(prefix) :]))
                break
    return replace(commit, files=files)


def _renamed_from(files: list[FileChange], folder: str) -> str | None:
    """The folder this commit moved ``folder``'s files from, if it did.

    A file added as ``<folder>/<p>`` while ``<other>/<p>`` was deleted counts for
    ``other`` (ties go to the same bytes). The folder counted most is the answer if
    at least half the added files came from it: a stray deletion with a path in
    common is no rename.
    """
    added = {f.path[len(folder) + 1 :]: f.after for f in files
             if f.before is None and f.path.startswith(f"{folder}/")}  # fmt: skip
    moved: Counter[str] = Counter()
    same: Counter[str] = Counter()
    for file in files:
        if file.after is not None or file.path.startswith(f"{folder}/"):
            continue
        parts = file.path.split("/")
        for cut in range(1, len(parts)):
            inside, other = "/".join(parts[cut:]), "/".join(parts[:cut])
            if inside in added:
                moved[other] += 1
                same[other] += added[inside] == file.before
    if not moved:
        return None
    best = max(moved, key=lambda other: (moved[other], same[other]))
    return best if 2 * moved[best] >= len(added) else None


def _text(token: bytes, limit: int) -> str:
    """A field as text, cut to ``limit`` characters (decoding no more than it needs),
    without direction controls: U+202E in a commit message showed a line of the change
    log, its pull request number too, in reverse (front matter refuses them). Other
    control characters go too: ESC from an author's name reached the pages as it was."""
    return _CONTROLS.sub("", token[: limit * 4].decode("utf-8", "replace")[:limit])


#: Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), and
#: the C0 and C1 controls but the line break and the tab a message's body may hold.
_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b-\x1f\x7f-\x9f]")


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
                    commit_date(date),
                    _text(subject, SUBJECT_CHARACTERS),
                    _text(body, BODY_CHARACTERS).strip(),
                )
            )
    return commits


#: The date shown for a commit whose date no calendar holds (see :func:`commit_date`).
UNKNOWN_DATE = datetime(1970, 1, 1, tzinfo=UTC)
_DATE_AND_TIME = re.compile(rb"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)")


def commit_date(raw: bytes) -> datetime:
    """A commit's date as git gives it (``%cI``), whatever the commit holds.

    The committer's date, not the author's: a change is new when it reached the branch.
    A pull request rebased or cherry-picked onto it keeps the date it was written on as
    its author date, and was listed weeks back, missing from every location's "last 30
    days" and from feed readers' new entries.

    git writes a commit's date as it was recorded, and a commit made by hand or by a
    broken tool can hold a time zone of +2400, a year past 9999 or a negative time:
    no ``datetime`` holds those, and one such commit stopped every build for good (a
    history cannot drop it without being rewritten). Such a date is read without its
    zone, as UTC, or, if even that fails, shown as 1970-01-01.
    """
    try:
        return datetime.fromisoformat(raw.decode("ascii", "replace").strip())
    except ValueError:
        pass
    found = _DATE_AND_TIME.match(raw.strip())
    if found is not None:
        try:
            year, month, day, hour, minute, second = (int(part) for part in found.groups())
            return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
        except ValueError:
            pass
    return UNKNOWN_DATE


def read_blobs(root: Path, ids: set[str], max_size: int) -> dict[str, bytes]:
    """The contents of many blobs through one ``git cat-file --batch``, each of at most
    ``max_size`` bytes: a larger one (a file committed by mistake, once) is left out, as
    lint refuses such a file today. Every build read it whole: one 192 MB version made
    each build take 3.3 GB of memory.

    Raises:
        HistoryUnavailable: a blob cannot be had (a partial clone whose remote cannot
            be reached; a damaged repository): the history would be wrong, not short.
    """
    if not ids:
        return {}
    sizes = _blob_sizes(root, sorted(ids))
    # a blob git cannot size counts as small, so that reading it names the problem
    ordered = [blob for blob in sorted(ids) if sizes.get(blob, 0) <= max_size]
    if not ordered:
        return {}
    output = _cat_file(root, ordered)
    blobs: dict[str, bytes] = {}
    position = 0
    for blob_id in ordered:
        end = output.index(b"\n", position)
        header = output[position:end].split()
        position = end + 1
        if len(header) < 3 or header[1] == b"missing":
            raise HistoryUnavailable(
                f"git cannot find {blob_id}, a version of an SOP: run `git fsck` in {root}"
            )
        size = int(header[2])
        blobs[blob_id] = output[position : position + size]
        position += size + 1
    return blobs


def _blob_sizes(root: Path, ordered: list[str]) -> dict[str, int]:
    """The size of each blob of ``ordered``, by one ``git cat-file --batch-check``."""
    try:
        lines = _git(
            root, "cat-file", "--batch-check", stdin=("\n".join(ordered) + "\n").encode()
        ).splitlines()
    except GitFailed:
        return {}  # read then, and named by the batch that fails
    sizes: dict[str, int] = {}
    for line in lines:
        parts = line.split()
        if len(parts) >= 3 and parts[2].isdigit():
            sizes[parts[0].decode("ascii", "replace")] = int(parts[2])
    return sizes


def _cat_file(root: Path, ordered: list[str]) -> bytes:
    """``git cat-file --batch`` of ``ordered``; a partial clone's failure names its fix."""
    try:
        return _git(root, "cat-file", "--batch", stdin=("\n".join(ordered) + "\n").encode())
    except GitFailed as failed:
        if not _is_partial_clone(root):
            raise
        raise HistoryUnavailable(f"{failed}; {_PARTIAL_CLONE_FIX}") from None


def _is_partial_clone(root: Path) -> bool:
    """Whether objects of ``root`` may be left to a remote (``git clone --filter``): a
    promisor remote, or the ``extensions.partialClone`` of older clones."""
    pattern = r"^(remote\..*\.promisor|extensions\.partialclone)$"
    found = _git(root, "config", "--get-regexp", pattern, check=False).decode("utf-8", "replace")
    for line in found.splitlines():
        key, _, value = line.partition(" ")
        if key.lower() == "extensions.partialclone" or value.strip().lower() == "true":
            return True
    return False
