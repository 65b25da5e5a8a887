"""sopkit's Vale engine follows Vale's documented semantics (vale.sh/docs/checks/*).

Each test uses the example rule from Vale's documentation for that extension point,
run through our engine on real files with a real `.vale.ini`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from sopkit.config import Settings
from sopkit.errors import ConfigError
from sopkit.sop import load_sop
from sopkit.vale import Alert, prose_alerts
from sopkit.vale.config import glob_to_regex, load_vale_config
from sopkit.vale.rules import compile_rule
from sopkit.vale.vocabulary import AcceptedTerms, accepted_terms, is_plain
from tests.conftest import write_tree

INI = "StylesPath = styles\nMinAlertLevel = suggestion\n\n[*.md]\nBasedOnStyles = Test\n"


def run(tmp_path: Path, rule: str, text: str, ini: str = INI, lang: str = "en") -> list:
    write_tree(tmp_path, {".vale.ini": ini, "styles/Test/Rule.yml": rule, "doc.md": text})
    load_vale_config.cache_clear()  # one process, several styles: read each afresh
    sop = load_sop(tmp_path / "doc.md", Settings(root=tmp_path, default_lang=lang), "doc.md")
    return [(a.rule, a.line, a.column, a.message) for a in prose_alerts(sop)]


EXISTENCE = """extends: existence
message: Consider removing '%s'
level: warning
ignorecase: true
tokens:
  - appears to be
  - arguably
"""


def test_existence_tokens_are_word_bounded_and_case_insensitive(tmp_path: Path) -> None:
    text = "It Appears to be fine.\n\nArguably, yes. Inarguably not.\n"
    assert run(tmp_path, EXISTENCE, text) == [
        ("Test.Rule", 1, 4, "Consider removing 'Appears to be'"),
        ("Test.Rule", 3, 1, "Consider removing 'Arguably'"),
    ]


def test_existence_compiles_like_vale() -> None:
    rule = compile_rule("T.R", Path("R.yml"), {"extends": "existence", "message": "%s",
                                                 "ignorecase": True, "tokens": ["a b", "c"]})  # fmt: skip
    assert rule.pattern is not None
    assert rule.pattern.pattern == r"\b(?:a b|c)\b"
    assert rule.pattern.flags & 2  # re.IGNORECASE


def test_existence_without_ignorecase_is_case_sensitive(tmp_path: Path) -> None:
    rule = EXISTENCE.replace("ignorecase: true", "ignorecase: false")
    assert run(tmp_path, rule, "Arguably, and arguably.\n") == [
        ("Test.Rule", 1, 15, "Consider removing 'arguably'")
    ]


def test_existence_exceptions(tmp_path: Path) -> None:
    rule = EXISTENCE + "exceptions:\n  - Arguably\n"
    assert run(tmp_path, rule, "Arguably and appears to be.\n") == [
        ("Test.Rule", 1, 14, "Consider removing 'appears to be'")
    ]


def test_existence_nonword_and_raw_append(tmp_path: Path) -> None:
    nonword = "extends: existence\nmessage: \"'%s'\"\nnonword: true\ntokens:\n  - '[a-z0-9][.?!](?:\\s|$)'\n"
    assert [a[2] for a in run(tmp_path, nonword, "# Heading one.\n")] == [13]
    appended = (
        "extends: existence\nmessage: \"'%s'\"\nappend: true\ntokens:\n  - foo\n"
        "raw:\n  - '\\s+bar'\n"
    )
    assert [a[3] for a in run(tmp_path, appended, "foo bar and foo baz\n")] == ["'foo bar'"]


SUBSTITUTION = """extends: substitution
message: Consider using '%s' instead of '%s'
level: warning
ignorecase: false
swap:
  abundance: plenty
  accelerate: speed up
  '(?:give|gave) rise to': lead to
  'within the (.*)?directory': in the $1 directory
