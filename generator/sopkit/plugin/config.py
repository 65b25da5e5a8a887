"""Options of the ``sopkit`` MkDocs plugin (the same keys as ``[tool.sopkit]``)."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class SopPluginConfig(base.Config):
    """The plugin's section of ``mkdocs.yml``; sopkit's own validation runs on top."""

    enabled = c.Type(bool, default=True)
    """Switch the plugin off without removing its settings."""

    touchpoints = c.Optional(c.Type(list))
    """The touchpoint vocabulary (replaces the default list)."""

    default_lang = c.Optional(c.Type(str))
    """The language of SOPs without ``lang``: en, de or nl."""

    rules = c.Optional(c.Type(dict))
    """Severity per rule code or name: error, warning, info or off."""

    vague_terms = c.Optional(c.Type((list, dict)))
    """Extra vague terms, for every language or per language."""

    review_interval = c.Optional(c.Type(str))
    """How often an SOP is reviewed when its ``review`` gives no interval ("12 months")."""

    review_grace = c.Optional(c.Type(str))
    """How long past its review date an SOP is a warning before it is an error."""

    timezone = c.Optional(c.Type(str))
    """The knowledge base's time zone for review dates ("Europe/Amsterdam")."""

    variant_fields = c.Optional(c.Type(list))
    """What location variants may change (metric, timeframe, owner, title, lang, steps)."""

    max_file_size = c.Optional(c.Type(int))
    """The largest SOP file read, in bytes (default 1,000,000); a larger one is an error."""

    location_redirect_files = c.Type(bool, default=False)
    """Write a small redirect file for every location URL of an SOP without local changes.

    Off by default: the site's 404 page redirects those URLs, which works on GitHub
    Pages, Netlify and ``mkdocs serve``; turn it on for hosts without a 404 page.
    """

    compact_nav = c.Type(bool, default=True)
    """Without a ``nav:``, list only the generated overview pages, not every SOP.

    A sidebar that lists every page on every page makes the site grow with the square
    of the number of SOPs; staff find SOPs through search and the catalogue.
    """

    raw_html = c.Type(bool, default=True)
    """Render raw HTML in SOP bodies (MkDocs' normal behaviour).

    ``false`` shows it as text: for knowledge bases whose editors should not be
    able to put scripts or forms on the pages staff read.
    """

    short_name = c.Optional(c.Type(str))
    """A short name for the header on narrow screens ("Northwind"); without it, the
    header shows ``site_name`` (cut short with "…" when it does not fit)."""

    search_engine = c.Choice(("pagefind", "material"), default="pagefind")
    """The engine behind Material's search box.

    ``pagefind`` (default): a Pagefind index that the browser loads in small chunks,
    with typo-tolerant, compound- and separable-verb-aware terms and one result per
    SOP (see ``sopkit/site/search.py``); needs Material's ``search`` plugin, which
    decides what is indexed. ``material``: Material's own search (lunr). With
    Material's ``offline`` plugin, Material's own search is used (Pagefind cannot
    load its index from ``file://``).
    """

    cache = c.Type(bool, default=True)
    """Keep compiled templates between builds (Material's and sopkit's own).

    MkDocs compiles the theme's templates at every build; with the cache, only the
    first build on a machine does. A template whose source changed is compiled again.
    """

    cache_dir = c.Optional(c.Type(str))
    """Where compiled templates are kept (default: ``~/.cache/sopkit/templates``,
    or under ``$XDG_CACHE_HOME``); relative to ``mkdocs.yml``."""
