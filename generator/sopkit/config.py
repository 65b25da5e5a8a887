"""sopkit's settings, read from one place: ``mkdocs.yml`` or ``[tool.sopkit]``.

The site build reads the same settings through the MkDocs plugin, so the plugin's
section of ``mkdocs.yml`` is the natural home; projects without a site use
``[tool.sopkit]`` in ``pyproject.toml``. Configuring both is an error, because two
places drift apart.

Keys (the same in both files):

``touchpoints``
    The touchpoint vocabulary (replaces the default list).
``default_lang``
    Language of SOPs without ``lang``: ``en``, ``de`` or ``nl``.
``rules``
    Severity per rule code or name: ``error``, ``warning``, ``info`` or ``off``.
``vague_terms``
    Extra vague terms: a list for every language, or a mapping per language.
``sop_dir``
    Where the SOPs live, in ``pyproject.toml`` only (MkDocs' ``docs_dir`` otherwise).
``review_interval``
    How often an SOP is reviewed when its ``review`` gives no interval ("12 months").
``review_grace``
    How long past its review date an SOP is a warning before it is an error ("1 month").
``timezone``
    The knowledge base's time zone (IANA name, "Europe/Amsterdam") for review dates.
``variant_fields``
    What location variants may change (default: metric, timeframe, owner, title, lang, steps).
``max_file_size``
    The largest SOP file read, in bytes (default 1,000,000); a larger file is an error.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from sopkit.document import DEFAULT_MAX_FILE_SIZE
from sopkit.errors import ConfigError
from sopkit.yamlsafe import (
    character_problem,
    first_bad_scalar,
    first_duplicate_key,
    given_twice,
    shorten,
)

LANGUAGES = ("en", "de", "nl")
DEFAULT_TOUCHPOINTS = ("phone", "email", "chat", "in-person", "social", "letter")
SEVERITIES = ("error", "warning", "info")
PLUGIN_NAME = "sopkit"
KNOWN_KEYS = (
    "touchpoints", "default_lang", "rules", "vague_terms", "sop_dir", "review_interval",
    "review_grace", "timezone", "variant_fields", "max_file_size",
)  # fmt: skip
#: Options of the MkDocs plugin that only the site build reads.
PLUGIN_ONLY_KEYS = (
    "enabled", "compact_nav", "location_redirect_files", "cache", "cache_dir", "raw_html",
    "short_name", "search_engine",
)  # fmt: skip

#: The bounds of ``max_file_size``, in bytes.
_SMALLEST_FILE_LIMIT = 1_000
_LARGEST_FILE_LIMIT = 100_000_000
#: SOP and location ids become folder and file names ("changes/<location>.xml"), which
#: file systems cut at 255 bytes: a longer id passed lint and stopped the build.
MAX_ID_LENGTH = 100
#: IANA names are short ("America/Argentina/ComodRivadavia" is among the longest).
_LONGEST_ZONE_NAME = 64
#: SOPKIT_TODAY may fix any day whose reviews (up to 1,000 years on) are dates too.
_EARLIEST_TODAY = dt.date(1900, 1, 1)
_LATEST_TODAY = dt.date(8999, 12, 31)

_TOUCHPOINT_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Settings:
    """Validated settings shared by lint and the site build.

    Attributes:
        root: the project folder (where the configuration file sits).
        sop_dir: the SOP folder, relative to ``root`` unless absolute.
        default_lang: the language of SOPs that do not say.
        touchpoints: the allowed ``touchpoint`` values.
        rules: severity overrides by rule code (``off`` disables a rule).
        vague_terms: extra vague terms per language; ``"*"`` applies to all.
        source: the file the settings came from, if any.
    """

    root: Path = field(default_factory=Path.cwd)
    sop_dir: Path = Path("sop")
    default_lang: str = "en"
    touchpoints: tuple[str, ...] = DEFAULT_TOUCHPOINTS
    rules: Mapping[str, str] = field(default_factory=dict)
    vague_terms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    source: Path | None = None
    review_interval: str | None = None
    review_grace: str = "1 month"
    timezone: str = "UTC"
    today: dt.date | None = None
    variant_fields: tuple[str, ...] | None = None
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    locations: tuple[str, ...] | None = None
    """Location ids from ``sop/locations.yml`` (None: no registry); set by lint."""
    raw_html: bool = False
    """The plugin's ``raw_html``: ``sopkit export`` applies it to the text it writes."""

    def current_date(self) -> dt.date:
        """Today in the knowledge base's time zone (``today`` or SOPKIT_TODAY fix it)."""
        if self.today is not None:
            return self.today
        fixed = os.environ.get("SOPKIT_TODAY")
        if fixed:
            return dt.date.fromisoformat(fixed)
        return dt.datetime.now(ZoneInfo(self.timezone)).date()

    @property
    def sop_path(self) -> Path:
        """The SOP folder as a usable path."""
        return self.sop_dir if self.sop_dir.is_absolute() else self.root / self.sop_dir


