"""Which files lint reads, and how it reads one.

Kept apart from the engine and its rules: a site build reads the SOPs here while
lint runs in another process, and importing every rule would only delay it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sopkit.config import Settings
from sopkit.document import ReadProblem
from sopkit.errors import SopkitError
from sopkit.locations import load_registry
from sopkit.sop import NOT_SOP_NAMES, Sop, display_path, load_sop

#: Below this many files a process pool costs more than it saves.
PARALLEL_THRESHOLD = 200
_SKIPPED_DIRS = {".git", ".hg", ".svn", "node_modules", "site", "__pycache__", ".venv", "venv"}


def collect_files(
    paths: Sequence[Path],
    problems: list[tuple[Path, str]] | None = None,
    published: Path | None = None,
) -> list[Path]:
    """Expand ``paths`` into Markdown files.

    Folders are searched recursively for ``*.md`` (skipping hidden and build
    folders); a file named on the command line is checked even in such a folder.
    Inside ``published`` (the SOP folder, which MkDocs publishes whole) only hidden
    folders are skipped, as MkDocs skips them: an SOP in ``sop/site/`` is published,
    so it must be linted too.
    Symlinked folders are followed, as MkDocs follows them when it publishes the
    docs folder: a page it publishes must not escape lint. A link back to a folder
    above it (a loop) is not followed.

    Args:
        paths: files and folders.
        problems: collects ``(folder, message)`` for folders that cannot be
            searched (unreadable, or a symlink loop); without it they are ignored.

    Raises:
        SopkitError: a path does not exist, or is a file that is not Markdown.
    """
    found: set[Path] = set()

    def unreadable(error: OSError) -> None:
        if problems is not None:
            problems.append(
                (Path(error.filename or "."), f"cannot read the folder: {error.strerror}")
            )

    inside = _inside(published)
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path, onerror=unreadable, followlinks=True):
                kept = []
                skipped = set() if inside(root) else _SKIPPED_DIRS
                for name in sorted(dirs):
                    if name in skipped or name.startswith("."):
                        continue
                    if _loops(Path(root), name):
                        if problems is not None:
                            problems.append((Path(root) / name, _LOOP))
                        continue
                    kept.append(name)
                dirs[:] = kept
                folder = Path(root)
                found.update(folder / name for name in files if name.endswith(".md"))
                if problems is not None:
                    problems.extend(
                        (folder / name, _other_markdown(name))
                        for name in files
                        if not name.endswith(".md") and name.lower().endswith(MARKDOWN_SUFFIXES)
                    )
        elif path.is_file() or path.is_symlink() or path.exists():
            if path.suffix != ".md":
                raise SopkitError(f"{path}: not a Markdown (.md) file")
            found.add(path)  # a FIFO or device too: reading it reports what it is
        else:
            raise SopkitError(f"{path}: no such file or folder")
    # Sorted by their parts, as paths compare, but without building a path's parts at
    # each of the many comparisons of a large tree.
    return sorted(found, key=lambda path: path.parts)


def refused_files(
    files: list[Path], settings: Settings
) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The files to read, and each one no site should publish, with why.

    - A published file that links out of the project (``/etc/passwd`` behind
      ``sop/x.md``): a build refuses to publish it, so lint refuses it too, with the
      build's words, instead of reading the stranger's file as an SOP.
    - A name with a control character (a line break, ESC): it becomes part of a URL,
      splits the file lists of CI scripts and ``CODEOWNERS`` lines in two, and GitHub
      drops it from annotations.

    Costs a ``realpath`` per folder and a ``lstat`` per file.
    """
    from sopkit.site.docs_files import ProjectBoundary, link_out_of_project

    published = settings.sop_path.absolute()
    boundary = ProjectBoundary(settings.root, settings.sop_path)
    kept: list[Path] = []
    refused: list[tuple[Path, str]] = []
    for path in files:
        absolute = path.absolute()
        inside = absolute.is_relative_to(published)
        name = absolute.relative_to(published).as_posix() if inside else path.name
        control = _CONTROL_IN_NAME.search(name)
        if control is not None:
            refused.append((path, _control_in_name(name, control.group())))
            continue
        if inside:
            real = boundary.outside(path)
            if real is not None and real.is_file():  # a device or pipe: reading names it
                refused.append((path, link_out_of_project(real)))
                continue
        kept.append(path)
    return kept, refused


