"""Whole sites kept between ``sopkit build`` runs: a build whose inputs did not change
publishes the site that an earlier build made from them, instead of making it again.

A site is a function of its inputs: the files in ``docs_dir``, the resolved MkDocs
configuration, the theme's own folder (``custom_dir``) and the files that extension
options name (Material's custom icons, its search dictionaries), sopkit's files and
page templates, the Vale styles, the installed packages, Pagefind's indexer, the git
commit the change log is read from, today's date (review badges, the sitemap) and the
build's options. Their *fingerprint* names a folder in sopkit's cache
(``<cache>/sites/<project>-<fingerprint>/``) that holds the published site and
``build.json``: the build's figures and the warnings it logged, shown again when the
site is reused. The build takes the fingerprint once it holds the site's lock, and
reads the files again after it built the site: a site is kept only if they did not
change in between.

The fingerprint is only taken when every part of the build is known to read nothing
else: the plugins are sopkit's and Material's own (search, tags, offline) or
awesome-nav, there are no ``hooks``, every Markdown extension is an installed module
that reads no files of its own (not ``pymdownx.snippets`` or ``pymdownx.b64``), and
every value in the configuration is plain data or a function of an installed
package. Otherwise (:class:`NotKept`) every build is made in full, as MkDocs makes it.

Files are hard links where the file system allows it (a copy otherwise), so keeping
a site and reusing it cost next to nothing. They are kept side by side under numbers
(``site/0``, ``site/1``, …), their paths in ``build.json``: a site has a folder per
page, and creating a folder costs a file system far more than linking a file, so a
kept copy of the site's folders would cost the build that keeps it more than the links.
``build.json`` records each file's size and modification time: a kept file changed
in place (through a link in a published site) no longer matches, and the kept site is
dropped and built again. A reused site's files get the time of the build that reuses
them, as a full build would give them, so tools that upload what is newer upload them.
:data:`KEPT` sites are kept per project and :data:`KEPT_IN_ALL` in all; entries are
written under a temporary name and renamed when complete, and only folders named like
entries are ever removed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import importlib.util
import json
import logging
import os
import re
import subprocess
import sys
import sysconfig
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sopkit.filedigest import NotARegularFile, feed_file, files_under
from sopkit.site.kept import keep_folder, link_or_copy, prune, remove

#: Changes whenever an entry's layout or the fingerprint's parts change.
FORMAT = 3
#: Sites kept per project (per configuration file) ...
KEPT = 2
#: ... and in all (each about as large as its site, unless hard links share its files).
KEPT_IN_ALL = 6
#: The entry's record of the build (figures, warnings, files).
RECORD = "build.json"
#: The folder in an entry that holds the site.
SITE = "site"
_ENTRY = r"[0-9a-f]{12}-[0-9a-f]{40}"
_NAME = re.compile(_ENTRY)
_TEMPORARY = re.compile(rf"\.{_ENTRY}\.[0-9]+\.tmp")

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
ENVIRONMENT = ("SOPKIT_TODAY", "SOURCE_DATE_EPOCH", "PAGEFIND_BINARY_PATH")


class NotKept(Exception):
    """This build's inputs cannot all be fingerprinted; the message says which one."""


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


