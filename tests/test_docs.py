"""Documentation that is generated or promised stays true."""

from __future__ import annotations

import re

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
    # Not editable: the suite tests sopkit as pip installs it (tests/installation.py)
    assert commands[1] == 'pip install ".[test]" && python -m pytest'
    assert commands[1] in ci.splitlines()  # a command of its own, in a fresh venv
