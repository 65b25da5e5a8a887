"""How much does ``sopkit build`` cost over building the same Markdown without sopkit?

For each N in ``--sizes`` (200, 1000 and 5000 SOPs by default) the script generates N
synthetic, lint-clean SOPs in English, German and Dutch (the generator of
``benchmarks/lint_throughput.py``, reused, not copied) and builds them three times per
round, in the same run, each time in a fresh ``python`` subprocess with
``NO_MKDOCS_2_WARNING=1``: sopkit cold (its caches emptied first: the first build on a
fresh machine or CI runner), sopkit warm (right after, caches present, nothing changed:
the next build on a laptop, which publishes the kept site, see
``sopkit.site.site_cache``), sopkit after an edit (one step of one SOP changed, caches
present: what an editor's next build costs; printed for information), sopkit as CI
(a step text that no earlier build saw, sopkit copied afresh with new file times and
compiled, as a CI job's ``pip install`` leaves it, and the caches kept without
``sites/``, as sopkit's GitHub Action restores them: what a CI build after a small
change costs; printed for information), plain, and sopkit's lint alone (``sopkit lint
--no-cache --jobs 1`` on the same SOPs: the work every cold build must do besides
rendering; printed for information, with the floor it sets for a cold build):

sopkit
    ``<tmp>/n<N>/sopkit/``: ``sop/`` (the N SOPs in about N/100 subfolders, plus a
    short ``sop/index.md``) and a copy of the repository's ``mkdocs.yml``. The timed
    command is ``python -m sopkit build``: lint of every SOP (errors would stop the
    build), the standard card (and any conflict note) on every SOP page, the generated
    pages (home, catalogue, touchpoints, owners, conflicts and whatever else sopkit
    generates), the tags plugin, and Material's rendering.
plain
    ``<tmp>/n<N>/plain/``: the same ``sop/`` files, byte for byte, and the repository's
    ``mkdocs.yml`` without the ``sopkit`` and ``tags`` plugins (same theme, the same
    ``search`` plugin with the same ``lang`` list, the same ``markdown_extensions``),
    plus the compact navigation that sopkit sets up itself (``nav:`` with only
    ``Home: index.md``, because sopkit's other overview pages do not exist without it,
    and ``not_in_nav: "*.md"``). The timed command is ``python -m mkdocs build``. This
    is "the same Markdown without sopkit": both builds render the same SOP pages with a
    small sidebar, so the difference is what sopkit adds.

Per N the script prints the CPU and wall time of the cold, warm and plain builds and
their ratios to plain (the edit and CI builds on lines of their own), the size of the
whole ``site/`` folder, of ``site/search/search_index.json`` and of one SOP page's
``index.html`` in each build, and the site size per SOP. The SOP page compared is the
first generated SOP, the same file for every N, so its size shows whether an SOP page
grows with N.

The site should grow linearly with N (a sidebar or a note listing every SOP on every
page would make it grow with N²). The summary prints, for both builds, the site size per
SOP at the largest N divided by the one at the smallest N (about 1.0 means linear). The
theme's ``site/assets/`` (about 2.5 MB whatever N) makes that ratio fall below 1 for any
linear site, so it is printed without ``site/assets/`` as well, together with the bytes
each added SOP adds between consecutive N (about constant means linear).

The ``site/`` folder is deleted before every build (outside the timing).
``--repeat`` (default 5) runs each build several times and keeps the best wall time and
the best CPU time: on a shared 2-core machine single runs vary by 20% or more (its
speed drifts). The CPU time is user + system time of the build process and all its
children (lint's process and its workers), from ``getrusage(RUSAGE_CHILDREN)`` around
each build: on a busy CI runner or a laptop on battery it is what a build costs, while
the wall time of an idle two-core machine hides the work done in a second process.

Before measuring, sopkit's sources are compiled to bytecode once, as ``pip install .``
does and as Python does on first import. MkDocs and Material are installed
precompiled; sopkit is installed editable, and where ``PYTHONDONTWRITEBYTECODE`` is
set (as on this project's development machines) every build and its lint process
would otherwise compile sopkit again, which no installed copy does.

sopkit keeps compiled templates (``sopkit.template_cache``), lint results with the
parsed SOPs (``sopkit.lint.cache``), cards, search indexes and whole sites between
builds; plain MkDocs compiles Material's templates at every build. The benchmark gives
them a cache folder of its own (``XDG_CACHE_HOME`` in the projects' folder) and empties
it before every cold build.
The builds of one round run one after the other, so each round's own ratios are printed
too (for information): on a machine whose speed drifts, their median says more than one
lucky fast run of either build.

Targets (printed with PASS/FAIL per N)::

    sopkit cold build CPU time <= 1.3 x plain build CPU time
    sopkit warm build CPU time <= 1.1 x plain build CPU time
    sopkit cold build wall time <= 1.3 x plain build wall time

The exit code is always 0: this is a measurement, not a test. A build that fails is
reported (with the end of its output) and its figures are left out.

``--search-engine`` sets the sopkit plugin's ``search_engine`` in the sopkit project:
by default the repository's (Pagefind, whose index sopkit writes after the build, a
cost plain MkDocs does not have); ``material`` compares like with like (Material's
search in both builds).

Usage::

    python benchmarks/site_build.py [--sizes 200,1000,5000] [--repeat 5] [--keep DIR]
                                    [--search-engine project|pagefind|material]
"""