_CONTROL_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f]")


def _control_in_name(name: str, character: str) -> str:
    return (
        f"the name holds the control character U+{ord(character):04X}, which breaks URLs, "
        "file lists in CI and CODEOWNERS lines: rename the file (or its folder) with "
        "letters, digits and hyphens"
    )


#: The names MkDocs reads as pages (``mkdocs.utils.markdown_extensions``), in any case.
MARKDOWN_SUFFIXES = (".markdown", ".mdown", ".mkdn", ".mkd", ".md")


def _other_markdown(name: str) -> str:
    """Why a Markdown file not named ``*.md`` is an error: MkDocs publishes ``x.markdown``
    as a page, which no rule would have read, and copies ``x.MD`` as a plain file."""
    stem = name[: name.lower().rfind(".m")]
    published = name.endswith(MARKDOWN_SUFFIXES)
    fate = "as a page that lint never read" if published else "as a plain file, not a page"
    return (
        f"MkDocs would publish this file {fate}, and sopkit reads SOPs and pages from "
        f"'.md' files only: rename it to {stem}.md"
    )


def _inside(published: Path | None) -> Callable[[str], bool]:
    """A test of whether a walked folder lies in ``published`` (or is it)."""
    if published is None:
        return lambda root: False
    top = published.absolute()
    return lambda root: Path(root).absolute().is_relative_to(top)


_LOOP = (
    "this symlinked folder points back to a folder that contains it (a loop): "
    "remove the link, or point it elsewhere"
)


def _loops(root: Path, name: str) -> bool:
    """Whether ``root/name`` is a symlink to ``root`` itself or a folder above it."""
    folder = root / name
    if not folder.is_symlink():
        return False
    try:
        target = folder.resolve(strict=True)
        here = root.resolve(strict=True)
    except (OSError, RuntimeError):  # a broken or circular link
        return True
    return here == target or target in here.parents


def read_file(path: Path, settings: Settings, cwd: Path, shown: str | None = None) -> Sop:
    """One file as lint reads it (an ``index.md`` or ``README.md`` is never an SOP);
    ``shown`` is its :func:`display_path` from ``cwd``, when the caller has it."""
    sop = load_sop(path, settings, shown if shown is not None else display_path(path, cwd))
    if path.stem and not path.stem.strip("."):
        sop.document.problems.insert(
            0,
            ReadProblem(
                "unreadable",
                f"the file name '{path.name}' gives the id '{path.stem}', and an id cannot be "
                "dots only (MkDocs publishes no page for it): rename the file, "
                "e.g. answer-calls.md",
            ),
        )
    if path.name.lower() in NOT_SOP_NAMES:  # by name, also when named explicitly
        sop.is_sop = False
    return sop


def with_locations(settings: Settings) -> Settings:
    """``settings`` knowing the location ids of ``locations.yml``, when there is one."""
    registry = load_registry(settings.sop_path)
    if registry.path is None:
        return settings
    return replace(settings, locations=tuple(registry.ids))


#: A file's modification time (ns), size and inode: it changed if this did.
Stamp = tuple[int, int, int]


def file_stamp(path: Path) -> Stamp | None:
    """``path``'s :data:`Stamp`, ``None`` if it cannot be seen."""
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size, status.st_ino


@dataclass
class ReadAlready:
    """A file that a site build read before it forked its lint process.

    The child process checks this SOP instead of reading the file again, if the file
    still has the ``stamp`` it had before it was read (a file saved in between is read
    again). Only what does not depend on today's date may have been computed on it:
    lint notes which results read the date (see :mod:`sopkit.lint.cache`).
    """

    sop: Sop
    stamp: Stamp | None


def read_files_once(
    files: Sequence[Path], settings: Settings, cwd: Path
) -> dict[Path, ReadAlready]:
    """Read each of ``files`` as lint reads it, with its stamp from before the read.

    A file that cannot be read at all is left out: lint reads it again and reports it.
    """
    read = {}
    for path in files:
        stamp = file_stamp(path)
        try:
            sop = read_file(path, settings, cwd)
        except Exception:  # lint reports the file (SOP001) and fails the build
            continue
        read[path] = ReadAlready(sop, stamp)
    return read