"""


def test_substitution_swaps_with_regex_keys_and_groups(tmp_path: Path) -> None:
    text = "An abundance of calls gave rise to queues within the root directory.\n"
    assert [a[3] for a in run(tmp_path, SUBSTITUTION, text)] == [
        "Consider using 'plenty' instead of 'abundance'",
        "Consider using 'lead to' instead of 'gave rise to'",
        # $1 is "root " (the group includes the space), as in Vale's regexp2 replacement
        "Consider using 'in the root  directory' instead of 'within the root directory'",
    ]


def test_substitution_multiple_suggestions_and_no_alert_when_already_preferred(
    tmp_path: Path,
) -> None:
    rule = (
        "extends: substitution\nmessage: Consider using %s instead of '%s'.\n"
        "swap:\n  utilize: use|apply\n  plenty: plenty\n"
    )
    assert [a[3] for a in run(tmp_path, rule, "Utilize it; utilize plenty.\n")] == [
        "Consider using 'use' or 'apply' instead of 'utilize'."
    ]


def test_occurrence_counts_per_sentence_with_the_count_in_the_message(tmp_path: Path) -> None:
    rule = "extends: occurrence\nmessage: 'More than 3 commas (%s)!'\nlevel: error\nscope: sentence\nmax: 3\ntoken: ','\n"
    text = "One, two, three. One, two, three, four, five. Fine.\n"
    assert run(tmp_path, rule, text) == [("Test.Rule", 1, 18, "More than 3 commas (4)!")]


def test_occurrence_min(tmp_path: Path) -> None:
    rule = "extends: occurrence\nmessage: 'Needs a number'\nscope: heading\nmin: 1\ntoken: '\\d'\n"
    assert [a[1] for a in run(tmp_path, rule, "# Step 1\n\n## Escalation\n")] == [3]


@pytest.mark.parametrize(
    ("scope", "lines"),
    [("text", [1, 3, 5, 9]), ("heading", [1]), ("heading.h1", [1]), ("list", [3]),
     ("paragraph", [5]), ("table", [9]), ("sentence", [1, 3, 5, 9]),
     # negated, combined and listed scopes were all checked as text
     ("~heading", [3, 5, 9]), ("'~heading & ~table'", [3, 5]), ("[heading, list]", [1, 3]),
     ("'text & ~list'", [1, 5, 9]), ("~blockquote", [1, 3, 5, 9])],
)  # fmt: skip
def test_scopes(tmp_path: Path, scope: str, lines: list[int]) -> None:
    rule = f"extends: existence\nmessage: '%s'\nscope: {scope}\ntokens:\n  - bad\n"
    text = "# A bad title\n\n1. A bad step\n\nA bad paragraph `bad code`.\n\n| H |\n|---|\n| bad cell |\n"
    assert [a[1] for a in run(tmp_path, rule, text)] == lines


def test_code_links_and_comments_are_not_prose(tmp_path: Path) -> None:
    text = "Use `arguably` and [this](https://x.test/arguably) <!-- arguably -->.\n"
    assert run(tmp_path, EXISTENCE, text) == []


def test_positions_in_wrapped_list_items_and_table_cells(tmp_path: Path) -> None:
    text = "1. First line\n   then arguably here\n\n| a | b |\n|---|---|\n| x | arguably |\n"
    assert [(a[1], a[2]) for a in run(tmp_path, EXISTENCE, text)] == [(2, 9), (6, 7)]


def test_ini_switches_levels_and_vocabularies(tmp_path: Path) -> None:
    ini = (
        "StylesPath = styles\nVocab = Team\n\n[*.md]\nBasedOnStyles = Vale, Test\n"
        "Test.Rule = error\n\n[skip/*.md]\nTest.Rule = NO\n"
    )
    write_tree(tmp_path, {
        "styles/config/vocabularies/Team/accept.txt": "appears to be\n",
        "styles/config/vocabularies/Team/reject.txt": "Kindly\n",  # case-sensitive, as in Vale
    })  # fmt: skip
    alerts = run(tmp_path, EXISTENCE, "Kindly: it appears to be, arguably.\n", ini=ini)
    assert alerts == [
        ("Vale.Avoid", 1, 1, "Avoid using 'Kindly'."),
        ("Test.Rule", 1, 27, "Consider removing 'arguably'"),
    ]
    config = load_vale_config(tmp_path.resolve())
    levels = {r.name: level for r, level in config.rules_for("doc.md")}
    assert levels == {"Test.Rule": "error", "Vale.Avoid": "error"}
    skipped = load_vale_config(tmp_path.resolve()).rules_for("skip/doc.md")
    assert "Test.Rule" not in [r.name for r, _ in skipped]


CAPITALS = "extends: existence\nmessage: \"'%s'\"\nlevel: warning\ntokens: ['[A-Z][a-z]+(?: [A-Z][a-z]+)?']\n"
VOCAB_INI = INI.replace("MinAlertLevel", "Vocab = Team\nMinAlertLevel")


def test_a_plain_accepted_word_excepts_only_itself_letter_for_letter(tmp_path: Path) -> None:
    """Plain words are looked up in a set, patterns are matched: both as Vale reads a line."""
    write_tree(tmp_path, {"styles/config/vocabularies/Team/accept.txt": (
        "Northwind\nContoso Bank\n[Ff]abrikam\nNorth\n"
    )})  # fmt: skip
    text = "Northwind, Northwinds, Contoso Bank, Contoso and Fabrikam.\n"
    alerts = [a[3] for a in run(tmp_path, CAPITALS, text, ini=VOCAB_INI)]
    # "Northwinds" is not "Northwind", nor "North": a term excepts a match it matches whole.
    assert alerts == ["'Northwinds'", "'Contoso'"]


def test_a_term_with_pattern_syntax_stays_a_pattern(tmp_path: Path) -> None:
    """A dot in a term matches any letter in Vale; only a term without such syntax is plain."""
    write_tree(tmp_path, {"styles/config/vocabularies/Team/accept.txt": "Nort.wind\n"})
    alerts = [a[3] for a in run(tmp_path, CAPITALS, "Northwind, Nortxwind, Nortwind.\n",
                                ini=VOCAB_INI)]  # fmt: skip
    assert alerts == ["'Nortwind'"]


def test_a_vocabulary_of_plain_words_compiles_no_pattern_of_them() -> None:
    """200,000 plain words took ~50 s a lint as one pattern (benchmarks/vocabulary.py)."""
    words = [f"Word{number}" for number in range(200_000)]
    accepted = accepted_terms([*words, "(?i)asap", "e-?mail"])
    assert accepted is not None
    assert accepted.alternatives == 2
    assert "Word199999" in accepted.words
    assert accepted_terms(words[:3]) == AcceptedTerms(frozenset(words[:3]), None)
    assert [is_plain(t) for t in ("e-mail", "Click & Collect", "e.g.", "(?i)x", "a|b")] == [
        True, True, False, False, False,
    ]  # fmt: skip


def test_min_alert_level_hides_lower_levels(tmp_path: Path) -> None:
    ini = INI.replace("MinAlertLevel = suggestion", "MinAlertLevel = error")
    assert run(tmp_path, EXISTENCE, "Arguably.\n", ini=ini) == []


#: Vale compiles each section name with gobwas/glob and no separator
#: (`glob.Compile(sec)`, internal/core/ini.go) and matches the file's path, so `*` and
#: `**` match any run of characters, `/` included. Examples from Vale's documentation
#: (vale.sh/docs/topics/config: `[*.md]`, `[*.{md,txt}]`, `[docs/*.md]`) and from
#: airbyte's Vale 3.18 finding that `[docs/...*]` covers nested files.
VALE_GLOBS = [
    ("*.md", "sop/a/b.md", True), ("*.md", "README.md", True), ("*.md", "sop/a.mdx", False),
    ("*.{md,txt}", "notes/a.txt", True), ("*.{md,txt}", "a.rst", False),
    ("docs/*.md", "docs/a.md", True), ("docs/*.md", "docs/a/b/c.md", True),
    ("docs/*.md", "other/docs/a.md", False), ("sop/*.md", "sop/a/b.md", True),
    ("sop/**/*.md", "sop/a/b.md", True),
    ("sop/**/*.md", "sop/a.md", False),  # `**/` needs a "/" of its own, as `*/` does
    ("README.md", "docs/README.md", False),  # the whole path must match
    ("{sop/a.md,sop/b.md}", "sop/b.md", True), ("{sop/a.md,sop/b.md}", "sop/c.md", False),
    ("{documentation,website}/content/{ja,zh-tw}/**/*.adoc",
     "documentation/content/ja/articles/test.adoc", True),
    ("{a/*.md,b/{c,d}.md}", "b/d.md", True), ("[!_]*.md", "_draft.md", False),
    ("[!_]*.md", "sop/_draft.md", True), ("file?.md", "file1.md", True),
    ("file?.md", "file12.md", False), ("[a-c].md", "b.md", True), ("\\*.md", "*.md", True),
    ("\\*.md", "a.md", False),
]  # fmt: skip


@pytest.mark.parametrize(("glob", "path", "matches"), VALE_GLOBS)
def test_section_globs_match_as_in_vale(glob: str, path: str, matches: bool) -> None:
    assert bool(glob_to_regex(glob).fullmatch(path)) is matches


def test_a_star_section_reaches_nested_sops(tmp_path: Path) -> None:
    ini = INI + "\n[sop/*.md]\nTest.Rule = NO\n"
    write_tree(tmp_path, {".vale.ini": ini, "styles/Test/Rule.yml": EXISTENCE})
    load_vale_config.cache_clear()
    config = load_vale_config(tmp_path.resolve())
    assert [r.name for r, _ in config.rules_for("sop/phone/deep/x.md")] == []
    assert [r.name for r, _ in config.rules_for("docs/x.md")] == ["Test.Rule"]


@pytest.mark.parametrize("glob", ["[abc.md", "{a,b.md"])
def test_an_unclosed_glob_names_the_ini(tmp_path: Path, glob: str) -> None:
    write_tree(tmp_path, {".vale.ini": INI + f"\n[{glob}]\nTest.Rule = NO\n",
                          "styles/Test/Rule.yml": EXISTENCE})  # fmt: skip
    load_vale_config.cache_clear()
    with pytest.raises(ConfigError) as caught:
        load_vale_config(tmp_path.resolve())
    assert ".vale.ini" in caught.value.message and "unclosed" in caught.value.message


def test_substitution_tries_the_longest_key_first(tmp_path: Path) -> None:
    """Vale's own test (TestIsDeterministic, internal/check/substitution_test.go): the
    longer key wins where both match, whatever the order in the file, and a match that
    differs from the preferred term only in case is still reported."""
    rule = (
        "extends: substitution\nmessage: Use '%s' instead of '%s'.\nlevel: error\n"
        "ignorecase: true\nswap:\n  emnify: emnify\n"
        "  emnify iot supernetwork: emnify IoT SuperNetwork\n"
    )
    assert [a[3] for a in run(tmp_path, rule, "EMnify IoT SuperNetwork\n")] == [
        "Use 'emnify IoT SuperNetwork' instead of 'EMnify IoT SuperNetwork'."
    ]
    assert run(tmp_path, rule, "emnify IoT SuperNetwork and emnify.\n") == []


def test_substitution_scans_left_to_right_across_keys(tmp_path: Path) -> None:
    rule = (
        "extends: substitution\nmessage: \"'%s', not '%s'\"\nswap:\n  e-mail: email\n"
        "  e-mail address: email address\n  in order to: to\n"
    )
    text = "In order to reply, use the e-mail address or e-mail.\n"
    assert [(a[2], a[3]) for a in run(tmp_path, rule, text)] == [
        (28, "'email address', not 'e-mail address'"),
        (46, "'email', not 'e-mail'"),
    ]  # "In order to" is not found: without ignorecase the keys are case-sensitive


@pytest.mark.parametrize(
    ("rule", "words"),
    [("extends: speling\n", "not a Vale rule type"), ("extends: existence\n", "needs 'tokens'"),
     ("extends: existence\nlevel: loud\ntokens: [a]\n", "'level'"),
     ("extends: existence\ntokens: ['(']\n", "invalid regular expression"),
     # Unicode classes work as in Vale (see below); an unknown one is named
     ("extends: existence\nraw: ['\\p{Nope}{5,}']\n", "unknown property"),
     ("extends: existence\nraw: ['foo(?i)bar']\n", "write the flags as a group: foo(?i:bar)"),
     ("extends: [x\n", "invalid YAML")],
)  # fmt: skip
def test_broken_rule_files_name_the_file(tmp_path: Path, rule: str, words: str) -> None:
    write_tree(tmp_path, {".vale.ini": INI, "styles/Test/Rule.yml": rule})
    load_vale_config.cache_clear()
    with pytest.raises(ConfigError) as caught:
        load_vale_config(tmp_path.resolve())
    assert words in caught.value.message
    assert "Rule.yml" in caught.value.message


def test_broken_style_stops_lint_with_exit_2(run_cli, tmp_path: Path) -> None:
    write_tree(tmp_path, {".vale.ini": INI, "styles/Test/Rule.yml": "extends: [x\n",
                          "sop/x.md": "x"})  # fmt: skip
    result = run_cli("lint")
    assert result.exit_code == 2
    assert "Rule.yml" in result.output


def test_shipped_ini_is_what_vale_ini_generates() -> None:
    import subprocess
    import sys

    from tests.conftest import REPO

    result = subprocess.run(
        [sys.executable, "-m", "sopkit", "vale-ini"], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == (REPO / ".vale.ini").read_text(encoding="utf-8")


def test_posix_classes_read_as_vale_reads_them() -> None:
    # "[[:upper:]]" matched nothing meant (a set of ":upper" letters) and warned.
    import warnings

    from sopkit.vale.rules import vale_regex

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        found = re.findall(vale_regex("[[:upper:]]{3,}|[[:digit:]]+"), "Log the CRM id 42")
    assert found == ["CRM", "42"]


def test_unicode_classes_match_as_in_vale(tmp_path: Path) -> None:
    """Vale's engine reads \\p{Lu}; Python's ``re`` refused it, so such rules could not run."""
    rule = "extends: existence\nmessage: \"'%s'\"\nlevel: warning\nraw: ['\\p{Lu}{4,}']\n"
    assert run(tmp_path, rule, "Reply ASAP, not ÄÖÜÄ or Abcd.\n") == [
        ("Test.Rule", 1, 7, "'ASAP'"),
        ("Test.Rule", 1, 17, "'ÄÖÜÄ'"),
    ]


#: One or two digits at a time: a run of n digits splits in about 1.6^n ways.
SLOW_DIGITS = "extends: existence\nmessage: \"'%s'\"\nlevel: warning\nraw: ['(?:\\d|\\d\\d)+$']\n"
SLOW_TEXT = (
    "Note the case number.\n\n"
    "Read out 1234567890123456789012345678901234567890 in groups.\n\n"
    "Close the case 12.\n"
)


def test_a_search_past_its_time_limit_stops_the_rule_on_its_line(tmp_path: Path) -> None:
    """``(?:\\d|\\d\\d)+$`` on forty digits would run for hours; it stops, named, on line 3."""
    alerts = [a for a in _alerts(tmp_path, SLOW_DIGITS, SLOW_TEXT)]
    assert [(a.code, a.level, a.line) for a in alerts] == [("SOP309", "error", 3)]
    assert "'raw' in Rule.yml (line 4) backtracks" in alerts[0].message
    assert "did not check the rest of this file" in alerts[0].message


def test_a_count_past_its_time_limit_stops_the_rule_on_its_line(tmp_path: Path) -> None:
    """An occurrence rule counts in the engine, within the same time limit."""
    rule = (
        'extends: occurrence\nmessage: "%s"\nlevel: warning\nscope: sentence\nmax: 3\n'
        "token: '(?:\\d|\\d\\d)+$'\n"
    )
    alerts = _alerts(tmp_path, rule, SLOW_TEXT)
    assert [(a.code, a.level, a.line) for a in alerts] == [("SOP309", "error", 3)]
    assert "'token' in Rule.yml (line 6) backtracks" in alerts[0].message


def test_an_occurrence_rule_counts_each_sentence(tmp_path: Path) -> None:
    rule = (
        'extends: occurrence\nmessage: "%s words"\nlevel: warning\nscope: sentence\n'
        "max: 3\ntoken: '\\b\\w+\\b'\n"
    )
    text = "Greet the caller. Note the case number now.\n"
    assert [(a.line, a.column, a.message) for a in _alerts(tmp_path, rule, text)] == [
        (1, 19, "5 words")
    ]


def test_matches_before_a_slow_line_are_kept(tmp_path: Path) -> None:
    """A fast alternative of the rule finds '12' on line 1; the search stops on line 3."""
    rule = SLOW_DIGITS.replace("raw: ['", "raw: ['\\b12\\b|")
    text = "Case 12 is open.\n\n" + SLOW_TEXT
    found = [(a.code, a.line) for a in _alerts(tmp_path, rule, text)]
    assert found == [("SOP300", 1), ("SOP309", 5)]


def test_a_slow_exception_or_vocabulary_term_is_named(tmp_path: Path) -> None:
    rule = (
        "extends: existence\nmessage: \"'%s'\"\nlevel: warning\nraw: ['\\d{30,}x?']\n"
        "exceptions: ['(?:\\d|\\d\\d)+1']\n"
    )
    alerts = _alerts(tmp_path, rule, SLOW_TEXT)
    assert [a.code for a in alerts] == ["SOP309"]
    assert "'exceptions' in Rule.yml (line 5)" in alerts[0].message
    vocab_ini = INI.replace("MinAlertLevel", "Vocab = Team\nMinAlertLevel")
    accept = {"styles/config/vocabularies/Team/accept.txt": "(?:\\d|\\d\\d)+1\n"}
    rule = "extends: existence\nmessage: \"'%s'\"\nlevel: warning\nraw: ['\\d{30,}']\n"
    alerts = _alerts(tmp_path, rule, SLOW_TEXT, vocab_ini, accept)
    assert [a.code for a in alerts] == ["SOP309"]
    assert "an accept.txt term of the vocabulary" in alerts[0].message


def test_a_fast_rule_on_a_large_file_is_not_stopped(tmp_path: Path) -> None:
    """The limit grows with the text: an SOP of nearly 1 MB (max_file_size) is searched in full."""
    rule = "extends: existence\nmessage: \"'%s'\"\nlevel: warning\ntokens: [ASAP]\n"
    text = "Reply to the customer within one working day.\n\n" * 20_000 + "Reply ASAP.\n"
    alerts = _alerts(tmp_path, rule, text)
    assert [(a.code, a.line) for a in alerts] == [("SOP300", 40_001)]


def _alerts(
    tmp_path: Path, rule: str, text: str, ini: str = INI, extra: dict[str, str] | None = None
) -> list[Alert]:
    write_tree(tmp_path, {".vale.ini": ini, "styles/Test/Rule.yml": rule, "doc.md": text,
                          **(extra or {})})  # fmt: skip
    load_vale_config.cache_clear()
    sop = load_sop(tmp_path / "doc.md", Settings(root=tmp_path, default_lang="en"), "doc.md")
    return prose_alerts(sop)


def test_a_rule_pattern_may_hold_a_control_character(tmp_path: Path) -> None:
    """Front matter refuses control characters; a rule's pattern is no text people read."""
    rule = 'extends: existence\nmessage: "%s"\nlevel: warning\nraw: ["ASAP\\r?"]\n'
    assert [a[3] for a in run(tmp_path, rule, "Reply ASAP.\n")] == ["ASAP"]


