"""Material's sidebar rendered once per set of links, not once per SOP page.

The sidebar (``partials/nav.html``) lists the overview pages. On a page outside
the navigation (every SOP), nothing in it is active, so it differs between pages
only in its relative URLs: thousands of SOP pages share a handful of renderings.
Rendering it took a tenth of each SOP page's build time.

The partial's compiled render function is wrapped: it is what Jinja's
``{% include %}`` calls. Pages in the navigation are rendered as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from mkdocs.structure.nav import Link, Navigation
from mkdocs.utils import normalize_url

PARTIAL = "partials/nav.html"


def _link_urls(nav: Navigation) -> list[str]:
    """Every URL the sidebar can show (pages, links, the home page)."""
    urls = [page.url for page in nav.pages]

    def links(items: list[Any]) -> Iterator[str]:
        for item in items:
            if isinstance(item, Link):
                yield item.url
            yield from links(getattr(item, "children", None) or [])

    urls.extend(links(nav.items))
    if nav.homepage is not None:
        urls.append(nav.homepage.url)
    return urls


class SidebarCache:
    """Renders ``partials/nav.html`` once per distinct set of relative links."""

    def __init__(self, nav: Navigation, extra_urls: list[str]) -> None:
        self.in_nav = {page.file.src_uri for page in nav.pages}
        self.urls = _link_urls(nav) + [u for u in extra_urls if u]
        self.renderings: dict[tuple[str, ...], str] = {}

    def key(self, context: Any) -> tuple[str, ...] | None:
        """What the rendering depends on for this page, or ``None``: do not cache."""
        page = context.get("page")
        if page is None or getattr(page, "file", None) is None:
            return None
        if page.file.src_uri in self.in_nav:  # active items and the page's own contents
            return None
        base = context.get("base_url", "")
        return (base, *(normalize_url(url, page=page, base=base) for url in self.urls))

    def install(self, env: Any) -> bool:
        """Wrap the partial in ``env``; False if this theme or Jinja has no such hook."""
        try:
            template = env.get_template(PARTIAL)
        except Exception:  # another theme: nothing to speed up
            return False
        original: Callable[[Any], Iterator[str]] | None = getattr(
            template, "root_render_func", None
        )
        if original is None:
            return False

        def render(context: Any) -> Iterator[str]:
            key = self.key(context)
            if key is None:
                yield from original(context)
                return
            rendering = self.renderings.get(key)
            if rendering is None:
                rendering = self.renderings[key] = "".join(original(context))
            yield rendering

        template.root_render_func = render
        return True
