"""Lint results kept between runs, one entry per file, as ruff keeps them.

A run looks each file up by a key made of its path and its bytes, in a folder whose
name is a fingerprint of everything else a file's result depends on:

- sopkit's version and its own source (the rules, the built-in styles: the bytes of
  every file of the package) and the Python version;
- the settings (a stable rendering of :class:`~sopkit.config.Settings`, the location
  ids of ``locations.yml`` included) and whether only the wording rules run;
- the bytes of ``locations.yml``, of ``.vale.ini`` and of the Vale styles and
  vocabularies it points to.

An entry whose result read today's date (a review's due date) also records that date
and is used on that day only. Rules that look across files (duplicate ids, the
registry, skipped Vale rules) are not cached: they run at every lint, over the
per-file records the entries keep.

The cache is an optimisation and never changes a result: a damaged or foreign entry
is computed again, a folder that cannot be written turns the cache off with one line
that says why, and entries are written in the transactions of one SQLite database per
folder (:mod:`sopkit.lint.store`), so concurrent runs never read half an entry. It lives
in the user's cache folder (``$XDG_CACHE_HOME/sopkit/lint`` or ``~/.cache/sopkit/lint``),
never in the SOP folder; removing that folder clears it. Folders of fingerprints unused
for 30 days are removed by the next run, and so are entries unused for 30 days (an
entry's time is its last use, renewed at most once a day): a folder that a CI job
restores and saves at every run keeps the results of the current files, not of every
version they ever had.

A long-running process (``sopkit serve``) also keeps every entry it reads or writes in
memory (:func:`keep_in_memory`): after an edit, lint then reads only the edited files
and hands back the very same parsed SOPs for the others.
"""

from __future__ import annotations

import configparser
import contextlib
import datetime as dt
import hashlib
import io
import os
import pickle
import re
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass
from enum import Enum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeGuard

from sopkit import __version__
from sopkit.config import Settings
from sopkit.document import MAX_SETUP_FILE_BYTES, read_bytes
from sopkit.filedigest import feed_file, files_under
from sopkit.lint.files import Stamp, file_stamp
from sopkit.lint.store import EntryStore, is_damage
from sopkit.locations import REGISTRY
from sopkit.sop import Sop

if TYPE_CHECKING:  # a site build imports this module, and no rule, while lint runs
    from _typeshed import DataclassInstance

    from sopkit.lint.finding import Finding
    from sopkit.lint.registry import SopRecord
    from sopkit.suppressions import Suppression

#: Changes whenever an entry's layout changes (2: one database per folder).
FORMAT = 2
#: Fingerprint folders and entries not used for this long are removed.
UNUSED_DAYS = 30
#: An entry's time (its last use) is renewed when it is older than this.
_RENEW_SECONDS = 86400
#: The file whose time says when a folder's entries were last looked over.
_LOOKED_OVER = "looked-over"
_FOLDER_NAME = re.compile(r"^[0-9a-f]{16}$")
#: Computed properties of an SOP that the site reads; the rest is recomputed on use.
_KEPT_PROPERTIES = ("outline", "standard", "suppressions")


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/sopkit/lint``, or ``~/.cache/sopkit/lint``."""
    from sopkit.cachehome import user_cache_home

    return user_cache_home() / "sopkit" / "lint"


def lint_cache_dir(enabled: bool, configured: str | None, config_file: Path) -> Path | None:
    """Where a site build keeps lint results: the plugin's ``cache`` and ``cache_dir``.

    ``None`` when ``cache: false``; ``<cache_dir>/lint`` (relative to ``config_file``)
    when ``cache_dir`` is set; else :func:`default_cache_dir`.
    """
    if not enabled:
        return None
    if configured:
        return config_file.resolve().parent / configured / "lint"
    return default_cache_dir()


def _note(message: str) -> None:
    print(f"sopkit: {message}", file=sys.stderr)


# --------------------------------------------------------------------------------------
# What a result depends on besides the file
# --------------------------------------------------------------------------------------


@cache
def source_fingerprint() -> str:
    """sopkit's version, its package files (their bytes) and the Python version.

    Computed once per process: editing a rule (or a built-in style) makes a new
    fingerprint, so a development checkout never reads a result of the old rule.
    """
    return package_fingerprint(Path(__file__).resolve().parent.parent)


def package_fingerprint(package: Path) -> str:
    """:func:`source_fingerprint` of the package in ``package``.

    The files' bytes count, not their times: installing the same sopkit again (as a
    CI job does at every run, with the cache folder restored) gives every file a new
    time but keeps the results. Reading sopkit's files (under 1 MB) takes about 2 ms.
    """
    digest = hashlib.sha256(repr([FORMAT, __version__, sys.version]).encode())
    digest.update(sys.implementation.cache_tag.encode())
    for path in files_under(package, skip=_compiled):
        relative = path.relative_to(package).as_posix()
        try:
            feed_file(digest, relative, path)
        except OSError as error:  # named, so that the file reading again changes it
            digest.update(f"\0{relative}\0<{type(error).__name__}>".encode())
    return digest.hexdigest()


def _compiled(name: str) -> bool:
    """Python's compiled files: made from the sources, which are fingerprinted."""
    return name == "__pycache__" or name.endswith((".pyc", ".pyo"))


