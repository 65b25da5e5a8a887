"""Baselines: adopt sopkit on existing SOPs without failing every pull request.

A baseline records today's findings; with ``--baseline`` lint reports only findings
that are not in it. Findings are matched by file, rule and message (not by line, so
editing a file above a known finding does not revive it); a finding that occurs
more often than recorded is new.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from sopkit.errors import SopkitError
from sopkit.lint.finding import Finding
from sopkit.lint.result import LintResult

VERSION = 1

Key = tuple[str, str, str]


def _key(finding: Finding) -> Key:
    return (finding.path, finding.rule, finding.message)


def write_baseline(result: LintResult, path: Path) -> int:
    """Record the unsilenced findings of ``result`` in ``path``; return how many."""
    counts = Counter(_key(f) for f in result.findings if not f.suppressed)
    entries = [
        {"path": p, "rule": r, "message": m, "count": n} for (p, r, m), n in sorted(counts.items())
    ]
    document = {"version": VERSION, "tool": "sopkit", "findings": entries}
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return sum(counts.values())


def read_baseline(path: Path) -> Counter[Key]:
    """Read a baseline written by :func:`write_baseline`.

    Raises:
        SopkitError: the file is missing or not a sopkit baseline (exit 2).
    """
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SopkitError(
            f"{path}: no such baseline; write one with `sopkit lint --write-baseline {path}`"
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SopkitError(f"{path}: not a sopkit baseline ({error})") from None
    if not isinstance(document, dict) or document.get("version") != VERSION:
        raise SopkitError(f"{path}: not a sopkit baseline (expected version {VERSION})")
    counts: Counter[Key] = Counter()
    for index, entry in enumerate(document.get("findings", [])):
        try:
            counts[(entry["path"], entry["rule"], entry["message"])] += int(entry.get("count", 1))
        except (KeyError, TypeError, ValueError):
            raise SopkitError(
                f"{path}: entry {index + 1} needs path, rule and message; rewrite the baseline"
            ) from None
    return counts


def apply_baseline(result: LintResult, baseline: Counter[Key]) -> LintResult:
    """A copy of ``result`` without the findings that ``baseline`` records."""
    remaining = Counter(baseline)
    kept: list[Finding] = []
    known = 0
    for finding in result.findings:
        key = _key(finding)
        if not finding.suppressed and remaining[key] > 0:
            remaining[key] -= 1
            known += 1
            continue
        kept.append(finding)
    return LintResult(findings=kept, files=result.files, sops=result.sops, baselined=known)