class Fingerprint:
    """The inputs of a build of ``config`` (MkDocs' loaded configuration).

    The configuration is read when this is made, before the build changes it (its
    plugins add to it); the files are read at each :meth:`key`.

    Raises:
        NotKept: a plugin, hook, extension or configuration value may read inputs
            the fingerprint cannot see.
    """

    def __init__(self, config: Any, today: Callable[[], dt.date], strict: bool) -> None:
        _check_pure(config)
        self.config_file = str(config.config_file_path or "mkdocs.yml")
        self._config = repr(_canonical(dict(config.items())))
        self._docs_dir = Path(config.docs_dir)
        custom_dir = config.theme.custom_dir
        self._folders = [Path(custom_dir)] if custom_dir else []
        self._folders += _files_named_in_options(config)
        self._root = Path(self.config_file).resolve().parent
        self._today = today
        self._strict = strict

    @property
    def project(self) -> str:
        """A short name for the project (its configuration file), in entry names."""
        path = str(Path(self.config_file).resolve())
        return hashlib.sha1(
            path.encode("utf-8", "surrogateescape"), usedforsecurity=False
        ).hexdigest()[:12]

    def key(self) -> str:
        """The fingerprint of the inputs as they are now (40 hex digits).

        Raises:
            NotKept: a file cannot be read, or is not a regular file.
        """
        from sopkit.lint.cache import source_fingerprint, vale_fingerprint
        from sopkit.resources import templates_dir

        digest = hashlib.sha1(usedforsecurity=False)
        _hash_tree(self._docs_dir, digest)
        parts = [
            FORMAT,
            source_fingerprint(),
            _installed_packages(),
            _indexer(),
            self._config,
            _tree_digest(templates_dir()),
            [(str(path.resolve()), _tree_digest(path)) for path in self._folders],
            vale_fingerprint(self._root),
            _git_commit(self._docs_dir),
            self._today().isoformat(),
            dt.datetime.now(dt.UTC).date().isoformat(),  # MkDocs' sitemap dates
            [(name, os.environ.get(name)) for name in ENVIRONMENT],
            self._strict,
        ]
        digest.update(repr(parts).encode("utf-8", "surrogateescape"))
        return digest.hexdigest()

    def entry(self, key: str) -> str:
        """The name of the folder that keeps the site of ``key``."""
        return f"{self.project}-{key}"


def fingerprint(config: Any, today: dt.date, strict: bool) -> str:
    """The fingerprint of a build of ``config`` now (see :class:`Fingerprint`)."""
    return Fingerprint(config, lambda: today, strict).key()


def _check_pure(config: Any) -> None:
    for name in config.plugins:
        if name not in PURE_PLUGINS:
            raise NotKept(f"the plugin '{name}' may read files sopkit does not fingerprint")
    if config.hooks:
        raise NotKept("hooks may read files sopkit does not fingerprint")
    for extension in config.markdown_extensions:
        if not isinstance(extension, str):
            module = type(extension).__module__
        else:
            module = _extension_module(extension)
        if extension in FILE_READING_EXTENSIONS or module in FILE_READING_EXTENSIONS:
            raise NotKept(f"the Markdown extension '{extension}' reads files outside docs_dir")
        if not module.startswith("sopkit.") and not _installed(module):
            raise NotKept(f"the Markdown extension '{extension}' is not an installed package")


def _extension_module(name: str) -> str:
    """The module Python-Markdown loads for the extension ``name``, as it finds it.

    A registered name ("toc") is looked up among the installed entry points first;
    anything else is a module path, with an optional ``:ClassName``.
    """
    from markdown.util import get_installed_extensions

    for entry in get_installed_extensions():
        if entry.name == name:
            return str(entry.value).partition(":")[0]
    return name.partition(":")[0]


def _files_named_in_options(config: Any) -> list[Path]:
    """Files outside docs_dir that options name: Material's custom icons, jieba dictionaries.

    Both are read relative to the working folder, as Material reads them.
    """
    found: list[Path] = []
    emoji = config.mdx_configs.get("pymdownx.emoji")
    options = emoji.get("options") if isinstance(emoji, Mapping) else None
    icons = options.get("custom_icons") if isinstance(options, Mapping) else None
    if isinstance(icons, (list, tuple)):
        found += [Path(str(folder)) for folder in icons]
    for name in ("search", "material/search"):
        plugin = config.plugins.get(name)
        for option in ("jieba_dict", "jieba_dict_user"):
            value = getattr(plugin, "config", {}).get(option) if plugin is not None else None
            if value:
                found.append(Path(str(value)))
    return found


@functools.cache
def _installed_roots() -> tuple[Path, ...]:
    """Where installed packages live: this Python's, the system's (Debian) and the user's."""
    import site

    paths = sysconfig.get_paths()
    roots = [paths[key] for key in ("purelib", "platlib", "stdlib")]
    roots += site.getsitepackages() if hasattr(site, "getsitepackages") else []
    roots.append(site.getusersitepackages())
    return tuple(Path(root).resolve() for root in roots)


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


def _installed_packages() -> list[tuple[str, int, int]]:
    """Every installed distribution: its record's name, size and time (a reinstall changes it)."""
    found: set[tuple[str, int, int]] = set()
    for entry in sys.path:
        with contextlib.suppress(OSError):
            for path in Path(entry or ".").iterdir():
                if path.name.endswith((".dist-info", ".egg-info")):
                    record = path / "RECORD" if (path / "RECORD").exists() else path
                    status = record.stat()
                    found.add((path.name, status.st_size, status.st_mtime_ns))
    return sorted(found)