def _canonical(value: object) -> object:
    """``value`` in a form whose ``repr`` does not depend on dict order or types."""
    if isinstance(value, dict):
        items = ((str(k), _canonical(v)) for k, v in value.items())
        return ("dict", tuple(sorted(items)))
    if isinstance(value, (list, tuple)):
        return ("seq", tuple(_canonical(v) for v in value))
    if isinstance(value, (set, frozenset)):
        return ("set", tuple(sorted(repr(_canonical(v)) for v in value)))
    if isinstance(value, Path):
        return ("path", str(value))
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return (type(value).__name__, repr(value))


def settings_fingerprint(settings: Settings) -> object:
    """Every field of ``settings``, in a stable form."""
    return tuple((f.name, _canonical(getattr(settings, f.name))) for f in fields(Settings))


def _file_bytes(path: Path) -> bytes:
    """The bytes of a setup file, or the reason it cannot be read.

    Bounded and never waiting on a pipe, as the engine reads these files: a file it
    refuses stops lint with a message before any result is looked up.
    """
    data, problem = read_bytes(path, MAX_SETUP_FILE_BYTES)
    if data is None:
        assert problem is not None
        return f"<{problem.message}>".encode()
    return data


def vale_fingerprint(root: Path) -> str:
    """The bytes of ``.vale.ini`` and of every style rule and vocabulary it can load.

    The styles folder is found as the engine finds it (``StylesPath``, default
    ``styles``); its ``<style>/*.yml`` rules and ``config/vocabularies/*/*.txt`` lists
    are read. Without ``.vale.ini`` the built-in style is used, part of sopkit's own
    files (:func:`source_fingerprint`).
    """
    ini = root.absolute() / ".vale.ini"
    data = _file_bytes(ini) if ini.exists() or ini.is_symlink() else None
    parts: list[object] = [data]
    if data is not None:
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        try:
            parser.read_string("[__core__]\n" + data.decode("utf-8"))
            styles = parser["__core__"].get("StylesPath", "styles")
        except (configparser.Error, UnicodeDecodeError):
            styles = "styles"  # the engine reports the broken file before any lint
        styles_path = (ini.parent / styles).resolve()
        for pattern in ("*/*.yml", "*/*.yaml", "config/vocabularies/*/*.txt"):
            for path in sorted(styles_path.glob(pattern)):
                parts.append((path.relative_to(styles_path).as_posix(), _file_bytes(path)))
    return _digest(parts)


def fingerprint(settings: Settings, prose_only: bool) -> str:
    """The name of the folder whose entries fit this run (16 hex digits)."""
    registry = settings.sop_path / REGISTRY
    return _digest(
        [
            source_fingerprint(),
            settings_fingerprint(settings),
            prose_only,
            _file_bytes(registry) if registry.is_file() else None,
            vale_fingerprint(settings.root),
        ]
    )[:16]


def _digest(parts: object) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()


# --------------------------------------------------------------------------------------
# Noticing which results depend on today's date
# --------------------------------------------------------------------------------------

_dates = threading.local()


def date_reads() -> int:
    """How often this thread asked :class:`DateWatch` settings for today's date."""
    return int(getattr(_dates, "count", 0))


class DateWatch(Settings):
    """Settings that count the reads of today's date (per thread).

    A file's result that read the date (a review's due date, or "after today") is
    valid on that day only; the others are valid on any day.
    """

    def current_date(self) -> dt.date:
        """Today, as :meth:`Settings.current_date`, counted."""
        _dates.count = date_reads() + 1
        return super().current_date()


# --------------------------------------------------------------------------------------
# Entries
# --------------------------------------------------------------------------------------


