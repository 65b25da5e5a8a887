"""Write a lint result as text, JSON, GitHub workflow commands or SARIF 2.1.0."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from itertools import groupby
from urllib.parse import quote

import click

from sopkit import __version__
from sopkit.lint.registry import all_rules
from sopkit.lint.result import LintResult
from sopkit.terminal import plural, printable

_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}


def format_text(result: LintResult) -> str:
    """Findings grouped by file, then a summary line; styled for a terminal.

    ``click.echo`` strips the styles when the output is not a terminal.
    """
    lines: list[str] = []
    shown = [f for f in result.findings if not f.suppressed]
    for path, group in groupby(shown, key=lambda f: f.path):
        lines.append(click.style(printable(path), underline=True))
        for f in group:
            where = f"{f.line}:{f.column}".ljust(7)
            severity = click.style(f.severity.ljust(7), fg=_COLOURS[f.severity])
            message = printable(f.message)
            lines.append(f"  {where} {severity} {message}  {click.style(f.rule, dim=True)}")
        lines.append("")
    counts = result.summary()
    parts = [
        plural(counts["errors"], "error"),
        plural(counts["warnings"], "warning"),
    ]
    if counts["info"]:
        parts.append(f"{counts['info']} info")
    if counts["suppressed"]:
        parts.append(f"{counts['suppressed']} silenced")
    if counts["baselined"]:
        parts.append(f"{counts['baselined']} in the baseline")
    checked = f"{plural(result.files, 'file')}, {plural(result.sops, 'SOP')} checked"
    mark = click.style("✖", fg="red") if result.failed else click.style("✔", fg="green")
    lines.append(f"{mark} {', '.join(parts)} ({checked})")
    return "\n".join(lines)


def format_json(result: LintResult) -> str:
    """The JSON contract: ``{"findings": [...], "summary": {...}}``."""
    return json.dumps(
        {"findings": [f.as_json() for f in result.findings], "summary": result.summary()},
        indent=2,
        ensure_ascii=False,
    )


#: Control characters other than line breaks and tabs: a raw ESC in a file name reached the
#: CI log as a terminal escape sequence ("\x1b]0;pwn\x07" retitles the terminal). A tab
#: stays: it is harmless, and the action matches ``file=`` against the changed names as
#: git lists them.
_OTHER_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _escape_data(text: str) -> str:
    """``text`` as a workflow command carries it: ``%``, line breaks and every other
    control character percent-escaped, as GitHub escapes ``%``, CR and LF."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return _OTHER_CONTROLS.sub(lambda m: f"%{ord(m.group()):02X}", text)


def escape_property(text: str) -> str:
    """A workflow command's property value as GitHub reads it (the action matches the
    annotations' ``file=`` of the changed files with it)."""
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(result: LintResult) -> str:
    """GitHub Actions workflow commands, shown as annotations on the pull request."""
    commands = {"error": "error", "warning": "warning", "info": "notice"}
    lines = []
    for f in result.findings:
        if f.suppressed:
            continue
        properties = ",".join(
            [
                f"file={escape_property(f.path)}",
                f"line={f.line}",
                f"col={f.column}",
                f"title={escape_property(f'{f.rule} {f.name}')}",
            ]
        )
        # control characters as the text report shows them: GitHub drops an ESC, which
        # made "unknown touchpoint 'phone': did you mean 'phone'?" of "\x1b[31mphone"
        message = "\n".join(printable(part) for part in f.message.split("\n"))
        lines.append(f"::{commands[f.severity]} {properties}::{_escape_data(message)}")
    counts = result.summary()
    lines.append(
        f"sopkit: {plural(counts['errors'], 'error')}, {plural(counts['warnings'], 'warning')} "
        f"in {plural(result.files, 'file')}"
    )
    return "\n".join(lines)


def _artifact(path: str) -> dict[str, str]:
    """Where a finding's file is, for SARIF: a relative reference from the folder lint ran
    in (``%SRCROOT%``), or, for a file outside it, an absolute ``file://`` URI (SARIF
    2.1.0 3.4.4: a ``uri`` with a ``uriBaseId`` must be relative)."""
    if path.startswith("/"):
        return {"uri": "file://" + quote(path)}
    return {"uri": quote(path), "uriBaseId": "%SRCROOT%"}


def format_sarif(result: LintResult) -> str:
    """SARIF 2.1.0, for GitHub code scanning and other viewers."""
    levels = {"error": "error", "warning": "warning", "info": "note"}
    rules = all_rules()
    index = {rule.code: i for i, rule in enumerate(rules)}
    descriptors = [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.doc.split("\n\n", 1)[-1].strip() or rule.summary},
            # The full rule page travels inside the SARIF file (shown by GitHub code
            # scanning), so no documentation URL has to exist.
            "help": {"text": rule.doc, "markdown": rule.doc},
            "defaultConfiguration": {"level": levels[rule.severity]},
            "properties": {"tags": list(rule.tags)},
        }
        for rule in rules
    ]
    results = []
    for f in result.findings:
        entry: dict[str, object] = {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": levels[f.severity],
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": _artifact(f.path),
                        "region": {"startLine": f.line, "startColumn": f.column},
                    }
                }
            ],
        }
        if f.field:
            entry["properties"] = {"field": f.field}
        if f.suppressed:
            entry["suppressions"] = [{"kind": "inSource", "justification": f.suppressed}]
        results.append(entry)
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "sopkit",
                        "version": __version__,
                        "rules": descriptors,
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


