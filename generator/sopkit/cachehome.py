"""Where sopkit keeps its caches: the user's cache folder, as the XDG spec defines it."""

from __future__ import annotations

import os
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
