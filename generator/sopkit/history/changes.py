"""Describe what changed in each standard, in words, from one version to the next.

"timeframe changed from 3 working days to 2 working days", "target raised from 80%
to 90%", "step 3 added", "new SOP": material changes (metric, timeframe, steps,
owner, touchpoint) are told apart from wording-only edits, so staff can follow
the changes that affect their work.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from difflib import SequenceMatcher
from pathlib import Path, PurePosixPath
from typing import Any

from sopkit.config import Settings
from sopkit.document import decode, read_document
from sopkit.history.git import Commit, HistoryUnavailable, read_blobs, read_commits, repository_root
from sopkit.quantities import Duration, Target
from sopkit.sop import NOT_SOP_NAMES, Sop
from sopkit.standard import Standard

_STEP = re.compile(r"^(\d+)[.)]\s+(.*)$")
_SPACE = re.compile(r"\s+")
#: Steps this similar are a rewording, not a different step.
REWORDING = 0.85


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


def snapshot(text: str, path: str, settings: Settings) -> Snapshot | None:
    """Read one version's text; ``None`` when it is not an SOP (or cannot be read)."""
    if PurePosixPath(path).name.lower() in NOT_SOP_NAMES:
        return None
    document = read_document(Path(path), text)
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
    )


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

    def described(self, lang: str = "en") -> tuple[str, ...]:
        """What changed, in ``lang``: the phrases in that language; an editor's own
        ``changes:`` summary as they wrote it."""
        if not self.phrases:
            return self.descriptions
        return tuple(phrase.text(lang) for phrase in self.phrases)

    def affects(self, location: str, applies: bool) -> bool:
        """Whether staff at ``location`` are affected (``applies``: the SOP applies there)."""
        return location in self.locations or (self.general and applies)

    @property
    def day(self) -> date:
        """The calendar day of the change."""
        return self.when.date() if isinstance(self.when, datetime) else self.when


