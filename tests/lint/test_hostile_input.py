"""Hostile and broken input from issue 13: each is a finding or usage error with file and line."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from sopkit.config import Settings
from sopkit.errors import environment_problem
from sopkit.history.git import SUBJECT_CHARACTERS, read_commits
from sopkit.lint import LintResult, lint_paths
from sopkit.lint.examples import example
from tests.conftest import write_tree

Lint = Callable[..., LintResult]
GOOD = example("en")
LAUGHS = "\n".join(
    [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
        *(
            f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]"
            for prev, name in zip("abcde", "bcdef", strict=True)
        ),
    ]
)


def _front(extra: str) -> str:
    return GOOD.replace("lang: en\n", f"lang: en\n{extra}\n")


def _by_path(result: LintResult) -> dict[str, list]:
    found: dict[str, list] = {}
    for finding in result.findings:
        found.setdefault(finding.path, []).append(finding)
    return found


@pytest.mark.parametrize(
    ("extra", "rule", "line", "words"),
    [
        ("foo: !!timestamp x", "SOP003", 8, "not a date"),
        ("foo: 2021-02-30", "SOP003", 8, "not a date"),
        ("foo: " + "9" * 5000, "SOP003", 8, "too long"),
        ("foo: !!python/object:os.system x", "SOP003", 8, "tag"),
        ("foo: " + "[" * 5000 + "]" * 5000, "SOP003", 8, "nested"),
        ("variant_fields: [[metric]]", "SOP005", 8, "must be a list"),
        ("review: {1: a}", "SOP005", 8, "unknown key"),
        ("review: {last: 2024-01-01, interval: 99999999999 years}", "SOP005", 8, "1000 years"),
        # control characters written as YAML escapes reached the terminal and the pages
        ('tags: ["\\e[5mblink"]', "SOP003", 8, "control character (U+001B)"),
        ('review: {last: 2026-05-01, by: "Bob\\x07"}', "SOP003", 8, "control character (U+0007)"),
        ('changes: [{date: 2026-05-01, summary: "a\\x9bb"}]', "SOP003", 8, "(U+009B)"),
    ],
)
def test_bad_values_are_findings_at_their_line(
    lint_tree: Lint, extra: str, rule: str, line: int, words: str
) -> None:
    result = lint_tree({"x.md": _front(extra), "good.md": GOOD})
    found = _by_path(result)["sop/x.md"]
    assert (found[0].rule, found[0].line) == (rule, line), found
    assert words in found[0].message
    assert len(found[0].message) < 300
    assert "sop/good.md" not in _by_path(result)


def test_billion_laughs_is_refused_with_a_short_message(lint_tree: Lint) -> None:
    result = lint_tree({"x.md": _front(LAUGHS)})
    [finding] = result.findings
    assert finding.rule == "SOP003" and finding.line == 9 and "aliases" in finding.message


def test_review_far_in_the_future_does_not_crash(lint_tree: Lint) -> None:
    result = lint_tree({"x.md": _front("review: {last: 9999-12-31, interval: 1 year}")})
    assert not any("could not check" in f.message for f in result.findings)


def test_fifo_device_and_huge_files_are_findings(lint_tree: Lint, tmp_path: Path) -> None:
    sop = tmp_path / "sop"
    sop.mkdir()
    os.mkfifo(sop / "fifo.md")
    (sop / "zero.md").symlink_to("/dev/zero")
    (sop / "big.md").write_bytes(b"a" * 1_000_001)
    result = lint_tree({"good.md": GOOD})
    found = _by_path(result)
    assert "not a regular file" in found["sop/fifo.md"][0].message
    assert "not a regular file" in found["sop/zero.md"][0].message
    assert "max_file_size" in found["sop/big.md"][0].message
    assert "sop/good.md" not in found


def test_a_file_is_read_whole_or_refused_whatever_size_it_states(tmp_path: Path) -> None:
    """The size on the open file sets the first read; a file that says less than it
    holds (as /proc's do, or one that grows meanwhile) is read on to the limit."""
    from sopkit.document import read_bytes

    at_limit = tmp_path / "limit.md"
    at_limit.write_bytes(b"a" * 100)
    assert read_bytes(at_limit, 100) == (b"a" * 100, None)
    data, problem = read_bytes(at_limit, 99)
    assert data is None and problem is not None and "max_file_size" in problem.message
    status = Path("/proc/self/status")  # a regular file of size 0 that holds text
    if status.is_file():
        data, problem = read_bytes(status, 1_000_000)
        assert problem is None and data is not None and b"Name:" in data
        data, problem = read_bytes(status, 10)
        assert data is None and problem is not None and "max_file_size" in problem.message


def test_symlinked_folders_are_linted_and_loops_reported(lint_tree: Lint, tmp_path: Path) -> None:
    write_tree(tmp_path / "elsewhere", {"bad.md": "---\ntitle: x\n---\n"})
    (tmp_path / "sop" / "real").mkdir(parents=True)
    (tmp_path / "sop" / "linked").symlink_to(tmp_path / "elsewhere")
    (tmp_path / "sop" / "real" / "up").symlink_to("..")
    found = _by_path(lint_tree({"real/good.md": GOOD}))
    assert {f.rule for f in found["sop/linked/bad.md"]} >= {"SOP006"}
    assert "loop" in found["sop/real/up"][0].message


def test_a_loop_through_several_links_and_links_out_are_not_walked(
    lint_tree: Lint, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """``a/x -> ../b`` and ``b/y -> ../a`` loop with no link to a folder above it: the
    walk went on until memory ran out. A link to ``/`` or to a folder outside the project
    is not entered either."""
    outside = write_tree(tmp_path_factory.mktemp("outside"), {"deep/x.md": GOOD})
    sop = tmp_path / "sop"
    (sop / "a").mkdir(parents=True)
    (sop / "b").mkdir()
    (sop / "a" / "x").symlink_to("../b")
    (sop / "a" / "x2").symlink_to("../b")
    (sop / "b" / "y").symlink_to("../a")
    (sop / "rootlink").symlink_to("/")
    (sop / "out").symlink_to(outside)
    found = _by_path(lint_tree({"a/ta.md": GOOD}))
    assert "loop" in found["sop/a/x/y"][0].message
    assert "loop" in found["sop/b/y/x"][0].message
    assert "loop" in found["sop/rootlink"][0].message
    assert "outside the project" in found["sop/out"][0].message
    assert not [path for path in found if path.startswith("sop/out/")]
    assert max(path.count("/") for path in found) <= 4  # a/x/y is the deepest path read


def test_a_name_that_is_not_utf8_is_refused_and_shown_escaped(tmp_path: Path) -> None:
    """'caf\\xe9.md' (an old archive's name) crashed lint's cache key: exit 3."""
    (tmp_path / "sop").mkdir()
    (tmp_path / "sop" / os.fsdecode(b"caf\xe9.md")).write_text(GOOD, encoding="utf-8")
    (tmp_path / "sop" / "good.md").write_text(GOOD, encoding="utf-8")
    for output in ("text", "json", "sarif"):
        done = subprocess.run(
            [sys.executable, "-m", "sopkit", "lint", "--format", output, "sop"], cwd=tmp_path,
            capture_output=True, timeout=120, env={**os.environ, "NO_COLOR": "1"},
        )  # fmt: skip
        assert done.returncode == 1, done.stderr
        shown = done.stdout.decode("utf-8")  # every report stays UTF-8
        assert "xe9.md" in shown, shown  # written as the byte it stands for: caf\\xe9.md
        assert "the name holds the byte 0xE9, which is not UTF-8" in shown


def test_a_build_stops_before_mkdocs_walks_a_loop(tmp_path: Path) -> None:
    (tmp_path / "sop" / "a").mkdir(parents=True)
    (tmp_path / "sop" / "b").mkdir()
    (tmp_path / "sop" / "a" / "x").symlink_to("../b")
    (tmp_path / "sop" / "b" / "y").symlink_to("../a")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\ndocs_dir: sop\ntheme:\n  name: material\n  font: false\n"
        "plugins:\n  - sopkit:\n      timezone: Europe/Amsterdam\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "sopkit", "build"], cwd=tmp_path, capture_output=True,
        text=True, timeout=120, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip
    assert done.returncode == 2, done.stdout + done.stderr
    assert "sop/a/x/y: this symlinked folder points back" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "site").exists()


def test_links_out_of_the_project_are_refused_as_the_build_refuses_them(
    lint_tree: Lint, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A build will not publish them; lint passed them and read the stranger's file."""
    outside = write_tree(tmp_path_factory.mktemp("outside"), {"secret.md": GOOD, "x.md": GOOD})
    (tmp_path / "sop").mkdir()
    (tmp_path / "sop" / "secret.md").symlink_to(outside / "secret.md")
    (tmp_path / "sop" / "shared").symlink_to(outside, target_is_directory=True)
    write_tree(tmp_path / "inside", {"kept.md": GOOD})
    (tmp_path / "sop" / "kept.md").symlink_to(tmp_path / "inside" / "kept.md")
    found = _by_path(lint_tree({"good.md": GOOD}))
    [finding] = found["sop/secret.md"]
    assert finding.rule == "SOP001" and finding.severity == "error"
    assert finding.message.startswith(f"a link to {outside / 'secret.md'}, outside the project")
    [finding] = found["sop/shared"]  # the folder, not entered: a link to /proc never ended
    assert finding.rule == "SOP001" and finding.severity == "error"
    assert f"leads to {outside}, outside the project" in finding.message
    assert "sop/shared/x.md" not in found
    assert "sop/kept.md" not in found  # a link inside the project is fine


@pytest.mark.parametrize("name", ["a\x1b[31mb.md", "new\nline.md", "tab\there/x.md"])
def test_a_name_with_a_control_character_is_refused(lint_tree: Lint, name: str) -> None:
    """It becomes part of a URL and splits CI's file lists and CODEOWNERS lines."""
    result = lint_tree({name: GOOD, "good.md": GOOD})
    [finding] = result.findings
    assert (finding.rule, finding.severity) == ("SOP001", "error")
    assert "the name holds the control character U+00" in finding.message
    assert result.files == 2


def test_unreadable_folder_is_a_finding(
    lint_tree: Lint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "sop" / "locked"
    write_tree(locked, {"hidden.md": GOOD})
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:  # root reads any folder: deny this one
        if Path(os.fsdecode(path)) == locked:
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = _by_path(lint_tree({"good.md": GOOD}))
    assert "cannot read the folder" in found["sop/locked"][0].message


def test_a_file_named_only_dots_is_a_finding(lint_tree: Lint) -> None:
    found = _by_path(lint_tree({"...md": GOOD}))
    assert "dots only" in found["sop/...md"][0].message


def _registry_folder(path: Path) -> None:
    path.mkdir()


def _registry_pipe(path: Path) -> None:
    os.mkfifo(path)


def _registry_broken_link(path: Path) -> None:
    path.symlink_to(path.parent / "gone.yml")


def _registry_too_large(path: Path) -> None:
    path.write_text("locations:\n" + "  - {id: a, name: A}\n" * 60_000, encoding="utf-8")


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_registry_folder, "not a regular file (a folder"),
        (_registry_pipe, "not a regular file (a folder"),
        (_registry_broken_link, "cannot read the file"),
        (_registry_too_large, "larger than 1,000,000 bytes: a locations registry"),
    ],
)
def test_a_registry_that_is_no_readable_file_is_a_finding(
    lint_tree: Lint, tmp_path: Path, make: Callable[[Path], None], words: str
) -> None:
    """Anything named locations.yml is the registry: once taken for "no registry"."""
    (tmp_path / "sop").mkdir()
    make(tmp_path / "sop" / "locations.yml")
    found = _by_path(lint_tree({"good.md": GOOD}))
    (finding,) = found["sop/locations.yml"]
    assert finding.rule == "SOP501" and words in finding.message
    assert "SOP's text" not in finding.message and "max_file_size" not in finding.message


