"""No command deletes or overwrites what it did not write: build, export, owners, new.

Every test runs the real CLI in a real project (a git work tree) and compares a
fingerprint of every file before and after.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from sopkit.lint.examples import example
from sopkit.site.output import MARKER, STAGING_MARKER, Staging, UnsafeOutput
from tests.conftest import write_tree
from tests.site.conftest import copy_project

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_COLOR": "1"}


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True, env=ENV
    )


def fingerprint(root: Path, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """Every file under ``root`` (but ``skip``ped top-level names) and its content hash."""
    found = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if relative.parts[0] in skip or not path.is_file():
            continue
        found[str(relative)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The sample project as a git work tree with one commit."""
    project = copy_project(tmp_path / "kb")
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    return project


@pytest.mark.parametrize("target", ["sop", "sop/phone", ".", "..", ".git"])
def test_build_refuses_sources_project_and_git(repo: Path, target: str) -> None:
    before = fingerprint(repo.parent)
    done = run(["sopkit", "build", "-d", target], repo)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "refusing to write into" in done.stderr and "Traceback" not in done.stderr
    assert fingerprint(repo.parent) == before


def test_build_refuses_a_foreign_folder_and_replaces_its_own_site(repo: Path) -> None:
    write_tree(repo, {"notes/mine.txt": "my notes"})
    done = run(["sopkit", "build", "-d", "notes"], repo)
    assert done.returncode == 2 and "did not write" in done.stderr
    assert (repo / "notes/mine.txt").read_text() == "my notes"
    for _ in range(2):  # the second build replaces the first one's site
        done = run(["sopkit", "build", "-d", "out"], repo)
        assert done.returncode == 0, done.stderr
        assert (repo / "out" / MARKER).is_file() and (repo / "out/index.html").is_file()
    leftovers = [p.name for p in repo.iterdir() if p.name.startswith(".out.") and p.is_dir()]
    assert leftovers == []


def test_a_web_root_with_a_sitemap_is_not_taken_for_a_plain_mkdocs_site(repo: Path) -> None:
    """Hugo, Jekyll and most web roots write sitemap.xml: such a folder was replaced."""
    write_tree(repo, {"www/sitemap.xml": "<urlset/>\n", "www/posts/2019.html": "<p>mine</p>",
                      "www2/search/search_index.json": "{}"})  # fmt: skip
    for folder in ("www", "www2"):
        done = run(["sopkit", "build", "-d", folder], repo)
        assert done.returncode == 2 and "did not write" in done.stderr, done.stderr
    assert (repo / "www/posts/2019.html").read_text() == "<p>mine</p>"
    write_tree(repo, {"mk/sitemap.xml": "<urlset/>\n", "mk/sitemap.xml.gz": "",
                      "mk/index.html": "<p>old</p>"})  # fmt: skip
    done = run(["sopkit", "build", "-d", "mk"], repo)  # what a plain MkDocs build leaves
    assert done.returncode == 0, done.stderr
    assert (repo / "mk" / MARKER).is_file()


def test_an_sop_at_a_generated_page_s_path_stops_the_build(repo: Path) -> None:
    """An SOP saved as sop/catalogue.md was listed, then replaced by the catalogue."""
    write_tree(repo, {"sop/catalogue.md": example("en"), "sop/conflicts.md": example("en")})
    done = run(["sopkit", "build"], repo)
    assert done.returncode != 0
    for name in ("catalogue.md", "conflicts.md"):
        assert f"sop/{name}: sopkit generates the page '{name}'" in done.stderr, done.stderr
    assert not (repo / "site").exists()


def test_a_page_published_at_a_generated_page_s_address_stops_the_build(repo: Path) -> None:
    """sop/reviews.md is published at reviews/, where the generated "Reviews due" page
    is: the SOP was listed in the catalogue, linked to the wrong page and never shown;
    a file under pagefind/ was replaced by the search index."""
    page = "---\nsop: false\n---\n# Mine\n\nText.\n"
    write_tree(repo, {
        "sop/reviews.md": example("en"), "sop/changes.md": example("en"),
        "sop/touchpoints/phone/index.md": page, "sop/pagefind/pagefind.js": "mine\n",
    })  # fmt: skip
    done = run(["sopkit", "build"], repo)
    assert done.returncode != 0
    for name, url, ours in [
        ("reviews.md", "reviews/index.html", "reviews/index.md"),
        ("changes.md", "changes/index.html", "changes/index.md"),
        ("touchpoints/phone/index.md", "touchpoints/phone/index.html", "touchpoints/phone.md"),
    ]:
        assert (
            f"sop/{name}: MkDocs would publish it at '{url}', where sopkit writes its page '{ours}'"
        ) in done.stderr, done.stderr
    assert "sop/pagefind/pagefind.js: sopkit writes the search index into 'pagefind/'" in (
        done.stderr
    )
    assert not (repo / "site").exists()


