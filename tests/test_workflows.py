"""The GitHub workflows and pre-commit hooks: valid YAML, real sopkit commands, pinned actions."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest
import yaml

from sopkit.cli import cli
from tests.conftest import REPO

WORKFLOWS = sorted((REPO / ".github/workflows").glob("*.yml"))
_SHELL_OPERATORS = {"|", "||", "&&", ">", ">>", "<", ";", "2>&1"}


def _steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def sopkit_invocations(script: str) -> list[list[str]]:
    """Every `sopkit ...` command in a shell script, as argument lists."""
    found = []
    for line in script.splitlines():
        words = shlex.split(line, comments=True)
        for index, word in enumerate(words):
            if word == "sopkit":
                args = []
                for arg in words[index + 1 :]:
                    if arg in _SHELL_OPERATORS or arg.startswith((">", "<")):
                        break
                    args.append(arg)
                found.append(args)
    return found


def check_command(args: list[str]) -> None:
    """Parse `sopkit ARGS` with the real CLI; raises on unknown commands or options."""
    with cli.make_context("sopkit", list(args), resilient_parsing=False) as context:
        name, command, rest = cli.resolve_command(context, list(args))
        assert command is not None, f"no such command: sopkit {name}"
        command.make_context(name, rest, parent=context)


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_is_valid_and_pins_its_actions(path: Path) -> None:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert workflow["name"] and workflow["jobs"]
    assert True in workflow or "on" in workflow  # YAML 1.1 reads the `on:` key as true
    for job in workflow["jobs"].values():
        assert job.get("timeout-minutes"), "every job has a time limit"
    for step in _steps(workflow):
        if "uses" in step:
            assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", step["uses"]), step["uses"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_sopkit_command_exists_with_those_options(path: Path) -> None:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    for step in _steps(workflow):
        for args in sopkit_invocations(step.get("run", "")):
            check_command(args)


def test_the_checker_catches_unknown_options() -> None:
    with pytest.raises(click.exceptions.NoSuchOption):
        check_command(["lint", "--fromat", "github"])
    with pytest.raises(click.exceptions.UsageError):
        check_command(["lnt"])


def test_pull_request_workflow_covers_what_ci_must_do() -> None:
    workflow = yaml.safe_load((REPO / ".github/workflows/sop-pull-request.yml").read_text())
    runs = " ".join(step.get("run", "") for step in _steps(workflow))
    uses = " ".join(step.get("uses", "") for step in _steps(workflow))
    assert (
        "--format github" in runs and "--format markdown" in runs and "GITHUB_STEP_SUMMARY" in runs
    )
    assert "--format sarif" in runs and "codeql-action/upload-sarif" in uses
    assert "sopkit build --strict" in runs


def test_publish_workflow_deploys_pages_from_main() -> None:
    workflow = yaml.safe_load((REPO / ".github/workflows/publish.yml").read_text())
    assert workflow[True]["push"]["branches"] == ["main"]
    uses = [step.get("uses", "") for step in _steps(workflow)]
    assert any(u.startswith("actions/deploy-pages@") for u in uses)


def test_pre_commit_hooks_run_real_commands() -> None:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {hook["id"] for hook in hooks} == {"sopkit-lint", "sopkit-owners"}
    for hook in hooks:
        words = shlex.split(hook["entry"])
        assert words[0] == "sopkit"
        check_command(words[1:])
        assert hook["language"] == "python"


def test_pull_request_template_asks_what_changes() -> None:
    text = (REPO / ".github/pull_request_template.md").read_text(encoding="utf-8")
    assert "What changes in which standard" in text


def test_codeowners_is_up_to_date() -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "sopkit", "owners", "--check"], cwd=REPO,
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