def test_location_details_are_shown_as_written() -> None:
    """YAML 1.1 read "9:30" as 570 and "0201234567" as an octal number: the site showed
    both; an address with a name and two addresses were refused."""
    import tempfile

    from sopkit.locations import load_registry

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "locations.yml").write_text(
            "locations:\n  - id: ber\n    name: Berlin\n    hours: 9:30\n    contact: {phone: "
            '0201234567, email: "London Branch <ldn@example.com>, b@example.org"}\n',
            encoding="utf-8",
        )
        registry = load_registry(Path(folder))
    assert registry.problems == []
    (berlin,) = registry.locations
    assert berlin.hours == "9:30"
    assert dict(berlin.contact) == {
        "phone": "0201234567", "email": "London Branch <ldn@example.com>, b@example.org",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        ("hours: {mo: 9}", "'hours' of 'a' must be text, e.g. 'Mo–Fr 09:00–17:00', got a mapping"),
        ("contact: {phone: [1]}", "contact 'phone' of 'a' must be text, got a list"),
        ("contact: {email: not-an-email}", "contact 'email' of 'a' must be an email address"),
        ("contact: {fax: yes}", "contact 'fax' of 'a' must be text, got true"),
    ],
)
def test_location_details_the_site_shows_must_be_text(
    lint_tree: Lint, entry: str, words: str
) -> None:
    """They passed lint and showed on the site as "{'mo': 9}" and "[1]"."""
    registry = f"locations:\n  - id: a\n    name: A\n    {entry}\n"
    found = _by_path(lint_tree({"good.md": GOOD, "locations.yml": registry}))
    (finding,) = found["sop/locations.yml"]
    assert finding.rule == "SOP501" and finding.line == 4 and words in finding.message