from __future__ import annotations

import argparse
import compileall
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import lint_throughput  # a sibling script: run as `python benchmarks/site_build.py`
from mkdocs.utils import yaml_load

try:
    import resource
except ImportError:  # not on Windows: the CPU time is then not shown
    resource = None  # type: ignore[assignment]

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
REPO_MKDOCS = REPO / "mkdocs.yml"

RATIO_TARGET = 1.3
#: CPU time targets: cold (empty caches) and warm (caches present, nothing changed).
CPU_TARGETS = {"cold": 1.3, "warm": 1.1}
DEFAULT_SIZES = (200, 1000, 5000)
#: Plugins that only exist for sopkit's knowledge base; the plain build leaves them out.
SOPKIT_ONLY_PLUGINS = ("sopkit", "tags")
INDEX_MD = """\
# Northwind Stores service standards

This knowledge base holds the customer-service standards of the Northwind Stores
contact centre and branches. Each standard lives in `sop/<touchpoint>/`.
"""


# --------------------------------------------------------------------------------------
# The two projects
# --------------------------------------------------------------------------------------


def plain_mkdocs_yml(text: str) -> str:
    """The repository's ``mkdocs.yml`` without sopkit's plugins, with a compact nav.

    The ``plugins:`` list is edited as text so that everything else (comments too)
    stays exactly as in the repository; the result is checked by loading it.
    """
    out: list[str] = []
    in_plugins = False
    dropping_indent: int | None = None
    blanks: list[str] = []  # blank lines seen while dropping: kept if the plugin ends there
    for line in text.splitlines():
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if dropping_indent is not None:
            if not stripped:
                blanks.append(line)
                continue
            if indent > dropping_indent:
                blanks.clear()
                continue  # the dropped plugin's options
            dropping_indent = None
            out.extend(blanks)
            blanks.clear()
        if indent == 0 and stripped and not stripped.startswith("#"):
            in_plugins = stripped.startswith("plugins:")
        if in_plugins and stripped.startswith("- "):
            name = stripped[2:].split(":", 1)[0].strip()
            if name in SOPKIT_ONLY_PLUGINS:
                dropping_indent = indent
                continue
        out.append(line)
    result = "\n".join(out).rstrip() + "\n"
    result += (
        "\n# As sopkit's compact nav: SOPs are reached through search, not the sidebar.\n"
        "nav:\n  - Home: index.md\n"
        'not_in_nav: "*.md"\n'
    )
    config = yaml_load(result)
    names = [next(iter(p)) if isinstance(p, dict) else p for p in config.get("plugins", [])]
    left = [n for n in names if n in SOPKIT_ONLY_PLUGINS]
    if left or "search" not in names:
        raise ValueError(f"could not derive the plain mkdocs.yml (plugins: {names})")
    return result


