"""``.vale.ini``: where the styles are, which apply to a file, and the vocabularies.

sopkit reads the same configuration file as Vale, so a team gets the same findings
from Vale in their editor and from ``sopkit lint`` in CI. Without a ``.vale.ini``
in the project, the SOP style shipped inside sopkit applies.
"""

from __future__ import annotations

import configparser
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from sopkit.errors import ConfigError
from sopkit.suggest import nearest
from sopkit.terminal import CONTROL_IN_NAME
from sopkit.vale.files import read_text
from sopkit.vale.rules import (
    LANGUAGE_SUFFIX,
    LEVELS,
    REGEX_FIX,
    VOCAB_RULE,
    SkippedRule,
    ValeRule,
    compile_rule,
    load_rule,
    regex_problem,
    vale_regex,
)
from sopkit.vale.vocabulary import AcceptedTerms, accepted_terms, is_plain, joined_problem
from sopkit.yamlsafe import shorten

BUILTIN_STYLES = Path(__file__).resolve().parent.parent / "styles"
BUILTIN_STYLE = "SOP"
#: Where ``sopkit vale-ini`` points StylesPath when sopkit's style lives outside the
#: project (an installed package): ``sopkit vale-ini --vendor styles/`` copies it there.
VENDORED_STYLES = "styles"
#: Vale's built-in rules sopkit does not run (Vale.Avoid, the reject list, it does).
BUILTIN_SKIPPED = {"Vale.Spelling": "spelling", "Vale.Repetition": "repetition",
                   "Vale.Terms": "substitution from the accept list"}  # fmt: skip
#: The values of a ``Style.Rule`` switch Vale understands, written exactly so (its
#: ``validateLevel``); it turns the rule off for any other value, without a word.
SWITCHES = ("YES", "NO", *LEVELS)
#: Sections Vale reads as settings of their own, not as file globs (``core/ini.go``).
NOT_GLOBS = ("formats", "asciidoctor")
#: A style's name: one folder in StylesPath ("Microsoft", "write-good", "SOP").
_STYLE_NAME = re.compile(r"[\w.-]+")
#: configparser's section header (``SECTCRE``), to find the line of a key.
_SECTION = re.compile(r"\[(?P<header>.+)\]")
CORE = "__core__"


@dataclass
class Section:
    """One ``[glob]`` section: styles to base on and per-rule switches."""

    pattern: re.Pattern[str]
    styles: tuple[str, ...] | None
    switches: dict[str, str]


