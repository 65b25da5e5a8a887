"""Documentation that is generated or promised stays true."""

from __future__ import annotations

import re

import yaml

from sopkit.lint.registry import all_rules
from sopkit.lint.ruledocs import reference
from tests.conftest import REPO


def test_rule_reference_is_up_to_date() -> None:
    expected = reference(all_rules())
    actual = (REPO / "docs/rules.md").read_text(encoding="utf-8")
    assert actual == expected, "run: sopkit rules --markdown > docs/rules.md"


def test_readme_lists_every_rule() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for rule in all_rules():
        assert f"| {rule.code} | `{rule.name}` | {rule.severity} |" in readme


def test_readme_opens_with_the_two_commands_that_ci_runs() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```sh\n(.+?)\n```", readme)[:2]
    assert commands[0] == "pip install -e . && sopkit build"
    ci = (REPO / ".ci/run").read_text(encoding="utf-8")
    assert ci.rstrip().endswith(commands[1])


def test_lint_workflow_runs_sopkit_with_pinned_actions() -> None:
    workflow = yaml.safe_load((REPO / ".github/workflows/sop-lint.yml").read_text())
    steps = workflow["jobs"]["lint"]["steps"]
    for step in steps:
        if "uses" in step:
            assert re.fullmatch(r"[\w-]+/[\w-]+@[0-9a-f]{40}", step["uses"]), step["uses"]
    assert any(step.get("run") == "sopkit lint --format github" for step in steps)