@dataclass
class Project:
    """One N: the sopkit project, the plain project, and one SOP page to compare."""

    sops: int
    sopkit_dir: Path
    plain_dir: Path
    sample: str  # the first SOP's path relative to sop/: the same SOP for every N


def set_search_engine(mkdocs_yml: Path, engine: str) -> None:
    """Set the sopkit plugin's ``search_engine`` (if this sopkit has the option)."""
    from sopkit.plugin.config import SopPluginConfig

    if engine == "project" or not hasattr(SopPluginConfig, "search_engine"):
        return
    text = mkdocs_yml.read_text(encoding="utf-8")
    if "  - sopkit:\n" not in text:
        raise ValueError(f"{mkdocs_yml}: no '  - sopkit:' plugin entry to configure")
    text = text.replace("  - sopkit:\n", f"  - sopkit:\n      search_engine: {engine}\n", 1)
    mkdocs_yml.write_text(text, encoding="utf-8")


def make_projects(root: Path, sops: int, seed: int) -> Project:
    """Generate N SOPs into ``root/sopkit/sop``, copy them to ``root/plain/sop``."""
    sopkit_dir, plain_dir = root / "sopkit", root / "plain"
    docs = sopkit_dir / "sop"
    docs.mkdir(parents=True)
    paths = lint_throughput.generate(docs, sops, seed)
    (docs / "index.md").write_text(INDEX_MD, encoding="utf-8")
    shutil.copyfile(REPO_MKDOCS, sopkit_dir / "mkdocs.yml")
    plain_dir.mkdir(parents=True)
    shutil.copytree(docs, plain_dir / "sop")
    (plain_dir / "mkdocs.yml").write_text(
        plain_mkdocs_yml(REPO_MKDOCS.read_text(encoding="utf-8")), encoding="utf-8"
    )
    # The generator draws SOPs in order from one seeded stream, so the first SOP is the
    # same file for every N: its page size shows whether a page grows with N.
    sample = paths[0].relative_to(docs).as_posix()
    return Project(sops, sopkit_dir, plain_dir, sample)


# --------------------------------------------------------------------------------------
# Building and measuring
# --------------------------------------------------------------------------------------

COMMANDS = {
    "cold": [sys.executable, "-m", "sopkit", "build"],
    "warm": [sys.executable, "-m", "sopkit", "build"],
    "edit": [sys.executable, "-m", "sopkit", "build"],
    "ci": [sys.executable, "-m", "sopkit", "build"],
    "plain": [sys.executable, "-m", "mkdocs", "build"],
    # lint alone, as a cold build must do it: every SOP, no kept results, one process
    "lint": [sys.executable, "-m", "sopkit", "lint", "--no-cache", "--jobs", "1", "sop"],
}
#: The "edit" build's change to its SOP, made and undone in turns: one step gets longer.
EDIT = (
    "\n2. Confirm the customer's identity",
    "\n2. Check the account notes. Confirm the customer's identity",
)
#: Emptied before every cold build (set in :func:`run`).
CACHE_HOME: Path | None = None