@dataclass
class ValeConfig:
    """What the engine needs from ``.vale.ini`` and the styles folder."""

    source: Path | None
    styles_path: Path
    min_level: str = "suggestion"
    sections: list[Section] = field(default_factory=list)
    rules: dict[str, ValeRule] = field(default_factory=dict)
    accepted: AcceptedTerms | None = None
    #: Rules of enabled styles that sopkit's engine does not run, by name.
    skipped: dict[str, SkippedRule] = field(default_factory=dict)

    def applies(self, name: str, relative_path: str) -> bool:
        """Whether rule ``name`` is on for a file: its style is a base style, or a
        ``Style.Rule`` switch turns it on, and no switch turns it off."""
        styles, switches = self._settings_for(relative_path)
        switch = switches.get(name, "")
        return switch != "no" and (bool(switch) or name.split(".", 1)[0] in styles)

    def enables_nothing(self, relative_path: str) -> bool:
        """Whether ``.vale.ini`` turns on no style and no rule at all for a file.

        An empty ``.vale.ini`` (what ``sopkit vale-ini > .vale.ini`` leaves when the
        command fails: the shell empties the file first), or one whose sections all
        miss the file, switches every wording rule off, in Vale and in sopkit.
        """
        if self.source is None:
            return False
        styles, switches = self._settings_for(relative_path)
        return not styles and all(value == "no" for value in switches.values())

    def _settings_for(self, relative_path: str) -> tuple[tuple[str, ...], dict[str, str]]:
        styles: tuple[str, ...] = ()
        switches: dict[str, str] = {}
        for section in self.sections:
            if section.pattern.fullmatch(relative_path):
                if section.styles is not None:
                    styles = section.styles
                switches.update(section.switches)
        return styles, {name: value.lower() for name, value in switches.items()}

    def _siblings(self, rule: ValeRule) -> list[str]:
        """The same rule in the other languages: ``SOP.HedgingDe`` -> ``SOP.HedgingEn`` ..."""
        base = rule.name[:-2]
        return [base + end for end in LANGUAGE_SUFFIX.values() if base + end != rule.name]

    def _language_switch(self, rule: ValeRule, switches: dict[str, str], on: bool) -> str:
        """The switch of a language rule for an SOP of that language.

        ``.vale.ini`` routes languages by file lists, because Vale cannot read an SOP's
        ``lang``; sopkit can. A rule switched off for this file only because the file is
        not listed for its language (a sibling language's rule is on) still applies:
        the SOP's ``lang`` decides. A rule switched off in every language stays off.
        """
        own = switches.get(rule.name, "")
        if own != "no":
            return own
        sibling_on = [
            switches.get(name, "yes" if on else "")
            for name in self._siblings(rule)
            if switches.get(name, "yes" if on else "") not in ("no", "")
        ]
        return sibling_on[0] if sibling_on else "no"

    def rules_for(self, relative_path: str, lang: str | None = None) -> list[tuple[ValeRule, str]]:
        """The rules that apply to a file, each with its level, after every matching section.

        As in Vale, ``Style.Rule = NO`` turns a rule off, ``YES`` on, and a level
        (``error``) turns it on at that level. With ``lang`` (the SOP's language), a
        rule written for one language (``SOP.HedgingDe``) applies exactly to SOPs of
        that language, whatever the file lists of ``.vale.ini`` say.
        """
        styles, switches = self._settings_for(relative_path)
        chosen = []
        for name, rule in self.rules.items():
            switch = switches.get(name, "")
            if lang is not None and rule.lang is not None:
                if rule.lang != lang:
                    continue
                switch = self._language_switch(rule, switches, rule.style in styles)
            if switch == "no" or (rule.style not in styles and not switch):
                continue
            chosen.append((rule, switch if switch in LEVELS else rule.level))
        return chosen

    def stale_language_rules(self, relative_path: str, lang: str) -> list[str]:
        """Rules of ``lang`` that ``.vale.ini`` switches off for this file while it
        switches their other-language twins on: the file list for ``lang`` is stale.

        sopkit applies them anyway (:meth:`rules_for`); Vale itself would not.
        """
        if self.source is None:
            return []
        styles, switches = self._settings_for(relative_path)
        stale = []
        for name, rule in self.rules.items():
            if rule.lang != lang or switches.get(name, "") != "no":
                continue
            if self._language_switch(rule, switches, rule.style in styles) != "no":
                stale.append(name)
        return sorted(stale)


def glob_to_regex(glob: str) -> re.Pattern[str]:
    """A ``[section]`` glob of ``.vale.ini``, matched as Vale matches it.

    Vale compiles section names with ``gobwas/glob`` and no separator
    (``glob.Compile(sec)`` in its ``internal/core/ini.go``) and matches the file's
    path: so ``*`` and ``**`` both match any run of characters, ``/`` included
    (``[docs/*.md]`` covers ``docs/a/b.md``; ``[*.md]`` covers every Markdown file),
    ``?`` any one character, ``[abc]``, ``[a-z]`` and ``[!abc]`` one of (or none of) a
    class, ``{a,b}`` either pattern, and ``\\`` escapes the next character. The
    whole path must match.

    Raises:
        ValueError: an unclosed ``[`` or ``{``.
    """
    regex, _ = _glob_part(glob, 0, nested=False)
    return re.compile(regex, re.DOTALL)


def _glob_part(glob: str, index: int, nested: bool) -> tuple[str, int]:
    """Translate from ``index`` to the end, or (``nested``) to the ``,`` or ``}`` that
    ends one alternative; returns the regex and the index of that stop."""
    out = ""
    while index < len(glob):
        char = glob[index]
        if nested and char in ",}":
            return out, index
        if char == "*":
            while index < len(glob) and glob[index] == "*":
                index += 1
            out += ".*"
            continue
        if char == "?":
            out += "."
        elif char == "\\" and index + 1 < len(glob):
            index += 1
            out += re.escape(glob[index])
        elif char == "[":
            close = glob.find("]", index + 2)
            if close < 0:
                raise ValueError(f"[{glob}]: unclosed '[' in the section glob")
            body = glob[index + 1 : close]
            negate = body.startswith("!")
            body = body[1:] if negate else body
            out += "[" + ("^" if negate else "") + body.replace("\\", "\\\\") + "]"
            index = close
        elif char == "{":
            options = []
            index += 1
            while True:
                part, index = _glob_part(glob, index, nested=True)
                options.append(part)
                if index >= len(glob):
                    raise ValueError(f"[{glob}]: unclosed '{{' in the section glob")
                if glob[index] == "}":
                    break
                index += 1
            out += "(?:" + "|".join(options) + ")"
        else:
            out += re.escape(char)
        index += 1
    return out, index


