"""Malformed files become findings with file and line; the other files are still checked."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from sopkit.lint import LintResult
from sopkit.lint.examples import DROP, example

Lint = Callable[..., LintResult]
GOOD = example("en")
BAD_METRIC = example("en", metric="Answer calls quickly")

BROKEN: dict[str, tuple[str | bytes, str, int, str]] = {
    # name: (content, rule, line, words in the message)
    "empty": ("", "SOP001", 1, "empty"),
    "blank": ("\n\n  \n", "SOP001", 1, "empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "SOP001", 1, "binary"),
    "latin1": ("---\ntitle: Caf\xe9\n---\n".encode("latin-1"), "SOP001", 2, "UTF-8"),
    "no-front-matter": ("# Answer calls\n\n1. Answer.\n", "SOP002", 1, "front matter"),
    "unclosed": ("---\ntitle: x\nowner: y\n\n1. Step\n", "SOP003", 1, "never closed"),
    "bad-yaml": (
        "---\ntitle: x\nmetric: 80% of calls: answered\n---\n",
        "SOP003",
        3,
        "invalid YAML",
    ),
    "bad-indent": ("---\ntitle: x\n  owner: y\n---\n", "SOP003", 3, "invalid YAML"),
    "not-mapping": ("---\n- a\n- b\n---\n", "SOP003", 2, "key: value"),
    "duplicate-key": (
        GOOD.replace("lang: en\n", "lang: en\ntitle: Again\n"),
        "SOP003",
        8,
        "given twice",
    ),
    "bad-date": ("---\ntitle: x\nreviewed: 2024-02-30\n---\n", "SOP003", 3, "not a date"),
    "wrong-type": (example("en", owner="[a, b]"), "SOP005", 3, "must be text"),
    "bad-email": (example("en", owner="Lead <lead@@example.com>"), "SOP005", 3, "email"),
    "unclosed-email": (example("en", owner="Lead <lead@example.com"), "SOP005", 3, "is not closed"),
    "spaced-email": (example("en", owner="Lead <a b@c.example>"), "SOP005", 3, "<a b@c.example>"),
    "bad-lang": (example("en", lang="english"), "SOP005", 7, "en, de, nl"),
    "bad-id": (example("en", id="Answer Calls!"), "SOP005", 8, "valid id"),
    "long-id": (example("en", id="a" * 101), "SOP005", 8, "use at most 100"),
}


@pytest.mark.parametrize(
    "owner",
    ["Lead <lead@example.com>; Backup: <@northwind/ops>", "Lead <mailto:lead@example.com>"],
)
def test_owners_people_write_pass(lint_tree: Lint, owner: str) -> None:
    """A handle in angle brackets was taken for a broken address."""
    result = lint_tree({"a.md": example("en", owner=json.dumps(owner))})
    assert [f.rule for f in result.findings] == []


def test_direction_isolates_pass_and_overrides_do_not(lint_tree: Lint) -> None:
    """Isolates are how right-to-left and left-to-right text are mixed; an override shows
    text in another order than it is stored."""
    isolate = example("en", title=json.dumps("Refunds \u2067مرتجعات\u2069 desk"))
    override = example("en", title=json.dumps("Refunds \u202eksed"))
    result = lint_tree({"a.md": isolate, "b.md": override})
    assert [(f.path, f.rule) for f in result.findings] == [("sop/b.md", "SOP005")]


@pytest.mark.parametrize("name", BROKEN)
def test_broken_file_is_reported_and_others_still_checked(lint_tree: Lint, name: str) -> None:
    content, rule, line, words = BROKEN[name]
    result = lint_tree({"a/broken.md": content, "b/good.md": GOOD, "c/bad-metric.md": BAD_METRIC})
    by_path = {}
    for finding in result.findings:
        by_path.setdefault(finding.path, []).append(finding)
    broken = by_path["sop/a/broken.md"]
    assert broken[0].rule == rule, broken
    assert broken[0].line == line
    assert words in broken[0].message
    assert broken[0].severity == "error"
    assert "sop/b/good.md" not in by_path
    assert [f.rule for f in by_path["sop/c/bad-metric.md"]] == ["SOP101"]
    assert result.files == 3
    assert result.failed


def test_broken_yaml_is_reported_once_not_as_missing_keys(lint_tree: Lint) -> None:
    result = lint_tree({"x.md": "---\ntitle: x\nmetric: a: b\n---\n\n1. Step\n"})
    assert [f.rule for f in result.findings] == ["SOP003"]


@pytest.mark.parametrize(
    ("character", "line_text", "line", "column"),
    [
        ("\x1b", 'touchpoint: "chat\x1b[2J"', 4, 18),
        ("\x7f", "tags: [a\x7f]", 8, 9),
    ],
)
def test_a_control_character_in_front_matter_is_named_at_its_place(
    lint_tree: Lint, character: str, line_text: str, line: int, column: int
) -> None:
    text = example("en")
    if line_text.startswith("tags"):
        text = text.replace("lang: en\n", f"lang: en\n{line_text}\n", 1)
    else:
        text = text.replace("touchpoint: phone", line_text, 1)
    [finding] = lint_tree({"x.md": text}).findings
    assert (finding.rule, finding.line, finding.column) == ("SOP003", line, column)
    code = f"U+{ord(character):04X}"
    assert f"the character {code} (a control character) is not allowed in YAML" in finding.message
    assert text.splitlines()[line - 1][column - 1] == character


def test_a_control_character_in_the_registry_is_named_at_its_place(lint_tree: Lint) -> None:
    registry = 'locations:\n  - {id: a, name: "A\x1b"}\n'
    result = lint_tree({"locations.yml": registry, "x.md": example("en")})
    [finding] = [f for f in result.findings if f.rule == "SOP501"]
    assert (finding.line, finding.column) == (2, 21)
    assert "U+001B (a control character)" in finding.message


def test_pages_that_are_not_sops_are_skipped_by_name_and_flag(lint_tree: Lint) -> None:
    result = lint_tree(
        {
            "index.md": "# Home\n\nWelcome.\n",
            "README.md": "# Read me\n",
            "glossary.md": "---\nsop: false\n---\n# Glossary\n\nWords.\n",
            "phone/x.md": GOOD,
        }
    )
    assert result.findings == []
    assert (result.files, result.sops) == (4, 1)


def test_broken_yaml_in_a_non_sop_page_is_still_reported(lint_tree: Lint) -> None:
    result = lint_tree({"index.md": "---\ntitle: [x\n---\n# Home\n"})
    assert [f.rule for f in result.findings] == ["SOP003"]


def test_unknown_key_names_the_nearest_key(lint_tree: Lint) -> None:
    result = lint_tree({"x.md": example("en", ownr="Store Manager")})
    [finding] = result.findings
    assert (finding.rule, finding.severity, finding.field, finding.line) == (
        "SOP004", "warning", "ownr", 8,
    )  # fmt: skip
    assert "did you mean 'owner'?" in finding.message
    assert not result.failed


def test_a_key_yaml_reads_as_a_value_is_named_as_written_on_its_line(lint_tree: Lint) -> None:
    """YAML reads "yes:" as true and "~:" as nothing: they were named 'True' and 'None',
    on line 1."""
    text = example("en").replace("lang: en\n", "lang: en\n~: x\nyes: y\nNull: z\n")
    found = [(f.rule, f.field, f.line) for f in lint_tree({"x.md": text}).findings]
    assert found == [("SOP004", "~", 8), ("SOP004", "yes", 9), ("SOP004", "Null", 10)]


def test_missing_keys_are_named_one_by_one(lint_tree: Lint) -> None:
    result = lint_tree({"x.md": "---\nlang: en\n---\n\n1. Answer the call.\n"})
    missing = [f.field for f in result.findings if f.rule == "SOP006"]
    assert missing == ["title", "owner", "touchpoint", "metric", "timeframe"]


def test_title_may_come_from_the_first_heading(lint_tree: Lint) -> None:
    text = example("en", title=DROP).replace("## Steps", "# Answer inbound calls\n\n## Steps")
    assert [f.rule for f in lint_tree({"x.md": text}).findings] == []


def test_duplicate_ids_name_the_other_file(lint_tree: Lint) -> None:
    result = lint_tree(
        {"a/answer.md": GOOD, "b/answer.md": GOOD, "c/x.md": example("en", id="answer")}
    )
    dupes = [f for f in result.findings if f.rule == "SOP008"]
    assert [(f.path, f.line) for f in dupes] == [
        ("sop/a/answer.md", 1), ("sop/b/answer.md", 1), ("sop/c/x.md", 8),
    ]  # fmt: skip
    # each file of the clash names the others: a pull request adding one sees it there
    assert "also used by sop/b/answer.md, sop/c/x.md:" in dupes[0].message
    assert "also used by sop/a/answer.md, sop/c/x.md:" in dupes[1].message
    assert "also used by sop/a/answer.md, sop/b/answer.md:" in dupes[2].message


def test_ids_that_differ_only_in_case_clash(lint_tree: Lint) -> None:
    """'a/Answer/' and 'a/answer/' are one folder on macOS, Windows and most file shares."""
    result = lint_tree({"a/Answer.md": GOOD, "a/answer.md": GOOD, "b/other.md": GOOD})
    upper, lower = [f for f in result.findings if f.rule == "SOP008"]
    assert "differs only in case from 'answer' of sop/a/answer.md" in upper.message
    assert "differs only in case from 'Answer' of sop/a/Answer.md" in lower.message


def test_unclosed_front_matter_does_not_hide_other_files(lint_tree: Lint) -> None:
    files = {f"f{i}.md": GOOD for i in range(3)} | {"z.md": "---\ntitle: x\n"}
    result = lint_tree(files)
    assert [(f.path, f.rule) for f in result.findings] == [("sop/z.md", "SOP003")]


def test_lines_that_end_with_cr_only_are_named(lint_tree: Lint) -> None:
    """Classic Mac OS line ends: MkDocs would publish the front matter as text."""
    result = lint_tree({"x.md": example("en").replace("\n", "\r").encode("utf-8")})
    [finding] = result.findings
    assert (finding.rule, finding.line) == ("SOP001", 1)
    assert "the lines end with CR only" in finding.message
    crlf = lint_tree({"y.md": example("en").replace("\n", "\r\n").encode()})
    assert [f for f in crlf.findings if f.path.endswith("y.md")] == []


@pytest.mark.parametrize(
    ("data", "line", "words"),
    [(example("en").encode("utf-16"), 1, "the file is UTF-16 (Notepad's \"Unicode\"), not UTF-8"),
     (example("en").encode("utf-32"), 1, "the file is UTF-32"),
     (b"---\ntitle: x\n---\n\nT\xc3\xa9xt\x00here.\n", 5, "a NUL byte, which no text holds")],
)  # fmt: skip
def test_an_unreadable_file_says_why_and_where(
    lint_tree: Lint, data: bytes, line: int, words: str
) -> None:
    """Notepad's "Unicode" and a NUL on line 5 were both "a binary file" at 1:1."""
    result = lint_tree({"x.md": data})
    [finding] = [f for f in result.findings if f.rule == "SOP001"]
    assert (finding.line, words in finding.message) == (line, True), finding
    if line > 1:
        assert finding.column == 5  # after "Téxt": characters, not bytes


