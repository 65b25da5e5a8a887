"""Describe what changed in each standard, in words, from one version to the next.

"timeframe changed from 3 working days to 2 working days", "target raised from 80%
to 90%", "step 3 added", "new SOP": material changes (metric, timeframe, steps,
owner, touchpoint) are told apart from wording-only edits, so staff can follow
the changes that affect their work.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from difflib import SequenceMatcher
from enum import Enum
from pathlib import Path, PurePosixPath
from typing import Any

from sopkit.config import Settings
from sopkit.document import Document, decode, read_document
from sopkit.history.git import (
    Commit,
    FileChange,
    HistoryUnavailable,
    read_blobs,
    read_folder_history,
    repository_root,
)
from sopkit.quantities import Duration, Target
from sopkit.sop import NOT_SOP_NAMES, Sop
from sopkit.standard import Standard
from sopkit.variants import StepEdits, parse_step_edits

_STEP = re.compile(r"^(\d+)[.)]\s+(.*)$")
_SPACE = re.compile(r"\s+")
#: Steps this similar are a rewording, not a different step.
REWORDING = 0.85
#: An SOP removed and one added in the same commit, this similar (in words), are one
#: SOP renamed: git's own rename threshold is 50%; a little more keeps two SOPs made
#: from the same template apart.
RENAMED = 0.6
#: Removed and added SOPs of one commit compared word by word at most this many times:
#: a commit renaming hundreds of files pairs those with the same words only.
RENAME_COMPARISONS = 2500


class Unreadable(Enum):
    """A version whose text or front matter cannot be read (not UTF-8, broken YAML).

    It is left out of the history: the next readable version is compared with the
    last readable one, so a slip fixed in the next commit is no change at all (and
    never "metric changed from '...' to 'None'").
    """

    VERSION = "unreadable"


UNREADABLE = Unreadable.VERSION


@dataclass(frozen=True)
class Snapshot:
    """The parts of one version of an SOP that a change description compares."""

    id: str
    path: str
    title: str
    owner: str | None
    touchpoint: str | None
    metric: str | None
    timeframe: str | None
    standard: Standard
    steps: tuple[str, ...]
    body: str
    review: Any
    variants: dict[str, Any] = field(default_factory=dict)
    locations: tuple[str, ...] | None = None
    """The locations it is limited to (``locations:``); ``None``: every location."""
    tags: tuple[str, ...] = ()
    lang: str = "en"


def snapshot(text: str, path: str, settings: Settings) -> Snapshot | Unreadable | None:
    """Read one version's text; ``None`` when it is not an SOP, :data:`UNREADABLE` when
    its front matter cannot be read."""
    if PurePosixPath(path).name.lower() in NOT_SOP_NAMES:
        return None
    document = read_document(Path(path), text)
    if _unreadable(document):
        return UNREADABLE
    if not document.has_front_matter or document.meta.get("sop") is False:
        return None
    sop = Sop(document, path, settings)
    steps = []
    for line in document.body.splitlines():  # top-level ordered items, enough to compare
        match = _STEP.match(line)
        if match:
            steps.append(match.group(2).strip())
        elif steps and line.startswith(("   ", "\t")) and line.strip():
            steps[-1] += " " + line.strip()
    return Snapshot(
        id=sop.id,
        path=path,
        title=sop.valid("title") or PurePosixPath(path).stem,
        owner=sop.owner,
        touchpoint=sop.valid("touchpoint"),
        metric=sop.metric,
        timeframe=sop.timeframe,
        standard=sop.standard,
        steps=tuple(steps),
        body=_SPACE.sub(" ", document.body).strip(),
        review=document.meta.get("review"),
        variants=document.meta["variants"]
        if isinstance(document.meta.get("variants"), dict)
        else {},
        locations=_locations(document.meta.get("locations")),
        tags=tuple(str(tag) for tag in sop.tags),
        lang=sop.lang,
    )


def _unreadable(document: Document) -> bool:
    """Whether the front matter is there but could not be read at all (a YAML error, an
    unclosed block): its fields are then missing, not removed."""
    return document.has_front_matter and bool(document.problems) and not document.meta


def _locations(named: Any) -> tuple[str, ...] | None:
    """The ``locations:`` an SOP is limited to, as :func:`sopkit.variants.applies_to`
    reads them (no list, or an empty one: every location)."""
    if isinstance(named, list) and named:
        return tuple(sorted({str(location) for location in named}))
    return None


@dataclass(frozen=True)
class Change:
    """One change to one SOP.

    Attributes:
        sop_id: the SOP's id.
        title: its title at the time.
        path: its path in the docs folder at the time.
        when: the date (and time, from git) of the change.
        descriptions: what changed, in words.
        material: whether the standard or the procedure changed (not only wording).
        author: who made the change, if known.
        message: the commit message, if any.
        pull_request: the pull request number the message names.
        commit: the commit id, if the change comes from git.
    """

    sop_id: str
    title: str
    path: str
    when: datetime | date
    descriptions: tuple[str, ...]
    material: bool
    author: str | None = None
    message: str | None = None
    pull_request: int | None = None
    commit: str | None = None
    locations: tuple[str, ...] = ()
    """Locations whose variant this change touched (their descriptions start "<id>: ")."""
    general: bool = True
    """Whether the change touches the standard itself (every location that follows it)."""
    phrases: tuple[Phrase, ...] = ()
    """The descriptions as phrases, to be told in the reader's language (from git)."""
    where: tuple[tuple[str, ...] | None, ...] = ()
    """Where the SOP applied before and after this change, when the change moved it
    (its ``locations:``; ``None``: every location): staff where it stopped or started
    to apply are affected, though it may not apply to them now."""
    shadowed: tuple[str, ...] = ()
    """Locations whose variant overrides every part of the standard this change touched
    (Amsterdam keeps its own timeframe when the standard's changes): not affected."""

    def described(
        self, lang: str = "en", names: Mapping[str, str] | None = None
    ) -> tuple[str, ...]:
        """What changed, in ``lang``: the phrases in that language, locations by their
        ``names`` (id -> name, from locations.yml); an editor's own ``changes:`` summary
        as they wrote it."""
        if not self.phrases:
            return self.descriptions
        return tuple(phrase.text(lang, names) for phrase in self.phrases)

    def affects(self, location: str, applies: bool) -> bool:
        """Whether staff at ``location`` are affected (``applies``: the SOP applies there)."""
        return (
            location in self.locations
            or (self.general and applies and location not in self.shadowed)
            or self._started_or_stopped_at(location)
        )

    def _started_or_stopped_at(self, location: str) -> bool:
        """Whether this change made the SOP start or stop applying at ``location``."""
        if len(self.where) != 2:
            return False
        before, after = (scope is None or location in scope for scope in self.where)
        return before != after

    @property
    def day(self) -> date:
        """The calendar day of the change."""
        return self.when.date() if isinstance(self.when, datetime) else self.when