@dataclass
class Entry:
    """What lint keeps of one file.

    Attributes:
        findings: the file's own findings, silenced ones included.
        record: what the rules across files need (id, position, is it an SOP).
        suppressions: the file's directives, which silence findings across files too.
        day: the date (ISO) the result depends on, or ``None``.
        sop: the parsed file (``None`` unless asked for: the site build wants it).
    """

    findings: list[Finding]
    record: SopRecord
    suppressions: list[Suppression]
    day: str | None
    sop: Sop | None = None


class _Unpickler(pickle.Unpickler):
    """Rebuilds sopkit's own records and the few standard types they hold, nothing else.

    A pickle can call any function it names: an entry written by someone else (a cache
    restored from elsewhere) ran ``os.system``. Only sopkit's dataclasses and enums, and
    dates and paths, may be named; any other name makes the entry a miss.
    """

    _STANDARD = frozenset({
        ("datetime", "date"), ("datetime", "datetime"), ("datetime", "timedelta"),
        ("datetime", "timezone"), ("pathlib", "PosixPath"), ("pathlib", "WindowsPath"),
        ("pathlib", "PurePosixPath"), ("pathlib", "PureWindowsPath"), ("pathlib", "Path"),
    })  # fmt: skip

    #: Names found allowed before: a build reads a thousand entries naming the same few.
    _allowed: ClassVar[dict[tuple[str, str], Any]] = {}

    def find_class(self, module: str, name: str) -> Any:
        allowed = self._allowed.get((module, name))
        if allowed is not None:
            return allowed
        if (module, name) in self._STANDARD:
            found = super().find_class(module, name)
        elif module == "sopkit" or module.startswith("sopkit."):
            found = super().find_class(module, name)
            if not (isinstance(found, type) and (is_dataclass(found) or issubclass(found, Enum))):
                raise pickle.UnpicklingError(f"{module}.{name} may not be in sopkit's lint cache")
        else:
            raise pickle.UnpicklingError(f"{module}.{name} may not be in sopkit's lint cache")
        self._allowed[(module, name)] = found
        return found


#: The field types of what an entry holds, as annotated (``from __future__ import annotations``).
_PLAIN_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,), "int": (int,), "bool": (bool,),
    "str | None": (str, type(None)), "int | None": (int, type(None)),
}  # fmt: skip


def _well_formed(entry: object) -> TypeGuard[Entry]:
    """Whether an unpickled entry holds what lint relies on, with the types it expects.

    A damaged or foreign file can unpickle into anything: an entry whose record was
    ``None`` stopped every later run ("'NoneType' object has no attribute 'path'")
    until the cache was deleted. Such an entry is a miss; the file is checked again.
    """
    from sopkit.lint.finding import Finding
    from sopkit.lint.registry import SopRecord
    from sopkit.suppressions import Suppression

    if type(entry) is not Entry:
        return False
    return (
        _plain(entry.record, SopRecord)
        and type(entry.findings) is list
        and all(_plain(f, Finding) for f in entry.findings)
        and type(entry.suppressions) is list
        and all(_plain(s, Suppression) for s in entry.suppressions)
        and isinstance(entry.day, str | type(None))
    )


def _plain(value: object, kind: type[DataclassInstance]) -> bool:
    """``value`` is a ``kind`` (exactly) whose fields hold their annotated plain types."""
    if type(value) is not kind:
        return False
    for item in fields(kind):
        allowed = _PLAIN_TYPES.get(str(item.type))
        if allowed is None or not isinstance(getattr(value, item.name, None), allowed):
            return False
    return True


@dataclass(frozen=True)
class Key:
    """A file's cache key and what it looked like when its bytes were read."""

    digest: str
    stamp: Stamp


#: Keys made in this process, by file: reused while the file's stamp is unchanged.
_keys: dict[tuple[Path, str, int], Key] = {}
#: Entries kept in memory by a long-running process, by folder and key (see
#: :func:`keep_in_memory`); ``None``: read from disk every time.
_memory: dict[tuple[Path, str], Entry] | None = None


def keep_in_memory(enabled: bool = True) -> None:
    """Keep the entries this process reads or writes in memory too (``sopkit serve``).

    Each entry is keyed as on disk (the fingerprint folder and the file's bytes), so a
    kept entry is valid exactly when the stored one is. Its parsed SOP is handed back
    as the same object at every run: an unchanged file is neither read nor parsed.
    """
    global _memory
    _memory = {} if enabled else None


_RACY_NS = 3_000_000_000


def _sop_state(sop: Sop) -> dict[str, Any]:
    """An SOP without its settings, and of its computed properties only those kept."""
    state = {"document": sop.document, "display_path": sop.display_path, "is_sop": sop.is_sop}
    state.update({k: v for k, v in vars(sop).items() if k in _KEPT_PROPERTIES})
    return state


