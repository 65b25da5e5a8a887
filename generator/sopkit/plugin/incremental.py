"""``sopkit serve``: keep the knowledge base between rebuilds and rebuild what changed.

MkDocs' dirty reload (``mkdocs serve --dirty``) builds again only the pages whose
``File.is_modified()`` is true: a Markdown file newer than its built page, and every
generated file (their content is in memory). :class:`LiveSite` lives as long as the
server (the plugin has ``on_startup``, so MkDocs keeps its instance) and after each
edit:

- lints the docs folder again with lint's results kept in memory
  (:func:`sopkit.lint.cache.keep_in_memory`): only the edited files are read and
  checked, the rules across files run over the kept records, and the other SOPs are
  the very objects of the last build;
- when the edit left every SOP's front matter, title and local versions as they were
  (a step edit), keeps every generated page and renders again only the edited SOP's
  location versions; otherwise renders the generated pages again and compares them
  with the last build's;
- marks each generated page as modified only when its content changed, and removes
  the built page of an SOP that was not edited but whose page changed (a conflict
  note, the home page's overview, lint findings), so MkDocs builds it again.

A setting, ``mkdocs.yml``, the locations registry, sopkit's templates, the git HEAD or
the date changing rebuilds everything, as does a build that failed.

Lint never stops the preview: an SOP with lint errors is left out of the knowledge
base (its page is shown as plain Markdown, with its findings in a banner at the top)
and every other page is built; findings are logged in the terminal as they change.
This module is used only by the plugin while serving; the core does not know it.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files

from sopkit.history.changes import History, load_history
from sopkit.lint.cache import keep_in_memory, settings_fingerprint
from sopkit.locations import REGISTRY, load_registry
from sopkit.resources import templates_dir
from sopkit.site.escaping import html_text
from sopkit.site.knowledge_base import KnowledgeBase
from sopkit.site.location_pages import differences, variant_page
from sopkit.site.pages import HOME, KnowledgeBasePages, page_path
from sopkit.site.raw_html import lift_html
from sopkit.sop import Sop, display_path
from sopkit.terminal import plural

if TYPE_CHECKING:
    from sopkit.config import Settings
    from sopkit.lint import LintResult
    from sopkit.lint.finding import Finding

log = get_plugin_logger(__name__)

#: MkDocs' warning at every dirty build; ``sopkit serve`` keeps the navigation and
#: the generated pages right itself, so it would only mislead.
DIRTY_WARNING = "A 'dirty' build is being performed"


class _LiveFile(File):
    """A generated page that MkDocs' dirty build skips when its content is unchanged."""

    changed = True

    def is_modified(self) -> bool:
        """Whether the page must be built again (MkDocs asks this in dirty builds)."""
        return self.changed


@dataclass
class _Build:
    """What one build of the live site produced, kept for the next build."""

    key: tuple[tuple[str, object], ...]
    kb: KnowledgeBase
    #: Generated page -> its content as the core rendered it.
    sources: dict[str, str]
    #: Generated page -> (Markdown given to MkDocs, the HTML blocks lifted out of it).
    lifted: dict[str, tuple[str, list[str]]]
    #: The generated home page (used when the project has no ``index.md``).
    home: str
    #: docs path -> the file's findings (none silenced, no info).
    findings: dict[str, list[Finding]] = field(default_factory=dict)


