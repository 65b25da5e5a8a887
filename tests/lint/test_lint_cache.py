"""The lint cache never changes a result.

For each input that can change a file's findings, a run that reuses the results of
an earlier run (a warm cache) after the change reports exactly what a run without a
cache reports (the JSON report, byte for byte), and the change did change the report,
so that the comparison means something.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import sopkit.lint.cache as lint_cache
import sopkit.lint.engine as engine
from sopkit.config import Settings
from sopkit.lint import LintResult, lint_paths
from sopkit.lint.examples import example
from sopkit.lint.files import ReadAlready, collect_files, read_files_once, with_locations
from sopkit.lint.registry import Rule
from sopkit.lint.report import FORMATTERS
from tests.conftest import write_tree

REVIEWED = "{last: 2024-01-15, by: Contact Centre Lead, interval: 12 months}"
_INI = (
    "StylesPath = styles\nMinAlertLevel = suggestion\nVocab = Team\n\n"
    "[*.md]\nBasedOnStyles = Vale, Team\n"
    "Vale.Spelling = NO\nVale.Repetition = NO\nVale.Terms = NO\n"
)
_AVOID = """extends: existence
message: "Avoid '%s'."
level: warning
ignorecase: true
tokens:
  - kindly
"""
_HEADINGS = """extends: capitalization
message: "'%s' should use sentence-style capitalization."
level: warning
scope: heading
match: $sentence
"""
_LOCATIONS = """locations:
  - {id: london, name: London, lang: en, timezone: Europe/London}
  - {id: amsterdam, name: Amsterdam, lang: nl, timezone: Europe/Amsterdam}
"""
_VARIANT = (
    "\n  amsterdam:\n    timeframe: 30 seconds\n    metric: 80% of calls answered within 30 seconds"
)


def _project(root: Path) -> Path:
    """A knowledge base that exercises every kind of input and the rules across files."""
    write_tree(
        root,
        {
            ".vale.ini": _INI,
            "styles/Team/Avoid.yml": _AVOID,
            "styles/Team/Headings.yml": _HEADINGS,
            "styles/config/vocabularies/Team/accept.txt": "CRM\n",
            "styles/config/vocabularies/Team/reject.txt": "hotline\n",
            "sop/locations.yml": _LOCATIONS,
            "sop/index.md": "# Service standards\n\nKindly read the standards.\n",
            "sop/phone/answer.md": example("en", review=REVIEWED, variants=_VARIANT),
            "sop/phone/callback.md": example(
                "en",
                title="Call back",
                body="## Steps\n\n1. Call the customer back on the hotline.\n"
                "2. Kindly note the outcome in the CRM.\n",
            ),
            # Two files with one id (SOP008, a rule across files, which no directive
            # silences); a finding of the file's own silenced by a directive in it.
            "sop/chat/answer.md": example("en", touchpoint="chat"),
            "sop/email/answer.md": example(
                "en", touchpoint="email", body="## Steps\n\n1. Call the customer on the hotline.\n"
            )
            + "\n<!-- sopkit-ignore-file SOP306: the email copy is retired next week -->\n",
            "sop/de/anrufe.md": example("de", review=REVIEWED),
            "sop/nl/gesprekken.md": example("nl"),
        },
    )
    return root


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOPKIT_TODAY", "2024-06-01")
    return _project(tmp_path / "kb")


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def _lint(
    project: Path, cache: Path | None, settings: Settings | None = None, **options: object
) -> LintResult:
    settings = settings or Settings(root=project)
    return lint_paths([project / "sop"], settings, jobs=1, cwd=project, cache=cache, **options)  # type: ignore[arg-type]


def _report(result: LintResult) -> str:
    return FORMATTERS["json"](result)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Path]]:
    """The files lint reads and checks (a cached file is not read)."""
    seen: list[Path] = []
    read = engine.read_file

    def counting(path: Path, settings: Settings, cwd: Path, shown: str | None = None) -> object:
        seen.append(path)
        return read(path, settings, cwd, shown)

    monkeypatch.setattr(engine, "read_file", counting)
    yield seen


def _agree_after(
    project: Path,
    cache_dir: Path,
    change: Callable[[], None],
    settings: Callable[[], Settings] | None = None,
) -> str:
    """Warm the cache, make ``change``, then compare cached and uncached runs."""
    make = settings or (lambda: Settings(root=project))
    before = _report(_lint(project, cache_dir, make()))
    assert _report(_lint(project, cache_dir, make())) == before  # warm, unchanged
    change()
    cached = _report(_lint(project, cache_dir, make()))
    uncached = _report(_lint(project, None, make()))
    assert cached == uncached
    assert cached != before, "the change should have changed the report"
    return cached


def _database(cache_dir: Path) -> Path:
    """The entries' database of the one fingerprint folder a run made."""
    (folder,) = (p for p in cache_dir.iterdir() if p.is_dir())
    return folder / "entries.sqlite3"


