"""sopkit as shipped: what the wheel and sdist hold, and every command run from an installed sopkit.

`.ci/run` runs the README's test command (``pip install ".[test]"``, a wheel pip builds
and installs) in a fresh virtual environment, with ``SOPKIT_TEST_INSTALLED=1`` and
``SOPKIT_TEST_DIST`` (the folder with the sdist and the wheel `build` made from it): the
whole suite then tests the installed package, and these tests check that it is that wheel.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import tarfile
import time
import tomllib
import urllib.request
import zipfile
from pathlib import Path

import pytest

import sopkit
from sopkit.resources import templates_dir
from tests.installation import (
    REPO,
    SOURCE,
    TEMPLATES,
    imported_package,
    is_editable,
    shipped,
    stale_files,
)

#: Set by `.ci/run`: the run must test an installed sopkit, never the source tree.
INSTALLED = os.environ.get("SOPKIT_TEST_INSTALLED") == "1"

#: The `sopkit` script of the interpreter running the tests (the venv's, in CI).
SCRIPT = Path(sysconfig.get_path("scripts")) / "sopkit"

#: No colour, no Material banner, and nothing that could put the source tree on sys.path.
ENV = {
    **{k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "FORCE_COLOR")},
    "NO_COLOR": "1",
    "NO_MKDOCS_2_WARNING": "1",
}


def test_sopkit_is_imported_from_where_this_run_says() -> None:
    """An installed run must not test the source tree by accident, nor an old install."""
    package = imported_package()
    if INSTALLED or not is_editable():
        site_packages = Path(sysconfig.get_path("purelib")).resolve()
        assert package == site_packages / "sopkit", f"sopkit imported from {package}"
        assert templates_dir().resolve() == site_packages / "sopkit" / "templates"
        assert not any(Path(entry or ".").resolve() == REPO / "generator" for entry in sys.path)
        assert stale_files() == []  # every file of the checkout is installed, byte for byte
    else:
        assert package == SOURCE.resolve(), f"sopkit imported from {package}, not the checkout"
        assert templates_dir().resolve() == TEMPLATES.resolve()


def test_an_installed_copy_older_than_the_checkout_stops_the_run(tmp_path: Path) -> None:
    """A stale install is refused before any test runs, naming the files and the fix."""
    fake = tmp_path / "site-packages" / "sopkit"
    shutil.copytree(SOURCE, fake, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(TEMPLATES, fake / "templates", ignore=shutil.ignore_patterns("__pycache__"))
    (fake / "judgement.py").write_text("# an older judgement\n", encoding="utf-8")
    (fake / "removed_since.py").write_text("", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-n", "0", "--co", "-q",
         "tests/test_numbers.py"],
        capture_output=True, text=True, cwd=REPO, timeout=120,
        env={**ENV, "PYTHONPATH": str(fake.parent)},
    )  # fmt: skip
    assert done.returncode == 4, done.stdout[-2000:] + done.stderr[-2000:]
    assert "(not the same: judgement.py, removed_since.py)" in done.stderr
    assert 'pip install ".[test]"' in done.stderr and "pip install -e" in done.stderr


def test_every_package_folder_is_listed_in_pyproject() -> None:
    """A new subpackage must reach the wheel (sopkit.history once did not)."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    folders = {
        ".".join(("sopkit", *path.parent.relative_to(SOURCE).parts))
        for path in SOURCE.rglob("*.py")
    }
    assert folders | {"sopkit.templates"} == listed
    for folder in folders:
        init = SOURCE.joinpath(*folder.split(".")[1:], "__init__.py")
        assert init.is_file(), f"{folder} has no __init__.py: importlib.resources needs one"


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder with the sdist and wheel: CI's own build, else one built here."""
    given = os.environ.get("SOPKIT_TEST_DIST")
    if given:
        return Path(given)
    if INSTALLED:
        pytest.fail("SOPKIT_TEST_INSTALLED=1 needs SOPKIT_TEST_DIST (see .ci/run)")
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(REPO)],
        capture_output=True,
        text=True,
        env=ENV,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return out


def _wheel(dist: Path) -> zipfile.ZipFile:
    (wheel,) = dist.glob("sopkit-*.whl")
    return zipfile.ZipFile(wheel)


def _sdist_names(dist: Path) -> set[str]:
    (sdist,) = dist.glob("sopkit-*.tar.gz")
    with tarfile.open(sdist) as archive:
        return {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}


