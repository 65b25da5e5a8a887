"""Options of the ``sopkit`` MkDocs plugin (the same keys as ``[tool.sopkit]``).

MkDocs does not check these options' values (:class:`Unchecked`): sopkit checks them
when the plugin is set up (``sopkit.config.settings_from_options``), with the file,
the line and the fix, in the words ``sopkit lint`` uses for the same section. MkDocs'
own message ("option 'touchpoints': Expected type: <class 'list'>") named neither.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from mkdocs.config import base
from mkdocs.config import config_options as c

from sopkit.config import (
    Settings,
    check_one_configuration,
    plugin_section,
    settings_from_options,
)

T = TypeVar("T")


class Unchecked(c.Type[T]):
    """An option of type ``T`` whose value sopkit checks itself (see the module)."""

    def run_validation(self, value: object) -> T:
        return value  # type: ignore[return-value]  # checked in settings_from_options


class SopPluginConfig(base.Config):
    """The plugin's section of ``mkdocs.yml``; sopkit's own validation runs on top."""

    enabled = Unchecked(bool, default=True)
    """Switch the plugin off without removing its settings."""

    touchpoints = c.Optional(Unchecked(list))
    """The touchpoint vocabulary (replaces the default list)."""

    default_lang = c.Optional(Unchecked(str))
    """The language of SOPs without ``lang``: en, de or nl."""

    rules = c.Optional(Unchecked(dict))
    """Severity per rule code or name: error, warning, info or off."""

    vague_terms = c.Optional(Unchecked((list, dict)))
    """Extra vague terms, for every language or per language."""

    review_interval = c.Optional(Unchecked(str))
    """How often an SOP is reviewed when its ``review`` gives no interval ("12 months")."""

    review_grace = c.Optional(Unchecked(str))
    """How long past its review date an SOP is a warning before it is an error."""

    timezone = c.Optional(Unchecked(str))
    """The knowledge base's time zone for review dates ("Europe/Amsterdam")."""

    variant_fields = c.Optional(Unchecked(list))
    """What location variants may change (metric, timeframe, owner, title, lang, steps)."""

    max_file_size = c.Optional(Unchecked(int))
    """The largest SOP file read, in bytes (default 1,000,000); a larger one is an error."""

    location_redirect_files = Unchecked(bool, default=False)
    """Write a small redirect file for every location URL of an SOP without local changes.

    Off by default: the site's 404 page redirects those URLs, which works on GitHub
    Pages, Netlify and ``mkdocs serve``; turn it on for hosts without a 404 page.
    """

    compact_nav = Unchecked(bool, default=True)
    """Without a ``nav:``, list only the generated overview pages, not every SOP.

    A sidebar that lists every page on every page makes the site grow with the square
    of the number of SOPs; staff find SOPs through search and the catalogue.
    """

    raw_html = Unchecked(bool, default=False)
    """Render raw HTML in SOP bodies (MkDocs' normal behaviour) when ``true``.

    ``false`` (the default) shows it as text: an SOP is data an editor submits, and a
    ``<script>``, an ``onclick`` or a ``javascript:`` link in its body would run on the
    pages staff read (with lint passing). ``true`` is for teams that review every SOP's
    HTML.
    """

    short_name = c.Optional(Unchecked(str))
    """A short name for the header on narrow screens ("Northwind"); without it, the
    header shows ``site_name`` (cut short with "…" when it does not fit)."""

    search_engine = Unchecked(str, default="pagefind")
    """The engine behind Material's search box.

    ``pagefind`` (default): a Pagefind index that the browser loads in small chunks,
    with typo-tolerant, compound- and separable-verb-aware terms and one result per
    SOP (see ``sopkit/site/search.py``); needs Material's ``search`` plugin, which
    decides what is indexed. ``material``: Material's own search (lunr). With
    Material's ``offline`` plugin, Material's own search is used (Pagefind cannot
    load its index from ``file://``).
    """

    cache = Unchecked(bool, default=True)
    """Keep compiled templates between builds (Material's and sopkit's own).

    MkDocs compiles the theme's templates at every build; with the cache, only the
    first build on a machine does. A template whose source changed is compiled again.
    """

    cache_dir = c.Optional(Unchecked(str))
    """Where compiled templates are kept (default: ``~/.cache/sopkit/templates``,
    or under ``$XDG_CACHE_HOME``); relative to ``mkdocs.yml``."""


def checked_settings(options: SopPluginConfig, config: Any) -> Settings:
    """The plugin's options (unknown ones too) checked by sopkit, as :class:`Settings`.

    Raises:
        ConfigError: an option is unknown or wrong, with ``mkdocs.yml``, its line and
            the fix.
    """
    given = {key: value for key, value in options.items() if value is not None}
    source = Path(config.config_file_path or "mkdocs.yml")
    # MkDocs leaves an empty option (or !ENV of a variable that is not set) at its
    # default; lint reads the file and refused it: both refuse it now
    raw, _ = plugin_section(source) if source.is_file() else (None, None)
    given.update({key: None for key, value in (raw or {}).items() if value is None})
    check_one_configuration(source.resolve().parent / "pyproject.toml")  # as lint refuses it
    return settings_from_options(given, source, source.resolve().parent, Path(config.docs_dir))