def _rows(cache_dir: Path) -> list[tuple[str, int, bytes, bytes]]:
    """Every entry as stored: ``(digest, used, head, sop)``, by digest."""
    with contextlib.closing(sqlite3.connect(_database(cache_dir))) as database:
        return database.execute("SELECT digest, used, head, sop FROM entries ORDER BY 1").fetchall()


def _rewrite(cache_dir: Path, rows: list[tuple[str, int, bytes, bytes]]) -> None:
    """Store ``rows`` in place of the entries of the same digests."""
    with contextlib.closing(sqlite3.connect(_database(cache_dir))) as database, database:
        database.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)", rows)


def _edit(path: Path, old: str, new: str) -> Callable[[], None]:
    def change() -> None:
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new), encoding="utf-8")

    return change


def test_a_warm_run_reads_no_file_and_reports_what_a_cold_run_reports(
    project: Path, cache_dir: Path, reads: list[Path]
) -> None:
    uncached = _report(_lint(project, None))
    assert '"SOP008"' in uncached and '"SOP308"' in uncached  # rules across files run
    assert '"suppressed": "the email copy' in uncached  # ... silenced by a cached directive
    reads.clear()
    cold = _report(_lint(project, cache_dir))
    assert len(reads) == 7
    reads.clear()
    warm = _report(_lint(project, cache_dir))
    assert reads == []
    assert cold == warm == uncached


def test_editing_a_file_rechecks_that_file_only(
    project: Path, cache_dir: Path, reads: list[Path]
) -> None:
    callback = project / "sop/phone/callback.md"
    _lint(project, cache_dir)
    reads.clear()
    _edit(callback, "Call the customer back", "Call the customer back as soon as possible")()
    cached = _report(_lint(project, cache_dir))
    assert reads == [callback]
    assert cached == _report(_lint(project, None))


def test_a_file_edit(project: Path, cache_dir: Path) -> None:
    path = project / "sop/nl/gesprekken.md"
    _agree_after(project, cache_dir, _edit(path, "binnen 20 seconden", "snel"))


def test_an_id_change_across_files(project: Path, cache_dir: Path) -> None:
    """A rule across files (SOP008) sees the edited file's new id and the others' old ones."""
    path = project / "sop/email/answer.md"
    report = _agree_after(
        project, cache_dir, _edit(path, "touchpoint: email", "id: other\ntouchpoint: email")
    )
    assert "email/answer.md" not in report.split('"SOP008"')[0].rsplit("{", 1)[-1]


def test_renaming_a_file(project: Path, cache_dir: Path) -> None:
    old = project / "sop/email/answer.md"
    _agree_after(project, cache_dir, lambda: old.rename(old.with_name("answer-emails.md")))


def test_a_severity_setting(project: Path, cache_dir: Path) -> None:
    rules: dict[str, str] = {}
    _agree_after(
        project,
        cache_dir,
        lambda: rules.update({"SOP300": "error", "SOP008": "off"}),
        lambda: Settings(root=project, rules=dict(rules)),
    )


