"""Ctrl-C during a parallel lint: exit 130 with one line, whatever the timing.

Two Ctrl-C in a row (a terminal's, or `timeout` and `npm run` forwarding theirs) left
lint waiting for ever on a worker that died holding the pool's queue, or ended it with
a traceback per worker.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sopkit.lint.files import PARALLEL_THRESHOLD
from tests.site.test_background_lint import _ignores_sigint, large_project

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def test_two_ctrl_c_during_a_parallel_lint_exit_130_quietly(tmp_path: Path) -> None:
    project = large_project(tmp_path / "kb", sops=4 * PARALLEL_THRESHOLD)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    lint = subprocess.Popen(
        [sys.executable, "-m", "sopkit", "lint", "--no-cache", "--jobs", "2", "sop"],
        cwd=project, env=env, text=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    deadline = time.monotonic() + 60
    workers: list[int] = []
    # the workers are checking files once they ignore Ctrl-C (their first statement)
    while lint.poll() is None and time.monotonic() < deadline:
        workers = [pid for pid in _children(lint.pid) if _ignores_sigint(pid)]
        if len(workers) >= 2:
            break
        time.sleep(0.005)
    assert lint.poll() is None, "lint ended before the test could interrupt it"
    assert workers, "lint started no worker processes"
    os.killpg(lint.pid, signal.SIGINT)
    time.sleep(0.05)
    if lint.poll() is None:
        os.killpg(lint.pid, signal.SIGINT)
    _, stderr = lint.communicate(timeout=60)
    assert lint.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert stderr.strip().splitlines()[-1] == (
        "Interrupted: stopped before the end; nothing was written."
    )
    for pid in workers:
        while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert not Path(f"/proc/{pid}").exists(), f"worker {pid} outlived lint"