@dataclass
class Build:
    """The best build of one kind for one N, and what it produced."""

    seconds: float = float("inf")
    cpu: float = float("inf")
    ok: bool = True
    warnings: int = 0
    site_bytes: int = 0
    assets_bytes: int = 0
    site_files: int = 0
    pages: int = 0
    search_bytes: int = 0
    page_bytes: int = 0
    failure: str = ""
    times: list[float] = field(default_factory=list)
    rounds: list[float] = field(default_factory=list)  # wall time per round, if all built

    cpu_rounds: list[float] = field(default_factory=list)


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of the files under ``folder``."""
    total = count = 0
    for root, _, files in os.walk(folder):
        for name in files:
            total += (Path(root) / name).stat().st_size
            count += 1
    return total, count


def children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes, their children too."""
    if resource is None:
        return math.nan
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build_once(
    kind: str, project_dir: Path, extra_env: dict[str, str] | None = None
) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Delete ``site/``, then time one build subprocess in ``project_dir``.

    Returns the wall time, the CPU time (the build and its lint workers) and the process.
    """
    site = project_dir / "site"
    if site.exists():
        shutil.rmtree(site)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    cpu = children_cpu()
    start = time.perf_counter()
    process = subprocess.run(
        COMMANDS[kind], cwd=project_dir, env=env, capture_output=True, text=True
    )
    return time.perf_counter() - start, children_cpu() - cpu, process


def measure_site(build: Build, project_dir: Path, sample: str) -> None:
    """Fill in the sizes of the site that ``project_dir`` just built."""
    site = project_dir / "site"
    build.site_bytes, build.site_files = folder_size(site)
    build.assets_bytes = folder_size(site / "assets")[0]
    build.pages = sum(1 for _ in site.rglob("index.html"))
    search = site / "search" / "search_index.json"
    build.search_bytes = search.stat().st_size if search.is_file() else 0
    page = site / sample.removesuffix(".md") / "index.html"
    build.page_bytes = page.stat().st_size if page.is_file() else 0


def edit_one_step(edited: Path) -> None:
    """Make (or undo) the "edit" change: one step of one SOP gets longer."""
    text = edited.read_text(encoding="utf-8")
    changed = text.replace(EDIT[0], EDIT[1], 1) if EDIT[0] in text else (
        text.replace(EDIT[1], EDIT[0], 1)
    )  # fmt: skip
    assert changed != text, f"{edited} has no step to edit"
    edited.write_text(changed, encoding="utf-8")


def fresh_install(folder: Path) -> dict[str, str]:
    """A copy of sopkit in ``folder`` whose files are new, as a CI job's install makes it.

    The files are copied with today's times and compiled, as ``pip install`` leaves
    them; the returned environment puts the copy first on the import path. Checked
    (outside the timing) by asking a Python with that environment where sopkit is.
    """
    import sopkit

    target = folder / "sopkit"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(
        Path(sopkit.__file__).parent, target, copy_function=shutil.copy,
        ignore=shutil.ignore_patterns("__pycache__"),
    )  # fmt: skip
    compileall.compile_dir(target, quiet=1)
    env = {"PYTHONPATH": str(folder)}
    found = subprocess.run(
        [sys.executable, "-c", "import sopkit; print(sopkit.__file__)"],
        env={**os.environ, **env}, capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    assert Path(found).parent == target, f"the fresh copy is not imported: {found}"
    return env


def measure(project: Project, repeat: int) -> dict[str, Build]:
    """Build cold, warm, after an edit, as CI and plain ``repeat`` times; keep the best."""
    builds = {kind: Build() for kind in COMMANDS}
    dirs = {"plain": project.plain_dir}
    edited = project.sopkit_dir / "sop" / project.sample
    for attempt in range(1, repeat + 1):
        print(f"  run {attempt}/{repeat}:", end="", flush=True)
        for kind, build in builds.items():
            extra_env = None
            if kind == "cold" and CACHE_HOME is not None:
                shutil.rmtree(CACHE_HOME, ignore_errors=True)
            before = edited.read_text(encoding="utf-8")
            if kind == "edit":  # one step of one SOP changes
                edit_one_step(edited)
            if kind == "ci":  # a new runner: sopkit installed afresh, caches restored
                if CACHE_HOME is not None:  # ... as the action restores them: no sites
                    shutil.rmtree(CACHE_HOME / "sopkit" / "sites", ignore_errors=True)
                extra_env = fresh_install(project.sopkit_dir.parent / "ci-install")
                # A step text no earlier build saw (no kept search index fits), undone below.
                marked = before.replace("\n2. ", f"\n2. In round {attempt}: ", 1)
                assert marked != before, f"{edited} has no step 2"
                edited.write_text(marked, encoding="utf-8")
            seconds, cpu, process = build_once(kind, dirs.get(kind, project.sopkit_dir), extra_env)
            if kind == "ci":
                edited.write_text(before, encoding="utf-8")
            if process.returncode != 0:
                build.ok = False
                tail = (process.stdout + process.stderr).strip().splitlines()[-15:]
                build.failure = f"exit {process.returncode}:\n    " + "\n    ".join(tail)
                print(f"  {kind} FAILED", end="", flush=True)
                continue
            build.times.append(seconds)
            if len(build.rounds) == attempt - 1:
                build.rounds.append(seconds)
                build.cpu_rounds.append(cpu)
            build.cpu = min(build.cpu, cpu)
            print(f"  {kind} {seconds:.2f} s ({cpu:.2f} s CPU)", end="", flush=True)
            if kind == "lint":  # no site: only its times count
                build.seconds = min(build.seconds, seconds)
            elif seconds < build.seconds:
                build.seconds = seconds
                build.warnings = sum(
                    1 for line in process.stderr.splitlines() if line.startswith("WARNING")
                )
                measure_site(build, dirs.get(kind, project.sopkit_dir), project.sample)
        print()
    return builds


# --------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------


def grid(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """An aligned table: the first column left-aligned, the others right-aligned."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        parts = [
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i])
            for i, cell in enumerate(cells)
        ]
        return "| " + " | ".join(parts) + " |"

    rule = "+-" + "-+-".join("-" * w for w in widths) + "-+"
    return "\n".join([rule, line(header), rule, *[line(r) for r in rows], rule])


