"""The entries of one lint-cache folder, kept in one SQLite database.

A file per entry cost more than many entries were worth: making a file took 0.1 to
over 1 ms (by folder and by the file system's mood), so a cold lint of 1,000 SOPs
spent about 0.5 s of its 2.6 s of CPU on making entry files, and a site build read
them back one by one. One transaction writes them all in about 0.03 s. SQLite is part
of Python's standard library; its transactions mean that a run never reads half an
entry, and its locks let several processes (lint's workers, a build beside a
``sopkit serve``) share a folder.

The store holds bytes and times only; :mod:`sopkit.lint.cache` decides what the bytes
mean and whether they may be trusted. Writes wait in memory until a batch is full or
the store is flushed, so a run makes a handful of transactions. Errors are SQLite's
own (:class:`sqlite3.Error`) or the file system's (:class:`OSError`); the caller turns
them into a miss or a note.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

#: The database in each fingerprint folder.
DATABASE = "entries.sqlite3"
#: Writes wait until this many entries (or bytes) are pending, or until :meth:`flush`.
_BATCH_ENTRIES = 100
_BATCH_BYTES = 8 * 1024 * 1024
#: How long a statement waits for another process's transaction before it fails (the
#: cache stops reading after the first failure: one wait per run, not one per file).
_BUSY_SECONDS = 10.0
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS entries (digest TEXT PRIMARY KEY, used INTEGER NOT NULL, "
    "head BLOB NOT NULL, sop BLOB NOT NULL)"
)
#: SQLite's primary result codes for a file that is not, or no longer, a database.
_DAMAGED = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})


def is_damage(error: sqlite3.Error) -> bool:
    """Whether ``error`` says the database file is damaged (not that it is busy)."""
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in _DAMAGED


class EntryStore:
    """The ``entries`` table of ``folder``'s database, opened on first use.

    Each entry is a file's key (``digest``), the time it was last used (seconds since
    the epoch), its pickled result (``head``) and its pickled SOP (``sop``, empty when
    not kept).
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / DATABASE
        self._connection: sqlite3.Connection | None = None
        self._writes: dict[str, tuple[str, int, bytes, bytes]] = {}
        self._renewals: dict[str, int] = {}
        self._pending_bytes = 0

    def _open(self) -> sqlite3.Connection:
        if self._connection is None:
            connection = sqlite3.connect(
                self.path, timeout=_BUSY_SECONDS, isolation_level=None, check_same_thread=False
            )
            try:
                # A lost write costs a check, never a wrong result (entries are verified
                # when read): no waiting for the disk at every commit.
                connection.execute("PRAGMA synchronous = OFF")
                connection.execute(_SCHEMA)
            except BaseException:
                connection.close()
                raise
            self._connection = connection
        return self._connection

    def make(self) -> None:
        """Open the database now, making it if need be; a damaged one is made anew.

        Raises:
            sqlite3.Error, OSError: it cannot be made or used.
        """
        try:
            self._open()
        except sqlite3.DatabaseError as error:
            if not is_damage(error):
                raise
            self.discard()
            self._open()

    def has(self, digest: str) -> bool:
        """Whether an entry is stored for ``digest``."""
        if digest in self._writes:
            return True
        found = self._open().execute("SELECT 1 FROM entries WHERE digest = ?", (digest,))
        return bool(found.fetchall())  # read to the end: no lock stays held

    def read(self, digest: str, with_sop: bool) -> tuple[bytes, bytes, int] | None:
        """``(head, sop, used)`` of ``digest``; ``sop`` is empty unless ``with_sop``."""
        if digest in self._writes:
            _, used, head, sop = self._writes[digest]
            return head, sop if with_sop else b"", used
        query = (
            "SELECT head, sop, used FROM entries WHERE digest = ?"
            if with_sop
            else "SELECT head, x'', used FROM entries WHERE digest = ?"
        )
        rows = self._open().execute(query, (digest,)).fetchall()  # no lock stays held
        if not rows:
            return None
        head, sop, used = rows[0]
        if not (isinstance(head, bytes) and isinstance(sop, bytes) and type(used) is int):
            return None
        return head, sop, used

    def write(self, digest: str, used: int, head: bytes, sop: bytes) -> None:
        """Keep an entry (written with the next batch)."""
        self._writes[digest] = (digest, used, head, sop)
        self._pending_bytes += len(head) + len(sop)
        if len(self._writes) >= _BATCH_ENTRIES or self._pending_bytes >= _BATCH_BYTES:
            self.flush()

    def renew(self, digest: str, used: int) -> None:
        """Record that ``digest`` was used at ``used`` (written with the next batch)."""
        self._renewals[digest] = used

    def remove_unused_since(self, used: int) -> None:
        """Remove the entries last used before ``used``."""
        self._open().execute("DELETE FROM entries WHERE used < ?", (used,))

    def flush(self) -> None:
        """Write the pending entries and renewals in one transaction."""
        writes, renewals = list(self._writes.values()), list(self._renewals.items())
        self._writes, self._renewals, self._pending_bytes = {}, {}, 0
        if not writes and not renewals:
            return
        connection = self._open()
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)", writes)
            connection.executemany(
                "UPDATE entries SET used = ? WHERE digest = ?",
                [(used, digest) for digest, used in renewals],
            )
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise

    def close(self, flush: bool = True) -> None:
        """Write what is pending (unless ``flush`` is false) and close the database."""
        try:
            if flush:
                self.flush()
        finally:
            self._writes, self._renewals, self._pending_bytes = {}, {}, 0
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def discard(self) -> None:
        """Close and remove the database (damaged: the next run makes it anew).

        Only the store's own files are removed: the database and its journal.
        """
        self.close(flush=False)
        for suffix in ("", "-journal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