def test_a_readme_in_a_generated_folder_is_left_out_as_mkdocs_leaves_it(repo: Path) -> None:
    """MkDocs publishes a folder's index.md over its README.md, with a warning: a README
    beside location photos stopped the build once generated pages were checked by URL."""
    write_tree(repo, {"sop/locations/README.md": "# Photos of our shops\n"})
    done = run(["sopkit", "build"], repo)
    assert done.returncode == 0, done.stderr
    assert "Photos of our shops" not in (repo / "site/locations/index.html").read_text("utf-8")


def test_a_docs_file_at_sopkits_own_script_stops_the_build(repo: Path) -> None:
    """sop/assets/sopkit.js replaced the script every page loads, without a word."""
    write_tree(repo, {"sop/assets/sopkit.js": "alert(1)\n", "sop/assets/sopkit.css": "x{}\n"})
    done = run(["sopkit", "build"], repo)
    assert done.returncode != 0
    for name in ("sopkit.js", "sopkit.css"):
        assert f"sop/assets/{name}: 'assets/{name}' is sopkit's own" in done.stderr, done.stderr
    assert not (repo / "site").exists()


def test_a_page_published_from_a_hidden_folder_stops_the_build(repo: Path) -> None:
    """exclude_docs: "!.hidden/" published a page that lint, which skips hidden folders,
    never read; without sopkit's assets clash, the theme's own files pass."""
    write_tree(repo, {"sop/.hidden/evil.md": "---\nsop: false\n---\n# Evil\n\nText.\n"})
    config = repo / "mkdocs.yml"
    config.write_text(config.read_text() + '\nexclude_docs: "!.hidden/"\n')
    done = run(["sopkit", "build"], repo)
    assert done.returncode != 0
    assert "sop/.hidden/evil.md: exclude_docs lets MkDocs publish" in done.stderr, done.stderr
    assert "sopkit's own script" not in done.stderr
    assert not (repo / "site").exists()


@pytest.mark.parametrize("target", ["$PWD", ".", "..", "sop", "sop/email", ".git"])
def test_export_refuses_sources_project_and_git(repo: Path, target: str) -> None:
    before = fingerprint(repo.parent)
    folder = str(repo) if target == "$PWD" else target
    done = run(["sopkit", "export", folder, "--force"], repo)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "refusing to write into" in done.stderr and "Traceback" not in done.stderr
    assert fingerprint(repo.parent) == before


def test_export_keeps_a_users_folder_unless_forced(repo: Path) -> None:
    docs = write_tree(repo.parent / "docs", {"handbook.md": "# Our handbook\n"})
    done = run(["sopkit", "export", "../docs"], repo)
    assert done.returncode == 2 and "--force" in done.stderr
    assert (docs / "handbook.md").read_text() == "# Our handbook\n"
    assert [p.name for p in docs.parent.iterdir() if p.name.startswith(".docs.")] == []
    done = run(["sopkit", "export", "../docs", "--force"], repo)
    assert done.returncode == 0, done.stderr
    assert not (docs / "handbook.md").exists() and (docs / "catalogue.md").is_file()
    done = run(["sopkit", "export", "../docs"], repo)  # its own output now: no --force
    assert done.returncode == 0, done.stderr


def test_export_never_replaces_another_project_even_forced(repo: Path) -> None:
    """--force replaced a project that is no git work tree: its mkdocs.yml and SOPs."""
    other = write_tree(repo.parent / "other", {
        "mkdocs.yml": "site_name: Other\n", "sop/a.md": "# A\n", "README.md": "# Other\n",
        "nested/sub/pyproject.toml": "[project]\nname = 'x'\n",
    })  # fmt: skip
    before = fingerprint(other)
    done = run(["sopkit", "export", "../other", "--force"], repo)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "it holds a project (mkdocs.yml)" in done.stderr
    assert fingerprint(other) == before
    # one level down too: only the folder's own top level was looked at
    done = run(["sopkit", "export", "../other/nested", "--force"], repo)
    assert done.returncode == 2 and "it holds a project (sub/pyproject.toml)" in done.stderr
    assert fingerprint(other) == before