def test_the_wheel_holds_every_module_template_style_and_asset(dist: Path) -> None:
    names = set(_wheel(dist).namelist())
    expected = {f"sopkit/{name}" for name in shipped(SOURCE)}
    expected |= {f"sopkit/templates/{name}" for name in shipped(TEMPLATES)}
    assert expected - names == set()
    for name in ("sopkit/py.typed", "sopkit/history/__init__.py", "sopkit/templates/new/sop.md.j2"):
        assert name in names
    stray = {name for name in names if not name.startswith(("sopkit/", "sopkit-"))}
    assert stray == set(), "the wheel installs files outside its package"
    assert len(names) > 120


def test_the_sopkit_under_test_is_the_wheel_byte_for_byte(dist: Path) -> None:
    """The suite judges the code the wheel ships: CI's `pip install .` and the wheel
    built from the sdist hold the same files (an editable run compares the checkout)."""
    package = imported_package()
    wheel = _wheel(dist)
    names = [name for name in wheel.namelist() if name.startswith("sopkit/")]
    for name in names:
        relative = name.removeprefix("sopkit/")
        if is_editable() and relative.startswith("templates/"):
            local = TEMPLATES / relative.removeprefix("templates/")
        else:
            local = package / relative
        assert local.is_file() and local.read_bytes() == wheel.read(name), name
    assert len(names) > 120


def test_the_wheel_says_what_it_is(dist: Path) -> None:
    wheel = _wheel(dist)
    info = next(name.rsplit("/", 1)[0] for name in wheel.namelist() if name.endswith("METADATA"))
    metadata = wheel.read(f"{info}/METADATA").decode("utf-8")
    assert "License-Expression: MIT" in metadata
    assert "License-File: LICENSE" in metadata and f"{info}/licenses/LICENSE" in wheel.namelist()
    assert "Classifier: Typing :: Typed" in metadata
    assert "Requires-Python: >=3.11" in metadata
    assert "# sopkit" in metadata  # the README is the long description
    entry_points = wheel.read(f"{info}/entry_points.txt").decode("utf-8")
    assert "sopkit = sopkit.cli:cli" in entry_points
    assert "sopkit = sopkit.plugin.plugin:SopPlugin" in entry_points


def test_the_sdist_holds_the_tests_and_what_they_read(dist: Path) -> None:
    names = _sdist_names(dist)
    for name in (
        "LICENSE",
        "README.md",
        "pyproject.toml",
        "mkdocs.yml",
        ".vale.ini",
        "tests/conftest.py",
        "tests/test_packaging.py",
        "sop/index.md",
        "docs/rules.md",
        "templates/__init__.py",
        "generator/sopkit/py.typed",
    ):
        assert name in names, f"{name} is missing from the sdist"
    tests = {
        path.relative_to(REPO).as_posix()
        for path in (REPO / "tests").rglob("*.py")
        if "node_modules" not in path.parts
    }
    assert tests - names == set()
    assert not any("__pycache__" in name or "node_modules" in name for name in names)


# --- Every command, from a folder that holds only SOPs -----------------------------------