def _indexer() -> object:
    """Which Pagefind indexer program runs, if Pagefind is installed."""
    from sopkit.site.search import indexer_identity

    return indexer_identity()


#: Values a configuration may hold for its fingerprint to be taken. YAML aliases share
#: a value: eight levels of nine aliases each are 43 million values (32 s, 2 GB).
_MAX_VALUES = 100_000


def _canonical(value: object, depth: int = 0, seen: list[int] | None = None) -> object:
    """``value`` as plain data whose ``repr`` says all that may change the output.

    Raises:
        NotKept: a value whose behaviour is not fixed by installed packages (a
            function of a local module) or that has no stable form; or a
            configuration too large to fingerprint in bounded time.
    """
    seen = [0] if seen is None else seen
    seen[0] += 1
    if seen[0] > _MAX_VALUES:
        raise NotKept(
            f"the configuration holds more than {_MAX_VALUES:,} values (YAML aliases "
            "repeat theirs) and is not fingerprinted"
        )
    if depth > 12:
        raise NotKept("a configuration value is nested too deeply to fingerprint")
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, Path):
        return ("path", str(value))
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, Mapping) or (hasattr(value, "items") and callable(value.items)):
        # In the order written: a theme may show a mapping's entries in that order.
        return ("map", tuple((str(k), _canonical(v, depth + 1, seen)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return ("seq", tuple(_canonical(v, depth + 1, seen) for v in value))
    if isinstance(value, (set, frozenset)):
        return ("set", tuple(sorted(repr(_canonical(v, depth + 1, seen)) for v in value)))
    if isinstance(value, functools.partial):  # e.g. pymdownx.slugs.slugify(case=lower)
        parts = (value.func, value.args, value.keywords)
        return ("partial", _canonical(parts, depth + 1, seen))
    if hasattr(value, "config") and hasattr(value, "on_config"):  # a plugin: its options
        return ("plugin", type(value).__qualname__, _canonical(value.config, depth + 1, seen))
    if callable(value) and hasattr(value, "__module__") and hasattr(value, "__qualname__"):
        module = str(value.__module__)
        if not _installed(module):
            raise NotKept(f"the configuration names {module}.{value.__qualname__}, "
                          "which is not part of an installed package")  # fmt: skip
        return ("callable", module, value.__qualname__)
    shown = repr(value)
    if " at 0x" in shown:
        raise NotKept(f"a configuration value has no stable form: {type(value).__name__}")
    return (type(value).__qualname__, shown)


def _hash_tree(folder: Path, digest: Any) -> None:
    """Feed every file's path and bytes under ``folder`` (or the file itself) to ``digest``.

    Linked folders are followed, as MkDocs finds docs through them.
    """
    for path in files_under(folder, follow_links=True):
        relative = path.relative_to(folder).as_posix() if path != folder else ""
        try:
            feed_file(digest, relative, path)
        except NotARegularFile:  # a pipe would never end
            raise NotKept(f"{path} is not a regular file") from None
        except OSError as error:
            raise NotKept(f"{path} cannot be read ({error.strerror})") from None


def _tree_digest(folder: Path) -> str:
    digest = hashlib.sha1(usedforsecurity=False)
    if folder.exists():
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


def _read_record(entry: Path) -> tuple[KeptBuild, list[str], list[tuple[str, int, int]]]:
    """The build, folders and files an entry's record lists; raises ValueError if damaged."""
    try:
        record = json.loads((entry / RECORD).read_text("utf-8"))
        if not isinstance(record, dict) or record.get("format") != FORMAT:
            raise ValueError("not a record of this version")
        figures = [record["pages"], record["sops"], record["findings"]]
        log, folders, files = record["log"], record["folders"], record["files"]
        if not all(type(number) is int for number in figures):
            raise ValueError("figures")
        build = KeptBuild(*figures)
        for name, level, text in log:
            if not (isinstance(name, str) and type(level) is int and isinstance(text, str)):
                raise ValueError("log")
            build.log.append((name, level, text))
        if not all(isinstance(folder, str) and _inside(folder) for folder in folders):
            raise ValueError("folders")
        listed = []
        for path, size, mtime in files:
            if not (isinstance(path, str) and _inside(path)):
                raise ValueError("a path outside the site")
            if not (type(size) is int and type(mtime) is int):
                raise ValueError("file stamps")
            listed.append((path, size, mtime))
    except (KeyError, TypeError, OverflowError, RecursionError, UnicodeDecodeError) as error:
        raise ValueError(str(error)) from None
    return build, folders, listed


def restore(folder: Path, name: str, into: Path) -> KeptBuild | None:
    """Fill the empty folder ``into`` with the site kept as ``name``; None if none is.

    The files get the current time. A kept site whose record cannot be read, or one
    of whose files changed since it was kept, is removed; ``into`` is then left empty.
    """
    entry = folder / name
    if not (entry / RECORD).is_file():
        return None
    try:
        build, folders, files = _read_record(entry)
        site = entry / SITE
        for relative in folders:
            (into / relative).mkdir(parents=True, exist_ok=True)
        now = time.time_ns()
        restamped = []
        for number, (relative, size, mtime) in enumerate(files):
            source = site / str(number)
            status = source.stat()
            if (status.st_size, status.st_mtime_ns) != (size, mtime):
                raise ValueError(f"{source} changed after it was kept")
            target = into / relative
            link_or_copy(source, target)
            os.utime(target, ns=(now, now))  # as new as a full build's (a link: the kept one too)
            restamped.append((relative, size, source.stat().st_mtime_ns))
        _write_record(entry, build, folders, restamped)
        os.utime(entry)  # the newest use: kept longest
    except (OSError, ValueError):
        _drop(entry, into)
        return None
    return build


def _write_record(
    entry: Path, build: KeptBuild, folders: list[str], files: list[tuple[str, int, int]]
) -> None:
    record = {
        "format": FORMAT, "pages": build.pages, "sops": build.sops, "findings": build.findings,
        "log": build.log, "folders": folders, "files": files,
    }  # fmt: skip
    temporary = entry / f".{RECORD}.{os.getpid()}.tmp"
    temporary.write_text(json.dumps(record), encoding="utf-8")
    temporary.replace(entry / RECORD)


def store(
    folder: Path, name: str, site: Path, build: KeptBuild,
    note: Callable[[str], None] | None = None,
) -> None:  # fmt: skip
    """Keep the published ``site`` as ``name``; drop the oldest beyond KEPT and KEPT_IN_ALL.

    The output marker is left out: publishing writes it again. A cache that cannot be
    written costs the next build time, nothing else: it is said through ``note`` and
    the build goes on.
    """
    from sopkit.site.output import MARKER

    def fill(staging: Path) -> None:
        files: list[tuple[str, int, int]] = []
        folders: list[str] = []
        (staging / SITE).mkdir(parents=True)
        for root, dirs, names in os.walk(site):
            dirs.sort()
            base = Path(root)
            relative_root = base.relative_to(site)
            if relative_root != Path():
                folders.append(relative_root.as_posix())
            for file_name in sorted(names):
                relative = (relative_root / file_name).as_posix()
                if relative == MARKER:
                    continue
                target = staging / SITE / str(len(files))
                link_or_copy(base / file_name, target)
                status = target.stat()
                files.append((relative, status.st_size, status.st_mtime_ns))
        _write_record(staging, build, folders, files)

    try:
        keep_folder(folder, name, fill)
        project = re.compile(re.escape(name.partition("-")[0]) + r"-[0-9a-f]{40}")
        prune(folder, name, project, _TEMPORARY, KEPT)
        prune(folder, name, _NAME, _TEMPORARY, KEPT_IN_ALL)
    except OSError as error:
        if note is not None:
            note(f"the site could not be kept in {folder} ({error.strerror}); "
                 "the next build makes it in full")  # fmt: skip


def _inside(relative: str) -> bool:
    """True for a relative path that stays inside its folder (as :func:`store` writes them)."""
    path = Path(relative)
    return bool(relative) and not path.is_absolute() and ".." not in path.parts


def _drop(entry: Path, into: Path) -> None:
    """Remove a kept site that cannot be used, and what was restored of it."""
    remove(entry)
    for child in list(into.iterdir()) if into.is_dir() else []:
        remove(child)


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
