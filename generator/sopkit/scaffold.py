"""``sopkit new``: write a new SOP from ``templates/new/sop.md.j2`` that passes lint.

The file is checked in memory before it is written: a vague metric or an untimed
timeframe is refused with the linter's own message, so an editor never starts from
a file that CI will reject. In a terminal each answer is checked as it is typed
(:func:`answer_problems`) and asked again, so nothing typed is lost. Existing files
are never overwritten.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import jinja2

from sopkit.config import MAX_ID_LENGTH, Settings
from sopkit.document import read_document
from sopkit.lint.engine import _enabled, check_sop
from sopkit.lint.examples import GOOD_METRIC, GOOD_TIMEFRAME
from sopkit.lint.files import collect_files
from sopkit.lint.finding import Finding
from sopkit.lint.registry import all_rules
from sopkit.lint.rules.sop014_control_character import describe, first_control
from sopkit.resources import templates_dir
from sopkit.sop import NOT_SOP_NAMES, Sop, display_path, load_sop

STEPS_HEADING = {"en": "Steps", "de": "Schritte", "nl": "Stappen"}
_YAML_PLAIN = re.compile(r"^[^\W\d_(][^:#\n]*$")
_YAML_WORDS = {"yes", "no", "true", "false", "on", "off", "null", "y", "n", "~"}


@dataclass(frozen=True)
class NewSop:
    """What the editor gave for a new SOP."""

    title: str
    touchpoint: str
    owner: str
    metric: str
    timeframe: str
    lang: str
    steps: tuple[str, ...]


def slugify(title: str) -> str:
    """A file name from a title: "Rücknahme an der Kasse" -> "ruecknahme-an-der-kasse".

    At most :data:`~sopkit.config.MAX_ID_LENGTH` characters, cut at a word (the name
    is the SOP's id, a folder name on the site); never a name that is no SOP ("index",
    "README": a folder's own page).
    """
    text = unicodedata.normalize("NFKC", title).lower()  # "ＡＢＣ" -> "abc", "ﬁ" -> "fi"
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("ĳ", "ij"), ("æ", "ae"),
                 ("ø", "oe"), ("œ", "oe")):  # fmt: skip
        text = text.replace(a, b)
    # other accents are dropped: "é" -> "e", "ï" -> "i"
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    other_script = any(c.isalpha() and not c.isascii() for c in text)
    if not slug or other_script:  # letters of another script: a name of its own, never
        # "sop" (or "vip" for "Обработка жалоб (VIP)") for every such title
        digest = hashlib.sha1(title.encode("utf-8"), usedforsecurity=False).hexdigest()[:8]
        slug = f"{slug}-{digest}" if slug else f"sop-{digest}"
    if len(slug) > MAX_ID_LENGTH:
        slug = slug[: MAX_ID_LENGTH + 1].rsplit("-", 1)[0] or slug[:MAX_ID_LENGTH]
    if f"{slug}.md" in NOT_SOP_NAMES:
        slug += "-sop"
    return slug


def _yaml(value: str) -> str:
    """A YAML scalar: plain when safe, else double-quoted (JSON strings are YAML).

    Words YAML reads as something else are quoted too: a title "Null" or "Yes" would
    be read as nothing or as true.
    """
    return (
        value
        if _YAML_PLAIN.match(value) and value.strip() == value and value.lower() not in _YAML_WORDS
        else json.dumps(value, ensure_ascii=False)
    )


def render_sop(new: NewSop) -> str:
    """The Markdown text of the new SOP."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir() / "new"),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["yaml"] = _yaml
    return env.get_template("sop.md.j2").render(
        **new.__dict__, steps_heading=STEPS_HEADING[new.lang]
    )


def check_text(text: str, path: Path, settings: Settings, check_id: bool = True) -> list[Finding]:
    """Lint ``text`` as if it were ``path``; unsilenced errors and warnings, and the
    clash of its id with an SOP already in the SOP folder (SOP008, on its title)."""
    document = read_document(path, text)
    sop = Sop(document, display_path(path, settings.root), settings)
    findings = check_sop(sop, _enabled(all_rules(), settings, False))
    kept = [f for f in findings if not f.suppressed and f.severity in ("error", "warning")]
    taken = id_taken_by(path, settings) if check_id else None
    if taken is not None:
        kept.append(Finding(
            sop.display_path, 1, 1, "SOP008", "duplicate-id", "error",
            f"the id '{path.stem}' (the file name from the title) is already used by "
            f"{display_path(taken, settings.root)}: give another title; the id is the page URL",
            "title",
        ))  # fmt: skip
    return kept


#: Placeholders for the answers not given yet, so that one answer can be linted alone.
_PLACEHOLDER_STEP = {
    "en": "Note the request in the CRM.",
    "de": "Notieren Sie die Anfrage im CRM.",
    "nl": "Noteer de vraag in het CRM.",
}
_FIELDS = ("title", "touchpoint", "owner", "metric", "timeframe")


def answer_problems(
    field: str, value: str, known: Mapping[str, str | None], lang: str, settings: Settings
) -> list[Finding]:
    """The errors lint would report about one answer, so it can be refused as typed.

    Args:
        field: ``title``, ``touchpoint``, ``owner``, ``metric``, ``timeframe`` or ``step``.
        value: the answer.
        known: the answers given so far (the metric, when the timeframe is checked).
        lang: the SOP's language.

    Returns:
        Error findings about this answer only; other fields get placeholders that pass.
    """
    control = first_control(value)
    if control is not None:  # it made the whole file's YAML invalid, found only at the end
        return [Finding("", 1, 1, "SOP014", "control-character", "error",
                        f"the answer holds the control character {describe(control)}: type "
                        "it again without it", field)]  # fmt: skip
    answers = {name: known.get(name) or None for name in _FIELDS}
    defaults = {
        "title": "New procedure",
        "touchpoint": settings.touchpoints[0],
        "owner": "Service lead",
        "metric": GOOD_METRIC[lang],
        "timeframe": GOOD_TIMEFRAME[lang],
    }
    filled = {name: answers[name] or defaults[name] for name in _FIELDS}
    if field == "metric" and not answers["timeframe"]:
        filled["timeframe"] = GOOD_TIMEFRAME[lang]
    steps: tuple[str, ...] = (_PLACEHOLDER_STEP[lang],)
    if field == "step":
        steps = (value,)
    else:
        filled[field] = value
    new = NewSop(lang=lang, steps=steps, **filled)
    text = render_sop(new)
    path = settings.sop_path / new.touchpoint / "new-sop.md"
    # (a placeholder file name: its id is checked once the title is known)
    errors = [f for f in check_text(text, path, settings, False) if f.severity == "error"]
    if field != "step":
        return [f for f in errors if f.field == field]
    first_step = text.splitlines().index(f"1. {value}") + 1 if f"1. {value}" in text else 0
    return [f for f in errors if f.field is None and f.line >= first_step]


def id_taken_by(path: Path, settings: Settings) -> Path | None:
    """The SOP in the SOP folder whose id a new file at ``path`` would share, or ``None``.

    The id is the page's URL and must be unique across touchpoints (SOP008): "Transfer
    calls" under chat clashes with "Transfer calls" under phone, which linting the new
    file alone does not see. Ids that differ only in case clash too.
    """
    if not settings.sop_path.is_dir():
        return None
    wanted = path.stem.lower()
    for existing in collect_files([settings.sop_path], published=settings.sop_path):
        if existing.name.lower() != path.name.lower() and wanted not in _head(existing):
            continue  # neither the same file name nor an id that could be the same
        sop = load_sop(existing, settings)
        if sop.is_sop and sop.id.lower() == wanted:
            return existing
    return None


def _head(path: Path) -> str:
    """The start of a file, in lower case, where its front matter's ``id`` would be."""
    try:
        with path.open("rb") as file:
            return file.read(4096).decode("utf-8", "replace").lower()
    except OSError:
        return ""


def target_path(new: NewSop, settings: Settings, folder: Path | None) -> Path:
    """``<sop folder>/<touchpoint>/<slug of the title>.md`` unless a folder is given."""
    base = folder if folder is not None else settings.sop_path / new.touchpoint
    return base / f"{slugify(new.title)}.md"
