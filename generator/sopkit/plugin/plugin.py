"""The ``sopkit`` MkDocs plugin: lint first, then add cards and generated pages.

Event order (mkdocs.plugins): startup → config → files → nav → page_markdown → ...
State that belongs to one build is reset in ``on_config``, so ``mkdocs serve``
rebuilds never accumulate pages.
"""

from __future__ import annotations

import functools
import html
import re
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any
from urllib.parse import quote

import click
from mkdocs.exceptions import Abort, ConfigurationError, PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.toc import AnchorLink, TableOfContents
from pathspec.gitignore import GitIgnoreSpec

from sopkit import template_cache
from sopkit.cachehome import foreign_cache
from sopkit.config import PLUGIN_NAME, Settings, check_mkdocs_yml, line_of
from sopkit.document import read_document
from sopkit.errors import ConfigError, SopkitError
from sopkit.lint.background import BackgroundLint
from sopkit.lint.cache import lint_cache_dir
from sopkit.lint.files import refuse_folder_links
from sopkit.locations import load_registry
from sopkit.plugin.config import SopPluginConfig, checked_settings
from sopkit.plugin.incremental import LiveSite
from sopkit.plugin.sidebar import SidebarCache
from sopkit.resources import templates_dir
from sopkit.site.build import not_a_mapping
from sopkit.site.card_cache import CardCache
from sopkit.site.docs_files import ProjectBoundary, page_problem, publish_problem
from sopkit.site.escaping import html_text
from sopkit.site.knowledge_base import (
    KnowledgeBase,
    LintFailed,
    load_knowledge_base,
    start_background_lint,
)
from sopkit.site.location_pages import DATA as LOCATION_DATA
from sopkit.site.location_pages import page_url, variant_page
from sopkit.site.output import Protected, Staging, check_output
from sopkit.site.page_meta import escape_meta_text, theme_meta_problems
from sopkit.site.pages import HOME, environment, overview_nav, owner_name
from sopkit.site.raw_html import lift_html, restore_html
from sopkit.site.search import BUNDLE as SEARCH_BUNDLE
from sopkit.site.search import PageFacts, material_worker
from sopkit.site.search import install as install_search
from sopkit.site.text_only import TextOnlyHtml
from sopkit.site.words import language_of, touchpoint_label, ui
from sopkit.sop import Sop, display_path
from sopkit.terminal import plural, printable, use_color
from sopkit.variants import body_for

log = get_plugin_logger(__name__)


def _lint_failed_message(report: str) -> str:
    if not use_color(sys.stderr):  # `mkdocs build` logs messages as they are, styles and all
        report = click.unstyle(report)
    return f"sopkit lint found errors; the site was not built:\n{report}"


_PROGRESS_EVERY = 500


class SettingsInvalid(PluginError):
    """The project's setup is wrong (sopkit's settings, its cache, its plugins): exit 2.

    A failed build exits 1 (errors found); ``sopkit build`` and ``sopkit serve`` tell
    this apart from lint errors by its type.
    """


def refuse_unknown_theme_language(config: Any) -> None:
    """Stop on a ``theme.language`` Material has no words for: every page failed to
    render with "TemplateNotFound: partials/languages/xx.html" (exit 3). ``sopkit build``
    and ``serve`` ask before MkDocs runs any plugin (Material's search plugin failed
    first); a plain ``mkdocs build`` without that plugin is stopped here."""
    language = config.theme.get("language")
    if not language or config.theme.name != "material":
        return
    folders = [Path(folder) / "partials" / "languages" for folder in config.theme.dirs]
    if any((folder / f"{language}.html").is_file() for folder in folders):
        return
    overrides = [Path(folder) / "partials" for folder in config.theme.dirs]
    if any((f / "language.html").is_file() and not (f / "languages").is_dir() for f in overrides):
        return  # a project's own language partial (custom_dir) decides which words it loads
    known = sorted({p.stem for folder in folders if folder.is_dir() for p in folder.glob("*.html")})
    from sopkit.suggest import nearest

    hint = nearest(str(language), known)
    raise SettingsInvalid(
        f"theme.language '{str(language)[:40]}': Material for MkDocs has no such language"
        + (f"; did you mean '{hint}'?" if hint else f"; use one of {', '.join(known[:12])} ...")
    )


#: What ends an HTML attribute or starts a tag: the theme writes these URLs into
#: ``href="..."`` on every page, so a repo_url holding ``"><script>`` ran on all of them.
_NOT_IN_A_URL = re.compile(r"[\"'<>`\s\x00-\x1f\x7f]")


def refuse_unsafe_urls(config: Any) -> None:
    """Stop on a ``repo_url``, ``site_url`` or ``edit_uri`` holding what ends an HTML
    attribute: MkDocs checks the scheme, not the rest, and Material writes it into
    every page."""
    for key in ("repo_url", "site_url", "edit_uri"):
        value = config.get(key)
        if not value:
            continue
        text = str(value)
        found = _NOT_IN_A_URL.search(text)
        if found is not None:
            shown = repr(found.group())
            raise SettingsInvalid(
                f"{config.config_file_path or 'mkdocs.yml'}: {key} holds {shown}, which no web "
                "address holds (the theme writes it into every page, where it would end the "
                f"link and start markup): write it percent-encoded ({quote(found.group())})"
            )


#: What starts a tag or ends an attribute: the theme writes the site's name and
#: description into every page without escaping them (``<title>``, ``content="..."``).
_NOT_IN_A_TITLE = re.compile(r"[\"<>\x00-\x1f\x7f]")


def refuse_markup_in_site_texts(config: Any) -> None:
    """Stop on a ``site_name``, ``site_description`` or ``site_author`` holding what
    starts markup: Material writes them into every page as they are, so
    ``</title><script>`` in the site's name ran on all 63 pages of the sample."""
    for key in ("site_name", "site_description", "site_author"):
        value = config.get(key)
        if not value:
            continue
        found = _NOT_IN_A_TITLE.search(str(value))
        if found is not None:
            shown = repr(found.group())
            raise SettingsInvalid(
                f"{config.config_file_path or 'mkdocs.yml'}: {key} holds {shown}, which the "
                "theme writes into every page as it is (it would end the page's title or an "
                "attribute and start markup): leave it out, or write a word for it"
            )


