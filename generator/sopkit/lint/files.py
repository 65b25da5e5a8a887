"""Which files lint reads, and how it reads one.

Kept apart from the engine and its rules: a site build reads the SOPs here while
lint runs in another process, and importing every rule would only delay it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from sopkit.config import Settings
from sopkit.errors import SopkitError
from sopkit.locations import load_registry
from sopkit.sop import NOT_SOP_NAMES, Sop, display_path, load_sop

#: Below this many files a process pool costs more than it saves.
PARALLEL_THRESHOLD = 200
_SKIPPED_DIRS = {".git", ".hg", ".svn", "node_modules", "site", "__pycache__", ".venv", "venv"}


def collect_files(paths: Sequence[Path]) -> list[Path]:
    """Expand ``paths`` into Markdown files.

    Folders are searched recursively for ``*.md`` (skipping hidden and build
    folders); a file named on the command line is checked even in such a folder.

    Raises:
        SopkitError: a path does not exist, or is a file that is not Markdown.
    """
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(
                    d for d in dirs if d not in _SKIPPED_DIRS and not d.startswith(".")
                )
                for name in sorted(files):
                    if name.endswith(".md"):
                        found.add(Path(root) / name)
        elif path.is_file():
            if path.suffix != ".md":
                raise SopkitError(f"{path}: not a Markdown (.md) file")
            found.add(path)
        else:
            raise SopkitError(f"{path}: no such file or folder")
    return sorted(found)


def read_file(path: Path, settings: Settings, cwd: Path) -> Sop:
    """One file as lint reads it (an ``index.md`` or ``README.md`` is never an SOP)."""
    sop = load_sop(path, settings, display_path(path, cwd))
    if path.name.lower() in NOT_SOP_NAMES:  # by name, also when named explicitly
        sop.is_sop = False
    return sop


def with_locations(settings: Settings) -> Settings:
    """``settings`` knowing the location ids of ``locations.yml``, when there is one."""
    registry = load_registry(settings.sop_path)
    if registry.path is None:
        return settings
    return replace(settings, locations=tuple(registry.ids))
