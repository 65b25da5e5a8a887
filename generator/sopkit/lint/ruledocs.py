"""Rule documentation: the table for ``sopkit rules`` and one page per rule.

The same text makes ``docs/rules.md`` (see ``write_reference``), so the CLI, the
SARIF help and the published reference never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from sopkit.lint.registry import Rule

_LANGUAGE_NAMES = {"en": "English", "de": "German", "nl": "Dutch"}


def rules_table(rules: Iterable[Rule]) -> str:
    """One line per rule: code, name, severity, summary."""
    rows = [(r.code, r.name, r.severity, r.summary) for r in rules]
    width = max(len(name) for _, name, _, _ in rows)
    return "\n".join(
        f"{code}  {name.ljust(width)}  {severity.ljust(7)}  {summary}"
        for code, name, severity, summary in rows
    )


#: Control characters shown visibly, so that an example of SOP014 is not invisible in the
#: reference: C0 and DEL as their Unicode control pictures ("␛" for ESC), C1 by code point.
_PICTURES: dict[int, int | str] = {
    **{code: 0x2400 + code for code in range(0x20) if chr(code) not in "\t\n\r"},
    0x7F: 0x2421,
    **{code: f"<U+{code:04X}>" for code in range(0x80, 0xA0)},
}


def _files(example: str | Mapping[str, str]) -> str:
    if isinstance(example, str):
        example = example.translate(_PICTURES)
        return f"```markdown\n{example.rstrip()}\n```" if example else "(an empty file)"
    return "\n\n".join(
        f"`{name}`:\n\n```markdown\n{text.translate(_PICTURES).rstrip()}\n```"
        for name, text in example.items()
    )


def rule_page(rule: Rule, level: int = 1) -> str:
    """The rule's documentation with a failing and a passing example per language.

    Args:
        rule: the rule.
        level: the Markdown heading level of the rule's title.
    """
    title, sub = "#" * level, "#" * (level + 1)
    first, _, body = rule.doc.partition("\n")
    summary = first.split(":", 1)[-1].strip()
    parts = [
        f"{title} {rule.code} {rule.name}",
        "",
        f"{summary[:1].upper()}{summary[1:]} Default severity: **{rule.severity}**.",
        "",
        re.sub(r"^## ", f"{sub} ", body.strip(), flags=re.MULTILINE),
    ]
    for example in rule.examples:
        language = _LANGUAGE_NAMES[example.lang]
        parts += [
            "",
            f"{sub} Example ({language}): fails",
            "",
            _files(example.failing),
            "",
            f"{sub} Use instead ({language}): passes",
            "",
            _files(example.passing),
        ]
    return "\n".join(parts).rstrip() + "\n"


def reference(rules: Iterable[Rule]) -> str:
    """The whole rule reference as Markdown (``docs/rules.md``)."""
    rules = list(rules)
    lines = [
        "# Rule reference",
        "",
        "Generated from the rules' own documentation by "
        "`sopkit rules --markdown > docs/rules.md`;\n"
        "do not edit by hand (a test fails when this file is out of date).",
        "",
        "| Code | Name | Severity | What it checks |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| [{r.code}](#{r.code.lower()}-{r.name}) | `{r.name}` | {r.severity} | {r.summary} |"
        for r in rules
    ]
    lines.append("")
    for rule in rules:
        lines.append(rule_page(rule, level=2))
    return "\n".join(lines)
