"""Lint and load the SOPs of a docs folder once, for any site generator."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sopkit.config import Settings
from sopkit.errors import SopkitError
from sopkit.history.changes import History, load_history
from sopkit.lint.background import BackgroundLint, can_fork, worth_a_process
from sopkit.lint.files import ReadAlready, collect_files, read_files_once, with_locations
from sopkit.locations import load_registry
from sopkit.site.pages import KnowledgeBasePages
from sopkit.sop import Sop

if TYPE_CHECKING:
    from sopkit.lint import LintResult


class LintFailed(SopkitError):
    """Lint found errors, so no site is built from these SOPs (exit code 1)."""

    exit_code = 1

    def __init__(self, result: LintResult) -> None:
        from sopkit.lint.report import format_text

        super().__init__(format_text(result))
        self.result = result


class KnowledgeBase:
    """The SOPs of a docs folder, their lint result and their generated pages.

    The lint result may still be on its way from another process (see
    :mod:`sopkit.lint.background`): :attr:`lint` waits for it, :attr:`lint_done`
    says whether it would wait.
    """

    def __init__(
        self,
        settings: Settings,
        docs_dir: Path,
        lint: LintResult | BackgroundLint,
        sops: list[Sop],
        pages: KnowledgeBasePages,
        history: History | None = None,
    ) -> None:
        self.settings = settings
        self.docs_dir = docs_dir
        self.sops = sops
        self.pages = pages
        self.history = history
        self._lint = lint

    @property
    def lint(self) -> LintResult:
        """The lint result of every file in the docs folder (waits for it)."""
        if isinstance(self._lint, BackgroundLint):
            self._lint = self._lint.result()
        return self._lint

    @property
    def lint_done(self) -> bool:
        """True when :attr:`lint` would not wait."""
        return not isinstance(self._lint, BackgroundLint) or self._lint.done

    def cancel_lint(self) -> None:
        """Stop a lint still running in another process (the build failed anyway)."""
        if isinstance(self._lint, BackgroundLint):
            self._lint.cancel()

    @contextmanager
    def lint_explains_errors(self) -> Iterator[None]:
        """Turn a failure to build a page into lint's report when lint failed.

        While lint runs in another process, pages are built from SOPs it has not
        checked yet; a malformed SOP may then break a page. The lint findings say
        what is wrong and where; the exception would not.

        Raises:
            LintFailed: the page failed and lint found errors.
        """
        try:
            yield
        except Exception:
            if self.lint.failed:
                raise LintFailed(self.lint) from None
            raise


def start_background_lint(
    settings: Settings, docs_dir: Path, lint_cache: Path | None = None
) -> BackgroundLint | bool:
    """Where to lint ``docs_dir``: in another process if that saves time.

    A site build calls this as early as it can. Returns ``False`` (lint in this
    process), ``True`` (in another process, forked by :func:`load_knowledge_base`
    once it has read the SOPs, see :mod:`sopkit.lint.background`) or the lint already
    running in a fresh interpreter, which takes a few tenths of a second to start that
    large knowledge bases would otherwise wait for. Files whose result ``lint_cache``
    keeps do not count: with most results kept, linting here costs less than starting
    a process.
    """
    if not worth_a_process(
        _unchecked(collect_files([docs_dir], published=docs_dir), settings, lint_cache)
    ):
        return False
    if can_fork():
        return True
    return BackgroundLint([docs_dir], settings, settings.root, lint_cache)


def _unchecked(files: list[Path], settings: Settings, lint_cache: Path | None) -> int:
    """How many of ``files`` have no result in ``lint_cache`` (all of them without one)."""
    if lint_cache is None:
        return len(files)
    from sopkit.lint.cache import LintCache
    from sopkit.sop import display_path

    store = LintCache.open(lint_cache, with_locations(settings), note=lambda _: None)
    if store is None:  # lint says why
        return len(files)
    try:
        keys = (store.key(path, display_path(path, settings.root)) for path in files)
        return sum(1 for key in keys if key is None or not store.has(key))
    finally:
        store.close()


def _read_standards(read: Iterable[ReadAlready]) -> None:
    """Parse each SOP's standard, before lint forks: the pages and lint both need it.

    A standard that cannot be parsed is left for later: the page that needs it fails
    while lint runs, and lint's findings say why (:meth:`KnowledgeBase.lint_explains_errors`).
    Nothing read here depends on today's date (see :class:`ReadAlready`).
    """
    for entry in read:
        if entry.sop.is_sop:
            with contextlib.suppress(Exception):
                _ = entry.sop.standard


def load_knowledge_base(
    settings: Settings,
    docs_dir: Path,
    site_name: str = "Service standards",
    *,
    repo_url: str | None = None,
    site_url: str | None = None,
    with_history: bool = True,
    background_lint: bool | BackgroundLint | None = False,
    directory_urls: bool = True,
    lint_cache: Path | None = None,
    source_links: bool = False,
) -> KnowledgeBase:
    """Lint ``docs_dir`` and keep its SOP models (each file is read and parsed once).

    A site is never built from standards that fail: with lint errors, no SOPs
    (when lint ran first) or a failed build (when it runs in the background).

    Args:
        background_lint: lint in another process while the caller builds pages
            (``True``: start it here; ``None``: when the set is large enough and
            there is a second core; or a lint already started with
            :func:`start_background_lint`). The SOPs are then read here for their
            front matter, and their bodies only when a page needs them; a lint
            started here is forked after that where it can, and checks what was read.
        directory_urls: the site's URL style (``use_directory_urls``) for the
            links the pages carry as HTML.
        source_links: write those links as links between Markdown files (see
            :class:`~sopkit.site.pages.KnowledgeBasePages`).
        lint_cache: keep lint results (and parsed SOPs) in this folder between
            builds (:mod:`sopkit.lint.cache`); ``None`` checks every file.
    """
    registry = load_registry(docs_dir)
    files = collect_files([docs_dir], published=docs_dir)
    if background_lint is None:
        background_lint = worth_a_process(_unchecked(files, settings, lint_cache))
    if background_lint is False:
        from sopkit.lint import lint_paths

        result = lint_paths(
            [docs_dir], settings, cwd=settings.root, keep_sops=True, cache=lint_cache
        )
        sops = [] if result.failed else [sop for sop in result.loaded if sop.is_sop]
        history = load_history(docs_dir, sops, settings) if with_history else None
        pages = KnowledgeBasePages(
            sops, docs_dir, site_name, history=history, repo_url=repo_url, site_url=site_url,
            registry=registry, directory_urls=directory_urls, source_links=source_links,
        )  # fmt: skip
        return KnowledgeBase(settings, docs_dir, result, sops, pages, history)

    read = read_files_once(files, with_locations(settings), settings.root)
    if isinstance(background_lint, BackgroundLint):
        running = background_lint
    else:
        if can_fork():  # the forked lint inherits the standards the pages need too
            _read_standards(read.values())
        running = BackgroundLint([docs_dir], settings, settings.root, lint_cache, read)
    kb = KnowledgeBase(settings, docs_dir, running, [], KnowledgeBasePages([], docs_dir, site_name))
    with kb.lint_explains_errors():
        sops = [entry.sop for entry in read.values() if entry.sop.is_sop]
        kb.sops = sops
        kb.history = load_history(docs_dir, sops, settings) if with_history else None
        kb.pages = KnowledgeBasePages(
            sops, docs_dir, site_name, history=kb.history, repo_url=repo_url,
            site_url=site_url, registry=registry, directory_urls=directory_urls,
            source_links=source_links,
        )  # fmt: skip
    return kb