def _terms(path: Path) -> list[str]:
    """The terms of an ``accept.txt`` or ``reject.txt``: one regular expression a line.

    Raises:
        ConfigError: the file is not UTF-8, or a line is not a regular expression
            (naming the file, the line and the problem).
    """
    terms = []
    for number, line in enumerate(read_text(path).split("\n"), 1):
        term = line.strip()
        if not term or line.startswith("#"):
            continue
        # Alone, for the position in the message; in a group, as it is joined with others.
        # A plain word is no pattern to check (a vocabulary may hold 200,000 of them).
        problem = (
            None
            if is_plain(term)
            else (regex_problem(term) or regex_problem(f"(?:{vale_regex(term)})"))
        )
        if problem is not None:
            raise ConfigError(
                path,
                f"{shorten(term)} is not a valid regular expression ({problem}): {REGEX_FIX} "
                f"(Vale reads each line as one)",
                number,
            )
        terms.append(term)
    return terms


def _vocabulary(styles_path: Path, names: list[str]) -> tuple[AcceptedTerms | None, list[str]]:
    accepted: list[str] = []
    rejected: list[str] = []
    for name in names:
        folder = styles_path / "config" / "vocabularies" / name
        if not folder.is_dir():
            raise ConfigError(folder, f"Vocab = {name}: no such vocabulary folder")
        for file_name, target in (("accept.txt", accepted), ("reject.txt", rejected)):
            path = folder / file_name
            if path.exists() or path.is_symlink():  # a folder by that name is refused
                target.extend(_terms(path))
    problem = joined_problem(accepted)
    if problem is not None:
        raise ConfigError(
            styles_path / "config" / "vocabularies",
            f"the accept.txt terms do not compile together ({problem}): rename a group "
            f"that two lines share",
        )
    return accepted_terms(accepted), rejected


def _used_styles(config: ValeConfig) -> tuple[set[str], set[str]]:
    """The styles some section bases files on, and the rules switched on one by one.

    Vale loads only these; a style folder nothing uses is never read, so a rule
    sopkit cannot run (or a broken one) in an unused style does not stop lint.
    """
    styles: set[str] = set()
    rules: set[str] = set()
    for section in config.sections:
        styles.update(section.styles or ())
        rules.update(n for n, v in section.switches.items() if v.lower() != "no")
    return styles, {r for r in rules if r.split(".", 1)[0] not in styles}


def _load_styles(config: ValeConfig, vocab: list[str]) -> None:
    styles, single_rules = _used_styles(config)
    if not styles and not single_rules and not vocab:
        return  # an empty .vale.ini (left by a refused "> .vale.ini"): nothing to read
    if not config.styles_path.is_dir():
        hint = (
            f"; `sopkit vale-ini --vendor {VENDORED_STYLES}/` copies sopkit's SOP style there"
            if config.source is not None
            else ""
        )
        raise ConfigError(
            config.source or config.styles_path,
            f"StylesPath {config.styles_path} does not exist{hint}",
        )
    paths: list[tuple[Path, str]] = []
    for style in sorted(styles - {"Vale"}):
        folder = config.styles_path / style
        if not folder.is_dir():
            raise ConfigError(
                config.source or folder,
                f"BasedOnStyles names {style}, but {config.styles_path} has no {style} folder",
            )
        paths.extend((path, style) for path in sorted(folder.glob("*.yml")))
    for name in sorted(single_rules):
        style, _, stem = name.partition(".")
        path = config.styles_path / style / f"{stem}.yml"
        if path.is_file():
            paths.append((path, style))
    for path, style in paths:
        rule = load_rule(path, style)
        if isinstance(rule, SkippedRule):
            config.skipped[rule.name] = rule
        else:
            config.rules[rule.name] = rule
    if "Vale" in styles or any(n.startswith("Vale.") for n in single_rules):
        for name, kind in BUILTIN_SKIPPED.items():
            config.skipped[name] = SkippedRule(name, kind, None)
    accepted, rejected = _vocabulary(config.styles_path, vocab)
    config.accepted = accepted
    if rejected:
        config.rules[VOCAB_RULE] = compile_rule(
            VOCAB_RULE,
            config.styles_path / "config" / "vocabularies",
            {"extends": "existence", "message": "Avoid using '%s'.", "level": "error",
             "ignorecase": False, "vocab": False, "tokens": rejected},
        )  # fmt: skip


