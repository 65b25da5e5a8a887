"""The GitHub Action, workflows and pre-commit hooks: valid, real commands, pinned actions."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import click
import pytest
import yaml

from sopkit.cli import cli
from tests.conftest import REPO, require_tool, write_tree

WORKFLOWS = sorted((REPO / ".github/workflows").glob("*.yml"))
ACTION_FILE = REPO / "action.yml"
ACTION = yaml.safe_load(ACTION_FILE.read_text(encoding="utf-8"))
# .ci/run installs tests/node and names the folder (SOPKIT_NODE_MODULES); a run from an
# unpacked sdist, which holds no node_modules, finds it there too.
NODE_MODULES = Path(os.environ.get("SOPKIT_NODE_MODULES") or REPO / "tests/node/node_modules")
ACTION_VALIDATOR = NODE_MODULES / ".bin/action-validator"
_SHELL_OPERATORS = {"|", "||", "&&", ">", ">>", "<", ";", "2>&1"}

# Every pinned action: commit SHA -> (the action, the release tag it is). Checked against
# public sources (workflows and pin tables in other repositories that name both) when
# pinned. All but vale-action are releases that run on Node 24: GitHub forces Node 20
# actions onto Node 24 since June 2026 and removed Node 20 from its runners in September
# 2026. vale-action (our own repository's Vale job only, not the action users run) has
# no Node 24 release we could verify offline; v2.1.1 runs on Node 24 when forced.
PINS = {
    "08c6903cd8c0fde910a37f88322edcfb5dd907a8": ("actions/checkout", "v5.0.0"),
    "e797f83bcb11b83ae66e0230d6156d7c80228e7c": ("actions/setup-python", "v6.0.0"),
    "45bfe0192ca1faeb007ade9deae92b16b8254a0d": ("actions/configure-pages", "v6.0.0"),
    "fc324d3547104276b827a68afc52ff2a11cc49c9": ("actions/upload-pages-artifact", "v5.0.0"),
    "cd2ce8fcbc39b97be8ca5fce6e763baed58fa128": ("actions/deploy-pages", "v5.0.0"),
    "0499de31b99561a6d14a36a5f662c2a54f91beee": ("github/codeql-action", "v4.31.2"),
    "d89dee975228ae261d22c15adcd03578634d429c": ("errata-ai/vale-action", "v2.1.1"),
    "9255dc7a253b0ccc959486e2bca901246202afeb": ("actions/cache", "v5.0.1"),
}


def _steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def sopkit_invocations(script: str) -> list[list[str]]:
    """Every `sopkit ...` command in a shell script, as argument lists.

    Shell variables become a placeholder value; an array (`"${args[@]}"`) becomes every
    word the script ever adds to it (`args+=(--config "$CONFIG")`), so the options it
    may hold are checked too.
    """
    arrays: dict[str, list[str]] = {}
    for name, words in re.findall(r"\b(\w+)\+?=\(([^)]*)\)", script):
        arrays.setdefault(name, []).extend(shlex.split(words))
    found = []
    for line in script.replace("\\\n", " ").splitlines():
        words = shlex.split(line, comments=True)
        for index, word in enumerate(words):
            if word == "sopkit":
                args: list[str] = []
                for arg in words[index + 1 :]:
                    if arg in _SHELL_OPERATORS or arg.startswith((">", "<")):
                        break
                    array = re.fullmatch(r"\$\{(\w+)\[@\]\}", arg)
                    if array:
                        args += arrays.get(array.group(1), [])
                    else:
                        args.append(arg)
                found.append([_placeholder(arg) for arg in args])
    return found


def _placeholder(word: str) -> str:
    return "VALUE" if word.startswith("$") else word


def check_command(args: list[str]) -> None:
    """Parse `sopkit ARGS` with the real CLI; raises on unknown commands or options."""
    if args in (["--version"], ["--help"]):
        with pytest.raises(click.exceptions.Exit) as done:  # the group's own options
            cli.make_context("sopkit", list(args))
        assert done.value.exit_code == 0
        return
    with cli.make_context("sopkit", list(args), resilient_parsing=False) as context:
        name, command, rest = cli.resolve_command(context, list(args))
        assert command is not None, f"no such command: sopkit {name}"
        command.make_context(name, rest, parent=context)


def _action_steps() -> list[dict]:
    return list(ACTION["runs"]["steps"])


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_is_valid(path: Path) -> None:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert workflow["name"] and workflow["jobs"]
    assert True in workflow or "on" in workflow  # YAML 1.1 reads the `on:` key as true
    for job in workflow["jobs"].values():
        assert job.get("timeout-minutes"), "every job has a time limit"


@pytest.mark.parametrize("path", [*WORKFLOWS, ACTION_FILE], ids=lambda p: p.name)
def test_actions_are_pinned_to_full_shas_with_their_release_tag(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if re.match(r"\s*(- )?uses:", line)]
    assert lines
    for line in lines:
        target = line.split("uses:", 1)[1].split("#")[0].strip()
        if target == "./":
            continue  # sopkit's own action, from the same commit
        pin = re.fullmatch(r"([\w.-]+/[\w.-]+)(?:/[\w./-]+)?@([0-9a-f]{40})", target)
        assert pin, f"not pinned to a full commit SHA: {line.strip()}"
        comment = re.search(r"#\s*(v\d+\.\d+\.\d+)\s*$", line)
        assert comment, f"no release tag in a comment: {line.strip()}"
        known = PINS.get(pin.group(2))
        assert known, f"{line.strip()}: unknown SHA: verify it and add it to PINS"
        assert known == (pin.group(1), comment.group(1)), (
            f"{line.strip()}: this commit is {known[0]} {known[1]}"
        )


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_sopkit_command_exists_with_those_options(path: Path) -> None:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    for step in _steps(workflow):
        for args in sopkit_invocations(step.get("run", "")):
            check_command(args)


def test_every_sopkit_command_in_the_action_exists_with_those_options() -> None:
    commands = [
        args for step in _action_steps() for args in sopkit_invocations(step.get("run", ""))
    ]
    formats = {args[args.index("--format") + 1] for args in commands if "--format" in args}
    assert formats == {"json", "github", "markdown", "sarif"}
    assert ["build", "--strict", "--config-file", "VALUE", "--site-dir", "VALUE"] in commands
    assert ["lint", "--config", "VALUE", "--baseline", "VALUE", "--format", "json",
            "--output", "VALUE", "VALUE"] in commands  # fmt: skip
    for args in commands:
        check_command(args)


def test_the_checker_catches_unknown_options() -> None:
    with pytest.raises(click.exceptions.NoSuchOption):
        check_command(["lint", "--fromat", "github"])
    with pytest.raises(click.exceptions.UsageError):
        check_command(["lnt"])
    script = 'args=(--strikt)\nsopkit build "${args[@]}" --site-dir "$SITE"\n'
    with pytest.raises(click.exceptions.NoSuchOption):
        check_command(sopkit_invocations(script)[0])


def test_action_is_composite_with_documented_inputs_and_outputs() -> None:
    assert ACTION["name"] and ACTION["description"]
    assert ACTION["runs"]["using"] == "composite"
    for name, spec in {**ACTION["inputs"], **ACTION["outputs"]}.items():
        assert spec.get("description"), f"{name} has no description"
    for name, spec in ACTION["inputs"].items():
        assert "default" in spec and spec.get("required") is False, name
    for step in _action_steps():
        if "run" in step:
            assert step["shell"] == "bash"
            # Inputs reach scripts through env:, never pasted into the script itself.
            assert "${{" not in step["run"], step.get("name")
    step_ids = {step.get("id") for step in _action_steps()}
    for name, spec in ACTION["outputs"].items():
        step_id, output = re.fullmatch(
            r"\$\{\{ steps\.(\w+)\.outputs\.([\w-]+) \}\}", spec["value"]
        ).groups()
        assert step_id in step_ids and output == name


def test_action_uses_only_declared_inputs() -> None:
    text = ACTION_FILE.read_text(encoding="utf-8")
    used = set(re.findall(r"\binputs\.([\w-]+)", text))
    assert used and used <= set(ACTION["inputs"]), used - set(ACTION["inputs"])
    assert set(ACTION["inputs"]) <= used, "every input is used"


def test_action_installs_its_own_source_by_default() -> None:
    """sopkit is not on a package index: a default of "pip install sopkit==0.1.0" failed in
    every user's first workflow. The action's own source needs no index."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert ACTION["inputs"]["sopkit-version"]["default"] == project["version"]
    assert ACTION["inputs"]["install-from"]["default"] == "action"
    install = next(s for s in _action_steps() if s.get("name") == "Install sopkit")["run"]
    branches = install.split("elif")
    assert '"$GITHUB_ACTION_PATH"' in branches[0] and '-z "$INSTALL_FROM"' in branches[0]
    assert "= pypi" in branches[1] and '"sopkit==$SOPKIT_VERSION"' in branches[1]
    assert '"$INSTALL_FROM"' in install.split("else")[-1]
    assert (REPO / "pyproject.toml").exists()  # ... is pip-installable from the action's root


