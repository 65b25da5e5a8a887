"""``sopkit build``, ``serve`` and ``export``: the site commands over MkDocs and the core.

A build writes into a fresh folder beside the site and swaps it in only when it
succeeded, so a failed build never leaves a half-written site where the last good
one was.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, TextIO

from sopkit.config import Settings
from sopkit.errors import SopkitError
from sopkit.lint.files import refuse_folder_links
from sopkit.site import site_cache
from sopkit.site.output import MARKER, Protected, check_output, staged
from sopkit.site.site_cache import Fingerprint
from sopkit.terminal import plural

# Material prints an end-of-life banner on every build; our users cannot act on it.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


class _LogFormatter(logging.Formatter):
    """MkDocs' ``LEVEL -  message`` lines, coloured only when colour is wanted.

    Messages may carry click styles (the lint report does); they are stripped
    when the log does not go to a colour terminal, so CI logs stay plain.
    """

    _COLOURS: ClassVar[dict[str, str]] = {
        "CRITICAL": "red",
        "ERROR": "red",
        "WARNING": "yellow",
        "DEBUG": "blue",
    }

    def __init__(self, color: bool) -> None:
        super().__init__("%(message)s")
        self.color = color

    def format(self, record: logging.LogRecord) -> str:
        import click

        message = super().format(record)
        prefix = f"{record.levelname:<7} -  "
        if not self.color:
            return prefix + click.unstyle(message)
        colour = self._COLOURS.get(record.levelname)
        return (click.style(prefix, fg=colour) if colour else prefix) + message


class _LogHandler(logging.StreamHandler[TextIO]):
    """sopkit's handler on the ``mkdocs`` logger (one per process)."""


def show_build_log(
    verbose: bool, *, color: bool | None = None, once: bool = True
) -> logging.Handler:
    """Print MkDocs' log to standard error: warnings always; progress and info if ``verbose``.

    Args:
        verbose: show info lines too (on a terminal).
        color: ``--color``/``--no-color``; default: NO_COLOR, FORCE_COLOR, TERM and
            whether standard error is a terminal decide.
        once: print each message once per process, as ``mkdocs build`` does (a
            live-reloading server leaves this off, so each rebuild shows its warnings).

    Returns:
        The handler, already attached (an existing one of sopkit's is reused).
    """
    import sys

    from mkdocs.utils import DuplicateFilter

    from sopkit.terminal import use_color

    logger = logging.getLogger("mkdocs")
    for existing in logger.handlers:
        if isinstance(existing, _LogHandler):
            return existing
    handler = _LogHandler(sys.stderr)
    handler.setFormatter(_LogFormatter(use_color(sys.stderr, color)))
    handler.setLevel(logging.INFO if verbose else logging.WARNING)
    if once:
        handler.addFilter(DuplicateFilter())
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # the root logger must not print the same lines again
    return handler


class BuildFailed(SopkitError):
    """The build stopped (lint errors, strict warnings): exit code 1."""

    exit_code = 1


def _failure_line(error: Exception, plugin: object, final: Path) -> str:
    """sopkit's one-line summary of a failed build (MkDocs has logged the details)."""
    message = str(error)
    kb = getattr(plugin, "knowledge_base", None)
    reason = "the error above"
    strict = re.fullmatch(r"Aborted with (.+) in strict mode!", message)
    if strict:  # MkDocs writes "1 warnings"
        reason = re.sub(r"\b1 (\w+)s\b", r"1 \1", strict[1]) + " in strict mode (--strict)"
    elif kb is not None and kb.lint_done:
        try:
            result = kb.lint
        except SopkitError:
            result = None
        if result is not None and result.failed:
            counts = result.summary()
            reason = (
                f"sopkit lint found {plural(counts['errors'], 'error')}, "
                f"{plural(counts['warnings'], 'warning')}"
            )
    return f"The site was not built: {reason}; {final} is unchanged."


@dataclass(frozen=True)
class BuildSummary:
    """What one build produced."""

    site_dir: Path
    pages: int
    sops: int
    findings: int
    seconds: float
    reused: bool = False
    """No input changed since a kept build: its site was published again."""

    def line(self) -> str:
        """One line for the terminal."""
        return (
            f"Built {plural(self.pages, 'page')} ({plural(self.sops, 'SOP')}, "
            f"{plural(self.findings, 'finding')}) "
            f"into {self.site_dir} in {self.seconds:.1f} s"
            + (" (nothing changed: the kept site of an earlier build)" if self.reused else "")
        )