def test_the_searches_of_one_file_share_one_deadline(tmp_path: Path) -> None:
    """A fresh limit per paragraph or per match let a pattern that takes just under it
    (0.13 s a paragraph) run for an hour on a large file: once the file's deadline has
    passed, the next search of the rule stops at once."""
    import time

    write_tree(tmp_path, {"styles/Test/Rule.yml": EXISTENCE})
    rule = compile_rule(
        "Test.Rule", tmp_path / "styles/Test/Rule.yml",
        {"extends": "existence", "message": "'%s'", "tokens": ["ASAP"]},
    )  # fmt: skip
    text = "Reply ASAP.\n"
    assert [m.slow for m in rule.run(text, None, time.monotonic() + 60)] == [False]
    [stopped] = rule.run(text, None, time.monotonic() - 1)
    assert stopped.slow and "stopped here" in stopped.message


#: Text built to make a pattern backtrack: long runs of what word lists and word counts
#: read (letters, hyphens, apostrophes, the hedges' own words), with no place to end well.
_HOSTILE = [
    "a" * 200_000 + "!",
    "a-" * 100_000,
    "a'" * 100_000,
    "should not " * 20_000,
    "customers " * 20_000 + "may",
    "in a timely " * 20_000,
    "zo snel mogelijk " * 10_000 + "x" * 10_000,
    ("ä" * 50 + " ") * 4_000,
]


