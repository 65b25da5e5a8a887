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
    assert json.loads(result.output)["properties"]["touchpoint"]["enum"] == ["kiosk"]