class _TolerantLoader(yaml.SafeLoader):
    """A safe loader that reads ``mkdocs.yml`` files with Python tags.

    Material's documented configuration uses ``!!python/name:`` tags (emoji,
    superfences) and MkDocs its own ``!ENV`` tag; sopkit needs none of their
    values, so they load as ``None`` instead of failing.
    """


def _ignore_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> None:
    del loader, suffix, node


def _env_tag(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """MkDocs' ``!ENV``: the first set variable of ``!ENV VAR`` or ``!ENV [VAR, ..., default]``
    (the last item is the default), its value typed as a YAML scalar, as MkDocs reads it
    (pyyaml-env-tag's ``construct_env_tag``)."""
    default = None
    if isinstance(node, yaml.ScalarNode):
        names = [loader.construct_scalar(node)]
    elif isinstance(node, yaml.SequenceNode):
        children = list(node.value)
        if len(children) > 1:
            default = loader.construct_object(children[-1], deep=True)
            children = children[:-1]
        names = [loader.construct_scalar(child) for child in children]
    else:
        return None
    for name in names:
        if str(name) in os.environ:
            value = os.environ[str(name)]
            tag = loader.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
            return loader.construct_object(yaml.ScalarNode(tag, value))
    return default


def _runs_code(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> None:
    """``!!python/object/apply:os.system [...]`` and ``!!python/module:``: MkDocs' loader
    calls or imports what they name while it reads the file (a pull request that edits
    ``mkdocs.yml`` ran a command on the CI runner). ``!!python/name:`` only names a
    function, as Material's documentation does for emoji and fences, and stays."""
    del loader, suffix
    raise _RunsCode(
        f"the tag {node.tag.replace('tag:yaml.org,2002:', '!!')} makes MkDocs run or import "
        "Python code while it reads this file; sopkit refuses it: write the value itself, or "
        "name a function with !!python/name:",
        node.start_mark.line + 1 if node.start_mark is not None else None,
    )


class _RunsCode(yaml.YAMLError):
    """A tag that would run code, with its message and line (see :func:`_runs_code`)."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


_TolerantLoader.add_constructor("!ENV", _env_tag)
# The refusals first: PyYAML takes the first multi-constructor whose prefix fits.
for _prefix in ("object", "module"):
    _TolerantLoader.add_multi_constructor(f"tag:yaml.org,2002:python/{_prefix}", _runs_code)
_TolerantLoader.add_multi_constructor("!", _ignore_tag)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tag)


def line_of(path: Path, needle: str) -> int | None:
    """The first line of ``path`` that mentions ``needle`` (TOML keeps no positions)."""
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if needle in line:
                return number
    except OSError:
        return None
    return None


#: How many ``INHERIT`` files deep a configuration may go (MkDocs has no limit; loops).
_INHERIT_DEPTH = 10


def plugin_section(mkdocs_yml: Path) -> tuple[dict[str, Any] | None, Path]:
    """Return the ``sopkit`` plugin options in ``mkdocs.yml`` (None if not listed) and docs_dir."""
    data = _mkdocs_settings(mkdocs_yml, 0)
    return _sopkit_options(mkdocs_yml, data)


def _mkdocs_settings(mkdocs_yml: Path, depth: int) -> dict[str, Any]:
    """The settings of ``mkdocs_yml`` with its ``INHERIT`` file merged in, as MkDocs does:
    mappings merge key by key, the inheriting file wins, lists are replaced."""
    data = _read_mkdocs_yml(mkdocs_yml)
    parent = data.pop("INHERIT", None)
    if parent is None:
        return data
    if not isinstance(parent, str) or depth >= _INHERIT_DEPTH:
        raise ConfigError(
            mkdocs_yml,
            "INHERIT must name one YAML file, and inherit no more than "
            f"{_INHERIT_DEPTH} files deep (a loop?)",
            line_of(mkdocs_yml, "INHERIT"),
        )
    base = mkdocs_yml.parent / parent
    if not base.is_file():
        raise ConfigError(
            mkdocs_yml, f"INHERIT: {parent} is not a file", line_of(mkdocs_yml, "INHERIT")
        )
    return _merged(_mkdocs_settings(base, depth + 1), data)


def _inherit_chain(mkdocs_yml: Path) -> list[Path]:
    """``mkdocs_yml`` and the files it inherits from, nearest first (read as MkDocs does;
    called after :func:`_mkdocs_settings` accepted them)."""
    chain = [mkdocs_yml]
    while len(chain) <= _INHERIT_DEPTH:
        try:
            parent = _read_mkdocs_yml(chain[-1]).get("INHERIT")
        except ConfigError:
            break
        if not isinstance(parent, str) or not (chain[-1].parent / parent).is_file():
            break
        chain.append(chain[-1].parent / parent)
    return chain


def _key_position(source: Path, key: str) -> tuple[Path, int | None]:
    """The file and line that set ``key``: ``source``, or a file it inherits from."""
    files = _inherit_chain(source) if source.suffix in (".yml", ".yaml") else [source]
    for path in files:
        line = line_of(path, key)
        if line is not None:
            return path, line
    return source, None


def _merged(base: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in own.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merged(merged[key], value)
        else:
            merged[key] = value
    return merged


def _read_mkdocs_yml(mkdocs_yml: Path) -> dict[str, Any]:
    data, node = _load_mkdocs_yml(mkdocs_yml)
    duplicate = first_duplicate_key(node)
    if duplicate is not None:
        name, line, first = duplicate
        raise ConfigError(
            mkdocs_yml,
            f"{given_twice(name, first)}: YAML keeps only the last one and MkDocs ignores "
            "the first; merge them into one",
            line,
        )
    return data


_NOT_A_MAPPING = "expected a mapping of MkDocs settings"

#: Values a configuration may hold once its aliases are expanded; real ones hold hundreds.
_MAX_EXPANDED_VALUES = 100_000


#: What :func:`_expanded_size` gives for a value that holds itself (``&a [*a]``).
_ENDLESS = -1


def _expanded_size(root: yaml.Node) -> int:
    """How many values ``root`` holds with every alias expanded, counted over the shared
    node graph in one pass (each node once), so that counting cannot explode; or
    :data:`_ENDLESS` when a value holds itself through an alias (``short_name: &a [*a]``),
    which no expansion ends (counting it looped for ever, its memory growing)."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()  # on the path being counted: an alias to one is a loop
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if id(node) in sizes:
            continue
        if isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        elif isinstance(node, yaml.MappingNode):
            children = [part for pair in node.value for part in pair]
        else:
            sizes[id(node)] = 1
            continue
        if children_done:
            open_nodes.discard(id(node))
            sizes[id(node)] = min(1 + sum(sizes.get(id(c), 1) for c in children), 1 << 62)
            continue
        if any(id(child) in open_nodes or child is node for child in children):
            return _ENDLESS
        open_nodes.add(id(node))
        stack.append((node, True))
        stack.extend((child, False) for child in children if id(child) not in sizes)
    return sizes[id(root)]


#: Levels a configuration's values may nest (real ones use six or seven).
_MAX_CONFIG_DEPTH = 50


def _too_deep_line(mkdocs_yml: Path) -> int | None:
    """The line where a value of ``mkdocs_yml`` is nested past :data:`_MAX_CONFIG_DEPTH`."""
    depth = 0
    try:
        for event in yaml.parse(mkdocs_yml.read_text(encoding="utf-8")):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > _MAX_CONFIG_DEPTH and event.start_mark is not None:
                    return event.start_mark.line + 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    return None


def _first_alias_line(mkdocs_yml: Path) -> int | None:
    """The line of the first alias (``*name``) in ``mkdocs_yml``."""
    try:
        for event in yaml.parse(mkdocs_yml.read_text(encoding="utf-8")):
            if isinstance(event, yaml.AliasEvent) and event.start_mark is not None:
                return event.start_mark.line + 1
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    return None


#: The largest ``mkdocs.yml`` (or file it inherits from) read: as ``.vale.ini``'s limit.
_MAX_MKDOCS_YML_BYTES = 5_000_000


def _load_mkdocs_yml(mkdocs_yml: Path) -> tuple[dict[str, Any], yaml.Node]:
    """The settings of ``mkdocs_yml`` and the node tree they were built from (as
    ``yaml.load`` does, in one parse: the tree is checked for keys given twice)."""
    try:
        if mkdocs_yml.stat().st_size > _MAX_MKDOCS_YML_BYTES:
            raise ConfigError(
                mkdocs_yml,
                f"the file is larger than {_MAX_MKDOCS_YML_BYTES:,} bytes, far more than any "
                "site's configuration: MkDocs would read it for minutes; cut it down",
            )
        loader = _TolerantLoader(mkdocs_yml.read_text(encoding="utf-8"))
        try:
            node = loader.get_single_node()
            size = _expanded_size(node) if node is not None else 0
            if size == _ENDLESS:
                raise ConfigError(
                    mkdocs_yml,
                    "an alias (*name) stands inside the value it names (&name), so the value "
                    "holds itself and never ends: write the value out",
                    _first_alias_line(mkdocs_yml),
                )
            if size > _MAX_EXPANDED_VALUES:
                raise ConfigError(
                    mkdocs_yml,
                    f"its aliases (*name) expand to more than {_MAX_EXPANDED_VALUES:,} values "
                    "(a 'billion laughs'), which MkDocs would build in memory: write the "
                    "values out, or share fewer",
                    _first_alias_line(mkdocs_yml),
                )
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(mkdocs_yml, f"cannot read the file: {error}") from None
    except yaml.reader.ReaderError as error:
        bad = character_problem(error, mkdocs_yml.read_text(encoding="utf-8"))
        raise ConfigError(mkdocs_yml, f"invalid YAML: {bad.message}", bad.line) from None
    except _RunsCode as error:
        raise ConfigError(mkdocs_yml, error.message, error.line) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(error, "problem", None) or str(error)
        raise ConfigError(mkdocs_yml, f"invalid YAML: {shorten(problem, 120)}", line) from None
    except RecursionError:
        raise ConfigError(
            mkdocs_yml,
            f"a value is nested more than {_MAX_CONFIG_DEPTH} levels deep, which neither YAML "
            "nor MkDocs can read: write it flat",
            _too_deep_line(mkdocs_yml),
        ) from None
    except (ValueError, TypeError, AttributeError, OverflowError) as error:
        # PyYAML's constructors raise these on 2021-02-30, "!!timestamp x", a number of
        # 5,000 digits or very deep nesting; the file is still the user's to fix.
        culprit = first_bad_scalar(mkdocs_yml.read_text(encoding="utf-8"), _TolerantLoader)
        raise ConfigError(
            mkdocs_yml,
            f"invalid YAML value ({shorten(str(error), 120)}): quote dates and numbers "
            "that are meant as text",
            culprit.start_mark.line + 1 if culprit is not None else None,
        ) from None
    if not isinstance(data, dict) or node is None:
        raise ConfigError(mkdocs_yml, _NOT_A_MAPPING)
    return data, node


def _sopkit_options(mkdocs_yml: Path, data: dict[str, Any]) -> tuple[dict[str, Any] | None, Path]:
    docs_dir = Path(str(data.get("docs_dir") or "docs"))
    plugins = data.get("plugins") or []
    entries: list[tuple[str, Any]] = []
    if isinstance(plugins, dict):
        entries = list(plugins.items())
    elif isinstance(plugins, list):
        for item in plugins:
            if isinstance(item, str):
                entries.append((item, {}))
            elif isinstance(item, dict):
                entries.extend(item.items())
    ours = [options for name, options in entries if name == PLUGIN_NAME]
    if len(ours) > 1:
        raise ConfigError(
            mkdocs_yml,
            f"the sopkit plugin is listed {len(ours)} times in plugins: keep one, with all "
            "its options (two would build and check the knowledge base twice)",
            line_of(mkdocs_yml, PLUGIN_NAME),
        )
    if not ours:
        return None, docs_dir
    options = ours[0] if ours[0] is not None else {}
    if not isinstance(options, dict):
        raise ConfigError(
            mkdocs_yml,
            "the sopkit plugin options must be a mapping (key: value lines)",
            line_of(mkdocs_yml, PLUGIN_NAME),
        )
    return options, docs_dir


def check_mkdocs_yml(mkdocs_yml: Path) -> None:
    """Refuse what MkDocs drops without a word (a key given twice, in the file or one it
    inherits from), for a plain ``mkdocs build`` through the plugin.

    Raises:
        ConfigError: naming the file, the key and its line.
    """
    _mkdocs_settings(mkdocs_yml, 0)


def read_safely(mkdocs_yml: Path) -> None:
    """Read ``mkdocs.yml`` and its ``INHERIT`` files as lint does, before MkDocs does:
    MkDocs follows an ``INHERIT`` loop until Python's recursion limit, and expands a
    "billion laughs" block of aliases (84 s and 6 GB). Both, and YAML nested too deep,
    are refused here with the file and line.

    Raises:
        ConfigError: the file cannot be read safely.
    """
    try:
        _mkdocs_settings(mkdocs_yml, 0)
    except ConfigError as error:
        # mkdocs.yml of one value: the build names the value itself (not_a_mapping); an
        # INHERIT file of one (a string, a list, /etc/passwd) crashed MkDocs' merge
        inherited = Path(str(error.path)).absolute() != mkdocs_yml.absolute()
        if inherited or not str(error).endswith(_NOT_A_MAPPING):
            raise


def require_plugin(mkdocs_yml: Path) -> None:
    """Refuse a ``mkdocs.yml`` that does not load the sopkit plugin, for ``sopkit build``
    and ``sopkit serve``: MkDocs alone would publish the SOPs unchecked (exit 0).

    Raises:
        ConfigError: the plugin is missing (or listed twice, or the file is broken).
    """
    options, _docs_dir = plugin_section(mkdocs_yml)
    if options is None:
        raise ConfigError(
            mkdocs_yml,
            "the sopkit plugin is not in plugins, so the SOPs would be published without "
            "lint, cards or listings: add it, e.g. 'plugins: [search, sopkit]'",
            line_of(mkdocs_yml, "plugins:"),
        )
    if options.get("enabled", True) is False:
        raise ConfigError(
            mkdocs_yml,
            "the sopkit plugin is disabled (enabled: false), so the SOPs would be published "
            "without lint, cards or listings: remove 'enabled: false', or build with "
            "`mkdocs build` if that is what you want",
            line_of(mkdocs_yml, "enabled"),
        )


#: A number longer than Python converts (``sys.get_int_max_str_digits``, 4,300 digits).
_HUGE_NUMBER = re.compile(r"[0-9][0-9_]{4299,}")


def _pyproject_section(pyproject: Path) -> dict[str, Any] | None:
    try:
        text = pyproject.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(pyproject, f"cannot read the file: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(pyproject, f"invalid TOML: {error}") from None
    except ValueError:  # tomllib's int() of a number past 4,300 digits, in any table
        huge = _HUGE_NUMBER.search(text)
        raise ConfigError(
            pyproject,
            "a number of more than 4,300 digits, which no TOML reader here can read: "
            "shorten it, or quote it as a string",
            text.count("\n", 0, huge.start()) + 1 if huge else None,
        ) from None
    except RecursionError:  # arrays or tables nested a thousand deep: no configuration
        raise ConfigError(
            pyproject, "invalid TOML: values nested too deep to read; flatten them"
        ) from None
    section = data.get("tool", {}).get(PLUGIN_NAME)
    if section is not None and not isinstance(section, dict):
        raise ConfigError(pyproject, "[tool.sopkit] must be a table", line_of(pyproject, "sopkit"))
    return section


def load_settings(config: Path | None = None, cwd: Path | None = None) -> Settings:
    """Find and validate the configuration.

    Args:
        config: an explicit ``mkdocs.yml`` or ``pyproject.toml``; else both are
            looked for in ``cwd``.
        cwd: where to look (default: the current folder).

    Raises:
        ConfigError: the configuration is invalid or given twice.
    """
    cwd = cwd or Path.cwd()
    if config is not None:
        if not config.is_file():
            raise ConfigError(config, _not_a_file(config))
        root = config.resolve().parent
        if config.suffix == ".toml":
            return settings_from_options(_pyproject_section(config) or {}, config, root, None)
        options, config_docs_dir = plugin_section(config)
        return settings_from_options(options or {}, config, root, config_docs_dir)

    cwd = project_folder(cwd)
    mkdocs_yml, pyproject = cwd / "mkdocs.yml", cwd / "pyproject.toml"
    for found in (mkdocs_yml, pyproject):
        if (found.exists() or found.is_symlink()) and not found.is_file():
            raise ConfigError(found, _not_a_file(found))  # never read as if it were absent
    plugin, docs_dir = plugin_section(mkdocs_yml) if mkdocs_yml.is_file() else (None, None)
    table = _pyproject_section(pyproject) if pyproject.is_file() else None
    if plugin is not None:
        check_one_configuration(pyproject, table)
    if plugin is not None:
        return settings_from_options(plugin, mkdocs_yml, cwd, docs_dir)
    if table is not None:
        return settings_from_options(table, pyproject, cwd, None)
    check_fixed_today()
    return Settings(root=cwd)


#: The knowledge base's name when no ``mkdocs.yml`` gives a ``site_name``.
DEFAULT_SITE_NAME = "Service standards"


def site_name(settings: Settings) -> str:
    """The project's ``site_name``: from the ``mkdocs.yml`` the settings came from, or
    the one in the project folder (with its ``INHERIT``), else :data:`DEFAULT_SITE_NAME`.

    ``sopkit export`` titles the Zensical config and the change-log feeds with it, as
    ``sopkit build`` does.

    Raises:
        ConfigError: that ``mkdocs.yml`` is broken.
    """
    source = settings.source
    mkdocs_yml = source if source is not None and source.suffix != ".toml" else None
    if mkdocs_yml is None and (settings.root / "mkdocs.yml").is_file():
        mkdocs_yml = settings.root / "mkdocs.yml"
    if mkdocs_yml is None:
        return DEFAULT_SITE_NAME
    name = _mkdocs_settings(mkdocs_yml, 0).get("site_name")
    return name.strip() if isinstance(name, str) and name.strip() else DEFAULT_SITE_NAME


def check_one_configuration(pyproject: Path, table: dict[str, Any] | None = None) -> None:
    """Refuse ``[tool.sopkit]`` beside a ``mkdocs.yml`` that configures the plugin: lint
    and the build would each read one of them.

    Raises:
        ConfigError: ``pyproject`` holds a non-empty ``[tool.sopkit]``.
    """
    if table is None and pyproject.is_file():
        table = _pyproject_section(pyproject)
    if table:
        raise ConfigError(
            pyproject,
            "sopkit is configured in both mkdocs.yml (plugins: sopkit) and [tool.sopkit]; "
            "keep the settings in one place (mkdocs.yml when you build the site)",
            line_of(pyproject, "[tool.sopkit]"),
        )


def project_folder(start: Path) -> Path:
    """The folder whose configuration applies in ``start``: ``start`` itself or the nearest
    folder above it with a ``mkdocs.yml``, or a ``pyproject.toml`` with ``[tool.sopkit]``,
    as far as the git work tree goes (``cd sop && sopkit lint .`` works as from the
    project). ``start`` when there is none."""
    start = start.absolute()
    for folder in (start, *start.parents):
        if (folder / "mkdocs.yml").exists() or (folder / "mkdocs.yml").is_symlink():
            return folder
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.sopkit" in _head(pyproject):
            return folder
        if (folder / ".git").exists():
            break
    return start


def _head(path: Path) -> str:
    """The first 1 MB of ``path`` as text ("" if it cannot be read)."""
    try:
        with path.open("rb") as stream:
            return stream.read(1_000_000).decode("utf-8", "replace")
    except OSError:
        return ""


def _not_a_file(path: Path) -> str:
    if path.is_dir():
        return "a folder, not a configuration file: name the mkdocs.yml or pyproject.toml"
    if path.exists():
        return (
            "not a regular file (a device or a pipe, or a link to one): name the mkdocs.yml "
            "or pyproject.toml itself"
        )
    return "configuration file not found" + (" (a link to nothing)" if path.is_symlink() else "")


def check_fixed_today() -> None:
    """Refuse a ``SOPKIT_TODAY`` that is no date, or one reviews cannot count from.

    Raises:
        ConfigError: it is set and not a date from 1900 to 8999.
    """
    fixed_today = os.environ.get("SOPKIT_TODAY")
    if fixed_today:
        try:
            fixed = dt.date.fromisoformat(fixed_today)
        except ValueError:
            raise ConfigError(
                "SOPKIT_TODAY", f"{shorten(fixed_today)} is not a date: use YYYY-MM-DD"
            ) from None
        if not _EARLIEST_TODAY <= fixed <= _LATEST_TODAY:
            # Review dates are counted up to 1,000 years on, the change log weeks back.
            raise ConfigError(
                "SOPKIT_TODAY",
                f"{fixed_today} is out of range: use a date from {_EARLIEST_TODAY} to "
                f"{_LATEST_TODAY}",
            )


def settings_from_options(
    options: Mapping[str, Any], source: Path, root: Path, docs_dir: Path | None
) -> Settings:
    """Validate sopkit's options (from any of its configuration homes) into Settings.

    Args:
        options: the keys of ``[tool.sopkit]`` or of the plugin's section.
        source: the file they came from, for messages.
        root: the project folder.
        docs_dir: MkDocs' ``docs_dir`` when the options come from ``mkdocs.yml``.

    Raises:
        ConfigError: an option is unknown or invalid.
    """
    from sopkit.lint.registry import resolve_rule  # late: the registry imports the rules

    def fail(key: str, message: str) -> ConfigError:
        key = shorten(key, 40).strip("'")
        where, line = _key_position(source, key)
        return ConfigError(where, f"sopkit setting '{key}': {message}", line)

    for key in options:
        if key not in KNOWN_KEYS and not (docs_dir is not None and key in PLUGIN_ONLY_KEYS):
            from sopkit.suggest import nearest

            known = KNOWN_KEYS if docs_dir is None else (*KNOWN_KEYS, *PLUGIN_ONLY_KEYS)
            hint = nearest(str(key)[:100], known)
            raise fail(
                str(key)[:100],
                "unknown setting"
                + (f"; did you mean '{hint}'?" if hint else f"; known: {', '.join(known)}"),
            )

    if docs_dir is not None:
        for key, value in options.items():
            if value is None:  # MkDocs reads it as unset, so the build used the default
                raise fail(
                    str(key), "no value: give it one, or remove the line to use the "
                    "default (!ENV of a variable that is not set has no value either)",
                )  # fmt: skip
        _check_plugin_only(options, fail)
    max_file_size = options.get("max_file_size", DEFAULT_MAX_FILE_SIZE)
    if (
        not isinstance(max_file_size, int)
        or isinstance(max_file_size, bool)
        or not _SMALLEST_FILE_LIMIT <= max_file_size <= _LARGEST_FILE_LIMIT
    ):
        raise fail(
            "max_file_size",
            f"must be a number of bytes from {_SMALLEST_FILE_LIMIT:,} to "
            f"{_LARGEST_FILE_LIMIT:,} (default {DEFAULT_MAX_FILE_SIZE:,}), "
            f"got {shorten(max_file_size)}",
        )

    default_lang = options.get("default_lang", "en")
    if default_lang not in LANGUAGES:
        raise fail(
            "default_lang", f"must be one of {', '.join(LANGUAGES)}, got {shorten(default_lang)}"
        )

    touchpoints = options.get("touchpoints", list(DEFAULT_TOUCHPOINTS))
    if not isinstance(touchpoints, list) or not touchpoints:
        raise fail(
            "touchpoints",
            "must be a non-empty list of lowercase names such as [phone, email, in-person]",
        )
    for number, touchpoint in enumerate(touchpoints):
        if touchpoint in touchpoints[:number]:
            raise fail("touchpoints", f"{shorten(touchpoint)} is listed twice: list it once")
        if not isinstance(touchpoint, str) or not _TOUCHPOINT_NAME.match(touchpoint):
            raise fail(
                "touchpoints",
                f"{shorten(touchpoint)} is not a touchpoint name: use lowercase letters a-z, "
                "digits and hyphens (it is part of URLs), such as [phone, email, in-person]",
            )

    rules: dict[str, str] = {}
    raw_rules = options.get("rules")
    raw_rules = {} if raw_rules is None else raw_rules  # "rules:" with nothing after it
    if not isinstance(raw_rules, dict):  # "rules: off" turned off nothing, silently
        raise fail("rules", "must be a mapping of rule code or name to a severity")
    for name, severity in raw_rules.items():
        rule = resolve_rule(str(name))
        if rule is None:
            raise fail(str(name), f"unknown rule {shorten(name)}; `sopkit rules` lists them")
        if severity is False:  # YAML reads a bare `off` as false
            severity = "off"
        if severity not in (*SEVERITIES, "off"):
            raise fail(
                str(name), f"severity must be error, warning, info or off, got {shorten(severity)}"
            )
        if severity == "off" and rule.fatal:
            raise fail(
                str(name),
                f"{rule.code} cannot be turned off: a file that cannot be read would be skipped",
            )
        if severity != "error" and rule.locked:
            raise fail(
                str(name),
                f"{rule.code} is always an error: the site cannot be built with two SOPs on "
                "one page; remove the setting",
            )
        rules[rule.code] = severity

    vague = options.get("vague_terms")
    vague = {} if vague is None else vague
    vague_terms: dict[str, tuple[str, ...]] = {}
    if isinstance(vague, list):
        vague = {"*": vague}
    if not isinstance(vague, dict):
        raise fail("vague_terms", "must be a list of terms, or a mapping of language to list")
    for lang, terms in vague.items():
        if lang not in (*LANGUAGES, "*"):
            raise fail("vague_terms", f"unknown language {shorten(lang)}; use en, de or nl")
        if not isinstance(terms, list) or not all(isinstance(t, str) and t.strip() for t in terms):
            raise fail("vague_terms", f"the terms for {shorten(lang)} must be a list of words")
        vague_terms[lang] = tuple(terms)

    from sopkit.schema import parse_interval

    review_interval = options.get("review_interval")
    if review_interval is not None and parse_interval(review_interval) is None:
        raise fail(
            "review_interval",
            f"{shorten(review_interval)} is not an interval: write e.g. '12 months'",
        )
    review_grace = options.get("review_grace", "1 month")
    if parse_interval(review_grace) is None and not _no_time(review_grace):
        raise fail(
            "review_grace",
            f"{shorten(review_grace)} is not an interval: write e.g. '1 month', or '0 days' "
            "for none",
        )
    timezone = options.get("timezone", "UTC")
    try:
        if not isinstance(timezone, str) or len(timezone) > _LONGEST_ZONE_NAME:
            raise ValueError(timezone)
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise fail(
            "timezone",
            f"unknown time zone {shorten(timezone)}: use an IANA name such as 'Europe/Amsterdam'",
        ) from None
    check_fixed_today()

    from sopkit.variants import VARIANT_FIELDS

    variant_fields = options.get("variant_fields")
    if variant_fields is not None and (
        not isinstance(variant_fields, list)
        or not all(isinstance(name, str) and name in VARIANT_FIELDS for name in variant_fields)
    ):
        raise fail("variant_fields", f"must be a list of {', '.join(VARIANT_FIELDS)}")

    if docs_dir is not None and "sop_dir" in options:
        raise fail("sop_dir", "set docs_dir in mkdocs.yml instead; the SOPs are the docs")
    raw_sop_dir = options.get("sop_dir", "sop")
    if not isinstance(raw_sop_dir, str) or not raw_sop_dir.strip():
        raise fail("sop_dir", f'must be a folder path, e.g. "sop", got {shorten(raw_sop_dir)}')
    sop_dir = docs_dir if docs_dir is not None else Path(raw_sop_dir)
    project = (source.parent if docs_dir is not None else root).resolve()
    folder = (project / sop_dir).resolve()
    # MkDocs refuses a docs_dir that holds mkdocs.yml; a folder above the project would
    # have lint read every file below it ("/": the whole disk)
    if folder in project.parents or (docs_dir is not None and folder == project):
        key = "docs_dir" if docs_dir is not None else "sop_dir"
        what = "the project folder" if folder == project else "a folder above the project"
        why = (
            f"{key}: {shorten(str(sop_dir), 60)} is {what}, so lint would read every file "
            "below it: put the SOPs in a folder of their own, e.g. 'sop'"
        )
        if docs_dir is None:
            raise fail("sop_dir", why.split(": ", 1)[1])
        raise ConfigError(source, why, line_of(source, "docs_dir"))
    if docs_dir is not None:
        _check_cache_dir(options, project, folder, fail)
    return Settings(
        root=root,
        sop_dir=sop_dir,
        default_lang=default_lang,
        touchpoints=tuple(touchpoints),
        rules=rules,
        vague_terms=vague_terms,
        source=source,
        review_interval=review_interval,
        review_grace=review_grace,
        timezone=str(timezone),
        variant_fields=tuple(variant_fields) if variant_fields is not None else None,
        max_file_size=max_file_size,
        raw_html=options.get("raw_html", False) is True,
    )


#: The MkDocs plugin's own options and the type each must have (see plugin/config.py).
_PLUGIN_ONLY_TYPES: dict[str, tuple[type, str]] = {
    "enabled": (bool, "true or false"),
    "compact_nav": (bool, "true or false"),
    "location_redirect_files": (bool, "true or false"),
    "cache": (bool, "true or false"),
    "raw_html": (bool, "true or false"),
    "cache_dir": (str, "a folder path"),
    "short_name": (str, "text, e.g. short_name: Northwind"),
}
#: The engines behind Material's search box (the plugin's ``search_engine``).
SEARCH_ENGINES = ("pagefind", "material")


def _no_time(value: object) -> bool:
    """Whether ``value`` is a span of no time ("0 days"): no grace at all, not a typo."""
    from sopkit.quantities import parse_timeframe

    if not isinstance(value, str):
        return False
    span = parse_timeframe(value, "en")
    return span is not None and span.amount == 0 and not span.relative


def _check_cache_dir(
    options: Mapping[str, Any], project: Path, sop_folder: Path, fail: Any
) -> None:
    """Refuse a ``cache_dir`` inside the SOP folder or among a user's files, in lint too.

    Only read here: the site build creates and tags the folder. ``cache_dir: /`` passed
    lint and stopped the build.
    """
    from sopkit.cachehome import foreign_files

    configured = options.get("cache_dir")
    if not configured or options.get("cache") is False:
        return
    cache_dir = project / configured
    try:
        resolved = cache_dir.resolve()
    except (OSError, RuntimeError) as error:  # RuntimeError: a loop of links
        raise fail("cache_dir", f"{cache_dir} cannot be followed ({error})") from None
    if resolved == sop_folder or sop_folder in resolved.parents:
        raise fail(
            "cache_dir",
            f"{cache_dir} is inside docs_dir ({sop_folder}); sopkit never writes into the SOP "
            "folder: set 'cache_dir' to a folder outside it, e.g. 'cache_dir: .cache/sopkit'",
        )
    existing = next((p for p in (resolved, *resolved.parents) if p.exists()), None)
    if existing is not None and not existing.is_dir():  # as the build finds when it makes it
        raise fail(
            "cache_dir",
            f"{cache_dir} cannot be made: {existing} is a file, not a folder; set 'cache_dir' "
            "to a folder, e.g. 'cache_dir: .cache/sopkit'",
        )
    problem = foreign_files(resolved)
    if problem is not None:
        raise fail("cache_dir", problem)


def _check_plugin_only(options: Mapping[str, Any], fail: Any) -> None:
    """Check the site-only options as MkDocs would, but with the file and line.

    ``sopkit lint`` reads the same section of ``mkdocs.yml``; without this a
    ``cache_dir: 5`` passed lint and failed the build with no line to look at.
    """
    for key, (kind, wanted) in _PLUGIN_ONLY_TYPES.items():
        if key not in options or (key == "cache_dir" and options[key] is None):
            continue
        value = options[key]
        if not isinstance(value, kind):
            raise fail(key, f"must be {wanted}, got {shorten(value)}")
    engine = options.get("search_engine", SEARCH_ENGINES[0])
    if engine not in SEARCH_ENGINES:
        raise fail("search_engine", f"must be {' or '.join(SEARCH_ENGINES)}, got {shorten(engine)}")
