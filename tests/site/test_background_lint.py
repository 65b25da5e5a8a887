"""Lint in a second process beside the build: same verdict, same stop on errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sopkit.config import Settings
from sopkit.errors import SopkitError
from sopkit.lint import lint_paths
from sopkit.lint.background import BackgroundLint, worth_a_process
from sopkit.lint.examples import example
from sopkit.lint.files import PARALLEL_THRESHOLD
from sopkit.site.knowledge_base import LintFailed, load_knowledge_base
from tests.conftest import REPO, write_tree
from tests.site.conftest import copy_project
from tests.site.test_build import run


def large_project(root: Path, sops: int = PARALLEL_THRESHOLD) -> Path:
    """The sample project plus enough SOPs for the plugin to lint beside the build."""
    project = copy_project(root)
    write_tree(
        project,
        {f"sop/phone/bulk/answer-{i:03}.md": example("en", title=f"Answer calls {i}")
         for i in range(sops)},
    )  # fmt: skip
    return project


def test_a_second_process_pays_off_only_for_large_sets_on_two_cores() -> None:
    assert worth_a_process(PARALLEL_THRESHOLD, cores=2)
    assert not worth_a_process(PARALLEL_THRESHOLD - 1, cores=2)
    assert not worth_a_process(10 * PARALLEL_THRESHOLD, cores=1)


def test_background_lint_finds_what_lint_finds(tmp_path: Path) -> None:
    sample = copy_project(tmp_path / "kb")
    serial = load_knowledge_base(Settings(root=sample), sample / "sop")
    beside = load_knowledge_base(Settings(root=sample), sample / "sop", background_lint=True)
    assert [s.display_path for s in beside.sops] == [s.display_path for s in serial.sops]
    assert beside.pages.pages() == serial.pages.pages()
    assert beside.lint.summary() == serial.lint.summary()
    assert beside.lint_done


def test_lint_errors_explain_a_page_that_failed_while_lint_ran(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "kb")
    write_tree(project, {"sop/phone/bad.md": example("en", metric="Answer quickly")})
    kb = load_knowledge_base(Settings(root=project), project / "sop", background_lint=True)
    with pytest.raises(LintFailed) as failed, kb.lint_explains_errors():
        raise KeyError("a page broken by a bad SOP")
    assert "sop/phone/bad.md" in failed.value.message and "SOP101" in failed.value.message
    assert failed.value.exit_code == 1


def test_a_page_failure_without_lint_errors_is_not_hidden(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "kb")
    kb = load_knowledge_base(Settings(root=project), project / "sop", background_lint=True)
    with pytest.raises(KeyError), kb.lint_explains_errors():
        raise KeyError("a defect in sopkit")


def test_a_broken_setup_in_the_lint_process_is_a_clear_error(tmp_path: Path) -> None:
    running = BackgroundLint([tmp_path / "missing"], Settings(root=tmp_path), tmp_path)
    with pytest.raises(SopkitError, match="missing: no such file or folder"):
        running.result()


def test_a_defect_in_the_lint_process_comes_back_with_its_traceback(tmp_path: Path) -> None:
    running = BackgroundLint([tmp_path], None, tmp_path)  # type: ignore[arg-type]
    with pytest.raises(RuntimeError, match="Traceback") as crashed:
        running.result()
    assert "AttributeError" in str(crashed.value)


def test_a_cancelled_lint_process_gives_no_result(tmp_path: Path) -> None:
    running = BackgroundLint([REPO / "sop"], Settings(root=REPO), REPO)
    assert not running.forked
    running.cancel()
    assert running.done
    with pytest.raises(SopkitError, match="stopped without a result"):
        running.result()


#: A build's forked lint, in a fresh Python: a test process may run threads (a
#: server of another test), and then sopkit rightly does not fork. Prints JSON.
_FORKED_LINT = """
import json, re, sys
from pathlib import Path
from sopkit.config import Settings
from sopkit.errors import SopkitError
from sopkit.lint.background import BackgroundLint, can_fork
from sopkit.lint.files import collect_files, read_files_once
from sopkit.sop import load_sop

project, shown = Path(sys.argv[1]), sys.argv[2]
docs, settings = project / "sop", Settings(root=project)
read = read_files_once(collect_files([docs], published=docs), settings, project)
out = {"can_fork": can_fork()}
running = BackgroundLint([docs], settings, project, read_already=read)
out["forked"] = running.forked
out["summary"] = running.result().summary()
# The SOP at `shown` as if its metric were vague: changed in memory only.
changed = re.sub(r"(?m)^metric: .*$", "metric: Answer quickly", (project / shown).read_text())
scratch = project.parent / "scratch.md"
scratch.write_text(changed)
vague = load_sop(scratch, settings, shown)
vague.document.path = project / shown
read[project / shown].sop = vague
findings = BackgroundLint([docs], settings, project, read_already=read).result().findings
out["rules"] = [f.rule for f in findings if f.path == shown]
running = BackgroundLint([docs], settings, project, read_already=read)
running.cancel()
out["cancelled_done"] = running.done
try:
    running.result()
except SopkitError as error:
    out["cancelled"] = error.message
