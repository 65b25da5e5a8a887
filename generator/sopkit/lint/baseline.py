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
from typing import Any

from sopkit.document import read_bytes
from sopkit.errors import SopkitError
from sopkit.lint.finding import Finding
from sopkit.lint.result import LintResult

VERSION = 1
#: A baseline of 100,000 findings is about 20 MB.
MAX_BASELINE_BYTES = 50_000_000

Key = tuple[str, str, str]


def _key(finding: Finding) -> Key:
    return (finding.path, finding.rule, finding.message)


def _may_wait(finding: Finding) -> bool:
    """Whether a baseline may hold ``finding`` back: never one the site cannot be built
    with (SOP008): lint passed with a baseline while every build failed."""
    from sopkit.lint.registry import resolve_rule

    rule = resolve_rule(finding.rule)
    return rule is None or not rule.locked


def write_baseline(result: LintResult, path: Path) -> int:
    """Record the unsilenced findings of ``result`` in ``path``; return how many."""
    counts = Counter(_key(f) for f in result.findings if not f.suppressed and _may_wait(f))
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
    if not path.exists() and not path.is_symlink():
        raise SopkitError(
            f"{path}: no such baseline; write one with `sopkit lint --write-baseline {path}`"
        )
    # A regular file of bounded size: --baseline /dev/zero read until memory ran out.
    data, problem = read_bytes(path, MAX_BASELINE_BYTES)
    if data is None:
        assert problem is not None
        why = problem.reworded(
            not_regular="not a regular file: a device or a pipe",
            too_large=f"larger than {MAX_BASELINE_BYTES:,} bytes",
        )
        raise SopkitError(
            f"{path}: not a sopkit baseline ({why}); give the file that "
            "`sopkit lint --write-baseline` wrote"
        )
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise SopkitError(f"{path}: not a sopkit baseline ({error})") from None
    version = document.get("version") if isinstance(document, dict) else None
    if type(version) is not int or version != VERSION:  # true == 1 in Python, not here
        raise SopkitError(f"{path}: not a sopkit baseline (expected version {VERSION})")
    findings = document.get("findings")
    if not isinstance(findings, list):
        raise SopkitError(
            f"{path}: not a sopkit baseline ('findings' must be a list); write it again "
            f"with `sopkit lint --write-baseline {path}`"
        )
    counts: Counter[Key] = Counter()
    for index, entry in enumerate(findings, 1):
        record: dict[str, Any] = entry if isinstance(entry, dict) else {}
        fields = [record.get(k) for k in ("path", "rule", "message")]
        count = record.get("count", 1)
        if not all(isinstance(f, str) for f in fields):
            raise SopkitError(
                f"{path}: entry {index} needs path, rule and message as text; rewrite the baseline"
            )
        if type(count) is not int or count < 1:
            raise SopkitError(
                f"{path}: entry {index}: 'count' must be a whole number from 1, got "
                f"{json.dumps(count)[:40]}; rewrite the baseline"
            )
        counts[(str(fields[0]), str(fields[1]), str(fields[2]))] += count
    return counts


def apply_baseline(result: LintResult, baseline: Counter[Key]) -> LintResult:
    """A copy of ``result`` without the findings that ``baseline`` records."""
    remaining = Counter(baseline)
    kept: list[Finding] = []
    known = 0
    for finding in result.findings:
        key = _key(finding)
        if not finding.suppressed and remaining[key] > 0 and _may_wait(finding):
            remaining[key] -= 1
            known += 1
            continue
        kept.append(finding)
    return LintResult(findings=kept, files=result.files, sops=result.sops, baselined=known)
