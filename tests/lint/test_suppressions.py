"""Silencing one rule in a file, with a reason; JSON still shows what was silenced."""

from __future__ import annotations

import json
from collections.abc import Callable

from sopkit.lint import LintResult
from sopkit.lint.examples import example
from tests.conftest import codes, write_tree

Lint = Callable[..., LintResult]
VAGUE = "Answer calls quickly"


def test_yaml_comment_silences_the_key_with_a_reason(lint_tree: Lint) -> None:
    text = example("en", metric=f"{VAGUE}  # sopkit-ignore SOP101: legacy wording, fixed in Q3")
    result = lint_tree({"x.md": text})
    assert codes(result) == []
    [finding] = result.findings
    assert (finding.rule, finding.suppressed) == ("SOP101", "legacy wording, fixed in Q3")
    assert not result.failed
    assert result.summary()["suppressed"] == 1


def test_rule_may_be_named_instead_of_coded(lint_tree: Lint) -> None:
    text = example("en", metric=f"{VAGUE}  # sopkit-ignore unmeasurable-metric: agreed")
    assert codes(lint_tree({"x.md": text})) == []


def test_html_comment_on_its_own_line_silences_the_next_line(lint_tree: Lint) -> None:
    body = (
        "<!-- sopkit-ignore SOP201: this page links to the steps of another SOP -->\n"
        "See the call procedure.\n"
    )
    result = lint_tree({"x.md": example("en", body=body)})
    assert codes(result) == []
    assert codes(result, include_silenced=True) == ["SOP201"]


def test_file_wide_directive(lint_tree: Lint) -> None:
    text = (
        example("en", ownr="x", tagz="y")
        + "\n<!-- sopkit-ignore-file SOP004: keys for our CMS -->\n"
    )
    result = lint_tree({"x.md": text})
    assert codes(result) == []
    assert codes(result, include_silenced=True) == ["SOP004", "SOP004"]


def test_directive_silences_only_its_rule(lint_tree: Lint) -> None:
    text = example("en", metric=f"{VAGUE} where possible  # sopkit-ignore SOP101: agreed")
    assert codes(lint_tree({"x.md": text})) == ["SOP102"]


def test_directive_without_reason_is_an_error_and_silences_nothing(lint_tree: Lint) -> None:
    text = example("en", metric=f"{VAGUE}  # sopkit-ignore SOP101")
    result = lint_tree({"x.md": text})
    assert codes(result) == ["SOP101", "SOP009"]  # by column: the vague word comes first
    assert "gives no reason" in result.findings[1].message


def test_directive_with_unknown_rule(lint_tree: Lint) -> None:
    text = example("en", metric=f"{VAGUE}  # sopkit-ignore SOP999: why")
    result = lint_tree({"x.md": text})
    assert codes(result) == ["SOP101", "SOP009"]
    assert "unknown rule 'SOP999'" in result.findings[1].message


def test_unused_directive_warns(lint_tree: Lint) -> None:
    text = example("en", timeframe="20 seconds  # sopkit-ignore SOP106: old")
    result = lint_tree({"x.md": text})
    assert [(f.rule, f.line) for f in result.findings] == [("SOP010", 6)]


def test_json_shows_silenced_findings(run_cli, tmp_path) -> None:
    text = example("en", metric=f"{VAGUE}  # sopkit-ignore SOP101: legacy wording")
    write_tree(tmp_path, {"sop/x.md": text})
    result = run_cli("lint", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["findings"][0]["suppressed"] == "legacy wording"
    assert data["summary"]["suppressed"] == 1
    assert data["summary"]["errors"] == 0


def test_two_sops_on_one_page_cannot_be_silenced(lint_tree: Lint) -> None:
    """A silenced SOP008 let one SOP's location versions replace the other's on the site."""
    directive = "\n<!-- sopkit-ignore-file SOP008: we know -->\n"
    result = lint_tree({
        "a/x.md": example("en", id="same") + directive,
        "b/x.md": example("en", id="same", touchpoint="chat") + directive,
    })  # fmt: skip
    unsilenced = [f for f in result.findings if not f.suppressed]
    assert [f.rule for f in unsilenced if f.rule == "SOP008"] == ["SOP008", "SOP008"]
    invalid = [f.message for f in unsilenced if f.rule == "SOP009"]
    assert len(invalid) == 2 and "SOP008 cannot be silenced" in invalid[0]
    assert "SOP010" not in codes(result)  # not also "silences nothing"


def test_two_sops_on_one_page_stay_an_error(tmp_path) -> None:
    import pytest

    from sopkit.config import load_settings
    from sopkit.errors import ConfigError

    for severity in ("warning", "off"):
        write_tree(
            tmp_path, {"pyproject.toml": f'[tool.sopkit]\nrules = {{SOP008 = "{severity}"}}\n'}
        )
        with pytest.raises(ConfigError, match="SOP008 is always an error"):
            load_settings(cwd=tmp_path)


def test_a_baseline_never_holds_back_two_sops_on_one_page(run_cli, tmp_path) -> None:
    """Lint passed with a baseline that recorded SOP008 while every build failed."""
    write_tree(tmp_path, {
        "sop/a/x.md": example("en", id="same"),
        "sop/b/x.md": example("en", id="same", touchpoint="chat"),
    })  # fmt: skip
    run_cli("lint", "--write-baseline", "base.json")
    assert "SOP008" not in (tmp_path / "base.json").read_text()
    result = run_cli("lint", "--baseline", "base.json")
    assert result.exit_code == 1 and "SOP008" in result.output


def test_ids_differ_by_letters_not_by_folding(lint_tree: Lint) -> None:
    """'maßnahmen' and 'massnahmen' are two names on every file system."""
    result = lint_tree({
        "phone/maßnahmen.md": example("de"),
        "email/massnahmen.md": example("de", touchpoint="email"),
    })  # fmt: skip
    assert "SOP008" not in codes(result)


def test_a_directive_naming_several_rules_is_an_error_not_ignored(lint_tree: Lint) -> None:
    """`sopkit-ignore SOP301,SOP302: two` matched no directive form and did nothing,
    without a word; so did one with an unknown second rule."""
    body = (
        "<!-- sopkit-ignore SOP301,SOP302: two -->\n1. We should try to answer.\n"
        "<!-- sopkit-ignore SOP301 SOP999: x -->\n2. Close the call.\n"
        "<!-- sopkit-ignore SOP301 because legacy -->\n3. Log the call.\n\n"
        "Use sopkit-ignore directives sparingly, as the guide says.\n"
    )
    result = lint_tree({"x.md": example("en", body=body)})
    messages = [(f.line, f.message) for f in result.findings if f.rule == "SOP009"]
    first = example("en", body="").count("\n") + 1
    assert [line for line, _ in messages] == [first, first + 2, first + 4]
    assert "names several rules ('SOP301,SOP302') and silences none" in messages[0][1]
    assert "'SOP301 SOP999' is not one rule's name" in messages[1][1]
    assert "'SOP301 because legacy' is not one rule's name" in messages[2][1]
    assert "SOP301" in codes(result)  # nothing was silenced