def test_plain_mkdocs_build_keeps_the_last_site_on_a_lint_error(repo: Path) -> None:
    done = run(["mkdocs", "build"], repo)
    assert done.returncode == 0, done.stderr
    before = fingerprint(repo / "site")
    assert len(before) > 50
    metric = example("en", metric="Answer calls quickly.")
    write_tree(repo, {"sop/phone/zz-vague.md": metric})
    done = run(["mkdocs", "build"], repo)
    assert done.returncode == 1 and "SOP101" in done.stderr
    assert fingerprint(repo / "site") == before
    assert not [p for p in repo.iterdir() if p.name.startswith(".site.building")]


def test_owners_refuses_to_write_into_an_sop_or_a_foreign_file(repo: Path) -> None:
    before = fingerprint(repo)
    for target in ("sop/phone/answer-inbound-calls.md", "mkdocs.yml", "sop"):
        done = run(["sopkit", "owners", "-o", target], repo)
        assert done.returncode == 2, (target, done.stdout + done.stderr)
        assert "CODEOWNERS" in done.stderr or "is a directory" in done.stderr
        assert "Traceback" not in done.stderr
    assert fingerprint(repo) == before
    write_tree(repo, {".github/CODEOWNERS": "* @northwind/admins\n"})
    done = run(["sopkit", "owners"], repo)
    assert done.returncode == 0, done.stderr
    kept = (repo / ".github/CODEOWNERS").read_text()
    assert kept.startswith("* @northwind/admins\n") and "# BEGIN sopkit owners" in kept


def test_owners_writes_a_new_file_only_by_the_name_codeowners(repo: Path) -> None:
    """'-o pyproject.toml' (not there yet) made a setup file of the owners' lines, and
    every later command failed on it; '-o site/CODEOWNERS' made later builds refuse site/."""
    assert run(["sopkit", "build"], repo).returncode == 0
    before = fingerprint(repo)
    for target in ("pyproject.toml", ".vale.ini", "owners.txt", "site/CODEOWNERS"):
        done = run(["sopkit", "owners", "-o", target], repo)
        assert done.returncode == 2, (target, done.stdout + done.stderr)
        assert "CODEOWNERS" in done.stderr and "Traceback" not in done.stderr
    assert fingerprint(repo) == before
    outside = repo.parent / "elsewhere" / "CODEOWNERS"
    done = run(["sopkit", "owners", "-o", str(outside)], repo)
    assert done.returncode == 2 and "leads outside the project" in done.stderr
    assert "through a link" not in done.stderr and not outside.exists()
    done = run(["sopkit", "owners", "-o", "docs/CODEOWNERS"], repo)
    assert done.returncode == 0 and (repo / "docs/CODEOWNERS").is_file(), done.stderr


def test_new_and_vale_ini_never_overwrite(repo: Path) -> None:
    target = repo / "sop/phone/answer-inbound-calls.md"
    original = target.read_bytes()
    done = run(["sopkit", "new", "--title", "Answer inbound calls", "--touchpoint", "phone",
                "--owner", "Lead", "--metric", "80% of calls answered within 20 seconds",
                "--timeframe", "20 seconds", "--step", "Answer the call."], repo)  # fmt: skip
    assert done.returncode != 0 and "never overwrites" in done.stderr
    assert target.read_bytes() == original
    before = fingerprint(repo)
    done = run(["sopkit", "vale-ini"], repo)
    assert done.returncode == 0 and "StylesPath" in done.stdout
    assert fingerprint(repo) == before  # it prints; the user decides where it goes