@cache
def load_vale_config(root: Path) -> ValeConfig:
    """Read ``root/.vale.ini`` (or use the built-in SOP style) and compile its styles.

    Raises:
        ConfigError: the ini, a vocabulary or a rule file is broken.
    """
    root = root.absolute()
    ini = root / ".vale.ini"
    if not ini.exists() and not ini.is_symlink():  # a folder by that name is refused
        config = ValeConfig(None, BUILTIN_STYLES)
        off = {name: "NO" for name in BUILTIN_SKIPPED}  # as the .vale.ini vale-ini writes
        config.sections.append(Section(glob_to_regex("*.md"), ("Vale", BUILTIN_STYLE), off))
        _load_styles(config, [BUILTIN_STYLE])
        return config
    parser, lines = read_ini(ini)
    core = parser[CORE]
    styles_path = (root / ini_value(core.get("StylesPath", "styles"))).resolve()
    config = ValeConfig(ini, styles_path, _min_level(ini, core, lines))
    vocab = [v.strip() for v in ini_value(core.get("Vocab", "")).split(",") if v.strip()]
    for name in parser.sections():
        if name == CORE or name in NOT_GLOBS:
            continue
        config.sections.append(_section(ini, name, dict(parser[name]), lines))
    _load_styles(config, vocab)
    for name in parser.sections():
        if name != CORE and name not in NOT_GLOBS:
            _check_switches(config, ini, name, [k for k in parser[name] if "." in k], lines)
    return config


def _check_switches(
    config: ValeConfig,
    ini: Path,
    section: str,
    switches: list[str],
    lines: dict[tuple[str, str], int],
) -> None:
    """Refuse a ``Style.Rule`` switch that names no rule.

    Vale ignores it without a word, so ``SOP.HedgingEN = NO`` (a typo) leaves the rule
    on and ``Team.Avoid = YES`` (a rule file not written yet) checks nothing: stricter
    than Vale, as every other setting sopkit reads.

    Raises:
        ConfigError: naming the line, the style folder and the nearest rule name.
    """
    for key in switches:
        style, _, rule = key.partition(".")
        if style == "Vale":
            known = [*BUILTIN_SKIPPED, VOCAB_RULE]
            where = "Vale's built-in rules are " + ", ".join(sorted(known))
        else:
            folder = config.styles_path / style
            if not folder.is_dir():
                raise ConfigError(
                    ini,
                    f"{key}: {config.styles_path} has no {style} folder, so there is no such "
                    "rule: fix the style's name, or remove the line",
                    lines.get((section, key)),
                )
            known = [f"{style}.{p.stem}" for p in sorted(folder.glob("*.yml"))]
            where = f"{folder} has no {rule}.yml"
        if key in known:
            continue
        guess = nearest(key, known, cutoff=0.75)
        hint = f"did you mean {guess}?" if guess else "fix the rule's name, or remove the line"
        raise ConfigError(ini, f"{key}: no such rule ({where}): {hint}", lines.get((section, key)))


def read_ini(ini: Path) -> tuple[configparser.ConfigParser, dict[tuple[str, str], int]]:
    """``.vale.ini`` parsed as Vale's ini library reads it, and the line of each key.

    Keys are case-sensitive, and ``#`` or ``;`` after a space starts a comment (Vale
    loads the file with ``SpaceBeforeInlineComment``).

    Raises:
        ConfigError: the file is not UTF-8, or a line is neither a key nor a section.
    """
    text = read_text(ini)
    parser = configparser.ConfigParser(
        interpolation=None,
        strict=False,
        default_section="__none__",
        inline_comment_prefixes=("#", ";"),
    )
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    try:
        parser.read_string(f"[{CORE}]\n" + text)
    except configparser.ParsingError as error:
        number = error.errors[0][0] - 1  # the first line is the [__core__] put before it
        shown = shorten(text.split("\n")[number - 1].strip())
        raise ConfigError(
            ini,
            f"{shown} is neither 'Key = value' nor a [section] header: fix or remove the line",
            number,
        ) from None
    except configparser.Error as error:
        raise ConfigError(ini, f"cannot read .vale.ini: {error}") from None
    return parser, _key_lines(text)


def _key_lines(text: str) -> dict[tuple[str, str], int]:
    """The line of each key, by section (the last one, whose value configparser keeps)."""
    lines: dict[tuple[str, str], int] = {}
    section = CORE
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        header = _SECTION.match(line)
        if header:
            section = header.group("header")
            continue
        lines[(section, re.split("[=:]", line, maxsplit=1)[0].strip())] = number
    return lines


