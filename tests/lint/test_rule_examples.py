"""Every rule documents itself and proves it: its failing examples fail, its passing ones pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from sopkit.config import Settings
from sopkit.lint import lint_paths
from sopkit.lint.registry import Example, Rule, all_rules
from tests.conftest import write_tree

RULES = all_rules()
CASES = [
    pytest.param(rule, example, id=f"{rule.code}-{example.lang}")
    for rule in RULES
    for example in rule.examples
]


def _lint(
    tmp_path: Path, example: str | dict[str, str], lang: str, *, notes: bool = True
) -> list[str]:
    files = example if isinstance(example, dict) else {f"phone/example-{lang}.md": example}
    for name, text in files.items():  # "/name" sits in the project root, beside sop/
        root = tmp_path if name.startswith("/") else tmp_path / "sop"
        write_tree(root, {name.lstrip("/"): text})
    result = lint_paths([tmp_path / "sop"], Settings(root=tmp_path), jobs=1, cwd=tmp_path)
    return [f.rule for f in result.findings if not f.suppressed and (notes or f.severity != "info")]


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_failing_example_triggers_the_rule(tmp_path: Path, rule: Rule, example: Example) -> None:
    assert rule.code in _lint(tmp_path, example.failing, example.lang)


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_passing_example_is_clean(tmp_path: Path, rule: Rule, example: Example) -> None:
    """No error or warning at all, and not even a note from the rule itself.

    Other rules' notes may stand: SOP107 notes every absolute commitment, which
    many passing examples of other rules are.
    """
    found = _lint(tmp_path, example.passing, example.lang)
    assert rule.code not in found
    assert _lint(tmp_path, example.passing, example.lang, notes=False) == []


def test_codes_and_names_are_unique() -> None:
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_documented(rule: Rule) -> None:
    assert rule.doc.startswith(f"{rule.code} {rule.name}:")
    for heading in ("## What it does", "## Why is this bad?", "## Options"):
        assert heading in rule.doc, f"{rule.code} lacks '{heading}'"
    assert rule.examples, f"{rule.code} has no examples"
    assert rule.severity in ("error", "warning", "info")
    assert (rule.check is None) + (rule.project_check is None) + (rule.post_check is None) == 2


LANGUAGE_RULES = [
    "SOP101", "SOP102", "SOP104", "SOP105", "SOP106", "SOP107", "SOP108", "SOP201",
]  # fmt: skip


@pytest.mark.parametrize("code", LANGUAGE_RULES)
def test_language_rules_have_examples_in_every_language(code: str) -> None:
    rule = next(r for r in RULES if r.code == code)
    assert {e.lang for e in rule.examples} == {"en", "de", "nl"}