@dataclass(frozen=True)
class _KeptSites:
    """Where this build's site is kept, and the fingerprint of its inputs."""

    folder: Path
    inputs: Fingerprint

    def key(self) -> str | None:
        """The fingerprint now; None (said at info level) if a file cannot be read."""
        try:
            return self.inputs.key()
        except site_cache.NotKept as why:
            logging.getLogger("mkdocs").info(f"sopkit: the site is not kept: {why}")
            return None


def _kept_sites(plugin: Any, config: Any, strict: bool, final: Path) -> _KeptSites | None:
    """The kept-site cache of this build, or None (``cache: false``, or inputs unseen)."""
    from sopkit.lint.cache import lint_cache_dir
    from sopkit.plugin.config import checked_settings

    if plugin is None or not plugin.config.enabled or not plugin.config.cache:
        return None
    source = Path(config.config_file_path or "mkdocs.yml")
    try:  # a wrong option (cache_dir: 5) is the plugin's to report, with its line
        settings = checked_settings(plugin.config, config)
        inputs = Fingerprint(config, settings.current_date, strict)
        lint_cache = lint_cache_dir(True, plugin.config.cache_dir, source)
    except (site_cache.NotKept, SopkitError, ValueError) as why:
        logging.getLogger("mkdocs").info(f"sopkit: the site is not kept between builds: {why}")
        return None
    assert lint_cache is not None
    folder = site_cache.sites_dir(lint_cache)
    resolved = folder.resolve()
    if resolved == final or final in resolved.parents:  # each build would delete it
        return None
    return _KeptSites(folder, inputs)


