"""The SOP model: one procedure file, read once and shared by lint and the site."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sopkit.config import LANGUAGES, Settings
from sopkit.document import Document, ValuePosition, read_document
from sopkit.schema import FIELDS_BY_NAME
from sopkit.standard import Standard, parse_standard
from sopkit.suppressions import Suppression, find_suppressions
from sopkit.terminal import bytes_written_out

if TYPE_CHECKING:
    from sopkit.markdown import Outline, Step
    from sopkit.vale import Alert

#: File names that are never SOPs when a folder is searched.
NOT_SOP_NAMES = frozenset({"index.md", "readme.md"})


@dataclass
class Sop:
    """One SOP (or, with ``is_sop`` false, an ordinary Markdown page).

    Attributes:
        document: the file as read, with front matter positions.
        display_path: the path as shown in findings (relative, forward slashes).
        settings: the settings it was read with (default language, vocabulary).
        is_sop: false for pages marked ``sop: false``.
    """

    document: Document
    display_path: str
    settings: Settings
    is_sop: bool = True

    @property
    def path(self) -> Path:
        """The file."""
        return self.document.path

    @property
    def path_in_project(self) -> str:
        """The path relative to the project (the folder of ``.vale.ini``), as the ini's
        sections name files: :attr:`display_path` is relative to the current folder, and
        ``cd sop && sopkit lint .`` matched no section (13 false SOP307 warnings)."""
        return display_path(self.path, self.settings.root)

    @cached_property
    def outline(self) -> Outline:
        """The body's headings, steps and blocks, parsed on first use.

        Lazy because a site build reads every SOP's front matter for its listings
        but most SOPs' bodies only in the lint process (assignable: a synthetic
        page sets its own).
        """
        from sopkit.markdown import Outline, parse_outline  # markdown-it: lint's, mostly

        if not self.document.text:
            return Outline()
        return parse_outline(self.document.body, self.document.body_line)

    @property
    def meta(self) -> dict[str, Any]:
        """The front matter as read."""
        return self.document.meta

    def valid(self, key: str) -> Any:
        """The value of ``key`` if present and of the right form, else ``None``.

        Rules use this so that a wrongly typed value is reported once (by the
        schema rule) and not again, garbled, by every rule that reads it.
        """
        # Listings and cards ask for the same few keys of every SOP many times per
        # build: the answer is kept per key for the settings it was given with (lint
        # may hand a kept SOP other settings).
        memo = self.__dict__.get("_valid")
        if memo is None or memo[0] is not self.settings:
            memo = self.__dict__["_valid"] = (self.settings, {})
        answers: dict[str, Any] = memo[1]
        if key in answers:
            return answers[key]
        value = self.meta.get(key)
        spec = FIELDS_BY_NAME.get(key)
        if key not in self.meta or (
            spec is not None and spec.check(value, self.settings) is not None
        ):
            value = None
        answers[key] = value
        return value

    def _text(self, key: str) -> str | None:
        """:meth:`valid` for a text field (the schema lets only strings through)."""
        value = self.valid(key)
        return value if isinstance(value, str) else None

    @property
    def id(self) -> str:
        """The ``id`` key, else the file name without ``.md``."""
        return self.valid("id") or self.path.stem

    @property
    def title(self) -> str | None:
        """The ``title`` key, else the first level-1 heading."""
        return self.valid("title") or self.outline.title

    @property
    def lang(self) -> str:
        """The ``lang`` key, else the configured default language."""
        lang = self.valid("lang")
        return lang if lang in LANGUAGES else self.settings.default_lang

    @property
    def owner(self) -> str | None:
        """The accountable owner."""
        return self._text("owner")

    @property
    def touchpoint(self) -> str | None:
        """The touchpoint, if it is in the configured vocabulary."""
        value = self.valid("touchpoint")
        return value if value in self.settings.touchpoints else None

    @property
    def metric(self) -> str | None:
        """The metric text."""
        return self._text("metric")

    @property
    def timeframe(self) -> str | None:
        """The timeframe text."""
        return self._text("timeframe")

    @property
    def tags(self) -> list[str]:
        """The tags (empty when absent or invalid)."""
        return list(self.valid("tags") or [])

    @property
    def steps(self) -> list[Step]:
        """The ordered-list steps of the body."""
        return self.outline.steps

    @cached_property
    def standard(self) -> Standard:
        """The parsed standard: target, activity and duration."""
        return parse_standard(self.metric, self.timeframe, self.lang)

    @cached_property
    def masked_blocks(self) -> list[str]:
        """Each body block's text with code, links and HTML blanked (same width)."""
        from sopkit.vale.text import mask

        return [mask(block.text) for block in self.outline.blocks]

    @cached_property
    def prose_texts(self) -> list[str]:
        """``masked_blocks`` with quoted speech blanked too, for the grammar checks."""
        from sopkit.prose import prose_text

        return [
            prose_text(b, m) for b, m in zip(self.outline.blocks, self.masked_blocks, strict=True)
        ]

    @cached_property
    def prose_alerts(self) -> list[Alert]:
        """The Vale style's alerts in the body, computed once for all prose rules."""
        from sopkit.vale import prose_alerts

        return prose_alerts(self)

    @cached_property
    def suppressions(self) -> list[Suppression]:
        """The ``sopkit-ignore`` directives in the file."""
        return find_suppressions(self.document.text)

    def position(self, key: str, offset: int | None = None) -> tuple[int, int]:
        """The ``(line, column)`` to report for ``key``.

        The line is always the key's line. The column points into the value when
        ``offset`` (a character index into the value) is given and the value is
        written on that same line; else it is the key's column.
        """
        pos: ValuePosition | None = self.document.positions.get(key)
        if pos is None:
            return 1, 1
        if offset is not None and pos.inline:
            return pos.line, pos.value_column + offset + (1 if pos.quoted else 0)
        return pos.line, pos.column


def display_path(path: Path, root: Path | None = None) -> str:
    """``path`` relative to ``root`` (or the current folder) with forward slashes."""
    base = (root or Path.cwd()).absolute()
    try:
        # absolute() needs no system call per file, unlike resolve(); lint shows
        # thousands of paths, and symlinks in them are the user's own naming.
        shown = path.absolute().relative_to(base).as_posix()
    except ValueError:
        shown = path.as_posix()
    # a name that is not UTF-8 ("caf\xe9.md"): every report (JSON, SARIF, the terminal)
    # must be able to write it
    return bytes_written_out(shown)


def load_sop(path: Path, settings: Settings, shown_as: str | None = None) -> Sop:
    """Read one file into an :class:`Sop`. Never raises for bad content.

    Read problems are kept on ``sop.document.problems`` for the lint rules.
    """
    document = read_document(path, max_size=settings.max_file_size)
    sop = Sop(document, shown_as or display_path(path), settings)
    if document.meta.get("sop") is False:
        sop.is_sop = False
    return sop