def test_a_merge_conflict_left_in_a_file_is_named_at_its_marker(lint_tree: Lint) -> None:
    """It was "invalid YAML: ... Quote values that contain ': '" on the wrong line."""
    good = example("en")
    conflicted = good.replace(
        "timeframe: 20 seconds\n",
        "<<<<<<< HEAD\ntimeframe: 20 seconds\n=======\ntimeframe: 30 seconds\n>>>>>>> fix\n",
    )
    result = lint_tree({"x.md": conflicted})
    [finding] = result.findings
    assert (
        finding.rule == "SOP001" and "a git merge conflict is left in the file" in finding.message
    )
    assert conflicted.split("\n")[finding.line - 1] == "<<<<<<< HEAD"
    heading = good + "\nLocal notes\n=======\n\nNo conflict: a heading's underline.\n"
    assert [f.rule for f in lint_tree({"x.md": heading}).findings if f.rule == "SOP001"] == []


@pytest.mark.parametrize(
    ("odd", "name"),
    [("\r", "carriage return (CR) alone"), ("\u2028", "line separator (U+2028)"),
     ("\u2029", "paragraph separator (U+2029)"), ("\x85", "next-line character (U+0085)")],
)  # fmt: skip
def test_a_line_break_yaml_sees_and_the_file_does_not_is_named_at_its_line(
    lint_tree: Lint, odd: str, name: str
) -> None:
    """YAML breaks the line there: the error came lines later, about something else."""
    text = example("en").replace("timeframe: 20 seconds", f"timeframe: 20{odd} seconds")
    line = text.split("\n").index(f"timeframe: 20{odd} seconds") + 1
    [finding] = lint_tree({"x.md": text}).findings
    assert (finding.rule, finding.line, finding.column) == ("SOP003", line, 14)
    assert f"a {name} inside the line, which YAML reads as a line break" in finding.message
    crlf = example("en").replace("\n", "\r\n")  # CRLF line ends are no such thing
    assert lint_tree({"x.md": crlf}).findings == []


