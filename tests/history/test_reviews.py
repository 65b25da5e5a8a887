"""Review cadence: lint, badges, the reviews page and the home page's share."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sopkit.config import Settings, load_settings
from sopkit.errors import ConfigError
from sopkit.lint.examples import example
from sopkit.review import review_status
from sopkit.sop import load_sop
from tests.conftest import REPO, write_tree

TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize(
    ("review", "state", "severity"),
    [
        ("{last: 2026-10-01, interval: 6 months}", "ok", None),
        ("{last: 2026-06-10, interval: 6 months}", "due-soon", None),
        ("{last: 2026-05-01, interval: 6 months}", "overdue", "warning"),
        ("{last: 2026-03-01, interval: 6 months}", "lapsed", "error"),
        ("{last: 01.05.2026, interval: 1 year}", "ok", None),
        ("{last: 2026-12-01, interval: 1 year}", "future", "warning"),
        ("{last: 2062-11-01, interval: 1 year}", "future", "warning"),
        ("{last: 2026-10-01, interval: 1000 years}", "ok", None),
        ("{last: 2026-10-01, interval: 12000 months}", "ok", None),
    ],
)
def test_review_states_and_lint_severity(lint_tree, tmp_path, review, state, severity) -> None:
    text = example("en", review=review)
    result = lint_tree({"a.md": text}, today=TODAY)
    found = [(f.rule, f.severity) for f in result.findings]
    assert found == ([("SOP401", severity)] if severity else [])
    path = tmp_path / "one.md"
    path.write_text(text)
    assert review_status(load_sop(path, Settings(root=tmp_path, today=TODAY))).state == state


def test_a_review_with_no_cadence_is_never_due_and_says_so(lint_tree) -> None:
    """It was silent, while the reviews page counted it as not within its date."""
    for review in ("{last: 2025-10-01}", "{last: 2062-11-01}"):  # the future date: SOP401 too
        found = lint_tree({"a.md": example("en", review=review)}, today=TODAY).findings
        [finding] = [f for f in found if f.rule == "SOP402"]
        assert (finding.severity, finding.field, finding.line) == ("warning", "review", 8)
        assert "the review has no interval, and no review_interval is configured" in finding.message


def test_configured_interval_and_grace(lint_tree) -> None:
    text = example("en", review="{last: 2025-10-01}")
    result = lint_tree(
        {"a.md": text}, today=TODAY, review_interval="12 months", review_grace="2 months"
    )
    [finding] = result.findings
    assert (finding.rule, finding.severity, finding.field, finding.line) == (
        "SOP401",
        "warning",
        "review",
        8,
    )
    assert "overdue since 2026-10-01" in finding.message


def test_missing_review_date_where_reviews_are_due(lint_tree) -> None:
    result = lint_tree({"a.md": example("en")}, review_interval="12 months")
    assert [f.rule for f in result.findings] == ["SOP402"]


@pytest.mark.parametrize(
    ("review", "words"),
    [("{last: someday}", "not a date"), ("{last: 2026-01-01, interval: often}", "not an interval"),
     ("{last: 2026-01-01, interval: 1001 years}", "not an interval of up to 1000 years"),
     ("{last: 2026-01-01, interval: 12001 months}", "not an interval of up to 1000 years"),
     ("{last: 2026-01-01, when: x}", "unknown key"), ("2026-01-01", "must be a mapping")],
)  # fmt: skip
def test_bad_review_dates_are_errors_with_file_and_line(lint_tree, review: str, words: str) -> None:
    [finding] = lint_tree({"a.md": example("en", review=review)}, today=TODAY).findings
    assert (finding.rule, finding.line, finding.field) == ("SOP005", 8, "review")
    assert words in finding.message


def test_dates_compare_in_the_knowledge_base_time_zone(tmp_path: Path) -> None:
    from zoneinfo import ZoneInfo

    for zone in ("Pacific/Kiritimati", "Pacific/Pago_Pago"):  # UTC+14 and UTC-11
        expected = dt.datetime.now(ZoneInfo(zone)).date()
        assert Settings(root=tmp_path, timezone=zone).current_date() == expected
    write_tree(tmp_path, {"pyproject.toml": "[tool.sopkit]\ntimezone = 'Mars/Olympus'\n"})
    with pytest.raises(ConfigError, match="unknown time zone"):
        load_settings(cwd=tmp_path)


def test_site_shows_badges_reviews_page_and_share(tmp_path: Path) -> None:
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    write_tree(tmp_path, {
        "sop/index.md": "# KB\n",
        "sop/a.md": example("en", title="Fresh", review="{last: 2026-08-01, by: Ann, interval: 6 months}"),
        "sop/b.md": example("de", title="Alt", review="{last: 2026-03-01, by: Bea, interval: 6 months}"),
    })  # fmt: skip
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOPKIT_TODAY": TODAY.isoformat()}
    done = subprocess.run([sys.executable, "-m", "sopkit", "build"], cwd=tmp_path,
                          capture_output=True, text=True, env=env)  # fmt: skip
    assert done.returncode == 1  # the lapsed review is an error: the build stops
    assert "SOP401" in done.stderr
    write_tree(tmp_path, {"pyproject.toml": "[tool.sopkit]\n"})
    env["SOPKIT_TODAY"] = "2026-09-10"  # b is overdue, within the grace period
    done = subprocess.run([sys.executable, "-m", "sopkit", "build"], cwd=tmp_path,
                          capture_output=True, text=True, env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    old = (tmp_path / "site/b/index.html").read_text(encoding="utf-8")
    assert "Überprüfung überfällig seit 1. September 2026" in old
    fresh = (tmp_path / "site/a/index.html").read_text(encoding="utf-8")
    assert "Reviewed 1 August 2026 by Ann · next review by 1 February 2027" in fresh
    reviews = (tmp_path / "site/reviews/index.html").read_text(encoding="utf-8")
    assert "1 of 2 standards (50%)" in reviews and "review overdue" in reviews
    assert "50% (1 of 2)" in (tmp_path / "site/index.html").read_text(encoding="utf-8")