@pytest.mark.parametrize("name", ["sop-pull-request.yml", "publish.yml", "vale.yml"])
def test_shipped_workflows_use_the_action_with_declared_inputs(name: str) -> None:
    workflow = yaml.safe_load((REPO / ".github/workflows" / name).read_text(encoding="utf-8"))
    local = [step for step in _steps(workflow) if step.get("uses") == "./"]
    assert local, f"{name} does not use sopkit's action"
    for step in local:
        assert set(step.get("with", {})) <= set(ACTION["inputs"]), step["with"]
        assert step["with"]["install-from"] == "."  # this repository's own source
    for step in _steps(workflow):
        assert "pip install" not in step.get("run", ""), "install through the action"
        assert not step.get("uses", "").startswith("actions/setup-python"), "the action does"


def test_pull_request_workflow_covers_what_ci_must_do() -> None:
    workflow = yaml.safe_load((REPO / ".github/workflows/sop-pull-request.yml").read_text())
    lint = next(s for s in workflow["jobs"]["lint"]["steps"] if s.get("uses") == "./")["with"]
    assert lint.get("upload-sarif") == "true" and lint.get("lint", "true") == "true"
    assert workflow["jobs"]["lint"]["permissions"]["security-events"] == "write"
    checkout = workflow["jobs"]["lint"]["steps"][0]
    assert checkout["with"]["fetch-depth"] == 0  # the base commit, for changed files
    site = next(s for s in workflow["jobs"]["site"]["steps"] if s.get("uses") == "./")["with"]
    assert site["build"] == "true"
    # a strict build of a shallow clone fails on the change log's warning
    assert workflow["jobs"]["site"]["steps"][0]["with"]["fetch-depth"] == 0
    script = " ".join(step.get("run", "") for step in _action_steps())
    assert "--format github" in script and "--format markdown" in script
    assert "GITHUB_STEP_SUMMARY" in script and "--format sarif" in script
    assert any("codeql-action/upload-sarif" in s.get("uses", "") for s in _action_steps())


