"""Pagefind indexes kept between builds: a build whose pages say the same reuses one.

Pagefind's indexer (a separate program) and the hidden search terms made for every
page are about a third of a warm build's CPU time. What they produce depends only on
the records given to them (each page's URL, title, text, tags and facts), on sopkit
(its code makes the terms) and on Pagefind's version and program (the indexer runs
without ``pagefind.yml`` or ``PAGEFIND_*`` settings), so that is the key: a build whose
records are the same copies the kept index into the site instead of making it again.

The cache lives in sopkit's cache folder (``$XDG_CACHE_HOME/sopkit/search``, or
``<cache_dir>/search`` with the plugin's ``cache_dir``), never in ``docs_dir``: one
folder per key, written under a temporary name and renamed when complete, so a build
stopped half-way leaves nothing that a later build would take for an index. The
newest :data:`KEPT` indexes are kept; older ones are removed at each store, and so are
copies left half-written for over an hour. Only folders named like a key or like such
a copy are ever touched.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.metadata
import json
import os
import re
import shutil
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from sopkit.site.kept import keep_folder, link_or_copy, prune

if TYPE_CHECKING:
    from sopkit.site.search import SearchRecord

#: Indexes kept (each about the size of the site's ``pagefind/`` folder).
KEPT = 3
#: A file every complete Pagefind index has.
ENTRY = "pagefind-entry.json"
_KEY = re.compile(r"[0-9a-f]{40}")
_STAGING = re.compile(r"\.[0-9a-f]{40}\.[0-9]+\.tmp")


def cache_key(found: Iterable[SearchRecord], options: Iterable[str]) -> str:
    """The key of the index Pagefind makes from ``found`` with these command ``options``."""
    from sopkit.lint.cache import source_fingerprint
    from sopkit.site.search import indexer_identity

    try:
        pagefind = importlib.metadata.version("pagefind")
    except importlib.metadata.PackageNotFoundError:
        pagefind = "unknown"
    digest = hashlib.sha1(usedforsecurity=False)
    parts = [source_fingerprint(), pagefind, indexer_identity(), list(options)]
    digest.update(json.dumps(parts).encode())
    for record in found:
        facts = dataclasses.asdict(record.facts) if record.facts is not None else None
        part = [record.url, record.title, record.text, record.tags, facts]
        digest.update(b"\0" + json.dumps(part, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


def restore(cache_dir: Path | None, key: str, output: Path) -> bool:
    """Copy the index kept under ``key`` to ``output`` (which must not exist), if kept."""
    if cache_dir is None:
        return False
    kept = cache_dir / key
    if not (kept / ENTRY).is_file():
        return False
    try:
        shutil.copytree(kept, output, copy_function=shutil.copyfile)
        os.utime(kept)  # the newest use: kept longest
    except OSError:
        shutil.rmtree(output, ignore_errors=True)
        return False
    return True


def store(
    cache_dir: Path | None, key: str, output: Path, note: Callable[[str], None] | None = None
) -> None:
    """Keep the index in ``output`` under ``key`` (as hard links where the file system has
    them, see :func:`~sopkit.site.kept.link_or_copy`); drop the oldest beyond KEPT.

    A cache that cannot be written costs the next build time, nothing else: it is
    said once through ``note`` and the build goes on.
    """
    if cache_dir is None:
        return
    try:
        keep_folder(cache_dir, key, partial(shutil.copytree, output, copy_function=link_or_copy))
        prune(cache_dir, key, _KEY, _STAGING, KEPT)
    except OSError as error:
        if note is not None:
            note(f"search: the index could not be kept in {cache_dir} ({error.strerror}); "
                 "the next build makes it again")  # fmt: skip