@pytest.mark.parametrize(
    "registry",
    [
        "locations:\n  - {id: a, name: !!python/object:os.system x}\n",
        "locations:\n  - {id: a, name: A, hours: 2021-02-30}\n",
        "locations:\n  - {id: a, name: A, hours: " + "9" * 5000 + "}\n",
        "locations:\n  - {id: a, name: A, timezone: Europe/" + "a" * 300 + "}\n",
        "locations:\n  - {id: a, name: A, hours: !!timestamp x}\n",
    ],
)
def test_bad_locations_registry_is_a_finding(lint_tree: Lint, registry: str) -> None:
    found = _by_path(lint_tree({"good.md": GOOD, "locations.yml": registry}))
    finding = found["sop/locations.yml"][0]
    assert finding.rule == "SOP501" and finding.line == 2 and len(finding.message) < 200


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ("enabled: maybe", "'enabled': must be true or false"),
        ("cache_dir: 5", "'cache_dir': must be a folder path"),
        ("raw_html: maybe", "'raw_html'"),
        ("compact_nav: 3", "'compact_nav'"),
        ("location_redirect_files: x", "'location_redirect_files'"),
        ("cache: y", "'cache'"),
        ("timezone: Europe/" + "a" * 300, "unknown time zone"),
        ("variant_fields: [[metric]]", "must be a list"),
        ("max_file_size: 5", "max_file_size"),
        ("review_grace: 99999999999 years", "not an interval"),
        ("timezone: 2021-02-30", "invalid YAML value"),
    ],
)
def test_bad_plugin_options_stop_lint_with_file_and_line(
    tmp_path: Path, run_cli: Callable[..., Result], options: str, words: str
) -> None:
    write_tree(tmp_path, {"sop/good.md": GOOD})
    (tmp_path / "mkdocs.yml").write_text(
        f"site_name: x\ndocs_dir: sop\nplugins:\n  - search\n  - sopkit:\n      {options}\n"
    )
    result = run_cli("lint")
    assert result.exit_code == 2, result.output
    assert "mkdocs.yml:6" in result.output and words in result.output
    assert "Traceback" not in result.output


