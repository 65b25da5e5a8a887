"""`sopkit serve`: the real preview server, with live reload after an edit."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

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
