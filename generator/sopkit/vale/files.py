"""The files of a Vale setup read as text, or a message that names the file and the fix.

``.vale.ini``, rule files and vocabularies are written by hand, sometimes in an editor
that saves Latin-1. Reading one must stop sopkit with a clear message (exit 2), as a
broken ``mkdocs.yml`` does, never with a ``UnicodeDecodeError`` that looks like a bug.
"""

from __future__ import annotations

from pathlib import Path

from sopkit.document import MAX_SETUP_FILE_BYTES, read_bytes
from sopkit.errors import ConfigError

MAX_VALE_FILE_BYTES = MAX_SETUP_FILE_BYTES


def read_text(path: Path) -> str:
    """``path`` as text: UTF-8, as Vale reads it (a leading byte order mark is allowed).

    Read as SOPs are (:func:`sopkit.document.read_bytes`): a pipe named ``X.yml`` in a
    style folder made lint wait for ever, a link to ``/dev/zero`` filled the memory.

    Raises:
        ConfigError: the file cannot be read, is not a regular file or too large, or is
            not UTF-8 (with the line of the first byte that is not, and the fix).
    """
    data, problem = read_bytes(path, MAX_VALE_FILE_BYTES)
    if data is None:
        assert problem is not None
        why = problem.reworded(
            not_regular="not a regular file (a folder, a device, a pipe or a link to one): "
            "replace it with a text file, or remove it",
            too_large=f"the file is larger than {MAX_VALE_FILE_BYTES:,} bytes, more than any "
            "Vale rule, vocabulary or .vale.ini written by hand: check what it is",
        )
        raise ConfigError(path, why)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ConfigError(
            path,
            f"not valid UTF-8 (byte 0x{data[error.start]:02x}): save the file as UTF-8",
            line,
        ) from None