def test_publish_workflow_deploys_pages_from_main() -> None:
    workflow = yaml.safe_load((REPO / ".github/workflows/publish.yml").read_text())
    assert workflow[True]["push"]["branches"] == ["main"]
    steps = _steps(workflow)
    assert any(s.get("uses", "").startswith("actions/deploy-pages@") for s in steps)
    build = next(s for s in steps if s.get("uses") == "./")["with"]
    assert build["build"] == "true" and build["site-dir"] == "site"


def _readme_team_workflows() -> dict[str, dict]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", readme, flags=re.S)
    team = [yaml.safe_load(b) for b in blocks if "<your-org>/sopkit@" in b and "jobs:" in b]
    return {workflow["name"]: workflow for workflow in team}


def _readme_team_workflow() -> dict:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```yaml\n(.*?)```", readme, flags=re.S)
                 if b.startswith("name: SOPs\n"))  # fmt: skip
    assert len(block.strip().splitlines()) <= 12, "a team's workflow in about ten lines"
    return _readme_team_workflows()["SOPs"]


def test_readme_team_publish_workflow_builds_with_the_action_and_deploys() -> None:
    """A team copied publish.yml, whose `uses: ./` fails in a repository of SOPs."""
    workflow = _readme_team_workflows()["Publish knowledge base"]
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    uses = [step["uses"] for step in build["steps"]]
    assert uses[1].startswith("<your-org>/sopkit@") and "./" not in uses
    action = build["steps"][1]["with"]
    assert set(action) <= set(ACTION["inputs"]) and "install-from" not in action
    assert action["build"] == "true" and build["steps"][0]["with"]["fetch-depth"] == 0
    assert build["steps"][-1]["with"]["path"] == action["site-dir"]
    assert deploy["needs"] == "build" and deploy["permissions"]["pages"] == "write"
    pinned = [u for u in uses + [s["uses"] for s in deploy["steps"]] if u.startswith("actions/")]
    assert pinned and all(u.split("@")[1] in PINS for u in pinned)


