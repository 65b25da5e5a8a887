"""The README's VS Code set-up: schema and lint agree, the language server and the task work."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from sopkit.config import Settings
from sopkit.schema import json_schema
from tests.conftest import REPO, require_tool, write_tree
from tests.editor import run_lsp_check as lsp

README = (REPO / "README.md").read_text(encoding="utf-8")
FRONT_MATTER = lsp.DRAFT.split("\n", 1)[1].strip()  # the draft without its modeline


def _readme_block(language: str, marker: str) -> str:
    blocks = re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)
    found = [block for block in blocks if marker in block]
    assert len(found) == 1, f"one ```{language} block with {marker!r} in the README"
    return found[0]


def test_readme_modeline_is_the_one_checked_over_lsp() -> None:
    block = _readme_block("yaml", "yaml-language-server: $schema=")
    assert block.splitlines()[0].strip() == lsp.MODELINE
    assert "drafts/answer-calls.yaml" in README  # the modeline's path is relative to it
    assert f"sopkit schema >\n  {lsp.SCHEMA_PATH}" in README or (
        f"sopkit schema > {lsp.SCHEMA_PATH}" in README
    )


def _lint_json(tmp_path: Path, meta: str, *, config: str = "") -> list[dict]:
    write_tree(tmp_path, {"sop/draft.md": f"---\n{meta}\n---\n\n1. Answer the call.\n"})
    if config:
        (tmp_path / "pyproject.toml").write_text(config, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "sopkit", "lint", "--format", "json"],
        cwd=tmp_path, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    return list(json.loads(done.stdout)["findings"])


def test_schema_and_lint_agree_on_the_draft(tmp_path: Path) -> None:
    findings = {f["rule"]: f for f in _lint_json(tmp_path, FRONT_MATTER)}
    assert findings["SOP005"]["severity"] == "error" and findings["SOP005"]["field"] == "metric"
    assert findings["SOP004"]["severity"] == "warning" and findings["SOP004"]["field"] == "ownr"
    # An error in lint is an error in the schema; an unknown key (a warning) is not.
    meta = yaml.safe_load(FRONT_MATTER)
    validator = jsonschema.Draft202012Validator(json_schema(Settings()))
    errors = [error.path[0] for error in validator.iter_errors(meta)]
    assert errors == ["metric"]


def test_unknown_keys_fail_the_schema_when_lint_makes_them_errors(tmp_path: Path) -> None:
    config = '[tool.sopkit]\nrules = { "unknown-key" = "error" }\n'
    findings = _lint_json(tmp_path, FRONT_MATTER.replace("metric: 80", "metric: 80% in 1 day"),
                          config=config)  # fmt: skip
    assert {f["rule"]: f["severity"] for f in findings}.get("SOP004") == "error"
    done = subprocess.run([sys.executable, "-m", "sopkit", "schema"], cwd=tmp_path,
                          capture_output=True, text=True, check=True)  # fmt: skip
    schema = json.loads(done.stdout)
    assert schema["else"]["additionalProperties"] is False
    draft = {"title": "x", "owner": "y", "touchpoint": "phone", "metric": "80% in 1 day",
             "timeframe": "1 day", "ownr": "x"}  # fmt: skip
    with pytest.raises(jsonschema.ValidationError, match="ownr"):
        jsonschema.validate(draft, schema)
    jsonschema.validate(draft, json_schema(Settings()))
    # a page marked `sop: false` is no SOP: lint reads none of its keys, nor does the schema
    jsonschema.validate({"sop": False, "ownr": "x"}, schema)


# The README's VS Code task: its problem matcher applied as VS Code applies a multi-line
# pattern with a looping last line, on the real output of the task's command.


def _run_problem_matcher(matcher: dict, output: str) -> list[dict]:
    first, loop = matcher["pattern"]
    assert loop.get("loop") is True
    problems, file = [], None
    for line in output.splitlines():
        match = re.match(loop["regexp"], line) if file else None
        if match:
            problems.append({
                "file": file, "line": int(match.group(loop["line"])),
                "column": int(match.group(loop["column"])),
                "severity": match.group(loop["severity"]),
                "message": match.group(loop["message"]), "code": match.group(loop["code"]),
            })  # fmt: skip
            continue
        start = re.match(first["regexp"], line)
        file = start.group(first["file"]) if start else None
    return problems


def test_readme_task_shows_every_finding_at_its_place(tmp_path: Path) -> None:
    tasks = json.loads(_readme_block("json", '"problemMatcher"'))
    task = tasks["tasks"][0]
    assert task["group"]["isDefault"] is True
    assert task["problemMatcher"]["fileLocation"] == ["relative", "${workspaceFolder}"]
    bad = "---\ntitle: x\nownr: y\ntouchpoint: phone\nmetric: 80% answered quickly\n---\n\n1. Go.\n"
    write_tree(tmp_path, {
        "sop/phone/bad.md": bad, "sop/phone/good.md": lsp.REPO.joinpath(
            "sop/phone/answer-inbound-calls.md").read_text(encoding="utf-8"),
        "sop/chat/also bad.md": bad.replace("phone", "chat"),
    })  # fmt: skip
    words = task["command"].split()
    assert words[:2] == ["sopkit", "lint"]
    env = {**os.environ, "FORCE_COLOR": "1"}  # a task runs in a terminal: --no-color wins
    done = subprocess.run([sys.executable, "-m", "sopkit", *words[1:]], cwd=tmp_path, env=env,
                          capture_output=True, text=True)  # fmt: skip
    shown = _run_problem_matcher(task["problemMatcher"], done.stdout)
    report = subprocess.run([sys.executable, "-m", "sopkit", "lint", "--format", "json"],
                            cwd=tmp_path, capture_output=True, text=True)  # fmt: skip
    expected = [
        {"file": f["path"], "line": f["line"], "column": f["column"],
         "severity": f["severity"], "message": f["message"], "code": f["rule"]}
        for f in json.loads(report.stdout)["findings"] if not f["suppressed"]
    ]  # fmt: skip
    assert len(expected) >= 6 and {p["severity"] for p in expected} >= {"error", "warning"}
    assert sorted(shown, key=str) == sorted(expected, key=str)


# The real yaml-language-server, over LSP (tests/editor/run_lsp_check.py).


def test_yaml_language_server_completes_and_validates_as_the_readme_says() -> None:
    require_tool(
        lsp.SERVER.exists() and shutil.which("node") is not None,
        "yaml-language-server is not installed: npm ci --prefix tests/node",
    )
    findings = lsp.check(REPO / "sop/phone/answer-inbound-calls.md")
    assert findings.problems() == []
    assert "Incorrect type" in " ".join(findings.errors_on_line(lsp.DRAFT_LINES["metric"]))
    assert {"phone", "email", "chat", "in-person", "social", "letter"} <= set(
        findings.touchpoint_completions
    )
    # The files.associations trick: a clean SOP's Markdown body read as YAML errors.
    body_lines = {d["range"]["start"]["line"] for d in findings.markdown_as_yaml_diagnostics}
    assert min(body_lines) > 10  # after the front matter
