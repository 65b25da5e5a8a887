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

    def affects(self, location: str, applies: bool) -> bool:
        """Whether staff at ``location`` are affected (``applies``: the SOP applies there)."""
        return location in self.locations or (self.general and applies)

    @property
    def day(self) -> date:
        """The calendar day of the change."""
        return self.when.date() if isinstance(self.when, datetime) else self.when


def _target(target: Target | None) -> str:
    return target.describe() if target else "none"


def _duration(duration: Duration | None, text: str | None) -> str:
    return duration.describe() if duration else (text or "none")


def _target_change(old: Target | None, new: Target | None) -> str:
    if old and new and old.share is not None and new.share is not None and old.share != new.share:
        verb = "raised" if new.share > old.share else "lowered"
        return f"target {verb} from {old.describe()} to {new.describe()}"
    return f"target changed from {_target(old)} to {_target(new)}"


def _step_changes(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Material and wording-only descriptions of what happened to the steps."""
    material: list[str] = []
    wording: list[str] = []
    norm = [s.lower() for s in old], [s.lower() for s in new]
    matcher = SequenceMatcher(a=norm[0], b=norm[1], autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        paired = min(a2 - a1, b2 - b1) if op == "replace" else 0
        for offset in range(paired):  # replaced steps, compared one to one
            ratio = SequenceMatcher(a=norm[0][a1 + offset], b=norm[1][b1 + offset]).ratio()
            if ratio >= REWORDING:
                wording.append(f"step {b1 + offset + 1} reworded")
            else:
                material.append(f"step {b1 + offset + 1} changed")
        if a2 - a1 > paired:
            numbers = ", ".join(str(n + 1) for n in range(a1 + paired, a2))
            material.append(f"step{'s' if a2 - a1 - paired > 1 else ''} {numbers} removed")
        if b2 - b1 > paired:
            numbers = ", ".join(str(n + 1) for n in range(b1 + paired, b2))
            material.append(f"step{'s' if b2 - b1 - paired > 1 else ''} {numbers} added")
    return material, wording


def describe(old: Snapshot | None, new: Snapshot | None) -> tuple[list[str], bool]:
    """What changed from ``old`` to ``new``, in words, and whether it is material."""
    if old is None and new is None:
        return [], False
    if old is None:
        return ["new SOP"], True
    if new is None:
        return ["SOP removed"], True
    material: list[str] = []
    wording: list[str] = []
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
        material.append(f"metric changed from '{old.metric}' to '{new.metric}'")
    elif old.metric != new.metric and not material and not bound_changed:
        wording.append("metric reworded")
    if timeframe_changed:
        old_words = _duration(a.duration, old.timeframe)
        new_words = _duration(b.duration, new.timeframe)
        material.append(f"timeframe changed from {old_words} to {new_words}")
    elif old.timeframe != new.timeframe:
        wording.append("timeframe reworded")
    if old.owner != new.owner:
        material.append(f"owner changed from {old.owner or 'none'} to {new.owner or 'none'}")
    if old.touchpoint != new.touchpoint:
        material.append(f"touchpoint changed from {old.touchpoint} to {new.touchpoint}")
    steps_material, steps_wording = _step_changes(old.steps, new.steps)
    material += steps_material
    wording += steps_wording
    if old.title != new.title:
        wording.append(f"title changed to '{new.title}'")
    if old.path != new.path:
        wording.append(f"moved to {new.path}")
    if old.review != new.review and isinstance(new.review, dict) and new.review.get("last"):
        by = f" by {new.review['by']}" if new.review.get("by") else ""
        wording.append(f"reviewed on {new.review['last']}{by}")
    local = _variant_changes(old.variants, new.variants)
    material += local
    if not material and not wording and old.body != new.body:
        wording.append("wording edited")
    return material + wording, bool(material)


def _variant_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Per-location changes: "amsterdam: timeframe changed from 5 ... to 7 working days"."""
    told = []
    for location in sorted(set(old) | set(new), key=str):
        before, after = old.get(location), new.get(location)
        if before == after:
            continue
        if before is None:
            told.append(f"{location}: local variant added")
            continue
        if after is None:
            told.append(f"{location}: local variant removed, the standard applies")
            continue
        if not isinstance(before, dict) or not isinstance(after, dict):
            told.append(f"{location}: local variant changed")
            continue
        for key in sorted(set(before) | set(after), key=str):
            if before.get(key) == after.get(key):
                continue
            if key == "steps":
                told.append(f"{location}: local steps changed")
            elif key not in before:
                told.append(f"{location}: {key} set to {after[key]}")
            elif key not in after:
                told.append(f"{location}: {key} back to the standard")
            else:
                told.append(f"{location}: {key} changed from {before[key]} to {after[key]}")
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
        descriptions, material = describe(old, new)
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