#: Each description of a change, in English, German and Dutch: ``{0}``, ``{1}``... are
#: the phrase's arguments (durations, targets and dates in the reader's language).
PHRASES: dict[str, dict[str, str]] = {
    "new": {"en": "new SOP", "de": "neue SOP", "nl": "nieuwe SOP"},
    "removed": {"en": "SOP removed", "de": "SOP entfernt", "nl": "SOP verwijderd"},
    "target_raised": {"en": "target raised from {0} to {1}",
                      "de": "Ziel erhöht: vorher {0}, jetzt {1}",
                      "nl": "doel verhoogd van {0} naar {1}"},
    "target_lowered": {"en": "target lowered from {0} to {1}",
                       "de": "Ziel gesenkt: vorher {0}, jetzt {1}",
                       "nl": "doel verlaagd van {0} naar {1}"},
    "target_changed": {"en": "target changed from {0} to {1}",
                       "de": "Ziel geändert: vorher {0}, jetzt {1}",
                       "nl": "doel gewijzigd van {0} naar {1}"},
    "metric_changed": {"en": "metric changed from '{0}' to '{1}'",
                       "de": "Kennzahl geändert: vorher „{0}“, jetzt „{1}“",
                       "nl": "norm gewijzigd van ‘{0}’ naar ‘{1}’"},
    "metric_reworded": {"en": "metric reworded", "de": "Kennzahl umformuliert",
                        "nl": "norm anders verwoord"},
    "timeframe_changed": {"en": "timeframe changed from {0} to {1}",
                          "de": "Frist geändert: vorher {0}, jetzt {1}",
                          "nl": "termijn gewijzigd van {0} naar {1}"},
    "timeframe_reworded": {"en": "timeframe reworded", "de": "Frist umformuliert",
                           "nl": "termijn anders verwoord"},
    "owner_changed": {"en": "owner changed from {0} to {1}",
                      "de": "Verantwortung geändert: vorher {0}, jetzt {1}",
                      "nl": "eigenaar gewijzigd van {0} naar {1}"},
    "touchpoint_changed": {"en": "touchpoint changed from {0} to {1}",
                           "de": "Kontaktweg geändert: vorher {0}, jetzt {1}",
                           "nl": "kanaal gewijzigd van {0} naar {1}"},
    "step_reworded": {"en": "step {0} reworded", "de": "Schritt {0} umformuliert",
                      "nl": "stap {0} anders verwoord"},
    "step_changed": {"en": "step {0} changed", "de": "Schritt {0} geändert",
                     "nl": "stap {0} gewijzigd"},
    "steps_changed": {"en": "steps {0} changed", "de": "Schritte {0} geändert",
                      "nl": "stappen {0} gewijzigd"},
    "step_removed": {"en": "step {0} removed", "de": "Schritt {0} entfernt",
                     "nl": "stap {0} verwijderd"},
    "steps_removed": {"en": "steps {0} removed", "de": "Schritte {0} entfernt",
                      "nl": "stappen {0} verwijderd"},
    "step_added": {"en": "step {0} added", "de": "Schritt {0} hinzugefügt",
                   "nl": "stap {0} toegevoegd"},
    "steps_added": {"en": "steps {0} added", "de": "Schritte {0} hinzugefügt",
                    "nl": "stappen {0} toegevoegd"},
    "title_changed": {"en": "title changed to '{0}'", "de": "Titel geändert in „{0}“",
                      "nl": "titel gewijzigd in ‘{0}’"},
    "locations_only": {"en": "now applies only at {0}", "de": "gilt jetzt nur in {0}",
                       "nl": "geldt nu alleen in {0}"},
    "locations_all": {"en": "now applies at every location",
                      "de": "gilt jetzt an allen Standorten",
                      "nl": "geldt nu op alle locaties"},
    "tags_changed": {"en": "tags changed to {0}", "de": "Schlagwörter geändert in {0}",
                     "nl": "tags gewijzigd in {0}"},
    "tags_removed": {"en": "tags removed", "de": "Schlagwörter entfernt",
                     "nl": "tags verwijderd"},
    "lang_changed": {"en": "language changed from {0} to {1}",
                     "de": "Sprache geändert: vorher {0}, jetzt {1}",
                     "nl": "taal gewijzigd van {0} naar {1}"},
    "moved": {"en": "moved to {0}", "de": "verschoben nach {0}", "nl": "verplaatst naar {0}"},
    "reviewed": {"en": "reviewed on {0}", "de": "geprüft am {0}", "nl": "beoordeeld op {0}"},
    "reviewed_by": {"en": "reviewed on {0} by {1}", "de": "geprüft am {0} von {1}",
                    "nl": "beoordeeld op {0} door {1}"},
    "wording_edited": {"en": "wording edited", "de": "Wortlaut bearbeitet",
                       "nl": "formulering aangepast"},
    "local": {"en": "{0}: {1}", "de": "{0}: {1}", "nl": "{0}: {1}"},
    "local_added": {"en": "local variant added", "de": "lokale Variante hinzugefügt",
                    "nl": "lokale variant toegevoegd"},
    "local_removed": {"en": "local variant removed, the standard applies",
                      "de": "lokale Variante entfernt, der Standard gilt",
                      "nl": "lokale variant verwijderd, de standaard geldt"},
    "local_changed": {"en": "local variant changed", "de": "lokale Variante geändert",
                      "nl": "lokale variant gewijzigd"},
    "local_steps": {"en": "local steps changed", "de": "lokale Schritte geändert",
                    "nl": "lokale stappen gewijzigd"},
    "local_set": {"en": "{0} set to {1}", "de": "{0} gesetzt auf {1}",
                  "nl": "{0} ingesteld op {1}"},
    "local_back": {"en": "{0} back to the standard", "de": "{0} wieder wie der Standard",
                   "nl": "{0} weer volgens de standaard"},
    "local_field": {"en": "{0} changed from {1} to {2}",
                    "de": "{0} geändert: vorher {1}, jetzt {2}",
                    "nl": "{0} gewijzigd van {1} naar {2}"},
}  # fmt: skip
#: Front-matter fields a variant changes, as each language calls them.
FIELD_NAMES: dict[str, dict[str, str]] = {
    "de": {"metric": "Kennzahl", "timeframe": "Frist", "owner": "Verantwortung",
           "title": "Titel", "lang": "Sprache", "touchpoint": "Kontaktweg"},
    "nl": {"metric": "norm", "timeframe": "termijn", "owner": "eigenaar", "title": "titel",
           "lang": "taal", "touchpoint": "kanaal"},
}  # fmt: skip
_NONE = {"en": "none", "de": "keine", "nl": "geen"}


