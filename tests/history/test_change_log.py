"""Change log from real git repositories made in temporary folders."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from sopkit.config import Settings
from sopkit.history.changes import Change, history_from_git, load_history
from sopkit.site.history_pages import HISTORY_LIMIT, OLDER_LIMIT, history_section
from tests.conftest import REPO, write_tree
from tests.history.conftest import ENV, STEPS, build, commit, git, sop


def _built_feeds(repo: Path) -> Callable[[str], list[str]]:
    """A strict build of ``repo``, then the entry titles of its feed ``changes/<name>``."""
    done = build(repo, "--strict", env={"SOPKIT_TODAY": "2026-07-03"})
    assert done.returncode == 0, done.stderr
    ns = {"a": "http://www.w3.org/2005/Atom"}

    def titles(name: str) -> list[str]:
        feed = ET.parse(repo / "site/changes" / name).getroot()
        return [str(e.findtext("a:title", "", ns)) for e in feed.findall("a:entry", ns)]

    return titles


def test_changes_are_described_in_words(repo: Path) -> None:
    history = history_from_git(repo / "sop", Settings(root=repo))
    told = [(c.day.isoformat(), c.sop_id, c.descriptions, c.material) for c in history.changes]
    assert told == [
        ("2026-06-01", "emails", ("SOP removed",), True),
        ("2026-05-01", "answer", ("wording edited",), False),
        ("2026-04-01", "answer", ("step 4 added",), True),
        ("2026-03-01", "answer", ("target raised from 80% to 90%",), True),
        (
            "2026-02-01",
            "emails",
            ("timeframe changed from 3 working days to 2 working days",),
            True,
        ),
        ("2026-01-05", "answer", ("new SOP",), True),
        ("2026-01-05", "emails", ("new SOP",), True),
    ]
    first = history.changes[-1]
    assert (first.author, first.pull_request, first.message) == (
        "Ann Editor", 1, "Add the call and email standards (#1)",
    )  # fmt: skip
    merged = history.changes[2]
    assert (merged.pull_request, merged.message) == (7, "Add a closing step")
    assert [c.day.isoformat() for c in history.of("answer")] == [
        "2026-05-01", "2026-04-01", "2026-03-01", "2026-01-05",
    ]  # fmt: skip


def test_a_moved_file_keeps_its_history(repo: Path) -> None:
    text = (repo / "sop/phone/answer.md").read_text()
    commit(repo, "Move to a calls folder", {"sop/phone/answer.md": None, "sop/calls/answer.md": text},
           "2026-07-01T09:00:00+01:00")  # fmt: skip
    history = history_from_git(repo / "sop", Settings(root=repo))
    assert history.changes[0].descriptions == ("moved to calls/answer.md",)
    assert not history.changes[0].material
    assert len(history.of("answer")) == 5


def test_reworded_and_changed_steps_are_told_apart(repo: Path) -> None:
    body = STEPS.replace("Ask for the customer number.", "Ask for the customer's number.")
    body = body.replace("Note the reason.", "Transfer the call to the billing team.")
    metric = "90% of calls answered within 20 seconds"
    commit(
        repo,
        "Steps",
        {"sop/phone/answer.md": sop(metric=metric, body=body)},
        "2026-07-01T09:00:00+01:00",
    )
    change = history_from_git(repo / "sop", Settings(root=repo)).changes[0]
    assert change.descriptions == ("step 3 changed", "step 4 removed", "step 2 reworded")
    assert change.material
    commit(repo, "Typo", {"sop/phone/answer.md": sop(metric=metric, body=body.replace("billing", "biling"))},
           "2026-07-02T09:00:00+01:00")  # fmt: skip
    typo = history_from_git(repo / "sop", Settings(root=repo)).changes[0]
    assert typo.descriptions == ("step 3 reworded",) and not typo.material


def test_site_shows_change_log_history_and_feed(repo: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "sopkit", "build", "--strict"], cwd=repo,
                          capture_output=True, text=True, env={**ENV, "SOPKIT_TODAY": "2026-07-01"})  # fmt: skip
    assert done.returncode == 0, done.stderr
    changes = (repo / "site/changes/index.html").read_text(encoding="utf-8")
    assert "timeframe changed from 3 working days to 2 working days" in changes
    assert "target raised from 80% to 90%" in changes
    assert "Ann Editor" in changes and "#7" in changes
    assert re.search(r'<a href="[^"]*phone/answer/" lang="en">', changes)  # the SOP's language
    page = (repo / "site/phone/answer/index.html").read_text(encoding="utf-8")
    assert 'id="history"' in page and "step 4 added" in page
    feed = ET.parse(repo / "site/changes/feed.xml").getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [e.find("a:title", ns).text for e in feed.findall("a:entry", ns)]
    assert titles[0] == "Answer emails: SOP removed"
    assert not any("wording edited" in t for t in titles)  # only material changes
    assert len(titles) == 6


def test_shallow_clone_falls_back_to_front_matter_and_says_how_to_fix(
    repo: Path, tmp_path: Path
) -> None:
    text = sop(changes="[{date: 2026-04-01, summary: step 4 added, author: Ann}]")
    commit(
        repo, "Record changes by hand", {"sop/phone/answer.md": text}, "2026-07-01T09:00:00+01:00"
    )
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo}", str(shallow))
    history = load_history(shallow / "sop", [], Settings(root=shallow))
    assert history.shallow and "git fetch --unshallow" in (history.problem or "")
    assert "fetch-depth: 0" in (history.problem or "")
    done = subprocess.run([sys.executable, "-m", "sopkit", "build"], cwd=shallow,
                          capture_output=True, text=True, env=ENV)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "shallow clone" in done.stderr
    page = (shallow / "site/changes/index.html").read_text(encoding="utf-8")
    assert "step 4 added" in page and "from the" in page


def test_outside_git_the_front_matter_changes_are_used(tmp_path: Path) -> None:
    write_tree(tmp_path, {"sop/a.md": sop(changes="[{date: 2026-02-01, summary: target raised}]")})
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    done = subprocess.run([sys.executable, "-m", "sopkit", "build", "--strict"], cwd=tmp_path,
                          capture_output=True, text=True, env=ENV)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "target raised" in (tmp_path / "site/changes/index.html").read_text(encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=tmp_path,
                          capture_output=True, text=True, env=ENV)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "lists, not git: no git repository here" in done.stderr
    assert "fatal" not in done.stderr  # git's own words were logged


@pytest.mark.parametrize(
    ("value", "words"),
    [("[{date: 2026-13-45, summary: x}]", "invalid YAML"), ("[{date: soon, summary: x}]", "not a date"),
     ("[{summary: x}]", "needs 'date' and 'summary'"), ("yes", "must be a list")],
)  # fmt: skip
def test_bad_changes_lists_are_errors_with_line(lint_tree, value: str, words: str) -> None:
    result = lint_tree({"a.md": sop(changes=value)})
    [finding] = [f for f in result.findings if f.rule in ("SOP003", "SOP005")]
    assert words in finding.message
    assert finding.line in (2, 8)


def test_changes_per_location_and_location_feeds(repo: Path) -> None:
    registry = ("locations:\n  - {id: london, name: London}\n"
                "  - {id: amsterdam, name: Amsterdam, lang: nl}\n")  # fmt: skip
    metric = "90% of calls answered within 20 seconds"
    body = STEPS + "4. Close the call with the case number.\n"
    variant = (
        "{amsterdam: {timeframe: 30 seconds, metric: 90% of calls answered within 30 seconds}}"
    )
    commit(repo, "Amsterdam answers within 30 seconds (#9)", {
        "sop/locations.yml": registry,
        "sop/phone/answer.md": sop(metric=metric, body=body, variants=variant),
    }, "2026-07-01T09:00:00+01:00")  # fmt: skip
    history = history_from_git(repo / "sop", Settings(root=repo))
    change = history.changes[0]
    assert change.descriptions == ("amsterdam: local variant added",)
    assert change.locations == ("amsterdam",) and not change.general
    assert change.affects("amsterdam", True) and not change.affects("london", True)
    variant = variant.replace("30 seconds", "45 seconds")
    commit(repo, "Amsterdam: 45 seconds", {"sop/phone/answer.md": sop(metric=metric, body=body, variants=variant)},
           "2026-07-02T09:00:00+01:00")  # fmt: skip
    history = history_from_git(repo / "sop", Settings(root=repo))
    assert history.changes[0].descriptions == (
        "amsterdam: metric changed from 90% of calls answered within 30 seconds to "
        "90% of calls answered within 45 seconds",
        "amsterdam: timeframe changed from 30 seconds to 45 seconds",
    )
    titles = _built_feeds(repo)
    # the site names the location as locations.yml does, not by its id
    assert any("Amsterdam: timeframe changed" in t for t in titles("amsterdam.xml"))
    assert not any("amsterdam:" in t.lower() for t in titles("london.xml"))
    assert any("target raised from 80% to 90%" in t for t in titles("london.xml"))  # the standard
    # a feed reader has no location stored: Amsterdam's entries open Amsterdam's version
    ns = {"a": "http://www.w3.org/2005/Atom"}
    links = {
        name: [e.find("a:link", ns).get("href") for e in ET.parse(repo / "site/changes" / name)
               .getroot().findall("a:entry", ns) if "answer" in str(e.findtext("a:id", "", ns))]
        for name in ("amsterdam.xml", "london.xml", "feed.xml")
    }  # fmt: skip
    assert links["amsterdam.xml"] and set(links["amsterdam.xml"]) == {
        "../locations/amsterdam/answer/"
    }
    assert set(links["london.xml"]) == set(links["feed.xml"]) == {"../phone/answer/"}


def test_a_change_a_location_overrides_is_not_that_location_s(repo: Path) -> None:
    """Amsterdam keeps its own timeframe and its own step 2: its feed told it the
    standard's timeframe changed ("from 5 to 4 working days") though its staff never
    saw that; a change of a field it does not override still reaches it."""
    registry = ("locations:\n  - {id: london, name: London}\n"
                "  - {id: amsterdam, name: Amsterdam, lang: nl}\n")  # fmt: skip
    variant = "{amsterdam: {timeframe: 30 seconds, steps: {2: Ask for the postcode.}}}"

    def version(timeframe: str, metric: str, step: str) -> str:
        body = STEPS.replace("Ask for the customer number.", step)
        return sop(metric=metric, timeframe=timeframe, body=body, variants=variant)

    metric = "90% of calls answered within 20 seconds"
    commit(repo, "Amsterdam: 30 seconds", {
        "sop/locations.yml": registry,
        "sop/phone/answer.md": version("20 seconds", metric, "Ask for the customer number."),
    }, "2026-07-01T09:00:00+01:00")  # fmt: skip
    commit(repo, "15 seconds", {"sop/phone/answer.md": version(
        "15 seconds", metric.replace("20", "15"), "Ask for the customer number.")},
        "2026-07-02T09:00:00+01:00")  # fmt: skip
    commit(repo, "Ask for the account number", {"sop/phone/answer.md": version(
        "15 seconds", metric.replace("20", "15"), "Ask for the account number, please.")},
        "2026-07-03T09:00:00+01:00")  # fmt: skip
    commit(repo, "95%", {"sop/phone/answer.md": version(
        "15 seconds", "95% of calls answered within 15 seconds",
        "Ask for the account number, please.")}, "2026-07-04T09:00:00+01:00")  # fmt: skip
    changes = history_from_git(repo / "sop", Settings(root=repo)).changes
    raised, step, timeframe = changes[0], changes[1], changes[2]
    assert timeframe.descriptions == ("timeframe changed from 20 seconds to 15 seconds",)
    assert not timeframe.affects("amsterdam", True) and timeframe.affects("london", True)
    assert not step.affects("amsterdam", True) and step.affects("london", True)
    # the metric is the standard's at Amsterdam too: the raised target reaches it
    assert raised.affects("amsterdam", True) and raised.affects("london", True)


@pytest.mark.parametrize(
    ("lang", "title", "for_location"),
    [("en", "KB: changes to standards", "KB: changes for Köln"),
     ("de", "KB: Änderungen an Standards", "KB: Änderungen für Köln"),
     ("nl", "KB: wijzigingen in standaarden", "KB: wijzigingen voor Köln")],
)  # fmt: skip
def test_feed_titles_are_in_the_sites_language(
    tmp_path: Path, lang: str, title: str, for_location: str
) -> None:
    from sopkit.lint.files import read_file
    from sopkit.locations import load_registry
    from sopkit.site.pages import KnowledgeBasePages

    write_tree(tmp_path, {
        "sop/a.md": sop(changes="[{date: 2026-02-01, summary: target raised}]"),
        "sop/locations.yml": "locations:\n  - {id: koeln, name: Köln, lang: de}\n",
    })  # fmt: skip
    settings = Settings(root=tmp_path)
    sops = [read_file(tmp_path / "sop/a.md", settings, tmp_path)]
    history = load_history(tmp_path / "sop", sops, settings)
    pages = KnowledgeBasePages(
        sops, tmp_path / "sop", "KB", history=history,
        registry=load_registry(tmp_path / "sop"), site_lang=lang,
    ).pages()  # fmt: skip
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.fromstring(pages["changes/feed.xml"].encode("utf-8"))
    assert feed.find("a:title", ns).text == title
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    local = ET.fromstring(pages["changes/koeln.xml"].encode("utf-8"))
    assert local.find("a:title", ns).text == for_location


METRIC = "90% of calls answered within 20 seconds"
BODY = (
    "Calls reach us from the main number.\n\n" + STEPS + "4. Close the call with the case number.\n"
)


@pytest.mark.parametrize(
    "broken",
    [sop(metric=METRIC, body=BODY).replace("title: ", "title: [broken ", 1),  # YAML error
     sop(metric=METRIC, body=BODY).encode() + b"\xe9",  # not UTF-8
     sop(metric=METRIC, body=BODY).replace("\n---\n", "\n", 1),  # front matter never closed
     # larger than max_file_size: every build read it whole (3.3 GB for 192 MB)
     sop(metric=METRIC, body=BODY) + "Filler words for a file committed by mistake.\n" * 25_000],
    ids=["yaml", "utf-8", "unclosed", "too-large"],
)  # fmt: skip
def test_a_version_that_cannot_be_read_is_skipped(repo: Path, broken: str | bytes) -> None:
    before = history_from_git(repo / "sop", Settings(root=repo)).changes
    commit(repo, "Slip", {"sop/phone/answer.md": broken}, "2026-07-01T09:00:00+01:00")
    commit(repo, "Fix the slip", {"sop/phone/answer.md": sop(metric=METRIC, body=BODY)},
           "2026-07-02T09:00:00+01:00")  # fmt: skip
    assert history_from_git(repo / "sop", Settings(root=repo)).changes == before
    commit(repo, "Slip again", {"sop/phone/answer.md": broken}, "2026-07-03T09:00:00+01:00")
    raised = sop(metric="95% of calls answered within 20 seconds", body=BODY)
    commit(repo, "Fix and raise", {"sop/phone/answer.md": raised}, "2026-07-04T09:00:00+01:00")
    change = history_from_git(repo / "sop", Settings(root=repo)).changes[0]
    assert (change.day.isoformat(), change.descriptions) == (
        "2026-07-04", ("target raised from 90% to 95%",),
    )  # fmt: skip


def test_a_value_that_is_gone_is_none_in_words_never_python_none() -> None:
    from sopkit.history.changes import Phrase, Touchpoint

    gone = Phrase("touchpoint_changed", (Touchpoint("chat"), Touchpoint(None)))
    assert [gone.text(lang) for lang in ("en", "de", "nl")] == [
        "touchpoint changed from chat to none", "Kontaktweg geändert: vorher Chat, jetzt keine",
        "kanaal gewijzigd van Chat naar geen",
    ]  # fmt: skip


def test_a_missing_metric_or_touchpoint_and_a_null_local_value_read_none(repo: Path) -> None:
    from sopkit.lint.examples import DROP, example

    variant = "{amsterdam: {timeframe: 30 seconds}}"
    commit(repo, "Amsterdam answers within 30 seconds", {
        "sop/locations.yml": "locations:\n  - {id: amsterdam, name: Amsterdam, lang: nl}\n",
        "sop/phone/answer.md": sop(metric=METRIC, body=BODY, variants=variant),
    }, "2026-07-01T09:00:00+01:00")  # fmt: skip
    variant = "{amsterdam: {timeframe: null}}"
    gone = example("en", metric=DROP, touchpoint=DROP, body=BODY, variants=variant)
    commit(repo, "No metric, no touchpoint, a null local value", {"sop/phone/answer.md": gone},
           "2026-07-02T09:00:00+01:00")  # fmt: skip
    change = history_from_git(repo / "sop", Settings(root=repo)).changes[0]
    assert "None" not in "; ".join(change.descriptions)
    assert change.descriptions == (
        "target changed from 90% to none",
        "metric changed from '90% of calls answered within 20 seconds' to 'none'",
        "touchpoint changed from phone to none",
        "amsterdam: timeframe changed from 30 seconds to none",
    )


def test_limiting_an_sop_to_some_locations_reaches_the_others(repo: Path) -> None:
    registry = "locations:\n  - {id: london, name: London}\n  - {id: amsterdam, name: Amsterdam}\n"
    commit(repo, "Locations", {"sop/locations.yml": registry}, "2026-07-01T09:00:00+01:00")
    commit(repo, "Only London answers this way", {
        "sop/phone/answer.md": sop(metric=METRIC, body=BODY, locations="[london]"),
    }, "2026-07-02T09:00:00+01:00")  # fmt: skip
    change = history_from_git(repo / "sop", Settings(root=repo)).changes[0]
    assert change.descriptions == ("now applies only at london",) and change.material
    assert change.affects("amsterdam", applies=False)  # where it no longer applies
    assert not change.affects("london", applies=True)  # nothing changed for London
    titles = _built_feeds(repo)
    assert titles("amsterdam.xml")[0].endswith(": now applies only at London")
    assert not any("now applies" in title for title in titles("london.xml"))
    assert "now applies only at London" in (repo / "site/changes/index.html").read_text("utf-8")
    commit(repo, "Everywhere again", {"sop/phone/answer.md": sop(metric=METRIC, body=BODY)},
           "2026-07-04T09:00:00+01:00")  # fmt: skip
    change = history_from_git(repo / "sop", Settings(root=repo)).changes[0]
    assert change.descriptions == ("now applies at every location",)
    assert change.affects("amsterdam", applies=True) and not change.affects("london", True)


def test_tags_and_language_are_told_as_wording(repo: Path) -> None:
    commit(repo, "Tags", {"sop/phone/answer.md": sop(metric=METRIC, body=BODY, tags="[billing, calls]")},
           "2026-07-01T09:00:00+01:00")  # fmt: skip
    commit(repo, "Language", {"sop/phone/answer.md": sop(metric=METRIC, body=BODY, lang="nl")},
           "2026-07-02T09:00:00+01:00")  # fmt: skip
    language, tags = history_from_git(repo / "sop", Settings(root=repo)).changes[:2]
    assert (tags.descriptions, tags.material) == (("tags changed to billing, calls",), False)
    assert "tags removed" in language.descriptions
    assert "language changed from en to nl" in language.descriptions
    assert language.phrases[-1].text("de") == "Sprache geändert: vorher en, jetzt nl"


def test_a_long_list_of_steps_is_compared_in_bounded_work() -> None:
    """Comparing 30,000 steps one by one took 74 s and 1.1 GB per commit: the steps the
    same at both ends are skipped, and a changed stretch over 1,000 steps is one range."""
    from sopkit.history.changes import MAX_COMPARED_STEPS, Phrase, _step_changes

    old = tuple("answer call a" for _ in range(5_000))
    new = tuple("answer call b" for _ in range(5_000))
    assert _step_changes(old, new) == ([Phrase("steps_changed", ("1–5000",))], [])
    assert Phrase("steps_changed", ("1–5000",)).text("de") == "Schritte 1–5000 geändert"
    many = tuple(f"step number {n} of the long procedure" for n in range(3_000))
    edited = (*many[:1_499], "wholly different words here", *many[1_500:])
    assert _step_changes(many, edited) == ([Phrase("step_changed", (1_500,))], [])
    assert _step_changes(many, many[:2_000]) == ([Phrase("steps_removed", ("2001–3000",))], [])
    assert len(many) > MAX_COMPARED_STEPS
    added = _step_changes(("a",) * 5, ("a",) * 5 + tuple(f"new {n}" for n in range(1_200)))
    assert added == ([Phrase("steps_added", ("6–1205",))], [])  # not "changed"


def _changes(count: int) -> list[Change]:
    return [
        Change("answer", "Answer calls", "phone/answer.md", dt.date(2026, 1, 1) + dt.timedelta(days=n),
               (f"step {n} reworded",), material=n % 2 == 0)
        for n in range(count)
    ][::-1]  # fmt: skip


def test_an_sop_page_holds_its_older_changes_itself() -> None:
    """ "213 older changes in the change log" linked to a log that lists only the knowledge
    base's 500 newest: the older ones were nowhere on the site."""
    few = history_section(_changes(HISTORY_LIMIT), "en", None)
    assert few.count("<li>") == HISTORY_LIMIT and "<details>" not in few
    some = history_section(_changes(HISTORY_LIMIT + 5), "en", None)
    assert "<details><summary>5 older changes</summary>" in some
    assert "step 0 reworded" in some and some.count("<li>") == HISTORY_LIMIT + 6
    assert 'href="' not in some and "change log" not in some
    many = history_section(_changes(HISTORY_LIMIT + OLDER_LIMIT + 7), "de", None)
    assert many.count("<li>") == HISTORY_LIMIT + 1 + OLDER_LIMIT + 1
    assert "7 noch ältere, nur in der Git-Historie des Repositorys" in many
    assert "step 7 reworded" in many and "step 6 reworded" not in many
