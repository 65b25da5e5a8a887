"""A build whose inputs did not change publishes the kept site of an earlier one (issue 16).

End to end: ``sopkit build`` twice gives the site a full build gives, with its
warnings shown again; any input that can change the site makes a full build; a kept
file changed in place through the published site is never published again. The
fingerprint is checked input by input, and against changes that must not matter.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from sopkit.lint.examples import example
from sopkit.site import site_cache
from sopkit.site.site_cache import NotKept
from tests.conftest import write_tree

REUSED = "nothing changed: the kept site of an earlier build"
TODAY = dt.date(2026, 12, 5)


def _build(project: Path, *args: str, env: dict[str, str] | None = None) -> str:
    """``sopkit build`` in ``project`` with a cache of its own; stdout + stderr."""
    environment = {
        **os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_COLOR": "1",
        "XDG_CACHE_HOME": str(project.parent / "cache"), **(env or {}),
    }  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "sopkit", "build", *args],
        cwd=project, capture_output=True, text=True, env=environment,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def _site(project: Path) -> dict[str, bytes]:
    site = project / "site"
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def _kept(project: Path) -> list[Path]:
    folder = project.parent / "cache" / "sopkit" / "sites"
    return sorted(p for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []


def test_an_unchanged_project_publishes_what_a_full_build_makes(project: Path) -> None:
    assert REUSED not in _build(project)
    full = _site(project)
    assert len(_kept(project)) == 1
    assert REUSED in _build(project)
    assert _site(project) == full


def test_the_build_s_warnings_are_shown_again(project: Path) -> None:
    write_tree(project, {"sop/phone/odd.md": example("en", ownr="x", title="Odd keys")})
    first = _build(project)
    assert "unknown key 'ownr'" in first and "1 finding)" in first
    again = _build(project)
    assert REUSED in again
    assert "unknown key 'ownr'" in again and "1 finding)" in again


def test_a_change_to_the_docs_builds_again(project: Path) -> None:
    _build(project)
    page = project / "sop/phone/answer-inbound-calls.md"
    page.write_text(page.read_text("utf-8").replace("20 seconds", "25 seconds"), "utf-8")
    assert REUSED not in _build(project)
    html = (project / "site/phone/answer-inbound-calls/index.html").read_text("utf-8")
    assert "within 25 seconds" in html


def test_a_kept_file_changed_through_the_published_site_is_not_published_again(
    project: Path,
) -> None:
    _build(project)
    original = _site(project)
    assert REUSED in _build(project)  # the published files may now share the kept ones
    home = project / "site/index.html"
    with home.open("r+b") as file:  # in place: the same file, as an editor might
        file.write(b"<!-- edited -->")
    assert REUSED not in _build(project)
    assert _site(project) == original


def test_cache_false_keeps_no_site(project: Path) -> None:
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text("utf-8").replace("  - sopkit:\n", "  - sopkit:\n      cache: false\n"),
        "utf-8",
    )
    assert "cache: false" in config.read_text("utf-8")
    _build(project)
    assert REUSED not in _build(project)
    assert _kept(project) == []


def test_a_cache_inside_the_site_keeps_no_site(project: Path) -> None:
    _configure(project, "  - sopkit:\n", "  - sopkit:\n      cache_dir: site/.cache\n")
    _build(project)
    assert REUSED not in _build(project)
    assert not (project / "site" / ".cache" / "sites").exists()


def test_a_hook_makes_every_build_a_full_one(project: Path) -> None:
    write_tree(
        project, {"hooks.py": "def on_page_markdown(markdown, **kwargs):\n    return markdown\n"}
    )
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8") + "hooks:\n  - hooks.py\n", "utf-8")
    _build(project)
    assert REUSED not in _build(project)
    assert _kept(project) == []


# --------------------------------------------------------------------------------------
# The fingerprint, input by input
# --------------------------------------------------------------------------------------


def _key(project: Path, date: dt.date = TODAY, strict: bool = False) -> str:
    from mkdocs.config import load_config

    config = load_config(config_file=str(project / "mkdocs.yml"))
    return site_cache.fingerprint(config, date, strict)


def _append(relative: str, text: str) -> Callable[[Path], None]:
    def change(project: Path) -> None:
        path = project / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as file:
            file.write(text)

    return change


def _git(project: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=project, check=True, capture_output=True,
    )  # fmt: skip


CHANGES: dict[str, Callable[[Path], None]] = {
    "an SOP": _append("sop/phone/answer-inbound-calls.md", "\nOne more line.\n"),
    "a new file in docs": _append("sop/images/logo.svg", "<svg/>"),
    "the locations registry": _append("sop/locations.yml", "\n# a comment\n"),
    "mkdocs.yml": _append("mkdocs.yml", "\nsite_author: Someone\n"),
    "the Vale styles": _append(".vale.ini", "MinAlertLevel = warning\n"),
    "a git commit": lambda p: _git(p, "commit", "--allow-empty", "-q", "-m", "more"),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_every_input_changes_the_fingerprint(project: Path, change: str) -> None:
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "commit", "-q", "-m", "start")
    before = _key(project)
    assert _key(project) == before  # the same inputs, the same fingerprint
    CHANGES[change](project)
    assert _key(project) != before


def test_the_date_the_strict_flag_and_the_environment_change_the_fingerprint(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _key(project)
    assert _key(project, date=TODAY + dt.timedelta(days=1)) != before
    assert _key(project, strict=True) != before
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert _key(project) != before


def test_sopkit_s_files_and_page_templates_are_part_of_the_fingerprint(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from sopkit import resources
    from sopkit.lint import cache

    before = _key(project)
    monkeypatch.setattr(cache, "source_fingerprint", lambda: "another sopkit version")
    assert _key(project) != before
    monkeypatch.undo()
    templates = tmp_path / "templates"
    shutil.copytree(resources.templates_dir(), templates)
    monkeypatch.setattr(resources, "templates_dir", lambda: templates)
    assert _key(project) == before  # the same templates elsewhere
    _append("templates/pages/card.html.j2", "{# changed #}\n")(tmp_path)
    assert _key(project) != before


def test_the_theme_s_custom_dir_is_part_of_the_fingerprint(project: Path) -> None:
    write_tree(project, {"overrides/main.html": '{% extends "base.html" %}\n'})
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text("utf-8").replace(
            "  name: material\n", "  name: material\n  custom_dir: overrides\n"
        ),
        "utf-8",
    )
    before = _key(project)
    _append("overrides/main.html", "{# changed #}\n")(project)
    assert _key(project) != before


def test_files_in_a_linked_folder_are_part_of_the_fingerprint(project: Path) -> None:
    write_tree(project, {"shared/notes.md": "# Notes\n"})
    (project / "sop" / "shared").symlink_to(project / "shared", target_is_directory=True)
    before = _key(project)
    _append("shared/notes.md", "More.\n")(project)  # MkDocs follows the link: so must we
    assert _key(project) != before


def test_what_cannot_change_the_site_leaves_the_fingerprint_alone(project: Path) -> None:
    before = _key(project)
    write_tree(project, {"README.md": "Notes.\n", "site/stray.html": "<p>x</p>"})
    page = project / "sop/phone/answer-inbound-calls.md"
    os.utime(page, (1, 1))  # touched, not changed
    assert _key(project) == before


@pytest.mark.parametrize(
    ("addition", "reason"),
    [
        ("hooks:\n  - hooks.py\n", "hooks"),
        ("markdown_extensions:\n  - pymdownx.snippets\n", "pymdownx.snippets"),
        ("markdown_extensions:\n  - local_ext\n", "'local_ext' is not an installed"),
        (
            "markdown_extensions:\n  - pymdownx.superfences:\n      custom_fences:\n"
            "        - name: y\n          class: y\n"
            "          format: !!python/object/apply:functools.partial\n"
            "            - !!python/name:local_fmt.fmt\n",
            "local_fmt.fmt",
        ),
        (
            "markdown_extensions:\n  - pymdownx.superfences:\n      custom_fences:\n"
            "        - name: x\n          class: x\n"
            "          format: !!python/name:local_fmt.fmt\n",
            "local_fmt.fmt",
        ),
    ],
)
def test_inputs_the_fingerprint_cannot_see_make_every_build_a_full_one(
    project: Path, addition: str, reason: str
) -> None:
    write_tree(
        project,
        {
            "hooks.py": "",
            "local_fmt.py": "def fmt(*args, **kwargs):\n    return ''\n",
            "local_ext.py": "from markdown.extensions import Extension\n\n"
            "class Local(Extension):\n    def extendMarkdown(self, md):\n        pass\n\n"
            "def makeExtension(**kwargs):\n    return Local(**kwargs)\n",
        },
    )
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    if addition.startswith("markdown_extensions"):
        text = text.replace("markdown_extensions:\n", addition)
    else:
        text += addition
    config.write_text(text, "utf-8")
    sys.path.insert(0, str(project))
    try:
        with pytest.raises(NotKept, match=reason):
            _key(project)
    finally:
        sys.path.remove(str(project))
        sys.modules.pop("local_fmt", None)
        sys.modules.pop("local_ext", None)


def _configure(project: Path, old: str, new: str) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert old in text, old
    config.write_text(text.replace(old, new, 1), "utf-8")


SLUGIFY = (
    "  - toc:\n      permalink: true\n      slugify: !!python/object/apply:"
    "pymdownx.slugs.slugify {kwds: {case: CASE}}\n"
)


def test_a_partial_function_is_fingerprinted_with_its_arguments(project: Path) -> None:
    _configure(project, "  - toc:\n      permalink: true\n", SLUGIFY.replace("CASE", "lower"))
    before = _key(project)
    _configure(project, "case: lower", "case: none")
    assert _key(project) != before


def test_mapping_order_is_part_of_the_fingerprint(project: Path) -> None:
    _configure(project, "site_dir: site\n", "site_dir: site\nextra:\n  a: 1\n  b: 2\n")
    before = _key(project)
    _configure(project, "  a: 1\n  b: 2\n", "  b: 2\n  a: 1\n")  # a theme may list them
    assert _key(project) != before


def test_material_s_custom_icons_are_part_of_the_fingerprint(project: Path) -> None:
    write_tree(project, {"icons/my/star.svg": "<svg><title>ONE</title></svg>"})
    _configure(
        project,
        "markdown_extensions:\n",
        "markdown_extensions:\n  - pymdownx.emoji:\n      options:\n"
        f"        custom_icons: [{project / 'icons'}]\n",
    )
    before = _key(project)
    _append("icons/my/star.svg", "<!-- TWO -->")(project)
    assert _key(project) != before


def test_a_pipe_in_the_docs_is_refused_not_read(project: Path) -> None:
    os.mkfifo(project / "sop" / ".pipe")  # opening it would wait for a writer forever
    with pytest.raises(NotKept, match="not a regular file"):
        _key(project)


def test_a_package_installed_again_with_the_same_version_is_noticed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    packages = tmp_path / "site-packages"
    write_tree(packages, {"mypkg-1.0.dist-info/RECORD": "mypkg/__init__.py,,\n"})
    monkeypatch.syspath_prepend(str(packages))
    before = site_cache._installed_packages()
    assert any(name == "mypkg-1.0.dist-info" for name, _, _ in before)
    _append("mypkg-1.0.dist-info/RECORD", "mypkg/extra.py,,\n")(packages)
    assert site_cache._installed_packages() != before


def test_functions_of_installed_packages_are_fingerprinted_by_name(project: Path) -> None:
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text("utf-8").replace(
            "markdown_extensions:\n",
            "markdown_extensions:\n  - pymdownx.emoji:\n"
            "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n",
        ),
        "utf-8",
    )
    assert _key(project) == _key(project)


def test_inputs_changed_during_a_build_are_noticed(project: Path) -> None:
    from mkdocs.config import load_config

    config = load_config(config_file=str(project / "mkdocs.yml"))
    inputs = site_cache.Fingerprint(config, lambda: TODAY, False)
    before = inputs.key()
    config.plugins.on_config(config)  # the build changes its configuration...
    assert inputs.key() == before  # ...which was read before it
    _append("sop/phone/answer-inbound-calls.md", "\nSaved mid-build.\n")(project)
    assert inputs.key() != before


def _entry(project: int, number: int) -> str:
    return f"{project:012x}-{number:040x}"


def _kept_file(entry: Path, relative: str) -> Path:
    """Where the kept site ``entry`` holds the site's file ``relative`` (its record says)."""
    files = json.loads((entry / site_cache.RECORD).read_text("utf-8"))["files"]
    number = [path for path, _, _ in files].index(relative)
    return entry / site_cache.SITE / str(number)


