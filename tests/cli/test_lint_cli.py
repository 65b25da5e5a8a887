"""`sopkit lint` end to end: real files, the real CLI, real exit codes and formats."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from sopkit.lint.examples import example
from tests.conftest import REPO, write_tree

SARIF_SCHEMA = json.loads((REPO / "tests/lint/data/sarif-schema-2.1.0.json").read_text())
GOOD = example("en")
BAD = example("en", metric="Answer calls quickly", ownr="x")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return write_tree(tmp_path, {"sop/phone/good.md": GOOD, "sop/phone/bad.md": BAD})


def test_exit_0_without_errors(run_cli, tmp_path: Path) -> None:
    write_tree(tmp_path, {"sop/phone/good.md": GOOD})
    result = run_cli("lint")
    assert result.exit_code == 0
    assert "0 errors, 0 warnings (1 file, 1 SOP checked)" in result.output


def test_exit_1_with_errors_and_text_grouped_by_file(run_cli, project: Path) -> None:
    result = run_cli("lint")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == "sop/phone/bad.md"
    assert lines[1].split()[:2] == ["5:22", "error"]
    assert "'quickly'" in lines[1] and lines[1].endswith("SOP101")
    assert "1 error, 1 warning (2 files, 2 SOPs checked)" in result.output
    assert "\x1b[" not in result.output  # no colour when not on a terminal


def test_colour_can_be_forced(run_cli, project: Path) -> None:
    assert "\x1b[31m" in run_cli("lint", "--color").output


def test_warnings_alone_exit_0(run_cli, tmp_path: Path) -> None:
    write_tree(tmp_path, {"sop/x.md": example("en", ownr="x")})
    assert run_cli("lint").exit_code == 0


def test_json_contract(run_cli, project: Path) -> None:
    result = run_cli("lint", "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert set(data) == {"findings", "summary"}
    first = data["findings"][0]
    assert {"path", "line", "column", "rule", "severity", "message", "field"} <= set(first)
    assert (first["path"], first["line"], first["rule"], first["field"]) == (
        "sop/phone/bad.md", 5, "SOP101", "metric",
    )  # fmt: skip
    assert first["severity"] in ("error", "warning", "info")
    assert data["summary"] == {
        "files": 2, "sops": 2, "errors": 1, "warnings": 1, "info": 0, "suppressed": 0,
        "baselined": 0,
    }  # fmt: skip


def test_github_annotations(run_cli, project: Path) -> None:
    result = run_cli("lint", "--format", "github")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith("::error file=sop/phone/bad.md,line=5,col=22,title=SOP101 ")
    assert "%25" not in lines[0].split("::")[1]  # properties escape only what they must
    assert "80%25 of calls" in lines[0]  # '%' in the message is escaped
    assert lines[1].startswith("::warning file=sop/phone/bad.md,line=8,col=1,title=SOP004 ")


def test_github_annotations_show_control_characters_as_the_text_report_does(
    run_cli, tmp_path: Path
) -> None:
    """GitHub drops an ESC ("unknown touchpoint 'phone': did you mean 'phone'?" of an
    escaped value), and passed a C1 one raw; a body's text is quoted in messages."""
    text = example("en", body='1. Say <span title="\x1b[31m\x9b">x</span> now.\n')
    write_tree(tmp_path, {"sop/x.md": text})
    github = run_cli("lint", "--format", "github").output
    plain = run_cli("lint", "--format", "text").output
    assert "\x1b" not in github and "\x9b" not in github
    assert "\\x1b" in plain and "\\x1b" in github


def test_github_annotations_escape_control_characters_in_file_names(
    run_cli, tmp_path: Path
) -> None:
    """A file named with ESC and BEL ("esc\x1b]0;pwn\x07.md") reached the CI log raw in
    ``file=``, a terminal escape sequence; now percent-escaped, as CR and LF are."""
    write_tree(tmp_path, {"sop/esc\x1b]0;pwn\x07.md": example("en")})
    github = run_cli("lint", "--format", "github").output
    assert "\x1b" not in github and "\x07" not in github
    assert "file=sop/esc%1B]0;pwn%07.md," in github


