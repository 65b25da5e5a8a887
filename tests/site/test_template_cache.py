"""Compiled templates kept between builds: used when unchanged, never a failed build."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

import jinja2
import pytest

from sopkit import template_cache
from sopkit.site.build import build_site
from sopkit.site.pages import environment
from tests.conftest import write_tree
from tests.site.test_build import ENV, run
from tests.site.test_sidebar import differing_files


def counting_env(folder: Path, **settings: object) -> tuple[jinja2.Environment, list[str]]:
    """A Jinja environment over ``folder`` that records every template it compiles."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(folder), **settings)  # type: ignore[arg-type]
    compiled: list[str] = []
    compile_source: Callable[..., object] = env.compile

    def compile_and_count(source: str, name: str | None = None, *args: object) -> object:
        compiled.append(str(name))
        return compile_source(source, name, *args)

    env.compile = compile_and_count  # type: ignore[method-assign]
    return env, compiled


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    return write_tree(
        tmp_path / "t", {"page.html": "Hello {{ name }}!", "other.html": "{{ 1 + 1 }}"}
    )


def test_a_second_environment_loads_what_the_first_compiled(
    templates: Path, tmp_path: Path
) -> None:
    first, compiled = counting_env(templates)
    assert template_cache.install(first, tmp_path / "cache") is not None
    assert first.get_template("page.html").render(name="Ann") == "Hello Ann!"
    assert compiled == ["page.html"]
    assert len(list((tmp_path / "cache").rglob("*.jinja"))) == 1

    second, compiled_again = counting_env(templates)
    template_cache.install(second, tmp_path / "cache")
    assert second.get_template("page.html").render(name="Bo") == "Hello Bo!"
    assert compiled_again == []


def test_without_the_cache_every_environment_compiles(templates: Path) -> None:
    for _ in range(2):
        env, compiled = counting_env(templates)
        env.get_template("page.html").render(name="Ann")
        assert compiled == ["page.html"]


def test_a_changed_template_is_compiled_again(templates: Path, tmp_path: Path) -> None:
    first, _ = counting_env(templates)
    template_cache.install(first, tmp_path / "cache")
    first.get_template("page.html").render(name="Ann")
    (templates / "page.html").write_text("Goodbye {{ name }}.", encoding="utf-8")
    second, compiled = counting_env(templates)
    template_cache.install(second, tmp_path / "cache")
    assert second.get_template("page.html").render(name="Ann") == "Goodbye Ann."
    assert compiled == ["page.html"]


def test_other_compiler_settings_use_another_folder(templates: Path, tmp_path: Path) -> None:
    plain, _ = counting_env(templates)
    trimmed, _ = counting_env(templates, trim_blocks=True, extensions=["jinja2.ext.i18n"])
    assert template_cache.fingerprint(plain) != template_cache.fingerprint(trimmed)
    assert template_cache.fingerprint(plain) == template_cache.fingerprint(
        counting_env(templates)[0]
    )
    template_cache.install(plain, tmp_path / "cache")
    plain.get_template("page.html").render(name="Ann")
    template_cache.install(trimmed, tmp_path / "cache")
    assert len(list((tmp_path / "cache").iterdir())) == 2


@pytest.mark.parametrize(
    "damage",
    [b"", b"j2", b"\x00" * 64, b"j2\x04garbage" * 50],
    ids=["empty", "cut-short", "zeros", "garbage"],
)
def test_a_damaged_cache_file_means_compile(templates: Path, tmp_path: Path, damage: bytes) -> None:
    first, _ = counting_env(templates)
    template_cache.install(first, tmp_path / "cache")
    first.get_template("page.html").render(name="Ann")
    [cached] = (tmp_path / "cache").rglob("*.jinja")
    cached.write_bytes(damage)
    second, compiled = counting_env(templates)
    template_cache.install(second, tmp_path / "cache")
    assert second.get_template("page.html").render(name="Bo") == "Hello Bo!"
    assert compiled == ["page.html"]