def test_a_vague_terms_setting(project: Path, cache_dir: Path) -> None:
    terms: dict[str, tuple[str, ...]] = {}
    _agree_after(
        project,
        cache_dir,
        lambda: terms.update({"*": ("calls answered",)}),
        lambda: Settings(root=project, vague_terms=dict(terms)),
    )


def test_the_locations_registry(project: Path, cache_dir: Path) -> None:
    """Amsterdam leaves the registry: its variant is no longer valid (SOP502)."""
    registry = project / "sop/locations.yml"
    _agree_after(project, cache_dir, _edit(registry, _LOCATIONS.splitlines()[-1], ""))


def test_a_broken_locations_registry(project: Path, cache_dir: Path) -> None:
    registry = project / "sop/locations.yml"
    _agree_after(project, cache_dir, _edit(registry, "name: London, ", ""))


def test_a_folder_in_place_of_the_locations_registry(project: Path, cache_dir: Path) -> None:
    """A folder named locations.yml is a broken registry, not a missing one."""
    registry = project / "sop/locations.yml"
    registry.unlink()
    _agree_after(project, cache_dir, registry.mkdir)


def test_the_vocabulary(project: Path, cache_dir: Path) -> None:
    reject = project / "styles/config/vocabularies/Team/reject.txt"
    _agree_after(project, cache_dir, _edit(reject, "hotline\n", "hotline\ncustomer number\n"))


def test_a_style_rule(project: Path, cache_dir: Path) -> None:
    avoid = project / "styles/Team/Avoid.yml"
    _agree_after(project, cache_dir, _edit(avoid, "  - kindly\n", "  - kindly\n  - outcome\n"))


def test_the_vale_ini(project: Path, cache_dir: Path) -> None:
    ini = project / ".vale.ini"
    _agree_after(
        project,
        cache_dir,
        _edit(ini, "Vale.Terms = NO\n", "Vale.Terms = NO\nTeam.Avoid = NO\n"),
    )


def test_today_across_a_review_due_date(
    project: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch, reads: list[Path]
) -> None:
    """Past the due date (2025-01-15) the review is overdue; only reviewed SOPs are read."""
    report = _agree_after(
        project, cache_dir, lambda: monkeypatch.setenv("SOPKIT_TODAY", "2025-01-20")
    )
    assert '"SOP401"' in report
    reads.clear()
    monkeypatch.setenv("SOPKIT_TODAY", "2025-01-21")
    _lint(project, cache_dir)
    reviewed = {project / "sop/phone/answer.md", project / "sop/de/anrufe.md"}
    assert set(reads) == reviewed


def test_the_time_zone_setting(project: Path, cache_dir: Path) -> None:
    """Today is the knowledge base's date: a setting, so a folder of its own."""
    _lint(project, cache_dir)
    other = Settings(root=project, timezone="Pacific/Kiritimati")
    assert _report(_lint(project, cache_dir, other)) == _report(_lint(project, None, other))