def _sop_from(state: dict[str, Any], path: Path, settings: Settings) -> Sop:
    """The kept SOP, or an error (the entry is then a miss) when its parts are not of the
    types an SOP holds: a damaged or foreign entry must not reach the site build."""
    from sopkit.document import Document
    from sopkit.markdown import Outline
    from sopkit.standard import Standard

    document = state.pop("document")
    display, is_sop = state.pop("display_path"), state.pop("is_sop")
    kinds = {"outline": Outline, "standard": Standard, "suppressions": list}
    if (
        type(document) is not Document
        or type(display) is not str
        or type(is_sop) is not bool
        or not isinstance(document.meta, dict)
        or not isinstance(document.body, str)
        or any(key not in kinds or type(value) is not kinds[key] for key, value in state.items())
    ):
        raise TypeError("a kept SOP of the wrong shape")
    document.path = path  # the path as given in this run
    sop = Sop(document, display, settings, is_sop)
    vars(sop).update(state)
    return sop


class LintCache:
    """One fingerprint folder: look entries up, store new ones.

    Create it with :meth:`open` (a worker process of the same run may create it from
    the folder). Safe to use from several processes at once. Entries put are written
    in batches: call :meth:`close` when the run is done.
    """

    def __init__(
        self,
        folder: Path,
        max_size: int,
        note: Callable[[str], None] = _note,
        store: EntryStore | None = None,
    ) -> None:
        self.folder = folder
        self.max_size = max_size
        self.note = note
        self.writable = True
        #: False once the database failed a read: every later lookup is a miss at once, so
        #: that a database locked for good (a network file system) costs one wait, not one
        #: per file.
        self.readable = True
        self._store = store or EntryStore(folder)
        self._damaged = False

    @classmethod
    def open(
        cls,
        base: Path,
        settings: Settings,
        prose_only: bool = False,
        note: Callable[[str], None] = _note,
    ) -> LintCache | None:
        """The folder for ``settings`` under ``base``; ``None`` (with a note) if unusable.

        Folders of other fingerprints unused for :data:`UNUSED_DAYS` are removed.
        """
        folder = base.absolute() / fingerprint(settings, prose_only)
        sop_dir = settings.sop_path.absolute()
        if folder == sop_dir or sop_dir in folder.parents:
            note(
                f"lint results are not cached: {base} is inside the SOP folder {sop_dir}, "
                "and sopkit never writes there"
            )
            return None
        store = EntryStore(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            os.utime(folder)
            with tempfile.TemporaryFile(dir=folder):
                pass  # entries can be written: one note here, not one per process
            store.make()
        except (OSError, sqlite3.Error) as error:
            store.close(flush=False)
            note(f"lint results are not cached: {folder}: {_reason(error)}")
            return None
        _prune(folder, store)
        return cls(folder, settings.max_file_size, note, store)

    def key(self, path: Path, shown: str) -> Key | None:
        """The key of ``path`` (shown as ``shown``); ``None`` if it cannot be read.

        Files that cannot be read, are not regular files or are too large are
        checked every time: reading them again is how lint reports them.
        """
        stamp = file_stamp(path)
        if stamp is None:
            return None
        known = _keys.get((path, shown, self.max_size))
        if known is not None and known.stamp == stamp:
            return known  # a build asks twice: to choose where to lint, then to lint
        data, problem = read_bytes(path, self.max_size)
        if data is None or problem is not None:
            return None
        named = f"{path.absolute()}\0{shown}\0{path}\0".encode("utf-8", "surrogateescape")
        key = Key(hashlib.sha256(named + data).hexdigest(), stamp)
        if time.time_ns() - stamp[0] > _RACY_NS:
            # As git does: a file written in the last seconds could change again
            # without its time stamp changing, so only older files' keys are reused.
            _keys[(path, shown, self.max_size)] = key
        return key

    def has(self, key: Key) -> bool:
        """Whether an entry for ``key`` is stored (it may still be for another day)."""
        if not self.readable:
            return False
        try:
            return self._store.has(key.digest)
        except sqlite3.Error as error:
            self.readable = False
            self._trouble(error)
            return False

    def get(
        self, key: Key, today: str, path: Path, settings: Settings, with_sop: bool
    ) -> Entry | None:
        """The entry for ``key`` if there is a valid one for ``today``.

        With ``with_sop``, an entry must hold the parsed file (it is set on the entry,
        read with ``settings``).
        """
        kept = _memory.get((self.folder, key.digest)) if _memory is not None else None
        if (
            kept is not None
            and (kept.day is None or kept.day == today)
            and (kept.sop is not None or not with_sop)
        ):
            return kept
        entry = self._read(key, today, path, settings, with_sop)
        if entry is not None and _memory is not None:
            _memory[(self.folder, key.digest)] = entry
        return entry

    def _read(
        self, key: Key, today: str, path: Path, settings: Settings, with_sop: bool
    ) -> Entry | None:
        if not self.readable:
            return None
        try:
            row = self._store.read(key.digest, with_sop)
        except sqlite3.Error as error:
            self.readable = False
            self._trouble(error)
            return None
        if row is None:
            return None
        head_bytes, sop_bytes, used = row
        try:
            head = _Unpickler(io.BytesIO(head_bytes)).load()
            if not (
                isinstance(head, tuple) and len(head) == 3 and head[:2] == (FORMAT, key.digest)
            ):
                return None
            entry = head[2]
            if not _well_formed(entry) or (entry.day is not None and entry.day != today):
                return None
            if with_sop:
                state = _Unpickler(io.BytesIO(sop_bytes)).load()
                if not isinstance(state, dict):
                    return None
                entry.sop = _sop_from(state, path, settings)
        except Exception:  # damaged or foreign: check the file
            return None
        now = int(time.time())
        if now - used > _RENEW_SECONDS and self.writable:
            self._store.renew(key.digest, now)
        return entry

    def put(self, key: Key, path: Path, entry: Entry) -> None:
        """Store ``entry`` unless the file changed since its key was made."""
        if file_stamp(path) != key.stamp:
            return
        if _memory is not None:
            _memory[(self.folder, key.digest)] = entry
        if not self.writable:
            return
        sop, entry.sop = entry.sop, None
        try:
            head = pickle.dumps((FORMAT, key.digest, entry), protocol=pickle.HIGHEST_PROTOCOL)
            body = (
                pickle.dumps(_sop_state(sop), protocol=pickle.HIGHEST_PROTOCOL)
                if sop is not None
                else b""
            )
        except Exception:  # something in this result does not pickle: check it every time
            return
        finally:
            entry.sop = sop
        try:
            self._store.write(key.digest, int(time.time()), head, body)
        except (OSError, sqlite3.Error) as error:
            self._trouble(error)

    def close(self) -> None:
        """Write the entries still pending and close the database; remove it if it
        turned out damaged, so that the next run makes it anew."""
        try:
            self._store.close(flush=self.writable)
        except (OSError, sqlite3.Error) as error:
            self._trouble(error)
            self._store.close(flush=False)
        if self._damaged:
            with contextlib.suppress(OSError):
                self._store.discard()

    def _trouble(self, error: OSError | sqlite3.Error) -> None:
        """Stop writing (one note): the run goes on, its results are not kept."""
        if isinstance(error, sqlite3.Error) and is_damage(error):
            self._damaged = True
        if self.writable:
            self.writable = False
            self.note(f"lint results are not cached: {self._store.path}: {_reason(error)}")


def _reason(error: OSError | sqlite3.Error) -> str:
    """What went wrong, and for a damaged database what to do."""
    if isinstance(error, OSError):
        return str(error.strerror or error)
    if is_damage(error):
        return f"{error}; the next run makes it anew"
    return str(error)


def _prune(current: Path, store: EntryStore) -> None:
    """Remove fingerprint folders beside ``current`` unused for :data:`UNUSED_DAYS`.

    Only folders named as this module names them are touched, and only inside the
    cache folder. Once a day, entries of ``current`` unused for :data:`UNUSED_DAYS`
    go too.
    """
    now = time.time()
    _prune_entries(current, store, now)
    try:
        siblings = list(os.scandir(current.parent))
    except OSError:
        return
    for item in siblings:
        if item.path == str(current) or not _FOLDER_NAME.match(item.name):
            continue
        try:
            if (
                item.is_dir(follow_symlinks=False)
                and now - item.stat().st_mtime > UNUSED_DAYS * 86400
            ):
                shutil.rmtree(item.path, ignore_errors=True)
        except OSError:
            continue


def _prune_entries(folder: Path, store: EntryStore, now: float) -> None:
    """Remove ``folder``'s entries unused for :data:`UNUSED_DAYS`, at most once a day."""
    marker = folder / _LOOKED_OVER
    try:
        if now - marker.stat().st_mtime < _RENEW_SECONDS:
            return
    except OSError:
        pass  # never looked over
    try:
        marker.touch()
        store.remove_unused_since(int(now) - UNUSED_DAYS * 86400)
    except (OSError, sqlite3.Error):
        return  # tried again tomorrow; until then the old entries only take room