def test_readme_team_workflow_uses_the_action_with_declared_inputs() -> None:
    workflow = _readme_team_workflow()
    steps = _steps(workflow)
    action = next(s for s in steps if s["uses"].startswith("<your-org>/sopkit@"))
    assert set(action.get("with", {})) <= set(ACTION["inputs"])
    assert workflow["permissions"]["security-events"] == "write"  # upload-sarif: "true"
    assert steps[0]["with"]["fetch-depth"] == 0
    assert steps[0]["uses"].split("@")[1] in PINS


def _node_tool(path: Path) -> Path:
    require_tool(path.exists(), f"{path.name} is not installed: npm ci --prefix tests/node")
    return path


@pytest.mark.parametrize("path", [ACTION_FILE, *WORKFLOWS], ids=lambda p: p.name)
def test_action_validator_accepts(path: Path) -> None:
    """action-validator checks against SchemaStore's schemas for actions and workflows."""
    done = subprocess.run([str(_node_tool(ACTION_VALIDATOR)), str(path)],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_action_validator_rejects_a_broken_action(tmp_path: Path) -> None:
    broken = dict(ACTION)
    broken["runs"] = {"using": "composite", "steps": [{"run": "sopkit lint"}]}  # no shell
    (tmp_path / "action.yml").write_text(yaml.safe_dump(broken), encoding="utf-8")
    done = subprocess.run([str(_node_tool(ACTION_VALIDATOR)), str(tmp_path / "action.yml")],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode != 0 and "/runs/steps/0/shell" in done.stdout + done.stderr


# The lint step's script, run as GitHub runs it, on a repository with a pull request.

GOOD = (REPO / "sop/phone/answer-inbound-calls.md").read_text(encoding="utf-8")
BAD = """---
title: Call back quickly
owner: Contact Centre Lead
touchpoint: phone
metric: Call customers back quickly
timeframe: 1 day
---

1. Call the customer back.
"""


def _git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}  # fmt: skip
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True,
                          capture_output=True, text=True).stdout.strip()  # fmt: skip


@pytest.fixture
def pull_request(tmp_path: Path) -> tuple[Path, str]:
    """A repository whose base has one bad SOP; the pull request adds another."""
    repo = tmp_path / "repo"
    write_tree(repo, {"sop/phone/good.md": GOOD, "sop/phone/old, bad.md": BAD})
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "base")
    base = _git(repo, "rev-parse", "HEAD")
    write_tree(repo, {"sop/phone/new-bad.md": BAD})
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "pull request")
    return repo, base