def test_sarif_is_valid_against_the_2_1_0_schema(run_cli, project: Path) -> None:
    result = run_cli("lint", "--format", "sarif")
    assert result.exit_code == 1
    sarif = json.loads(result.output)
    jsonschema.validate(sarif, SARIF_SCHEMA)
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules][:3] == ["SOP001", "SOP002", "SOP003"]
    [error] = [r for r in run["results"] if r["level"] == "error"]
    assert error["ruleId"] == "SOP101"
    assert rules[error["ruleIndex"]]["id"] == "SOP101"
    region = error["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 5, "startColumn": 22}


def test_sarif_names_a_file_outside_the_folder_by_an_absolute_uri(
    run_cli, project: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A file outside the folder lint ran in got "/tmp/..." with uriBaseId %SRCROOT%,
    which SARIF 2.1.0 forbids (a uri with a base must be relative)."""
    other = tmp_path_factory.mktemp("other")
    write_tree(other, {"sop/o #1.md": example("en", metric="Answer emails quickly")})
    sarif = json.loads(run_cli("lint", "--format", "sarif", str(other / "sop"), "sop").output)
    jsonschema.validate(sarif, SARIF_SCHEMA)
    places = [r["locations"][0]["physicalLocation"]["artifactLocation"]
              for r in sarif["runs"][0]["results"]]  # fmt: skip
    outside = [p for p in places if "o%20%231.md" in p["uri"]]
    assert outside and all(p == {"uri": f"file://{other}/sop/o%20%231.md"} for p in outside)
    inside = [p for p in places if p not in outside]
    assert inside and all(p["uriBaseId"] == "%SRCROOT%" for p in inside)
    assert not any(p["uri"].startswith("/") for p in inside)


def test_sarif_marks_silenced_findings(run_cli, tmp_path: Path) -> None:
    text = example("en", metric="Answer calls quickly  # sopkit-ignore SOP101: legacy")
    write_tree(tmp_path, {"sop/x.md": text})
    sarif = json.loads(run_cli("lint", "--format", "sarif").output)
    jsonschema.validate(sarif, SARIF_SCHEMA)
    [result] = sarif["runs"][0]["results"]
    assert result["suppressions"] == [{"kind": "inSource", "justification": "legacy"}]


def test_output_file(run_cli, project: Path) -> None:
    result = run_cli("lint", "--format", "sarif", "-o", "report.sarif")
    assert result.exit_code == 1
    jsonschema.validate(json.loads((project / "report.sarif").read_text()), SARIF_SCHEMA)


@pytest.mark.parametrize(
    ("args", "written"),
    [
        (["-o", "sop/phone/good.md"], "sop/phone/good.md"),
        (["--write-baseline", "sop/phone/bad.md"], "sop/phone/bad.md"),
        (["-o", "sop/report.txt"], "sop/report.txt"),
        (["docs", "-o", "docs/guide.md"], "docs/guide.md"),
    ],
)
def test_a_report_never_replaces_a_file_lint_reads(
    run_cli, project: Path, args: list[str], written: str
) -> None:
    write_tree(project, {"docs/guide.md": "# Guide\n\nReply within 2 hours.\n"})
    before = {p: p.read_bytes() for p in project.rglob("*") if p.is_file()}
    result = run_cli("lint", *args)
    assert result.exit_code == 2
    assert f"{written}: " in result.output and "lint-report.txt" in result.output
    assert {p: p.read_bytes() for p in project.rglob("*") if p.is_file()} == before


def test_a_project_that_is_its_own_sop_folder_takes_reports_of_other_names(
    run_cli, project: Path
) -> None:
    """With sop_dir = "." every report was refused, and the action's SARIF upload failed."""
    (project / "pyproject.toml").write_text('[tool.sopkit]\nsop_dir = "."\n', encoding="utf-8")
    assert run_cli("lint", "--format", "sarif", "-o", "sopkit.sarif").exit_code == 1
    assert "runs" in json.loads((project / "sopkit.sarif").read_text(encoding="utf-8"))
    assert run_cli("lint", "--write-baseline", "sopkit-baseline.json").exit_code == 0
    refused = run_cli("lint", "-o", "notes.md")
    assert refused.exit_code == 2 and "lint reads notes.md" in refused.output
    assert not (project / "notes.md").exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [("README.md", "# Our SOPs\n"), (".github/workflows/ci.yml", "on: push\n"),
     ("notes.json", '{"findings": "mine"}\n'), ("data.bin", "\udcff"),
     # another tool's JSON with sopkit's two keys and its own
     ("t.json", '{"findings": [], "summary": {}, "my_thesis": "100 pages"}\n'),
     ("audit.json", '{"findings": [{"id": 1, "cve": "CVE-1"}], "summary": {"critical": 3}}\n')],
)  # fmt: skip
def test_output_replaces_only_a_report_of_sopkit(
    run_cli, project: Path, name: str, content: str
) -> None:
    """`-o README.md` replaced the README: sopkit overwrites only what it wrote."""
    target = project / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content.encode("utf-8", "surrogateescape"))
    result = run_cli("lint", "-o", name)
    assert result.exit_code == 2
    assert "the file exists and is not a report of sopkit lint" in result.output
    assert target.read_bytes() == content.encode("utf-8", "surrogateescape")