#: Each description of a change, in English, German and Dutch: ``{0}``, ``{1}``... are
#: the phrase's arguments (durations, targets and dates in the reader's language).
PHRASES: dict[str, dict[str, str]] = {
    "new": {"en": "new SOP", "de": "neues SOP", "nl": "nieuwe SOP"},
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

    def text(self, lang: str = "en") -> str:
        """The description in ``lang`` (en, de or nl)."""
        from sopkit.site.words import language_of

        lang = language_of(lang)
        return PHRASES[self.key][lang].format(*(_word(arg, lang) for arg in self.args))

    def __str__(self) -> str:
        return self.text("en")


def _word(value: Any, lang: str) -> str:
    from sopkit.site.words import date_words, duration_amount, target_words, touchpoint_label

    if value is None:
        return _NONE[lang]
    if isinstance(value, Phrase):
        return value.text(lang)
    if isinstance(value, Field):
        return FIELD_NAMES.get(lang, {}).get(value.name, value.name)
    if isinstance(value, Duration):
        return value.describe() if lang == "en" else duration_amount(value, lang)
    if isinstance(value, Target):
        return value.describe() if lang == "en" else target_words(value, lang)
    if isinstance(value, date):
        return value.isoformat() if lang == "en" else date_words(value, lang)
    if isinstance(value, Touchpoint):
        if lang == "en" or value.name is None:
            return str(value.name)
        return touchpoint_label(value.name, lang)
    return str(value)


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
    return ", ".join(str(n + 1) for n in range(first, last))


def _step_changes(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[list[Phrase], list[Phrase]]:
    """Material and wording-only descriptions of what happened to the steps."""
    material: list[Phrase] = []
    wording: list[Phrase] = []
    norm = [s.lower() for s in old], [s.lower() for s in new]
    matcher = SequenceMatcher(a=norm[0], b=norm[1], autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        paired = min(a2 - a1, b2 - b1) if op == "replace" else 0
        for offset in range(paired):  # replaced steps, compared one to one
            ratio = SequenceMatcher(a=norm[0][a1 + offset], b=norm[1][b1 + offset]).ratio()
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
        material.append(Phrase("metric_changed", (str(old.metric), str(new.metric))))
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
    steps_material, steps_wording = _step_changes(old.steps, new.steps)
    material += steps_material
    wording += steps_wording
    if old.title != new.title:
        wording.append(Phrase("title_changed", (new.title,)))
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


def _variant_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Phrase]:
    """Per-location changes: "amsterdam: timeframe changed from 5 ... to 7 working days"."""
    told = []
    for location in sorted(set(old) | set(new), key=str):
        before, after = old.get(location), new.get(location)
        if before == after:
            continue
        name = str(location)
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
                inner = Phrase("local_set", (field_name, str(after[key])))
            elif key not in after:
                inner = Phrase("local_back", (field_name,))
            else:
                inner = Phrase("local_field", (field_name, str(before[key]), str(after[key])))
            told.append(Phrase("local", (name, inner)))
    return told


@dataclass
class History:
    """Every change, newest first, and the changes of each SOP.

    Attributes:
        changes: all changes, newest first.
        source: ``git`` or ``front matter``.
        problem: why git history was not used (shown to the user), if it was not.
    """

    changes: list[Change] = field(default_factory=list)
    source: str = "git"
    problem: str | None = None
    shallow: bool = False

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
    """The history of ``docs_dir`` from git: two git processes for the whole history.

    Raises:
        HistoryUnavailable: no repository, or a shallow clone.
    """
    docs_dir = docs_dir.absolute()
    root = repository_root(docs_dir)
    folder = docs_dir.resolve().relative_to(root.resolve()).as_posix()
    commits = read_commits(root, folder)
    wanted = {blob for c in commits for f in c.files if f.path.endswith(".md")
              for blob in (f.before, f.after) if blob}  # fmt: skip
    blobs = read_blobs(root, wanted)
    cache: dict[tuple[str, str], Snapshot | None] = {}

    def version(blob: str | None, path: str) -> Snapshot | None:
        if blob is None:
            return None
        key = (blob, path)
        if key not in cache:
            text, problem = decode(blobs.get(blob, b""))
            cache[key] = None if problem or text is None else snapshot(text, path, settings)
        return cache[key]

    prefix = f"{folder}/" if folder != "." else ""
    per_commit = [_commit_changes(commit, prefix, version) for commit in commits]
    # Newest commit first; within a commit, SOPs in id order.
    return History([change for changes in reversed(per_commit) for change in changes])


def _commit_changes(commit: Commit, prefix: str, version: Any) -> list[Change]:
    """Changes of one commit; a file moved with the same SOP id is one change, not two."""
    before: dict[str, Snapshot] = {}
    after: dict[str, Snapshot] = {}
    for file in commit.files:
        if not file.path.endswith(".md") or not file.path.startswith(prefix):
            continue
        path = file.path[len(prefix) :]
        old, new = version(file.before, path), version(file.after, path)
        if old is not None:
            before[old.id] = old
        if new is not None:
            after[new.id] = new
    changes = []
    for sop_id in sorted(set(before) | set(after)):
        old, new = before.get(sop_id), after.get(sop_id)
        phrases, material = describe_phrases(old, new)
        descriptions = [phrase.text("en") for phrase in phrases]
        if not descriptions:
            continue
        latest = new or old
        assert latest is not None
        names = set((old.variants if old else {}) | (new.variants if new else {}))
        local = tuple(
            sorted({d.split(":", 1)[0] for d in descriptions if d.split(":", 1)[0] in names})
        )
        general = any(d.split(":", 1)[0] not in names for d in descriptions)
        changes.append(
            Change(
                sop_id=sop_id,
                title=latest.title,
                path=latest.path,
                when=commit.date,
                descriptions=tuple(descriptions),
                material=material,
                author=commit.author,
                message=commit.message,
                pull_request=commit.pull_request,
                commit=commit.sha,
                locations=local,
                general=general,
                phrases=tuple(phrases),
            )
        )
    return changes


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
        return history