def test_a_new_sopkit_version(
    project: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rule that changed in a new version (here: SOP300's messages) is rechecked."""
    import sopkit.lint.rules as rules
    from sopkit.lint.finding import Problem
    from sopkit.sop import Sop

    def reworded(rule: Rule) -> Rule:
        check = rule.check
        assert check is not None

        def new_check(sop: Sop) -> Iterator[Problem]:
            for problem in check(sop):
                yield dataclasses.replace(problem, message=problem.message + " (new wording)")

        return dataclasses.replace(rule, check=new_check)

    def upgrade() -> None:
        changed = tuple(reworded(r) if r.code == "SOP300" else r for r in rules.RULES)
        monkeypatch.setattr(rules, "RULES", changed)
        monkeypatch.setattr(lint_cache, "__version__", "99.0.0")
        lint_cache.source_fingerprint.cache_clear()

    try:
        assert "(new wording)" in _agree_after(project, cache_dir, upgrade)
    finally:
        lint_cache.source_fingerprint.cache_clear()


def test_editing_sopkit_itself_makes_a_new_fingerprint(tmp_path: Path) -> None:
    package = write_tree(
        tmp_path / "sopkit", {"lint/rules/sop101.py": "A = 1\n", "styles/SOP/x.yml": "a: 1\n"}
    )
    first = lint_cache.package_fingerprint(package)
    assert lint_cache.package_fingerprint(package) == first
    rule = package / "lint/rules/sop101.py"
    rule.write_text("A = 2\n", encoding="utf-8")
    os.utime(rule, ns=(1, 1))
    second = lint_cache.package_fingerprint(package)
    assert second != first
    (package / "styles/SOP/x.yml").write_text("a: 22\n", encoding="utf-8")
    assert lint_cache.package_fingerprint(package) != second
    os.utime(rule, ns=(1, 1))
    before = rule.stat()
    rule.write_text("A = 3\n", encoding="utf-8")  # same size, same time
    os.utime(rule, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert lint_cache.package_fingerprint(package) != second


def test_installing_the_same_sopkit_again_keeps_the_fingerprint(tmp_path: Path) -> None:
    """A CI job installs sopkit at every run: new file times, and the results still count."""
    package = write_tree(
        tmp_path / "one" / "sopkit",
        {"lint/rules/sop101.py": "A = 1\n", "styles/SOP/x.yml": "a: 1\n"},
    )
    for path in package.rglob("*"):
        os.utime(path, ns=(1, 1))
    reinstalled = tmp_path / "two" / "sopkit"
    shutil.copytree(package, reinstalled, copy_function=shutil.copy)  # today's times
    assert (reinstalled / "lint/rules/sop101.py").stat().st_mtime_ns != 1
    assert lint_cache.package_fingerprint(reinstalled) == lint_cache.package_fingerprint(package)


def test_the_settings_fingerprint_ignores_the_order_of_mappings(tmp_path: Path) -> None:
    one = Settings(root=tmp_path, rules={"SOP101": "off", "SOP102": "info"})
    two = Settings(root=tmp_path, rules={"SOP102": "info", "SOP101": "off"})
    three = Settings(root=tmp_path, rules={"SOP102": "info", "SOP101": "warning"})
    assert lint_cache.fingerprint(one, False) == lint_cache.fingerprint(two, False)
    assert lint_cache.fingerprint(one, False) != lint_cache.fingerprint(three, False)
    assert lint_cache.fingerprint(one, False) != lint_cache.fingerprint(one, True)


def test_prose_only_runs_keep_their_own_results(project: Path, cache_dir: Path) -> None:
    full = _report(_lint(project, cache_dir))
    prose = _report(_lint(project, cache_dir, prose_only=True))
    assert prose == _report(_lint(project, None, prose_only=True)) != full
    assert _report(_lint(project, cache_dir)) == full


@pytest.mark.parametrize("damage", [b"", b"garbage", b"\x80\x05K\x01."])
def test_a_damaged_entry_is_checked_again(project: Path, cache_dir: Path, damage: bytes) -> None:
    cold = _report(_lint(project, cache_dir))
    rows = _rows(cache_dir)
    assert len(rows) == 7
    _rewrite(cache_dir, [(d, used, damage or head[:40], sop) for d, used, head, sop in rows])
    assert _report(_lint(project, cache_dir)) == cold
    assert all(len(head) > 100 for _, _, head, _ in _rows(cache_dir))  # written again
    assert _report(_lint(project, cache_dir)) == cold


@pytest.mark.parametrize("damage", ["garbage", "truncated", "overwritten"])
def test_a_damaged_database_is_made_anew(
    project: Path, cache_dir: Path, damage: str, reads: list[Path]
) -> None:
    """A database that is not one (or no longer) costs one run its results, not more."""
    cold = _report(_lint(project, cache_dir))
    database = _database(cache_dir)
    data = database.read_bytes()
    if damage == "garbage":
        database.write_bytes(b"not a database" * 1000)
    elif damage == "truncated":
        database.write_bytes(data[: len(data) // 2])
    else:  # the pages that hold the table's rows
        database.write_bytes(data[:4096] + b"\xff" * (len(data) - 4096))
    assert _report(_lint(project, cache_dir)) == cold
    assert _report(_lint(project, cache_dir)) == cold
    assert len(_rows(cache_dir)) == 7
    reads.clear()
    assert _report(_lint(project, cache_dir)) == cold
    assert reads == []  # the results are kept again


@pytest.mark.parametrize(
    "change",
    [{"record": None}, {"findings": "x"}, {"suppressions": [None]}, {"day": 5},
     {"findings": [None]}],
)  # fmt: skip
def test_an_entry_of_the_right_shape_with_wrong_types_is_checked_again(
    project: Path, cache_dir: Path, change: dict[str, object]
) -> None:
    """Unpickled into an Entry whose record was None, every later run stopped with
    "sopkit failed unexpectedly" (exit 3) until the cache was deleted."""
    import pickle

    cold = _report(_lint(project, cache_dir))
    rows = []
    for digest, used, head, sop in _rows(cache_dir):
        version, kept_digest, entry = pickle.loads(head)
        damaged = dataclasses.replace(entry, **change)
        if change == {"findings": [None]}:
            damaged.findings = [None, *entry.findings]
        rows.append((digest, used, pickle.dumps((version, kept_digest, damaged)), sop))
    _rewrite(cache_dir, rows)
    assert _report(_lint(project, cache_dir)) == cold


class _Runs:
    """Unpickled, it would run a command: what a poisoned cache entry does."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        import os

        return os.system, (f"touch {self.marker}",)


def test_an_entry_that_would_run_code_is_not_unpickled(
    project: Path, cache_dir: Path, tmp_path: Path
) -> None:
    """Only sopkit's records, dates and paths are rebuilt from the cache."""
    import pickle

    cold = _report(_lint(project, cache_dir))
    marker = tmp_path / "ran"
    poisoned = pickle.dumps(_Runs(marker))
    _rewrite(cache_dir, [(d, used, poisoned, poisoned) for d, used, _, _ in _rows(cache_dir)])
    assert _report(_lint(project, cache_dir, keep_sops=True)) == cold
    _rewrite(cache_dir, [(d, used, head, poisoned) for d, used, head, _ in _rows(cache_dir)])
    assert _report(_lint(project, cache_dir, keep_sops=True)) == cold
    assert not marker.exists()


def test_an_entry_of_another_file_is_not_used(project: Path, cache_dir: Path) -> None:
    cold = _report(_lint(project, cache_dir))
    (_, _, head, sop), *others = _rows(cache_dir)
    _rewrite(cache_dir, [(digest, used, head, sop) for digest, used, _, _ in others])
    assert _report(_lint(project, cache_dir)) == cold


def test_a_folder_that_cannot_be_made_turns_the_cache_off(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go\n", encoding="utf-8")
    uncached = _report(_lint(project, None))
    assert _report(_lint(project, blocker / "lint")) == uncached
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and "lint results are not cached" in lines[0]


def test_a_folder_that_cannot_be_written_turns_the_cache_off(
    project: Path,
    cache_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Writing fails after the folder was made (a full disk): one line, same result."""
    uncached = _report(_lint(project, None))

    def full(*args: object, **kwargs: object) -> object:
        raise OSError(28, "No space left on device")

    store = lint_cache.LintCache.open(cache_dir, Settings(root=project))
    assert store is not None
    store.close()
    monkeypatch.setattr(lint_cache.EntryStore, "flush", full)
    assert _report(_lint(project, cache_dir)) == uncached
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and "No space left on device" in lines[0]


def test_the_cache_is_never_kept_in_the_sop_folder(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    uncached = _report(_lint(project, None))
    assert _report(_lint(project, project / "sop/.cache")) == uncached
    assert not (project / "sop/.cache").exists()
    assert "inside the SOP folder" in capsys.readouterr().err


def test_a_file_changed_while_it_is_checked_is_not_kept(
    project: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = project / "sop/nl/gesprekken.md"
    check = engine.check_sop

    def editing(sop: object, *args: object, **kwargs: object) -> object:
        if getattr(sop, "path", None) == path:
            path.write_text(path.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
        return check(sop, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "check_sop", editing)
    _lint(project, cache_dir)
    monkeypatch.setattr(engine, "check_sop", check)
    assert _report(_lint(project, cache_dir)) == _report(_lint(project, None))


def test_parsed_sops_come_back_as_they_were_read(project: Path, cache_dir: Path) -> None:
    """A site build takes the SOPs from the cache: the same text, fields and standard."""

    def shape(result: LintResult) -> list[tuple[object, ...]]:
        return [
            (s.path, s.display_path, s.is_sop, s.document.text, s.meta, s.document.positions,
             s.standard, s.steps, s.suppressions, s.settings)
            for s in result.loaded
        ]  # fmt: skip

    uncached = shape(_lint(project, None, keep_sops=True))
    _lint(project, cache_dir)  # lint from the command line keeps the SOPs too
    assert shape(_lint(project, cache_dir, keep_sops=True)) == uncached
    assert shape(_lint(project, cache_dir, keep_sops=True)) == uncached


def test_a_kept_sop_of_the_wrong_shape_is_read_again(project: Path, cache_dir: Path) -> None:
    """The parsed SOP a site build takes from an entry was not checked: a wrong type
    reached the build. Such an entry is a miss; the file is read again."""
    import pickle

    def shape(result: LintResult) -> list[tuple[object, ...]]:
        return [(s.path, s.document.text, s.meta, s.standard) for s in result.loaded]

    uncached = shape(_lint(project, None, keep_sops=True))
    _lint(project, cache_dir)
    rows = []
    for digest, used, head, sop in _rows(cache_dir):
        state = pickle.loads(sop)
        state["standard"] = "not a standard"
        rows.append((digest, used, head, pickle.dumps(state)))
    _rewrite(cache_dir, rows)
    assert shape(_lint(project, cache_dir, keep_sops=True)) == uncached


def test_worker_processes_share_the_cache(
    project: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "PARALLEL_THRESHOLD", 2)
    settings = Settings(root=project)
    uncached = _report(_lint(project, None))

    def run() -> str:
        return _report(
            lint_paths([project / "sop"], settings, jobs=2, cwd=project, cache=cache_dir)
        )

    assert run() == uncached
    assert len(_rows(cache_dir)) == 7
    assert run() == uncached


def test_a_database_locked_for_good_costs_one_wait(
    project: Path,
    cache_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A lock that never goes (another process's transaction left open, a network file
    system) makes every lookup wait for SQLite's timeout: once, not once per file."""
    import sopkit.lint.store as store

    uncached = _report(_lint(project, None))
    _lint(project, cache_dir)
    monkeypatch.setattr(store, "_BUSY_SECONDS", 0.05)
    from sopkit.lint.files import with_locations

    opened = lint_cache.LintCache.open(cache_dir, with_locations(Settings(root=project)))
    assert opened is not None  # the database opens before the lock is taken
    reads: list[str] = []
    read = store.EntryStore.read

    def counted(self: store.EntryStore, digest: str, with_sop: bool) -> object:
        reads.append(digest)
        return read(self, digest, with_sop)

    monkeypatch.setattr(store.EntryStore, "read", counted)
    monkeypatch.setattr(lint_cache.LintCache, "open", lambda *args, **kwargs: opened)
    with contextlib.closing(sqlite3.connect(_database(cache_dir), isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        capsys.readouterr()
        assert _report(_lint(project, cache_dir)) == uncached
        other.execute("ROLLBACK")
    assert len(reads) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and "database is locked" in lines[0]


def test_runs_at_the_same_time_share_the_cache(project: Path, tmp_path: Path) -> None:
    """Three lint processes started together (a build beside a preview, two CI steps)
    each report what a run without a cache reports, and the entries are whole."""
    import subprocess
    import sys

    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg"), "SOPKIT_TODAY": "2024-06-01"}
    command = [sys.executable, "-m", "sopkit", "lint", "--jobs", "1", "--format", "json", "sop"]
    expected = subprocess.run(
        [*command[:4], "--no-cache", *command[4:]], cwd=project, env=env, capture_output=True
    )
    assert expected.returncode == 1, expected.stderr  # the project has errors, on purpose
    for _ in range(2):  # cold, then warm
        runs = [
            subprocess.Popen(command, cwd=project, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
            for _ in range(3)
        ]  # fmt: skip
        for run in runs:
            out, err = run.communicate(timeout=120)
            assert (run.returncode, out) == (1, expected.stdout), err
            assert b"not cached" not in err
    assert len(_rows(tmp_path / "xdg/sopkit/lint")) == 7


def test_fingerprint_folders_unused_for_a_month_are_removed(project: Path, cache_dir: Path) -> None:
    old, mine = cache_dir / "0123456789abcdef", cache_dir / "keep-me"
    for folder in (old, mine):
        folder.mkdir(parents=True)
        (folder / "x").write_text("x", encoding="utf-8")
        os.utime(folder, (0, 0))
    _lint(project, cache_dir)
    assert not old.exists() and mine.exists()


def test_entries_unused_for_a_month_are_removed_once_a_day(
    project: Path, cache_dir: Path, reads: list[Path]
) -> None:
    """A folder restored and saved by every CI run keeps the current files' results only."""
    _lint(project, cache_dir)
    rows = _rows(cache_dir)
    assert len(rows) == 7  # one per Markdown file
    month = int(time.time()) - 31 * 86400
    # All kept a month ago (the files are unchanged), and a result of a version that no
    # file has now.
    stale = ("f" * 64, month, rows[0][2], rows[0][3])
    _rewrite(cache_dir, [(d, month, head, sop) for d, _, head, sop in rows] + [stale])
    folder = _database(cache_dir).parent
    foreign = folder / "notes.txt"
    foreign.write_text("not an entry", encoding="utf-8")
    os.utime(foreign, (month, month))

    reads.clear()
    _lint(project, cache_dir)  # looked over today already: nothing goes
    assert reads == [] and len(_rows(cache_dir)) == 8
    assert all(time.time() - used < 60 for d, used, _, _ in _rows(cache_dir) if d != stale[0])

    os.utime(folder / "looked-over", (month, month))
    _lint(project, cache_dir)
    assert [row[0] for row in _rows(cache_dir)] == [row[0] for row in rows]
    assert foreign.exists() and reads == []


def test_a_renewal_is_written_once_a_day(project: Path, cache_dir: Path) -> None:
    """Reading an entry renews its time only when it is over a day old: a warm run
    writes nothing."""
    _lint(project, cache_dir)
    yesterday = int(time.time()) - 2 * 86400
    hours_ago = int(time.time()) - 3600
    rows = _rows(cache_dir)
    _rewrite(cache_dir, [(d, yesterday if i % 2 else hours_ago, head, sop)
                         for i, (d, _, head, sop) in enumerate(rows)])  # fmt: skip
    _lint(project, cache_dir)
    used = [row[1] for row in _rows(cache_dir)]
    assert [u == hours_ago for u in used] == [i % 2 == 0 for i in range(len(rows))]
    assert all(u > yesterday for u in used)


def test_a_fresh_install_of_the_same_sopkit_reads_the_kept_results(
    project: Path, tmp_path: Path
) -> None:
    """A CI job installs sopkit at every run and restores the cache folder: it still counts."""
    import subprocess
    import sys

    import sopkit

    installed = Path(sopkit.__file__).parent
    again = tmp_path / "reinstalled"
    shutil.copytree(
        installed, again / "sopkit", ignore=shutil.ignore_patterns("__pycache__"),
        copy_function=shutil.copy,  # the files get today's time, as pip gives them
    )  # fmt: skip
    cache = tmp_path / "xdg"

    def lint(path: Path | None) -> set[str]:
        env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONDONTWRITEBYTECODE": "1"}
        if path is not None:
            env["PYTHONPATH"] = str(path)
        code = "import sopkit, sys; print(sopkit.__file__, file=sys.stderr); "
        code += "from sopkit.cli import cli; cli(['lint', 'sop'], prog_name='sopkit')"
        done = subprocess.run([sys.executable, "-c", code], cwd=project, env=env,
                              capture_output=True, text=True)  # fmt: skip
        assert done.returncode == 1, done.stderr  # the project has errors, on purpose
        assert str(path or installed) in done.stderr.splitlines()[0]
        folders = (cache / "sopkit" / "lint").iterdir()
        return {p.name for p in folders if p.is_dir()}

    first = lint(None)
    assert len(first) == 1
    entries = _rows(cache / "sopkit/lint")
    assert len(entries) == 7
    assert lint(again) == first  # the same fingerprint folder ...
    assert _rows(cache / "sopkit/lint") == entries  # ... and its entries read, none written


@pytest.mark.parametrize(
    ("value", "expected"),
    [("/var/cache/x", "/var/cache/x"), ("relative/dir", None), ("", None), (None, None)],
)  # fmt: skip
def test_the_cache_home_follows_the_xdg_specification(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str | None, expected: str | None
) -> None:
    """A relative XDG_CACHE_HOME put the whole cache into the project folder."""
    from sopkit.cachehome import user_cache_home
    from sopkit.lint.cache import default_cache_dir

    monkeypatch.setenv("HOME", str(tmp_path))
    if value is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", value)
    home = Path(expected) if expected else tmp_path / ".cache"
    assert user_cache_home() == home
    assert default_cache_dir() == home / "sopkit" / "lint"


def _read_before_fork(project: Path) -> dict[Path, ReadAlready]:
    """The files as a site build reads them (standards parsed) before it forks its lint."""
    settings = with_locations(Settings(root=project))
    read = read_files_once(collect_files([project / "sop"]), settings, project)
    for entry in read.values():
        if entry.sop.is_sop:
            assert entry.sop.standard is not None
    return read


def test_files_read_before_the_fork_are_checked_as_read_and_dated(
    project: Path, cache_dir: Path, reads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A forked lint reads no file again, reports what lint reports, and its results
    that read today's date are kept for that day only, as lint's own are."""
    uncached = _report(_lint(project, None))
    read = _read_before_fork(project)
    reads.clear()
    assert _report(_lint(project, cache_dir, read_already=read)) == uncached
    assert reads == []
    monkeypatch.setenv("SOPKIT_TODAY", "2025-01-20")  # past the reviews' due date
    overdue = _report(_lint(project, None))
    assert '"SOP401"' in overdue
    assert _report(_lint(project, cache_dir, read_already=_read_before_fork(project))) == overdue


def test_a_file_saved_after_it_was_read_is_read_again(project: Path, reads: list[Path]) -> None:
    before = _report(_lint(project, None))
    read = _read_before_fork(project)
    callback = project / "sop/phone/callback.md"
    _edit(callback, "Call the customer back", "Call the customer back as soon as possible")()
    reads.clear()
    found = _report(_lint(project, None, read_already=read))
    assert reads == [callback]
    assert found == _report(_lint(project, None)) != before
