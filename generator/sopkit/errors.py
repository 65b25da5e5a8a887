"""Errors that stop sopkit from running at all (exit code 2).

Problems *in* SOP files are findings, never exceptions: one bad SOP must not hide
the findings in the others. Only a broken setup (bad configuration, bad usage)
raises, and it does so as a ``click.ClickException`` so the CLI prints one clean line.
"""

from __future__ import annotations

import errno
import os

import click


class SopkitError(click.ClickException):
    """sopkit cannot run; the message says what to fix."""

    exit_code = 2


class ConfigError(SopkitError):
    """The configuration (``mkdocs.yml`` plugin section or ``[tool.sopkit]``) is invalid."""

    def __init__(self, path: object, message: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line else f"{path}"
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line


#: What the machine, not sopkit, got wrong, and what to do about it, by ``errno``.
_ENVIRONMENT_FIXES = {
    errno.ENOSPC: "free some space, then run it again",
    errno.EDQUOT: "free some space (the disk quota is used up), then run it again",
    errno.EACCES: "check its permissions, or use another folder",
    errno.EPERM: "check its permissions, or use another folder",
    errno.EROFS: "that file system is read-only: use another folder",
    errno.EMFILE: "too many files are open: raise the limit (ulimit -n), then run it again",
    errno.ENFILE: "too many files are open on this machine: run it again later",
}
#: These say more about a path the user gave than about the machine: only with its name.
_PATH_FIXES = {
    errno.ENOENT: "create its folder, or give another path",
    errno.ENOTDIR: "a part of the path is a file, not a folder: give another path",
    errno.EISDIR: "it is a folder: give a file's path",
    errno.EEXIST: "something that is not a folder is in the way: give a folder's path",
}


def environment_problem(error: BaseException) -> str | None:
    """What to tell the user when ``error`` is the machine's (a full disk, a locked folder).

    ``None`` for anything else, which the CLI reports as a defect in sopkit.
    """
    if not isinstance(error, OSError) or error.errno is None:
        return None
    fix = _ENVIRONMENT_FIXES.get(error.errno)
    if fix is None and error.filename is not None:
        fix = _PATH_FIXES.get(error.errno)
    if fix is None:
        return None
    reason = error.strerror or os.strerror(error.errno)
    if error.filename is None:
        return f"sopkit could not read or write a file ({reason}): {fix}"
    return f"sopkit could not use {error.filename} ({reason}): {fix}"