def build_site(
    config_file: Path, *, strict: bool = False, site_dir: Path | None = None
) -> BuildSummary:
    """Build the MkDocs site of ``config_file`` atomically.

    Raises:
        BuildFailed: lint errors or, with ``strict``, warnings; the old site is kept.
        SopkitError: the configuration cannot be loaded.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError, PluginError

    from sopkit.config import read_safely, require_plugin

    started = time.perf_counter()
    read_safely(config_file)
    try:
        config = load_config(config_file=str(config_file), strict=strict)
    except ConfigurationError as error:
        raise SopkitError(f"{config_file}: {error}") from None
    except Abort as error:  # MkDocs has logged each invalid value
        raise SopkitError(f"{config_file}: {error} (see above)") from None
    except TypeError:
        raise not_a_mapping(config_file) from None
    require_plugin(config_file)  # MkDocs alone would publish the SOPs unchecked
    _check_theme(config, config_file)
    final = check_output(
        Path(site_dir or config.site_dir),
        Protected(Path(config.docs_dir), config_file.resolve().parent),
        command="sopkit build",
        option="--site-dir (-d) or site_dir in mkdocs.yml",
        accept_site=True,
    )
    plugin = config.plugins.get("sopkit")
    if plugin is not None:  # the site is swapped in only when the build succeeds
        plugin.staged_site = True
    # before the kept site's fingerprint or MkDocs walk the docs through their links
    refuse_folder_links(Path(config.docs_dir), config_file.resolve().parent)
    kept = _kept_sites(plugin, config, strict, final)
    recorder = site_cache.LogRecorder()
    with staged(final, on_wait=logging.getLogger("mkdocs").warning) as stage:
        assert stage.folder is not None
        config.site_dir = str(stage.folder)
        key = kept.key() if kept else None  # with the lock held: no build changes it now
        entry = kept.inputs.entry(key) if kept and key else None
        reused = site_cache.restore(kept.folder, entry, stage.folder) if kept and entry else None
        if reused is not None:
            site_cache.replay(reused)
            stage.publish()
            seconds = time.perf_counter() - started
            return BuildSummary(final, reused.pages, reused.sops, reused.findings, seconds, True)
        logging.getLogger("mkdocs").addHandler(recorder)
        try:
            build(config)
        except RecursionError:
            raise BuildFailed(_too_deep(final)) from None
        except (Abort, PluginError) as error:
            if isinstance(error, PluginError):  # raised outside MkDocs' own error logging
                logging.getLogger("mkdocs").error(str(error))
            if _setup_is_wrong(error):
                raise SopkitError(
                    f"The site was not built: the error above is in the setup; {final} is "
                    "unchanged."
                ) from None
            raise BuildFailed(_failure_line(error, plugin, final)) from None
        finally:
            logging.getLogger("mkdocs").removeHandler(recorder)
        stage.publish()
        kb = getattr(plugin, "knowledge_base", None)
        pages = getattr(plugin, "rendered", 0) or sum(1 for _ in final.rglob("*.html"))
        sops, findings = (len(kb.sops), len(kb.lint.findings)) if kb else (0, 0)
        if kept is not None and entry is not None and kept.key() == key:
            # Inputs unchanged while it was built, and the lock is still held: no other
            # build has replaced the site yet.
            record = site_cache.KeptBuild(pages, sops, findings, recorder.records)
            site_cache.store(kept.folder, entry, final, record,
                             logging.getLogger("mkdocs").info)  # fmt: skip
    return BuildSummary(final, pages, sops, findings, time.perf_counter() - started)


#: Binding the preview's address failed: in use, not this machine's, or a port kept for root.
_ADDRESS_ERRORS = (errno.EADDRINUSE, errno.EADDRNOTAVAIL, errno.EACCES)


def _setup_is_wrong(error: BaseException) -> bool:
    """Whether a build failed on the project's setup (exit 2), not on what it found (1)."""
    from sopkit.plugin.plugin import SettingsInvalid

    seen: BaseException | None = error
    for _ in range(50):  # the chain of causes is short; never follow a cycle for ever
        if seen is None:
            break
        if isinstance(seen, SettingsInvalid):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def not_a_mapping(config_file: Path) -> BaseException:
    """What to say when MkDocs failed with a ``TypeError`` reading ``config_file``.

    MkDocs reads a file that holds a single number or ``true`` (not settings) and then
    fails with a ``TypeError``; any other ``TypeError`` is handed back as it is.
    """
    import yaml

    try:
        with config_file.open(encoding="utf-8") as source:
            node = yaml.compose(source, Loader=yaml.SafeLoader)  # nodes only: no tag runs
    except (OSError, ValueError, yaml.YAMLError):
        node = None
    if isinstance(node, yaml.ScalarNode):
        return SopkitError(
            f"{config_file}: holds the single value {node.value[:40]!r}, not settings: write "
            "one setting per line, e.g. 'site_name: Service standards'"
        )
    return sys.exc_info()[1] or RuntimeError(f"{config_file}: MkDocs could not read it")


class _NoDirtyWarning(logging.Filter):
    """Drop MkDocs' warning at each dirty build: sopkit keeps the pages right itself."""

    def filter(self, record: logging.LogRecord) -> bool:
        from sopkit.plugin.incremental import DIRTY_WARNING

        return not record.getMessage().startswith(DIRTY_WARNING)


def _check_theme(config: Any, config_file: Path) -> None:
    """Refuse what Material fails on before any plugin runs (theme.language: xx)."""
    from mkdocs.exceptions import PluginError

    from sopkit.plugin.plugin import refuse_unknown_theme_language

    try:
        refuse_unknown_theme_language(config)
    except PluginError as error:
        raise SopkitError(f"{config_file}: {error}") from None


def _too_deep(kept: Path | None) -> str:
    """Why a build stopped with a recursion error, and what to do (MkDocs has named the
    page in the error above): Python-Markdown renders nested markup by recursion, and
    some shapes lint does not measure (emphasis inside emphasis) still reach its limit."""
    unchanged = f"; {kept} is unchanged" if kept is not None else ""
    return (
        "The site was not built: a page nests its Markdown too deep to render (the page is "
        "named in the error above); flatten it: emphasis inside emphasis, admonitions, lists "
        f"or quotes inside one another{unchanged}."
    )


