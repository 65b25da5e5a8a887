"""Where sopkit keeps its caches: the user's cache folder, as the XDG spec defines it."""

from __future__ import annotations

import os
import re
from pathlib import Path


def user_cache_home() -> Path:
    """``$XDG_CACHE_HOME``, or ``~/.cache`` when it is unset, empty or relative.

    The XDG Base Directory specification calls a relative value invalid, to be ignored:
    ``XDG_CACHE_HOME=relative/dir`` put the whole cache, kept sites included, into the
    project folder the command ran in.
    """
    value = os.environ.get("XDG_CACHE_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".cache"


#: The cache directory tag (https://bford.info/cachedir/): backup tools skip the folder,
#: and sopkit tells its own cache folder from a user's by it.
CACHEDIR_TAG = "CACHEDIR.TAG"
_TAG_TEXT = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by sopkit.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)
#: What sopkit keeps in a cache folder: caches by kind, and template caches by hash.
_OWN_ENTRIES = re.compile(r"^(?:lint|cards|search|sites|templates|[0-9a-f]{8,64}|CACHEDIR\.TAG)$")


def foreign_files(folder: Path) -> str | None:
    """Why ``folder`` (a configured ``cache_dir``) cannot be sopkit's, without writing:
    it holds files sopkit did not write and no cache directory tag. ``sopkit lint``
    asks too, so that a ``cache_dir: /etc`` fails there and not first in the build."""
    try:
        if not folder.is_dir() or (folder / CACHEDIR_TAG).is_file():
            return None
        others = sorted(p.name for p in folder.iterdir() if not _OWN_ENTRIES.match(p.name))
    except OSError:
        return None  # a folder that cannot be read cannot be written either: said then
    if not others:
        return None
    return (
        f"{folder} holds files sopkit did not write ({others[0]!r}"
        f"{' and more' if len(others) > 1 else ''}); choose a folder of its own, "
        "e.g. 'cache_dir: .cache/sopkit'"
    )


def foreign_cache(folder: Path) -> str | None:
    """Why sopkit may not keep its caches in ``folder`` (a configured ``cache_dir``), or
    ``None`` after tagging it as sopkit's: a folder that holds anything else (``/etc``,
    the project folder) got six folders of sopkit's among the user's files."""
    problem = foreign_files(folder)
    if problem is not None:
        return problem
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tag = folder / CACHEDIR_TAG
        if not tag.is_file():
            tag.write_text(_TAG_TEXT, encoding="utf-8")
    except OSError as error:
        return f"{folder} cannot be written ({error.strerror or error})"
    return None