def test_a_folder_that_cannot_be_made_leaves_the_environment_as_it_was(
    templates: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = write_tree(tmp_path, {"file": "not a folder"}) / "file"
    env, compiled = counting_env(templates)
    with caplog.at_level(logging.INFO, logger="sopkit.template_cache"):
        assert template_cache.install(env, blocker / "cache") is None
    assert env.bytecode_cache is None
    assert "compiled templates are not kept" in caplog.text and str(blocker) in caplog.text
    assert env.get_template("page.html").render(name="Ann") == "Hello Ann!"
    assert compiled == ["page.html"]


def test_a_folder_that_cannot_be_written_turns_the_cache_off(
    templates: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    env, _ = counting_env(templates)
    cache = template_cache.install(env, tmp_path / "cache")
    assert cache is not None
    for folder in (tmp_path / "cache").iterdir():  # gone after install: writes fail
        folder.rmdir()
    with caplog.at_level(logging.INFO, logger="sopkit.template_cache"):
        assert env.get_template("page.html").render(name="Ann") == "Hello Ann!"
        assert env.get_template("other.html").render() == "2"
    assert cache.writable is False
    assert caplog.text.count("compiled templates are not kept") == 1


def test_the_default_folder_follows_xdg_cache_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert template_cache.default_cache_dir() == tmp_path / "xdg/sopkit/templates"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert template_cache.default_cache_dir() == tmp_path / "home/.cache/sopkit/templates"


def _with_plugin_options(project: Path, options: str) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  - sopkit:\n", f"  - sopkit:\n{options}"), encoding="utf-8")


def test_a_build_keeps_every_template_it_compiled_and_the_site_is_the_same(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_plugin_options(project, "      cache_dir: .cache/templates\n")
    monkeypatch.setenv("SOPKIT_TODAY", "2026-11-22")  # all builds show the same dates
    environment().cache.clear()  # as in a new process: earlier tests loaded sopkit's pages
    build_site(project / "mkdocs.yml", site_dir=project / "first")
    kept = sorted((project / ".cache/templates").rglob("*.jinja"))
    # Material's page templates and partials, and sopkit's card and listings, in two
    # environments (the theme's and sopkit's own pages)
    assert len(kept) > 30
    assert len({path.parent for path in kept}) == 2
    build_site(project / "mkdocs.yml", site_dir=project / "second")
    assert sorted((project / ".cache/templates").rglob("*.jinja")) == kept
    _with_plugin_options(project, "      cache: false\n")
    build_site(project / "mkdocs.yml", site_dir=project / "uncached")
    assert differing_files(project / "first", project / "second") == []
    assert differing_files(project / "first", project / "uncached") == []


def test_cache_false_keeps_nothing(project: Path) -> None:
    _with_plugin_options(project, "      cache: false\n      cache_dir: .cache/templates\n")
    build_site(project / "mkdocs.yml")
    assert (project / "site/index.html").is_file()
    assert not (project / ".cache").exists()


def test_a_cache_folder_inside_the_sop_folder_is_refused(project: Path) -> None:
    _with_plugin_options(project, "      cache_dir: sop/.cache\n")
    done = run(["sopkit", "build"], project)
    assert done.returncode == 2  # the setup is wrong, not the SOPs
    refused = r"mkdocs\.yml:\d+: sopkit setting 'cache_dir': .* is inside docs_dir"
    assert re.search(refused, done.stderr)
    assert "to a folder outside it" in done.stderr and "Traceback" not in done.stderr
    assert not (project / "sop/.cache").exists() and not (project / "site").exists()


def test_a_default_cache_folder_inside_the_sop_folder_is_refused(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(ENV, "XDG_CACHE_HOME", str(project / "sop/cache"))
    done = run(["sopkit", "build"], project)
    assert done.returncode == 2  # the setup is wrong, not the SOPs
    assert "the template cache (from $XDG_CACHE_HOME or ~/.cache)" in done.stderr
    assert "set 'cache_dir' to a folder outside it" in done.stderr
    assert not (project / "sop/cache").exists()
