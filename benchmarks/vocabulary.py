"""What does a large Vale vocabulary cost ``sopkit lint``?

Teams keep their product names, place names and jargon in a Vale vocabulary
(``styles/config/vocabularies/<name>/accept.txt``); an export from a product
catalogue or a gazetteer can hold hundreds of thousands of words. The script copies
the sample knowledge base (``sop/``, ``.vale.ini``, ``styles/`` of this checkout) into
a temporary folder twice and measures, in the same run:

baseline
    ``sopkit lint --no-cache sop`` with the vocabulary as shipped.
vocabulary
    The same, after ``--words`` random plain words (and a few regular expressions)
    were added to ``accept.txt``.

Each is a real ``python -m sopkit`` process, the best of ``--repeat`` runs, CPU time
(user + system) of the process. It prints both and their ratio, with PASS/FAIL
against the target: a vocabulary of 200,000 words costs at most 1.5x the baseline
(before plain words were kept as a set, it cost 47 s of CPU: over 30x). The exit
code is 0 whatever the timings (this is a measurement, not a test), and 1 when lint
fails on either copy, which would make the figures meaningless.

Usage::

    python benchmarks/vocabulary.py [--words 200000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import string
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RATIO_TARGET = 1.5
#: Terms with regular-expression syntax, as real vocabularies hold a few.
PATTERNS = ["(?i)github", "[Nn]orthwind [Tt]raders", "e-?mail"]


def _project(folder: Path, words: int) -> Path:
    """A copy of the sample knowledge base, with ``words`` more accepted words."""
    for name in ("sop", "styles"):
        shutil.copytree(ROOT / name, folder / name)
    shutil.copy(ROOT / ".vale.ini", folder / ".vale.ini")
    if words:
        accept = next((folder / "styles" / "config" / "vocabularies").glob("*/accept.txt"))
        rng = random.Random(16)
        extra: set[str] = set()
        while len(extra) < words:
            extra.add("".join(rng.choices(string.ascii_letters, k=rng.randint(4, 12))))
        with accept.open("a", encoding="utf-8") as out:
            out.write("\n" + "\n".join(sorted(extra) + PATTERNS) + "\n")
    return folder


def _cpu_seconds(folder: Path) -> float:
    """CPU time of one ``sopkit lint --no-cache sop`` in ``folder``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(
        [sys.executable, "-m", "sopkit", "lint", "--no-cache", "sop"],
        cwd=folder, capture_output=True, text=True, check=False,
        env={**os.environ, "XDG_CACHE_HOME": str(folder / ".cache")},
    )  # fmt: skip
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        print(result.stdout + result.stderr, file=sys.stderr)
        raise SystemExit(f"lint failed in {folder} (exit {result.returncode})")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        base = _project(Path(temporary) / "base", 0)
        large = _project(Path(temporary) / "large", options.words)
        try:
            baseline = min(_cpu_seconds(base) for _ in range(options.repeat))
            vocabulary = min(_cpu_seconds(large) for _ in range(options.repeat))
        except SystemExit as failed:
            print(failed, file=sys.stderr)
            return 1
    ratio = vocabulary / baseline
    verdict = "PASS" if ratio <= RATIO_TARGET else "FAIL"
    print(f"baseline (vocabulary as shipped):   {baseline:6.2f} s CPU")
    print(f"vocabulary of {options.words:,} more words: {vocabulary:6.2f} s CPU")
    print(f"ratio {ratio:.2f} (target <= {RATIO_TARGET}): {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
