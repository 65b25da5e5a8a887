"""`sopkit serve`: the real preview server, with live reload after an edit."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.conftest import stop

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def _wait_for(url: str, needle: str, seconds: float) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = _get(url)
        if page and needle in page:
            return page
        time.sleep(0.5)
    raise AssertionError(f"{needle!r} did not appear at {url} within {seconds} s")


def test_serve_previews_and_reloads_after_an_edit(project: Path) -> None:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "sopkit", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=project, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}/phone/answer-inbound-calls/"
        page = _wait_for(url, 'class="sop-card"', 60)
        assert "80% of calls answered within 20 seconds" in page
        sop = project / "sop/phone/answer-inbound-calls.md"
        sop.write_text(sop.read_text(encoding="utf-8").replace(
            "80% of calls answered within 20 seconds", "85% of calls answered within 20 seconds"
        ), encoding="utf-8")  # fmt: skip
        _wait_for(url, "85% of calls answered within 20 seconds", 60)
        assert not list((project / "sop").rglob("*.html"))  # nothing written into sop/
        # The preview searches with Material's engine: no Pagefind run after each edit.
        index = _get(f"http://127.0.0.1:{port}/search/search_index.json") or ""
        assert '"docs": []' not in index and "answer-inbound-calls" in index
        assert _get(f"http://127.0.0.1:{port}/pagefind/pagefind.js") is None
    finally:
        server.terminate()
        try:
            out, _ = server.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            out, _ = server.communicate()
    assert "the preview uses Material's search" in out


def test_port_0_serves_on_a_free_port_and_says_which(project: Path, tmp_path: Path) -> None:
    """MkDocs bound a free port for "-a 127.0.0.1:0" but said "Serving on ...:0/"."""
    log = tmp_path / "serve.log"
    env = {**ENV, "NO_COLOR": "1", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    with log.open("w", encoding="utf-8") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "sopkit", "serve", "-a", "127.0.0.1:0"],
            cwd=project, env=env, stdout=output, stderr=subprocess.STDOUT, text=True,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while (
            found := re.search(r"Serving on http://127\.0\.0\.1:(\d+)/", log.read_text())
        ) is None:
            assert time.monotonic() < deadline and server.poll() is None, log.read_text()
            time.sleep(0.3)
        port = int(found.group(1))
        assert port != 0
        _wait_for(f"http://127.0.0.1:{port}/phone/answer-inbound-calls/", 'class="sop-card"', 60)
    finally:
        stop(server)


def _serve(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**ENV, "NO_COLOR": "1", "XDG_CACHE_HOME": str(project.parent / "cache")}
    return subprocess.run(
        [sys.executable, "-m", "sopkit", "serve", *args],
        cwd=project, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_an_address_in_use_is_named_with_the_fix(project: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        address = f"127.0.0.1:{taken.getsockname()[1]}"
        done = _serve(project, "-a", address)
    assert done.returncode == 2, done.stderr
    assert f"could not be served on {address}: Address already in use" in done.stderr
    assert "-a 127.0.0.1:8001" in done.stderr and "bug" not in done.stderr


def test_a_bad_address_is_a_usage_error(project: Path) -> None:
    for address in ("127.0.0.1:99999", "127.0.0.1", "example.org:8000", "[::1]:port"):
        done = _serve(project, "-a", address)
        assert done.returncode == 2, done.stderr
        assert f"'{address}' is not IP:PORT" in done.stderr and "bug" not in done.stderr


def test_a_bad_address_in_mkdocs_yml_is_a_configuration_error(project: Path) -> None:
    config = project / "mkdocs.yml"
    original = config.read_text(encoding="utf-8")
    for value, expected in (("127.0.0.1:99999", "from 0 to 65535"), ("nowhere", "IP:PORT")):
        config.write_text(original + f"dev_addr: {value}\n", encoding="utf-8")
        done = _serve(project)
        assert done.returncode == 2, done.stderr
        assert expected in done.stderr and "bug" not in done.stderr


def test_mkdocs_yml_saved_broken_while_serving_is_one_line_then_the_preview_goes_on(
    project: Path, tmp_path: Path
) -> None:
    port = _free_port()
    log = tmp_path / "serve.log"
    config = project / "mkdocs.yml"
    original = config.read_text(encoding="utf-8")
    env = {**ENV, "NO_COLOR": "1", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    with log.open("w", encoding="utf-8") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "sopkit", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=project, env=env, stdout=output, stderr=subprocess.STDOUT, text=True,
        )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}/phone/answer-inbound-calls/"
        _wait_for(url, 'class="sop-card"', 60)
        for broken, expected in (
            ("site_name: [\n", "found '<stream end>'"),  # YAML that does not parse
            ("42\n", "holds the single value '42', not settings"),
        ):
            config.write_text(broken, encoding="utf-8")
            deadline = time.monotonic() + 60
            while expected not in log.read_text(encoding="utf-8"):
                assert time.monotonic() < deadline, log.read_text(encoding="utf-8")
                time.sleep(0.3)
            # MkDocs' server held every request until the error was fixed
            assert 'class="sop-card"' in (_get(url) or ""), "the preview stopped answering"
        config.write_text(original, encoding="utf-8")
        sop = project / "sop/phone/answer-inbound-calls.md"
        sop.write_text(sop.read_text(encoding="utf-8").replace(
            "80% of calls answered within 20 seconds", "85% of calls answered within 20 seconds"
        ), encoding="utf-8")  # fmt: skip
        _wait_for(url, "85% of calls answered within 20 seconds", 60)
    finally:
        stop(server)
    shown = log.read_text(encoding="utf-8")
    assert "Traceback" not in shown and "mkdocs.yml: MkDocs encountered an error" in shown
    assert "The preview keeps the last good site until the error is fixed." in shown


def test_a_second_interrupt_while_shutting_down_still_ends_the_preview(project: Path) -> None:
    """A parent that forwards Ctrl-C (timeout, npm run) sends two: the server and file
    watcher threads outlived MkDocs' interrupted shutdown, and the process never ended."""
    import signal

    for _ in range(3):  # it hung in three runs of four
        port = _free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "sopkit", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=project, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            _wait_for(f"http://127.0.0.1:{port}/", "<html", 60)
            server.send_signal(signal.SIGINT)
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                raise AssertionError("the preview still runs 30 s after two interrupts") from None
        finally:
            stop(server)