@dataclass(frozen=True)
class Field:
    """A front-matter field's name in a phrase (translated)."""

    name: str


@dataclass(frozen=True)
class Phrase:
    """One description of a change, to be told in any of sopkit's languages.

    ``args`` are kept as values (durations, targets, dates, field names, other
    phrases), not as words: :meth:`text` writes them in the reader's language.
    """

    key: str
    args: tuple[Any, ...] = ()

    def text(self, lang: str = "en", names: Mapping[str, str] | None = None) -> str:
        """The description in ``lang`` (en, de or nl), locations by their ``names``."""
        from sopkit.site.words import language_of

        lang = language_of(lang)
        return PHRASES[self.key][lang].format(*(_word(arg, lang, names) for arg in self.args))

    def __str__(self) -> str:
        return self.text("en")


def _word(value: Any, lang: str, names: Mapping[str, str] | None = None) -> str:
    from sopkit.site.words import date_words, duration_amount, target_words, touchpoint_label

    if value is None:
        return _NONE[lang]
    if isinstance(value, Phrase):
        return value.text(lang, names)
    if isinstance(value, Location):
        return (names or {}).get(value.id, value.id)
    if isinstance(value, Locations):
        return ", ".join((names or {}).get(each, each) for each in value.ids)
    if isinstance(value, Field):
        return FIELD_NAMES.get(lang, {}).get(value.name, value.name)
    if isinstance(value, Duration):
        return value.describe() if lang == "en" else duration_amount(value, lang)
    if isinstance(value, Target):
        return value.describe() if lang == "en" else target_words(value, lang)
    if isinstance(value, date):
        return value.isoformat() if lang == "en" else date_words(value, lang)
    if isinstance(value, Touchpoint):
        if value.name is None:
            return _NONE[lang]
        return value.name if lang == "en" else touchpoint_label(value.name, lang)
    return str(value)


