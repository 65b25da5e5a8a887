"""Judge real published service standards and print how often sopkit agrees.

The corpus in ``benchmarks/real_standards/<lang>.yml`` holds sentences from real
service charters (councils, gemeenten, Bürgerämter, Stadtwerke, banks, utilities,
housing associations, retailers), each judged by hand as ``measurable``, ``vague``
or ``doubtful`` (not scored); see ``benchmarks/real_standards/README.md``. Each
sentence becomes the ``metric`` of an otherwise sound SOP (with the ``timeframe`` an
editor would write, when the sentence has a bound; the first one when the corpus
lists several), and the real ``sopkit lint`` judges it. A missing ``timeframe`` key
(SOP006, a matter of the file's shape) is not counted: standards without a time
bound (a limit, an availability) have nothing to put there.

Printed per language:
- false errors: measurable standards that get an error on ``metric`` or ``timeframe``
  (target: at most 2%);
- recall: vague standards that get such an error (target: at least 97%);
- named recall: vague standards whose error message names the vague words.

Then every miss and false error, with sopkit's messages. ``--json`` prints one line.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

from sopkit.config import Settings
from sopkit.lint import lint_paths
from sopkit.lint.examples import DROP, example

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "real_standards"
LANGS = ("en", "de", "nl")
FALSE_ERROR_TARGET = 0.02
RECALL_TARGET = 0.97


@dataclass(frozen=True)
class Case:
    """One judged sentence."""

    lang: str
    source: str
    text: str
    verdict: str
    reason: str
    timeframe: str | None
    vague_words: tuple[str, ...]


def load_cases(corpus: Path) -> list[Case]:
    """Every case of every language file, checked for the fields the judging needs."""
    cases = []
    for lang in LANGS:
        path = corpus / f"{lang}.yml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        sources = {s["id"] for s in data["sources"]}
        for number, raw in enumerate(data["cases"], 1):
            if raw["source"] not in sources:
                raise SystemExit(f"{path}: case {number} names unknown source {raw['source']!r}")
            if raw["verdict"] not in ("measurable", "vague", "doubtful"):
                raise SystemExit(f"{path}: case {number}: verdict {raw['verdict']!r}")
            cases.append(
                Case(
                    lang,
                    raw["source"],
                    str(raw["text"]),
                    raw["verdict"],
                    str(raw.get("reason", "")),
                    str(raw["timeframe"]).split(";")[0].strip() if raw.get("timeframe") else None,
                    tuple(str(w) for w in raw.get("vague_words") or ()),
                )
            )
    return cases


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML string


def judge(cases: list[Case]) -> dict[int, list[tuple[str, str, str]]]:
    """Lint each case as an SOP; return ``{case index: [(rule, severity, message)]}``."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        sop = root / "sop"
        for index, case in enumerate(cases):
            timeframe = _quoted(case.timeframe) if case.timeframe else DROP
            text = example(case.lang, metric=_quoted(case.text), timeframe=timeframe)
            target = sop / case.lang / f"case-{index:04}.md"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        result = lint_paths([sop], Settings(root=root), jobs=1, cwd=root)
    crashed = [f for f in result.findings if "sopkit could not check this file" in f.message]
    if crashed:  # a case sopkit could not check is no pass: say so, and measure nothing
        raise SystemExit(
            "sopkit could not check these cases:\n"
            + "\n".join(f"{f.path}: {f.message}" for f in crashed[:10])
        )
    found: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    for finding in result.findings:
        if finding.field not in ("metric", "timeframe") or finding.rule == "SOP006":
            continue
        index = int(Path(finding.path).stem.split("-")[1])
        found[index].append((finding.rule, finding.severity, finding.message))
    return found


