"""``sopkit build``, ``serve`` and ``export``: the site commands over MkDocs and the core.

A build writes into a fresh folder beside the site and swaps it in only when it
succeeded, so a failed build never leaves a half-written site where the last good
one was.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from sopkit.config import Settings
from sopkit.errors import SopkitError
from sopkit.site.output import Protected, check_output, staged

# Material prints an end-of-life banner on every build; our users cannot act on it.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def show_build_log(verbose: bool) -> None:
    """Print MkDocs' log: warnings always; progress and info too on a terminal."""
    logger = logging.getLogger("mkdocs")
    if any(getattr(h, "_sopkit", False) for h in logger.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    handler.setLevel(logging.INFO if verbose else logging.WARNING)
    handler._sopkit = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


class BuildFailed(SopkitError):
    """The build stopped (lint errors, strict warnings): exit code 1."""

    exit_code = 1


@dataclass(frozen=True)
class BuildSummary:
    """What one build produced."""

    site_dir: Path
    pages: int
    sops: int
    findings: int
    seconds: float

    def line(self) -> str:
        """One line for the terminal."""
        return (
            f"Built {self.pages} pages ({self.sops} SOPs, {self.findings} findings) "
            f"into {self.site_dir} in {self.seconds:.1f} s"
        )


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

    started = time.perf_counter()
    try:
        config = load_config(config_file=str(config_file), strict=strict)
    except ConfigurationError as error:
        raise SopkitError(f"{config_file}: {error}") from None
    final = check_output(
        Path(site_dir or config.site_dir),
        Protected(Path(config.docs_dir), config_file.resolve().parent),
        command="sopkit build",
        option="--site-dir (-d) or site_dir in mkdocs.yml",
        accept_site=True,
    )
    plugin = config.plugins.get("sopkit")
    if plugin is not None:  # the site is swapped in only when the build succeeds
        plugin.staged_site = True  # type: ignore[attr-defined]
    with staged(final, on_wait=logging.getLogger("mkdocs").warning) as stage:
        assert stage.folder is not None
        config.site_dir = str(stage.folder)
        try:
            build(config)
        except (Abort, PluginError) as error:
            raise BuildFailed(f"{error}\nThe site was not built; {final} is unchanged.") from None
        stage.publish()
    kb = getattr(plugin, "knowledge_base", None)
    pages = getattr(plugin, "rendered", 0) or sum(1 for _ in final.rglob("*.html"))
    return BuildSummary(
        final,
        pages,
        len(kb.sops) if kb else 0,
        len(kb.lint.findings) if kb else 0,
        time.perf_counter() - started,
    )


def serve_site(config_file: Path, dev_addr: str | None = None) -> None:
    """Preview with live reload (``mkdocs serve``)."""
    from mkdocs.commands.serve import serve

    serve(config_file=str(config_file), dev_addr=dev_addr, livereload=True)


def export_tree(
    settings: Settings,
    docs_dir: Path,
    out_dir: Path,
    site_name: str,
    *,
    force: bool = False,
) -> int:
    """Write a plain docs tree: SOPs with their cards, plus every generated page.

    For static site tools other than MkDocs (Material's successor ignores foreign
    plugins): the output is ordinary Markdown. Returns the number of files written.
    ``out_dir`` is replaced only when sopkit wrote it (its marker), is empty, or
    ``force`` is given; never when it holds the sources, the project or a git work
    tree.

    Raises:
        UnsafeOutput: ``out_dir`` is not sopkit's to replace; nothing is written.
        BuildFailed: lint found errors; nothing is written.
    """
    import shutil

    from sopkit.lint.report import format_text
    from sopkit.site.knowledge_base import load_knowledge_base
    from sopkit.site.pages import HOME

    final = check_output(
        out_dir,
        Protected(docs_dir, settings.root),
        command="sopkit export",
        option="the OUT_DIR argument",
        force=force,
    )
    kb = load_knowledge_base(settings, docs_dir, site_name)
    if kb.lint.failed:
        raise BuildFailed(
            f"sopkit lint found errors; nothing was exported:\n{format_text(kb.lint)}"
        )
    with staged(final) as stage:
        assert stage.folder is not None
        staging = stage.folder
        shutil.copytree(docs_dir, staging, dirs_exist_ok=True)
        written = 0
        for path, row in kb.pages.by_path.items():
            text = row.sop.document.text
            front, body = text[: len(text) - len(row.sop.document.body)], row.sop.document.body
            (staging / path).write_text(front + kb.pages.sop_markdown(path, body), encoding="utf-8")
            written += 1
        for path, markdown in kb.pages.pages().items():
            target = staging / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(markdown, encoding="utf-8")
            written += 1
        index = staging / HOME
        own = index.read_text(encoding="utf-8") if index.is_file() else None
        index.write_text(kb.pages.home(own), encoding="utf-8")
        stage.publish()
    return written + 1
