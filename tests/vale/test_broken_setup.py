"""A broken Vale setup stops sopkit with exit 2 and a message that names the file, the line
and the fix: never a traceback (exit 3), never a silent skip.

The issue this guards: a Latin-1 `.vale.ini`, `tokens: 5`, `swap: {5: 6}` and `(unclosed`
in `accept.txt` crashed sopkit (exit 3); `max: lots` turned every SOP into SOP001;
`MinAlertLevel = loud`, `SOP.HedgingEn = maybe` and `scope: nowhere` were taken without a
word; and an empty `.vale.ini` switched every wording rule off in silence.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result

from sopkit.lint.examples import example
from sopkit.vale.config import BUILTIN_STYLES, load_vale_config
from tests.conftest import REPO, write_tree

CliRun = Callable[..., Result]
INI = "StylesPath = styles\nMinAlertLevel = suggestion\n\n[*.md]\nBasedOnStyles = Test\n"
SOP = example("en", body="## Steps\n\n1. Reply ASAP and you should try to help.\n")


@pytest.fixture(autouse=True)
def _fresh_config() -> Iterator[None]:
    """Each test writes its own setup: read it afresh (the engine caches per folder)."""
    load_vale_config.cache_clear()
    yield
    load_vale_config.cache_clear()


def _lint(run_cli: CliRun, tmp_path: Path, files: dict[str, str | bytes]) -> Result:
    write_tree(tmp_path, {"sop/phone/x.md": SOP, **files})
    return run_cli("lint", "--no-cache")


# --- .vale.ini -------------------------------------------------------------------------

LATIN_1 = b"# caf\xe9\nStylesPath = styles\n[*.md]\nBasedOnStyles = SOP\n"


@pytest.mark.parametrize("command", ["lint", "vale-ini"])
def test_a_vale_ini_that_is_not_utf8_names_the_file_and_the_fix(
    run_cli: CliRun, tmp_path: Path, command: str
) -> None:
    write_tree(tmp_path, {".vale.ini": LATIN_1, "sop/phone/x.md": SOP})
    result = run_cli(command)
    assert result.exit_code == 2
    assert ".vale.ini:1: not valid UTF-8 (byte 0xe9): save the file as UTF-8" in result.output


def test_build_stops_on_a_vale_ini_that_is_not_utf8(tmp_path: Path) -> None:
    write_tree(tmp_path, {".vale.ini": LATIN_1, "sop/phone/x.md": SOP, "mkdocs.yml": (
        "site_name: Standards\ndocs_dir: sop\ntheme:\n  name: material\nplugins:\n  - sopkit\n"
    )})  # fmt: skip
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run([sys.executable, "-m", "sopkit", "build"], cwd=tmp_path,
                          capture_output=True, text=True, env=env)  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert ".vale.ini:1: not valid UTF-8 (byte 0xe9): save the file as UTF-8" in done.stderr


@pytest.mark.parametrize(
    ("ini", "message"),
    [
        (INI.replace("suggestion", "loud"),
         ".vale.ini:2: MinAlertLevel = loud: write suggestion, warning or error"),
        (INI + "Test.Rule = maybe\n",
         ".vale.ini:6: Test.Rule = maybe: write YES, NO, suggestion, warning or error, exactly so"),
        # Vale reads `yes` as NO: sopkit must not read it as YES.
        (INI + "Test.Rule = yes\n", ".vale.ini:6: Test.Rule = yes: write YES, NO"),
        (INI + "Test.Rule = Error\n", ".vale.ini:6: Test.Rule = Error: write YES, NO"),
        (INI.replace("= Test", "= ../../../etc"),  # read rules from outside StylesPath
         ".vale.ini:5: BasedOnStyles = '../../../etc': a style is a folder name in StylesPath"),
        (INI + "garbage\n",  # the line as in the file, not one further down
         ".vale.ini:6: 'garbage' is neither 'Key = value' nor a [section] header"),
    ],
)  # fmt: skip
def test_a_value_vale_does_not_know_in_the_ini_names_its_line(
    run_cli: CliRun, tmp_path: Path, ini: str, message: str
) -> None:
    result = _lint(run_cli, tmp_path, {".vale.ini": ini, "styles/Test/Rule.yml": EXISTENCE})
    assert result.exit_code == 2
    assert message in result.output


def test_the_values_vale_accepts_in_the_ini_still_work(run_cli: CliRun, tmp_path: Path) -> None:
    """Quotes and comments after a space are Vale's ini syntax; `no` turns a rule off in
    Vale too; the five exact switch values all work."""
    ini = (
        'StylesPath = "styles"\nMinAlertLevel = warning # only warnings and errors\n\n'
        "[*.md]\nBasedOnStyles = Test\nTest.Rule = error ; as an error\nTest.Off = no\n"
        "Test.On = YES\n\n[formats]\nmdx = md\n"
    )
    result = _lint(run_cli, tmp_path, {
        ".vale.ini": ini, "styles/Test/Rule.yml": EXISTENCE,
        "styles/Test/Off.yml": EXISTENCE.replace("ASAP", "help"),
        "styles/Test/On.yml": EXISTENCE.replace("ASAP", "Reply"),
    })  # fmt: skip
    assert result.exit_code == 1, result.output
    assert "'ASAP' (Test.Rule)" in result.output and "'Reply' (Test.On)" in result.output
    assert "Test.Off" not in result.output


@pytest.mark.parametrize(
    ("switch", "message"),
    [
        ("Test.rule = NO", ".vale.ini:6: Test.rule: no such rule (styles/Test has no rule.yml): "
                           "did you mean Test.Rule?"),
        ("Test.Later = YES", ".vale.ini:6: Test.Later: no such rule (styles/Test has no "
                             "Later.yml): fix the rule's name, or remove the line"),
        ("Tset.Rule = NO", ".vale.ini:6: Tset.Rule: styles has no Tset folder, so there is no "
                           "such rule"),
        ("Vale.Spellin = NO", ".vale.ini:6: Vale.Spellin: no such rule (Vale's built-in rules "
                              "are Vale.Avoid, Vale.Repetition, Vale.Spelling, Vale.Terms): "
                              "did you mean Vale.Spelling?"),
    ],
)  # fmt: skip
def test_a_switch_that_names_no_rule_names_its_line_and_the_nearest_rule(
    run_cli: CliRun, tmp_path: Path, switch: str, message: str
) -> None:
    """Vale ignores such a line: a typo in `SOP.HedgingEn = NO` left the rule on."""
    result = _lint(run_cli, tmp_path, {
        ".vale.ini": INI + switch + "\n", "styles/Test/Rule.yml": EXISTENCE,
    })  # fmt: skip
    assert result.exit_code == 2
    assert message in result.output.replace(str(tmp_path) + "/", "")


# --- rule files ------------------------------------------------------------------------

EXISTENCE = "extends: existence\nmessage: \"'%s'\"\nlevel: warning\ntokens:\n  - ASAP\n"


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("extends: existence\nmessage: x\ntokens: 5\n", "Rule.yml:3: 'tokens' must be a list, got 5"),
        ("extends: existence\nmessage: x\ntokens: ASAP\n",  # was read letter by letter
         "Rule.yml:3: 'tokens' must be a list, got 'ASAP'"),
        ("extends: existence\nmessage: x\nraw: 5\n", "Rule.yml:3: 'raw' must be a list, got 5"),
        ("extends: existence\nmessage: x\ntokens: [a]\nexceptions: 5\n",
         "Rule.yml:4: 'exceptions' must be a list, got 5"),
        ("extends: existence\nmessage: x\ntokens: {a: 1}\n", "Rule.yml:3: 'tokens' must be a list"),
        ("extends: existence\nmessage: x\ntokens: [[a]]\n",
         "Rule.yml:3: 'tokens' holds ['a'], not a word or a regular expression"),
        ("extends: existence\nmessage: x\ntokens: [yes]\n",
         "Rule.yml:3: 'tokens' holds True, not a word or a regular expression: quote it"),
        ("extends: existence\nmessage: x\ntokens: [a, '(b']\n",
         "Rule.yml:3: 'tokens': invalid regular expression '(b' (missing ) at position 2)"),
        # a typo of the one key the rule needs
        ("extends: existence\nmessage: x\ntokenz: [a]\n",
         "Rule.yml:3: an existence rule needs 'tokens' or 'raw': 'tokenz' is not a Vale key; "
         "did you mean 'tokens'?"),
        # thirty characters took 69 s: a repetition of a repetition backtracks exponentially
        ("extends: existence\nmessage: x\nraw:\n  - (a+)+$\n",
         "Rule.yml:3: 'raw': the regular expression '(a+)+$' holds a repetition of a repetition"),
        ("extends: existence\nmessage: x\ntokens: [ok, '(?:x*|y)*']\n",
         "Rule.yml:3: 'tokens': the regular expression '(?:x*|y)*' holds a repetition"),
        ("extends: substitution\nmessage: x\nswap: [a]\n",
         "Rule.yml:3: 'swap' must be a mapping of each word to its replacement"),
        ("extends: substitution\nmessage: x\nswap: {a: [b]}\n",
         "Rule.yml:3: 'swap' holds 'a': ['b']: a word and its replacement must be text"),
        ("extends: occurrence\nmessage: x\ntoken: a\nmax: lots\n",
         "Rule.yml:4: 'max' must be a whole number, got 'lots'"),
        # quoted signs and digits Go does not read: "+-3" and "²" crashed int()
        ("extends: occurrence\nmessage: x\ntoken: a\nmax: '+-3'\n",
         "Rule.yml:4: 'max' must be a whole number, got '+-3'"),
        ("extends: occurrence\nmessage: x\ntoken: a\nmax: '²'\n",
         "Rule.yml:4: 'max' must be a whole number, got '²'"),
        ("extends: occurrence\nmessage: x\ntoken: a\nmin: [1]\n",
         "Rule.yml:4: 'min' must be a whole number"),
        ("extends: occurrence\nmessage: x\ntoken: [a]\n", "Rule.yml:3: 'token' must be text"),
        ("extends: existence\nmessage: [x]\ntokens: [a]\n", "Rule.yml:2: 'message' must be text"),
        ("extends: existence\nmessage: x\nignorecase: maybe\ntokens: [a]\n",
         "Rule.yml:3: 'ignorecase' must be true or false, got 'maybe'"),
        ("extends: existence\nmessage: x\nnonword: {}\ntokens: [a]\n",
         "Rule.yml:3: 'nonword' must be true or false"),
        ("extends: existence\nmessage: x\nappend: [1]\ntokens: [a]\nraw: [b]\n",
         "Rule.yml:3: 'append' must be true or false"),
        ("extends: existence\nmessage: x\nvocab: often\ntokens: [a]\n",
         "Rule.yml:3: 'vocab' must be true or false"),
        ("extends: existence\nmessage: x\ntokens: [a]\nscope: nowhere\n",
         "Rule.yml:4: 'scope' must be a Vale scope, got 'nowhere': use text, heading"),
        ("extends: existence\nmessage: x\ntokens: [a]\nscope: [heading, nowhere]\n",
         "Rule.yml:4: 'scope' must be a Vale scope, got 'nowhere'"),
        ("extends: existence\nmessage: x\ntokens: [a]\nscope: 5\n",
         "Rule.yml:4: 'scope' must be a Vale scope or a list of them, got 5"),
        ("extends: existence\nmessage: x\ntokens: [a]\nlink: [x]\n", "Rule.yml:4: 'link' must be text"),
        ("extends: existence\nmessage: x\ntokens: [a]\naction: x\n",
         "Rule.yml:4: 'action' must be a mapping"),
        ("extends: existence\nmessage: x\ntokens: [a]\nlimit: many\n",
         "Rule.yml:4: 'limit' must be a whole number"),
        ("extends: existence\nmessage: x\ntokens: [a]\nlevel: loud\n",
         "Rule.yml:4: 'level' must be one of suggestion, warning, error, got 'loud'"),
        ("extends: existence\nmessage: 2021-02-30\ntokens: [a]\n",
         "Rule.yml:2: invalid YAML value: '2021-02-30' is not a date"),
        ("extends: existence\nmessage: x\ntokens: " + "[" * 3000 + "]" * 3000 + "\n",
         "Rule.yml: invalid YAML: nested too deeply: write it flat"),
    ],
)  # fmt: skip
def test_a_wrong_value_in_a_rule_names_the_file_line_key_and_fix(
    run_cli: CliRun, tmp_path: Path, rule: str, message: str
) -> None:
    result = _lint(run_cli, tmp_path, {".vale.ini": INI, "styles/Test/Rule.yml": rule})
    assert result.exit_code == 2, result.output
    assert message in result.output


def test_max_lots_stops_lint_instead_of_failing_every_sop(run_cli: CliRun, tmp_path: Path) -> None:
    """It passed loading and failed on each SOP as SOP001 ("could not check this file")."""
    rule = "extends: occurrence\nmessage: x\ntoken: a\nmax: lots\n"
    result = _lint(run_cli, tmp_path, {".vale.ini": INI, "styles/Test/Rule.yml": rule})
    assert result.exit_code == 2
    assert "SOP001" not in result.output


def _alerts(run_cli: CliRun, tmp_path: Path, rule: str, body: str, ini: str = INI) -> list[str]:
    """The messages of the SOP300 findings the rule ``Test.Rule`` gives on ``body``."""
    files: dict[str, str | bytes] = {".vale.ini": ini, "styles/Test/Rule.yml": rule,
                                     "sop/phone/x.md": example("en", body=body)}  # fmt: skip
    write_tree(tmp_path, files)
    result = run_cli("lint", "--no-cache", "--format", "json")
    assert result.exit_code in (0, 1), result.output
    findings = json.loads(result.stdout)["findings"]
    return [f["message"] for f in findings if f["rule"] == "SOP300"]


@pytest.mark.parametrize(
    ("rule", "body", "messages"),
    [
        # Vale reads numbers as text: 911 is a word to swap, 2FA a token.
        ("extends: substitution\nmessage: \"'%s', not '%s'\"\nswap: {5: 6, 911: 112}\n",
         "1. Dial 911 or 5.\n", ["'112', not '911' (Test.Rule)", "'6', not '5' (Test.Rule)"]),
        ("extends: existence\nmessage: \"'%s'\"\ntokens: [24, 2FA]\n",
         "1. Use 2FA, 24 hours a day.\n", ["'2FA' (Test.Rule)", "'24' (Test.Rule)"]),
        # A quoted "false" is false in Vale; it was read as true.
        ("extends: existence\nmessage: \"'%s'\"\nignorecase: 'false'\ntokens: [asap]\n",
         "1. Reply ASAP, not asap.\n", ["'asap' (Test.Rule)"]),
        # As in Vale, a max of 0 is no limit (it alerted on every span), and "2" is 2.
        ("extends: occurrence\nmessage: many\nmax: 0\ntoken: ','\n", "1. A, b, c.\n", []),
        ("extends: occurrence\nmessage: many\nmax: '2'\ntoken: ','\n", "1. A, b, c, d.\n",
         ["many (Test.Rule)"]),
        # Scopes Vale documents: a list of one, a format part, negation, conjunction.
        ("extends: existence\nmessage: \"'%s'\"\nscope: [heading]\ntokens: [Bad]\n",
         "# Bad title\n\n1. Bad step.\n", ["'Bad' (Test.Rule)"]),
        ("extends: existence\nmessage: \"'%s'\"\nscope: heading.md\ntokens: [Bad]\n",
         "# Bad title\n\n1. Bad step.\n", ["'Bad' (Test.Rule)"]),
        ("extends: existence\nmessage: \"'%s'\"\nscope: ~blockquote & text.md\ntokens: [Bad]\n",
         "1. Bad step.\n", ["'Bad' (Test.Rule)"]),
    ],
)  # fmt: skip
def test_values_vale_reads_are_read_as_vale_reads_them(
    run_cli: CliRun, tmp_path: Path, rule: str, body: str, messages: list[str]
) -> None:
    assert sorted(_alerts(run_cli, tmp_path, rule, body)) == sorted(messages)


# --- vocabularies ----------------------------------------------------------------------

VOCAB_INI = INI.replace("MinAlertLevel", "Vocab = Team\nMinAlertLevel")


@pytest.mark.parametrize("name", ["accept.txt", "reject.txt"])
def test_a_broken_vocabulary_line_names_the_file_and_line(
    run_cli: CliRun, tmp_path: Path, name: str
) -> None:
    result = _lint(run_cli, tmp_path, {
        ".vale.ini": VOCAB_INI, "styles/Test/Rule.yml": EXISTENCE,
        f"styles/config/vocabularies/Team/{name}": "# our terms\nNorthwind\n(unclosed\n",
    })  # fmt: skip
    assert result.exit_code == 2
    assert (
        f"vocabularies/Team/{name}:3: '(unclosed' is not a valid regular expression "
        "(missing ) at position 9): put a backslash before"
    ) in result.output


def test_a_vocabulary_that_is_not_utf8_names_the_file(run_cli: CliRun, tmp_path: Path) -> None:
    result = _lint(run_cli, tmp_path, {
        ".vale.ini": VOCAB_INI, "styles/Test/Rule.yml": EXISTENCE,
        "styles/config/vocabularies/Team/accept.txt": b"Northwind\nCaf\xe9\n",
    })  # fmt: skip
    assert result.exit_code == 2
    assert "accept.txt:2: not valid UTF-8 (byte 0xe9): save the file as UTF-8" in result.output


def test_a_case_insensitive_accepted_term_works_as_in_vale(run_cli: CliRun, tmp_path: Path) -> None:
    """`(?i)term` is common in vocabularies (Vale's own test vocabulary has `(?i)GitHub`);
    joined with the other terms it stopped Python's `re` ("global flags not at the start")."""
    write_tree(tmp_path, {"styles/config/vocabularies/Team/accept.txt": "Northwind\n(?i)asap\n"})
    rule = "extends: existence\nmessage: \"'%s'\"\ntokens: ['[A-Z]{2,}']\n"
    alerts = _alerts(run_cli, tmp_path, rule, "1. Reply ASAP in the CRM.\n", VOCAB_INI)
    assert alerts == ["'CRM' (Test.Rule)"]  # ASAP is accepted, in any case


# --- setup files that are no readable text file ------------------------------------------

NOT_REGULAR = "not a regular file (a folder, a device, a pipe or a link to one)"


def _pipe(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)


def _endless(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to("/dev/zero")


def _folder(path: Path) -> None:
    path.mkdir(parents=True)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("styles/Test/Waiting.yml", _pipe),  # lint waited for ever
        ("styles/config/vocabularies/Team/accept.txt", _endless),  # filled the memory
        ("styles/config/vocabularies/Team/reject.txt", _folder),  # taken for no list
        (".vale.ini", _folder),  # taken for no .vale.ini: the built-in style ran
    ],
)
def test_a_setup_file_that_is_no_text_file_is_refused_in_time(
    tmp_path: Path, name: str, make: Callable[[Path], None]
) -> None:
    write_tree(tmp_path, {"sop/phone/x.md": SOP, "styles/Test/Rule.yml": EXISTENCE})
    if name != ".vale.ini":
        write_tree(tmp_path, {".vale.ini": VOCAB_INI})
    make(tmp_path / name)
    done = subprocess.run(
        [sys.executable, "-m", "sopkit", "lint"], cwd=tmp_path, capture_output=True,
        text=True, timeout=120, env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")},
    )  # fmt: skip
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"{tmp_path / name}: {NOT_REGULAR}" in done.stderr