def test_the_newest_sites_are_kept_per_project_and_in_all(tmp_path: Path) -> None:
    folder = tmp_path / "sites"
    stamp = 0
    for project in range(3):
        for number in range(site_cache.KEPT + 1):
            site = tmp_path / f"site{project}-{number}"
            write_tree(site, {"index.html": f"<p>{project} {number}</p>", "a/b.css": "x"})
            site_cache.store(folder, _entry(project, number), site, site_cache.KeptBuild(1, 0, 0))
            stamp += 1
            os.utime(folder / _entry(project, number), (stamp, stamp))  # in the order kept
    kept = sorted(p.name for p in folder.iterdir())
    per_project = [_entry(p, n) for p in range(3) for n in range(1, site_cache.KEPT + 1)]
    assert kept == sorted(per_project)[-site_cache.KEPT_IN_ALL :]
    into = tmp_path / "into"
    into.mkdir()
    newest = _entry(2, site_cache.KEPT)
    with _kept_file(folder / newest, "index.html").open("r+b") as file:
        file.write(b"<")  # changed in place, as through a link in a published site
    assert site_cache.restore(folder, newest, into) is None
    assert not (folder / newest).exists() and list(into.iterdir()) == []
    other = _entry(2, site_cache.KEPT - 1)
    old = time.time_ns() - 3600 * 10**9
    for path in (folder / other / site_cache.SITE).rglob("*"):
        os.utime(path, ns=(old, old))
    record = folder / other / site_cache.RECORD  # as if kept an hour ago
    files = [(p, s, old) for p, s, _ in json.loads(record.read_text())["files"]]
    record.write_text(record.read_text().split('"files"')[0] + f'"files": {json.dumps(files)}}}')
    assert site_cache.restore(folder, other, into) == site_cache.KeptBuild(1, 0, 0)
    assert (into / "a/b.css").read_text() == "x"
    assert (into / "index.html").read_text() == f"<p>2 {site_cache.KEPT - 1}</p>"
    assert (into / "index.html").stat().st_mtime > time.time() - 60  # as new as a build's
    again = tmp_path / "again"  # the kept record follows the new time: still usable
    again.mkdir()
    assert site_cache.restore(folder, other, again) == site_cache.KeptBuild(1, 0, 0)