print(json.dumps(out))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="lint forks on Linux only")
def test_a_forked_lint_checks_the_sops_the_build_read(tmp_path: Path) -> None:
    """The child checks the parsed SOPs it inherits: the same verdict as lint, and an
    SOP as it was read (here, one changed in memory only) rather than the file; a
    cancelled child gives no result."""
    project = copy_project(tmp_path / "kb")
    shown = "sop/phone/answer-inbound-calls.md"
    done = subprocess.run(
        [sys.executable, "-c", _FORKED_LINT, str(project), shown],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["can_fork"] and out["forked"]
    assert out["summary"] == lint_paths([project / "sop"], Settings(root=project)).summary()
    assert out["rules"] == ["SOP101"]
    assert out["cancelled_done"] and "stopped without a result" in out["cancelled"]


def test_large_build_lints_beside_rendering_and_builds(tmp_path: Path) -> None:
    project = large_project(tmp_path / "kb")
    done = run(["sopkit", "build", "--strict"], project)
    assert done.returncode == 0, done.stderr
    assert f"({25 + PARALLEL_THRESHOLD} SOPs, 0 findings)" in done.stdout
    catalogue = (project / "site/catalogue/index.html").read_text(encoding="utf-8")
    assert catalogue.count("<tr") == 1 + 25 + PARALLEL_THRESHOLD


@pytest.mark.parametrize("command", [["sopkit", "build"], ["mkdocs", "build"]])
def test_large_build_stops_on_lint_errors_before_writing_pages(
    tmp_path: Path, command: list[str]
) -> None:
    project = large_project(tmp_path / "kb")
    write_tree(project, {"sop/phone/bad.md": example("en", metric="Answer quickly")})
    done = run(command, project)
    assert done.returncode == 1
    assert "sop/phone/bad.md" in done.stderr and "SOP101" in done.stderr
    assert "the site was not built" in done.stderr
    assert not (project / "site/phone").exists()
    assert not (project / ".site.building").exists()


def test_the_plugin_starts_lint_with_the_configuration(tmp_path: Path) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    for project, beside in ((large_project(tmp_path / "large"), True),
                            (copy_project(tmp_path / "sample"), False)):  # fmt: skip
        config = load_config(str(project / "mkdocs.yml"))
        build(config)
        plugin = config.plugins["sopkit"]
        assert bool(plugin.lint_process) is beside
        assert plugin.knowledge_base.lint.summary()["errors"] == 0
        assert plugin.lint_reported


@pytest.mark.parametrize("staged", [True, False])
def test_a_staged_site_collects_lint_after_its_pages_others_before(
    tmp_path: Path, staged: bool, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    project = large_project(tmp_path / "kb")
    config = load_config(str(project / "mkdocs.yml"))
    config.plugins["sopkit"].staged_site = staged  # as sopkit build sets it
    with caplog.at_level(logging.DEBUG, logger="mkdocs"):
        build(config)
    messages = [record.getMessage() for record in caplog.records]
    checked = next(i for i, m in enumerate(messages) if "SOPs checked: 0 errors" in m)
    writing = messages.index("Building markdown pages.")
    assert (checked > writing) is staged
    assert config.plugins["sopkit"].lint_process  # lint ran beside the build


def test_lint_errors_collected_after_the_pages_still_stop_sopkit_build(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from sopkit.site.build import build_site

    project = large_project(tmp_path / "kb")
    bad = example("en", metric="Answer quickly")
    write_tree(project, {"sop/phone/zz-last.md": bad})  # late in the build's order
    with pytest.raises(SopkitError, match="The site was not built") as failed:
        build_site(project / "mkdocs.yml")
    assert failed.value.exit_code == 1
    assert "sop/phone/zz-last.md" in caplog.text and "SOP101" in caplog.text
    assert not (project / "site").exists()
    assert [p.name for p in project.iterdir() if p.name.startswith(".site.")] == [".site.lock"]


def _lint_child_of(pid: int) -> int | None:
    """The pid of the build's lint process, if it is running: a fresh interpreter, or
    a fork of the build (the same command line)."""
    try:
        build = (Path("/proc") / str(pid) / "cmdline").read_bytes()
    except OSError:
        return None
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if int(stat[1]) == pid and (b"sopkit.lint.background" in command or command == build):
            return int(entry.name)
    return None


def _ignores_sigint(pid: int) -> bool:
    """True when process ``pid`` ignores SIGINT (its ``SigIgn`` mask in /proc)."""
    import signal

    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    masks = [line.split()[1] for line in status.splitlines() if line.startswith("SigIgn:")]
    mask = masks[0] if masks else "0"
    return bool(int(mask, 16) & (1 << (signal.SIGINT - 1)))


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_ctrl_c_during_a_build_stops_lint_quietly(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    from tests.site.test_build import ENV

    project = large_project(tmp_path / "kb", sops=4 * PARALLEL_THRESHOLD)
    # A cache of its own: the run's shared cache holds lint results for the same generated
    # SOPs from this file's other tests, and with them the build once ended before the
    # Ctrl-C reached it (exit 0, on a loaded CI machine)
    env = {**ENV, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    build = subprocess.Popen(
        [sys.executable, "-m", "sopkit", "build"], cwd=project, env=env, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    deadline = time.monotonic() + 30
    child = None
    while child is None and build.poll() is None and time.monotonic() < deadline:
        child = _lint_child_of(build.pid)
        time.sleep(0.02)
    assert child is not None, "the build never started its lint process"
    # Lint is under way once its process ignores SIGINT (its first statement). A fixed
    # wait here once let a fast build finish before the Ctrl-C came (exit 0 in CI).
    while not _ignores_sigint(child) and time.monotonic() < deadline:
        time.sleep(0.005)
    assert build.poll() is None, "the build ended before the test could interrupt it"
    os.killpg(build.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole group
    _, stderr = build.communicate(timeout=60)
    assert build.returncode == 130, stderr
    assert "Traceback" not in stderr and "Interrupted: stopped before the end" in stderr
    while Path(f"/proc/{child}").exists() and time.monotonic() < deadline:
        time.sleep(0.02)  # reaped by the build's exit, or gone by itself
    assert not Path(f"/proc/{child}").exists()
    assert not (project / "site").exists()
    assert [p.name for p in project.iterdir() if p.name.startswith(".site.")] == [".site.lock"]