def test_a_rule_file_over_the_size_limit_is_refused(
    run_cli: CliRun, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sopkit.vale import files

    monkeypatch.setattr(files, "MAX_VALE_FILE_BYTES", 200)
    padded = EXISTENCE + "# " + "x" * 200 + "\n"
    result = _lint(run_cli, tmp_path, {".vale.ini": INI, "styles/Test/Rule.yml": padded})
    assert result.exit_code == 2
    assert "Rule.yml: the file is larger than 200 bytes, more than any Vale rule" in result.output


# --- a .vale.ini that turns nothing on ---------------------------------------------------


@pytest.fixture
def vendored(tmp_path: Path) -> Path:
    """A project with sopkit's style copied into styles/, as `vale-ini --vendor` does."""
    shutil.copytree(BUILTIN_STYLES, tmp_path / "styles")
    write_tree(tmp_path, {"sop/phone/x.md": SOP})
    return tmp_path


@pytest.mark.parametrize(
    "ini",
    ["", "StylesPath = styles\n", "StylesPath = styles\n\n[*.txt]\nBasedOnStyles = SOP\n",
     "[*.md]\nBasedOnStyles =\nSOP.HedgingEn = NO\n"],
)  # fmt: skip
def test_a_vale_ini_that_turns_nothing_on_says_so(
    run_cli: CliRun, vendored: Path, ini: str
) -> None:
    """An empty .vale.ini is what `sopkit vale-ini --vendor styles/ > .vale.ini` leaves
    when the command refuses: the shell empties the file before sopkit runs."""
    write_tree(vendored, {".vale.ini": ini})
    result = run_cli("lint", "--no-cache")
    assert result.exit_code == 0
    assert "SOP302" not in result.output  # "ASAP" is not checked: nothing is on...
    assert (
        "1:1     warning .vale.ini turns on no Vale style for this file, so no wording rule "
        "(SOP300 to SOP306) checks it: regenerate the file with `sopkit vale-ini > .vale.ini`"
    ) in result.output  # ... and lint says so


def test_a_regenerated_vale_ini_checks_the_wording_again(run_cli: CliRun, vendored: Path) -> None:
    write_tree(vendored, {".vale.ini": (REPO / ".vale.ini").read_text(encoding="utf-8")})
    result = run_cli("lint", "--no-cache", "--format", "json")
    rules = [f["rule"] for f in json.loads(result.stdout)["findings"]]
    assert "SOP307" not in rules
    assert "SOP302" in rules and "SOP301" in rules


def test_a_team_that_runs_only_its_own_style_gets_no_warning(
    run_cli: CliRun, tmp_path: Path
) -> None:
    result = _lint(run_cli, tmp_path, {".vale.ini": INI, "styles/Test/Rule.yml": EXISTENCE})
    assert "SOP307" not in result.output and "(Test.Rule)" in result.output