def _with_a_free_port(dev_addr: str | None) -> str | None:
    """``HOST:0`` with a port the system has free: MkDocs would bind one itself, but then
    print "Serving on http://HOST:0/", which leads nowhere. Other addresses as they are."""
    if dev_addr is None or dev_addr.rpartition(":")[2] != "0":
        return dev_addr
    host = dev_addr.rpartition(":")[0]
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.bind((host.strip("[]"), 0))
            port = probe.getsockname()[1]
    except OSError:
        return dev_addr  # MkDocs names the address it cannot use
    return f"{host}:{port}"


def serve_site(config_file: Path, dev_addr: str | None = None, *, dirty: bool = True) -> None:
    """Preview with live reload (``mkdocs serve``); returns when the server is stopped.

    Args:
        dirty: after an edit, build again only what changed (MkDocs' dirty reload;
            the sopkit plugin marks its generated pages unchanged when they are, see
            :mod:`sopkit.plugin.incremental`); ``False`` builds every page each time.
    """
    from mkdocs.commands.serve import serve
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    from sopkit.config import read_safely, require_plugin

    read_safely(config_file)
    try:  # MkDocs' own errors first, as in a build; serve reads the file again
        loaded = load_config(config_file=str(config_file))
    except (ConfigurationError, Abort, TypeError):
        pass  # serve() below reports them
    else:
        require_plugin(config_file)
        _check_theme(loaded, config_file)
        if dev_addr is None and loaded.dev_addr.port == 0:
            dev_addr = f"{loaded.dev_addr.host}:0"
    dev_addr = _with_a_free_port(dev_addr)
    if dirty:
        logging.getLogger("mkdocs.commands.build").addFilter(_NoDirtyWarning())
    try:
        serve(
            config_file=str(config_file),
            dev_addr=dev_addr,
            livereload=True,
            build_type="dirty" if dirty else None,
        )
    except ConfigurationError as error:
        raise SopkitError(f"{config_file}: {error}") from None
    except TypeError:
        raise not_a_mapping(config_file) from None
    except Abort as error:
        if "configuration error" in str(error) or _setup_is_wrong(error):  # logged above
            raise SopkitError(
                f"The site could not be served: the error above is in the setup ({config_file})"
            ) from None
        raise BuildFailed(f"The site could not be served: {error}") from None
    except RecursionError:
        raise BuildFailed(_too_deep(None)) from None
    except OverflowError:  # a port above 65535 in mkdocs.yml (the CLI checks -a itself)
        raise SopkitError(
            f"{config_file}: dev_addr: the port must be from 0 to 65535, e.g. 127.0.0.1:8001"
        ) from None
    except OSError as error:
        if error.filename is not None or error.errno not in _ADDRESS_ERRORS:
            raise  # a file: the CLI names it
        address = dev_addr or "dev_addr of mkdocs.yml (127.0.0.1:8000 unless set)"
        raise SopkitError(
            f"The site could not be served on {address}: {error.strerror}. Stop the program "
            "that uses it, or serve on another address, e.g. sopkit serve -a 127.0.0.1:8001"
        ) from None


