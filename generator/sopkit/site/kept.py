"""Folders of build outputs kept between builds (search indexes, cards, sites): the newest stay.

Each kind of output is written under a temporary name and renamed when complete, in
a folder of its own in sopkit's cache. Only entries named like the outputs or like
their temporary copies are ever removed; anything else in the folder is left alone.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import time
from collections.abc import Callable
from pathlib import Path

#: A temporary copy older than this was left by a build that was stopped.
STALE_SECONDS = 3600


def link_or_copy(source: str | Path, target: str | Path) -> None:
    """Keep ``source`` as ``target``: a hard link (the output and the kept copy share the
    file, which neither changes in place; copying Pagefind's 1,000-odd files cost a cold
    build about 0.6 s of CPU at 1,000 SOPs), a copy on file systems without links."""
    try:
        os.link(source, target)
    except OSError:  # another file system, or links not allowed
        shutil.copyfile(source, target)
        shutil.copystat(source, target)


def prune(
    folder: Path, newest: str, names: re.Pattern[str], temporary: re.Pattern[str], kept: int
) -> None:
    """Keep ``newest`` and the most recently used other entries, ``kept`` in all.

    Args:
        names: the names of complete outputs (compared in full).
        temporary: the names of their temporary copies; one older than
            :data:`STALE_SECONDS` is removed.
    """
    stale = time.time() - STALE_SECONDS
    others = []
    for entry in folder.iterdir():
        if names.fullmatch(entry.name) and entry.name != newest:
            others.append(entry)
        elif temporary.fullmatch(entry.name) and entry.stat().st_mtime < stale:
            remove(entry)
    others.sort(key=lambda entry: entry.stat().st_mtime_ns, reverse=True)
    for old in others[kept - 1 :]:
        remove(old)


def keep_folder(folder: Path, name: str, fill: Callable[[Path], None]) -> None:
    """Make the entry ``folder/name``: ``fill`` writes it into a temporary folder, renamed
    when complete. An entry a build running at the same time kept first is left as it is.

    Raises:
        OSError: it cannot be written (the temporary folder is removed).
    """
    staging = folder / f".{name}.{os.getpid()}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(staging, ignore_errors=True)
        fill(staging)
        try:
            staging.rename(folder / name)
        except OSError:  # kept by a build running at the same time
            shutil.rmtree(staging, ignore_errors=True)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def remove(entry: Path) -> None:
    """Remove a folder (not through a link) or a file, whatever is in the way."""
    if entry.is_dir() and not entry.is_symlink():
        shutil.rmtree(entry, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            entry.unlink(missing_ok=True)