def run_lint_step(repo: Path, **inputs: str) -> tuple[subprocess.CompletedProcess, dict, str]:
    """Run the action's lint step in ``repo``: (process, outputs, job summary)."""
    if not shutil.which("bash") or not shutil.which("git"):
        pytest.skip("needs bash and git")
    step = next(s for s in _action_steps() if s.get("id") == "lint")
    temp = repo.parent / "runner-temp"
    temp.mkdir(exist_ok=True)
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "RUNNER_TEMP": str(temp),
        "GITHUB_OUTPUT": str(temp / "output"),
        "GITHUB_STEP_SUMMARY": str(temp / "summary"),
        "REPORT": str(temp / "sopkit-lint.json"),
    }
    for name, value in step["env"].items():
        match = re.fullmatch(r"\$\{\{ inputs\.([\w-]+) \}\}", value)
        if match:
            default = ACTION["inputs"][match.group(1)]["default"]
            env[name] = inputs.get(match.group(1), "" if "${{" in default else default)
    for name in ("output", "summary"):
        (temp / name).write_text("", encoding="utf-8")
    bash = ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]]
    done = subprocess.run(bash, cwd=repo, env=env, capture_output=True, text=True, timeout=120)
    outputs = dict(
        line.split("=", 1) for line in (temp / "output").read_text().splitlines() if line
    )
    return done, outputs, (temp / "summary").read_text(encoding="utf-8")


def _annotated_files(stdout: str) -> set[str]:
    return set(re.findall(r"^::\w+ file=([^,]+),", stdout, flags=re.M))


def test_lint_step_annotates_only_the_changed_files(pull_request) -> None:
    repo, base = pull_request
    done, outputs, summary = run_lint_step(repo, base=base)
    assert done.returncode == 0, done.stderr
    assert _annotated_files(done.stdout) == {"sop/phone/new-bad.md"}
    assert outputs["exit-code"] == "1" and outputs["errors"] == "2"
    assert int(outputs["findings"]) >= 2 and outputs["sarif-file"] == "sopkit.sarif"
    # The summary and SARIF hold every finding, the unchanged file's too.
    assert "`sop/phone/new-bad.md`" in summary and "`sop/phone/old, bad.md`" in summary
    sarif = json.loads((repo / "sopkit.sarif").read_text(encoding="utf-8"))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in sarif["runs"][0]["results"]}  # fmt: skip
    assert len(uris) == 2


def test_lint_step_fails_where_the_sarif_report_is_refused(pull_request) -> None:
    """`|| true` hid the refusal, and the upload failed later on a missing file."""
    repo, base = pull_request
    done, outputs, _ = run_lint_step(repo, base=base, **{"sarif-file": "sop/phone/report.md"})
    assert done.returncode == 2
    assert "::error title=sopkit::the SARIF report sop/phone/report.md was not written" in (
        done.stdout
    )
    assert "sarif-file" not in outputs and not (repo / "sop/phone/report.md").exists()


def test_lint_step_takes_one_path_per_line_for_names_with_spaces(pull_request) -> None:
    """`paths: "Service SOPs"` was split into "Service" and "SOPs" (exit 2)."""
    repo, base = pull_request
    write_tree(repo, {"Service SOPs/phone/greet.md": GOOD})
    done, outputs, _ = run_lint_step(repo, base=base, paths="Service SOPs\n")
    assert done.returncode == 0, done.stderr
    assert outputs["exit-code"] == "0" and outputs["errors"] == "0"
    done, outputs, _ = run_lint_step(repo, base=base, paths="Service SOPs\nsop\n")
    assert outputs["exit-code"] == "1" and outputs["errors"] == "2"


def test_the_cache_is_kept_per_kind_of_job_and_skipped_when_it_does_nothing() -> None:
    """A lint-only job's newer cache was restored by the next site build."""
    step = next(s for s in _action_steps() if s.get("id") == "cache-folder")
    assert "inputs.lint == 'true' || inputs.build == 'true'" in step["if"]
    assert 'prefix="sopkit-cache-v1-$RUNNER_OS-$RUNNER_ARCH-$work-"' in step["run"]
    assert step["env"] == {"LINT": "${{ inputs.lint }}", "BUILD": "${{ inputs.build }}"}


