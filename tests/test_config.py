"""Settings come from the sopkit plugin section of mkdocs.yml or from [tool.sopkit]."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from sopkit.config import DEFAULT_TOUCHPOINTS, load_settings
from sopkit.errors import ConfigError
from sopkit.lint.examples import example
from tests.conftest import write_tree


def test_defaults_without_configuration(tmp_path: Path) -> None:
    settings = load_settings(cwd=tmp_path)
    assert settings.touchpoints == DEFAULT_TOUCHPOINTS
    assert settings.default_lang == "en"
    assert settings.sop_path == tmp_path / "sop"
    assert settings.source is None


def test_pyproject_table(tmp_path: Path) -> None:
    write_tree(tmp_path, {"pyproject.toml": """
[tool.sopkit]
sop_dir = "procedures"
default_lang = "de"
touchpoints = ["phone", "kiosk"]
rules = { SOP103 = "off", "unknown-key" = "error" }
vague_terms = { de = ["fix"], "*" = ["pronto"] }
"""})  # fmt: skip
    settings = load_settings(cwd=tmp_path)
    assert settings.sop_path == tmp_path / "procedures"
    assert settings.default_lang == "de"
    assert settings.touchpoints == ("phone", "kiosk")
    assert settings.rules == {"SOP103": "off", "SOP004": "error"}
    assert settings.vague_terms == {"de": ("fix",), "*": ("pronto",)}


def test_mkdocs_plugin_section_with_python_tags(tmp_path: Path) -> None:
    write_tree(tmp_path, {"mkdocs.yml": """
site_name: KB
docs_dir: sop
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
plugins:
  - search
  - sopkit:
      default_lang: nl
      rules:
        SOP004: off
