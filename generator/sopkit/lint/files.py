"""Which files lint reads, and how it reads one.

Kept apart from the engine and its rules: a site build reads the SOPs here while
lint runs in another process, and importing every rule would only delay it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sopkit.config import Settings
from sopkit.document import ReadProblem
from sopkit.errors import SopkitError
from sopkit.history.git import GIT_FOLDER, work_tree_of
from sopkit.locations import load_registry
from sopkit.sop import NOT_SOP_NAMES, Sop, display_path, load_sop
from sopkit.terminal import CONTROL_IN_NAME, NOT_UTF8, undecodable_byte

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
    docs folder: a page it publishes must not escape lint. A link that leads back to
    a folder on the way to it (a loop, also through other links: ``a/x -> ../b`` and
    ``b/y -> ../a``), a link to a folder outside the project (``/``, ``/proc``) and
    anything beyond :data:`FOLDER_LIMIT` folders are not followed, and reported.

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
            links = _FolderLinks(path, published)
            for root, dirs, files in os.walk(path, onerror=unreadable, followlinks=True):
                kept = []
                skipped = set() if inside(root) else _SKIPPED_DIRS
                for name in sorted(dirs):
                    if name in skipped or name.startswith("."):
                        continue
                    problem = links.problem(root, name)
                    if problem is not None:
                        if problems is not None:
                            problems.append((Path(root) / name, problem))
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
    # One file named twice ("sop/a.md" and "$PWD/sop/a.md") is one file: it was linted
    # twice and reported as a duplicate of itself (SOP008).
    # (abspath, not resolve: a link's own name is how the user names that file)
    unique = {os.path.abspath(p): p for p in sorted(found, key=lambda p: p.parts)}  # noqa: PTH100
    # Sorted by their parts, as paths compare, but without building a path's parts at
    # each of the many comparisons of a large tree.
    return sorted(unique.values(), key=lambda path: path.parts)


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
        control = CONTROL_IN_NAME.search(name)
        if control is not None:
            refused.append((path, _control_in_name(name, control.group())))
            continue
        undecodable = NOT_UTF8.search(name)
        if undecodable is not None:
            refused.append((path, _not_utf8_name(undecodable.group())))
            continue
        if inside:
            real = boundary.outside(path)
            if real is not None and real.is_file():  # a device or pipe: reading names it
                refused.append((path, link_out_of_project(real)))
                continue
        kept.append(path)
    return kept, refused


def _not_utf8_name(escaped: str) -> str:
    """Why a name that is not UTF-8 is refused: no URL, JSON report or page holds it."""
    return (
        f"the name holds the byte 0x{undecodable_byte(escaped):02X}, which is not UTF-8 (names "
        "from old archives and Windows shares): no URL or report can hold it; rename the "
        "file (or its folder) with letters, digits and hyphens"
    )


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


#: The most folders one walk enters: a web of links that branches without looping
#: (``a/x`` and ``a/x2`` both to ``b``, ``b/y`` and ``b/y2`` both to ``c`` ...) doubles
#: its paths at every level; no SOP folder has this many.
FOLDER_LIMIT = 20_000
_OUTSIDE = (
    "this symlinked folder leads to {real}, outside the project: MkDocs would publish "
    "whatever it holds; copy the SOPs into the project, or remove the link"
)
_INTO_GIT = (
    "this symlinked folder leads to {real}, a repository's .git folder: MkDocs would "
    "publish its configuration (with the token CI checked out with) and its history; "
    "remove the link"
)
_TOO_MANY = (
    "more than {limit} folders below this one (links that lead to the same folders again?): "
    "remove the extra links"
)
#: How the walk's refusals of a folder link start (the messages before their values).
_LINK_PROBLEM_STARTS = (
    _LOOP, _OUTSIDE.partition("{")[0], _INTO_GIT.partition("{")[0], _TOO_MANY.partition("{")[0]
)  # fmt: skip


def folder_link_problems(docs_dir: Path) -> list[tuple[Path, str]]:
    """The folder links under ``docs_dir`` that MkDocs must not walk, with why.

    MkDocs follows every symlinked folder of the docs folder, with no limit: a loop or
    a link to ``/`` kept a build (or ``serve``) walking, its memory growing, before a
    word was printed. A build asks this first and stops on any.
    """
    problems: list[tuple[Path, str]] = []
    collect_files([docs_dir], problems, published=docs_dir)
    return [
        (path, message) for path, message in problems if message.startswith(_LINK_PROBLEM_STARTS)
    ]


def refuse_folder_links(docs_dir: Path, root: Path) -> None:
    """Stop before anything walks a docs folder whose links loop or lead out of the
    project (MkDocs, and the kept site's fingerprint, follow folder links).

    Raises:
        SopkitError: the links, each with its fix.
    """
    if not docs_dir.is_dir():
        return  # said where the docs folder is read
    found = folder_link_problems(docs_dir)
    if found:
        lines = [f"{display_path(path, root)}: {message}" for path, message in found[:10]]
        more = f"\n  ... and {len(found) - 10} more" if len(found) > 10 else ""
        raise SopkitError(
            "the docs folder has symlinked folders that MkDocs cannot walk (it would follow "
            "them without end):\n  " + "\n  ".join(lines) + more
        )


class _FolderLinks:
    """Which folders of one walk not to enter, and why (a loop, a way out, too many).

    The walk keeps the real path of each folder it entered, so the folders on the way
    to one are known by their real paths: a link whose target is one of them, or a
    folder above one of them, leads back into the walk. A link is followed only to a
    folder inside the project: its git work tree (else the walked folder's parent)
    and the published folder.
    """

    def __init__(self, top: Path, published: Path | None) -> None:
        self.top = top
        self.real = {str(top): Path(os.path.realpath(top))}
        base = (published if published is not None else top).absolute()
        project = work_tree_of(base) or base.parent
        self.roots = tuple({Path(os.path.realpath(p)) for p in (project, base)})
        self.entered = 0

    def problem(self, root: str, name: str) -> str | None:
        """Why not to enter ``root/name``; ``None`` to enter it."""
        folder = Path(root, name)
        here = self.real.get(str(folder.parent)) or Path(os.path.realpath(root))
        self.entered += 1
        if self.entered > FOLDER_LIMIT:
            return _TOO_MANY.format(limit=f"{FOLDER_LIMIT:,}")
        if not folder.is_symlink():
            self.real[str(folder)] = here / name
            return None
        try:
            target = Path(os.path.realpath(folder, strict=True))
        except (OSError, RuntimeError):  # a broken or circular link
            return _LOOP
        for real in self._chain(root, here):
            if target == real or target in real.parents:
                return _LOOP
        inside = [top for top in self.roots if target.is_relative_to(top)]
        if not inside:
            return _OUTSIDE.format(real=target)
        # (the part inside the project: a project may itself lie below a folder named .git,
        # as a worktree in .git/wt/ does)
        if all(GIT_FOLDER in target.relative_to(top).parts for top in inside):
            return _INTO_GIT.format(real=target)
        self.real[str(folder)] = target
        return None

    def _chain(self, root: str, here: Path) -> Iterator[Path]:
        """The real paths of ``root`` and of the walked folders above it."""
        yield here
        walked = Path(root)
        while walked != self.top and walked.parent != walked:
            walked = walked.parent
            real = self.real.get(str(walked))
            if real is not None:
                yield real


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
