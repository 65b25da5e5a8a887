"""How soon does an edit show in the preview? ``sopkit serve`` against ``mkdocs serve --dirty``.

The script generates N synthetic, lint-clean SOPs (default 5,000; the generator and the
two projects of ``benchmarks/site_build.py``, reused, not copied: the sopkit project and
the same Markdown with the repository's ``mkdocs.yml`` without the sopkit plugin),
then, one server at a time, each a real server process on a free port:

plain
    ``python -m mkdocs serve --dirty`` on the plain project: MkDocs' own dirty reload.
    One step of the sample SOP is edited (a unique word added to it) and the served
    page is polled until it shows the word: ``plain_dirty_s``.
sopkit
    ``python -m sopkit serve`` (dirty reload by default) on the sopkit project. The
    same step edit, timed the same way: ``step_edit_s``. Then the metric of the same
    SOP is edited (its percentage becomes one that no catalogue row shows) and both
    the SOP page and the catalogue are polled until they show it: ``metric_edit_s``
    (the later of the two).

Each time runs from just before the file is written until the page served over HTTP
shows the change (MkDocs' server holds a page request while a rebuild runs, so a
poll never sees a half-built site). ``--repeat`` edits (default 3) are made per kind,
a few seconds apart, and the median is reported. The servers' first build is not
timed (see ``benchmarks/site_build.py``); the lint cache lives in the projects' folder
(``XDG_CACHE_HOME``) and is empty at the start, as on a fresh machine.

``--search-engine`` (default ``material``) sets the sopkit plugin's ``search_engine``
in the sopkit project: the Pagefind index is written for the whole site after every
build, served or not, which a preview of thousands of SOPs cannot afford yet (it is
reported separately); ``project`` keeps the repository's setting.

Targets (5,000 SOPs; printed with PASS/FAIL)::

    step edit visible        < 2 s
    metric edit visible      < 3 s   (SOP page and catalogue)
    step edit                <= 1.5 x plain dirty reload

With ``--json`` the last line is ``{"sops": N, "step_edit_s": x, "metric_edit_s": y,
"plain_dirty_s": z}``. The exit code is 0 unless a server failed: this is a
measurement, not a test.

Usage::

    python benchmarks/live_preview.py [--sops 5000] [--repeat 3] [--json] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Sequence
from pathlib import Path

import site_build  # a sibling script: run as `python benchmarks/live_preview.py`

HERE = Path(__file__).resolve().parent
TARGETS = {"step_edit_s": 2.0, "metric_edit_s": 3.0, "ratio": 1.5}
#: How long a server may take for its first build (5,000 SOPs, a busy 2-core machine).
START_TIMEOUT = 1800.0
EDIT_TIMEOUT = 600.0
POLL = 0.05


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def page_url(sample: str) -> str:
    """The served URL path of a docs page (``use_directory_urls``)."""
    return sample[: -len(".md")] + "/"


class Server:
    """One real preview server process, stopped with :meth:`stop`."""

    def __init__(self, command: list[str], cwd: Path, log: Path) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}/"
        self.log = log
        with log.open("w") as out:
            self.process = subprocess.Popen(
                [*command, "-a", f"127.0.0.1:{self.port}"],
                cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            )  # fmt: skip

    def get(self, path: str) -> str | None:
        try:
            with urllib.request.urlopen(self.base + path, timeout=EDIT_TIMEOUT) as response:
                return str(response.read().decode("utf-8"))
        except OSError:
            return None

    def wait(self, paths: Sequence[str], needle: str, timeout: float) -> float:
        """Poll until every page in ``paths`` shows ``needle``; the time it took."""
        started = time.perf_counter()
        waiting = list(paths)
        while waiting:
            if self.process.poll() is not None:
                tail = self.log.read_text(errors="replace")[-3000:]
                raise RuntimeError(f"the server stopped:\n{tail}")
            if time.perf_counter() - started > timeout:
                raise RuntimeError(f"{needle!r} did not show at {waiting} within {timeout} s")
            page = self.get(waiting[0])
            if page is not None and needle in page:
                waiting.pop(0)
                continue
            time.sleep(POLL)
        return time.perf_counter() - started

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def edit(path: Path, pattern: str, replacement: str) -> float:
    """Rewrite ``path`` with the first match of ``pattern`` replaced; the time just before."""
    text = path.read_text(encoding="utf-8")
    new, count = re.subn(pattern, replacement, text, count=1, flags=re.MULTILINE)
    if count != 1:
        raise ValueError(f"{pattern!r} not found in {path}")
    started = time.perf_counter()
    path.write_text(new, encoding="utf-8")
    return started


def step_edit(server: Server, sop: Path, url: str, round_: int) -> float:
    """Add a unique word to the SOP's first step; seconds until the page shows it."""
    word = f"livecheck{round_}x{os.getpid()}"
    started = edit(sop, r"^(1\. .*?)(\s+livecheck\S+)?$", rf"\1 {word}")
    server.wait([url], word, EDIT_TIMEOUT)
    return time.perf_counter() - started


def metric_edit(server: Server, sop: Path, url: str, used: set[int]) -> float:
    """Give the SOP's metric a percentage no catalogue row shows; until page and catalogue do."""
    catalogue = server.get("catalogue/") or ""
    share = next(n for n in range(97, 50, -1) if n not in used and f"{n}%" not in catalogue)
    used.add(share)
    started = edit(sop, r"^(metric: )(\d+)(\s?%)", rf"\g<1>{share}\g<3>")
    text = sop.read_text(encoding="utf-8")
    shown = re.search(r"^metric: (.*)$", text, re.MULTILINE)
    assert shown is not None
    server.wait([url], f"{share}%", EDIT_TIMEOUT)
    server.wait(["catalogue/"], f"{share}%", EDIT_TIMEOUT)
    return time.perf_counter() - started