def test_a_kept_site_holds_its_files_without_the_site_s_folders(tmp_path: Path) -> None:
    # A folder per page would cost the build that keeps the site a folder per page.
    site, into = tmp_path / "site", tmp_path / "into"
    pages = {f"sop/p{number}/index.html": f"<p>{number}</p>" for number in range(5)}
    write_tree(site, {**pages, "index.html": "<p>home</p>", "sop/p0/empty/.keep": ""})
    site_cache.store(tmp_path / "sites", _entry(1, 1), site, site_cache.KeptBuild(6, 5, 0))
    kept = tmp_path / "sites" / _entry(1, 1) / site_cache.SITE
    assert [path for path in kept.iterdir() if path.is_dir()] == []
    assert len(list(kept.iterdir())) == 7
    into.mkdir()
    assert site_cache.restore(tmp_path / "sites", _entry(1, 1), into) is not None
    restored = {p.relative_to(into).as_posix() for p in into.rglob("*") if p.is_file()}
    assert restored == {*pages, "index.html", "sop/p0/empty/.keep"}
    assert (into / "sop/p3/index.html").read_text() == "<p>3</p>"


def test_a_damaged_record_is_dropped_and_never_half_restored(tmp_path: Path) -> None:
    folder, site, into = tmp_path / "sites", tmp_path / "site", tmp_path / "into"
    write_tree(site, {"index.html": "<p>x</p>"})
    name = _entry(1, 1)
    site_cache.store(folder, name, site, site_cache.KeptBuild(1, 0, 0))
    record = folder / name / site_cache.RECORD
    valid = record.read_text("utf-8")
    damages = [
        "{not json",
        valid.replace("index.html", "../x.html"),
        valid.replace('"pages": 1', '"pages": 1e999'),
        valid.replace('"pages": 1', '"pages": "1"'),
        "[" * 100_000 + "]" * 100_000,
    ]
    for damage in damages:
        site_cache.store(folder, name, site, site_cache.KeptBuild(1, 0, 0))
        record.write_text(damage, "utf-8")
        into.mkdir(exist_ok=True)
        assert site_cache.restore(folder, name, into) is None, damage[:40]
        assert not (folder / name).exists() and list(into.iterdir()) == []
        assert not (tmp_path / "x.html").exists()


def test_a_configuration_of_yaml_aliases_is_not_walked_for_ever() -> None:
    # extra: {a: &a [lol x9], b: &b [*a x9], ...}: each level nine times the last.
    value: object = ["lol"] * 9
    for _ in range(7):
        value = [value] * 9  # 9**8 = 43 million strings, shared as aliases share them
    started = time.perf_counter()
    with pytest.raises(NotKept, match="more than 100,000 values"):
        site_cache._canonical({"extra": value})
    assert time.perf_counter() - started < 5