def test_pyproject_variant_fields_of_lists_is_a_usage_error(
    tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    write_tree(tmp_path, {"sop/good.md": GOOD})
    (tmp_path / "pyproject.toml").write_text("[tool.sopkit]\nvariant_fields = [['metric']]\n")
    result = run_cli("lint")
    assert result.exit_code == 2 and "pyproject.toml:2" in result.output


def test_internal_error_exits_3_without_traceback(tmp_path: Path) -> None:
    write_tree(tmp_path, {"sop/good.md": GOOD})
    script = (
        "import sopkit.lint.engine as e\n"
        "def boom(*a, **k): raise KeyError('x')\n"
        "e.lint_paths = boom\n"
        "from sopkit.cli import cli\n"
        "cli(['lint'])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 3
    assert "please report it" in done.stderr and "Traceback" not in done.stderr
    debug = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True,
        env={**os.environ, "SOPKIT_DEBUG": "1"},
    )  # fmt: skip
    assert debug.returncode == 3 and "Traceback" in debug.stderr


def _lint_to(tmp_path: Path, output: str) -> subprocess.CompletedProcess[str]:
    write_tree(tmp_path, {"sop/good.md": GOOD})
    return subprocess.run(
        [sys.executable, "-m", "sopkit", "lint", "--format", "json", "-o", output],
        cwd=tmp_path, capture_output=True, text=True,
    )  # fmt: skip


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_disk_is_the_machines_problem_not_a_bug(tmp_path: Path) -> None:
    done = _lint_to(tmp_path, "/dev/full")  # every write: No space left on device
    assert done.returncode == 2, done.stderr
    assert "No space left on device" in done.stderr and "free some space" in done.stderr
    assert "bug" not in done.stderr and "Traceback" not in done.stderr


def test_a_missing_output_folder_is_named_with_the_fix(tmp_path: Path) -> None:
    done = _lint_to(tmp_path, "reports/lint.json")
    assert done.returncode == 2, done.stderr
    assert "reports/lint.json" in done.stderr and "create its folder" in done.stderr
    assert "bug" not in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (PermissionError(errno.EACCES, "Permission denied", "site"), "could not use site"),
        (OSError(errno.EROFS, "Read-only file system", "/mnt/site"), "read-only"),
        (OSError(errno.EMFILE, "Too many open files"), "ulimit -n"),
        (FileExistsError(errno.EEXIST, "File exists", "/dev/null"), "not a folder"),
        (OSError(errno.ENOENT, "No such file or directory"), None),  # no name: sopkit's own
        (OSError(errno.EINVAL, "Invalid argument", "x"), None),
        (KeyError("x"), None),
    ],
)
def test_environment_problems_and_defects_are_told_apart(
    error: BaseException, expected: str | None
) -> None:
    problem = environment_problem(error)
    if expected is None:
        assert problem is None
    else:
        assert problem is not None and expected in problem