def _in_hidden_folder(file: File) -> bool:
    """Whether a docs file lies in a folder whose name starts with a dot."""
    return any(part.startswith(".") for part in file.src_uri.split("/")[:-1])


@functools.cache
def _own_assets() -> tuple[str, ...]:
    """The paths of the scripts and styles sopkit adds to the theme (``assets/...``)."""
    overrides = templates_dir() / "overrides"
    return tuple(
        path.relative_to(overrides).as_posix()
        for path in sorted(overrides.rglob("*"))
        if path.is_file() and not path.name.endswith(".html")
    )


def _too_heavy_to_render(sop: Sop) -> str | None:
    """SOP013's first finding on the page, as ``path:line: message``, before MkDocs
    spends minutes rendering it (a lint in another process reports it only later)."""
    from sopkit.lint.rules.sop013_markup_too_heavy import check as markup_check

    for problem in markup_check(sop):
        return f"{sop.display_path}:{problem.line}: {problem.message} (SOP013)"
    return None


def _published_at(config: Any, path: str) -> str:
    """Where MkDocs publishes a page of ``path`` (``reviews/index.md``: ``reviews/index.html``)."""
    return File(path, None, config.site_dir, config.use_directory_urls).dest_uri


def _refuse_static_i18n(config: Any) -> None:
    """Stop with the supported way when mkdocs-static-i18n is configured.

    It builds the whole site once per language from translated copies of each page
    (``answer.de.md``, ``de/answer.md``), falling back to the default language. An
    SOP is not a translation of another: each states its own language (``lang: de``)
    and a knowledge base holds all three side by side; the i18n plugin would publish
    every SOP three times, under interface labels of the wrong language.
    """
    for name, plugin in config.plugins.items():
        if type(plugin).__module__.split(".")[0] == "mkdocs_static_i18n":
            raise SettingsInvalid(
                f"sopkit does not work with mkdocs-static-i18n (plugin '{name}'): it "
                "builds one site per language from translated copies of each page, while "
                "each SOP states its own language ('lang: de' in its front matter). "
                "To publish SOPs in English, German and Dutch, remove the i18n plugin "
                "and keep them in one site: give each SOP its 'lang' (cards, wording "
                "rules and dates follow it) and set 'plugins: - search: lang: [en, de, "
                "nl]' for search in all three languages (see the README, 'Engines and "
                "plugins')."
            )