@pytest.fixture(scope="module")
def sops_only(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A team's repository: the sample SOPs and mkdocs.yml, nothing of sopkit's."""
    project = tmp_path_factory.mktemp("team")
    shutil.copytree(REPO / "sop", project / "sop")
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    return project


def sopkit_cmd(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), *args], cwd=cwd, capture_output=True, text=True, env=env or ENV, timeout=300
    )


def test_the_sopkit_script_is_installed() -> None:
    assert SCRIPT.is_file(), f"no sopkit script beside {sys.executable}"


def test_version_and_help(sops_only: Path) -> None:
    done = sopkit_cmd("--version", cwd=sops_only)
    assert done.returncode == 0 and done.stdout.strip() == f"sopkit, version {sopkit.__version__}"
    done = sopkit_cmd("--help", cwd=sops_only)
    assert done.returncode == 0
    for text in ("Exit codes:", "NO_COLOR", "_SOPKIT_COMPLETE=bash_source sopkit"):
        assert text in done.stdout
    for command in ("build", "export", "lint", "new", "owners", "rules", "schema", "serve"):
        assert f"  {command} " in done.stdout


def test_lint_rules_schema_and_vale_ini(sops_only: Path) -> None:
    done = sopkit_cmd("lint", cwd=sops_only)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 errors" in done.stdout
    done = sopkit_cmd("lint", "--format", "json", cwd=sops_only)
    assert json.loads(done.stdout)["summary"]["errors"] == 0
    done = sopkit_cmd("rules", cwd=sops_only)
    assert done.returncode == 0 and "SOP101" in done.stdout
    done = sopkit_cmd("rules", "SOP101", cwd=sops_only)
    assert done.returncode == 0 and "## What it does" in done.stdout
    done = sopkit_cmd("schema", cwd=sops_only)
    assert done.returncode == 0 and "touchpoint" in json.loads(done.stdout)["else"]["properties"]
    done = sopkit_cmd("vale-ini", cwd=sops_only)
    assert done.returncode == 0, done.stderr
    assert "StylesPath" in done.stdout and "site-packages" not in done.stdout


def test_build_export_new_and_owners(sops_only: Path, tmp_path: Path) -> None:
    project = tmp_path / "team"
    shutil.copytree(sops_only, project)
    done = sopkit_cmd("build", "--strict", cwd=project)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("Built ")
    home = (project / "site/index.html").read_text(encoding="utf-8")
    assert "Northwind Stores service standards" in home
    assert (project / "site/assets/sopkit.css").is_file()  # the theme overrides were found
    assert 'class="sop-card"' in (project / "site/phone/answer-inbound-calls/index.html").read_text(
        encoding="utf-8"
    )

    done = sopkit_cmd("export", "plain", cwd=project)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (project / "plain/index.md").is_file() and (project / "plain/catalogue.md").is_file()

    done = sopkit_cmd(
        "new",
        "--title", "Confirm a delivery slot",
        "--touchpoint", "phone",
        "--owner", "Delivery Lead <delivery@northwind.example>",
        "--metric", "95% of delivery slots confirmed within 1 working day",
        "--timeframe", "1 working day",
        "--step", "Open the order in the CRM.",
        "--step", "Confirm the slot with the customer by phone.",
        cwd=project,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    created = Path(done.stdout.split("Created ", 1)[1].strip())
    assert (project / created).is_file()
    assert sopkit_cmd("lint", cwd=project).returncode == 0

    done = sopkit_cmd("owners", "-o", "CODEOWNERS", cwd=project)
    assert done.returncode == 0, done.stderr
    assert "/sop/" in (project / "CODEOWNERS").read_text(encoding="utf-8")
    assert sopkit_cmd("owners", "-o", "CODEOWNERS", "--check", cwd=project).returncode == 0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serve_answers_and_stops(sops_only: Path, tmp_path: Path) -> None:
    project = tmp_path / "team"
    shutil.copytree(sops_only, project)
    port = _free_port()
    server = subprocess.Popen(
        [str(SCRIPT), "serve", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        page = ""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/catalogue/", timeout=5) as r:
                    page = r.read().decode("utf-8")
                break
            except OSError:
                time.sleep(0.5)
        assert "Catalogue" in page or "catalogue" in page, "sopkit serve did not answer"
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=60)
    assert "Serving on http://127.0.0.1" in output
    assert "Traceback" not in output and "\x1b[" not in output


def test_shell_completion_scripts_and_answers(sops_only: Path) -> None:
    for shell, marker in (("bash", "complete -o"), ("zsh", "compdef"), ("fish", "complete")):
        done = sopkit_cmd(cwd=sops_only, env={**ENV, "_SOPKIT_COMPLETE": f"{shell}_source"})
        assert done.returncode == 0 and marker in done.stdout and "_SOPKIT_COMPLETE" in done.stdout
    env = {**ENV, "_SOPKIT_COMPLETE": "bash_complete", "COMP_WORDS": "sopkit li", "COMP_CWORD": "1"}
    done = sopkit_cmd(cwd=sops_only, env=env)
    assert done.returncode == 0 and "plain,lint" in done.stdout.splitlines()


def test_the_readme_says_how_to_install_and_what_the_terminal_does() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "## Installing sopkit in your own SOP repository" in readme
    for text in ("NO_COLOR=1", "FORCE_COLOR=1", "TERM=dumb", "_SOPKIT_COMPLETE=bash_source sopkit"):
        assert text in readme
    assert "**3** when sopkit" in readme  # the exit codes