def _git_in(folder: Path) -> Callable[..., None]:
    """``git ARGS`` in ``folder``, with no user or system configuration."""
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True, env=env)

    return git


def test_git_log_survives_separator_bytes_and_huge_messages(tmp_path: Path) -> None:
    git = _git_in(tmp_path)
    git("init", "-q", "-b", "main")
    write_tree(tmp_path, {"sop/a.md": GOOD})
    git("add", "-A")
    git("-c", "user.name=A\x1eB\x1f", "-c", "user.email=a@example.com",
        "commit", "-qm", "sub\x1f\x1eject\n\nbody \x1e")  # fmt: skip
    write_tree(tmp_path, {"sop/a.md": example("en", metric="90% of calls answered in 20 s")})
    git("add", "-A")
    (tmp_path / "message.txt").write_text("y" * 1_000_000)
    git("-c", "user.name=X", "-c", "user.email=x@example.com",
        "commit", "-q", "-F", "message.txt")  # fmt: skip
    first, second = read_commits(tmp_path, "sop")
    # the separators split no record, and reach no page: control characters are left out
    assert first.author == "AB" and first.subject == "subject"
    assert [f.path for f in first.files] == ["sop/a.md"]
    assert len(second.subject) == SUBJECT_CHARACTERS and second.files