"""})  # fmt: skip
    settings = load_settings(cwd=tmp_path)
    assert settings.default_lang == "nl"
    assert settings.rules == {"SOP004": "off"}
    assert settings.sop_path == tmp_path / "sop"


@pytest.mark.parametrize(
    "tag",
    ['!!python/object/apply:os.system ["touch PWNED"]', "!!python/module:os",
     "!!python/object/new:os.system [x]", "!!python/object:os.PathLike {}"],
)  # fmt: skip
def test_a_tag_that_runs_code_is_refused_before_mkdocs_reads_it(tmp_path: Path, tag: str) -> None:
    """MkDocs' loader ran ``!!python/object/apply:os.system`` when a pull request's
    ``mkdocs.yml`` was built; ``!!python/name:`` (above) only names a function."""
    write_tree(tmp_path, {"mkdocs.yml": f"site_name: KB\nsite_dir: {tag}\nplugins: [sopkit]\n"})
    with pytest.raises(ConfigError) as raised:
        load_settings(cwd=tmp_path)
    assert raised.value.line == 2
    assert "makes MkDocs run or import Python code" in raised.value.message
    assert not (tmp_path / "PWNED").exists()


def test_a_huge_mkdocs_yml_is_refused_unread(tmp_path: Path) -> None:
    write_tree(tmp_path, {"mkdocs.yml": "site_name: KB\nplugins: [sopkit]\n#" + "x" * 5_000_001})
    with pytest.raises(ConfigError, match="larger than 5,000,000 bytes"):
        load_settings(cwd=tmp_path)


def test_mkdocs_without_the_plugin_falls_back_to_pyproject(tmp_path: Path) -> None:
    write_tree(tmp_path, {
        "mkdocs.yml": "site_name: KB\nplugins: [search]\n",
        "pyproject.toml": "[tool.sopkit]\ndefault_lang = 'de'\n",
    })  # fmt: skip
    assert load_settings(cwd=tmp_path).default_lang == "de"


@pytest.mark.parametrize(
    ("files", "words", "line"),
    [
        ({"pyproject.toml": "[tool.sopkit]\ndefault_lang = 'fr'\n"}, "default_lang", 2),
        (
            {"pyproject.toml": "[tool.sopkit]\ntouchpoint = ['x']\n"},
            "did you mean 'touchpoints'",
            2,
        ),
        ({"pyproject.toml": "[tool.sopkit]\nrules = { SOP999 = 'off' }\n"}, "unknown rule", 2),
        ({"pyproject.toml": "[tool.sopkit]\nrules = { SOP101 = 'loud' }\n"}, "severity", 2),
        (
            {"pyproject.toml": "[tool.sopkit]\nrules = { SOP001 = 'off' }\n"},
            "cannot be turned off",
            2,
        ),
        ({"pyproject.toml": "[tool.sopkit]\ntouchpoints = 'phone'\n"}, "non-empty list", 2),
        (
            {"pyproject.toml": "[tool.sopkit]\ntouchpoints = ['phone', 'télé']\n"},
            "'télé' is not a touchpoint name: use lowercase letters a-z",
            2,
        ),
        (
            {"pyproject.toml": "[tool.sopkit]\nvague_terms = { fr = ['x'] }\n"},
            "unknown language",
            2,
        ),
        ({"pyproject.toml": "[tool.sopkit\n"}, "invalid TOML", None),
        # 1,000 arrays deep crashed sopkit (RecursionError, exit 3)
        (
            {"pyproject.toml": "[tool.other]\nx = " + "[" * 1000 + "]" * 1000 + "\n"},
            "nested too deep",
            None,
        ),
        # a number past 4,300 digits in any table crashed every command (ValueError, exit 3)
        (
            {"pyproject.toml": "[tool.other]\nname = 'x'\nx = " + "9" * 5000 + "\n"},
            "more than 4,300 digits",
            3,
        ),
        ({"mkdocs.yml": "site_name: [x\n"}, "invalid YAML", 2),
        (
            {
                "mkdocs.yml": "site_name: x\nplugins:\n  - sopkit\n",
                "pyproject.toml": "[tool.sopkit]\ndefault_lang = 'de'\n",
            },
            "both",
            1,
        ),
    ],
)
def test_bad_configuration_names_file_line_and_fix(
    tmp_path: Path, files: dict[str, str], words: str, line: int | None
) -> None:
    write_tree(tmp_path, files)
    with pytest.raises(ConfigError) as caught:
        load_settings(cwd=tmp_path)
    assert words in caught.value.message
    assert caught.value.line == line
    assert caught.value.exit_code == 2


def test_severity_override_changes_the_report(lint_tree) -> None:
    files = {"x.md": example("en", ownr="x")}
    assert [f.severity for f in lint_tree(files).findings] == ["warning"]
    assert [f.severity for f in lint_tree(files, rules={"SOP004": "error"}).findings] == ["error"]
    assert lint_tree(files, rules={"SOP004": "off"}).findings == []


def test_touchpoint_vocabulary_is_configurable(lint_tree) -> None:
    files = {"x.md": example("en", touchpoint="kiosk")}
    assert [f.rule for f in lint_tree(files).findings] == ["SOP007"]
    assert lint_tree(files, touchpoints=("kiosk", "phone")).findings == []


def test_default_language_applies_to_sops_without_lang(lint_tree) -> None:
    from sopkit.lint.examples import DROP

    files = {"x.md": example("de", lang=DROP, metric="Anfragen zeitnah beantworten")}
    result = lint_tree(files, default_lang="de")
    assert "'zeitnah'" in result.findings[0].message


@pytest.mark.parametrize(
    "option",
    ["enabled: true", "compact_nav: false", "location_redirect_files: true", "cache: false",
     "cache_dir: .cache/templates"],
)  # fmt: skip
def test_site_only_plugin_options_are_accepted_by_lint(tmp_path: Path, option: str) -> None:
    write_tree(tmp_path, {"mkdocs.yml": f"""
site_name: KB
docs_dir: sop
plugins:
  - sopkit:
      default_lang: de
      {option}
"""})  # fmt: skip
    assert load_settings(cwd=tmp_path).default_lang == "de"


@pytest.mark.parametrize(
    ("cache_dir", "refused"),
    [
        ("sop/cache", r"mkdocs\.yml:6: sopkit setting 'cache_dir': .*/sop/cache is inside "
                      r"docs_dir"),
        (".", r"mkdocs\.yml:6: sopkit setting 'cache_dir': .* holds files sopkit did not write"),
        ("mine", r"mkdocs\.yml:6: sopkit setting 'cache_dir': .*/mine holds files sopkit did not "
                 r"write \('notes.txt'\)"),
        # a file, or a folder below one: lint passed, the build stopped ("File exists")
        ("mkdocs.yml", r"mkdocs\.yml:6: sopkit setting 'cache_dir': .*mkdocs\.yml cannot be made: "
                       r".*mkdocs\.yml is a file, not a folder"),
        ("mine/notes.txt/cache", r"cannot be made: .*/mine/notes\.txt is a file, not a folder"),
    ],
)  # fmt: skip
def test_lint_refuses_a_cache_dir_the_build_would_refuse(
    tmp_path: Path, cache_dir: str, refused: str
) -> None:
    """'cache_dir: /' passed lint (which keeps its cache elsewhere) and stopped the build."""
    write_tree(tmp_path, {"mkdocs.yml": f"""
