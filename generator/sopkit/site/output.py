"""Writing a whole output folder safely: checks, a lock, staging and the swap.

``sopkit build``, plain ``mkdocs build`` through the plugin and ``sopkit export``
replace a folder wholesale. That is only safe for a folder sopkit wrote itself, so
before anything is written the target is checked: it may not be, contain or lie
inside the SOP sources, be or contain the configuration's folder or a git work
tree, and an existing folder must carry sopkit's marker (or, for a site, be a
recognisable MkDocs build).

The new output is written into a staging folder unique to this run, beside the
target, and swapped in under a lock: on Linux with one atomic exchange of the two
folders, elsewhere with two renames, and a run that dies between them is
recovered by the next one. This module does not import MkDocs.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import secrets
import shutil
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sopkit.errors import SopkitError
from sopkit.history.git import work_tree_of

#: Written into every folder sopkit builds; it tells sopkit's output apart from
#: a user's own folder. Hidden, so MkDocs' cleaning and most hosts leave it alone.
MARKER = ".sopkit-output"
_MARKER_TEXT = "Written by sopkit. sopkit replaces this folder when it builds it again.\n"
#: Written into a staging folder when it is made: a folder left by a killed run is
#: removed by the next one only when it carries this (or :data:`MARKER`), never for its
#: name alone (".site.building-notes" may be a user's own).
STAGING_MARKER = ".sopkit-staging"
_RENAME_EXCHANGE = 2


class UnsafeOutput(SopkitError):
    """The output folder would put files sopkit did not write at risk (exit code 2)."""


@dataclass(frozen=True)
class Protected:
    """Folders an output folder must keep clear of.

    Attributes:
        sources: the SOP folder: the output may not be, contain or lie inside it.
        config_dir: the configuration's folder: the output may not be or contain it.
    """

    sources: Path
    config_dir: Path


def looks_like_site(folder: Path) -> bool:
    """True for a folder that an MkDocs build wrote (sitemap or search index present)."""
    return (folder / "sitemap.xml").is_file() or (folder / "search" / "search_index.json").is_file()


def written_by_mkdocs(folder: Path) -> bool:
    """True for a folder an MkDocs build wrote, told by what only MkDocs writes: the
    gzipped sitemap beside the sitemap or the search index. Hugo, Jekyll and most web
    roots have a ``sitemap.xml`` too, and are never replaced without the marker."""
    return (folder / "sitemap.xml.gz").is_file() and looks_like_site(folder)


def is_sopkit_output(folder: Path) -> bool:
    """True for a folder carrying sopkit's marker."""
    return (folder / MARKER).is_file()


#: Files that make a folder a project of its own, whatever --force says.
PROJECT_FILES = ("mkdocs.yml", "mkdocs.yaml", "pyproject.toml", "zensical.toml")


def _project_inside(folder: Path, limit: int = 20_000) -> str | None:
    """The first project file (or git work tree) in ``folder`` or below, as a relative
    path; None when there is none among the first ``limit`` entries."""
    seen = 0
    for here, folders, files in os.walk(folder):
        for name in (*files, *folders):
            seen += 1
            if name in PROJECT_FILES or name == ".git":
                return (Path(here) / name).relative_to(folder).as_posix()
        if seen > limit:
            return None
    return None