def test_direction_controls_in_git_text_are_left_out(tmp_path: Path) -> None:
    """U+202E in a commit message showed a change-log line, its pull request number too,
    in reverse; front matter refuses the same character."""
    git = _git_in(tmp_path)
    git("init", "-q", "-b", "main")
    write_tree(tmp_path, {"sop/a.md": GOOD})
    git("add", "-A")
    git("-c", "user.name=Ann \u2066Editor\u2069", "-c", "user.email=a@example.com",
        "commit", "-qm", "Merge pull request #7 \u202edrowkcab\n\nbody \u202a here")  # fmt: skip
    [commit] = read_commits(tmp_path, "sop")
    assert (commit.author, commit.subject) == ("Ann Editor", "Merge pull request #7 drowkcab")
    assert commit.body == "body  here"


def test_other_control_characters_in_git_text_are_left_out(tmp_path: Path) -> None:
    """ESC from an author's name and a message reached the change log's HTML as it was."""
    git = _git_in(tmp_path)
    git("init", "-q", "-b", "main")
    write_tree(tmp_path, {"sop/a.md": GOOD})
    git("add", "-A")
    git("-c", "user.name=Evil \x1b[2JName", "-c", "user.email=a@example.com",
        "commit", "-qm", "Reword \x1b[31mred\x07\n\nline one\n\tline two\x7f")  # fmt: skip
    [commit] = read_commits(tmp_path, "sop")
    assert (commit.author, commit.subject) == ("Evil [2JName", "Reword [31mred")
    assert commit.body == "line one\n\tline two"


def test_the_first_commit_counts_whatever_the_user_s_git_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """log.showRoot=false in the user's git config left out the first commit's files."""
    git = _git_in(tmp_path)
    git("init", "-q", "-b", "main")
    write_tree(tmp_path, {"sop/a.md": GOOD})
    git("add", "-A")
    git("-c", "user.name=Ann", "-c", "user.email=a@example.com", "commit", "-qm", "First")
    (tmp_path / "gitconfig").write_text("[log]\n\tshowRoot = false\n", encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    [commit] = read_commits(tmp_path, "sop")
    assert [f.path for f in commit.files] == ["sop/a.md"]


def test_settings_file_size_limit_reaches_lint(tmp_path: Path) -> None:
    write_tree(tmp_path, {"sop/good.md": GOOD})
    result = lint_paths(
        [tmp_path / "sop"], Settings(root=tmp_path, max_file_size=100), jobs=1, cwd=tmp_path
    )
    assert result.failed and "max_file_size" in result.findings[0].message


DEEP_LIST = "\n" + "".join("    " * level + "- item\n" for level in range(250))


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        # 250 levels passed lint and stopped the site build (RecursionError, exit 3)
        (DEEP_LIST, 13, "nested too deep (44 columns)"),  # the 12th item of the list
        ("\n" + ">" * 21 + " Quoted far too deep.\n", 2, "nested too deep (21 quote markers)"),
        # 20,000 open brackets passed lint in 0.3 s; the build ran for minutes
        ("\n" + "[" * 20_000 + "x" + "]" * 20_000 + "\n", 2, "more than 50 '[' open at once"),
        # 400 admonitions inside one another stopped the build with a recursion error
        (
            "\n" + "".join("    " * i + "!!! note\n" for i in range(400)),
            13,
            "nested too deep (44 columns)",
        ),
    ],
    ids=["list", "quotes", "brackets", "admonitions"],
)
def test_markdown_nested_beyond_rendering_is_a_finding(
    lint_tree: Lint, body: str, line: int, words: str
) -> None:
    """250 levels passed lint and stopped the build; 20,000 brackets kept it for minutes."""
    found = _by_path(lint_tree({"deep.md": GOOD + body}))
    (finding,) = found["sop/deep.md"]
    where = GOOD.count("\n") + line  # the line in the body after GOOD
    assert (finding.rule, finding.line) == ("SOP011", where) and words in finding.message


def test_a_deep_list_inside_a_quote_is_a_finding(lint_tree: Lint) -> None:
    """Indentation after '>' went uncounted: lint passed, the build crashed."""
    quoted = "\n> Quote:\n>\n" + "".join("> " + "    " * level + "- x\n" for level in range(300))
    (finding,) = _by_path(lint_tree({"q.md": GOOD + quoted}))["sop/q.md"]
    assert finding.rule == "SOP011" and "nested too deep (44 columns)" in finding.message