def test_lint_step_matches_escaped_paths(pull_request) -> None:
    repo, base = pull_request
    (repo / "sop/phone/old, bad.md").write_text(BAD + "\n2. Log the call.\n", encoding="utf-8")
    _git(repo, "commit", "-q", "-am", "edit the file with a comma")
    done, _, _ = run_lint_step(repo, base=base)
    assert _annotated_files(done.stdout) == {"sop/phone/new-bad.md", "sop/phone/old%2C bad.md"}


def test_lint_step_annotates_every_file_without_a_base(pull_request) -> None:
    repo, _ = pull_request
    done, _, _ = run_lint_step(repo, base="")
    assert len(_annotated_files(done.stdout)) == 2
    done, _, _ = run_lint_step(repo, base="0" * 40)  # not in the clone, cannot be fetched
    assert "::notice title=sopkit::base commit" in done.stdout
    assert len(_annotated_files(done.stdout)) == 2
    done, _, _ = run_lint_step(repo, annotate="none", base="")
    assert not _annotated_files(done.stdout)


def test_lint_step_takes_a_branch_name_as_base(pull_request, tmp_path: Path) -> None:
    """`base: main` in a clone without it: fetched into FETCH_HEAD, and `git diff main`
    then failed (exit 128: no summary, no SARIF)."""
    repo, base = pull_request
    _git(repo, "checkout", "-q", "-b", "pr")
    _git(repo, "branch", "-f", "main", base)
    clone = tmp_path / "clone"
    _git(tmp_path, "clone", "-q", "--depth", "1", "--branch", "pr", f"file://{repo}", "clone")
    done, outputs, _ = run_lint_step(clone, base="main")
    assert done.returncode == 0, done.stderr
    assert outputs["exit-code"] == "1"
    # the shallow clone holds only pr's commit: main is fetched, its files are not new
    assert _annotated_files(done.stdout) == {"sop/phone/new-bad.md"}


def test_lint_step_never_reads_base_as_a_git_option(pull_request, tmp_path: Path) -> None:
    """`git fetch origin "$BASE"` read `--upload-pack=CMD` as an option and ran CMD."""
    repo, base = pull_request
    _git(repo, "checkout", "-q", "-b", "pr")
    _git(repo, "branch", "-f", "main", base)
    clone = tmp_path / "clone"
    _git(tmp_path, "clone", "-q", "--depth", "1", "--branch", "pr", f"file://{repo}", "clone")
    marker = tmp_path / "pwned"
    done, _, _ = run_lint_step(clone, base=f"--upload-pack=touch {marker};git-upload-pack")
    assert done.returncode == 0, done.stderr
    assert not marker.exists()
    assert "::notice title=sopkit::base is not a commit or a branch name" in done.stdout
    assert len(_annotated_files(done.stdout)) == 2  # every file, as without a base
    # a refspec is no commit either: fetch would have written it into the clone's refs
    done, _, _ = run_lint_step(clone, base="main:refs/tags/v9")
    assert "::notice title=sopkit::base is not a commit or a branch name" in done.stdout
    assert _git(clone, "tag", "--list") == ""


def test_lint_step_annotates_changed_names_that_git_quotes(pull_request) -> None:
    """`git diff --name-only` writes 'say "hi".md' as "say \"hi\".md" whatever
    core.quotePath says: those files lost their annotations."""
    repo, base = pull_request
    # (U+2028 too: splitlines() cut the annotation lines of such a name in two)
    names = ['say "hi".md', "back\\slash.md", "tab\tx.md", "line\u2028sep.md"]
    write_tree(repo, {f"sop/phone/{name}": BAD for name in names})
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "odd names")
    done, _, _ = run_lint_step(repo, base=base)
    annotated = _annotated_files(done.stdout)
    assert {f"sop/phone/{name}" for name in names} <= annotated, done.stdout
    assert "sop/phone/old%2C bad.md" not in annotated