def check_output(
    target: Path, protected: Protected, *, command: str, option: str, force: bool = False,
    accept_site: bool = False,
) -> Path:  # fmt: skip
    """Return ``target`` resolved, or refuse it with the reason and the fix.

    Args:
        command: how the user ran us ("sopkit build"), for the message.
        option: the option or argument that chose the folder, for the fix.
        force: replace a non-empty folder sopkit did not write (never a protected one).
        accept_site: also replace a folder an earlier plain MkDocs build wrote
            (:func:`written_by_mkdocs`).

    Raises:
        UnsafeOutput: the folder is, holds or lies inside something to protect.
    """
    out = target.expanduser().resolve()
    sources = protected.sources.resolve()
    config_dir = protected.config_dir.resolve()
    fix = f"choose another folder with {option}, e.g. a 'site/' or 'export/' beside the SOPs"

    def refuse(reason: str) -> UnsafeOutput:
        return UnsafeOutput(f"{command}: refusing to write into {out}: {reason}; {fix}")

    if out == sources or sources in out.parents:
        raise refuse(f"it is or lies inside the SOP folder {sources}")
    if out in sources.parents:
        raise refuse(f"it holds the SOP folder {sources}, which would be replaced")
    if out == config_dir or out in config_dir.parents:
        raise refuse(f"it is or holds the project folder {config_dir}")
    git_root = work_tree_of(config_dir)
    if git_root is not None and (out == git_root or out in git_root.parents):
        raise refuse(f"it is or holds the git work tree {git_root}")
    if ".git" in out.parts:
        raise refuse("it lies inside a .git folder")
    if out.exists() and not out.is_dir():
        raise refuse("it is a file, not a folder")
    if out.is_dir() and (out / ".git").exists():
        raise refuse("it is a git work tree")
    project = _project_inside(out) if out.is_dir() and not is_sopkit_output(out) else None
    if project is not None:  # --force replaced another project's sources
        raise refuse(f"it holds a project ({project}), not an output of sopkit")
    foreign = out.is_dir() and any(out.iterdir()) and not is_sopkit_output(out)
    if foreign and not (force or (accept_site and written_by_mkdocs(out))):
        raise UnsafeOutput(
            f"{command}: {out} holds files that sopkit did not write (no {MARKER} "
            f"marker); empty it, {fix}"
            + (", or pass --force to replace it" if not accept_site else "")
        )
    return out


def _remove_tree(folder: Path) -> None:
    """Remove a folder sopkit wrote, also one whose folders were made read-only.

    A site published with ``chmod -R a-w`` (or from a read-only checkout) could not
    be removed after the swap, and stayed beside the site under a staging name.
    """
    shutil.rmtree(folder, ignore_errors=True)
    if not folder.exists() or folder.is_symlink():
        return

    def writable(path: Path) -> None:
        if path.is_symlink():  # never through a link: its target is not sopkit's
            return
        with contextlib.suppress(OSError):
            path.chmod(path.stat().st_mode | stat.S_IRWXU)

    writable(folder)
    for root, dirs, _files in os.walk(folder):  # top-down: a folder is opened after this
        for name in dirs:
            writable(Path(root, name))
    shutil.rmtree(folder, ignore_errors=True)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one atomic step (Linux ``renameat2``); False if unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    result = renameat2(
        at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), _RENAME_EXCHANGE
    )
    return bool(result == 0)


