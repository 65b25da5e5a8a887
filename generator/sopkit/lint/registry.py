"""The rule record and the lookup of rules by code or name."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sopkit.config import Settings
    from sopkit.lint.finding import Finding, Problem
    from sopkit.sop import Sop


@dataclass(frozen=True)
class Example:
    """A failing and a passing SOP for one language; the tests run both.

    A project rule's example is a mapping of file names to texts.
    """

    lang: str
    failing: str | Mapping[str, str]
    passing: str | Mapping[str, str]


@dataclass(frozen=True)
class SopRecord:
    """What a project rule needs to know of each checked file."""

    path: str
    id: str
    id_line: int
    id_column: int
    is_sop: bool


@dataclass(frozen=True)
class Rule:
    """One lint rule.

    Attributes:
        code: stable code, never reused (``SOP101``).
        name: kebab-case alias (``unmeasurable-metric``).
        summary: one line for ``sopkit rules``.
        severity: the default severity: ``error``, ``warning`` or ``info``.
        check: yields problems for one SOP; pure, no I/O.
        project_check: yields ``(path, problem)`` across all files (e.g. duplicate ids).
        post_check: yields problems about a file's other findings (unused suppressions).
        examples: failing and passing examples, one per language it covers.
        doc: the rule module's docstring (What it does / Why is this bad? / Options).
        scope: ``file`` (every Markdown file), ``sop`` (SOPs only) or ``prose``
            (the wording rules, also run by ``--prose-only``).
        needs_front_matter: skip when the front matter is missing or broken, so a
            YAML error is reported once and not as a dozen missing keys.
        fatal: problems that stop the file from being read; cannot be turned off.
        locked: the site cannot be built with its problems (two SOPs on one page):
            always an error, never turned off, lowered or silenced.
    """

    code: str
    name: str
    summary: str
    severity: str
    check: Callable[[Sop], Iterable[Problem]] | None
    examples: tuple[Example, ...]
    doc: str
    scope: str = "sop"
    needs_front_matter: bool = True
    fatal: bool = False
    locked: bool = False
    tags: tuple[str, ...] = field(default_factory=tuple)
    project_check: Callable[[list[SopRecord], Settings], Iterable[tuple[str, Problem]]] | None = (
        None
    )
    post_check: Callable[[Sop, list[Finding]], Iterable[Problem]] | None = None


def all_rules() -> tuple[Rule, ...]:
    """Every rule, in code order."""
    from sopkit.lint.rules import RULES

    return RULES


def resolve_rule(code_or_name: str) -> Rule | None:
    """Find a rule by code (``SOP101``, any case) or name (``unmeasurable-metric``)."""
    wanted = code_or_name.strip()
    for rule in all_rules():
        if wanted.upper() == rule.code or wanted.lower() == rule.name:
            return rule
    return None


def severity_of(rule: Rule, overrides: Mapping[str, str]) -> str:
    """The configured severity of ``rule`` (``off`` when disabled)."""
    return overrides.get(rule.code, rule.severity)


#: Rules whose findings no directive silences besides the :attr:`Rule.locked` ones: a
#: file that cannot be read, broken front matter, a broken directive.
NEVER_SILENCED = frozenset({"SOP001", "SOP003", "SOP009"})


def can_be_silenced(name: str) -> bool:
    """Whether a ``sopkit-ignore`` directive may silence the rule ``name`` (code or name)."""
    rule = resolve_rule(name)
    return rule is not None and not rule.locked and rule.code not in NEVER_SILENCED
