"""Files in the docs folder that no site can publish: named with a fix, never a hang.

MkDocs copies every file of the docs folder and reads every page. Before sopkit
checked them, a link loop or a dangling link stopped ``sopkit build`` with "a bug in
sopkit", a link to ``/dev/zero`` made it copy until the disk was full, and a page
saved as Latin-1 stopped it with a ``UnicodeDecodeError``. The preview side is tested
with the real server in ``test_incremental_serve.py``.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from sopkit.lint.files import folder_link_problems
from sopkit.site.docs_files import page_problem, publish_problem, unpublishable
from tests.site.conftest import copy_project

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_COLOR": "1"}
#: A build that would copy /dev/zero never ends: anything near this is a failure.
TIMEOUT = 120


def _loop(sop: Path) -> Path:
    (sop / "loop.png").symlink_to("loop.png")
    return sop / "loop.png"


def _dangling(sop: Path) -> Path:
    (sop / "gone.png").symlink_to(sop / "removed-image.png")
    return sop / "gone.png"


def _pipe(sop: Path) -> Path:
    os.mkfifo(sop / "pipe.png")
    return sop / "pipe.png"


def _device(sop: Path) -> Path:
    (sop / "zero.png").symlink_to("/dev/zero")
    return sop / "zero.png"


def _outside(sop: Path) -> Path:
    # /proc/self/environ of the build: its secrets (GITHUB_TOKEN) would be published
    target = "/proc/self/environ" if Path("/proc/self/environ").exists() else __file__
    (sop / "env.txt").symlink_to(target)
    return sop / "env.txt"


def _latin1_page(sop: Path) -> Path:
    (sop / "notes.markdown").write_bytes(b"# Notes\n\nCaf\xe9 opening times\n")
    return sop / "notes.markdown"


def _binary_page(sop: Path) -> Path:
    (sop / "notes.markdown").write_bytes(b"\xff\xfe\x00\x01" * 100)
    return sop / "notes.markdown"


KINDS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "loop": (_loop, "leads back to itself"),
    "dangling": (_dangling, "does not exist"),
    "pipe": (_pipe, "not a regular file"),
    "device": (_device, "not a regular file"),
    "outside": (_outside, "outside the project: a site would publish that file"),
    "latin-1 page": (_latin1_page, "line 3: not valid UTF-8 (byte 0xe9)"),
    "binary page": (_binary_page, "binary file"),
}
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


@pytest.mark.parametrize("kind", [k for k in KINDS if k not in ("pipe", "device", "outside")])
def test_publish_and_page_problems_say_what_is_wrong(tmp_path: Path, kind: str) -> None:
    make, expected = KINDS[kind]
    path = make(tmp_path)
    problem = page_problem(path, 1_000_000)
    assert expected in problem
    if kind.endswith("page"):  # a file: copied fine, but not text
        assert publish_problem(path) is None
    else:
        assert publish_problem(path) == problem


@needs_fifo
@pytest.mark.parametrize("kind", ["pipe", "device"])
def test_a_pipe_or_device_is_never_read(tmp_path: Path, kind: str) -> None:
    make, expected = KINDS[kind]
    path = make(tmp_path)
    if kind == "device" and not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    assert expected in (publish_problem(path) or "")
    assert expected in page_problem(path, 1_000_000)  # returns: nothing was read


def test_a_file_a_page_and_a_link_to_a_file_are_fine(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "link.png").symlink_to("image.png")
    (tmp_path / "page.md").write_text("# Page\n\nCafé\n", encoding="utf-8")
    for name in ("image.png", "link.png", "page.md"):
        assert publish_problem(tmp_path / name) is None


def test_unpublishable_walks_linked_folders_once(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "a" / "b").mkdir(parents=True)
    (docs / "a" / "b" / "up").symlink_to("../..")  # a loop of folders: walked once
    (docs / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "gone.png").symlink_to(tmp_path / "nothing.png")
    _loop(docs / "a")
    (docs / "a" / "fine.md").write_text("# Fine\n", encoding="utf-8")
    found = [(p.relative_to(docs).as_posix(), why) for p, why in unpublishable(docs, tmp_path)]
    assert [name for name, _ in found] == ["a/loop.png", "linked/gone.png"]
    assert "leads back to itself" in found[0][1] and "does not exist" in found[1][1]


def test_links_may_lead_anywhere_inside_the_project_and_nowhere_outside(
    tmp_path: Path,
) -> None:
    project, elsewhere = tmp_path / "project", tmp_path / "elsewhere"
    docs = project / "sop"
    (docs / "a").mkdir(parents=True)
    elsewhere.mkdir()
    for folder in (project, elsewhere):
        (folder / "image.png").write_bytes(b"\x89PNG")
    (docs / "logo.png").symlink_to(project / "image.png")  # inside the project: fine
    (docs / "a" / "secret.png").symlink_to(elsewhere / "image.png")
    (docs / "shared").symlink_to(elsewhere, target_is_directory=True)
    found = {p.relative_to(docs).as_posix(): why for p, why in unpublishable(docs, project)}
    assert sorted(found) == ["a/secret.png", "shared/image.png"]
    assert found["a/secret.png"].startswith(f"a link to {elsewhere / 'image.png'}, outside")
    # the project's git work tree is the project, wherever mkdocs.yml sits in it
    (tmp_path / ".git").mkdir()
    assert list(unpublishable(docs, project)) == []
    # and a docs folder outside the configuration's folder is part of the project
    assert list(unpublishable(elsewhere, project / "config")) == []


def test_no_link_leads_into_a_git_folder(tmp_path: Path) -> None:
    """actions/checkout writes the job's token into .git/config: a link to it (or to the
    whole .git folder) inside the docs would publish the token and the history."""
    project = tmp_path / "project"
    docs = project / "sop"
    (project / ".git").mkdir(parents=True)
    docs.mkdir()
    (project / ".git" / "config").write_text("extraheader = AUTHORIZATION: basic x\n")
    (docs / "gitconfig.txt").symlink_to(project / ".git" / "config")
    (docs / "gitdir").symlink_to(project / ".git", target_is_directory=True)
    (docs / "readme.txt").symlink_to(project / "readme.txt")  # elsewhere inside: fine
    (project / "readme.txt").write_text("fine\n")
    found = {p.relative_to(docs).as_posix(): why for p, why in unpublishable(docs, project)}
    assert sorted(found) == ["gitconfig.txt", "gitdir/config"]
    assert all("a repository's .git folder" in why for why in found.values()), found
    problems = folder_link_problems(docs)
    assert [(p.name, "a repository's .git folder" in why) for p, why in problems] == [
        ("gitdir", True)
    ]


def test_a_project_below_a_folder_named_git_may_link_inside_itself(tmp_path: Path) -> None:
    """A worktree in .git/wt/kb: a link from sop/ to shared/ of the project was refused
    as a link into a .git folder (the whole path was looked at, not the project's part)."""
    project = tmp_path / ".git" / "wt" / "kb"
    docs = project / "sop"
    (project / "shared" / "chat").mkdir(parents=True)
    (project / "shared" / "chat" / "x.png").write_bytes(b"\x89PNG")
    docs.mkdir()
    (project / ".git").write_text("gitdir: ../..\n")  # a worktree's .git is a file
    (docs / "chat").symlink_to(project / "shared" / "chat", target_is_directory=True)
    assert folder_link_problems(docs) == []
    assert list(unpublishable(docs, project)) == []


def _site(project: Path) -> dict[str, str]:
    site = project / "site"
    return {
        str(p.relative_to(site)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def _build(project: Path, command: str) -> subprocess.CompletedProcess[str]:
    env = {**ENV, "XDG_CACHE_HOME": str(project.parent / "cache")}
    return subprocess.run(
        [sys.executable, "-m", command, "build"],
        cwd=project, capture_output=True, text=True, env=env, timeout=TIMEOUT,
    )  # fmt: skip


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample, built once: each test copies it and spoils the copy."""
    project = copy_project(tmp_path_factory.mktemp("docs-files") / "kb")
    done = _build(project, "sopkit")
    assert done.returncode == 0, done.stderr
    return project


def _copy(built: Path, tmp_path: Path) -> Path:
    """The built project and its caches (lint results, templates), copied."""
    for name in ("kb", "cache"):
        subprocess.run(["cp", "-a", str(built.parent / name), str(tmp_path / name)], check=True)
    return tmp_path / "kb"


@needs_fifo
@pytest.mark.parametrize("command", ["sopkit", "mkdocs"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_a_build_names_the_file_and_keeps_the_last_site(
    built: Path, tmp_path: Path, kind: str, command: str
) -> None:
    project = _copy(built, tmp_path)
    make, expected = KINDS[kind]
    if kind == "device" and not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    shown = make(project / "sop").relative_to(project).as_posix()
    before = _site(project)
    done = _build(project, command)  # a hang fails here (TIMEOUT)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    if kind.endswith(" page"):  # lint stops at a page not named *.md before MkDocs reads it
        shown, expected = f"{shown}\n", "rename it to notes.md"
    else:
        shown += ": "
    assert shown in output and expected in output
    assert "Traceback" not in output and "bug in sopkit" not in output
    assert _site(project) == before


def test_a_link_to_an_image_is_published(built: Path, tmp_path: Path) -> None:
    project = _copy(built, tmp_path)
    (project / "image.png").write_bytes(b"\x89PNG\r\n")
    (project / "sop" / "logo.png").symlink_to(project / "image.png")
    done = _build(project, "sopkit")
    assert done.returncode == 0, done.stderr
    assert (project / "site" / "logo.png").read_bytes() == b"\x89PNG\r\n"


@needs_fifo
@pytest.mark.parametrize("kind", ["loop", "dangling", "pipe", "device", "outside"])
def test_export_names_the_file_and_writes_nothing(built: Path, tmp_path: Path, kind: str) -> None:
    project = _copy(built, tmp_path)
    make, expected = KINDS[kind]
    if kind == "device" and not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    shown = make(project / "sop").relative_to(project).as_posix()
    env = {**ENV, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-m", "sopkit", "export", "../plain"],
        cwd=project, capture_output=True, text=True, env=env, timeout=TIMEOUT,
    )  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"{shown}: " in done.stderr and expected in done.stderr
    assert "Traceback" not in done.stderr and "bug in sopkit" not in done.stderr
    assert not (tmp_path / "plain").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".plain")]  # no staging left
