"""Whole sites kept between ``sopkit build`` runs: a build whose inputs did not change
publishes the site that an earlier build made from them, instead of making it again.

A site is a function of its inputs: the files in ``docs_dir``, the resolved MkDocs
configuration, the theme's own folder (``custom_dir``), sopkit's files and page
templates, the Vale styles, the installed packages, the git commit the change log is
read from, today's date (review badges, the sitemap) and the build's options. Their
*fingerprint* names a folder in sopkit's cache (``<cache>/sites/<fingerprint>/``) that
holds the published site and ``build.json``: the build's figures and the warnings it
logged, shown again when the site is reused.

The fingerprint is only taken when every part of the build is known to read nothing
else: the plugins are sopkit's and Material's own (search, tags, offline) or
awesome-nav, there are no ``hooks``, every Markdown extension is an installed module
that reads no files of its own (not ``pymdownx.snippets`` or ``pymdownx.b64``), and
every value in the configuration is plain data or a function of an installed
package. Otherwise (:class:`NotKept`) every build is made in full, as MkDocs makes it.

Files are hard links where the file system allows it (a copy otherwise), so keeping
a site and reusing it cost next to nothing. ``build.json`` records each file's size
and modification time: a kept file changed in place (through a link in a published
site) no longer matches, and the kept site is dropped and built again. A site is
kept only when the docs folder did not change while it was built. The newest
:data:`KEPT` sites are kept; entries are written under a temporary name and renamed
when complete, and only folders named like entries are ever removed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import importlib.util
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sopkit.site.kept import prune

#: Changes whenever an entry's layout or the fingerprint's parts change.
FORMAT = 1
#: Sites kept (each about as large as the site, unless hard links share its files).
KEPT = 2
#: The entry's record of the build (figures, warnings, files).
RECORD = "build.json"
#: The folder in an entry that holds the site.
SITE = "site"
_NAME = re.compile(r"[0-9a-f]{40}")
_CHUNK = 1 << 20
_TEMPORARY = re.compile(r"\.[0-9a-f]{40}\.[0-9]+\.tmp")

#: Plugins whose output depends on nothing but the fingerprinted inputs.
PURE_PLUGINS = frozenset(
    {"sopkit", "search", "material/search", "tags", "material/tags", "offline",
     "material/offline", "awesome-nav"}
)  # fmt: skip
#: Markdown extensions that read files named in their options (outside docs_dir).
FILE_READING_EXTENSIONS = frozenset(
    {"pymdownx.snippets", "pymdownx.b64", "markdown_include.include", "mdx_include"}
)
#: Environment variables that change a build's output outside its configuration.
ENVIRONMENT = ("SOPKIT_TODAY", "SOURCE_DATE_EPOCH")


class NotKept(Exception):
    """This build's inputs cannot all be fingerprinted; the message says which one."""


@dataclass(frozen=True)
class Inputs:
    """A build's fingerprint, and the state of its docs files when it was taken."""

    key: str
    docs: tuple[tuple[str, int, int], ...]
    """Each docs file's relative path, size and modification time."""

    def unchanged(self, docs_dir: Path) -> bool:
        """True when no docs file was added, removed or written since the fingerprint."""
        return _docs_stamps(docs_dir) == self.docs


@dataclass
class KeptBuild:
    """What a build reports, kept with its site so a reuse reports the same."""

    pages: int
    sops: int
    findings: int
    log: list[tuple[str, int, str]] = field(default_factory=list)
    """The build's warnings and errors: logger name, level, message."""


# --------------------------------------------------------------------------------------
# The fingerprint
# --------------------------------------------------------------------------------------


def fingerprint(config: Any, settings_date: dt.date, strict: bool) -> Inputs:
    """The fingerprint of a build of ``config`` (MkDocs' loaded configuration).

    Args:
        settings_date: today in the knowledge base's time zone (review badges).
        strict: ``--strict`` (it decides whether warnings stop the build).

    Raises:
        NotKept: a plugin, hook, extension or configuration value may read inputs
            the fingerprint cannot see.
    """
    from sopkit.lint.cache import source_fingerprint, vale_fingerprint
    from sopkit.resources import templates_dir

    _check_pure(config)
    docs_dir = Path(config.docs_dir)
    digest = hashlib.sha1(usedforsecurity=False)
    docs = _hash_tree(docs_dir, digest)
    custom_dir = config.theme.custom_dir
    parts = [
        FORMAT,
        source_fingerprint(),
        _installed_packages(),
        repr(_canonical(dict(config.items()))),
        _tree_digest(templates_dir()),
        _tree_digest(Path(custom_dir)) if custom_dir else None,
        vale_fingerprint(Path(config.config_file_path or ".").resolve().parent),
        _git_commit(docs_dir),
        settings_date.isoformat(),
        dt.datetime.now(dt.UTC).date().isoformat(),  # MkDocs' sitemap dates
        [(name, os.environ.get(name)) for name in ENVIRONMENT],
        strict,
    ]
    digest.update(repr(parts).encode("utf-8", "surrogateescape"))
    return Inputs(digest.hexdigest(), docs)


