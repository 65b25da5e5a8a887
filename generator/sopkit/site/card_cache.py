"""Standard cards kept between site builds: a card is rendered again only when it may differ.

A card shows what its SOP's file says (metric, bounds, owner, review date, its own
local versions), read with the project's settings, the locations registry and today's
date (the review badge), in the site's URL style, through sopkit's card template and
words. All of that but the file is one *fingerprint*, the name of the file the cards
are kept in (``<cache>/cards/<fingerprint>.json``); within it, a card is found by the
SOP's docs path, the location of the version (if any) and the file's text. Any other
change of input names another file, so a kept card is never one an uncached build
would render differently (``tests/site/test_card_cache.py`` changes each input).

The file is JSON (card HTML by key), written under a temporary name and renamed; the
three most recently used fingerprints are kept, and a temporary copy a stopped build
left is removed after an hour. A file that cannot be read is treated
as empty; one that cannot be written costs the next build the rendering, nothing else.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sopkit.site.kept import prune

if TYPE_CHECKING:
    from sopkit.site.pages import KnowledgeBasePages

#: Fingerprints (files of cards) kept.
KEPT = 3
_NAME = re.compile(r"[0-9a-f]{40}\.json")
_TEMPORARY = re.compile(r"\.[0-9a-f]{40}\.json\.[0-9]+\.tmp")


def fingerprint(pages: KnowledgeBasePages) -> str:
    """Everything a card depends on besides its SOP's file and location."""
    from sopkit.lint.cache import settings_fingerprint, source_fingerprint
    from sopkit.resources import templates_dir

    settings = pages.rows[0].sop.settings if pages.rows else None
    registry = pages.locations.registry.path if pages.locations is not None else None
    parts = [
        source_fingerprint(),
        _read(templates_dir() / "pages" / "card.html.j2"),
        repr(settings_fingerprint(settings)) if settings is not None else "",
        _read(registry) if registry is not None else "",
        pages.today.isoformat(),
        repr((pages.directory_urls, pages.source_links, pages.site_lang)),
    ]
    return hashlib.sha1("\0".join(parts).encode("utf-8"), usedforsecurity=False).hexdigest()


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        return f"<{type(error).__name__}>"


class CardCache:
    """The kept cards of one fingerprint; :meth:`save` writes the ones added."""

    def __init__(self, folder: Path, name: str) -> None:
        self.file = folder / f"{name}.json"
        self.cards: dict[str, str] = {}
        self.used: set[str] = set()
        self.added = False
        self.hits = 0
        try:
            loaded = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            loaded = None
        if isinstance(loaded, dict):
            self.cards = {k: v for k, v in loaded.items() if isinstance(v, str)}

    @classmethod
    def open(cls, folder: Path, pages: KnowledgeBasePages) -> CardCache:
        """The cards kept for ``pages``' fingerprint (none yet, on a first build)."""
        return cls(folder, fingerprint(pages))

    @staticmethod
    def key(path: str, text: str, location: str) -> str:
        """A card's key: the SOP's docs path, the version's location and the file's text."""
        digest = hashlib.sha1(usedforsecurity=False)
        digest.update(f"{path}\0{location}\0".encode("utf-8", "surrogateescape"))
        digest.update(text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def get(self, key: str) -> str | None:
        """The kept card, if any."""
        card = self.cards.get(key)
        if card is not None:
            self.used.add(key)
            self.hits += 1
        return card

    def put(self, key: str, card: str) -> None:
        """Keep a card rendered in this build."""
        self.cards[key] = card
        self.used.add(key)
        self.added = True

    def save(self) -> None:
        """Write this build's cards (only those it used), and drop old fingerprints."""
        if not self.added and self.used == set(self.cards):
            with contextlib.suppress(OSError):
                os.utime(self.file)  # the newest use: kept longest
            return
        folder = self.file.parent
        temporary = folder / f".{self.file.name}.{os.getpid()}.tmp"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            kept = {key: self.cards[key] for key in sorted(self.used)}
            temporary.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
            temporary.replace(self.file)
            prune(folder, self.file.name, _NAME, _TEMPORARY, KEPT)
        except OSError:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