def test_what_nests_nothing_passes(lint_tree: Lint) -> None:
    """Fenced or indented code, HTML, blank lines of spaces and brackets spread over table
    rows: a first version of SOP011 refused the last four."""
    pages = {
        "fenced": "\n```yaml\n" + "".join("  " * level + "a:\n" for level in range(60)) + "```\n",
        "readable": "\n" + "".join("  " * level + "- item\n" for level in range(20)),
        "blank": "\n" + " " * 44 + "\n\nText.\n",
        "html": "\n" + "".join("    " * level + "<div>\n" for level in range(11)) + "</div>\n" * 11,
        "yaml": "\n1. Config:\n\n"
        + "".join("        " + "  " * level + "key:\n" for level in range(25)),
        "ranges": "\n| a | b |\n|---|---|\n" + "".join(f"| [0, {i}) | x |\n" for i in range(60)),
        "admonitions": "\n" + "".join("    " * i + "!!! note\n" for i in range(3)) + "    x\n",
    }
    found = _by_path(lint_tree({f"{name}.md": GOOD + body for name, body in pages.items()}))
    assert not [path for path in found if any(f.rule == "SOP011" for f in found[path])]


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        # each of these passed lint; the build crashed or ran for minutes (hostile-input audit)
        ("\n" + "_" * 2000 + "x" + "_" * 2000 + "\n", 2, "a run of 2,000 '_'"),
        ("\n" + "*" * 5000 + "x" + "*" * 5000 + "\n", 2, "a run of 5,000 '*'"),
        ("\n" + "[x](" * 10_000 + "\n", 2, "link or image targets open at once"),
        ("\n" + "![x](" * 5_000 + "\n", 2, "link or image targets open at once"),
        ("\n" + "## h\n\n" * 2_600, 2 * 500, "more than 500 headings"),  # GOOD has one
        ("\n" + "<!--" * 20_000 + "\n", 2, "more than 200 HTML comments"),
        ("\n" + '<a href="' * 10_000 + "\n", 2, "more than 2,000 HTML tags"),
        ("\n" + "&amp;" * 100_000 + "\n", 2, "more than 5,000 character references"),
        # and these, found by a red-team pass on the wheel (build times at 800 KB or less)
        ("\n" + "*_" * 20_000 + "x" + "_*" * 20_000 + "\n", 2, "a run of 40,000 '*' and '_'"),
        ("\n" + "&a;" * 20_000 + "\n", 2, "more than 5,000 character references"),
        ("\n" + "a\n=\n" * 2_600, 2 * 500 + 1, "more than 500 headings"),
        ("\n" + ("|" + "x|" * 100 + "\n") * 300, 200, "more than 20,000 table cell borders"),
        ("\n" + "".join(f"[^{i}]: x\n" for i in range(2_100)), 2_002, "more than 2,000 footnote"),
        # reported at the body's first line (9) + 50,000
        ("\n" * 60_000, 9 + 50_000 - GOOD.count("\n"), "more than 50,000 lines"),
    ],
    ids=["underscores", "stars", "links", "images", "headings", "comments", "tags", "entities",
         "mixed-marks", "short-entities", "underlined-headings", "table", "footnotes", "lines"],
)  # fmt: skip
def test_markup_that_renders_in_square_time_is_a_finding(
    lint_tree: Lint, body: str, line: int, words: str
) -> None:
    found = _by_path(lint_tree({"heavy.md": GOOD + body}))
    heavy = [f for f in found["sop/heavy.md"] if f.rule == "SOP013"]
    assert len(heavy) == 1 and words in heavy[0].message, found["sop/heavy.md"]
    assert heavy[0].line == GOOD.count("\n") + line