def test_concurrent_builds_both_finish_with_a_complete_site(repo: Path) -> None:
    alone = run(["sopkit", "build"], repo)
    assert alone.returncode == 0, alone.stderr
    complete = set(fingerprint(repo / "site"))
    builds = [
        subprocess.Popen([sys.executable, "-m", "sopkit", "build"], cwd=repo, env=ENV,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(3)
    ]  # fmt: skip
    for build in builds:
        out, err = build.communicate(timeout=300)
        assert build.returncode == 0, out + err
    assert set(fingerprint(repo / "site")) == complete
    assert not [p for p in repo.iterdir() if ".building-" in p.name or ".old-" in p.name]


def _descendants(pid: int) -> set[int]:
    found = set()
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = status.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            child = int(status.parent.name)
            found |= {child, *_descendants(child)}
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process tree from /proc")
def test_kill_9_during_a_build_keeps_the_site_and_takes_lint_along(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "kb")
    big = example("en")
    write_tree(project, {f"sop/phone/bulk-{n:03}.md": big.replace(
        "title: Answer inbound calls", f"title: Bulk {n}") for n in range(300)})  # fmt: skip
    assert run(["sopkit", "build"], project).returncode == 0
    before = fingerprint(project / "site")
    cold = {**ENV, "XDG_CACHE_HOME": str(tmp_path / "cold")}  # kept results: no lint process
    build = subprocess.Popen([sys.executable, "-m", "sopkit", "build"], cwd=project, env=cold,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 60
    children: set[int] = set()
    while time.monotonic() < deadline and not children:
        children = _descendants(build.pid)  # the lint process has started
        time.sleep(0.05)
    assert children, "the build started no lint process"
    time.sleep(0.5)
    build.send_signal(signal.SIGKILL)
    build.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(Path(f"/proc/{c}").exists() for c in children):
        for child in children:  # reap zombies re-parented to us, if any
            with contextlib.suppress(ChildProcessError):
                os.waitpid(child, os.WNOHANG)
        time.sleep(0.1)
    alive = [
        c
        for c in children
        if Path(f"/proc/{c}/stat").exists()
        and Path(f"/proc/{c}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    ]
    assert alive == [], "the lint process outlived the build"
    assert fingerprint(project / "site") == before
    again = run(["sopkit", "build"], project)
    assert again.returncode == 0, again.stderr
    assert not [p for p in project.iterdir() if ".building-" in p.name]


def test_a_swap_interrupted_between_its_renames_is_recovered(tmp_path: Path) -> None:
    site = write_tree(tmp_path / "site", {"index.html": "new", MARKER: ""})
    site.rename(tmp_path / ".site.old-4242")  # killed after the first rename
    write_tree(tmp_path / ".site.building-abc", {"index.html": "half", STAGING_MARKER: ""})
    with Staging(tmp_path / "site") as stage:
        assert (tmp_path / "site/index.html").read_text() == "new"
        assert not (tmp_path / ".site.old-4242").exists()
        assert not (tmp_path / ".site.building-abc").exists()
        assert stage.folder is not None
        write_tree(stage.folder, {"index.html": "newer"})
        stage.publish()
    assert (tmp_path / "site/index.html").read_text() == "newer"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.lock", "site"]


def test_a_users_folders_with_staging_names_are_never_removed_or_put_back(
    tmp_path: Path,
) -> None:
    """Only a folder carrying sopkit's staging marker, its output marker or an MkDocs
    build's files is a leftover of a killed run; a name alone is not."""
    for name in (".site.building-mystuff", ".site.old-99999", ".site.old-4242"):
        write_tree(tmp_path / name, {"notes.txt": "mine"})
    with Staging(tmp_path / "site") as stage:
        assert stage.folder is not None
        write_tree(stage.folder, {"index.html": "new"})
        stage.publish()
    for name in (".site.building-mystuff", ".site.old-99999", ".site.old-4242"):
        assert (tmp_path / name / "notes.txt").read_text() == "mine", name
    assert (tmp_path / "site/index.html").read_text() == "new"
    assert not (tmp_path / "site" / STAGING_MARKER).exists()


def test_the_lock_is_never_taken_through_a_link(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    project = tmp_path / "project"
    project.mkdir()
    (project / ".site.lock").symlink_to(elsewhere / "lockfile")
    with pytest.raises(UnsafeOutput, match="lock file"), Staging(project / "site"):
        pass
    assert not (elsewhere / "lockfile").exists()


def test_a_published_folder_has_the_mode_mkdir_gives(tmp_path: Path) -> None:
    # A web server running as another user must read the site: not 0700 as temp folders.
    previous = os.umask(0o022)
    try:
        with Staging(tmp_path / "site") as stage:
            assert stage.folder is not None
            write_tree(stage.folder, {"index.html": "x"})
            stage.publish()
    finally:
        os.umask(previous)
    assert (tmp_path / "site").stat().st_mode & 0o777 == 0o755


def test_ctrl_c_while_the_old_site_is_removed_leaves_no_folder_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # After the swap the old site sits under a staging name: a Ctrl-C while it was
    # removed left it there, half removed, until the next build.
    import shutil

    write_tree(tmp_path / "site", {"index.html": "old", MARKER: ""})
    real_rmtree = shutil.rmtree
    interrupted: list[str] = []

    def rmtree_then_ctrl_c(path: object, *args: object, **kwargs: object) -> None:
        if not interrupted:
            interrupted.append(str(path))
            raise KeyboardInterrupt
        real_rmtree(path, *args, **kwargs)  # type: ignore[arg-type]

    with pytest.raises(KeyboardInterrupt), Staging(tmp_path / "site") as stage:
        assert stage.folder is not None
        write_tree(stage.folder, {"index.html": "new"})
        monkeypatch.setattr(shutil, "rmtree", rmtree_then_ctrl_c)
        stage.publish()
    assert interrupted, "the old site was never removed"
    assert (tmp_path / "site/index.html").read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.lock", "site"]
    # and the message after Ctrl-C says the new site is there ("left as it was before" lied)
    from sopkit.cli import interrupted_message

    assert interrupted_message().startswith(
        f"Interrupted: {tmp_path / 'site'} was already written in full and is kept"
    )


def _as_a_user(check: Callable[[Path], None]) -> None:
    """Run ``check`` in a fresh folder with a user's rights: root may write anywhere, so
    as root it runs in a child process as user "nobody" (65534)."""
    import shutil
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="sopkit-as-user-"))
    try:
        if os.geteuid() != 0:
            check(base)
            return
        base.chmod(0o777)
        child = os.fork()
        if child == 0:  # pragma: no cover - the child reports through its exit code
            code = 1
            try:
                os.setgid(65534)
                os.setuid(65534)
                check(base)
                code = 0
            finally:
                os._exit(code)
        _, status = os.waitpid(child, 0)
        assert os.waitstatus_to_exitcode(status) == 0, sorted(p.name for p in base.rglob("*"))
    finally:
        for folder in [base, *base.rglob("*")]:
            if folder.is_dir() and not folder.is_symlink():
                folder.chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


def _replace_a_read_only_site(base: Path) -> None:
    old = write_tree(base / "site", {"index.html": "old", "a/b/page.html": "x", MARKER: ""})
    for folder in (old / "a" / "b", old / "a", old):
        folder.chmod(0o555)
    with Staging(base / "site") as stage:
        assert stage.folder is not None
        write_tree(stage.folder, {"index.html": "new"})
        stage.publish()
    assert (base / "site/index.html").read_text() == "new"
    assert sorted(p.name for p in base.iterdir()) == [".site.lock", "site"]


needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork to drop rights")


@needs_fork
def test_a_read_only_site_is_replaced_and_not_left_beside_it() -> None:
    # chmod -R a-w site: the old site stayed as .site.building-*, for good and unsaid.
    _as_a_user(_replace_a_read_only_site)


def _remove_a_site_that_links_out(base: Path) -> None:
    outside = base / "outside"
    outside.mkdir()
    outside.chmod(0o555)
    old = write_tree(base / "site", {"index.html": "old", "a/page.html": "x", MARKER: ""})
    (old / "a" / "link").symlink_to(outside, target_is_directory=True)
    (old / "a").chmod(0o555)  # the first removal fails, as for a read-only site
    with Staging(base / "site") as stage:
        assert stage.folder is not None
        write_tree(stage.folder, {"index.html": "new"})
        stage.publish()
    assert outside.stat().st_mode & 0o777 == 0o555
    assert sorted(p.name for p in base.iterdir()) == [".site.lock", "outside", "site"]


@needs_fork
def test_removing_a_site_never_changes_what_its_links_lead_to() -> None:
    # Making the old site's folders writable to remove it must not touch a folder that
    # one of its links leads to.
    _as_a_user(_remove_a_site_that_links_out)
