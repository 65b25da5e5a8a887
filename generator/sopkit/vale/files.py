"""The files of a Vale setup read as text, or a message that names the file and the fix.

``.vale.ini``, rule files and vocabularies are written by hand, sometimes in an editor
that saves Latin-1. Reading one must stop sopkit with a clear message (exit 2), as a
broken ``mkdocs.yml`` does, never with a ``UnicodeDecodeError`` that looks like a bug.
"""

from __future__ import annotations

from pathlib import Path

from sopkit.errors import ConfigError


def read_text(path: Path) -> str:
    """``path`` as text: UTF-8, as Vale reads it (a leading byte order mark is allowed).

    Raises:
        ConfigError: the file cannot be read, or is not UTF-8 (with the line of the
            first byte that is not, and the fix).
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ConfigError(path, f"cannot read the file: {error.strerror or error}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ConfigError(
            path,
            f"not valid UTF-8 (byte 0x{data[error.start]:02x}): save the file as UTF-8",
            line,
        ) from None
