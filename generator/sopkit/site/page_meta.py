"""A page's front matter as the theme uses it: text escaped, template names checked.

Material for MkDocs puts front-matter values into every page as they are: the
``description`` into a ``<meta>`` attribute, ``subtitle`` and ``status`` into the
navigation of every other page, ``icon`` and ``template`` into template paths, and
tests ``hide`` and ``search`` with ``in`` and ``.get``. Its templates do not escape,
so a ``description: '"><script>…'`` in any Markdown file (an SOP, ``index.md``, a
help page with ``sop: false``) was script on the published site, and a ``template:
5`` or a misspelt icon stopped the build with a traceback.

This module makes those values safe where they become HTML, the page's metadata
that the theme renders: strings become HTML text (:func:`escape_meta_text`), and
the values the theme uses as names or structures are checked
(:func:`theme_meta_problems`), so that a build stops with the file, the line and
the fix. It does not import MkDocs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, MutableMapping
from pathlib import Path
from typing import Any

from sopkit.site.escaping import html_text

#: Keys whose values the theme uses as names, lists or settings, not as text: checked
#: by :func:`theme_meta_problems` instead of escaped. ``title`` and ``tags`` are
#: escaped by the plugin itself, once, where it sets them.
NOT_TEXT = frozenset({"template", "icon", "status", "hide", "search", "title", "tags"})
#: What ``hide`` may list (Material's parts of a page).
HIDEABLE = ("navigation", "toc", "footer", "path", "tags", "feedback")
#: A name Material puts into a CSS class or an icon's path: letters, digits, "-", "_"
#: and, for icons, "/".
_STATUS = re.compile(r"[A-Za-z0-9_-]{1,64}")
_ICON = re.compile(r"[A-Za-z0-9_-]{1,64}(?:/[A-Za-z0-9_-]{1,64}){1,3}")
_TEMPLATE = re.compile(r"[A-Za-z0-9_./-]{1,200}\.html")


def escape_meta_text(meta: MutableMapping[str, Any]) -> None:
    """Escape every string the theme may show: top-level values and the strings in
    lists and mappings below them (but for :data:`NOT_TEXT`), in place."""
    for key, value in list(meta.items()):
        if isinstance(key, str) and key not in NOT_TEXT:
            meta[key] = _escaped(value, depth=0)


def _escaped(value: Any, depth: int) -> Any:
    if isinstance(value, str):
        return html_text(value)
    if depth >= 8:  # front matter is parsed with a depth limit; this is a backstop
        return value
    if isinstance(value, list):
        return [_escaped(item, depth + 1) for item in value]
    if isinstance(value, dict):
        return {key: _escaped(item, depth + 1) for key, item in value.items()}
    return value


def theme_meta_problems(
    meta: MutableMapping[str, Any], theme_dirs: Iterable[str | Path]
) -> list[tuple[str, str]]:
    """``(key, problem and fix)`` for each value the theme would fail on or misuse.

    ``theme_dirs`` are the theme's template folders (``config.theme.dirs``, the
    ``custom_dir`` first), where ``template`` and ``icon`` must name a file.
    """
    dirs = [Path(folder) for folder in theme_dirs]
    problems: list[tuple[str, str]] = []
    template = meta.get("template")
    if template is not None:
        if not isinstance(template, str) or not _TEMPLATE.fullmatch(template) or ".." in template:
            problems.append(
                (
                    "template",
                    f"'template' must name an HTML template such as "
                    f"main.html, got {_shown(template)}",
                )
            )
        elif not any((folder / template).is_file() for folder in dirs):
            problems.append(
                (
                    "template",
                    f"'template: {template}' names no template of the "
                    "theme or its custom_dir: add the file there or remove the key",
                )
            )
    icon = meta.get("icon")
    if icon is not None:
        if not isinstance(icon, str) or not _ICON.fullmatch(icon):
            problems.append(
                (
                    "icon",
                    "'icon' must name one of the theme's icons such as "
                    f"material/phone, got {_shown(icon)}",
                )
            )
        elif not any((folder / ".icons" / f"{icon}.svg").is_file() for folder in dirs):
            problems.append(
                (
                    "icon",
                    f"'icon: {icon}' is none of the theme's icons: pick "
                    "one from Material's icon search, or remove the key",
                )
            )
    status = meta.get("status")
    if status is not None and (not isinstance(status, str) or not _STATUS.fullmatch(status)):
        problems.append(
            (
                "status",
                "'status' must be one word such as new or deprecated "
                f"(letters, digits, '-', '_'), got {_shown(status)}",
            )
        )
    hide = meta.get("hide")
    if hide is not None and (
        not isinstance(hide, list) or not all(isinstance(part, str) for part in hide)
    ):
        problems.append(
            (
                "hide",
                "'hide' must be a list of the parts to hide, of "
                f"{', '.join(HIDEABLE)}; got {_shown(hide)}",
            )
        )
    search = meta.get("search")
    if search is not None and not (
        isinstance(search, dict)
        and all(isinstance(key, str) for key in search)
        and isinstance(search.get("exclude", False), bool)
        and _is_number(search.get("boost", 1))
    ):
        problems.append(
            (
                "search",
                "'search' must be a mapping such as {exclude: true} or "
                f"{{boost: 2}}, got {_shown(search)}",
            )
        )
    return problems


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _shown(value: Any) -> str:
    """A value as a message shows it: its type for anything but a short string."""
    if isinstance(value, str):
        return repr(value[:60])
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "an empty value"


__all__ = ["HIDEABLE", "NOT_TEXT", "escape_meta_text", "theme_meta_problems"]