def _tree_stamp(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """The size and modification time of every file under ``folder``."""
    stamps = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = Path(root) / name
            try:
                status = path.stat()
            except OSError:
                continue
            stamps.append((str(path), status.st_size, status.st_mtime_ns))
    return tuple(stamps)


def _file_stamp(path: Path | str | None) -> tuple[int, int] | None:
    if path is None:
        return None
    try:
        status = Path(path).stat()
    except OSError:
        return None
    return status.st_size, status.st_mtime_ns


def _git_head(docs_dir: Path) -> str | None:
    """The commit checked out (the git history depends on nothing else), if any."""
    try:
        done = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=docs_dir,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def _own(sop: Sop) -> tuple[object, ...]:
    """What pages other than its own show of an SOP: front matter, title, id."""
    return (sop.meta, sop.title, sop.id)


def _swap(pages: KnowledgeBasePages, path: str, sop: Sop) -> None:
    """Put ``sop`` in the place of the SOP at ``path`` whose :func:`_own` it shares.

    Listings, conflicts and reviews show only what :func:`_own` covers, so they stay
    as they are; the SOP's page reads its new text and body from here.
    """
    row = pages.by_path[path]
    new = dataclasses.replace(row, sop=sop)
    pages.rows[next(i for i, r in enumerate(pages.rows) if r is row)] = new
    pages.by_path[path] = new
    if pages.by_id.get(sop.id) is row:
        pages.by_id[sop.id] = new


def _changed(pages: KnowledgeBasePages, current: dict[str, Sop]) -> set[str]:
    """SOPs added, removed, or whose :func:`_own` changed since ``pages`` were made."""
    changed = set(pages.by_path).symmetric_difference(current)
    for path, sop in current.items():
        row = pages.by_path.get(path)
        if row is not None and row.sop is not sop and _own(row.sop) != _own(sop):
            changed.add(path)
    return changed


def _history_holds(
    history: History, pages: KnowledgeBasePages, current: dict[str, Sop], changed: set[str]
) -> bool:
    """Whether the last build's history is this build's too.

    A git history depends on the HEAD alone (part of the key). One read from the SOPs'
    ``changes:`` lists holds while no SOP came or went and no changed SOP has another
    ``changes:`` list, id or title.
    """
    if not history.problem:
        return True
    if pages.by_path.keys() != current.keys():
        return False
    for path in changed:
        before, after = pages.by_path[path].sop, current[path]
        if (before.meta.get("changes"), before.id, before.title) != (
            after.meta.get("changes"),
            after.id,
            after.title,
        ):
            return False
    return True


def _signature(pages: KnowledgeBasePages, path: str) -> tuple[object, ...]:
    """What the listings, cards and other pages show of the SOP at ``path``.

    Its front matter, title and id, and, with locations, where it applies and how
    each local version differs: a change that leaves this alone (a step's wording)
    changes the SOP's own page and its location versions, nothing else.
    """
    sop = pages.by_path[path].sop
    parts: list[object] = list(_own(sop))
    locations = pages.locations
    if locations is not None:
        parts.append(tuple(locations.applies.get(path, ())))
        for (location_id, where), variant in sorted(locations.variants.items()):
            if where != path:
                continue
            location = locations.registry.get(location_id)
            assert location is not None
            found = differences(sop, variant, location)
            parts.append((location_id, [(d.what, d.local, d.standard) for d in found]))
    return tuple(parts)


class LiveSite:
    """The knowledge base of a running ``sopkit serve``, rebuilt where it changed."""

    def __init__(self) -> None:
        keep_in_memory()
        self.last: _Build | None = None
        #: Generated pages whose content changed in the current build.
        self.modified: set[str] = set()
        #: Pages to build again though their file was not edited (docs paths).
        self.stale: set[str] = set()
        #: Build every page again (first build, or something that affects them all).
        self.everything = True
        #: docs paths of SOPs left out of the knowledge base for their lint errors.
        self.left_out: set[str] = set()
        #: docs paths whose findings changed in this build (logged in the terminal).
        self.reported: set[str] = set()
        #: More arguments for :class:`KnowledgeBasePages` (the site's language).
        self.options: Mapping[str, Any] = {}
        #: What the last build wrote, by destination: a page whose source is gone is
        #: removed, or the preview would serve it (a dirty build never cleans the site).
        self.published: set[str] = set()

    def forget(self) -> None:
        """The build failed: the next one builds every page again."""
        self.last = None

    # --- loading ---------------------------------------------------------------------

    def load(
        self,
        settings: Settings,
        config: Any,
        lint_cache: Path | None,
        options: Mapping[str, Any] | None = None,
    ) -> KnowledgeBase:
        """Lint the docs folder and give this build's knowledge base (never fails on lint).

        Args:
            options: more arguments for :class:`KnowledgeBasePages` (the plugin
                gives the site's language).
        """
        from sopkit.lint import lint_paths

        self.options = options or {}

        docs_dir = Path(config.docs_dir)
        result = lint_paths(
            [docs_dir], settings, cwd=settings.root, keep_sops=True, cache=lint_cache
        )
        findings = self._findings(result, settings, docs_dir)
        self.left_out = {
            path for path, found in findings.items() if any(f.severity == "error" for f in found)
        }
        current = {
            path: sop
            for path, sop in self._docs_paths(result, settings, docs_dir)
            if path not in self.left_out
        }
        sops = list(current.values())
        key = (
            ("the settings", settings_fingerprint(settings)),
            ("the site's name or URLs", (config.site_name, config.repo_url, config.site_url)),
            ("use_directory_urls", config.use_directory_urls),
            ("the configuration file", _file_stamp(config.config_file_path)),
            (REGISTRY, _file_stamp(docs_dir / REGISTRY)),
            ("sopkit's templates", _tree_stamp(templates_dir())),
            ("the git HEAD", _git_head(docs_dir)),
            ("the date", settings.current_date()),
        )
        last, self.last = self.last, None
        self.modified, self.stale = set(), set()
        self.everything = last is None or last.key != key
        if last is not None and self.everything:
            why = [name for (name, new), (_, old) in zip(key, last.key, strict=True) if new != old]
            log.info(f"every page is built again: {', '.join(why)} changed")
        if last is None or self.everything:
            built = self._full(key, sops, result, settings, config, docs_dir, None)
        else:
            update, pages = self._update(last, key, current, result, settings, config, docs_dir)
            if update is None:
                changed = _changed(last.kb.pages, current)
                history = last.kb.history
                kept = history if history is not None and _history_holds(
                    history, last.kb.pages, current, changed
                ) else None  # fmt: skip
                built = self._full(
                    key, sops, result, settings, config, docs_dir, kept,
                    pages if kept is not None else None, last.kb.pages,
                )  # fmt: skip
                self._compare(last, built, changed)
            else:
                built = update
        previous = last.findings if last is not None else {}
        self.reported = {
            path
            for path in set(previous) | set(findings)
            if previous.get(path) != findings.get(path)
        }
        self.stale |= self.reported
        built.findings = findings
        self.last = built
        return built.kb

    @staticmethod
    def _docs_paths(
        result: LintResult, settings: Settings, docs_dir: Path
    ) -> list[tuple[str, Sop]]:
        """Each SOP linted with its path in the docs tree (from its shown path: fast)."""
        folder = display_path(docs_dir, settings.root)
        prefix = "" if folder == "." else folder + "/"
        return [
            (
                sop.display_path[len(prefix) :]
                if sop.display_path.startswith(prefix) and not folder.startswith("..")
                else page_path(sop, docs_dir),
                sop,
            )
            for sop in result.loaded
            if sop.is_sop
        ]

    @staticmethod
    def _findings(
        result: LintResult, settings: Settings, docs_dir: Path
    ) -> dict[str, list[Finding]]:
        """Each file's findings that the editor should see, by docs path."""
        root, docs = settings.root.absolute(), str(docs_dir.absolute())
        found: dict[str, list[Finding]] = {}
        for finding in result.findings:
            if finding.suppressed or finding.severity not in ("error", "warning"):
                continue
            path = Path(os.path.relpath(root / finding.path, docs)).as_posix()
            found.setdefault(path, []).append(finding)
        return found

    def _pages(
        self,
        sops: list[Sop],
        settings: Settings,
        config: Any,
        docs_dir: Path,
        history: History | None,
        previous: KnowledgeBasePages | None,
    ) -> KnowledgeBasePages:
        """The pages of ``sops``; the rows of SOPs unchanged since ``previous`` are kept."""
        return KnowledgeBasePages(
            sops, docs_dir, config.site_name, history=history, repo_url=config.repo_url,
            site_url=config.site_url, registry=load_registry(docs_dir),
            directory_urls=config.use_directory_urls, previous=previous, **self.options,
        )  # fmt: skip

    def _full(
        self,
        key: tuple[tuple[str, object], ...],
        sops: list[Sop],
        result: LintResult,
        settings: Settings,
        config: Any,
        docs_dir: Path,
        history: History | None,
        pages: KnowledgeBasePages | None = None,
        previous: KnowledgeBasePages | None = None,
    ) -> _Build:
        """Render every generated page (of ``pages`` if given: made with ``history``)."""
        if history is None:
            history = load_history(docs_dir, sops, settings)
        if pages is None:
            pages = self._pages(sops, settings, config, docs_dir, history, previous)
        kb = KnowledgeBase(settings, docs_dir, result, sops, pages, history)
        sources = pages.pages()
        lifted = {path: lift_html(content) for path, content in sources.items()}
        return _Build(key, kb, sources, lifted, pages.home(None))

    def _update(
        self,
        last: _Build,
        key: tuple[tuple[str, object], ...],
        new_sops: dict[str, Sop],
        result: LintResult,
        settings: Settings,
        config: Any,
        docs_dir: Path,
    ) -> tuple[_Build | None, KnowledgeBasePages | None]:
        """The build after an edit that changed no listing.

        Returns:
            the build, or ``None`` when the listings must be rendered again, with the
            pages made for the new SOPs with the last build's history (if made).
        """
        old = last.kb.pages
        if new_sops.keys() != old.by_path.keys():
            return None, None
        edited = [
            path
            for path, sop in new_sops.items()
            if old.by_path[path].sop is not sop
            and old.by_path[path].sop.document.text != sop.document.text
        ]
        sops = list(new_sops.values())
        if old.locations is None:  # no location versions: the last pages serve again
            if any(_own(old.by_path[path].sop) != _own(new_sops[path]) for path in edited):
                return None, None
            for path in edited:
                _swap(old, path, new_sops[path])
            kb = KnowledgeBase(settings, docs_dir, result, sops, old, last.kb.history)
            return _Build(key, kb, last.sources, last.lifted, last.home), None
        pages = self._pages(sops, settings, config, docs_dir, last.kb.history, old)
        if any(_signature(old, path) != _signature(pages, path) for path in edited):
            return None, pages
        kb = KnowledgeBase(settings, docs_dir, result, sops, pages, last.kb.history)
        sources, lifted = dict(last.sources), dict(last.lifted)
        if pages.locations is not None:
            for location_id, path in pages.locations.variants:
                if path not in edited:
                    continue
                target = variant_page(location_id, pages.by_path[path].sop.id)
                content = pages.locations.variant_markdown(location_id, path)
                if sources.get(target) != content:
                    sources[target], lifted[target] = content, lift_html(content)
                    self.modified.add(target)
        return _Build(key, kb, sources, lifted, last.home), pages

    def _compare(self, last: _Build, built: _Build, changed: set[str]) -> None:
        """Note the generated pages that changed, and the SOP pages that must be rebuilt.

        An SOP page names up to three others that promise differently (its conflict
        note): the notes compared are those of the conflicts an SOP of ``changed``
        was or is part of.
        """
        self.modified |= {
            path for path, content in built.sources.items() if last.sources.get(path) != content
        }
        old, new = last.kb.pages, built.kb.pages
        in_conflict = {
            row.path
            for conflict in (*old.conflicts, *new.conflicts)
            if any(row.path in changed for row in conflict.rows)
            for row in conflict.rows
        }
        for path in in_conflict:
            if (
                path in old.by_path
                and path in new.by_path
                and old.conflict_note(path) != new.conflict_note(path)
            ):
                self.stale.add(path)
        if last.home != built.home:
            self.stale.add(HOME)
            self.modified.add(HOME)

    # --- the build ---------------------------------------------------------------------

    def add_files(self, files: Files, config: Any) -> dict[str, list[str]]:
        """Add the generated pages to ``files``; mark what the dirty build must redo.

        Returns:
            generated page -> its lifted HTML blocks (for ``on_page_content``).
        """
        built = self.last
        assert built is not None
        lifted: dict[str, list[str]] = {}
        for path, (markdown, blocks) in built.lifted.items():
            lifted[path] = blocks
            own = files.get_file_from_path(path)
            if own is not None and own.generated_by is None:  # the build stops on it
                log.error(f"{own.src_uri}: sopkit generates this page; rename or move the file")
            files.append(self._file(config, path, markdown, path in self.modified))
        if files.get_file_from_path(HOME) is None:
            home, lifted[HOME] = lift_html(built.home)
            files.append(self._file(config, HOME, home, HOME in self.modified))
        for file in files.documentation_pages():
            if self.everything or (file.src_uri in self.stale and file.generated_by is None):
                Path(file.abs_dest_path).unlink(missing_ok=True)
        destinations = {file.abs_dest_path for file in files if file.abs_dest_path}
        for gone in self.published - destinations:  # a deleted SOP, image or page
            Path(gone).unlink(missing_ok=True)
        self.published = destinations
        return lifted

    def _file(self, config: Any, path: str, content: str, modified: bool) -> File:
        file = cast(_LiveFile, _LiveFile.generated(config, path, content=content))
        file.changed = self.everything or modified
        return file

    # --- what the editor sees ----------------------------------------------------------

    def report(self) -> None:
        """Log the findings of the files whose findings changed; a summary line."""
        built = self.last
        assert built is not None
        for path in sorted(self.reported):
            for finding in built.findings.get(path, []):
                where = f"{finding.path}:{finding.line}:{finding.column}"
                line = f"{where} {finding.message} ({finding.rule})"
                (log.error if finding.severity == "error" else log.warning)(line)
        result = built.kb.lint
        errors, warnings = result.count("error"), result.count("warning")
        note = (
            f"{plural(len(built.kb.sops), 'SOP')} checked: {plural(errors, 'error')}, "
            f"{plural(warnings, 'warning')}"
        )
        if self.left_out:
            shown = ", ".join(sorted(self.left_out)[:3]) + (
                ", ..." if len(self.left_out) > 3 else ""
            )
            note += f"; left out of the listings until fixed (their pages show why): {shown}"
        log.info(note)

    def banner(self, src: str, html: str) -> str:
        """``html`` of the page at ``src`` with its lint findings at the top, if it has any."""
        built = self.last
        found = built.findings.get(src) if built is not None else None
        if not found:
            return html
        errors = sum(1 for f in found if f.severity == "error")
        if errors:
            title = (
                f"sopkit lint: {errors} error{'s' if errors != 1 else ''} in this SOP. "
                "It is left out of the catalogue and listings, and the card is not shown, "
                "until they are fixed."
            )
        else:
            title = f"sopkit lint: {len(found)} warning{'s' if len(found) != 1 else ''}"
        items = "".join(
            f"<li>line {f.line}, column {f.column}: {html_text(f.message)} "
            f"(<code>{html_text(f.rule)}</code>, {html_text(f.severity)})</li>"
            for f in found
        )
        kind = "failure" if errors else "warning"
        box = (
            f'<div class="admonition {kind} sop-lint-banner" role="alert">'
            f'<p class="admonition-title">{html_text(title)}</p><ul>{items}</ul></div>\n'
        )
        end = html.find("</h1>")
        if html.lstrip().startswith("<h1") and end >= 0:
            end += len("</h1>")
            return html[:end] + "\n" + box + html[end:]
        return box + html