def _proven_linear(pattern: Any, seconds: float = 5) -> bool:
    """True when every search of ``pattern`` over the hostile texts ends within
    ``seconds`` (a linear pattern takes milliseconds there; a backtracking one, years)."""
    try:
        for text in _HOSTILE:
            for _ in pattern.finditer(text, timeout=seconds):
                pass
    except TimeoutError:
        return False
    return True


def test_sopkits_own_rules_search_without_a_time_limit_because_they_cannot_backtrack() -> None:
    """The ``regex`` package's limit makes each search about four times slower, so the
    shipped rules go without it; this proves, rule by rule, that they may."""
    from sopkit.vale.config import BUILTIN_STYLES
    from sopkit.vale.rules import ValeRule, load_rule

    files = sorted(BUILTIN_STYLES.glob("*/*.yml"))
    assert len(files) >= 12
    for path in files:
        rule = load_rule(path, path.parent.name)
        assert isinstance(rule, ValeRule) and not rule.limited, path.name
        patterns = [rule.pattern, rule.exceptions, *(key for key, _ in rule.swaps)]
        for pattern in patterns:
            if pattern is not None:
                assert _proven_linear(pattern), f"{path.name}: {pattern.pattern[:80]}"


def test_the_proof_of_linear_patterns_can_fail() -> None:
    import regex

    assert not _proven_linear(regex.compile(r"(?:a|aa)+$"), seconds=0.5)
    assert not _proven_linear(regex.compile(r"(?:\w+-?)+$"), seconds=0.5)


