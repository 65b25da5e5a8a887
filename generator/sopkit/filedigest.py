"""Files fed to a digest by their paths, sizes and bytes: what kept results are keyed on.

The lint cache names sopkit's own files this way (a fresh install of the same sopkit
keeps its results) and kept sites name the docs, templates and theme files this way.
Bytes, not times: a file's time changes when nothing in it did.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

#: Files are read in parts of this size: a large image never sits in memory whole.
CHUNK = 1 << 20


class NotARegularFile(OSError):
    """A pipe, socket or device where a file was expected: reading it could never end."""


def files_under(
    folder: Path, *, follow_links: bool = False, skip: Callable[[str], bool] | None = None
) -> Iterator[Path]:
    """Every file under ``folder`` (or ``folder`` itself, if a file), in a stable order.

    Args:
        follow_links: walk into linked folders too (as MkDocs finds docs and a copy
            copies them); a folder reached twice (a loop of links) is walked once.
        skip: names of folders and files to leave out.
    """
    if folder.is_file():
        yield folder
        return
    walked: set[str] = set()
    for root, dirs, files in os.walk(folder, followlinks=follow_links):
        if follow_links:
            real = os.path.realpath(root)
            if real in walked:
                dirs.clear()
                continue
            walked.add(real)
        dirs[:] = sorted(d for d in dirs if skip is None or not skip(d))
        for name in sorted(files):
            if skip is None or not skip(name):
                yield Path(root) / name


def feed_file(digest: Any, name: str, path: Path) -> None:
    """Feed ``name``, the size and the bytes of the file at ``path`` to ``digest``.

    Raises:
        NotARegularFile: ``path`` is not a regular file (it is not read).
        OSError: it cannot be read.
    """
    if not stat.S_ISREG(path.stat().st_mode):
        raise NotARegularFile(errno.EINVAL, "not a regular file", str(path))
    with path.open("rb") as file:
        size = os.fstat(file.fileno()).st_size
        digest.update(b"\0%s\0%d\0" % (name.encode("utf-8", "surrogateescape"), size))
        while chunk := file.read(CHUNK):
            digest.update(chunk)