def ratio(a: float, b: float) -> str:
    """``a / b`` with two decimals, or "—"."""
    return f"{a / b:.2f}" if b else "—"


def report(project: Project, builds: dict[str, Build], repeat: int) -> None:
    """The table for one N and its target lines."""
    c, w, p = builds["cold"], builds["warm"], builds["plain"]
    for kind, build in builds.items():
        if not build.ok:
            print(f"  WARNING: the {kind} build failed ({build.failure})")
    if not (c.times and w.times and p.times):
        print(f"  no comparison for N={project.sops:,}: a build never succeeded")
        return
    n = project.sops

    def row(label: str, a: float, b: float, d: float, form: str = ",.0f") -> tuple[str, ...]:
        return (label, format(a, form), format(b, form), format(d, form), ratio(a, d), ratio(b, d))

    rows = [
        row("build CPU time s (user+sys, children too)", c.cpu, w.cpu, p.cpu, ".2f"),
        row("build wall time s", c.seconds, w.seconds, p.seconds, ".2f"),
        row("site/ bytes", c.site_bytes, w.site_bytes, p.site_bytes),
        row("site/ bytes per SOP", c.site_bytes / n, w.site_bytes / n, p.site_bytes / n),
        row(
            "  without site/assets/",
            (c.site_bytes - c.assets_bytes) / n,
            (w.site_bytes - w.assets_bytes) / n,
            (p.site_bytes - p.assets_bytes) / n,
        ),
        row("site/ files", c.site_files, w.site_files, p.site_files),
        row("HTML pages (index.html)", c.pages, w.pages, p.pages),
        row("search_index.json bytes", c.search_bytes, w.search_bytes, p.search_bytes),
        row("one SOP page bytes", c.page_bytes, w.page_bytes, p.page_bytes),
        ("WARNING lines in the log", str(c.warnings), str(w.warnings), str(p.warnings), "", ""),
    ]
    print()
    print(f"N = {n:,} SOPs (best of {repeat}; one SOP page: {project.sample})")
    print(grid(("", "sopkit cold", "sopkit warm", "plain", "cold/plain", "warm/plain"), rows))
    for kind, build in (("cold", c), ("warm", w)):
        target = CPU_TARGETS[kind]
        print(
            f"  {lint_throughput.verdict(build.cpu <= target * p.cpu)}  sopkit {kind} build CPU "
            f"<= {target}x plain: {build.cpu:.2f} s vs {p.cpu:.2f} s = {build.cpu / p.cpu:.2f}x"
        )
    print(
        f"  {lint_throughput.verdict(c.seconds <= RATIO_TARGET * p.seconds)}  sopkit cold build "
        f"wall <= {RATIO_TARGET}x plain: {c.seconds:.2f} s vs {p.seconds:.2f} s = "
        f"{c.seconds / p.seconds:.2f}x"
    )
    for kind, what in (
        ("edit", "after one step of one SOP changed (caches present)"),
        ("ci", "as CI after one step changed (sopkit installed afresh, caches but no "
               "kept sites restored)"),
    ):  # fmt: skip
        e = builds[kind]
        if e.times:
            print(
                f"  (info) sopkit {what}: CPU {e.cpu:.2f} s = {e.cpu / p.cpu:.2f}x plain; "
                f"wall {e.seconds:.2f} s = {e.seconds / p.seconds:.2f}x plain"
            )
    lint = builds["lint"]
    if lint.times:
        print(
            f"  (info) sopkit lint alone (every SOP, no kept results, one process): CPU "
            f"{lint.cpu:.2f} s = {lint.cpu / p.cpu:.2f}x plain. A cold build lints every SOP "
            f"too, so no cold build costs less than plain + lint = "
            f"{(p.cpu + lint.cpu) / p.cpu:.2f}x plain"
        )
    if len(c.rounds) == len(w.rounds) == len(p.rounds) > 1:  # every build of every round
        for kind, build in (("cold", c), ("warm", w)):
            paired = sorted(a / b for a, b in zip(build.cpu_rounds, p.cpu_rounds, strict=True))
            walls = sorted(a / b for a, b in zip(build.rounds, p.rounds, strict=True))
            print(
                f"  (info) {kind}/plain per round: CPU {', '.join(f'{r:.2f}' for r in paired)} "
                f"(median {statistics.median(paired):.2f}x); wall "
                f"{', '.join(f'{r:.2f}' for r in walls)} (median {statistics.median(walls):.2f}x)"
            )