def _errors(found: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [f for f in found if f[1] == "error"]


#: Words too common to count as naming a vague phrase.
_COMMON = {
    "we", "wir", "wij", "is", "ist", "het", "de", "die", "der", "das", "to", "in", "of", "om",
    "es", "ons", "unser", "our", "will", "a", "an", "the", "een", "eine", "so", "zo", "wie",
}  # fmt: skip


_PUNCTUATION = "()[]{}\"'.,;:!?«»„“”‘’"


def _names(case: Case, errors: list[tuple[str, str, str]]) -> bool:
    """True when an error quotes the vague words (or a word of the vague phrase).

    Messages quote each term they found once ('usually', 'zeitnah' ...), then an example.
    A case judged vague because it has no bound at all lists no words: any error names
    the problem.
    """
    if not case.vague_words:
        return bool(errors)
    # words without the punctuation around them: "(redelijke) termijn" names "redelijke"
    wanted = {
        w.strip(_PUNCTUATION) for phrase in case.vague_words for w in phrase.lower().split()
    } - _COMMON
    for _, _, message in errors:
        text = message.lower()
        if any(phrase.lower() in text for phrase in case.vague_words):
            return True
        # every term the message names, each quoted, before its example ("e.g. '...'")
        named = text.split("e.g.")[0].split("'")[1::2]
        if any({w.strip(_PUNCTUATION) for w in quoted.split()} & wanted for quoted in named):
            return True
    return False


def main() -> int:
    """Print the figures per language, then every miss and false error."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--json", action="store_true", help="print one JSON line only")
    parser.add_argument("--quiet", action="store_true", help="print the figures only")
    args = parser.parse_args()
    cases = load_cases(args.corpus)
    found = judge(cases)
    figures: dict[str, dict[str, object]] = {}
    report: list[str] = []
    for lang in LANGS:
        measurable = [
            i for i, c in enumerate(cases) if c.lang == lang and c.verdict == "measurable"
        ]
        vague = [i for i, c in enumerate(cases) if c.lang == lang and c.verdict == "vague"]
        false = [i for i in measurable if _errors(found[i])]
        caught = [i for i in vague if _errors(found[i])]
        named = [i for i in caught if _names(cases[i], _errors(found[i]))]
        figures[lang] = {
            "measurable": len(measurable),
            "vague": len(vague),
            "doubtful": sum(1 for c in cases if c.lang == lang and c.verdict == "doubtful"),
            "false_error_rate": round(len(false) / max(len(measurable), 1), 6),
            "recall": round(len(caught) / max(len(vague), 1), 6),
            "named_recall": round(len(named) / max(len(vague), 1), 6),
        }
        for i in false:
            report.append(f"FALSE ERROR [{lang}] {cases[i].text}")
            report += [f"    {rule} {sev}: {msg}" for rule, sev, msg in found[i]]
        for i in vague:
            if i in named:
                continue
            kind = "MISSED" if i not in caught else "NOT NAMED"
            report.append(
                f"{kind} [{lang}] {cases[i].text}  (vague: {', '.join(cases[i].vague_words)})"
            )
            report += [f"    {rule} {sev}: {msg}" for rule, sev, msg in found[i]]
    if args.json:
        print(json.dumps(figures))
        return 0
    if not args.quiet:
        print("\n".join(report))
        print()
    sources = len({(c.lang, c.source) for c in cases})
    print(f"{len(cases)} sentences from {sources} sources")
    print(f"{'lang':5} {'measurable':>10} {'vague':>6} {'doubtful':>8} "
          f"{'false errors':>12} {'recall':>7} {'named':>7}")  # fmt: skip
    met = True
    for lang, fig in figures.items():
        print(f"{lang:5} {fig['measurable']:>10} {fig['vague']:>6} {fig['doubtful']:>8} "
              f"{fig['false_error_rate']:>12.1%} {fig['recall']:>7.1%} {fig['named_recall']:>7.1%}")  # type: ignore[str-format]  # fmt: skip
        met &= fig["false_error_rate"] <= FALSE_ERROR_TARGET  # type: ignore[operator]
        met &= fig["named_recall"] >= RECALL_TARGET  # type: ignore[operator]
    print(f"targets (false errors <= {FALSE_ERROR_TARGET:.0%}, named recall >= "
          f"{RECALL_TARGET:.0%} per language): {'met' if met else 'NOT met'}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