@dataclass(frozen=True)
class Location:
    """A location's id in a phrase (named as locations.yml names it, where known)."""

    id: str

    def __str__(self) -> str:
        return self.id


@dataclass(frozen=True)
class Locations:
    """Several locations' ids in a phrase ("now applies only at ...")."""

    ids: tuple[str, ...]

    def __str__(self) -> str:
        return ", ".join(self.ids)


@dataclass(frozen=True)
class Touchpoint:
    """A touchpoint's id in a phrase (named in the reader's language)."""

    name: str | None

    def __str__(self) -> str:
        return str(self.name)


def _target_change(old: Target | None, new: Target | None) -> Phrase:
    if old and new and old.share is not None and new.share is not None and old.share != new.share:
        key = "target_raised" if new.share > old.share else "target_lowered"
        return Phrase(key, (old, new))
    return Phrase("target_changed", (old, new))


def _numbers(first: int, last: int) -> str:
    """Steps ``first`` to ``last`` (0-based, end excluded) as "3, 4, 5" or, from four, "3–8"."""
    if last - first >= 4:
        return f"{first + 1}–{last}"
    return ", ".join(str(n + 1) for n in range(first, last))


#: Steps compared one by one, before and after, at most: the comparison takes time that
#: grows with their product (30,000 steps took 74 s and 1.1 GB per commit). Real SOPs
#: have tens; beyond this the changed stretch is told as one range of steps.
MAX_COMPARED_STEPS = 1_000
#: Characters of a step compared to tell a rewording from a change.
MAX_COMPARED_CHARS = 2_000


