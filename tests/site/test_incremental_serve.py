"""`sopkit serve` rebuilds what an edit changed (issue 16), with the real server.

One server per test module: the sample project is served once, then edited step by
step. Nothing is timed: each check polls the served page with a generous timeout.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import stop
from tests.site.conftest import copy_project

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
TIMEOUT = 90
SOP = "sop/phone/answer-inbound-calls.md"
OTHER = "sop/phone/transfer-calls.md"


@dataclass
class Server:
    project: Path
    url: str
    site: Path  # the folder MkDocs serves from (a temporary folder of its own)
    process: subprocess.Popen[str]

    def get(self, path: str) -> str | None:
        try:
            with urllib.request.urlopen(self.url + path, timeout=5) as response:
                return str(response.read().decode("utf-8"))
        except OSError:
            return None

    def wait_for(self, path: str, needle: str) -> str:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            page = self.get(path)
            if page is not None and needle in page:
                return page
            if self.process.poll() is not None:
                break
            time.sleep(0.3)
        raise AssertionError(f"{needle!r} did not appear at {path} within {TIMEOUT} s")

    def edit(self, path: str, old: str, new: str) -> None:
        file = self.project / path
        text = file.read_text(encoding="utf-8")
        assert old in text
        file.write_text(text.replace(old, new, 1), encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _built(server: Server, page: str) -> Path:
    return server.site / page / "index.html"


@pytest.fixture(scope="module", params=["locations", "no-locations"])
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    """The sample served; without ``locations.yml``, the last build's pages serve again."""
    project = copy_project(tmp_path_factory.mktemp("serve") / "kb")
    if request.param == "no-locations":
        (project / "sop" / "locations.yml").unlink()
        for sop in (project / "sop").rglob("*.md"):  # their local versions go with it
            text = sop.read_text(encoding="utf-8")
            if "locations" in text or "variants" in text:
                assert sop.name not in (Path(SOP).name, Path(OTHER).name)
                sop.unlink()
    marker = f"served-from-{project.parent.name}-{os.getpid()}"  # finds our site folder
    index = project / "sop" / "index.md"
    index.write_text(index.read_text(encoding="utf-8") + f"\n{marker}\n", encoding="utf-8")
    env = {**ENV, "XDG_CACHE_HOME": str(project.parent / "cache")}
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "sopkit", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        running = Server(project, f"http://127.0.0.1:{port}/", Path(), process)
        running.wait_for("phone/answer-inbound-calls/", 'class="sop-card"')
        sites = Path(tempfile.gettempdir()).glob("mkdocs_*")
        homes = (site / "index.html" for site in sites)
        running.site = next(h.parent for h in homes if h.is_file() and marker in h.read_text())
        yield running
    finally:
        stop(process)


def test_a_step_edit_rebuilds_the_sop_page_and_no_listing(server: Server) -> None:
    catalogue = _built(server, "catalogue")
    other = _built(server, "phone/transfer-calls")
    before = catalogue.stat().st_mtime_ns, other.stat().st_mtime_ns
    server.edit(SOP, "Summarise the caller's request", "Sum up the caller's request")
    server.wait_for("phone/answer-inbound-calls/", "Sum up the caller")
    assert (catalogue.stat().st_mtime_ns, other.stat().st_mtime_ns) == before
    assert not list((server.project / "sop").rglob("*.html"))  # nothing written into sop/


def test_a_metric_edit_updates_the_sop_page_and_the_catalogue(server: Server) -> None:
    other = _built(server, "phone/transfer-calls")
    before = other.stat().st_mtime_ns
    server.edit(SOP, "metric: 80% of calls", "metric: 85% of calls")
    server.wait_for("phone/answer-inbound-calls/", "85% of calls answered within 20 seconds")
    server.wait_for("catalogue/", "85%")
    server.wait_for("touchpoints/phone/", "85%")
    assert other.stat().st_mtime_ns == before  # an SOP the edit does not concern


def test_a_lint_error_shows_on_its_page_and_the_others_still_update(server: Server) -> None:
    server.edit(SOP, "touchpoint: phone", "touchpoint: carrier-pigeon")
    page = server.wait_for("phone/answer-inbound-calls/", "sop-lint-banner")
    assert re.search(r"SOP\d{3}", page)
    assert 'class="sop-card"' not in page  # left out of the knowledge base until fixed
    server.edit(OTHER, "## Steps", "## Steps\n\nUpdated while another SOP has an error.")
    server.wait_for("phone/transfer-calls/", "Updated while another SOP has an error.")
    catalogue = server.wait_for("catalogue/", "</table>")
    assert "Answer inbound calls" not in catalogue
    server.edit(SOP, "touchpoint: carrier-pigeon", "touchpoint: phone")
    server.wait_for("catalogue/", "Answer inbound calls")
    page = server.wait_for("phone/answer-inbound-calls/", 'class="sop-card"')
    assert "sop-lint-banner" not in page


def test_a_file_mkdocs_cannot_read_never_stops_the_preview(server: Server) -> None:
    """A binary SOP and a link loop: named in the log, the other edits still show."""
    sop = server.project / SOP
    text = sop.read_bytes()
    loop = server.project / "sop" / "loop.png"
    try:
        sop.write_bytes(b"\xff\xfe\x00\x01" * 100)
        loop.symlink_to("loop.png")
        page = server.wait_for("phone/answer-inbound-calls/", "This page cannot be shown")
        assert "binary file" in page and "sop-lint-banner" in page
        server.edit(OTHER, "## Steps", "## Steps\n\nUpdated beside an unreadable file.")
        server.wait_for("phone/transfer-calls/", "Updated beside an unreadable file.")
    finally:
        loop.unlink(missing_ok=True)
        sop.write_bytes(text)
    server.wait_for("phone/answer-inbound-calls/", 'class="sop-card"')
    server.edit(OTHER, "Updated beside an unreadable file.", "Updated once all files are fine.")
    server.wait_for("phone/transfer-calls/", "Updated once all files are fine.")


def test_a_deleted_sop_is_no_longer_served(server: Server) -> None:
    # Its page was served, with its last content, until the preview was restarted.
    added = server.project / "sop/phone/deleted-soon.md"
    text = (server.project / OTHER).read_text(encoding="utf-8")
    title = re.search(r"^title: (.+)$", text, re.MULTILINE)
    assert title is not None
    text = text.replace(title.group(0), "title: Deleted soon", 1)
    added.write_text(re.sub(r"^id: .+$", "id: deleted-soon", text, flags=re.M), "utf-8")
    server.wait_for("phone/deleted-soon/", "Deleted soon")
    added.unlink()
    deadline = time.monotonic() + TIMEOUT
    while server.get("phone/deleted-soon/") is not None and time.monotonic() < deadline:
        time.sleep(0.3)
    assert server.get("phone/deleted-soon/") is None
    server.edit(OTHER, "## Steps", "## Steps\n\nUpdated after a deletion.")
    server.wait_for("phone/transfer-calls/", "Updated after a deletion.")