def summary(results: list[tuple[Project, dict[str, Build]]]) -> None:
    """All N side by side, and the linearity of the site size."""
    done = [(pr, b) for pr, b in results if all(b[k].times for k in ("cold", "warm", "plain"))]
    if not done:
        return
    rows = []
    for project, builds in done:
        c, w, p, n = builds["cold"], builds["warm"], builds["plain"], project.sops
        rows.append(
            (
                f"{n:,}",
                f"{c.cpu:.2f}",
                f"{w.cpu:.2f}",
                f"{p.cpu:.2f}",
                ratio(c.cpu, p.cpu),
                ratio(w.cpu, p.cpu),
                f"{c.seconds:.2f}",
                f"{w.seconds:.2f}",
                f"{p.seconds:.2f}",
                ratio(c.seconds, p.seconds),
                f"{c.site_bytes / n:,.0f}",
                f"{p.site_bytes / n:,.0f}",
                f"{c.page_bytes:,}",
                f"{p.page_bytes:,}",
            )
        )
    header = (
        "N", "cold CPU s", "warm CPU s", "plain CPU s", "cold/plain", "warm/plain",
        "cold wall s", "warm wall s", "plain wall s", "cold/plain wall",
        "sopkit B/SOP", "plain B/SOP", "sopkit SOP page B", "plain SOP page B",
    )  # fmt: skip
    print()
    print(f"summary (CPU targets: cold <= {CPU_TARGETS['cold']}x, warm <= {CPU_TARGETS['warm']}x;")
    print(f"B/SOP = site/ bytes / N; SOP page = {done[0][0].sample}, the same SOP for every N):")
    print(grid(header, rows))
    if len(done) < 2:
        return
    (small, bs), (large, bl) = done[0], done[-1]
    print(f"site size per SOP at N={large.sops:,} / at N={small.sops:,} (about 1 = linear):")
    for kind in ("cold", "plain"):
        whole = (bl[kind].site_bytes / large.sops) / (bs[kind].site_bytes / small.sops)
        pages = ((bl[kind].site_bytes - bl[kind].assets_bytes) / large.sops) / (
            (bs[kind].site_bytes - bs[kind].assets_bytes) / small.sops
        )
        print(f"  {kind:6}  whole site/ {whole:.3f}   without site/assets/ {pages:.3f}")
    print("bytes added per added SOP (about constant = linear):")
    for kind in ("cold", "plain"):
        steps = [
            f"N {a.sops:,}->{b.sops:,}: "
            f"{(bb[kind].site_bytes - ba[kind].site_bytes) / (b.sops - a.sops):,.0f}"
            for (a, ba), (b, bb) in pairwise(done)
        ]
        print(f"  {kind:6}  " + "   ".join(steps))