#: What GitHub keeps of a job summary (1 MiB); a longer one is dropped whole.
MAX_SUMMARY_BYTES = 1_000_000
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def _md(text: str) -> str:
    """Text as a table cell that renders as the same text: HTML and Markdown escaped."""
    escaped = html.escape(printable(text), quote=False)
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", escaped)


def _md_code(text: str) -> str:
    """Text as a code span, fenced with more backticks than it holds in a row."""
    text = printable(text).replace("|", "\\|")
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""  # CommonMark strips it
    return f"{fence}{pad}{text}{pad}{fence}"


def format_markdown(result: LintResult) -> str:
    """A Markdown report for a CI job summary: counts, then every finding in a table.

    GitHub shows only a few annotations per step and job; the job summary carries
    the full list.
    """
    counts = result.summary()
    mark = "✖" if result.failed else "✔"
    info = f", {counts['info']} info" if counts["info"] else ""  # as the text report says
    lines = [
        f"### sopkit lint {mark} {plural(counts['errors'], 'error')}, "
        f"{plural(counts['warnings'], 'warning')}{info} in {plural(result.sops, 'SOP')}",
        "",
    ]
    shown = [f for f in result.findings if not f.suppressed]
    left_out = 0
    if shown:
        lines += ["| File | Line | Severity | Rule | Message |", "|---|---:|---|---|---|"]
        size = sum(len(line.encode()) + 1 for line in lines)
        for number, f in enumerate(shown):
            row = (
                f"| {_md_code(f.path)} | {f.line} | {f.severity} | {f.rule} {f.name} "
                f"| {_md(f.message)} |"
            )
            size += len(row.encode()) + 1
            if size > MAX_SUMMARY_BYTES - 1000:  # room for the lines below
                left_out = len(shown) - number
                break
            lines.append(row)
    else:
        lines.append("No findings.")
    if left_out:
        lines += [
            "",
            f"{left_out} more findings are left out: GitHub drops a job summary over 1 MiB. "
            "Every finding is in `--format json` and `--format sarif`.",
        ]
    extra = [f"{counts[k]} {k}" for k in ("suppressed", "baselined") if counts[k]]
    if extra:
        lines += ["", f"Not shown: {', '.join(extra)}."]
    return "\n".join(lines)


#: A report larger than this is not read to tell whether sopkit wrote it.
MAX_REPORT_BYTES = 100_000_000
#: The last line of a text report and of a GitHub report; the first of a Markdown one.
_TEXT_SUMMARY = re.compile(
    r"^[✔✖?] \d+ errors?, \d+ warnings?.* \(\d+ files?, \d+ SOPs? checked\)$"
)
_GITHUB_SUMMARY = re.compile(r"^sopkit: \d+ errors?, \d+ warnings? in \d+ files?$")
_MARKDOWN_TITLE = re.compile(r"^### sopkit lint [✔✖] ")


def is_report(text: str) -> bool:
    """Whether ``text`` is a report of ``sopkit lint`` in any of its formats (or empty).

    ``--output`` replaces such a file and no other: a report written over README.md
    or a workflow file destroyed what sopkit had not written.
    """
    if not text.strip():
        return True
    lines = text.strip().splitlines()
    if _TEXT_SUMMARY.match(lines[-1]) or _GITHUB_SUMMARY.match(lines[-1]):
        return True
    if _MARKDOWN_TITLE.match(lines[0]):
        return True
    try:
        data = json.loads(text)
    except ValueError:
        return False
    if isinstance(data, dict) and "findings" in data:
        return _is_json_report(data)  # --format json
    runs = data.get("runs") if isinstance(data, dict) else None
    if isinstance(runs, list) and runs and isinstance(runs[0], dict):
        tool = runs[0].get("tool")
        driver = tool.get("driver") if isinstance(tool, dict) else None
        return isinstance(driver, dict) and driver.get("name") == "sopkit"  # --format sarif
    return False


#: The keys of ``--format json``: a report of another tool with "findings" and "summary"
#: and keys of its own (an audit, notes) is not sopkit's to replace.
_SUMMARY_KEYS = frozenset(
    {"files", "sops", "errors", "warnings", "info", "suppressed", "baselined"}
)
_FINDING_KEYS = frozenset(
    {"path", "line", "column", "rule", "name", "severity", "message", "field", "suppressed"}
)


def _is_json_report(data: dict[str, object]) -> bool:
    """Whether ``data`` has the shape :func:`format_json` writes, and nothing else."""
    findings, summary = data.get("findings"), data.get("summary")
    if set(data) != {"findings", "summary"} or not isinstance(findings, list):
        return False
    if not isinstance(summary, dict) or not {"errors", "warnings"} <= set(summary) <= _SUMMARY_KEYS:
        return False
    return all(
        isinstance(f, dict) and {"path", "rule", "message"} <= set(f) <= _FINDING_KEYS
        for f in findings
    )


FORMATTERS: dict[str, Callable[[LintResult], str]] = {
    "text": format_text,
    "json": format_json,
    "github": format_github,
    "sarif": format_sarif,
    "markdown": format_markdown,
}