def test_a_rule_changed_by_one_character_keeps_its_time_limit(tmp_path: Path) -> None:
    """Only sopkit's own files, letter for letter (also as ``vale-ini --vendor`` copies
    them), search without a limit: a project's edit could make any pattern backtrack."""
    from sopkit.vale.config import BUILTIN_STYLES
    from sopkit.vale.rules import ValeRule, load_rule

    shipped = (BUILTIN_STYLES / "SOP" / "SentenceLength.yml").read_text(encoding="utf-8")
    copy = tmp_path / "styles" / "SOP" / "SentenceLength.yml"
    copy.parent.mkdir(parents=True)
    copy.write_text(shipped, encoding="utf-8")
    same = load_rule(copy, "SOP")
    assert isinstance(same, ValeRule) and not same.limited
    copy.write_text(shipped.replace("max: 25", "max: 24"), encoding="utf-8")
    changed = load_rule(copy, "SOP")
    assert isinstance(changed, ValeRule) and changed.limited


def test_a_backtracking_token_in_a_copy_of_a_shipped_rule_is_stopped(tmp_path: Path) -> None:
    """A project that edits sopkit's word count into a slow one gets SOP309, as with any
    rule of its own."""
    from sopkit.vale.config import BUILTIN_STYLES

    shipped = (BUILTIN_STYLES / "SOP" / "SentenceLength.yml").read_text(encoding="utf-8")
    slow = re.sub(r"(?m)^token: .*$", "token: '(?:\\\\d|\\\\d\\\\d)+$'", shipped)
    assert slow != shipped
    ini = INI.replace("BasedOnStyles = Test", "BasedOnStyles = SOP")
    write_tree(tmp_path, {"styles/SOP/SentenceLength.yml": slow})
    alerts = _alerts(tmp_path, EXISTENCE, SLOW_TEXT, ini)
    assert [(a.code, a.line) for a in alerts] == [("SOP309", 3)]