site_name: KB
docs_dir: sop
plugins:
  - sopkit:
      cache_dir: {cache_dir}
""", "mine/notes.txt": "mine", "sop/x.md": example("en")})  # fmt: skip
    with pytest.raises(ConfigError, match=refused):
        load_settings(cwd=tmp_path)
    assert not (tmp_path / "sop/cache").exists()
    assert sorted(p.name for p in (tmp_path / "mine").iterdir()) == ["notes.txt"]


@pytest.mark.parametrize("cache_dir", ["mine\n      cache: false", "new/folder", "tagged"])
def test_lint_accepts_a_cache_dir_of_sopkit_s_own_and_writes_nothing(
    tmp_path: Path, cache_dir: str
) -> None:
    write_tree(tmp_path, {"mkdocs.yml": f"""
site_name: KB
docs_dir: sop
plugins:
  - sopkit:
      cache_dir: {cache_dir}
""", "mine/notes.txt": "mine", "tagged/other": "x",
        "tagged/CACHEDIR.TAG": "Signature: 8a477f597d28d172789f06886806bc55\n"})  # fmt: skip
    assert load_settings(cwd=tmp_path).default_lang == "en"
    assert not (tmp_path / "new").exists()


def test_site_only_options_are_unknown_in_pyproject(tmp_path: Path) -> None:
    write_tree(tmp_path, {"pyproject.toml": "[tool.sopkit]\ncache = false\n"})
    with pytest.raises(ConfigError, match="'cache': unknown setting"):
        load_settings(cwd=tmp_path)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        ("yesterday", "is not a date: use YYYY-MM-DD"),
        ("0001-01-01", "out of range: use a date from 1900-01-01 to 8999-12-31"),
        ("9999-12-31", "out of range: use a date from 1900-01-01 to 8999-12-31"),
    ],
)
def test_sopkit_today_must_be_a_date_reviews_can_count_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, today: str, expected: str
) -> None:
    # 0001-01-01 passed lint and stopped the build with an OverflowError (exit 3).
    monkeypatch.setenv("SOPKIT_TODAY", today)
    with pytest.raises(ConfigError, match=expected):
        load_settings(None, tmp_path)
    monkeypatch.setenv("SOPKIT_TODAY", "2026-12-05")
    assert load_settings(None, tmp_path).current_date().isoformat() == "2026-12-05"


def test_env_tags_read_as_mkdocs_reads_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `sopkit lint` read "!ENV [KB_TZ, Europe/Amsterdam]" as nothing: "unknown time zone None".
    write_tree(tmp_path, {"mkdocs.yml": (
        "site_name: x\nplugins:\n  - sopkit:\n      timezone: !ENV [KB_TZ, Europe/Amsterdam]\n"
        "      default_lang: !ENV KB_LANG\n"
    )})  # fmt: skip
    monkeypatch.delenv("KB_TZ", raising=False)
    monkeypatch.setenv("KB_LANG", "nl")
    settings = load_settings(cwd=tmp_path)
    assert (settings.timezone, settings.default_lang) == ("Europe/Amsterdam", "nl")
    monkeypatch.setenv("KB_TZ", "Europe/Berlin")
    assert load_settings(cwd=tmp_path).timezone == "Europe/Berlin"


def test_inherit_merges_the_base_configuration_as_mkdocs_does(tmp_path: Path) -> None:
    write_tree(tmp_path, {
        "base.yml": "docs_dir: standards\nplugins:\n  - sopkit:\n      rules: {SOP103: 'off'}\n",
        "mkdocs.yml": "INHERIT: base.yml\nsite_name: x\n",
        "child.yml": "INHERIT: base.yml\nplugins:\n  - sopkit:\n      default_lang: de\n",
        "loop.yml": "INHERIT: loop.yml\n",
    })  # fmt: skip
    settings = load_settings(cwd=tmp_path)
    assert settings.sop_dir == Path("standards") and settings.rules == {"SOP103": "off"}
    # a list is replaced, not merged: the child's plugins are the plugins
    assert load_settings(tmp_path / "child.yml").rules == {}
    with pytest.raises(ConfigError, match="no more than 10 files deep"):
        load_settings(tmp_path / "loop.yml")


@pytest.mark.parametrize(
    ("text", "words", "line"),
    [
        # a second plugins: list without sopkit: MkDocs published the SOPs unchecked
        ("site_name: x\nplugins:\n  - sopkit\nplugins:\n  - search\n",
         "'plugins' is given twice (first on line 2)", 4),
        ("site_name: x\nplugins:\n  - sopkit:\n      rules: {SOP303: warning}\n"
         "      rules: {SOP301: 'off'}\n", "'plugins.sopkit.rules' is given twice", 5),
        ("site_name: x\nplugins:\n  - sopkit\n  - sopkit: {default_lang: de}\n",
         "the sopkit plugin is listed 2 times in plugins", 3),
    ],
)  # fmt: skip
def test_what_mkdocs_drops_without_a_word_is_an_error(
    tmp_path: Path, text: str, words: str, line: int
) -> None:
    write_tree(tmp_path, {"mkdocs.yml": text})
    with pytest.raises(ConfigError) as raised:
        load_settings(cwd=tmp_path)
    assert words in str(raised.value) and raised.value.line == line


@pytest.mark.parametrize("value", ["5", "true", '""', "[1]"])
def test_sop_dir_must_be_a_folder_path(tmp_path: Path, value: str) -> None:
    """`sop_dir = 5` was taken as the folder "5" ("no such file or folder")."""
    write_tree(tmp_path, {"pyproject.toml": f"[tool.sopkit]\nsop_dir = {value}\n"})
    with pytest.raises(ConfigError, match="sopkit setting 'sop_dir': must be a folder path"):
        load_settings(cwd=tmp_path)


def test_build_and_serve_need_the_plugin(tmp_path: Path) -> None:
    from sopkit.config import require_plugin

    write_tree(tmp_path, {"mkdocs.yml": "site_name: x\ndocs_dir: sop\ntheme: material\n"})
    with pytest.raises(ConfigError, match="the sopkit plugin is not in plugins"):
        require_plugin(tmp_path / "mkdocs.yml")
    write_tree(tmp_path, {"base.yml": "plugins: [search, sopkit]\n",
                          "mkdocs.yml": "INHERIT: base.yml\nsite_name: x\n"})  # fmt: skip
    require_plugin(tmp_path / "mkdocs.yml")  # inherited counts
    write_tree(
        tmp_path, {"mkdocs.yml": "site_name: x\nplugins:\n  - sopkit:\n      enabled: false\n"}
    )
    with pytest.raises(ConfigError, match="the sopkit plugin is disabled"):
        require_plugin(tmp_path / "mkdocs.yml")


def test_merge_keys_and_aliases_are_no_duplicates(tmp_path: Path) -> None:
    """Two `<<:` merge both (YAML); an alias is walked once, not 10^8 times, and a graph
    that expands to 10^8 values is refused before MkDocs builds it."""
    write_tree(tmp_path, {"mkdocs.yml": (
        "base: &base {name: material}\nfeat: &feat {features: [search.suggest]}\n"
        "site_name: x\ntheme:\n  <<: *base\n  <<: *feat\nplugins: [search, sopkit]\n"
    )})  # fmt: skip
    load_settings(cwd=tmp_path)
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(7)
    )
    write_tree(tmp_path, {"mkdocs.yml": bomb + "site_name: x\nplugins: [sopkit]\n"})
    with pytest.raises(ConfigError, match="expand to more than 100,000 values"):
        load_settings(cwd=tmp_path)  # 10^8 leaves, which MkDocs would build: refused at once


def test_a_bad_setting_in_an_inherited_file_names_that_file_and_line(tmp_path: Path) -> None:
    write_tree(tmp_path, {
        "base.yml": "site_name: x\nplugins:\n  - sopkit:\n      default_lang: fr\n",
        "mkdocs.yml": "INHERIT: base.yml\ndocs_dir: sop\n",
    })  # fmt: skip
    with pytest.raises(ConfigError) as raised:
        load_settings(cwd=tmp_path)
    assert str(raised.value).startswith(f"{tmp_path / 'base.yml'}:4: sopkit setting 'default_lang'")


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null here")
def test_a_configuration_that_is_no_file_is_named_as_such(tmp_path: Path) -> None:
    # "--config /dev/null" said "not found"; a mkdocs.yml linked to a device was ignored.
    with pytest.raises(ConfigError, match="not a regular file"):
        load_settings(Path("/dev/null"), tmp_path)
    (tmp_path / "mkdocs.yml").symlink_to("/dev/null")
    with pytest.raises(ConfigError, match="not a regular file"):
        load_settings(cwd=tmp_path)
    with pytest.raises(ConfigError, match="a folder, not a configuration file"):
        load_settings(tmp_path, tmp_path)


def test_the_project_s_configuration_applies_in_its_subfolders(tmp_path: Path) -> None:
    # `cd sop && sopkit lint .` read no configuration: "there is no sop/locations.yml".
    write_tree(tmp_path, {
        "mkdocs.yml": (
            "site_name: x\ndocs_dir: standards\nplugins:\n  - sopkit:\n      default_lang: de\n"
        ),
        "standards/phone/a.md": "x",
        ".git/HEAD": "ref: refs/heads/main\n",
    })  # fmt: skip
    settings = load_settings(cwd=tmp_path / "standards" / "phone")
    assert (settings.root, settings.default_lang) == (tmp_path, "de")
    assert settings.sop_path == tmp_path / "standards"
    # never beyond the git work tree
    write_tree(tmp_path, {"inner/.git/HEAD": "ref: refs/heads/main\n"})
    assert load_settings(cwd=tmp_path / "inner").root == tmp_path / "inner"


def _laughs(levels: int) -> str:
    lines = ["site_name: x", "docs_dir: sop", "plugins: [search, sopkit]", "extra:",
             '  a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']  # fmt: skip
    names = "abcdefghijk"
    for before, name in itertools.pairwise(names[: levels + 1]):
        lines.append(f"  {name}: &{name} [" + ", ".join([f"*{before}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_build_reads_mkdocs_yml_safely_before_mkdocs_does(tmp_path: Path) -> None:
    """An INHERIT loop crashed the build (RecursionError); nine levels of aliases made
    MkDocs take 84 s and 6 GB. Both stop at once with the file and line."""
    import subprocess
    import sys
    import time

    write_tree(tmp_path, {"sop/phone/a.md": example("en")})
    cases = {"INHERIT: mkdocs.yml\nsite_name: x\ndocs_dir: sop\nplugins: [search, sopkit]\n":
             "mkdocs.yml:1: INHERIT must name one YAML file", _laughs(8): "mkdocs.yml:6: its "
             "aliases (*name) expand to more than 100,000 values",
             "site_name: x\ndocs_dir: sop\nplugins: [search, sopkit]\nextra:\n  deep: "
             + "[" * 500 + "]" * 500 + "\n":
             "mkdocs.yml:5: a value is nested more than 50"}  # fmt: skip
    for text, words in cases.items():
        (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "sopkit", "build"], cwd=tmp_path, capture_output=True,
            text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 2 and words in done.stderr, done.stderr
        assert "Traceback" not in done.stderr and time.monotonic() - started < 30


@pytest.mark.parametrize("value", ["", "!ENV SOPKIT_NEVER_SET_IN_TESTS", "null"])
def test_a_setting_with_no_value_is_refused_as_the_build_refuses_it(
    tmp_path: Path, value: str
) -> None:
    """Lint said "got None" while the build used the default: now both name it."""
    write_tree(tmp_path, {"mkdocs.yml": "site_name: x\ndocs_dir: sop\nplugins:\n  - sopkit:\n"
                          f"      timezone: {value}\n", "sop/a.md": example("en")})  # fmt: skip
    with pytest.raises(ConfigError, match=r"mkdocs\.yml:5: sopkit setting 'timezone': no value"):
        load_settings(cwd=tmp_path)


@pytest.mark.parametrize(
    ("value", "line"),
    [("short_name: &a [*a]", 5), ("touchpoints: &x [phone, email, {<<: *x}]", 5),
     ("nested: &n {inner: [1, {deeper: *n}]}", 5)],
)  # fmt: skip
def test_a_value_that_holds_itself_in_mkdocs_yml_is_refused(
    tmp_path: Path, value: str, line: int
) -> None:
    """'short_name: &a [*a]' made lint and build count the alias for ever (8 GB in 2 min)."""
    write_tree(tmp_path, {"mkdocs.yml": "site_name: x\ndocs_dir: sop\nplugins:\n  - sopkit:\n"
                          f"      {value}\n", "sop/a.md": example("en")})  # fmt: skip
    with pytest.raises(ConfigError, match=rf"mkdocs\.yml:{line}: an alias \(\*name\) stands "
                       "inside the value it names"):  # fmt: skip
        load_settings(cwd=tmp_path)


def test_a_few_shared_values_in_mkdocs_yml_are_fine(tmp_path: Path) -> None:
    from sopkit.config import read_safely

    (tmp_path / "mkdocs.yml").write_text(_laughs(2), encoding="utf-8")  # 9 x 9 x 9 values
    read_safely(tmp_path / "mkdocs.yml")
    (tmp_path / "mkdocs.yml").write_text(_laughs(5), encoding="utf-8")  # 9 ** 6 values
    with pytest.raises(ConfigError, match="expand to more than 100,000 values"):
        read_safely(tmp_path / "mkdocs.yml")


@pytest.mark.parametrize(
    ("files", "words"),
    [
        ({"mkdocs.yml": "site_name: x\ndocs_dir: /\nplugins: [sopkit]\n"},
         "mkdocs.yml:2: docs_dir: '/' is a folder above the project"),
        ({"mkdocs.yml": "site_name: x\ndocs_dir: .\nplugins: [sopkit]\n"},
         "mkdocs.yml:2: docs_dir: '.' is the project folder"),
        ({"pyproject.toml": '[tool.sopkit]\nsop_dir = "../.."\n'},
         "sopkit setting 'sop_dir': '../..' is a folder above the project"),
    ],
)  # fmt: skip
def test_a_sop_folder_that_holds_the_project_is_refused(
    tmp_path: Path, files: dict[str, str], words: str
) -> None:
    """docs_dir: / had lint walk the whole disk for minutes, with no output."""
    project = tmp_path / "a" / "b"
    write_tree(project, files)
    with pytest.raises(ConfigError) as raised:
        load_settings(cwd=project)
    assert words in str(raised.value)


def test_sop_dir_dot_is_a_project_of_sops_only(tmp_path: Path) -> None:
    write_tree(tmp_path, {"pyproject.toml": '[tool.sopkit]\nsop_dir = "."\n'})
    assert load_settings(cwd=tmp_path).sop_dir == Path()


@pytest.mark.parametrize(
    ("setting", "words"),
    [("rules = false", "'rules': must be a mapping"), ("rules = 0", "'rules': must be a mapping"),
     ("rules = ''", "'rules': must be a mapping"),
     ("vague_terms = false", "'vague_terms': must be a list")],
)  # fmt: skip
def test_a_setting_that_is_false_or_empty_text_is_no_mapping(
    tmp_path: Path, setting: str, words: str
) -> None:
    """'rules: off' turned off nothing and said nothing."""
    write_tree(tmp_path, {"pyproject.toml": f"[tool.sopkit]\n{setting}\n"})
    with pytest.raises(ConfigError, match=words):
        load_settings(cwd=tmp_path)


def test_a_touchpoint_listed_twice_is_refused(tmp_path: Path) -> None:
    write_tree(tmp_path, {"pyproject.toml": '[tool.sopkit]\ntouchpoints = ["phone", "phone"]\n'})
    with pytest.raises(ConfigError, match="'phone' is listed twice"):
        load_settings(cwd=tmp_path)


def test_a_cache_dir_that_is_a_loop_of_links_is_named(tmp_path: Path) -> None:
    """Path.resolve() raised RuntimeError out of the plugin: a traceback, exit 3."""
    write_tree(tmp_path, {"mkdocs.yml": "site_name: KB\ndocs_dir: sop\nplugins:\n  - sopkit:\n"
                          "      cache_dir: loop\n", "sop/x.md": example("en")})  # fmt: skip
    (tmp_path / "loop").symlink_to("loop")
    with pytest.raises(ConfigError, match=r"mkdocs\.yml:5: sopkit setting 'cache_dir': .*loop "
                       "cannot be followed"):  # fmt: skip
        load_settings(cwd=tmp_path)


@pytest.mark.parametrize(("grace", "accepted"), [("0 days", True), ("P0D", True), ("soon", False)])
def test_review_grace_may_be_none_at_all(tmp_path: Path, grace: str, accepted: bool) -> None:
    """'0 days' was refused as "not an interval"; a team may allow no grace."""
    write_tree(tmp_path, {"pyproject.toml": f'[tool.sopkit]\nreview_grace = "{grace}"\n'})
    if accepted:
        assert load_settings(cwd=tmp_path).review_grace == grace
    else:
        with pytest.raises(ConfigError, match=r"not an interval: write e\.g\. '1 month', or '0"):
            load_settings(cwd=tmp_path)