def _step_changes(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[list[Phrase], list[Phrase]]:
    """Material and wording-only descriptions of what happened to the steps."""
    material: list[Phrase] = []
    wording: list[Phrase] = []
    norm = [s.lower() for s in old], [s.lower() for s in new]
    first = 0  # steps the same at the start and at the end are not compared
    if len(old) + len(new) > MAX_COMPARED_STEPS:
        limit = min(len(old), len(new))
        while first < limit and norm[0][first] == norm[1][first]:
            first += 1
        last = 0
        while last < limit - first and norm[0][-1 - last] == norm[1][-1 - last]:
            last += 1
        norm = norm[0][first : len(old) - last], norm[1][first : len(new) - last]
        if len(norm[0]) + len(norm[1]) > MAX_COMPARED_STEPS:
            key = "steps_changed" if norm[0] and norm[1] else "steps_added" if norm[1] else (
                "steps_removed"
            )  # fmt: skip
            stretch = norm[1] or norm[0]
            material.append(Phrase(key, (_numbers(first, first + len(stretch)),)))
            return material, wording
    matcher = SequenceMatcher(a=norm[0], b=norm[1], autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        a1, a2, b1, b2 = a1 + first, a2 + first, b1 + first, b2 + first
        paired = min(a2 - a1, b2 - b1) if op == "replace" else 0
        for offset in range(paired):  # replaced steps, compared one to one
            ratio = SequenceMatcher(
                a=norm[0][a1 - first + offset][:MAX_COMPARED_CHARS],
                b=norm[1][b1 - first + offset][:MAX_COMPARED_CHARS],
            ).ratio()
            if ratio >= REWORDING:
                wording.append(Phrase("step_reworded", (b1 + offset + 1,)))
            else:
                material.append(Phrase("step_changed", (b1 + offset + 1,)))
        if a2 - a1 > paired:
            key = "steps_removed" if a2 - a1 - paired > 1 else "step_removed"
            material.append(Phrase(key, (_numbers(a1 + paired, a2),)))
        if b2 - b1 > paired:
            key = "steps_added" if b2 - b1 - paired > 1 else "step_added"
            material.append(Phrase(key, (_numbers(b1 + paired, b2),)))
    return material, wording


def describe(old: Snapshot | None, new: Snapshot | None) -> tuple[list[str], bool]:
    """What changed from ``old`` to ``new``, in English words, and whether it is material."""
    phrases, material = describe_phrases(old, new)
    return [phrase.text("en") for phrase in phrases], material


def describe_phrases(old: Snapshot | None, new: Snapshot | None) -> tuple[list[Phrase], bool]:
    """What changed from ``old`` to ``new``, as phrases for any language, and whether
    it is material."""
    if old is None and new is None:
        return [], False
    if old is None:
        return [Phrase("new")], True
    if new is None:
        return [Phrase("removed")], True
    material: list[Phrase] = []
    wording: list[Phrase] = []
    a, b = old.standard, new.standard
    if (a.target and a.target.as_json()) != (b.target and b.target.as_json()):
        material.append(_target_change(a.target, b.target))
    same_duration = bool(a.duration and b.duration and a.duration.same_as(b.duration))
    timeframe_changed = not same_duration and (
        a.duration != b.duration or old.timeframe != new.timeframe
    )
    bound_changed = (a.metric_duration is None) != (b.metric_duration is None) or bool(
        a.metric_duration and b.metric_duration and not a.metric_duration.same_as(b.metric_duration)
    )
    if a.activity != b.activity or (bound_changed and not timeframe_changed):
        material.append(Phrase("metric_changed", (old.metric, new.metric)))
    elif old.metric != new.metric and not material and not bound_changed:
        wording.append(Phrase("metric_reworded"))
    if timeframe_changed:
        old_words = a.duration or old.timeframe
        new_words = b.duration or new.timeframe
        material.append(Phrase("timeframe_changed", (old_words, new_words)))
    elif old.timeframe != new.timeframe:
        wording.append(Phrase("timeframe_reworded"))
    if old.owner != new.owner:
        material.append(Phrase("owner_changed", (old.owner or None, new.owner or None)))
    if old.touchpoint != new.touchpoint:
        material.append(
            Phrase("touchpoint_changed", (Touchpoint(old.touchpoint), Touchpoint(new.touchpoint)))
        )
    if old.locations != new.locations:
        material.append(_locations_change(new.locations))
    steps_material, steps_wording = _step_changes(old.steps, new.steps)
    material += steps_material
    wording += steps_wording
    if old.title != new.title:
        wording.append(Phrase("title_changed", (new.title,)))
    wording += _label_changes(old, new)
    if old.path != new.path:
        wording.append(Phrase("moved", (new.path,)))
    if old.review != new.review and isinstance(new.review, dict) and new.review.get("last"):
        last = new.review["last"]
        if new.review.get("by"):
            wording.append(Phrase("reviewed_by", (last, str(new.review["by"]))))
        else:
            wording.append(Phrase("reviewed", (last,)))
    local = _variant_changes(old.variants, new.variants)
    material += local
    if not material and not wording and old.body != new.body:
        wording.append(Phrase("wording_edited"))
    return material + wording, bool(material)


def _locations_change(new: tuple[str, ...] | None) -> Phrase:
    """Where the SOP applies now: staff where it no longer does read "only at ..."."""
    if new is None:
        return Phrase("locations_all")
    return Phrase("locations_only", (Locations(tuple(new)),))


def _label_changes(old: Snapshot, new: Snapshot) -> list[Phrase]:
    """Tags and language: how the SOP is found and read, not what staff do (wording)."""
    told = []
    if old.tags != new.tags:
        told.append(
            Phrase("tags_changed", (", ".join(new.tags),)) if new.tags else Phrase("tags_removed")
        )
    if old.lang != new.lang:
        told.append(Phrase("lang_changed", (old.lang, new.lang)))
    return told


def _shown(value: Any) -> str | None:
    """A front-matter value in a phrase; ``None`` stays absent (written "none")."""
    return None if value is None else str(value)


def _variant_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Phrase]:
    """Per-location changes: "amsterdam: timeframe changed from 5 ... to 7 working days"."""
    told = []
    for location in sorted(set(old) | set(new), key=str):
        before, after = old.get(location), new.get(location)
        if before == after:
            continue
        name = Location(str(location))
        if before is None:
            told.append(Phrase("local", (name, Phrase("local_added"))))
            continue
        if after is None:
            told.append(Phrase("local", (name, Phrase("local_removed"))))
            continue
        if not isinstance(before, dict) or not isinstance(after, dict):
            told.append(Phrase("local", (name, Phrase("local_changed"))))
            continue
        for key in sorted(set(before) | set(after), key=str):
            if before.get(key) == after.get(key):
                continue
            field_name = Field(str(key))
            if key == "steps":
                inner = Phrase("local_steps")
            elif key not in before:
                inner = Phrase("local_set", (field_name, _shown(after[key])))
            elif key not in after:
                inner = Phrase("local_back", (field_name,))
            else:
                inner = Phrase("local_field", (field_name, _shown(before[key]), _shown(after[key])))
            told.append(Phrase("local", (name, inner)))
    return told


@dataclass
class History:
    """Every change, newest first, and the changes of each SOP.

    Attributes:
        changes: all changes, newest first.
        source: ``git`` or ``front matter``.
        problem: why git history was not used (shown to the user), if it was not.
        shallow: git history was not used because the clone is shallow.
        needs_fix: there is a git history but it could not be read (a shallow clone,
            git missing, a repository git refuses, a partial clone's remote out of
            reach): ``problem`` is to be told as a warning, which fails a strict
            build. False outside git, where the front matter is the documented source.
    """

    changes: list[Change] = field(default_factory=list)
    source: str = "git"
    problem: str | None = None
    shallow: bool = False
    needs_fix: bool = False

    def of(self, sop_id: str) -> list[Change]:
        """The changes of one SOP, newest first."""
        return self._by_id.get(sop_id, [])

    def __post_init__(self) -> None:
        self._by_id: dict[str, list[Change]] = defaultdict(list)
        for change in self.changes:
            self._by_id[change.sop_id].append(change)

    @property
    def material(self) -> list[Change]:
        """The material changes, newest first."""
        return [c for c in self.changes if c.material]


def history_from_git(docs_dir: Path, settings: Settings) -> History:
    """The history of ``docs_dir`` from git: two git processes for the whole history
    (and one more to see whether the folder itself was renamed).

    Raises:
        HistoryUnavailable: no repository, a shallow clone, or git failed.
    """
    docs_dir = docs_dir.absolute()
    root = repository_root(docs_dir)
    folder = docs_dir.resolve().relative_to(root.resolve()).as_posix()
    commits = read_folder_history(root, folder)
    wanted = {blob for c in commits for f in c.files if f.path.endswith(".md")
              for blob in (f.before, f.after) if blob}  # fmt: skip
    versions = _Versions(read_blobs(root, wanted, settings.max_file_size), settings)
    per_commit = [_commit_changes(commit, versions) for commit in commits]
    return History(_under_current_ids(per_commit))


class _Versions:
    """Each version of a file read once, and each path's last readable version."""

    def __init__(self, blobs: dict[str, bytes], settings: Settings) -> None:
        self.blobs = blobs
        self.settings = settings
        self.read: dict[tuple[str, str], Snapshot | Unreadable | None] = {}
        self.last: dict[str, Snapshot] = {}

    def version(self, blob: str | None, path: str) -> Snapshot | Unreadable | None:
        """The version of ``path`` in ``blob`` (``None``: absent, or not an SOP)."""
        if blob is None:
            return None
        key = (blob, path)
        if key not in self.read:
            data = self.blobs.get(blob)  # None: larger than max_file_size, left unread
            text, problem = decode(data) if data is not None else (None, None)
            if problem is not None or text is None:  # not UTF-8, or too large
                self.read[key] = UNREADABLE
            else:
                self.read[key] = snapshot(text, path, self.settings)
        return self.read[key]

    def step(self, file: FileChange) -> tuple[Snapshot | None, Snapshot | None] | None:
        """The versions of ``file`` to compare across its commit; ``None`` when the new
        one cannot be read. An unreadable old one is the path's last readable one, so a
        broken version between two good ones is no change at all."""
        old = self.version(file.before, file.path)
        new = self.version(file.after, file.path)
        if old is UNREADABLE:
            old = self.last.get(file.path)
        elif old is not None:
            self.last[file.path] = old
        if new is UNREADABLE:
            return None
        if new is None:
            self.last.pop(file.path, None)
        else:
            self.last[file.path] = new
        return old, new


def _commit_changes(
    commit: Commit, versions: _Versions
) -> tuple[list[Change], list[tuple[str, str]]]:
    """Changes of one commit, and the SOPs it renamed (old id, new id).

    A file moved with the same SOP id is one change, not two; so is a file renamed,
    whose id (its file name, without ``id:``) changed, and whose words stay alike.
    """
    before, after = _sides(commit, versions)
    renames = _renames(before, after)
    old_of = {new: before[old] for old, new in renames}
    ids = sorted((before.keys() - {old for old, _ in renames}) | after.keys())
    changes = [
        _change(commit, sop_id, old_of.get(sop_id, before.get(sop_id)), after.get(sop_id))
        for sop_id in ids
    ]
    return [change for change in changes if change is not None], renames


def _sides(commit: Commit, versions: _Versions) -> tuple[dict[str, Snapshot], dict[str, Snapshot]]:
    """The SOPs a commit changed, by id, before and after it."""
    before: dict[str, Snapshot] = {}
    after: dict[str, Snapshot] = {}
    for file in commit.files:
        step = versions.step(file) if file.path.endswith(".md") else None
        if step is None:
            continue
        old, new = step
        if old is not None:
            before[old.id] = old
        if new is not None:
            after[new.id] = new
    return before, after


def _renames(before: dict[str, Snapshot], after: dict[str, Snapshot]) -> list[tuple[str, str]]:
    """SOPs that went under one id and came under another in the same commit, with
    words alike: a renamed file (git's rename detection is off, so a rename is a
    removal and an addition; the id is the file's name unless ``id:`` says otherwise).
    The most alike pairs first."""
    gone = {sop_id: _words(before[sop_id]) for sop_id in before.keys() - after.keys()}
    came = {sop_id: _words(after[sop_id]) for sop_id in after.keys() - before.keys()}
    pairs = _same_words(gone, came)
    for old, new in pairs:
        del gone[old], came[new]
    if not gone or not came or len(gone) * len(came) > RENAME_COMPARISONS:
        return pairs
    scored = sorted(
        ((_likeness(a, b), old, new) for old, a in gone.items() for new, b in came.items()),
        reverse=True,
    )
    for score, old, new in scored:
        if score >= RENAMED and old in gone and new in came:
            pairs.append((old, new))
            del gone[old], came[new]
    return pairs


def _words(version: Snapshot) -> tuple[str, ...]:
    """What a rename keeps: the standard's fields and the body's words."""
    fields = (version.title, version.metric or "", version.timeframe or "", version.owner or "")
    return (*fields, *version.body.split())


def _same_words(
    gone: dict[str, tuple[str, ...]], came: dict[str, tuple[str, ...]]
) -> list[tuple[str, str]]:
    """Pairs of a removed and an added SOP with exactly the same words."""
    by_words: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for sop_id in sorted(gone):
        by_words[gone[sop_id]].append(sop_id)
    pairs = []
    for sop_id in sorted(came):
        if by_words.get(came[sop_id]):
            pairs.append((by_words[came[sop_id]].pop(0), sop_id))
    return pairs


def _likeness(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """How alike two versions' words are (0 to 1), as git rates a rename."""
    matcher = SequenceMatcher(a=a, b=b, autojunk=False)
    return matcher.ratio() if matcher.quick_ratio() >= RENAMED else 0.0


#: Descriptions that do not touch the standard as every location follows it.
_NOT_GENERAL = frozenset({"local", "locations_only", "locations_all"})


def _change(
    commit: Commit, sop_id: str, old: Snapshot | None, new: Snapshot | None
) -> Change | None:
    """The change from ``old`` to ``new`` in ``commit``; ``None`` if nothing told changed."""
    phrases, material = describe_phrases(old, new)
    if not phrases:
        return None
    latest = new or old
    assert latest is not None
    return Change(
        sop_id=sop_id,
        title=latest.title,
        path=latest.path,
        when=commit.date,
        descriptions=tuple(phrase.text("en") for phrase in phrases),
        material=material,
        author=commit.author,
        message=commit.message,
        pull_request=commit.pull_request,
        commit=commit.sha,
        locations=tuple(sorted({str(p.args[0]) for p in phrases if p.key == "local"})),
        general=any(phrase.key not in _NOT_GENERAL for phrase in phrases),
        phrases=tuple(phrases),
        where=(old.locations, new.locations)
        if old and new and old.locations != new.locations
        else (),
        shadowed=_shadowed(phrases, new) if old and new else (),
    )


#: The field of the standard a description is about, where a variant may override it.
_FIELD_OF = {
    "metric_changed": "metric", "metric_reworded": "metric", "target_raised": "metric",
    "target_lowered": "metric", "target_changed": "metric", "timeframe_changed": "timeframe",
    "timeframe_reworded": "timeframe", "owner_changed": "owner", "title_changed": "title",
}  # fmt: skip


def _shadowed(phrases: list[Phrase], new: Snapshot) -> tuple[str, ...]:
    """The locations whose variant (in ``new``) overrides each general part of the change:
    its own timeframe when the standard's timeframe changed, its own text of a step
    that was reworded. A feed of that location told a change its staff never see."""
    general = [phrase for phrase in phrases if phrase.key not in _NOT_GENERAL]
    if not general:
        return ()
    shadowed = []
    for location, overrides in new.variants.items():
        if not isinstance(overrides, dict):
            continue
        edits, _ = parse_step_edits(overrides.get("steps", {}))
        if all(_overridden(phrase, overrides, edits) for phrase in general):
            shadowed.append(str(location))
    return tuple(sorted(shadowed))


def _overridden(phrase: Phrase, overrides: dict[str, Any], edits: StepEdits) -> bool:
    """Whether a variant with ``overrides`` and step ``edits`` hides ``phrase``."""
    if phrase.key in _FIELD_OF:
        return _FIELD_OF[phrase.key] in overrides
    if phrase.key in ("step_reworded", "step_changed"):
        number = phrase.args[0]
        return number in edits.replace or number in edits.remove
    return False


def _under_current_ids(
    per_commit: list[tuple[list[Change], list[tuple[str, str]]]],
) -> list[Change]:
    """Every change, newest first, under the id its SOP has now: a renamed SOP's
    earlier changes are its own (its page's history goes on), and an id freed by a
    rename and used again later is another SOP's from then on."""
    now: dict[str, str] = {}
    told: list[Change] = []
    for changes, renames in reversed(per_commit):
        told += [replace(c, sop_id=now.get(c.sop_id, c.sop_id)) for c in changes]
        for old, new in renames:
            now[old] = now.pop(new, new)
    return told


def history_from_front_matter(sops: list[Sop], problem: str | None = None) -> History:
    """The ``changes:`` lists that editors write in front matter (the fallback)."""
    changes = []
    for sop in sops:
        for entry in sop.valid("changes") or []:
            when = entry["date"]
            changes.append(
                Change(
                    sop_id=sop.id,
                    title=sop.title or sop.id,
                    path=sop.display_path,
                    when=when if isinstance(when, date) else date.fromisoformat(str(when)),
                    descriptions=(str(entry["summary"]),),
                    material=bool(entry.get("material", True)),
                    author=entry.get("author"),
                )
            )
    changes.sort(key=lambda c: (c.day, c.sop_id), reverse=True)
    return History(changes, source="front matter", problem=problem)


def load_history(docs_dir: Path, sops: list[Sop], settings: Settings) -> History:
    """Git history when there is a whole one, else the front matter's ``changes:`` lists."""
    try:
        return history_from_git(docs_dir, settings)
    except HistoryUnavailable as unavailable:
        history = history_from_front_matter(sops, str(unavailable))
        history.shallow = unavailable.shallow
        history.needs_fix = not unavailable.quiet
        return history
