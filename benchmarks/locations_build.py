"""What 50 locations cost: 500 SOPs x 50 locations, 10% of the SOPs with local variants.

Builds two projects from the same 500 synthetic SOPs (the generator of
``lint_throughput.py``) with the repository's ``mkdocs.yml`` and ``sopkit build``:

- **single**: one location (no ``sop/locations.yml``);
- **chain**: 50 locations in ``sop/locations.yml``; 10% of the SOPs have a ``variants:``
  block for 1 to 3 locations (a replaced step, or another owner).

A location's version of an SOP is a page only where it differs; the other 24,000-odd
location URLs are tiny redirect files written after the build, outside the search index.
The script prints build time, site size, file count and search index size of both, and
the ratio. Target: build time and search index size within 2x of the single-location build.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TARGET = 2.0

sys.path.insert(0, str(HERE))  # benchmarks/ is a folder of scripts, not a package
from site_build import folder_size  # noqa: E402


def add_variants(paths: list[Path], locations: list[str], share: float, seed: int) -> int:
    """Give ``share`` of the SOPs a variant for 1 to 3 locations; return how many SOPs."""
    rng = random.Random(seed)
    chosen = rng.sample(paths, round(len(paths) * share))
    for path in chosen:
        text = path.read_text(encoding="utf-8")
        lines = ["variants:"]
        for location in rng.sample(locations, rng.randint(1, 3)):
            lines.append(f"  {location}:")
            if rng.random() < 0.5:
                lines.append(f"    owner: Branch Manager {location}")
            else:
                lines += ["    steps:", "      1: Greet the customer by name."]
        head, sep, body = text.partition("\n---\n")
        path.write_text(head + "\n" + "\n".join(lines) + sep + body, encoding="utf-8")
    return len(chosen)


def registry(count: int) -> str:
    """A locations.yml with ``count`` locations."""
    lines = ["locations:"]
    for index in range(count):
        entry = f"id: loc-{index:02d}, name: Branch {index:02d}, lang: en, timezone: Europe/London"
        lines.append(f"  - {{{entry}}}")
    return "\n".join(lines) + "\n"


def build(project: Path) -> dict[str, float]:
    """Run `sopkit build` once; return its figures."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "sopkit", "build"], cwd=project,
                          capture_output=True, text=True, env=env)  # fmt: skip
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        print(done.stdout[-2000:], done.stderr[-4000:], file=sys.stderr)
        raise SystemExit(f"sopkit build failed in {project}")
    size, files = folder_size(project / "site")
    index = (project / "site/search/search_index.json").stat().st_size
    docs = len(json.loads((project / "site/search/search_index.json").read_text())["docs"])
    return {"seconds": seconds, "size": size, "files": files, "index": index, "entries": docs}


def main() -> int:
    """Generate both projects, build them, print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sops", type=int, default=500)
    parser.add_argument("--locations", type=int, default=50)
    parser.add_argument("--share", type=float, default=0.10, help="share of SOPs with variants")
    parser.add_argument("--repeat", type=int, default=2, help="builds per project; the best counts")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", type=Path, help="copy the projects here afterwards")
    args = parser.parse_args()
    import lint_throughput as generator

    with tempfile.TemporaryDirectory() as temp:
        projects = {}
        for kind in ("single", "chain"):
            project = Path(temp) / kind
            (project / "sop").mkdir(parents=True)
            shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
            (project / "sop/index.md").write_text("# Knowledge base\n", encoding="utf-8")
            paths = generator.generate(project / "sop", args.sops, args.seed)
            if kind == "chain":
                ids = [f"loc-{i:02d}" for i in range(args.locations)]
                (project / "sop/locations.yml").write_text(
                    registry(args.locations), encoding="utf-8"
                )
                varying = add_variants(paths, ids, args.share, args.seed)
            projects[kind] = project
        figures = {}
        for kind, project in projects.items():
            runs = [build(project) for _ in range(args.repeat)]
            best = min(runs, key=lambda r: r["seconds"])
            figures[kind] = best
        single, chain = figures["single"], figures["chain"]
        print(f"{args.sops} SOPs; chain: {args.locations} locations, {varying} SOPs with variants")
        print(f"{'':28}{'single':>14}{'chain':>14}{'ratio':>8}")
        for key, label in (("seconds", "build time s"), ("index", "search index bytes"),
                           ("entries", "search index entries"), ("size", "site bytes"),
                           ("files", "site files")):  # fmt: skip
            a, b = single[key], chain[key]
            form = "{:14.2f}" if key == "seconds" else "{:14,.0f}"
            print(f"{label:28}{form.format(a)}{form.format(b)}{b / a:8.2f}")
        for key, label in (("seconds", "build time"), ("index", "search index size")):
            ratio = chain[key] / single[key]
            verdict = "PASS" if ratio <= TARGET else "FAIL"
            print(f"target: {verdict}  {label} {ratio:.2f}x <= {TARGET:.0f}x the single location")
        if args.keep:
            for kind, project in projects.items():
                shutil.copytree(project, args.keep / kind, dirs_exist_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