def export_tree(
    settings: Settings,
    docs_dir: Path,
    out_dir: Path,
    site_name: str,
    *,
    force: bool = False,
    directory_urls: bool = True,
    source_links: bool = True,
) -> tuple[int, Path | None]:
    """Write a plain docs tree: SOPs with their cards, plus every generated page.

    For static site tools other than MkDocs (Material's successor ignores foreign
    plugins): the output is ordinary Markdown with front matter any YAML reader
    reads, sopkit's stylesheet and scripts in ``assets/``, and a ``zensical.toml``
    beside it that loads them (see :mod:`sopkit.site.export`; a ``zensical.toml``
    sopkit did not write is never replaced). Links in HTML listings are links
    between the Markdown files, which Zensical resolves (``source_links``; off:
    site URLs in the style of ``directory_urls``); URLs in sopkit's data follow
    ``directory_urls`` (Zensical's and MkDocs' default). Returns the number of
    files in ``out_dir`` (sopkit's marker aside) and the Zensical config written beside
    it (None: both names were taken by files of the user's). ``out_dir`` is replaced
    only when sopkit wrote it (its marker), is empty, or ``force`` is given; never when
    it holds the sources, the project or a git work tree.

    Raises:
        UnsafeOutput: ``out_dir`` is not sopkit's to replace; nothing is written.
        BuildFailed: lint found errors; nothing is written.
    """
    import shutil
    from collections import Counter

    import yaml

    from sopkit.lint.report import format_text
    from sopkit.resources import templates_dir
    from sopkit.site.docs_files import unpublishable
    from sopkit.site.export import (
        ASSETS,
        as_page_meta,
        config_path,
        portable_front_matter,
        zensical_config,
    )
    from sopkit.site.knowledge_base import load_knowledge_base
    from sopkit.site.location_pages import variant_page
    from sopkit.site.pages import HOME, overview_nav
    from sopkit.site.text_only_markdown import text_only_markdown
    from sopkit.site.words import LANGUAGE_NAMES, touchpoint_label
    from sopkit.sop import display_path
    from sopkit.variants import body_for

    final = check_output(
        out_dir,
        Protected(docs_dir, settings.root),
        command="sopkit export",
        option="the OUT_DIR argument",
        force=force,
    )
    kb = load_knowledge_base(
        settings, docs_dir, site_name, directory_urls=directory_urls, source_links=source_links
    )
    if kb.lint.failed:
        raise BuildFailed(
            f"sopkit lint found errors; nothing was exported:\n{format_text(kb.lint)}"
        )
    broken = [
        f"{display_path(p, settings.root)}: {why}"
        for p, why in unpublishable(docs_dir, settings.root)
    ]
    if broken:
        raise BuildFailed("nothing was exported:\n  " + "\n  ".join(broken))
    pages = kb.pages
    if not settings.raw_html:  # the SOP bodies, and those in a location's version
        pages.body_text = text_only_markdown
    languages = {path: row.sop.lang for path, row in pages.by_path.items()}
    if pages.locations is not None:
        for (location, path), variant in pages.locations.variants.items():
            lang = str(variant.fields.get("lang", languages[path]))
            languages[variant_page(location, pages.by_path[path].sop.id)] = lang

    def with_tags(meta: dict[str, object], lang: str, label: str | None) -> dict[str, object]:
        """The tags Material's search shows (touchpoint first) and the language's name."""
        own = meta.get("tags")
        tags = [str(t) for t in own] if isinstance(own, list) else []
        first = [label] if label else []
        name = LANGUAGE_NAMES.get(lang, {}).get(lang, lang)
        return {**meta, "tags": [*first, *[t for t in tags if t not in (label, name)], name]}

    with staged(final) as stage:
        assert stage.folder is not None
        staging = stage.folder
        shutil.copytree(docs_dir, staging, dirs_exist_ok=True)
        for path, row in pages.by_path.items():
            sop = row.sop
            meta = with_tags(
                dict(sop.meta), sop.lang, touchpoint_label(sop.touchpoint or "", pages.site_lang)
            )
            body = pages.body_text(body_for(sop.document.body, None))
            markdown = pages.sop_markdown(path, body)
            text = portable_front_matter(as_page_meta(meta)) + markdown
            (staging / path).write_text(text, encoding="utf-8")
        for path, content in pages.pages().items():
            if content.startswith("---\n") and path.endswith(".md"):
                end = content.index("\n---\n", 4)
                meta = yaml.safe_load(content[4:end])
                if path in languages:  # a location's version
                    meta = with_tags(meta, languages[path], None)
                front = portable_front_matter(as_page_meta(meta))
                content = front + content[end + len("\n---\n") :]
            target = staging / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
        index = staging / HOME
        own = index.read_text(encoding="utf-8") if index.is_file() else None
        index.write_text(pages.home(own), encoding="utf-8")
        assets = staging / "assets"
        assets.mkdir(exist_ok=True)
        for name in ASSETS:
            shutil.copyfile(templates_dir() / "overrides" / "assets" / name, assets / name)
        stage.publish()
    # Every file of the tree, the copied ones too (locations.yml, images), not the marker.
    written = sum(1 for p in final.rglob("*") if p.is_file() and p.name != MARKER)
    config = config_path(final)
    if config is not None:
        config.write_text(
            zensical_config(
                final.name,
                site_name,
                [lang for lang, _ in Counter(languages.values()).most_common()],
                overview_nav(pages.locations is not None),
                pages.locations is not None,
                directory_urls,
            ),
            encoding="utf-8",
        )
    return written, config