def ini_value(raw: str) -> str:
    """A value without the quotes Vale's ini library takes off (``"styles"``)."""
    value = raw.strip()
    if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'`":
        return value[1:-1]
    return value


def _min_level(
    ini: Path, core: configparser.SectionProxy, lines: dict[tuple[str, str], int]
) -> str:
    """``MinAlertLevel``: Vale stops on any value but suggestion, warning or error."""
    level = ini_value(core.get("MinAlertLevel", "suggestion"))
    if level not in LEVELS:
        raise ConfigError(
            ini,
            f"MinAlertLevel = {level}: write suggestion, warning or error (Vale accepts "
            f"no other value)",
            lines.get((CORE, "MinAlertLevel")),
        )
    return level


def _section(
    ini: Path, name: str, options: dict[str, str], lines: dict[tuple[str, str], int]
) -> Section:
    """One ``[glob]`` section: its base styles and its ``Style.Rule`` switches.

    Raises:
        ConfigError: the glob is broken, or a switch has a value Vale does not know.
    """
    based = options.pop("BasedOnStyles", None)
    styles = (
        tuple(s.strip() for s in ini_value(based).split(",") if s.strip())
        if based is not None
        else None
    )
    for style in styles or ():
        if not _STYLE_NAME.fullmatch(style) or style in (".", ".."):
            raise ConfigError(
                ini,
                f"BasedOnStyles = {shorten(style)}: a style is a folder name in StylesPath, "
                "without / or \\ (a path would read rules from outside it)",
                lines.get((name, "BasedOnStyles")),
            )
    switches = {key: ini_value(value) for key, value in options.items() if "." in key}
    for key, value in switches.items():
        if value not in SWITCHES and value.lower() != "no":
            raise ConfigError(
                ini,
                f"{key} = {value}: write YES, NO, suggestion, warning or error, exactly so "
                f"(Vale turns the rule off for any other value)",
                lines.get((name, key)),
            )
    try:
        pattern = glob_to_regex(name)
    except ValueError as error:
        raise ConfigError(ini, str(error)) from None
    return Section(pattern, styles, switches)


def render_ini(styles_path: str, files_by_lang: dict[str, list[str]], rule_names: list[str]) -> str:
    """A ``.vale.ini`` that gives Vale the same per-language rules as sopkit's engine.

    Vale cannot read an SOP's ``lang`` from its front matter, so the file lists the
    German and Dutch SOPs in sections of their own; English rules apply elsewhere.

    Args:
        styles_path: ``StylesPath`` as written in the file.
        files_by_lang: SOP paths (relative, forward slashes) per language.
        rule_names: the language-specific rules of the style (``SOP.HedgingDe``...).
    """

    def switches(lang: str) -> list[str]:
        suffix = LANGUAGE_SUFFIX[lang]
        return [
            f"{name} = {'YES' if name.endswith(suffix) else 'NO'}" for name in sorted(rule_names)
        ]

    lines = [
        "# Generated by `sopkit vale-ini > .vale.ini`: regenerate after adding a German or",
        "# Dutch SOP. sopkit's own engine reads this file too.",
        f"StylesPath = {styles_path}",
        "MinAlertLevel = suggestion",
        f"Vocab = {BUILTIN_STYLE}",
        "",
        "[*.md]",
        f"BasedOnStyles = Vale, {BUILTIN_STYLE}",
        "Vale.Spelling = NO",
        "Vale.Terms = NO",
        "Vale.Repetition = NO",
        *switches("en"),
    ]
    for lang in ("de", "nl"):
        files = sorted(files_by_lang.get(lang, []))
        if files:
            listed = ",".join(glob_escaped(name) for name in files)
            lines += ["", f"[{{{listed}}}]", *switches(lang)]
    return "\n".join(lines) + "\n"


#: Characters with a meaning in a section's glob; a backslash makes each stand for itself.
_GLOB_SPECIAL = re.compile(r"([\\*?\[\]{},!])")


def glob_escaped(name: str) -> str:
    """A file name as a section glob that matches that name only ("a,b.md", "g[1].md")."""
    return _GLOB_SPECIAL.sub(r"\\\1", name)


def fits_in_a_section(name: str) -> bool:
    """False for a name no ``.vale.ini`` line can hold: a control character (the names
    lint refuses, SOP001) or a line or paragraph separator would start lines of its own."""
    return CONTROL_IN_NAME.search(name) is None and not {"\u2028", "\u2029"} & set(name)