def test_lint_step_stops_when_sopkit_cannot_run(pull_request) -> None:
    repo, base = pull_request
    done, outputs, _ = run_lint_step(repo, base=base, paths="missing/")
    assert done.returncode == 2 and "exit-code" not in outputs


def test_lint_step_without_findings(pull_request) -> None:
    repo, base = pull_request
    done, outputs, summary = run_lint_step(repo, base=base, paths="sop/phone/good.md")
    assert done.returncode == 0 and not _annotated_files(done.stdout)
    assert outputs["exit-code"] == "0" and outputs["findings"] == "0"
    assert "sopkit lint" in summary


def _run_cache_folder_step(tmp_path: Path) -> dict[str, str]:
    if not shutil.which("bash"):
        pytest.skip("needs bash")
    step = next(s for s in _action_steps() if s.get("id") == "cache-folder")
    output = tmp_path / "output"
    output.write_text("", encoding="utf-8")
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "XDG_CACHE_HOME": str(tmp_path / "xdg"),
        "GITHUB_OUTPUT": str(output),
        "RUNNER_OS": "Linux", "RUNNER_ARCH": "X64",
        "GITHUB_RUN_ID": "42", "GITHUB_RUN_ATTEMPT": "1", "GITHUB_JOB": "lint",
        "LINT": "true", "BUILD": "false",
    }  # fmt: skip
    bash = ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]]
    done = subprocess.run(bash, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return dict(line.split("=", 1) for line in output.read_text().splitlines() if line)


def test_the_cache_steps_keep_sopkits_own_folder_between_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each run restores the newest results of earlier runs and saves its own."""
    from sopkit.lint.cache import default_cache_dir

    first, second = _run_cache_folder_step(tmp_path), _run_cache_folder_step(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert first["folder"] == str(default_cache_dir().parent) == str(tmp_path / "xdg/sopkit")
    assert first["prefix"] == "sopkit-cache-v1-Linux-X64-lint-true-build-false-"
    assert first["key"].startswith(first["prefix"] + "42-1-lint-")
    assert second["key"] != first["key"]  # a key is saved once: every run has its own

    names = [step.get("name", step.get("id")) for step in _action_steps()]
    restore = next(s for s in _action_steps() if "actions/cache/restore@" in s.get("uses", ""))
    save = next(s for s in _action_steps() if "actions/cache/save@" in s.get("uses", ""))
    lint = names.index("Lint the SOPs")
    assert names.index("Install sopkit") < names.index("Find sopkit's cache folder") < lint
    assert names.index(restore["name"]) < lint
    assert names.index("Build the site strictly") < names.index(save["name"])
    assert names.index(save["name"]) < names.index("Fail on lint errors")
    folder = "${{ steps.cache-folder.outputs.folder }}"
    for step in (restore, save):
        assert (
            step["if"]
            .replace("${{", "")
            .replace("}}", "")
            .strip()
            .endswith("steps.cache-folder.outputs.folder != ''")
        )
        # never compiled templates: a build runs their bytecode as it finds it, and any
        # default-branch run may write the cache that pull requests read
        assert step["with"]["path"].splitlines() == [
            folder, f"!{folder}/sites", f"!{folder}/templates",
        ]  # fmt: skip
        assert step["with"]["key"] == "${{ steps.cache-folder.outputs.key }}"
    assert restore["with"]["restore-keys"] == "${{ steps.cache-folder.outputs.prefix }}"
    assert "!cancelled()" in save["if"]  # saved after lint errors and failed builds too
    finder = next(s for s in _action_steps() if s.get("id") == "cache-folder")
    assert (
        finder["if"]
        == "inputs.cache == 'true' && (inputs.lint == 'true' || inputs.build == 'true')"
    )


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