class SopPlugin(BasePlugin[SopPluginConfig]):
    """Build a service-standards knowledge base from the SOPs in ``docs_dir``."""

    def __init__(self) -> None:
        self.knowledge_base: KnowledgeBase | None = None
        #: Where lint runs, chosen in on_config (see start_background_lint).
        self.lint_process: BackgroundLint | bool = False
        self.lint_reported = False
        self.lifted: dict[str, list[str]] = {}  # generated page -> its listings' HTML
        self.nav: Any = None
        self.sidebar: SidebarCache | None = None
        self.started = 0.0
        self.rendered = 0
        #: Set by ``sopkit build``, which builds into a staging folder and discards it
        #: when the build fails: lint may then finish while pages are written (its
        #: result is collected in ``on_post_build``). Plain ``mkdocs build`` writes
        #: into ``site_dir`` itself, so lint is collected before the first file.
        self.staged_site = False
        self.command: str | None = None
        self.dirty = False
        self.stage: Staging | None = None  # plain ``mkdocs build``'s own staging
        self.final_site_dir: str | None = None
        self.search_worker: str | None = None
        self.serve_search_noted = False
        self.live: LiveSite | None = None  # set in on_startup when serving
        #: Pages whose title and tags this build has escaped (each exactly once).
        self.titled: set[str] = set()
        self.text_only: TextOnlyHtml | None = None  # with ``raw_html: false``
        #: With awesome-nav: its config file name and the compact navigation for it.
        self.awesome_nav: tuple[str, list[dict[str, str]]] | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Note the command: plain ``mkdocs build`` is staged here, ``serve`` is not.

        Having this method also makes MkDocs keep one plugin instance across
        ``serve`` rebuilds. Per-build state is reset in ``on_config``.
        """
        self.command, self.dirty = command, dirty
        #: ``serve`` (``sopkit serve`` and ``mkdocs serve``): the knowledge base is kept
        #: between rebuilds, lint never stops the preview (see plugin/incremental.py).
        self.live = LiveSite() if command == "serve" else None

    @event_priority(100)  # before Material's search plugin makes its environments
    def _keep_compiled_templates(self, config: Any) -> Any:
        """Give sopkit's page templates and every theme environment the template cache.

        MkDocs makes the theme's environment for the build and Material's search
        plugin makes two more (for its translations, in its ``on_config``):
        ``theme.get_env`` is wrapped on this build's theme object, so each of them
        starts with the cache.
        """
        pages = environment()
        pages.bytecode_cache = None
        if not self.config.enabled:
            return config
        self.settings = self._checked_settings(config)  # first: cache_dir is read below
        if not self.config.cache:
            return config
        source = Path(config.config_file_path or "mkdocs.yml")
        if self.config.cache_dir:
            # the settings refused a cache_dir inside docs_dir or among a user's files
            # (lint does too); this creates and tags it
            cache_dir = source.resolve().parent / self.config.cache_dir
            problem = foreign_cache(cache_dir.resolve())
            if problem is not None:
                raise SettingsInvalid(
                    ConfigError(
                        source, f"sopkit setting 'cache_dir': {problem}",
                        line_of(source, "cache_dir"),
                    ).message
                )  # fmt: skip
        else:
            cache_dir = template_cache.default_cache_dir()
            docs = Path(config.docs_dir).resolve()
            if cache_dir.resolve() == docs or docs in cache_dir.resolve().parents:
                raise SettingsInvalid(
                    ConfigError(
                        source,
                        f"the template cache (from $XDG_CACHE_HOME or ~/.cache): {cache_dir} "
                        f"is inside docs_dir ({docs}); sopkit never writes into the SOP "
                        "folder: set 'cache_dir' to a folder outside it, e.g. "
                        "'cache_dir: .cache/sopkit'",
                    ).message
                )
        template_cache.install(pages, cache_dir, log)
        make_env = config.theme.get_env

        def get_env() -> Any:
            env = make_env()
            template_cache.install(env, cache_dir, log)
            return env

        config.theme.get_env = get_env
        return config

    def _checked_settings(self, config: Any) -> Settings:
        """The plugin's options checked by sopkit, unknown ones too, with file and line.

        MkDocs leaves their values unchecked (``sopkit.plugin.config``), so a wrong one
        gets the message ``sopkit lint`` gives for the same line of ``mkdocs.yml``.
        """
        try:
            return checked_settings(self.config, config)
        except ConfigError as error:
            raise SettingsInvalid(error.message) from None

    def _set_up(self, config: Any) -> Any:
        """Reset per-build state, validate the settings, add our theme files and nav."""
        self.knowledge_base = None
        self.lint_process = False
        self.lint_reported = False
        self.lifted = {}
        self.nav = None
        self.sidebar = None
        self.rendered = 0
        self.started = time.perf_counter()
        self.text_only = None
        self.awesome_nav = None
        if not self.config.enabled:
            return config
        twice = [name for name in config.plugins if name.startswith(f"{PLUGIN_NAME} #")]
        if twice:  # MkDocs names a second instance "sopkit #2": both would build
            raise SettingsInvalid(
                f"{config.config_file_path}: the sopkit plugin is listed {len(twice) + 1} "
                "times in plugins: keep one, with all its options"
            )
        _refuse_static_i18n(config)
        refuse_unknown_theme_language(config)
        refuse_unsafe_urls(config)
        refuse_markup_in_site_texts(config)
        source = Path(config.config_file_path or "mkdocs.yml")
        if config.config_file_path:  # a key given twice: MkDocs kept the last one silently
            try:
                check_mkdocs_yml(source)
            except ConfigError as error:
                raise SettingsInvalid(error.message) from None
        try:
            refuse_folder_links(Path(config.docs_dir), self.settings.root)
            self.lint_cache = lint_cache_dir(self.config.cache, self.config.cache_dir, source)
            if self.live is None:  # serving lints in this process, with results in memory
                self.lint_process = start_background_lint(
                    self.settings, Path(config.docs_dir), self.lint_cache
                )
        except SopkitError as error:  # e.g. docs_dir does not exist
            raise SettingsInvalid(error.message) from None
        self._stage_plain_build(config, source)
        overrides = str(templates_dir() / "overrides")
        config.theme.dirs.insert(1 if config.theme.get("custom_dir") else 0, overrides)
        config.extra_css.append("assets/sopkit.css")
        config.extra_javascript.append("assets/sopkit.js")
        has_locations = bool(load_registry(Path(config.docs_dir)).locations)
        if has_locations:  # the picker's data first: the picker reads it when it starts
            config.extra_javascript.append(LOCATION_DATA)
            config.extra_javascript.append("assets/sopkit-locations.js")
        self.search_worker = self._search_engine(config)
        if self.search_worker is not None and has_locations:
            config.extra_javascript.append("assets/sopkit-search.js")
        # No Markdown extension is added: sopkit's own pages are written as HTML where
        # they need more than plain Markdown, and SOP bodies get the extensions the
        # project lists. ``raw_html: false`` adds one, last: it undoes md_in_html's.
        if not self.config.raw_html:
            self.text_only = TextOnlyHtml()
            config.markdown_extensions.append(self.text_only)
        awesome_nav = config.plugins.get("awesome-nav")
        if config.nav is None and self.config.compact_nav and awesome_nav is not None:
            # awesome-nav makes the navigation from .nav.yml files (and replaces any
            # ``nav``): the compact one is a generated root .nav.yml, unless the
            # project has its own.
            filename = str(getattr(awesome_nav, "config", {}).get("filename", ".nav.yml"))
            self.awesome_nav = (filename, overview_nav(has_locations, _site_language(config)))
        elif config.nav is None and self.config.compact_nav:
            if config.not_in_nav is None:  # SOPs are meant to be outside the nav: say nothing
                config.not_in_nav = GitIgnoreSpec.from_lines(["*.md"])
            config.nav = overview_nav(has_locations, _site_language(config))
        return config

    on_config = CombinedEvent(_keep_compiled_templates, _set_up)

    def _stage_plain_build(self, config: Any, source: Path) -> None:
        """Make plain ``mkdocs build`` write into a staging folder, as ``sopkit build`` does.

        MkDocs empties ``site_dir`` before the first page; a lint error would then
        leave no site at all. The staged site is swapped in at the very end of
        ``on_post_build`` and dropped when the build fails. ``serve`` (a temporary
        folder) and ``--dirty`` builds (which update the site in place) are not staged.
        """
        if self.staged_site or self.command not in ("build", "gh-deploy") or self.dirty:
            return
        try:
            final = check_output(
                Path(config.site_dir),
                Protected(Path(config.docs_dir), source.resolve().parent),
                command=f"mkdocs {self.command}",
                option="site_dir in mkdocs.yml (or --site-dir)",
                accept_site=True,
            )
            self.stage = Staging(final, on_wait=log.warning).__enter__()
        except SopkitError as error:
            self._cancel_lint()
            raise PluginError(error.message) from None
        self.final_site_dir = config.site_dir
        config.site_dir = str(self.stage.folder)

    def on_files(self, files: Files, *, config: Any) -> Files:
        """Lint the SOPs (errors stop the build), then add the generated pages.

        Large sets are linted in a second process (started in ``on_config``) while
        MkDocs renders; their result is collected in ``on_env``, before the first
        file is written.
        """
        if not self.config.enabled:
            return files
        self.titled.clear()  # a new build: every page's title is escaped once again
        if self.live is not None:
            self._leave_out_unpublishable(files, config)
            return self._live_files(files, config)
        kb = load_knowledge_base(
            self.settings,
            Path(config.docs_dir),
            config.site_name,
            repo_url=config.repo_url,
            site_url=config.site_url,
            background_lint=self.lint_process,
            lint_cache=self.lint_cache,
            directory_urls=config.use_directory_urls,
        )
        self.knowledge_base = kb
        kb.pages.site_lang = _site_language(config)
        if self.lint_cache is not None:
            kb.pages.card_cache = CardCache.open(self.lint_cache.parent / "cards", kb.pages)
        if kb.lint_done:
            self._report_lint(kb)
        self._note_history(kb)
        with self._lint_explains_errors(kb):
            generated = kb.pages.pages()
            clashes = self._own_files_at(generated, files, config)
            if clashes:
                raise PluginError("\n  ".join(clashes))
            for path, markdown in generated.items():
                markdown, self.lifted[path] = lift_html(markdown)
                files.append(File.generated(config, path, content=markdown))
            if files.get_file_from_path(HOME) is None:
                home, self.lifted[HOME] = lift_html(kb.pages.home(None))
                files.append(File.generated(config, HOME, content=home))
            unpublishable = self._unpublishable(files, config)
            if unpublishable:
                lines = [printable(f"{shown}: {why}") for _, shown, why in unpublishable]
                if len(lines) > 1:
                    lines = [f"{len(lines)} files cannot be published:", *lines]
                raise PluginError("\n  ".join(lines))
        return self._add_awesome_nav(files, config)

    def _own_files_at(self, generated: dict[str, str], files: Files, config: Any) -> list[str]:
        """The docs files at a path sopkit writes (a generated page, its own script or
        style), each with the fix.

        MkDocs keeps one file per path: the generated page replaced the file without a
        word (an SOP at ``catalogue.md`` was listed but never shown), and a docs file
        wins over the theme's, so ``assets/sopkit.js`` replaced what every page loads.
        """
        page = (
            "sopkit generates the page '{}' (an overview of the knowledge base); rename or "
            "move this file"
        )
        asset = (
            "'{}' is sopkit's own script or style, which every page loads; this file would "
            "replace it: rename or move it"
        )
        ours = [(path, page) for path in sorted(generated)]
        ours += [(path, asset) for path in _own_assets()]
        clashes = []
        for path, what in ours:
            own = files.get_file_from_path(path)
            if own is not None and own.src_dir == config.docs_dir and own.abs_src_path:
                shown = display_path(Path(own.abs_src_path), self.settings.root)
                clashes.append(printable(f"{shown}: {what.format(path)}"))
        # ... and any file published at the address of one: "reviews.md" is published at
        # reviews/, where the generated "reviews/index.md" is (an SOP gone without a word)
        written = {_published_at(config, path): path for path in generated}
        for file in files:
            if file.src_dir != config.docs_dir or not file.abs_src_path:
                continue
            if file.inclusion.value <= InclusionLevel.DRAFT.value:
                continue  # never published
            if Path(file.src_uri).name.lower() == "readme.md":
                continue  # MkDocs leaves it out for the index.md beside it, and says so
            mine = written.get(file.dest_uri)
            if mine is not None and mine != file.src_uri:
                why = (
                    f"MkDocs would publish it at '{file.dest_uri}', where sopkit writes its "
                    f"page '{mine}' (an overview of the knowledge base); rename or move this file"
                )
            elif self.search_worker is not None and file.dest_uri.startswith(f"{SEARCH_BUNDLE}/"):
                why = (
                    f"sopkit writes the search index into '{SEARCH_BUNDLE}/', which replaces "
                    "what is there; rename or move this file"
                )
            else:
                continue  # (the path is shown only for a clash: thousands of files pass)
            shown = display_path(Path(file.abs_src_path), self.settings.root)
            clashes.append(printable(f"{shown}: {why}"))
        if len(clashes) > 1:
            clashes.insert(0, f"{len(clashes)} files are at paths that sopkit writes:")
        return clashes

    def _unpublishable(self, files: Files, config: Any) -> list[tuple[File, str, str]]:
        """The docs files this build would publish but cannot: each shown, and why.

        MkDocs would stop halfway on them, or read one for ever (see
        :mod:`sopkit.site.docs_files`).
        """
        # Drafts are served, not built (MkDocs' InclusionLevel.is_in_serve/is_included).
        lowest = InclusionLevel.DRAFT.value + (0 if self.command == "serve" else 1)
        boundary = ProjectBoundary(self.settings.root, Path(config.docs_dir))
        found = []
        for file in files:
            source = file.abs_src_path
            if file.generated_by is not None or file.src_dir != config.docs_dir or not source:
                continue  # theme files and generated pages
            if file.inclusion.value < lowest:
                continue  # never read
            problem = publish_problem(Path(source), boundary)
            if problem is None and file.is_documentation_page() and _in_hidden_folder(file):
                problem = (
                    "exclude_docs lets MkDocs publish this page from a hidden folder, which "
                    "sopkit lint skips: it would go on the site unchecked; move it out of the "
                    "hidden folder, or keep hidden folders excluded"
                )
            if problem is not None:
                shown = display_path(Path(source), self.settings.root)
                found.append((file, shown, problem))
        return found

    def _leave_out_unpublishable(self, files: Files, config: Any) -> None:
        """``serve``: leave out the files a build could not publish, and say so."""
        for file, shown, problem in self._unpublishable(files, config):
            log.error(f"{shown}: {problem}; left out of the preview until fixed")
            files.remove(file)

    def _add_awesome_nav(self, files: Files, config: Any) -> Files:
        if self.awesome_nav is not None and files.get_file_from_path(self.awesome_nav[0]) is None:
            import yaml

            filename, nav = self.awesome_nav
            content = yaml.safe_dump({"nav": nav}, allow_unicode=True, sort_keys=False)
            nav_file = File.generated(config, filename, content=content)
            nav_file.inclusion = InclusionLevel.EXCLUDED  # read by awesome-nav, not published
            files.append(nav_file)
        return files

    def _note_history(self, kb: KnowledgeBase) -> None:
        if kb.history is not None and kb.history.problem:
            # A shallow clone or a git that fails in a repository must be mended (a
            # warning, which --strict turns into a failure); outside git this is normal,
            # and git's own "fatal: not a git repository" is no news to the reader.
            why = kb.history.problem if kb.history.needs_fix else "no git repository here"
            note = f"change log from the SOPs' changes: lists, not git: {printable(why)}"
            (log.warning if kb.history.needs_fix else log.info)(note)

    def _live_files(self, files: Files, config: Any) -> Files:
        """``serve``: the kept knowledge base, updated where files changed (never fails on lint)."""
        live = self.live
        assert live is not None
        try:
            kb = live.load(
                self.settings, config, self.lint_cache, {"site_lang": _site_language(config)}
            )
        except SopkitError as error:  # e.g. a broken Vale style
            raise PluginError(error.message) from None
        self.knowledge_base = kb
        self.lint_reported = True  # shown by the live site, as findings change
        live.report()
        if live.everything:
            self._note_history(kb)
        self.lifted = live.add_files(files, config)
        return self._add_awesome_nav(files, config)

    def on_page_read_source(self, *, page: Any, config: Any) -> str | None:
        """Give MkDocs the SOP text read for the knowledge base, not a second read."""
        if not self.config.enabled:
            return None
        kb = self.knowledge_base
        row = kb.pages.by_path.get(page.file.src_uri) if kb is not None else None
        if row is None or not row.sop.document.text:
            return self._unless_unreadable(page)
        text = row.sop.document.text
        if "\r" in text:  # as MkDocs reads files: universal newlines
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def _unless_unreadable(self, page: Any) -> str | None:
        """``None`` (MkDocs reads the page) unless MkDocs cannot read it as text.

        A build then stops with lint's findings, or with what is wrong with the file;
        the preview shows a notice in the page's place and goes on.
        """
        file = page.file
        if file.generated_by is not None or file.abs_src_path is None:
            return None
        try:
            file.content_string  # noqa: B018 (read to see whether MkDocs can read it)
        except (OSError, ValueError):
            path = Path(file.abs_src_path)
            problem = page_problem(path, self.settings.max_file_size)
            shown = display_path(path, self.settings.root)
            if self.live is None:
                kb = self.knowledge_base
                with self._lint_explains_errors(kb) if kb is not None else nullcontext():
                    raise PluginError(f"{shown}: {problem}") from None
            log.error(f"{shown}: {problem}; shown as a notice until fixed")
            return f"This page cannot be shown: {problem}.\n"
        return None

    def on_page_markdown(self, markdown: str, *, page: Any, config: Any, files: Files) -> str:
        """Tag SOP pages with their touchpoint (shown in search); add the home overview."""
        kb = self.knowledge_base
        if self.text_only is not None:
            self.text_only.active = False
        if kb is None:
            return markdown
        self._progress()
        src = page.file.src_uri
        with self._lint_explains_errors(kb):
            if src in kb.pages.by_path:
                sop = kb.pages.by_path[src].sop
                heavy = _too_heavy_to_render(sop)
                if heavy is not None:  # lint, in another process, may not have said so yet
                    if self.live is None:
                        raise PluginError(heavy)
                    log.error(f"{heavy}; shown as a notice until fixed")
                    return "This page cannot be shown: its markup is too heavy to render.\n"
                # the site's word: one result list said "Telefon", "Telefoon" and "Phone",
                # and "Telefon" on a German site did not find the English phone SOPs
                label = touchpoint_label(sop.touchpoint or "", kb.pages.site_lang)
                page.meta["title"] = sop.title or sop.id
                page.meta["tags"] = [label, *[t for t in sop.tags if t != label]]
                self._escape_title_and_tags(page, body_is_sop=True)
                # The standard leaves out what only one location sees: its version shows it.
                # The card and history are added to the HTML (on_page_content).
                return body_for(markdown, None)
            if src in self.lifted:
                self._escape_title_and_tags(page, body_is_sop=src.startswith("locations/"))
            if src == HOME and page.file.generated_by is None:
                home, self.lifted[HOME] = lift_html(kb.pages.home(markdown))
                return home
        return markdown

    def _escape_title_and_tags(self, page: Any, body_is_sop: bool) -> None:
        """Give the theme an SOP's or a generated page's title and tags as HTML.

        Material puts ``page.meta.title`` and ``page.title`` into ``<title>``, the
        header and the ``<h1>`` as they are, and the search index's titles and tags
        into result HTML: they come from front matter, file names and
        ``locations.yml``, so they are escaped here, where they become HTML.
        ``meta.title`` is always set: Material's fallback (``page.title |
        striptags``) would undo the escaping; a title from ``nav:`` is configuration
        and stays as it is. With ``raw_html: false``, the body of
        an SOP page or a location's version renders its HTML as text.
        """
        title = page.meta.get("title")
        if title is None:  # the rendered <h1>'s text is HTML already ("Q&amp;A"): as text
            title = html.unescape(page.title or "")
        page.meta["title"] = html_text(title)
        self.titled.add(page.file.src_uri)
        tags = page.meta.get("tags")
        if isinstance(tags, list):
            page.meta["tags"] = [html_text(tag) for tag in tags if tag is not None]
        if self.text_only is not None:
            self.text_only.active = body_is_sop

    def on_page_content(self, html: str, *, page: Any, config: Any, files: Files) -> str:
        """Fill in generated pages' listings; give SOP pages their metric and checklist.

        This is the HTML that the search plugin indexes: an SOP's title, metric and
        body. The rest of the card comes in ``on_page_context``.
        """
        if self.config.enabled:
            self._theme_meta(page, config)
        kb = self.knowledge_base
        if kb is None:
            return html
        src = page.file.src_uri
        if src in self.lifted:
            return restore_html(html, self.lifted[src])
        if src not in kb.pages.by_path:
            return html
        with self._lint_explains_errors(kb):
            return kb.pages.searchable_sop_html(src, html)

    def _theme_meta(self, page: Any, config: Any) -> None:
        """Make every page's front matter safe for the theme, which renders it as it is.

        Values the theme would fail on ("template: 5", an icon it lacks) stop a build
        with the file, the line and the fix; a preview leaves them out and goes on.
        Strings become HTML text, and a page whose title sopkit did not set (a help
        page, a hand-written ``index.md``) gets its title escaped too: its rendered
        ``<h1>`` may hold "&lt;/title&gt;", which the theme would print back as a tag.
        All pages are rendered before any template runs, so the navigation, which
        shows other pages' subtitles and titles, sees them escaped as well.
        """
        for key, problem in theme_meta_problems(page.meta, config.theme.dirs):
            where = self._front_matter_line(page, key)
            if self.live is None:
                raise PluginError(f"{where}: {problem}")
            log.error(f"{where}: {problem}; left out of the preview until fixed")
            del page.meta[key]
        escape_meta_text(page.meta)
        if page.file.src_uri not in self.titled:
            self._escape_title_and_tags(page, body_is_sop=False)

    def _front_matter_line(self, page: Any, key: str) -> str:
        """``path:line`` of ``key`` in the page's front matter (read as lint reads it),
        for a message."""
        source = page.file.abs_src_path
        if source is None:
            return str(page.file.src_uri)
        document = read_document(Path(source), max_size=self.settings.max_file_size)
        position = document.positions.get(key)
        line = position.line if position is not None else 1
        return f"{display_path(Path(source), self.settings.root)}:{line}"

    @event_priority(-100)  # after the search plugin has indexed the page
    def on_page_context(self, context: Any, *, page: Any, config: Any, nav: Any) -> Any:
        """Complete SOP pages: the card's facts, conflicts and history, not for search.

        They repeat the metric in other words or name other SOPs; in the index they
        made every SOP a result for its neighbours' words, and the index bigger.
        """
        kb = self.knowledge_base
        if kb is not None and page.file.src_uri in kb.pages.by_path:
            with self._lint_explains_errors(kb):
                page.content = kb.pages.complete_sop_html(page.file.src_uri, page.content)
            _title_first_in_contents(page)
        if self.live is not None:  # serving: the page's lint findings at its top
            page.content = self.live.banner(page.file.src_uri, page.content)
        return context

    def on_post_page(self, output: str, *, page: Any, config: Any) -> str:
        """Give each page its language and the header its short name.

        An SOP (or a location's version) in another language than the site's gets
        ``lang`` on its content, so a screen reader reads it with the right voice;
        Material's own interface around it stays in the site's language.
        """
        kb = self.knowledge_base
        if kb is None:
            return output
        output = _title_heading_id(page, output)
        lang = _page_language(kb, page.file.src_uri)
        if lang is not None and lang != _site_language(config):
            output = output.replace(
                '<article class="md-content__inner md-typeset">',
                f'<article class="md-content__inner md-typeset" lang="{lang}">',
                1,
            )
            # the table of contents lists the SOP's headings, in the SOP's language
            output = output.replace(
                '<ul class="md-nav__list" data-md-component="toc"',
                f'<ul class="md-nav__list" data-md-component="toc" lang="{lang}"',
                1,
            )
        return _short_name(output, self.config.short_name)

    def on_post_template(self, output_content: str, *, template_name: str, config: Any) -> str:
        """The 404 page: scripts that redirect location URLs and find the site's assets.

        Without ``site_url``, MkDocs links the 404 page's assets from the domain root
        (``/assets/...``); a site under a sub-path gets its own assets from there.
        """
        if self.knowledge_base is None or template_name != "404.html":
            return output_content
        output_content = _not_found_in(output_content, self.knowledge_base.pages.site_lang)
        if not config.site_url:
            output_content = output_content.replace(
                "</body>", f"<script>{_REBASE_404}</script></body>", 1
            )
        if self.knowledge_base.pages.locations is not None:
            script = f"<script>{_REDIRECT_404}</script>"
            output_content = output_content.replace("</head>", script + "</head>", 1)
        return _short_name(output_content, self.config.short_name)

    def on_nav(self, nav: Any, *, config: Any, files: Files) -> Any:
        """Keep the navigation for the sidebar cache (``on_env``)."""
        self.nav = nav
        return nav

    def on_env(self, env: Any, *, config: Any, files: Files) -> Any:
        """Collect the lint result before MkDocs writes the first file; share sidebars.

        A staged site (``sopkit build``) is not published until the build succeeded,
        so its lint result is collected in ``on_post_build`` instead: lint then never
        holds up the writing of pages.
        """
        if self.knowledge_base is None:
            return env
        if not self.lint_reported and not self.staged_site:
            self._report_lint(self.knowledge_base)
        if self.nav is not None:
            extra = [config.theme.get("logo"), config.extra.get("homepage")]
            self.sidebar = SidebarCache(self.nav, [str(u) for u in extra if u])
            self.sidebar.install(env)
        return env

    def on_build_error(self, *, error: Exception) -> None:
        """Stop a lint still running beside a build that failed; drop its staged site."""
        self._cancel_lint()
        if self.live is not None:  # the next rebuild builds every page again
            self.live.forget()
        if self.stage is not None:
            self.stage.__exit__(None, None, None)
            self.stage = None

    def _cancel_lint(self) -> None:
        if self.knowledge_base is not None:
            self.knowledge_base.cancel_lint()
        elif isinstance(self.lint_process, BackgroundLint):
            self.lint_process.cancel()

    def on_serve(self, server: Any, *, config: Any, builder: Any) -> Any:
        """Rebuild when our templates or styles change (they sit outside docs_dir).

        A rebuild after ``mkdocs.yml`` was saved broken says what is wrong in one line:
        MkDocs prints a traceback for a YAML error (and a ``TypeError`` for a file
        holding one value) but only the message of an ``Abort``.

        A rebuild that fails keeps the last good site served: MkDocs' own server held
        every request until the error was fixed (a broken ``mkdocs.yml`` or a folder
        link made the preview hang for minutes, though every page was still there).
        """
        server.watch(str(templates_dir()))
        rebuild = server.builder
        config_file = Path(config.config_file_path or "mkdocs.yml")

        def rebuild_or_say_why() -> None:
            try:
                try:
                    rebuild()
                except ConfigurationError as error:
                    raise Abort(f"{config_file}: {error}") from None
                except TypeError:
                    problem = not_a_mapping(config_file)
                    if isinstance(problem, SopkitError):
                        raise Abort(problem.message) from None
                    raise
            except Exception as error:  # said, and the preview goes on
                why = (
                    error.message if isinstance(error, Abort)
                    else f"{type(error).__name__}: {error}"
                )  # fmt: skip
                said = (
                    f"The rebuild failed: {why}. The preview keeps the last good site until "
                    "the error is fixed."
                )
                log.error("\n".join(printable(line) for line in said.split("\n")))

        server.builder = rebuild_or_say_why
        # A second Ctrl-C during MkDocs' shutdown (a parent such as `timeout` or `npm run`
        # forwards one more) left its server and file watcher threads running, and the
        # process never exited: as daemon threads, they end with it.
        for thread in (getattr(server, "serve_thread", None), getattr(server, "observer", None)):
            if isinstance(thread, threading.Thread) and not thread.is_alive():
                thread.daemon = True
        return server

    @event_priority(-100)  # after every other plugin has written its files
    def _publish_staged_site(self, *, config: Any) -> None:
        """Swap plain ``mkdocs build``'s staged site in (see ``_stage_plain_build``)."""
        if self.stage is None:
            return
        stage, self.stage = self.stage, None
        try:
            stage.publish()
        finally:
            stage.__exit__(None, None, None)
        config.site_dir = self.final_site_dir

    def _finish_build(self, *, config: Any) -> None:
        """Collect a lint result still due, write the location redirects, log a summary."""
        kb = self.knowledge_base
        if kb is not None and not self.lint_reported:  # a staged site: see on_env
            self._report_lint(kb)
        if (
            kb is not None
            and kb.pages.locations is not None
            and self.config.location_redirect_files
        ):
            site = Path(config.site_dir)
            for path, content in kb.pages.locations.redirect_stubs().items():
                target = site / path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(content, encoding="utf-8")
        if kb is not None and kb.pages.card_cache is not None:
            kb.pages.card_cache.save()
        if kb is not None:
            log.info(
                f"knowledge base: {plural(self.rendered, 'page')}, {plural(len(kb.sops), 'SOP')}, "
                f"{plural(len(kb.lint.findings), 'finding')}, "
                f"{time.perf_counter() - self.started:.1f} s"
            )

    def _search_engine(self, config: Any) -> str | None:
        """Material's search worker to replace with sopkit's Pagefind engine, or None.

        None with ``search_engine: material``, without Material's search plugin (it
        decides what is indexed), with Material's offline plugin (Pagefind cannot
        load its index from ``file://``), and in ``serve``: indexing the whole site
        again after every edit would cost the live preview seconds (tens of seconds at
        thousands of SOPs), so the preview searches with Material's engine.
        """
        plugins = config.plugins
        if self.config.search_engine != "pagefind" or "material/search" not in plugins:
            return None
        if self.command == "serve":
            if not self.serve_search_noted:
                self.serve_search_noted = True
                log.info("search: the preview uses Material's search; sopkit build uses Pagefind")
            return None
        if "material/offline" in plugins or "offline" in plugins:
            return None
        try:
            import pagefind  # noqa: F401
        except ImportError:
            raise PluginError(
                "search_engine: pagefind needs the pagefind package: pip install "
                "'pagefind[extended]' (or set 'search_engine: material')"
            ) from None
        theme = Path(config.theme.dirs[-1])
        for folder in config.theme.dirs:
            if (Path(folder) / "base.html").is_file() and "material" in Path(folder).parts:
                theme = Path(folder)
        return material_worker(theme)

    @event_priority(-50)  # after Material's search plugin, before a staged site is published
    def _write_search_index(self, *, config: Any) -> None:
        """Index the built site with Pagefind and put sopkit's engine behind the search box."""
        kb = self.knowledge_base
        if self.search_worker is None or kb is None:
            return
        started = time.perf_counter()
        site = Path(config.site_dir)
        if not (site / "search" / "search_index.json").is_file():
            return
        directory_urls = bool(config.use_directory_urls)
        facts: dict[str, PageFacts] = {}
        locations = kb.pages.locations
        for path, row in kb.pages.by_path.items():
            sop = row.sop
            facts[page_url(path, directory_urls)] = PageFacts(
                lang=sop.lang, sop=sop.id, touchpoint=sop.touchpoint or "",
                summary=sop.metric or "", owner=owner_name(sop.owner),
                only=tuple(locations.only_at(path)) if locations is not None else (),
            )  # fmt: skip
        if kb.pages.locations is not None:
            for (location, path), variant in kb.pages.locations.variants.items():
                sop = kb.pages.by_path[path].sop
                url = page_url(variant_page(location, sop.id), directory_urls)
                facts[url] = PageFacts(
                    lang=sop.lang, sop=sop.id, location=location, touchpoint=sop.touchpoint or "",
                    summary=str(variant.fields.get("metric") or sop.metric or ""),
                    owner=owner_name(str(variant.fields.get("owner") or sop.owner or "")),
                )  # fmt: skip
        cache = self.lint_cache.parent / "search" if self.lint_cache is not None else None
        count, reused = install_search(site, self.search_worker, facts, cache, log.info)
        how = "kept index of the same pages" if reused else "Pagefind"
        log.info(f"search: {count} pages indexed ({how}) in "
                 f"{time.perf_counter() - started:.1f} s")  # fmt: skip

    on_post_build = CombinedEvent(_finish_build, _write_search_index, _publish_staged_site)

    def _report_lint(self, kb: KnowledgeBase) -> None:
        """Log lint's warnings; stop the build on its errors."""
        try:
            result = kb.lint
        except SopkitError as error:
            raise PluginError(error.message) from None
        self.lint_reported = True
        if result.failed:  # the report lists the warnings too: each is shown once
            from sopkit.lint.report import format_text

            raise PluginError(_lint_failed_message(format_text(result)))
        for finding in result.findings:
            if finding.severity == "warning" and not finding.suppressed:
                where = f"{finding.path}:{finding.line}:{finding.column}"
                log.warning(printable(f"{where} {finding.message} ({finding.rule})"))
        errors, warnings = result.count("error"), result.count("warning")
        log.info(f"{plural(len(kb.sops), 'SOP')} checked: {plural(errors, 'error')}, "
                 f"{plural(warnings, 'warning')}")  # fmt: skip

    @contextmanager
    def _lint_explains_errors(self, kb: KnowledgeBase) -> Iterator[None]:
        """A page that fails while lint is still running: show lint's errors instead."""
        try:
            with kb.lint_explains_errors():
                yield
        except LintFailed as failed:
            raise PluginError(_lint_failed_message(failed.message)) from None

    def _progress(self) -> None:
        self.rendered += 1
        if self.rendered % _PROGRESS_EVERY == 0 and sys.stderr.isatty():
            log.info(f"{self.rendered} pages rendered ...")


#: The id of an SOP page's title heading, where "Skip to content" leads.
TITLE_ID = "sopkit-title"


def _title_first_in_contents(page: Any) -> None:
    """Make an SOP page's title the first entry of its table of contents.

    Material's "Skip to content" link leads to that first entry. An SOP's title comes
    from front matter, so Material writes its ``<h1>`` without an id, and the first
    entry was the first section ("Steps"): the link jumped past the title and the
    card. Done after the search plugin indexed the page (it looks sections up in the
    contents); Material's sidebar shows a level-1 entry's children, as before.
    """
    if "<h1" in page.content:
        return  # the SOP's own "# Title" (MkDocs gave it an id); Material adds no other
    title = AnchorLink(page.title, TITLE_ID, 1)
    title.children = list(page.toc)
    page.toc = TableOfContents([title])


def _title_heading_id(page: Any, output: str) -> str:
    """Give Material's ``<h1>`` of the title the id the first contents entry names."""
    first = next(iter(page.toc), None) if page.toc is not None else None
    if first is None or first.id != TITLE_ID:
        return output
    return output.replace("<h1>", f'<h1 id="{TITLE_ID}">', 1)


def _site_language(config: Any) -> str:
    """The site's language (``theme.language``) as en, de or nl."""
    return language_of(config.theme.get("language") or "en")


def _page_language(kb: KnowledgeBase, src: str) -> str | None:
    """The language of an SOP page or a location's version of one (else ``None``)."""
    row = kb.pages.by_path.get(src)
    if row is not None:
        return language_of(row.sop.lang)
    locations = kb.pages.locations
    if locations is not None and src.startswith("locations/") and src.count("/") == 2:
        location, name = src.split("/")[1], src.rsplit("/", 1)[1][:-3]
        standard = kb.pages.by_id.get(name)
        variant = locations.variants.get((location, standard.path)) if standard else None
        if standard is not None and variant is not None:
            return language_of(variant.fields.get("lang", standard.sop.lang))
    return None


def _short_name(output: str, short_name: str | None) -> str:
    """The header's title with a short name for narrow screens beside the full one."""
    if not short_name:
        return output
    topic = '<div class="md-header__topic">'
    start = output.find(topic)
    span = output.find('<span class="md-ellipsis">', start)
    if start < 0 or span < 0:
        return output
    short = f'<span class="sop-short-name" aria-hidden="true">{html_text(short_name)}</span>'
    return (
        output[:span]
        + short
        + '<span class="md-ellipsis sop-long-name">'
        + output[span + len('<span class="md-ellipsis">') :]
    )


#: Material's 404 heading, in English on every site.
_NOT_FOUND = "<h1>404 - Not found</h1>"
#: The header's link to the home page, which the 404 page's own link repeats.
_HOME_LINK = re.compile(r'<a href="([^"]*)"[^>]*class="md-header__button md-logo"')


def _not_found_in(page: str, lang: str) -> str:
    """The 404 page in the site's language, with a way on: Material's says "404 - Not
    found" in English on German and Dutch sites, and a location link followed with no
    JavaScript ended there with nothing to go on."""
    home = _HOME_LINK.search(page)
    label = html_text(ui(lang, "home_page"))
    link = f'<a href="{home.group(1)}">{label}</a>' if home is not None else label
    marker = "\x00home\x00"  # escaped with the sentence, then replaced by the link
    words = html_text(ui(lang, "not_found_help", home=marker)).replace(marker, link)
    return page.replace(
        _NOT_FOUND, f"<h1>{html_text(ui(lang, 'not_found'))}</h1>\n<p>{words}</p>", 1
    )


#: At the end of the 404 page of a site without ``site_url``: its links start at the
#: domain root ("/assets/..."). When the site is not there (a GitHub Pages project
#: site, ``/kb/``), the site root is found by asking for sopkit's stylesheet one
#: folder down at a time, from the domain root (at most 12 requests), and the page's
#: links, stylesheets, scripts and Material's configuration are pointed there.
_REBASE_404 = """(function () {
  var folders = window.location.pathname.split("/").slice(1, -1).slice(0, 11);
  var roots = ["/"];
  folders.forEach(function (name, i) {
    roots.push("/" + folders.slice(0, i + 1).join("/") + "/");
  });
  function rooted(value) { return value && value.charAt(0) === "/" && value.charAt(1) !== "/"; }
  function rebase(root) {
    document.querySelectorAll("a[href], link[href]").forEach(function (el) {
      var href = el.getAttribute("href");
      if (rooted(href)) { el.setAttribute("href", root + href.slice(1)); }
    });
    document.querySelectorAll("img[src]").forEach(function (el) {
      var src = el.getAttribute("src");
      if (rooted(src)) { el.setAttribute("src", root + src.slice(1)); }
    });
    var config = document.getElementById("__config");
    if (config) {
      try {
        var data = JSON.parse(config.textContent);
        if (rooted(data.base)) { data.base = root + data.base.slice(1); }
        if (rooted(data.search)) { data.search = root + data.search.slice(1); }
        config.textContent = JSON.stringify(data);
      } catch (e) {}
    }
    Array.prototype.forEach.call(document.querySelectorAll("script[src]"), function (old) {
      var src = old.getAttribute("src");
      if (!rooted(src)) { return; }
      var script = document.createElement("script");
      script.src = root + src.slice(1);
      script.async = false;
      document.body.appendChild(script);
    });
  }
  function probe(k) {
    if (k >= roots.length) { return; }
    fetch(roots[k] + "assets/sopkit.css", { method: "HEAD" }).then(function (r) {
      if (!r.ok) { probe(k + 1); } else if (k > 0) { rebase(roots[k]); }
    }).catch(function () { probe(k + 1); });
  }
  probe(0);
})();"""


#: On the 404 page, before any asset loads: a location URL without a page of its own
#: (``.../locations/<id>/<sop-id>/``) leads to the standard. The site root is what
#: comes before ``locations/`` in the address, so it works under any sub-path (a
#: GitHub Pages project site, ``/kb/``), with or without ``site_url``, whatever the
#: 404 page's own asset links say.
_REDIRECT_404 = """(function () {
  var m = window.location.pathname.match(
    /^(.*\\/)locations\\/([^/]+)\\/([^/]+?)(?:\\.html|\\/(?:index\\.html)?)?$/);
  if (!m || m[3] === "index") { return; }
  var root = window.location.origin + m[1];
  fetch(root + "assets/sopkit-sops.json").then(function (r) { return r.ok ? r.json() : null; })
    .then(function (sops) {
      var id = decodeURIComponent(m[3]);
      var sop = sops && Object.prototype.hasOwnProperty.call(sops, id) ? sops[id] : null;
      if (!sop || typeof sop.url !== "string" ||
          /^\\s*([a-z][a-z0-9+.-]*:|[\\\\/])/i.test(sop.url) ||
          sop.locations.indexOf(m[2]) < 0) { return; }
      try { localStorage.setItem("sopkit.location", m[2]); } catch (e) {}
      window.location.replace(root + sop.url);
    }).catch(function () {});
})();"""
