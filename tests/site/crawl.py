"""Check every internal link of a built site: each must resolve to a file in the site.

Links are read where a browser would follow them: ``href`` and ``src`` of every
element, the location versions on a card (``data-variants``), the URLs in
sopkit's picker and redirect data, and the locations of the search index. Each
is resolved as the browser resolves it (relative to the page, or to the site
root for root-relative and site data URLs); a URL ending in ``/`` or naming a
folder needs that folder's ``index.html``, as on a web server; with ``from_disk``
(a site built with ``use_directory_urls: false``, opened from ``file://``) a link
to a folder is broken, since the browser shows the folder, not its index. Atom
feeds' links are checked relative to the feed. External links (any scheme,
``//host``) and links to a fragment of the same page are not checked.
"""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

_EXTERNAL = re.compile(r"^([a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)


@dataclass
class Crawl:
    """What a crawl checked and what it found broken."""

    checked: int = 0
    broken: list[str] = field(default_factory=list)
    pages: int = 0

    def report(self) -> str:
        """The broken links, one a line (the first 40), for an assertion message."""
        shown = "\n".join(self.broken[:40])
        more = f"\n... and {len(self.broken) - 40} more" if len(self.broken) > 40 else ""
        return f"{len(self.broken)} of {self.checked} links broken:\n{shown}{more}"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self.site_urls: list[str] = []  # relative to the site root (sopkit's data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in ("href", "src"):
                self.urls.append(value)
            elif name == "data-variants":
                self.site_urls.extend(json.loads(value).values())


def resolves(site: Path, page: str, url: str, from_disk: bool = False) -> bool | None:
    """Whether ``url`` on ``page`` (site-relative path) reaches a file; None: not checked."""
    if not url or url.startswith("#") or _EXTERNAL.match(url.strip()):
        return None
    path = unquote(urlsplit(url).path)
    if not path:  # "?q=" on the page itself
        return True
    if path.startswith("/"):
        target = posixpath.normpath(path.lstrip("/") or ".")
    else:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    if target == ".." or target.startswith("../"):
        return False
    file = site / target
    if path.endswith("/") or file.is_dir():
        if from_disk:
            return False
        file = file / "index.html"
    return file.is_file()


def crawl(site: Path, from_disk: bool = False) -> Crawl:
    """Check every internal link of the built site in ``site``."""
    result = Crawl()

    def check(page: str, url: str) -> None:
        if from_disk and page.endswith("404.html"):
            return  # only a web server shows it, at any depth: its links are root-relative
        ok = resolves(site, page, url, from_disk)
        if ok is None:
            return
        result.checked += 1
        if not ok:
            result.broken.append(f"{page}: {url}")

    for html in sorted(site.rglob("*.html")):
        page = html.relative_to(site).as_posix()
        parser = _Links()
        parser.feed(html.read_text(encoding="utf-8"))
        result.pages += 1
        for url in parser.urls:
            check(page, url)
        for url in parser.site_urls:
            check("index.html", url)
    for feed in sorted(site.rglob("*.xml")):
        text = feed.read_text(encoding="utf-8")
        if "http://www.w3.org/2005/Atom" in text and "xml:base=" not in text:
            for url in re.findall(r'<link [^>]*href="([^"]*)"', text):
                check(feed.relative_to(site).as_posix(), url.replace("&amp;", "&"))
    data = site / "assets" / "sopkit-locations-data.js"
    if data.is_file():
        script = data.read_text(encoding="utf-8")
        picker = json.loads(script[script.index("{") : script.rindex("}") + 1])
        for location in picker["locations"]:
            check("index.html", location["url"])
    sops = site / "assets" / "sopkit-sops.json"
    if sops.is_file():
        for entry in json.loads(sops.read_text(encoding="utf-8")).values():
            check("index.html", entry["url"])
    index = site / "search" / "search_index.json"
    if index.is_file():
        for doc in json.loads(index.read_text(encoding="utf-8"))["docs"]:
            check("index.html", doc["location"] or "./")
    return result