def compile_sopkit() -> Path:
    """Compile sopkit's sources to bytecode, as an installed copy has them."""
    import sopkit

    package = Path(sopkit.__file__).parent
    compileall.compile_dir(package, quiet=1)
    return package


def run(
    base: Path, sizes: Sequence[int], repeat: int, seed: int, search_engine: str = "project"
) -> int:
    """Generate, build, measure and print every N."""
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, projects in {base}")
    print(f"sopkit's search engine: {search_engine} (plain MkDocs: Material's search)")
    print(f"sopkit's bytecode compiled in {compile_sopkit()}")
    global CACHE_HOME
    CACHE_HOME = base / "cache"
    os.environ["XDG_CACHE_HOME"] = str(CACHE_HOME)  # inherited by every build
    results = []
    for n in sizes:
        started = time.perf_counter()
        print(f"\nN = {n:,}: generating the two projects ...", flush=True)
        project = make_projects(base / f"n{n}", n, seed)
        set_search_engine(project.sopkit_dir / "mkdocs.yml", search_engine)
        builds = measure(project, repeat)
        report(project, builds, repeat)
        print(f"  (N={n:,} took {time.perf_counter() - started:.1f} s in total)", flush=True)
        results.append((project, builds))
    summary(results)
    return 0


def parse_sizes(text: str) -> list[int]:
    """ "200,1000,5000" -> [200, 1000, 5000] (sorted, each at least 1)."""
    try:
        sizes = sorted({int(part) for part in text.split(",") if part.strip()})
    except ValueError:
        message = f"not a comma-separated list of numbers: {text}"
        raise argparse.ArgumentTypeError(message) from None
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError("sizes must be at least 1")
    return sizes


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments and run the benchmark."""
    parser = argparse.ArgumentParser(
        description="Measure `sopkit build` against a plain MkDocs build of the same Markdown."
    )
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        default=list(DEFAULT_SIZES),
        help="numbers of SOPs, comma-separated (default: 200,1000,5000)",
    )
    parser.add_argument("--repeat", type=int, default=5, help="builds per kind; the best counts")
    parser.add_argument("--seed", type=int, default=20240601, help="random seed for the SOPs")
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="generate into DIR (must be empty) and keep it"
    )
    parser.add_argument(
        "--search-engine", choices=("project", "pagefind", "material"), default="project",
        help="the sopkit plugin's search_engine in the sopkit project (project: as in the "
        "repository's mkdocs.yml, Pagefind; material: Material's search, as plain MkDocs)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.keep is not None:
        if args.keep.exists() and any(args.keep.iterdir()):
            parser.error(f"--keep {args.keep}: the folder is not empty")
        args.keep.mkdir(parents=True, exist_ok=True)
        return run(args.keep.resolve(), args.sizes, args.repeat, args.seed, args.search_engine)
    with tempfile.TemporaryDirectory(prefix="sopkit-site-bench-") as temp:
        return run(Path(temp).resolve(), args.sizes, args.repeat, args.seed, args.search_engine)


if __name__ == "__main__":
    sys.exit(main())
