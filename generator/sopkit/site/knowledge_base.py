"""Lint and load the SOPs of a docs folder once, for any site generator."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sopkit.config import Settings
from sopkit.history.changes import History, load_history
from sopkit.lint import LintResult, lint_paths
from sopkit.locations import load_registry
from sopkit.site.pages import KnowledgeBasePages
from sopkit.sop import Sop


@dataclass
class KnowledgeBase:
    """The SOPs of a docs folder, their lint result and their generated pages."""

    settings: Settings
    docs_dir: Path
    lint: LintResult
    sops: list[Sop]
    pages: KnowledgeBasePages
    history: History | None = None


def load_knowledge_base(
    settings: Settings,
    docs_dir: Path,
    site_name: str = "Service standards",
    *,
    repo_url: str | None = None,
    site_url: str | None = None,
    with_history: bool = True,
) -> KnowledgeBase:
    """Lint ``docs_dir`` and keep its SOP models (each file is read and parsed once).

    A site is never built from standards that fail: with lint errors, no SOPs.
    """
    result = lint_paths([docs_dir], settings, cwd=settings.root, keep_sops=True)
    sops: list[Sop] = [] if result.failed else [sop for sop in result.loaded if sop.is_sop]
    history = load_history(docs_dir, sops, settings) if with_history else None
    pages = KnowledgeBasePages(
        sops, docs_dir, site_name, history=history, repo_url=repo_url, site_url=site_url,
        registry=load_registry(docs_dir),
    )  # fmt: skip
    return KnowledgeBase(settings, docs_dir, result, sops, pages, history)
