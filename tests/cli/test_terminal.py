"""Terminal conventions: NO_COLOR, FORCE_COLOR, TERM=dumb; each warning once; sopkit's last line."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sopkit.lint.examples import example
from sopkit.terminal import color_default, use_color
from tests.conftest import write_tree
from tests.site.conftest import copy_project

#: The environment of a CI job: no terminal, no colour variables set.
PLAIN = {
    **{k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TERM")},
    "NO_MKDOCS_2_WARNING": "1",
}
ESC = "\x1b["
WARNING = "unknown key 'ownr'"


def sopkit(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sopkit", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**PLAIN, **env},
        timeout=300,
    )


def in_terminal(args: list[str], cwd: Path, **env: str) -> str:
    """Run ``sopkit ARGS`` with a pseudo-terminal as its input and output; all it wrote."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "sopkit", *args],
        cwd=cwd,
        env={**PLAIN, "TERM": "xterm-256color", **env},
        stdin=follower,
        stdout=follower,
        stderr=follower,
    )
    os.close(follower)
    output = bytearray()
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 1)
            if not ready:
                if process.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the command closed the terminal
                break
            if not chunk:
                break
            output += chunk
    finally:
        os.close(leader)
        process.wait(timeout=60)
    return output.decode("utf-8", errors="replace")


@pytest.fixture
def failing(tmp_path: Path) -> Path:
    """A project with one lint error (SOP101) and one lint warning (an unknown key)."""
    project = copy_project(tmp_path / "kb", sop=False)
    write_tree(
        project,
        {
            "sop/phone/vague.md": example("en", metric="Answer quickly", title="Vague"),
            "sop/phone/odd.md": example("en", ownr="x", title="Odd keys"),
        },
    )
    return project


@pytest.fixture
def warned(tmp_path: Path) -> Path:
    """A project whose only finding is one lint warning."""
    project = copy_project(tmp_path / "kb", sop=False)
    write_tree(project, {"sop/phone/odd.md": example("en", ownr="x", title="Odd keys")})
    return project


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, None),
        ({"NO_COLOR": "1"}, False),
        ({"NO_COLOR": ""}, None),  # no-color.org: only a non-empty value counts
        ({"FORCE_COLOR": "1"}, True),
        ({"FORCE_COLOR": "0"}, None),
        ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        ({"TERM": "dumb"}, False),
        ({"TERM": "dumb", "FORCE_COLOR": "1"}, True),
    ],
)
def test_colour_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: bool | None
) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert color_default() is expected


def test_an_explicit_option_wins_and_a_file_gets_no_colour(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    with (tmp_path / "log").open("w") as stream:
        assert use_color(stream, explicit=True) is True
        monkeypatch.delenv("NO_COLOR")
        assert use_color(stream) is False


def test_lint_off_a_terminal_is_plain_unless_forced(failing: Path) -> None:
    done = sopkit(["lint"], failing)
    assert done.returncode == 1 and "SOP101" in done.stdout
    assert ESC not in done.stdout + done.stderr
    forced = sopkit(["lint"], failing, FORCE_COLOR="1")
    assert ESC in forced.stdout
    assert ESC not in sopkit(["lint"], failing, FORCE_COLOR="1", NO_COLOR="1").stdout
    assert ESC in sopkit(["lint", "--color"], failing, NO_COLOR="1").stdout


def test_lint_on_a_terminal_is_coloured_unless_told_not_to(failing: Path) -> None:
    assert ESC in in_terminal(["lint"], failing)
    assert ESC not in in_terminal(["lint"], failing, NO_COLOR="1")
    assert ESC not in in_terminal(["lint"], failing, TERM="dumb")
    assert ESC not in in_terminal(["lint", "--no-color"], failing)


def test_a_lint_report_written_to_a_file_is_plain(failing: Path) -> None:
    done = sopkit(["lint", "-o", "report.txt"], failing, FORCE_COLOR="1")
    assert done.returncode == 1
    report = (failing / "report.txt").read_text(encoding="utf-8")
    assert "SOP101" in report and ESC not in report


def test_a_failed_build_shows_each_finding_once_and_ends_with_sopkits_summary(
    failing: Path,
) -> None:
    done = sopkit(["build"], failing)
    output = done.stdout + done.stderr
    assert done.returncode == 1
    assert output.count(WARNING) == 1 and output.count("'quickly'") <= 1
    assert output.count("SOP101") == 1
    assert ESC not in output
    assert "Aborted with" not in output and "BuildError" not in output
    last = done.stderr.rstrip().splitlines()[-1]
    assert last.startswith("Error: The site was not built: sopkit lint found 1 error, 1 warning;")
    assert last.endswith("site is unchanged.")


def test_a_failed_build_is_coloured_when_forced(failing: Path) -> None:
    done = sopkit(["build"], failing, FORCE_COLOR="1")
    assert done.returncode == 1 and ESC in done.stderr
    assert "The site was not built" in done.stderr.rstrip().splitlines()[-1]


def test_plain_mkdocs_build_logs_no_colour_codes_off_a_terminal(failing: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build"],
        cwd=failing,
        capture_output=True,
        text=True,
        env=PLAIN,
        timeout=300,
    )
    assert done.returncode == 1 and "SOP101" in done.stderr
    assert ESC not in done.stderr


def test_build_warnings_are_shown_once(warned: Path) -> None:
    done = sopkit(["build"], warned)
    assert done.returncode == 0, done.stderr
    assert (done.stdout + done.stderr).count(WARNING) == 1
    assert ESC not in done.stdout + done.stderr


def test_a_strict_build_failing_on_a_warning_says_so_last(warned: Path) -> None:
    done = sopkit(["build", "--strict"], warned)
    assert done.returncode == 1
    assert (done.stdout + done.stderr).count(WARNING) == 1
    last = done.stderr.rstrip().splitlines()[-1]
    assert last.startswith("Error: The site was not built: 1 warning in strict mode (--strict);")


def test_a_build_on_a_terminal_is_coloured_unless_told_not_to(failing: Path) -> None:
    assert ESC in in_terminal(["build"], failing)
    plain = in_terminal(["build"], failing, NO_COLOR="1")
    assert ESC not in plain and "The site was not built" in plain
