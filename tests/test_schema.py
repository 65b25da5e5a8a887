"""`sopkit schema`: the front matter as JSON Schema, in step with the lint rules."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from sopkit.config import Settings
from sopkit.document import read_document
from sopkit.schema import json_schema
from tests.conftest import REPO

SCHEMA = json_schema(Settings())
SAMPLES = sorted(p for p in (REPO / "sop").rglob("*.md") if p.name != "index.md")


def test_schema_is_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_sample_front_matter_validates(path: Path) -> None:
    # Editors' YAML tooling sees `2026-05-01` as text; PyYAML makes it a date.
    meta = json.loads(json.dumps(read_document(path).meta, default=str))
    jsonschema.validate(meta, SCHEMA)


@pytest.mark.parametrize(
    "meta",
    [
        {"title": "x", "owner": "y", "touchpoint": "phone", "metric": 80, "timeframe": "1 day"},
        {"title": "x", "owner": "y", "touchpoint": "fax", "metric": "m", "timeframe": "1 day"},
        {"title": "x", "ownr": "y", "touchpoint": "phone", "metric": "m", "timeframe": "1 day"},
        {"title": "x", "owner": "y", "touchpoint": "phone", "metric": "m"},
        {"title": "x" * 301, "owner": "y", "touchpoint": "phone", "metric": "m",
         "timeframe": "1 day"},
    ],
)  # fmt: skip
def test_schema_rejects_what_lint_rejects(meta: dict) -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(meta, SCHEMA)


def test_pages_marked_not_sop_need_no_keys() -> None:
    jsonschema.validate({"sop": False, "title": "Glossary"}, SCHEMA)


def test_cli_prints_the_schema_with_the_configured_vocabulary(run_cli, tmp_path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.sopkit]\ntouchpoints = ['kiosk']\n")
    result = run_cli("schema")
    assert result.exit_code == 0
    assert json.loads(result.output)["else"]["properties"]["touchpoint"]["enum"] == ["kiosk"]


GOOD_KEYS = {
    "title": "Answer calls", "owner": "Lead", "touchpoint": "phone",
    "metric": "80% of calls answered within 20 seconds", "timeframe": "20 seconds",
}  # fmt: skip


@pytest.mark.parametrize(
    "extra",
    [
        {"review": {"by": "Contact Centre Lead"}},  # no date: a warning in lint (SOP402)
        {"review": {"last": "2026-5-1"}},  # a date to lint
        {"changes": [{"date": "1.5.2026", "summary": "timeframe changed"}]},
        {"sop": False, "touchpoint": "nowhere", "colour": "red"},  # no SOP: no key is read
    ],
)
def test_schema_fails_only_what_lint_fails(extra: dict, tmp_path: Path) -> None:
    """Each of these passed lint with no error and failed the schema."""
    from sopkit.lint import lint_paths
    from tests.conftest import write_tree

    meta = {**GOOD_KEYS, **extra}
    jsonschema.validate(meta, SCHEMA)
    front = "".join(f"{key}: {json.dumps(value)}\n" for key, value in meta.items())
    write_tree(tmp_path, {"sop/a.md": f"---\n{front}---\n\n## Steps\n\n1. Answer the call.\n"})
    result = lint_paths([tmp_path / "sop"], Settings(root=tmp_path), jobs=1, cwd=tmp_path)
    assert [f for f in result.findings if f.severity == "error"] == []


def test_an_author_that_is_no_text_fails_both(tmp_path: Path) -> None:
    """`author: 5` passed lint and failed the schema: now lint refuses it too (SOP005)."""
    from sopkit.lint import lint_paths
    from tests.conftest import write_tree

    meta = {**GOOD_KEYS, "changes": [{"date": "2026-05-01", "summary": "x", "author": 5}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(meta, SCHEMA)
    front = "".join(f"{key}: {json.dumps(value)}\n" for key, value in meta.items())
    write_tree(tmp_path, {"sop/a.md": f"---\n{front}---\n\n## Steps\n\n1. Answer the call.\n"})
    result = lint_paths([tmp_path / "sop"], Settings(root=tmp_path), jobs=1, cwd=tmp_path)
    errors = [f for f in result.findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["SOP005"]
    assert "'author' must name who changed it, got a number (5)" in errors[0].message


def test_a_review_date_with_a_time_passes_both(tmp_path: Path) -> None:
    """`last: 2026-10-02T10:00:00` (YAML reads a datetime) passed lint, failed the schema."""
    from sopkit.lint import lint_paths
    from tests.conftest import write_tree

    front = "".join(f"{key}: {json.dumps(value)}\n" for key, value in GOOD_KEYS.items())
    front += "review: {last: 2026-10-02T10:00:00, by: Lead}\n"
    write_tree(tmp_path, {"sop/a.md": f"---\n{front}---\n\n## Steps\n\n1. Answer the call.\n"})
    result = lint_paths([tmp_path / "sop"], Settings(root=tmp_path), jobs=1, cwd=tmp_path)
    assert [f for f in result.findings if f.severity == "error"] == []
    meta = json.loads(json.dumps(read_document(tmp_path / "sop/a.md").meta, default=str))
    jsonschema.validate(meta, SCHEMA)  # as editors see it: text