class Staging:
    """One run's staging folder beside ``final``, swapped in by :meth:`publish`.

    Use as a context manager: it takes the lock (waiting for another run on the
    same folder), recovers what a killed run left, and on leaving without
    :meth:`publish` removes its own staging folder and nothing else.
    """

    def __init__(self, final: Path, on_wait: object = None) -> None:
        self.final = final
        self.parent = final.parent
        self._prefix = f".{final.name}."
        self._on_wait = on_wait
        self._lock_file: int | None = None
        self.folder: Path | None = None

    def __enter__(self) -> Staging:
        self.parent.mkdir(parents=True, exist_ok=True)
        self._lock()
        try:
            self._recover()
            self.folder = self._new_staging_folder()
        except BaseException:
            self._remove(self.folder)
            self._unlock()
            raise
        return self

    def _new_staging_folder(self) -> Path:
        """A folder of this run's own, with the mode a plain ``mkdir`` gives.

        Not :func:`tempfile.mkdtemp`: its folders are private (0700), and the staging
        folder becomes the published site, which a web server running as another
        user must read.
        """
        for _ in range(100):
            folder = self.parent / f"{self._prefix}building-{secrets.token_hex(4)}"
            try:
                folder.mkdir()
            except FileExistsError:
                continue
            (folder / STAGING_MARKER).write_text(_MARKER_TEXT, encoding="utf-8")
            return folder
        raise FileExistsError(f"no free staging folder name in {self.parent}")

    def __exit__(self, *exc: object) -> None:
        try:
            self._remove(self.folder)
        finally:
            self._unlock()

    @staticmethod
    def _remove(folder: Path | None) -> None:
        """Remove a folder of this run's; a Ctrl-C in the middle does not leave half of it."""
        if folder is None or not folder.exists():
            return
        try:
            _remove_tree(folder)
        except KeyboardInterrupt:
            _remove_tree(folder)
            raise

    def publish(self) -> None:
        """Mark the staging folder as sopkit's and put it where ``final`` was."""
        assert self.folder is not None
        (self.folder / MARKER).write_text(_MARKER_TEXT, encoding="utf-8")
        (self.folder / STAGING_MARKER).unlink(missing_ok=True)
        if self.final.exists() and _exchange(self.folder, self.final):
            old = self.folder  # after the exchange, it holds the previous output
        else:
            old = self.parent / f"{self._prefix}old-{os.getpid()}"
            if self.final.exists():
                self.final.rename(old)
            self.folder.rename(self.final)  # between the renames, _recover() can tell
        _PUBLISHED.append(self.final)  # from here on, a Ctrl-C stops only the clean-up
        self.folder = old  # the previous output: removed here, or by __exit__ if interrupted
        self._remove(old)
        self.folder = None

    def _leftovers(self, kind: str) -> list[Path]:
        """Folders a killed run of sopkit left, by name and by their marker: a user's
        own ".site.old-notes" is never one."""
        pattern = f"{self._prefix}{kind}-*"
        return sorted(
            (
                p
                for p in self.parent.glob(pattern)
                if p.is_dir() and not p.is_symlink() and _left_by_sopkit(p)
            ),
            key=lambda p: p.stat().st_mtime,
        )

    def _recover(self) -> None:
        """Undo what a run killed mid-way left: a missing output, stale folders."""
        olds = self._leftovers("old")
        if not self.final.exists() and olds:
            olds.pop().rename(self.final)  # the last complete output, put back
        for stale in olds + self._leftovers("building"):
            _remove_tree(stale)

    def _lock(self) -> None:
        path = self.parent / f"{self._prefix}lock"
        try:  # never through a link: it would create or lock a file elsewhere
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
        except OSError as error:
            raise UnsafeOutput(
                f"cannot use the lock file {path}: {error.strerror or error}; sopkit makes "
                "it as a plain file: remove what is there (a link or a folder) and build again"
            ) from None
        try:
            import fcntl
        except ImportError:  # Windows: no advisory locks; staging folders stay unique
            os.close(fd)
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if callable(self._on_wait):
                self._on_wait(f"another build is writing {self.final}; waiting for it to finish")
            fcntl.flock(fd, fcntl.LOCK_EX)
        self._lock_file = fd

    def _unlock(self) -> None:
        if self._lock_file is not None:
            os.close(self._lock_file)  # closing releases the lock
            self._lock_file = None


def _left_by_sopkit(folder: Path) -> bool:
    """A staging folder (its marker), or an output sopkit or MkDocs published and a
    killed run renamed aside."""
    return (
        (folder / STAGING_MARKER).is_file() or is_sopkit_output(folder) or written_by_mkdocs(folder)
    )


#: The outputs this process has put in place: a Ctrl-C after that leaves the new one.
_PUBLISHED: list[Path] = []


def published_in_this_run() -> tuple[Path, ...]:
    """The sites and exports this process has published (for the message after Ctrl-C)."""
    return tuple(_PUBLISHED)


@contextlib.contextmanager
def staged(final: Path, on_wait: object = None) -> Iterator[Staging]:
    """``with staged(site) as stage: write into stage.folder; stage.publish()``."""
    with Staging(final, on_wait) as stage:
        yield stage


__all__: Sequence[str] = [
    "MARKER", "STAGING_MARKER", "Protected", "Staging", "UnsafeOutput", "check_output",
    "looks_like_site", "published_in_this_run", "staged",
]  # fmt: skip
