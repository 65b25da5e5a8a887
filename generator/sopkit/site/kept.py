"""Folders of build outputs kept between builds (search indexes, cards): the newest stay.

Each kind of output is written under a temporary name and renamed when complete, in
a folder of its own in sopkit's cache. Only entries named like the outputs or like
their temporary copies are ever removed; anything else in the folder is left alone.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import time
from pathlib import Path

#: A temporary copy older than this was left by a build that was stopped.
STALE_SECONDS = 3600


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
            _remove(entry)
    others.sort(key=lambda entry: entry.stat().st_mtime_ns, reverse=True)
    for old in others[kept - 1 :]:
        _remove(old)


def _remove(entry: Path) -> None:
    if entry.is_dir() and not entry.is_symlink():
        shutil.rmtree(entry, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            entry.unlink(missing_ok=True)