def settle(server: Server, url: str) -> None:
    """Wait until the first build is served, then a little more (the server is idle)."""
    server.wait([url], "</html>", START_TIMEOUT)
    time.sleep(3)


def measure(project: object, repeat: int) -> dict[str, float]:
    """Run both servers one after the other; the median seconds per kind of edit."""
    sample = str(project.sample)  # type: ignore[attr-defined]
    url = page_url(sample)
    results: dict[str, list[float]] = {"plain_dirty_s": [], "step_edit_s": [], "metric_edit_s": []}
    plain_dir = Path(project.plain_dir)  # type: ignore[attr-defined]
    sopkit_dir = Path(project.sopkit_dir)  # type: ignore[attr-defined]

    print("plain: mkdocs serve --dirty, first build ...", flush=True)
    started = time.perf_counter()
    plain = Server([sys.executable, "-m", "mkdocs", "serve", "--dirty"], plain_dir,
                   plain_dir / "serve.log")  # fmt: skip
    try:
        settle(plain, url)
        print(f"  served after {time.perf_counter() - started:.1f} s", flush=True)
        for round_ in range(repeat):
            seconds = step_edit(plain, plain_dir / "sop" / sample, url, round_)
            results["plain_dirty_s"].append(seconds)
            print(f"  step edit {round_ + 1}: visible after {seconds:.2f} s", flush=True)
            time.sleep(2)
    finally:
        plain.stop()

    print("sopkit: sopkit serve, first build ...", flush=True)
    started = time.perf_counter()
    sopkit = Server([sys.executable, "-m", "sopkit", "serve"], sopkit_dir,
                    sopkit_dir / "serve.log")  # fmt: skip
    try:
        settle(sopkit, url)
        print(f"  served after {time.perf_counter() - started:.1f} s", flush=True)
        used: set[int] = set()
        for round_ in range(repeat):
            seconds = step_edit(sopkit, sopkit_dir / "sop" / sample, url, round_)
            results["step_edit_s"].append(seconds)
            print(f"  step edit {round_ + 1}: visible after {seconds:.2f} s", flush=True)
            time.sleep(2)
            seconds = metric_edit(sopkit, sopkit_dir / "sop" / sample, url, used)
            results["metric_edit_s"].append(seconds)
            print(f"  metric edit {round_ + 1}: SOP page and catalogue after {seconds:.2f} s",
                  flush=True)  # fmt: skip
            time.sleep(2)
    finally:
        sopkit.stop()
    return {kind: statistics.median(values) for kind, values in results.items()}


def report(sops: int, figures: dict[str, float]) -> None:
    """The medians beside the targets."""

    def verdict(ok: bool) -> str:
        return "PASS" if ok else "FAIL"

    step, metric, plain = figures["step_edit_s"], figures["metric_edit_s"], figures["plain_dirty_s"]
    ratio = step / plain if plain else float("inf")
    print(f"\n{sops:,} SOPs, median of the edits:")
    print(f"  plain mkdocs serve --dirty, step edit   {plain:6.2f} s")
    print(f"  sopkit serve, step edit                 {step:6.2f} s   target < "
          f"{TARGETS['step_edit_s']:.0f} s: {verdict(step < TARGETS['step_edit_s'])}")  # fmt: skip
    metric_ok = verdict(metric < TARGETS["metric_edit_s"])
    print(f"  sopkit serve, metric edit (+catalogue)  {metric:6.2f} s   target < "
          f"{TARGETS['metric_edit_s']:.0f} s: {metric_ok}")  # fmt: skip
    print(f"  step edit / plain dirty reload          {ratio:6.2f} x   target <= "
          f"{TARGETS['ratio']}x: {verdict(ratio <= TARGETS['ratio'])}")  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sops", type=int, default=5000, help="SOPs to generate (5000)")
    parser.add_argument("--repeat", type=int, default=3, help="edits of each kind (3)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--search-engine", choices=("material", "pagefind", "project"), default="material",
        help="the sopkit plugin's search_engine in the sopkit project (material)",
    )  # fmt: skip
    parser.add_argument("--json", action="store_true", help="end with one JSON line")
    parser.add_argument("--keep", type=Path, help="generate the projects here and keep them")
    args = parser.parse_args(argv)
    if args.sops < 1 or args.repeat < 1:
        parser.error("--sops and --repeat must be at least 1")
    base = args.keep or Path(tempfile.mkdtemp(prefix="sopkit-live-"))
    if args.keep is not None and base.exists():
        shutil.rmtree(base)
    base.mkdir(parents=True, exist_ok=True)
    os.environ["XDG_CACHE_HOME"] = str(base / "cache")  # the servers' lint cache
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, projects in {base}")
    site_build.compile_sopkit()
    try:
        print(f"generating {args.sops:,} SOPs ...", flush=True)
        project = site_build.make_projects(base / f"n{args.sops}", args.sops, args.seed)
        site_build.set_search_engine(Path(project.sopkit_dir) / "mkdocs.yml", args.search_engine)
        try:
            figures = measure(project, args.repeat)
        except RuntimeError as error:
            print(f"measurement failed: {error}", file=sys.stderr)
            return 1
        report(args.sops, figures)
        if args.json:
            print(json.dumps({"sops": args.sops,
                              **{k: round(figures[k], 3) for k in
                                 ("step_edit_s", "metric_edit_s", "plain_dirty_s")}}))  # fmt: skip
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
