"""What ``sopkit export`` adds so other engines build a working site from the tree.

Zensical (Material's successor) and other tools read the exported Markdown but
not sopkit's plugin. The export therefore carries, besides the pages:

- front matter every YAML reader reads the same way (:func:`portable_front_matter`):
  mapping keys as text (Zensical refuses ``steps: {6: ...}``: "metadata mapping keys
  must be strings"), values as plain scalars, lists and mappings;
- the SOP's touchpoint and language as ``tags``, which Zensical copies into each
  search entry: its index has no per-page language (``theme.language`` is the one
  language of the whole index, used to split words, not to stem them), so the tag
  carries it, and a search for "Deutsch" finds the German SOPs;
- sopkit's stylesheet and scripts under ``assets/``, and a ``zensical.toml`` beside
  the tree that loads them (:func:`zensical_config`).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import yaml

from sopkit.site.escaping import html_text

#: The first line of a config sopkit wrote; such a file is sopkit's to rewrite.
CONFIG_MARKER = "# Written by sopkit export"
#: sopkit's theme files, copied into the tree's ``assets/``.
ASSETS = ("sopkit.css", "sopkit.js", "sopkit-locations.js")


def portable(value: Any) -> Any:
    """``value`` with text mapping keys and only the scalars every YAML reader shares.

    Dates stay dates (written ``2026-05-01``, text to a YAML 1.2 reader); anything
    else that is not text, a number, a flag or null becomes its text.
    """
    if isinstance(value, dict):
        return {str(key): portable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [portable(item) for item in value]
    if value is None or isinstance(value, str | bool | int | float | dt.date):
        return value
    return str(value)


def portable_front_matter(meta: dict[str, Any]) -> str:
    """Front matter (``---`` lines included) written from ``meta`` by :func:`portable`.

    ``yaml.safe_dump`` quotes any text a YAML 1.1 reader would take for something
    else (``"yes"``, ``"1:20"``, ``"0755"``), so PyYAML and YAML 1.2 readers agree.
    """
    text = yaml.safe_dump(portable(meta), sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{text}---\n"


#: Front-matter values an engine puts into the page's HTML as they are: Material and
#: Zensical write ``title`` into ``<title>``, the header and ``<h1>``, ``tags`` into
#: the page and the search results, ``description`` into a ``<meta>`` attribute,
#: ``subtitle``, ``status`` and ``icon`` into the navigation of every page. Other
#: fields stay as written: they are the SOP's data, which the page shows through
#: sopkit's card, escaped there.
HTML_META = ("title", "description", "subtitle", "status", "icon")


def as_page_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """``meta`` with the values of :data:`HTML_META` and its tags escaped as HTML text.

    The exported tree is read by engines without sopkit's plugin, which escapes these
    where the site becomes HTML; without it, ``title: "<img onerror=...>"`` would run
    as script. The exported Markdown is the last place sopkit writes them.
    """
    safe = dict(meta)
    for key in HTML_META:
        if isinstance(safe.get(key), str):
            safe[key] = html_text(safe[key])
    tags = safe.get("tags")
    if isinstance(tags, list):
        safe["tags"] = [html_text(tag) for tag in tags if tag is not None]
    return safe


def zensical_config(
    docs_name: str,
    site_name: str,
    languages: list[str],
    nav: list[dict[str, str]],
    has_locations: bool,
    directory_urls: bool = True,
) -> str:
    """A ``zensical.toml`` that builds the exported tree (``docs_dir``) with sopkit's files.

    The interface language is the most common of the SOPs' ``languages`` (most
    common first).
    """
    scripts = ["assets/sopkit.js"]
    if has_locations:
        scripts += ["assets/sopkit-locations-data.js", "assets/sopkit-locations.js"]

    def toml(value: object) -> str:  # JSON strings and lists are TOML too
        return json.dumps(value, ensure_ascii=False)

    nav_items = ", ".join(
        "{ " + ", ".join(f"{toml(k)} = {toml(v)}" for k, v in item.items()) + " }" for item in nav
    )
    return "\n".join(
        [
            f"{CONFIG_MARKER}: the exported SOPs ({docs_name}/) as a Zensical project.",
            "# sopkit export rewrites this file; to change it, copy it under another name",
            "# and build with: zensical build -f <that file>",
            "[project]",
            f"site_name = {toml(site_name)}",
            f"docs_dir = {toml(docs_name)}",
            'site_dir = "site"',
            f"use_directory_urls = {'true' if directory_urls else 'false'}",
            'extra_css = ["assets/sopkit.css"]',
            f"extra_javascript = {toml(scripts)}",
            f"nav = [{nav_items}]",
            "",
            "[project.theme]",
            f"language = {toml(languages[0] if languages else 'en')}",
            'features = ["search.highlight", "navigation.top", "content.tooltips"]',
            "",
            "[project.markdown_extensions]",
            "attr_list = {}",
            "md_in_html = {}",
            "tables = {}",
            "admonition = {}",
            "toc = { permalink = true }",
            "",
        ]
    )


def config_path(out_dir: Path) -> Path | None:
    """Where the export's ``zensical.toml`` goes: beside the tree, never over the user's.

    ``zensical.toml`` in the tree's parent folder (Zensical wants ``docs_dir`` inside
    the folder of its config), when absent or written by sopkit; else
    ``<tree>.zensical.toml`` there (``zensical build -f`` it); None when both are
    the user's.
    """
    for candidate in ("zensical.toml", f"{out_dir.name}.zensical.toml"):
        path = out_dir.parent / candidate
        if not path.exists() or _is_ours(path):
            return path
    return None


def _is_ours(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8") as file:
            return file.readline().startswith(CONFIG_MARKER)
    except (OSError, UnicodeDecodeError):
        return False