def test_output_never_writes_through_a_link(
    run_cli, project: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A link to an earlier report outside the project was followed and overwritten."""
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    assert run_cli("lint", "--format", "json", "-o", str(elsewhere / "old.json")).exit_code == 1
    before = (elsewhere / "old.json").read_bytes()
    (project / "linked.json").symlink_to(elsewhere / "old.json")
    (project / "dangling.json").symlink_to(elsewhere / "missing.json")
    for name in ("linked.json", "dangling.json"):
        result = run_cli("lint", "-o", name)
        assert result.exit_code == 2, result.output
        assert "it is a link" in result.output
    assert (elsewhere / "old.json").read_bytes() == before
    assert not (elsewhere / "missing.json").exists()


@pytest.mark.parametrize("first", ["text", "json", "github", "sarif", "markdown"])
def test_output_replaces_an_earlier_report_in_any_format(
    run_cli, project: Path, first: str
) -> None:
    assert run_cli("lint", "--format", first, "-o", "report.out").exit_code == 1
    assert run_cli("lint", "--format", "json", "-o", "report.out").exit_code == 1
    assert "findings" in json.loads((project / "report.out").read_text(encoding="utf-8"))
    (project / "empty.out").write_text("", encoding="utf-8")  # a file made for the report
    assert run_cli("lint", "-o", "empty.out").exit_code == 1


def test_paths_and_single_files(run_cli, project: Path) -> None:
    assert run_cli("lint", "sop/phone/good.md").exit_code == 0
    assert run_cli("lint", "sop/phone/bad.md", "sop/phone/good.md").exit_code == 1


def test_configured_sop_folder_is_the_default(run_cli, tmp_path: Path) -> None:
    write_tree(tmp_path, {
        "pyproject.toml": "[tool.sopkit]\nsop_dir = 'procedures'\n",
        "procedures/x.md": BAD,
    })  # fmt: skip
    result = run_cli("lint", "--format", "json")
    assert json.loads(result.output)["findings"][0]["path"] == "procedures/x.md"


@pytest.mark.parametrize(
    ("args", "files", "words"),
    [
        (["lint", "missing/"], {}, "no such file or folder"),
        (["lint", "notes.txt"], {"notes.txt": "x"}, "not a Markdown"),
        (["lint", "--format", "xml"], {}, "Invalid value for '--format'"),
        (["lint"], {"pyproject.toml": "[tool.sopkit]\ndefault_lang = 'fr'\n"}, "pyproject.toml:2"),
        (["rules", "SOP999"], {}, "unknown rule"),
        (["lint", "--bogus"], {}, "No such option"),
    ],
)
def test_exit_2_when_sopkit_cannot_run(run_cli, tmp_path, args, files, words) -> None:
    write_tree(tmp_path, files)
    result = run_cli(*args)
    assert result.exit_code == 2
    assert words in result.output
    assert "Traceback" not in result.output


def test_rules_lists_every_rule(run_cli) -> None:
    result = run_cli("rules")
    assert result.exit_code == 0
    first = result.output.splitlines()[0].split()
    assert first[:3] == ["SOP001", "unreadable-file", "error"]
    assert "SOP101  unmeasurable-metric" in result.output


@pytest.mark.parametrize("code", ["SOP101", "hedged-metric"])
def test_rule_page_has_failing_and_passing_examples(run_cli, code: str) -> None:
    result = run_cli("rules", code)
    assert result.exit_code == 0
    assert "## What it does" in result.output
    assert "Example (German): fails" in result.output
    assert "Use instead (Dutch): passes" in result.output


@pytest.mark.parametrize(
    ("name", "code", "said"),
    [("SOP.VagueTimingEn", "SOP302", "is a rule of sopkit's style"),
     ("SOP.Hedging", "SOP301", "is a rule of sopkit's style"),
     ("Vale.Avoid", "SOP306", "is the vocabulary's reject.txt"),
     ("Vale.Spelling", "SOP308", "is built into Vale and not run by sopkit"),
     ("Team.OwnRule", "SOP300", "is no rule of sopkit's style: if it is a rule of a Vale style")],
)  # fmt: skip
def test_a_vale_rule_s_name_leads_to_the_rule_that_reports_it(
    run_cli, name: str, code: str, said: str
) -> None:
    """Findings end with "(SOP.VagueTimingEn)", and `sopkit rules` said "unknown rule"."""
    result = run_cli("rules", name)
    assert result.exit_code == 0
    assert result.output.startswith(f"{name} {said}") and code in result.output.split("\n")[0]
    assert f"# {code} " in result.output
    for unknown in ("NoDotsHere", "readme.md"):  # a file name is no rule
        assert run_cli("rules", unknown).exit_code == 2


def test_prose_only_accepts_ordinary_pages(run_cli, tmp_path: Path) -> None:
    write_tree(tmp_path, {"docs/guide.md": "# Guide\n\nSome text without front matter.\n"})
    assert run_cli("lint", "docs").exit_code == 1  # as SOPs, they lack front matter
    result = run_cli("lint", "--prose-only", "docs")
    assert result.exit_code == 0, result.output
    assert "(1 file, 0 SOPs checked)" in result.output  # it said "1 SOP": a page is no SOP


def test_many_files_use_worker_processes_with_the_same_result(tmp_path: Path) -> None:
    from sopkit.config import Settings
    from sopkit.lint import lint_paths

    files = {f"sop/{i % 7}/s{i}.md": (BAD if i % 50 == 0 else GOOD.replace("Answer", f"Answer {i}"))
             for i in range(260)}  # fmt: skip
    write_tree(tmp_path, files)
    settings = Settings(root=tmp_path)
    serial = lint_paths([tmp_path / "sop"], settings, jobs=1, cwd=tmp_path)
    parallel = lint_paths([tmp_path / "sop"], settings, jobs=2, cwd=tmp_path)
    assert parallel.findings == serial.findings
    assert len([f for f in serial.findings if f.rule == "SOP101"]) == 6
    assert parallel.sops == 260


def test_more_jobs_than_chunks_of_work_start_no_idle_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--jobs 5000` started 5,000 processes (9 GB) and hung."""
    from concurrent.futures import ProcessPoolExecutor

    from sopkit.config import Settings
    from sopkit.lint import engine, lint_paths

    started: list[int] = []

    class Counting(ProcessPoolExecutor):
        def __init__(self, max_workers: int, **options: Any) -> None:
            started.append(max_workers)
            super().__init__(max_workers=max_workers, **options)

    monkeypatch.setattr(engine, "ProcessPoolExecutor", Counting)
    write_tree(
        tmp_path, {f"sop/s{i}.md": GOOD.replace("Answer", f"Answer {i}") for i in range(260)}
    )
    result = lint_paths([tmp_path / "sop"], Settings(root=tmp_path), jobs=5000, cwd=tmp_path)
    assert result.sops == 260 and started and started[0] <= 6  # 260 files: 6 chunks of 50


def test_console_script_runs_on_the_sample_knowledge_base() -> None:
    """The README's first command: installed `sopkit lint` on the sample passes."""
    env = {**os.environ, "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "sopkit", "lint"], cwd=REPO, capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 errors, 0 warnings" in done.stdout


def test_baseline_reports_only_new_findings(run_cli, project: Path) -> None:
    result = run_cli("lint", "--write-baseline", "sopkit-baseline.json")
    assert result.exit_code == 0
    assert "Recorded 2 findings" in result.output
    assert run_cli("lint", "--baseline", "sopkit-baseline.json").exit_code == 0
    # Lines move (a new paragraph above) but the known findings stay known.
    bad = (project / "sop/phone/bad.md").read_text()
    (project / "sop/phone/bad.md").write_text(bad.replace("## Steps", "Context.\n\n## Steps"))
    data = json.loads(
        run_cli("lint", "--baseline", "sopkit-baseline.json", "--format", "json").output
    )
    assert data["findings"] == []
    assert data["summary"]["baselined"] == 2
    # A new problem in another file is reported, and fails.
    write_tree(project, {"sop/phone/new.md": example("en", timeframe="soon")})
    result = run_cli("lint", "--baseline", "sopkit-baseline.json", "--format", "json")
    assert result.exit_code == 1
    assert [f["path"] for f in json.loads(result.output)["findings"]] == ["sop/phone/new.md"]


def test_baseline_entries_that_match_nothing_now_are_named(run_cli, project: Path) -> None:
    """Entries of fixed findings or gone files were dropped without a word."""
    assert run_cli("lint", "--write-baseline", "sopkit-baseline.json").exit_code == 0
    (project / "sop/phone/bad.md").unlink()
    result = run_cli("lint", "--baseline", "sopkit-baseline.json")
    assert result.exit_code == 0
    assert (
        "note: 2 entries match no finding now in the baseline sopkit-baseline.json (fixed, or "
        "the file moved or is gone); sopkit lint --write-baseline sopkit-baseline.json"
    ) in result.stderr
    assert run_cli("lint", "--write-baseline", "sopkit-baseline.json").exit_code == 0
    assert "note:" not in run_cli("lint", "--baseline", "sopkit-baseline.json").stderr


def test_no_baseline_note_when_only_some_files_are_linted(run_cli, project: Path) -> None:
    """The other files' entries match nothing by design: --write-baseline would drop them."""
    assert run_cli("lint", "--write-baseline", "sopkit-baseline.json").exit_code == 0
    result = run_cli("lint", "--baseline", "sopkit-baseline.json", "sop/phone/good.md")
    assert result.exit_code == 0 and "note:" not in result.stderr


@pytest.mark.parametrize("content", [
    "", "{}", "[1]", '{"version": 1, "findings": [{"x": 1}]}',
    # accepted before, silently: no findings, a mapping, true for 1, a negative count
    '{"version": 1}', '{"version": 1, "findings": {}}', '{"version": true, "findings": []}',
    '{"version": 1, "findings": [{"path": "a", "rule": "b", "message": "c", "count": -5}]}',
    '{"version": 1, "findings": [{"path": "a", "rule": "b", "message": "c", "count": "many"}]}',
])  # fmt: skip
def test_broken_baseline_exits_2(run_cli, project: Path, content: str) -> None:
    (project / "base.json").write_text(content)
    result = run_cli("lint", "--baseline", "base.json")
    assert result.exit_code == 2
    assert "base.json" in result.output


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_baseline_that_never_ends_is_refused_not_read(run_cli, project: Path) -> None:
    # --baseline /dev/zero read until the machine's memory ran out.
    result = run_cli("lint", "--baseline", "/dev/zero")
    assert result.exit_code == 2
    assert "/dev/zero: not a sopkit baseline (not a regular file" in result.output


def test_a_baseline_over_the_size_limit_is_refused_in_a_baselines_words(
    run_cli, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sopkit.lint import baseline

    monkeypatch.setattr(baseline, "MAX_BASELINE_BYTES", 10)
    (project / "base.json").write_text('{"version": 1, "findings": []}')
    result = run_cli("lint", "--baseline", "base.json")
    assert result.exit_code == 2
    assert "base.json: not a sopkit baseline (larger than 10 bytes)" in result.output
    assert "max_file_size" not in result.output and "SOPs" not in result.output


def test_missing_baseline_says_how_to_write_one(run_cli, project: Path) -> None:
    result = run_cli("lint", "--baseline", "none.json")
    assert result.exit_code == 2
    assert "--write-baseline none.json" in result.output


def test_markdown_summary_lists_every_finding(run_cli, project: Path) -> None:
    result = run_cli("lint", "--format", "markdown")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == "### sopkit lint ✖ 1 error, 1 warning in 2 SOPs"
    assert "| `sop/phone/bad.md` | 5 | error | SOP101 unmeasurable-metric |" in result.output
    assert sum(1 for line in lines if line.startswith("| `")) == 2


def test_markdown_summary_counts_info_as_the_text_report_does(run_cli, tmp_path: Path) -> None:
    metric = "Calls answered within 20 seconds"  # an absolute commitment: SOP107 info
    write_tree(tmp_path, {"sop/phone/a.md": example("en", metric=metric)})
    text = run_cli("lint", "--no-cache")
    assert text.exit_code == 0 and "0 errors, 0 warnings, 1 info" in text.output
    markdown = run_cli("lint", "--no-cache", "--format", "markdown").output.splitlines()
    assert markdown[0] == "### sopkit lint ✔ 0 errors, 0 warnings, 1 info in 1 SOP"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "ascii"])
def test_an_output_that_cannot_encode_every_character_still_gets_the_report(
    tmp_path: Path, encoding: str
) -> None:
    """A report redirected on Windows (cp1252) crashed on the summary's check mark."""
    write_tree(tmp_path, {"sop/phone/a.md": GOOD, "sop/phone/b.md": BAD})
    env = {**os.environ, "PYTHONIOENCODING": encoding, "NO_COLOR": "1"}
    for args in (["lint", "--no-cache"], ["rules", "--markdown"]):
        done = subprocess.run([sys.executable, "-m", "sopkit", *args], cwd=tmp_path,
                              capture_output=True, env=env)  # fmt: skip
        assert done.returncode in (0, 1), done.stderr
    lint = subprocess.run([sys.executable, "-m", "sopkit", "lint", "--no-cache"], cwd=tmp_path,
                          capture_output=True, env=env)  # fmt: skip
    # the mark the encoding lacks is replaced (click writes UTF-8 to an ASCII stream)
    assert (b"\xe2\x9c\x96 1 error" if encoding == "ascii" else b"? 1 error") in lint.stdout


HOSTILE_TOUCHPOINT = (
    "x\n::error file=a.md::INJECTED <img src=x onerror=alert(1)> [fix](https://e.example)"
)


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """SOPs whose file name and front matter carry markup and a workflow command."""
    name = "sop/phone/n` [Click](https:evil.example) <img src=x onerror=alert(2)> `.md"
    write_tree(tmp_path, {
        "sop/phone/o.md": example("en", touchpoint=json.dumps(HOSTILE_TOUCHPOINT)),
        name: example("en", timeframe="soon"),
        "sop/phone/answer calls 50%.md": example("en", timeframe="soon"),
    })  # fmt: skip
    return tmp_path


def test_the_text_report_keeps_data_on_its_line(run_cli, hostile: Path) -> None:
    # A line break in a value started a line of its own: "::error ..." for the CI runner.
    result = run_cli("lint")
    assert result.exit_code == 1
    assert not any(line.startswith("::") for line in result.output.splitlines())
    assert "x\\n::error file=a.md::INJECTED" in result.output


def test_invisible_characters_are_shown_in_messages(run_cli, tmp_path: Path) -> None:
    """ "unknown touchpoint 'phone': did you mean 'phone'?" hid a zero-width space; a
    right-to-left override in a title showed it in another order than it is stored."""
    write_tree(tmp_path, {
        "sop/phone/a.md": example("en", touchpoint='"phone\u200b"'),
        "sop/phone/b.md": example("en", title='"Refund \u202eSDNUFER ON"'),
    })  # fmt: skip
    result = run_cli("lint", "--no-cache")
    assert result.exit_code == 1
    assert "unknown touchpoint 'phone\\u200b'" in result.output
    assert "'title' holds an invisible direction control (U+202E)" in result.output
    assert "\u200b" not in result.output and "\u202e" not in result.output


def test_the_markdown_summary_renders_data_as_text(run_cli, hostile: Path) -> None:
    from markdown_it import MarkdownIt

    result = run_cli("lint", "--format", "markdown")
    assert result.exit_code == 1
    rendered = MarkdownIt("commonmark").enable("table").render(result.output)
    assert "<img" not in rendered and "<a " not in rendered
    assert "&lt;img src=x onerror=alert(1)&gt;" in rendered  # shown, as text
    assert "onerror=alert(2)" in rendered  # the file name, in its code span


def test_a_long_markdown_summary_is_cut_below_github_s_limit() -> None:
    from sopkit.lint.finding import Finding
    from sopkit.lint.report import MAX_SUMMARY_BYTES, format_markdown
    from sopkit.lint.result import LintResult

    finding = Finding("sop/x.md", 1, 1, "SOP101", "unmeasurable-metric", "error", "m" * 200)
    report = format_markdown(LintResult(findings=[finding] * 20_000, files=1, sops=1))
    assert len(report.encode()) <= MAX_SUMMARY_BYTES
    assert "more findings are left out" in report.splitlines()[-1]


def test_sarif_names_files_by_uri(run_cli, hostile: Path) -> None:
    result = run_cli("lint", "--format", "sarif")
    uris = [
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in json.loads(result.output)["runs"][0]["results"]
    ]
    assert "sop/phone/answer%20calls%2050%25.md" in uris
    assert all(" " not in uri and "\n" not in uri and "`" not in uri for uri in uris)


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_a_report_never_replaces_the_project_s_setup(run_cli, project: Path, option: str) -> None:
    write_tree(project, {"mkdocs.yml": "site_name: x\ndocs_dir: sop\n"})
    before = (project / "mkdocs.yml").read_text()
    result = run_cli("lint", option, "mkdocs.yml")
    assert result.exit_code == 2 and "which sopkit did not write" in result.output
    assert (project / "mkdocs.yml").read_text() == before


def test_write_baseline_replaces_only_a_baseline(run_cli, project: Path) -> None:
    write_tree(project, {"NOTES.md": "# My notes\n"})
    result = run_cli("lint", "--write-baseline", "NOTES.md")
    assert result.exit_code == 2 and "is not a sopkit baseline" in result.output
    assert (project / "NOTES.md").read_text() == "# My notes\n"
    assert run_cli("lint", "--write-baseline", "base.json").exit_code == 0
    assert run_cli("lint", "--write-baseline", "base.json").exit_code == 0  # its own: replaced


def test_lint_in_a_new_repository_says_where_the_sops_go(run_cli, tmp_path: Path) -> None:
    """It said only "sop: no such file or folder"."""
    result = run_cli("lint")
    assert result.exit_code == 2
    assert "sop: no such folder. Put your SOPs there (sopkit new writes the first one)" in (
        result.output
    )
    assert "docs_dir in mkdocs.yml" in result.output


def test_one_file_named_twice_is_linted_once(run_cli, project: Path) -> None:
    """`sop/a.md $PWD/sop/a.md` linted it twice and called it a duplicate of itself."""
    name = next(p for p in sorted((project / "sop").rglob("*.md")))
    relative = name.relative_to(project).as_posix()
    result = run_cli("lint", relative, str(name))
    assert "SOP008" not in result.output
    assert "(1 file, 1 SOP checked)" in result.output


def test_an_empty_path_is_a_usage_error(run_cli, project: Path) -> None:
    """`sopkit lint ""` (an unset variable) linted the whole project root as '.'."""
    result = run_cli("lint", "")
    assert result.exit_code == 2 and "an empty path" in result.output


def test_output_to_the_standard_stream_writes_the_stream(project: Path) -> None:
    """`-o /dev/stdout > r.json` was refused as a link; opened by name, `>>` would truncate."""
    log = project / "log.txt"
    log.write_text("kept\n", encoding="utf-8")
    with log.open("a", encoding="utf-8") as out:
        done = subprocess.run(
            [sys.executable, "-m", "sopkit", "lint", "--format", "json", "-o", "/dev/stdout"],
            cwd=project, stdout=out, stderr=subprocess.PIPE, text=True, check=False,
        )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    text = log.read_text(encoding="utf-8")
    assert text.startswith("kept\n{")
    assert "summary" in json.loads(text.removeprefix("kept\n"))
