"""Renamed files and a renamed SOP folder keep their SOPs' history."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from sopkit.config import Settings
from sopkit.history.changes import History, history_from_git
from tests.history.conftest import STEPS, build, commit, git, sop

#: The fixture's history of the call standard, newest first, as the change log tells it.
ANSWER = [
    ("2026-05-01", ("wording edited",)),
    ("2026-04-01", ("step 4 added",)),
    ("2026-03-01", ("target raised from 80% to 90%",)),
    ("2026-01-05", ("new SOP",)),
]
METRIC = "90% of calls answered within 20 seconds"
BODY = (
    "Calls reach us from the main number.\n\n" + STEPS + "4. Close the call with the case number.\n"
)


def history_of(repo: Path, folder: str = "sop") -> History:
    return history_from_git(repo / folder, Settings(root=repo))


def told(history: History, sop_id: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.day.isoformat(), c.descriptions) for c in history.of(sop_id)]


def test_a_file_renamed_in_its_folder_is_a_move(repo: Path) -> None:
    git(repo, "mv", "sop/phone/answer.md", "sop/phone/first-response.md")
    commit(repo, "Rename", {}, "2026-07-01T09:00:00+01:00")
    history = history_of(repo)
    assert told(history, "first-response") == [
        ("2026-07-01", ("moved to phone/first-response.md",)),
        *ANSWER,
    ]
    assert not history.changes[0].material and not history.of("answer")


def test_a_renamed_file_edited_in_the_same_commit_is_one_change(repo: Path) -> None:
    text = sop(metric="95% of calls answered within 20 seconds", body=BODY)
    commit(repo, "Rename and raise", {"sop/phone/answer.md": None, "sop/calls.md": text},
           "2026-07-01T09:00:00+01:00")  # fmt: skip
    [change] = history_of(repo).of("calls")[:1]
    assert change.descriptions == ("target raised from 90% to 95%", "moved to calls.md")
    assert change.material


def test_an_id_freed_by_a_rename_is_another_sops_afterwards(repo: Path) -> None:
    git(repo, "mv", "sop/phone/answer.md", "sop/phone/first-response.md")
    commit(repo, "Rename", {}, "2026-07-01T09:00:00+01:00")
    other = sop(title="Answer the back-office line", metric="80% of calls answered within 60 seconds",
                timeframe="60 seconds", body="## Steps\n\n1. Greet the colleague.\n")  # fmt: skip
    commit(repo, "A new SOP under the old name", {"sop/phone/answer.md": other},
           "2026-08-01T09:00:00+01:00")  # fmt: skip
    history = history_of(repo)
    assert told(history, "answer") == [("2026-08-01", ("new SOP",))]
    assert len(history.of("first-response")) == len(ANSWER) + 1


def test_a_different_sop_added_as_one_is_removed_is_not_a_move(repo: Path) -> None:
    chat = sop(title="Hand a chat over", touchpoint="chat", timeframe="2 minutes",
               metric="95% of chats handed over within 2 minutes",
               body="## Steps\n\n1. Tell the customer who takes over.\n2. Paste the summary.\n")  # fmt: skip
    commit(repo, "Replace the call standard with a chat one", {
        "sop/phone/answer.md": None, "sop/chat/hand-over.md": chat,
    }, "2026-07-01T09:00:00+01:00")  # fmt: skip
    history = history_of(repo)
    assert told(history, "hand-over") == [("2026-07-01", ("new SOP",))]
    assert told(history, "answer")[0] == ("2026-07-01", ("SOP removed",))


def rename_folder(
    repo: Path, old: str, new: str, date: str, files: dict[str, str] | None = None
) -> None:
    """``git mv old new``, ``docs_dir: new`` in mkdocs.yml, and one commit."""
    (repo / new).parent.mkdir(parents=True, exist_ok=True)
    git(repo, "mv", old, new)
    config = (repo / "mkdocs.yml").read_text(encoding="utf-8")
    commit(repo, f"Move the SOPs to {new}/", {
        "mkdocs.yml": config.replace(f"docs_dir: {old}", f"docs_dir: {new}"), **(files or {}),
    }, date)  # fmt: skip


def test_a_renamed_sop_folder_keeps_every_sops_history(repo: Path) -> None:
    before = [(c.day, c.sop_id, c.descriptions) for c in history_of(repo).changes]
    rename_folder(repo, "sop", "kb", "2026-07-01T09:00:00+01:00")
    history = history_of(repo, "kb")
    assert [(c.day, c.sop_id, c.descriptions) for c in history.changes] == before
    rename_folder(repo, "kb", "docs/standards", "2026-08-01T09:00:00+01:00", {
        "docs/standards/phone/answer.md": sop(metric=METRIC, body=BODY.replace("main", "service")),
    })  # fmt: skip
    history = history_of(repo, "docs/standards")
    assert told(history, "answer") == [("2026-08-01", ("wording edited",)), *ANSWER]
    assert len(history.changes) == len(before) + 1


def test_a_renamed_sop_folder_brings_no_new_sops_to_the_site(repo: Path) -> None:
    rename_folder(repo, "sop", "kb", "2026-07-01T09:00:00+01:00")
    done = build(repo, "--strict", env={"SOPKIT_TODAY": "2026-07-02"})
    assert done.returncode == 0, done.stderr
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.parse(repo / "site/changes/feed.xml").getroot()
    titles = [e.find("a:title", ns).text for e in feed.findall("a:entry", ns)]
    assert titles[0] == "Answer emails: SOP removed" and len(titles) == 6
    page = (repo / "site/phone/answer/index.html").read_text(encoding="utf-8")
    assert "step 4 added" in page and "target raised from 80% to 90%" in page
