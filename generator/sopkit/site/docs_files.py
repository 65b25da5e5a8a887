"""Files of the docs folder that no site can publish, found before a site engine reads them.

A site engine copies every file of the docs folder into the site and reads every page.
Some files stop it, or never let it finish:

- a link whose target is gone, or one that leads back to itself, stops MkDocs with an
  ``OSError`` halfway through the build;
- a named pipe makes it wait for ever; a link to a device such as ``/dev/zero`` makes it
  copy until the disk is full;
- a page that is not UTF-8 text (a binary file, a file saved as Latin-1) stops it with
  a ``UnicodeDecodeError``; ``sopkit serve`` then shows the last good site until the
  file is mended, and every other edit goes unseen.

- a link (or a linked folder) that leads out of the project (``/proc/self/environ``,
  ``/etc/passwd``, a home folder) would publish that file for anyone who reads the site:
  a build's environment holds its secrets. A link may lead anywhere inside the project:
  its git work tree, or the folder of its configuration, and the docs folder itself,
  but never into a ``.git`` folder (``sop/x -> ../.git/config`` would publish the token
  ``actions/checkout`` writes there, and the whole history).

A build (and ``sopkit export``, which copies the folder) names each such file and
what to do about it; the live preview leaves it out, says the same, and goes on
showing every other edit. The checks cost a ``stat`` and an ``access`` per file (about
17 ms at 5,000 files), and a page is decoded here only when the engine could not
read it.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from sopkit.document import decode, read_bytes
from sopkit.filedigest import files_under
from sopkit.history.git import GIT_FOLDER, work_tree_of


class ProjectBoundary:
    """What the docs files may lead to: the project's git work tree (or, outside git, the
    folder of its configuration) and the docs folder itself.

    A folder's real path is looked up once; a file's own only when it is a link: a
    ``lstat`` per file.
    """

    def __init__(self, config_dir: Path, docs_dir: Path) -> None:
        project = config_dir.absolute()
        self.roots = tuple(
            {Path(os.path.realpath(root)) for root in (work_tree_of(project) or project, docs_dir)}
        )
        self._folders: dict[str, bool] = {}

    def outside(self, path: Path) -> Path | None:
        """The real file outside the project that ``path`` leads to; ``None`` if inside."""
        folder = str(path.absolute().parent)
        inside = self._folders.get(folder)
        if inside is None:
            inside = self._folders[folder] = self._inside(Path(os.path.realpath(folder)))
        if inside and not path.is_symlink():
            return None
        real = Path(os.path.realpath(path))
        return None if self._inside(real) else real

    def _inside(self, real: Path) -> bool:
        # (a repository's .git folder is no part of the project to publish: its config
        # holds the token CI checked out with, its objects the whole history)
        return any(
            real.is_relative_to(root) and GIT_FOLDER not in real.relative_to(root).parts
            for root in self.roots
        )


def publish_problem(path: Path, boundary: ProjectBoundary | None = None) -> str | None:
    """Why the file at ``path`` cannot be copied into a site, and what to do; else ``None``.

    With ``boundary``, a link out of the project is refused too.
    """
    try:
        status = path.stat()
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "a link that leads back to itself (a loop): remove it, or point it at a file"
        if error.errno == errno.ENOENT and path.is_symlink():
            return "a link to a file that does not exist: remove the link, or restore its target"
        return f"cannot be read ({error.strerror}): make it readable, or remove it"
    if not stat.S_ISREG(status.st_mode):
        return (
            "not a regular file (a device, pipe or socket, or a link to one), which a "
            "site build would read for ever: replace it with a file, or remove it"
        )
    if not os.access(path, os.R_OK):
        return "cannot be read (permission denied): make it readable, or remove it"
    if boundary is not None and (real := boundary.outside(path)) is not None:
        return link_out_of_project(real)
    return None


def link_out_of_project(real: Path) -> str:
    """Why a link to ``real``, outside the project, is refused (by a build and by lint)."""
    if GIT_FOLDER in real.parts:
        return (
            f"a link into a repository's {GIT_FOLDER} folder ({real}): a site would publish "
            "its configuration (with the token CI checked out with) and its history for "
            "anyone who reads it; remove the link"
        )
    return (
        f"a link to {real}, outside the project: a site would publish that file for "
        "anyone who reads it; copy the file into the project, or remove the link"
    )


def unpublishable(docs_dir: Path, config_dir: Path) -> Iterator[tuple[Path, str]]:
    """Each file under ``docs_dir`` that :func:`publish_problem` refuses, and why.

    Linked folders are followed, as MkDocs and a copy of the folder follow them; a
    folder reached twice (a loop of links) is walked once. ``config_dir`` is the
    project's folder (see :class:`ProjectBoundary`).
    """
    boundary = ProjectBoundary(config_dir, docs_dir)
    for path in files_under(docs_dir, follow_links=True):
        problem = publish_problem(path, boundary)
        if problem is not None:
            yield path, problem


def page_problem(path: Path, max_size: int) -> str:
    """Why the page at ``path`` cannot be read as text, in the words lint uses (SOP001).

    Called when the site engine failed to read it; ``max_size`` is the settings'
    ``max_file_size``, which bounds what is read here.
    """
    problem = publish_problem(path)
    if problem is not None:
        return problem
    data, unreadable = read_bytes(path, max_size)
    if data is None:
        assert unreadable is not None
        return unreadable.message
    _text, undecodable = decode(data)
    if undecodable is None:  # readable now: it changed since the engine tried
        return "it could not be read as UTF-8 text when the site was built: build again"
    where = f"line {undecodable.line}: " if undecodable.line > 1 else ""
    return where + undecodable.message