def test_a_long_list_that_runs_out_of_time_is_not_said_to_backtrack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """200,000 plain words were reported as a pattern that "backtracks"; the list's length
    is what is slow. The time limit is taken away here, so the search stops at once."""
    import sopkit.vale.rules as rules

    monkeypatch.setattr(rules, "search_seconds", lambda text: 0.0)
    words = [f"word{n}" for n in range(rules.LARGE_LIST)]
    long_list = 'extends: existence\nmessage: "%s"\nlevel: warning\ntokens:\n' + "".join(
        f"  - {word}\n" for word in words
    )
    [alert] = _alerts(tmp_path, long_list, SLOW_TEXT)
    assert alert.code == "SOP309" and "backtracks" not in alert.message
    assert f"lists {rules.LARGE_LIST:,} alternatives" in alert.message
    [alert] = _alerts(tmp_path, SLOW_DIGITS, SLOW_TEXT)
    assert "'raw' in Rule.yml (line 4) backtracks" in alert.message
    # reject.txt is no rule file to split: the message says what to do with it instead
    vocab_ini = INI.replace("MinAlertLevel", "Vocab = Team\nMinAlertLevel").replace(
        "BasedOnStyles = Test", "BasedOnStyles = Vale, Test"
    )
    rejected = {"styles/config/vocabularies/Team/reject.txt": "\n".join(words)}
    alerts = _alerts(tmp_path, EXISTENCE, SLOW_TEXT, vocab_ini, rejected)
    [alert] = [a for a in alerts if a.rule == "Vale.Avoid"]
    assert alert.code == "SOP309"
    assert "The pattern of the reject.txt terms of the vocabulary" in alert.message
    assert "shorten reject.txt, or move its terms into existence rules" in alert.message