def _check_pure(config: Any) -> None:
    for name in config.plugins:
        if name not in PURE_PLUGINS:
            raise NotKept(f"the plugin '{name}' may read files sopkit does not fingerprint")
    if config.hooks:
        raise NotKept("hooks may read files sopkit does not fingerprint")
    for extension in config.markdown_extensions:
        name = extension if isinstance(extension, str) else type(extension).__module__
        if name in FILE_READING_EXTENSIONS:
            raise NotKept(f"the Markdown extension '{name}' reads files outside docs_dir")
        if "." in name and not name.startswith("sopkit.") and not _installed(name):
            raise NotKept(f"the Markdown extension '{name}' is not an installed package")


def _installed_roots() -> tuple[Path, ...]:
    paths = sysconfig.get_paths()
    return tuple(Path(paths[key]).resolve() for key in ("purelib", "platlib", "stdlib"))


def _installed(module: str) -> bool:
    """True when ``module`` comes from an installed package (its version is fingerprinted)."""
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return False
    if spec is None or spec.origin is None:
        return False
    origin = Path(spec.origin).resolve()
    return any(origin.is_relative_to(root) for root in _installed_roots())


def _installed_packages() -> list[str]:
    """The name and version of every installed distribution (the folders that record them)."""
    found: set[str] = set()
    for entry in sys.path:
        with contextlib.suppress(OSError):
            found.update(
                path.name for path in Path(entry or ".").iterdir()
                if path.name.endswith((".dist-info", ".egg-info"))
            )  # fmt: skip
    return sorted(found)


def _canonical(value: object, depth: int = 0) -> object:
    """``value`` as plain data whose ``repr`` says all that may change the output.

    Raises:
        NotKept: a value whose behaviour is not fixed by installed packages (a
            function of a local module) or that has no stable form.
    """
    if depth > 12:
        raise NotKept("a configuration value is nested too deeply to fingerprint")
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, Path):
        return ("path", str(value))
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, Mapping) or (hasattr(value, "items") and callable(value.items)):
        items = ((str(k), _canonical(v, depth + 1)) for k, v in value.items())
        return ("map", tuple(sorted(items, key=repr)))
    if isinstance(value, (list, tuple)):
        return ("seq", tuple(_canonical(v, depth + 1) for v in value))
    if isinstance(value, (set, frozenset)):
        return ("set", tuple(sorted(repr(_canonical(v, depth + 1)) for v in value)))
    if hasattr(value, "config") and hasattr(value, "on_config"):  # a plugin: its options
        return ("plugin", type(value).__qualname__, _canonical(value.config, depth + 1))
    if callable(value) and hasattr(value, "__module__") and hasattr(value, "__qualname__"):
        module = str(value.__module__)
        if not _installed(module):
            raise NotKept(f"the configuration names {module}.{value.__qualname__}, "
                          "which is not part of an installed package")  # fmt: skip
        return ("callable", module, value.__qualname__)
    shown = repr(value)
    if " at 0x" not in shown:
        return (type(value).__qualname__, shown)
    if hasattr(value, "__dict__"):
        return ("object", type(value).__qualname__, _canonical(vars(value), depth + 1))
    raise NotKept(f"a configuration value has no stable form: {type(value).__name__}")


def _walk(folder: Path) -> Iterator[Path]:
    """Every file under ``folder``, through linked folders too, as MkDocs finds them."""
    for root, dirs, files in os.walk(folder, followlinks=True):
        dirs.sort()
        for name in sorted(files):
            yield Path(root) / name


def _hash_tree(folder: Path, digest: Any) -> tuple[tuple[str, int, int], ...]:
    """Feed every file's path and bytes under ``folder`` to ``digest``; return their stamps."""
    stamps = []
    for path in _walk(folder):
        relative = path.relative_to(folder).as_posix()
        try:
            with path.open("rb") as file:
                status = os.fstat(file.fileno())
                name = relative.encode("utf-8", "surrogateescape")
                digest.update(b"\0%s\0%d\0" % (name, status.st_size))
                while chunk := file.read(_CHUNK):  # a large image is read in parts
                    digest.update(chunk)
        except OSError as error:
            raise NotKept(f"{path} cannot be read ({error.strerror})") from None
        stamps.append((relative, status.st_size, status.st_mtime_ns))
    return tuple(stamps)


def _docs_stamps(folder: Path) -> tuple[tuple[str, int, int], ...]:
    stamps = []
    for path in _walk(folder):
        try:
            status = path.stat()
        except OSError:
            return ()
        stamps.append((path.relative_to(folder).as_posix(), status.st_size, status.st_mtime_ns))
    return tuple(stamps)


