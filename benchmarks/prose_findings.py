"""Run the wording rules on real-world procedure documentation and list every finding.

False positives must be measured on other people's procedures, not only on our own
examples. This script runs `sopkit lint --prose-only` over a folder of Markdown
(by default `benchmarks/corpus/`, laid out as `<lang>/<name>.md`), prints each finding
with its line of text so a person can judge it, and prints counts per rule and per
1,000 words. The judged figures are recorded in the README ("Wording rules on real
documentation").

The corpus is third-party text under its own licences (see `benchmarks/corpus/SOURCES.md`
for the sources); it is not part of sopkit and is not committed.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from sopkit.config import Settings
from sopkit.lint import lint_paths

HERE = Path(__file__).resolve().parent


def main() -> int:
    """Print the findings, then counts per rule and language."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=HERE / "corpus")
    parser.add_argument("--quiet", action="store_true", help="print only the counts")
    args = parser.parse_args()
    corpus: Path = args.corpus
    if not corpus.is_dir():
        print(f"{corpus}: no corpus folder (see the module docstring)", file=sys.stderr)
        return 2
    totals: Counter[str] = Counter()
    words: Counter[str] = Counter()
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        lang = folder.name
        for path in folder.rglob("*.md"):
            words[lang] += len(re.findall(r"\w+", path.read_text(encoding="utf-8")))
        settings = Settings(root=corpus, default_lang=lang)
        result = lint_paths([folder], settings, prose_only=True, cwd=corpus)
        for finding in result.findings:
            totals[(lang, finding.rule)] += 1  # type: ignore[index]
            if not args.quiet:
                line = (corpus / finding.path).read_text(encoding="utf-8").splitlines()
                text = line[finding.line - 1].strip() if finding.line <= len(line) else ""
                print(f"{finding.path}:{finding.line}:{finding.column} {finding.rule} {text[:110]}")
    print()
    print(f"{'lang':5} {'rule':7} {'findings':>8} {'per 1,000 words':>16}")
    for (lang, rule), count in sorted(totals.items()):  # type: ignore[misc]
        print(f"{lang:5} {rule:7} {count:8} {1000 * count / max(words[lang], 1):16.2f}")
    for lang, count in sorted(words.items()):
        print(f"{lang}: {count:,} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