def test_markup_within_the_limits_passes(lint_tree: Lint) -> None:
    """Fill-in lines, many closed links, a long HTML table, code with any of it."""
    pages = {
        "fill": "\nName: " + "_" * 80 + "\n\nSigned: " + "_" * 80 + "\n",
        "links": "\n" + "".join(f"- [Form {i}](form-{i}.pdf)\n" for i in range(300)),
        "table": "\n<table>\n" + "<tr><td>a</td><td>b</td></tr>\n" * 300 + "</table>\n",
        "code": "\n```text\n" + "[x](" * 1000 + "&amp;" * 6000 + "_" * 500 + "\n```\n",
    }
    found = _by_path(lint_tree({f"{name}.md": GOOD + body for name, body in pages.items()}))
    assert not [path for path in found if any(f.rule == "SOP013" for f in found[path])]


def test_tabs_and_line_breaks_in_values_are_text(lint_tree: Lint) -> None:
    """Only control characters are refused: a tab or a line break written as an escape
    is text (a multi-line metric)."""
    result = lint_tree({"x.md": _front('foo_note: "one\\ttwo\\nthree"')})
    assert not [f for f in result.findings if "control character" in f.message]


def test_a_location_name_with_a_control_character_is_refused(lint_tree: Lint) -> None:
    registry = 'locations:\n  - {id: x, name: "X\\e[2J"}\n'
    result = lint_tree({"locations.yml": registry, "x.md": GOOD})
    found = [f for f in result.findings if "control character" in f.message]
    assert found and found[0].path == "sop/locations.yml" and found[0].line == 2, found


def test_a_huge_value_is_quoted_short_in_every_message(lint_tree: Lint) -> None:
    """A 900 KB timeframe was quoted in full, three times, in one message."""
    text = example("en", timeframe="'" + "1 day " * 5_000 + "'")
    findings = _by_path(lint_tree({"huge.md": text}))["sop/huge.md"]
    assert findings and all(len(f.message) < 1_000 for f in findings), [
        (f.rule, len(f.message)) for f in findings
    ]
    assert any("'1 day 1 day" in f.message and "…'" in f.message for f in findings)


def test_markdown_not_named_md_is_a_finding(lint_tree: Lint, tmp_path: Path) -> None:
    """MkDocs published sop/a.markdown as a page that lint never read; b.MD was copied."""
    result = lint_tree({"a.markdown": GOOD, "b.MD": GOOD, "notes.txt": "x", "c.md": GOOD})
    found = {path: [(f.rule, f.message) for f in fs] for path, fs in _by_path(result).items()}
    assert [rule for rule, _ in found["sop/a.markdown"]] == ["SOP001"]
    assert "rename it to a.md" in found["sop/a.markdown"][0][1]
    assert "as a plain file" in found["sop/b.MD"][0][1]
    assert "sop/notes.txt" not in found and result.sops == 1


def test_a_title_longer_than_a_heading_is_a_finding(lint_tree: Lint) -> None:
    """A 900 KB title passed lint and made a 13 MB site (it is in every listing)."""
    long_title = GOOD.replace("title: Answer inbound calls", "title: " + "Answer " * 100_000, 1)
    fine_title = GOOD.replace("title: Answer inbound calls", "title: " + "x" * 300, 1)
    found = _by_path(lint_tree({"long.md": long_title, "fine.md": fine_title}))
    (finding,) = [f for f in found["sop/long.md"] if f.rule == "SOP005"]
    assert "the title is 699,999 characters long: use at most 300" in finding.message
    assert finding.line == 2
    assert not [f for f in found.get("sop/fine.md", []) if f.rule == "SOP005"]


def test_the_build_refuses_heavy_markup_before_rendering_it(tmp_path: Path) -> None:
    """With lint in another process, a page could render for minutes before lint's
    error arrived: the plugin asks SOP013 itself, before MkDocs renders the page."""
    from sopkit.plugin.plugin import _too_heavy_to_render
    from sopkit.sop import load_sop

    path = tmp_path / "heavy.md"
    path.write_text(GOOD + "\n" + "a\n=\n" * 600)
    message = _too_heavy_to_render(load_sop(path, Settings(root=tmp_path), "sop/heavy.md"))
    assert message is not None and message.startswith("sop/heavy.md:")
    assert "more than 500 headings" in message and message.endswith("(SOP013)")
    path.write_text(GOOD)
    assert _too_heavy_to_render(load_sop(path, Settings(root=tmp_path), "sop/heavy.md")) is None