_SOP = (
    "---\ntitle: Answer calls\nowner: Lead\ntouchpoint: phone\n"
    "metric: 80% of calls answered within 20 seconds\ntimeframe: 20 seconds\nlang: en\n---\n\n"
    "## Steps\n\n1. Answer the call.\n"
)


@pytest.mark.parametrize(
    ("old", "new", "line", "column", "fix"),
    [("owner: Lead", " owner: Lead", 3, 1, "indented more than the line before it"),
     ("owner: Lead", "owner:Lead", 3, 7, "put a space after the colon of 'owner:'"),
     ("lang: en\n", "review:\n\tlast: 2026-01-01\nlang: en\n", 8, 1, "indented with a tab"),
     ("lang: en\n", "review:\n  last: 2026-01-01\n   by: Lead\nlang: en\n", 9, 1,
      "indented more than the line before it")],
)  # fmt: skip
def test_yaml_errors_name_the_editing_mistake_and_its_line(
    lint_tree: Lint, old: str, new: str, line: int, column: int, fix: str
) -> None:
    """The generic hint ('quote values ... indent list items') named the wrong fix, and
    'owner:Lead' was reported on the line after it."""
    [finding] = lint_tree({"calls.md": _SOP.replace(old, new, 1)}).findings
    assert (finding.rule, finding.line, finding.column) == ("SOP003", line, column)
    assert finding.message.startswith("invalid YAML (") and fix in finding.message


