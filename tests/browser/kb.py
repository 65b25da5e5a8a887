"""Helpers for the phone, accessibility, language and sub-path tests: build a copy of
the sample knowledge base with changed settings, serve it under any path (as GitHub
Pages serves a project site under /<repo>/), and run axe-core in a page."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tests.conftest import REPO, fail_in_ci, require_tool

#: axe-core from `npm ci --prefix tests/node`; CI's run of the installed package points
#: here with SOPKIT_NODE_MODULES (the unpacked sdist holds no node_modules).
NODE_MODULES = Path(
    os.environ.get("SOPKIT_NODE_MODULES") or REPO / "tests" / "node" / "node_modules"
)
AXE = NODE_MODULES / "axe-core" / "axe.min.js"


_NO_AXE = f"{AXE} not found: npm ci --prefix tests/node (axe-core)"


def require_axe() -> None:
    """Skip without axe-core on a developer's machine, as without chromium; fail in CI."""
    require_tool(AXE.is_file(), _NO_AXE)


def axe_installed() -> bool:
    """Whether axe-core is there; in CI it must be (a test that scans a page in passing
    scans it only where it can, and never passes in CI without the scan)."""
    if not AXE.is_file():
        fail_in_ci(_NO_AXE)
    return AXE.is_file()


PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
#: Every kind of page the site has, as paths under the site root.
PAGE_TYPES = {
    "home": "",
    "sop": "email/refund-request-emails/",
    "sop-de": "phone/rueckrufbitten-bearbeiten/",
    "sop-nl": "letter/klachtbrief-beantwoorden/",
    "location-version": "locations/amsterdam/refund-request-emails/",
    "catalogue": "catalogue/",
    "touchpoints": "touchpoints/",
    "touchpoint": "touchpoints/email/",
    "owners": "owners/",
    "changes": "changes/",
    "reviews": "reviews/",
    "conflicts": "conflicts/",
    "locations": "locations/",
    "location": "locations/amsterdam/",
}


def build(project: Path, replace: dict[str, str] | None = None) -> Path:
    """Copy the sample into ``project``, change its mkdocs.yml, build it; the site folder."""
    project.mkdir(parents=True, exist_ok=True)
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    for old, new in (replace or {}).items():
        assert old in config, old
        config = config.replace(old, new)
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    shutil.copytree(REPO / "sop", project / "sop")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "sopkit", "build", "--strict"],
        cwd=project, capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return project / "site"


class PagesHandler(SimpleHTTPRequestHandler):
    """Serves a site as GitHub Pages and Netlify do: the site's 404.html for a missing
    path (with status 404); quiet."""

    def log_message(self, format: str, *args: object) -> None:
        del format, args

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class QuietServer(ThreadingHTTPServer):
    """A threaded server that says nothing when the browser drops a connection (it does
    so whenever a test closes a page while a file is still on its way)."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _handler(site: Path, prefix: str) -> type[SimpleHTTPRequestHandler]:
    class Handler(PagesHandler):
        """``prefix`` maps to the site; paths outside it are a miss."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(site), **kwargs)

        def translate_path(self, path: str) -> str:
            if not path.startswith(prefix):
                return str(site / "\0missing")
            return super().translate_path("/" + path[len(prefix) :])

    return Handler


@contextmanager
def serve(site: Path, prefix: str = "/") -> Iterator[str]:
    """Serve ``site`` under ``prefix`` on a free port; the site's URL."""
    server = QuietServer(("127.0.0.1", 0), _handler(site, prefix))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()


def axe_violations(page: Any) -> list[str]:
    """axe-core's serious and critical violations on the page (WCAG 2.2 A and AA),
    one line each: rule, impact, how many elements, the first element."""
    require_axe()
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        """() => axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',
                                               'wcag22aa', 'best-practice']})
            .then(r => r.violations
              .filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => `${v.id} (${v.impact}) ${v.nodes.length}x ${v.nodes[0].target.join(' ')}: `
                        + (v.nodes[0].failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160)))"""
    )
    return list(found)


def new_page(browser: Any, viewport: dict[str, int]) -> Any:
    """A page of a fresh context (its own localStorage) at ``viewport``."""
    context = browser.new_context(viewport=viewport, locale="en-GB")
    return context.new_page()


#: Installed before the page's own scripts: records the query each search answer names
#: (sopkit's worker adds it to Material's RESULT message) and when it came, and when the
#: result list last changed.
_ANSWER_WATCH = """(() => {
  window.__sopkitAnswered = null; window.__sopkitAnsweredAt = 0; window.__sopkitChanged = 0;
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        const message = event.data || {};
        if (message.type === 3 && typeof message.query === 'string') {
          window.__sopkitAnswered = message.query;
          window.__sopkitAnsweredAt = performance.now();
        }
      });
    }
  };
  new MutationObserver(() => {
    const list = document.querySelector('[data-md-component=search-result]');
    if (list && !list.__sopkitWatched) {
      list.__sopkitWatched = true;
      new MutationObserver(() => { window.__sopkitChanged = performance.now(); })
        .observe(list, {childList: true, subtree: true, characterData: true});
    }
  }).observe(document, {childList: true, subtree: true});
})();"""


def watch_search_answers(page: Any) -> None:
    """Let :func:`type_search` tell the answer to the last key from earlier ones; call
    before the page loads."""
    page.add_init_script(_ANSWER_WATCH)


def type_search(page: Any, query: str) -> None:
    """Type the query into the open search box like a user and wait for its own answer.

    Material asks the worker at every key, and on a loaded machine the list for a
    query's first letters can stand still for a second before the last one comes, so a
    wait for a quiet list alone reads stale results. This waits for the answer whose
    query is the box's whole text, then for the list to stop changing.
    """
    box = page.locator("[data-md-component=search-query]")
    box.press_sequentially(query, delay=20)
    page.wait_for_function(
        """(query) => {
          const box = document.querySelector('[data-md-component=search-query]');
          if (box.value !== query || window.__sopkitAnswered !== query) { return false; }
          const last = Math.max(window.__sopkitAnsweredAt, window.__sopkitChanged);
          return performance.now() - last > 300;
        }""",
        arg=query, polling=100, timeout=15_000,
    )  # fmt: skip