def _tree_digest(folder: Path) -> str:
    digest = hashlib.sha1(usedforsecurity=False)
    _hash_tree(folder, digest)
    return digest.hexdigest()


def _git_commit(folder: Path) -> str:
    """The commit the change log is read from (or why there is none)."""
    try:
        done = subprocess.run(
            ["git", "rev-parse", "HEAD", "--is-shallow-repository"],
            cwd=folder, capture_output=True, check=False,
        )  # fmt: skip
    except OSError as error:
        return f"no git: {error.strerror}"
    return done.stdout.decode("utf-8", "replace") + done.stderr.decode("utf-8", "replace")


# --------------------------------------------------------------------------------------
# Keeping and reusing
# --------------------------------------------------------------------------------------


def sites_dir(lint_cache: Path) -> Path:
    """The folder of kept sites, beside the lint cache (``<cache>/sites``)."""
    return lint_cache.parent / "sites"


def restore(folder: Path, key: str, into: Path) -> KeptBuild | None:
    """Fill the empty folder ``into`` with the site kept under ``key``; None if none is.

    A kept site whose record cannot be read, or one of whose files changed since it
    was kept, is removed; ``into`` is then left empty.
    """
    entry = folder / key
    try:
        record = json.loads((entry / RECORD).read_text("utf-8"))
        build = KeptBuild(
            int(record["pages"]), int(record["sops"]), int(record["findings"]),
            [(str(name), int(level), str(text)) for name, level, text in record["log"]],
        )  # fmt: skip
        files = [(str(path), int(size), int(mtime)) for path, size, mtime in record["files"]]
        folders = [str(path) for path in record["folders"]]
        if not all(_inside(path) for path in [*folders, *(path for path, _, _ in files)]):
            raise ValueError("a path outside the site")
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        _drop(entry, into)
        return None
    site = entry / SITE
    try:
        for relative in folders:
            (into / relative).mkdir(parents=True, exist_ok=True)
        for relative, size, mtime in files:
            source = site / relative
            status = source.stat()
            if (status.st_size, status.st_mtime_ns) != (size, mtime):
                raise ValueError(f"{source} changed after it was kept")
            _link_or_copy(source, into / relative)
        os.utime(entry)  # the newest use: kept longest
    except (OSError, ValueError):
        _drop(entry, into)
        return None
    return build


def store(
    folder: Path, inputs: Inputs, site: Path, build: KeptBuild,
    note: Callable[[str], None] | None = None,
) -> None:  # fmt: skip
    """Keep the published ``site`` under ``inputs.key``; drop the oldest beyond KEPT.

    The output marker is left out: publishing writes it again. A cache that cannot be
    written costs the next build time, nothing else: it is said through ``note`` and
    the build goes on.
    """
    from sopkit.site.output import MARKER

    staging = folder / f".{inputs.key}.{os.getpid()}.tmp"
    files: list[tuple[str, int, int]] = []
    folders: list[str] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(staging, ignore_errors=True)
        for root, dirs, names in os.walk(site):
            dirs.sort()
            base = Path(root)
            relative_root = base.relative_to(site)
            (staging / SITE / relative_root).mkdir(parents=True, exist_ok=True)
            if relative_root != Path():
                folders.append(relative_root.as_posix())
            for name in sorted(names):
                relative = (relative_root / name).as_posix()
                if relative == MARKER:
                    continue
                target = staging / SITE / relative
                _link_or_copy(base / name, target)
                status = target.stat()
                files.append((relative, status.st_size, status.st_mtime_ns))
        record = {
            "format": FORMAT, "pages": build.pages, "sops": build.sops,
            "findings": build.findings, "log": build.log, "folders": folders, "files": files,
        }  # fmt: skip
        (staging / RECORD).write_text(json.dumps(record), encoding="utf-8")
        try:
            staging.rename(folder / inputs.key)
        except OSError:  # kept by a build running at the same time
            shutil.rmtree(staging, ignore_errors=True)
        prune(folder, inputs.key, _NAME, _TEMPORARY, KEPT)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        if note is not None:
            note(f"the site could not be kept in {folder} ({error.strerror}); "
                 "the next build makes it in full")  # fmt: skip


def _inside(relative: str) -> bool:
    """True for a relative path that stays inside its folder (as :func:`store` writes them)."""
    path = Path(relative)
    return bool(relative) and not path.is_absolute() and ".." not in path.parts


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # another file system, or links not allowed
        shutil.copyfile(source, target)
        shutil.copystat(source, target)


def _drop(entry: Path, into: Path) -> None:
    shutil.rmtree(entry, ignore_errors=True)
    for child in list(into.iterdir()) if into.is_dir() else []:
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


class LogRecorder(logging.Handler):
    """Records a build's warnings and errors, to show them again when its site is reused."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


def replay(build: KeptBuild) -> None:
    """Log a kept build's warnings and errors again, as its build logged them."""
    for name, level, message in build.log:
        logging.getLogger(name).log(level, "%s", message)