def test_a_list_item_indented_deeper_is_not_silently_one_tag(lint_tree: Lint) -> None:
    """YAML read '- calls' and '  - queue' as the one tag 'calls - queue', without a word."""
    text = _SOP.replace("lang: en\n", "lang: en\ntags:\n- calls\n  - queue\n")
    [finding] = lint_tree({"calls.md": text}).findings
    assert (finding.rule, finding.line, finding.field) == ("SOP005", 8, "tags")
    assert "'calls - queue' is one tag" in finding.message and "same indentation" in finding.message
    assert lint_tree({"calls.md": text.replace("  - queue", "- queue")}).findings == []


def test_review_keys_at_the_margin_are_told_to_be_indented(lint_tree: Lint) -> None:
    """'remove it or rename it' led editors to delete the review."""
    text = _SOP.replace("lang: en\n", "lang: en\nreview:\nlast: 2026-01-01\nby: Lead\n")
    found = [f.message for f in lint_tree({"calls.md": text}).findings if f.rule == "SOP004"]
    assert found == [
        f"unknown key '{key}': it belongs to 'review': indent it under 'review:' by two spaces"
        for key in ("last", "by")
    ]


def test_lang_no_is_named_as_yaml_reads_it(lint_tree: Lint) -> None:
    """It said "got False": YAML 1.1 reads "no" (Norwegian) as a yes/no value."""
    result = lint_tree({"x.md": example("en").replace("lang: en\n", "lang: no\n")})
    [finding] = [f for f in result.findings if f.rule == "SOP005"]
    assert "got a yes/no value (false): YAML reads no, off, yes and on" in finding.message


@pytest.mark.parametrize(
    ("written", "read_as"),
    [("1:20", "80"), ("0x14", "20"), ("1_000", "1000"), ("017", "15"), ("-1:00  # c", "-60")],
)
def test_a_number_yaml_reads_otherwise_is_named_as_written(
    lint_tree: Lint, written: str, read_as: str
) -> None:
    """'timeframe: 1:20' said "got a number (80)": the editor looked for an 80."""
    text = example("en").replace("timeframe: 20 seconds\n", f"timeframe: {written}\n")
    [finding] = [f for f in lint_tree({"x.md": text}).findings if f.rule == "SOP005"]
    shown = written.split("  #")[0]
    assert f"(YAML reads '{shown}' as the number {read_as})" in finding.message


@pytest.mark.parametrize("written", ["20", "2.50", "-5"])
def test_a_number_written_as_yaml_reads_it_is_not_explained(lint_tree: Lint, written: str) -> None:
    text = example("en").replace("timeframe: 20 seconds\n", f"timeframe: {written}\n")
    [finding] = [f for f in lint_tree({"x.md": text}).findings if f.rule == "SOP005"]
    assert "got a number" in finding.message and "YAML reads" not in finding.message
