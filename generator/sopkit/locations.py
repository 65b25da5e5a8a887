"""The locations registry (``sop/locations.yml``): branches, their language and time zone.

An SOP applies to every location unless it names its ``locations``; a location's
variant overrides parts of it (see :mod:`sopkit.variants`). Problems in the registry
are findings on ``locations.yml`` with line numbers, like problems in an SOP.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from sopkit.config import LANGUAGES, MAX_ID_LENGTH
from sopkit.document import DEFAULT_MAX_FILE_SIZE, read_bytes
from sopkit.yamlsafe import (
    ValueProblem,
    construct,
    first_duplicate_key,
    given_twice,
    shorten,
    structure_problem,
)

REGISTRY = "locations.yml"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
#: IANA names are short; a longer one is refused before any file lookup.
_LONGEST_ZONE_NAME = 64
_KEYS = {"id", "name", "lang", "timezone", "contact", "hours"}


@dataclass(frozen=True)
class Location:
    """One branch or site.

    Attributes:
        id: stable id, part of URLs (``amsterdam``).
        name: what staff call it ("Amsterdam Kalverstraat").
        lang: the language its staff read (en, de, nl).
        timezone: its IANA time zone.
        contact: optional contact details (phone, email, address).
        hours: optional opening hours, as text.
    """

    id: str
    name: str
    lang: str = "en"
    timezone: str = "UTC"
    contact: tuple[tuple[str, str], ...] = ()
    hours: str | None = None


@dataclass(frozen=True)
class RegistryProblem:
    """A problem in ``locations.yml``, with its line."""

    message: str
    line: int = 1
    column: int = 1


@dataclass
class Registry:
    """The locations, in file order, and what is wrong with the file."""

    path: Path | None = None
    locations: list[Location] = field(default_factory=list)
    problems: list[RegistryProblem] = field(default_factory=list)

    @property
    def ids(self) -> list[str]:
        """Location ids in file order."""
        return [location.id for location in self.locations]

    def get(self, location_id: str) -> Location | None:
        """The location with this id."""
        return next((loc for loc in self.locations if loc.id == location_id), None)


#: Ids whose files would be a generated file of the site's: a location's feed is
#: ``changes/<id>.xml``, and ``changes/feed.xml`` is the feed of every change.
_RESERVED_IDS = {"feed": "the site's feed of every change (changes/feed.xml)"}


def _line(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def load_registry(docs_dir: Path) -> Registry:
    """Read ``docs_dir/locations.yml``; an absent file means a single-location knowledge base."""
    path = docs_dir / REGISTRY
    # Anything by that name is the registry: a folder, a pipe or a broken link named
    # locations.yml is reported, not taken for "no registry".
    registry = Registry(path if path.exists() or path.is_symlink() else None)
    if registry.path is None:
        return registry
    data, unreadable = read_bytes(path, DEFAULT_MAX_FILE_SIZE)
    if data is None:
        assert unreadable is not None
        why = unreadable.reworded(
            not_regular="not a regular file (a folder, a device, a pipe or a link to one): "
            "replace it with the locations registry, or remove it",
            too_large=f"the file is larger than {DEFAULT_MAX_FILE_SIZE:,} bytes: a "
            "locations registry lists names and a few fields per location",
        )
        registry.problems.append(RegistryProblem(why))
        return registry
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        registry.problems.append(RegistryProblem("not valid UTF-8: save the file as UTF-8"))
        return registry
    refused = structure_problem(text)
    if refused is not None:
        registry.problems.append(RegistryProblem(refused.message, refused.line, refused.column))
        return registry
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        registry.problems.append(
            RegistryProblem(
                f"invalid YAML: {error.problem}",
                mark.line + 1 if mark else 1,
                mark.column + 1 if mark else 1,
            )
        )
        return registry
    except yaml.YAMLError as error:
        registry.problems.append(RegistryProblem(f"invalid YAML: {shorten(str(error), 120)}"))
        return registry
    duplicate = first_duplicate_key(root) if root is not None else None
    if duplicate is not None:
        name, line, first = duplicate
        registry.problems.append(
            RegistryProblem(
                f"{given_twice(name, first)}: YAML keeps only the last one; keep one of them",
                line,
                1,
            )
        )
    entries = _entries(root, registry)
    seen: dict[str, int] = {}
    for node in entries:
        location = _location(node, registry, seen)
        if location is not None:
            registry.locations.append(location)
    return registry


#: An email address as a contact shows it: one "@", no space, a dot in the domain; with
#: a name before it in angle brackets, or several separated by commas.
_ADDRESS = re.compile(r"(?:[^<>@,;]*<\s*)?[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+\s*>?")


def _addresses(text: str) -> bool:
    """True when ``text`` is one or more addresses ("London <ldn@example.com>, x@y.org")."""
    return all(_ADDRESS.fullmatch(part.strip()) for part in re.split(r"[,;]", text))


def _is_text(value: object) -> bool:
    """A value the site shows as it is: text or a number, not a list, mapping or yes/no."""
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def _as_written(node: yaml.Node, value: Any) -> Any:
    """Shown text as the file writes it: YAML 1.1 reads "9:30" as 570 (base 60) and
    "0201234567" as an octal number, which the site then showed. Lists, mappings, yes/no
    and empty values stay as YAML reads them, for the checks to name."""
    if isinstance(node, yaml.ScalarNode):
        return node.value if _is_text(value) else value
    if isinstance(node, yaml.MappingNode) and isinstance(value, dict):
        return {
            str(key.value): _as_written(item, construct(item))
            for key, item in node.value
            if isinstance(key, yaml.ScalarNode)
        }
    return value


def _kind(value: object) -> str:
    """A YAML value as an editor names it: "a list", "a mapping", "true", "'x'"."""
    if isinstance(value, dict):
        return "a mapping (key: value)"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool) or value is None:
        return "true" if value is True else "false" if value is False else "nothing"
    return shorten(value)


def _entries(root: yaml.Node | None, registry: Registry) -> list[yaml.Node]:
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if key.value == "locations" and isinstance(value, yaml.SequenceNode):
                return list(value.value)
    registry.problems.append(
        RegistryProblem(
            "expected 'locations:' with a list of locations, e.g. "
            "'locations: [{id: amsterdam, name: Amsterdam, lang: nl, timezone: Europe/Amsterdam}]'",
            *(_line(root) if root is not None else (1, 1)),
        )
    )
    return []


def _location(node: yaml.Node, registry: Registry, seen: dict[str, int]) -> Location | None:
    line, column = _line(node)
    if not isinstance(node, yaml.MappingNode):
        registry.problems.append(
            RegistryProblem("each location is a mapping with id and name", line, column)
        )
        return None
    values: dict[str, Any] = {}
    lines: dict[str, tuple[int, int]] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value)[:100] if isinstance(key_node, yaml.ScalarNode) else "?"
        lines[key] = _line(key_node)
        if key not in _KEYS:
            registry.problems.append(
                RegistryProblem(
                    f"unknown key {shorten(key)}: use {', '.join(sorted(_KEYS))}", *lines[key]
                )
            )
            continue
        try:
            values[key] = construct(value_node)
        except ValueProblem as problem:
            registry.problems.append(RegistryProblem(problem.message, problem.line, problem.column))
            continue
        if key in ("hours", "contact"):
            values[key] = _as_written(value_node, values[key])
    location_id = values.get("id")
    if not isinstance(location_id, str) or not _ID.match(location_id):
        registry.problems.append(
            RegistryProblem(
                "'id' must be lowercase letters, digits and hyphens (it is part of URLs), "
                f"got {shorten(location_id)}{_foreign_letter(location_id)}",
                *lines.get("id", (line, column)),
            )
        )
        return None
    if len(location_id) > MAX_ID_LENGTH:
        registry.problems.append(
            RegistryProblem(
                f"'id' is {len(location_id)} characters long: use at most {MAX_ID_LENGTH} "
                "(it becomes a folder and a file name, which file systems cut short)",
                *lines.get("id", (line, column)),
            )
        )
        return None
    if location_id in _RESERVED_IDS:
        registry.problems.append(
            RegistryProblem(
                f"'id' {location_id} is the name of {_RESERVED_IDS[location_id]}: the location's "
                f"own file would take its place; choose another id, e.g. '{location_id}-branch'",
                *lines.get("id", (line, column)),
            )
        )
        return None
    if location_id in seen:
        registry.problems.append(
            RegistryProblem(
                f"location '{location_id}' is listed twice (first on line {seen[location_id]})",
                line,
                column,
            )
        )
        return None
    seen[location_id] = line
    name = values.get("name")
    if not isinstance(name, str) or not name.strip():
        registry.problems.append(
            RegistryProblem(f"location '{location_id}' needs a 'name'", line, column)
        )
        return None
    lang = values.get("lang", "en")
    if lang not in LANGUAGES:
        registry.problems.append(
            RegistryProblem(
                f"'lang' must be one of {', '.join(LANGUAGES)}, got {shorten(lang)}", *lines["lang"]
            )
        )
        lang = "en"
    timezone = str(values.get("timezone", "UTC"))[: _LONGEST_ZONE_NAME + 1]
    try:
        if len(timezone) > _LONGEST_ZONE_NAME:
            raise ValueError(timezone)
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        registry.problems.append(
            RegistryProblem(
                f"unknown time zone {shorten(timezone)}: use an IANA name such as 'Europe/Berlin'",
                *lines.get("timezone", (line, column)),
            )
        )
        timezone = "UTC"
    contact = values.get("contact") or {}
    if not isinstance(contact, dict):
        registry.problems.append(
            RegistryProblem(
                "'contact' must be a mapping (phone: ..., email: ...)", *lines["contact"]
            )
        )
        contact = {}
    for key, value in list(contact.items()):
        # the site shows each as text: a list or a mapping came out as "[1]" or "{'mo': 9}"
        if not _is_text(value) or (str(key) == "email" and not _addresses(str(value))):
            wanted = "an email address, e.g. amsterdam@example.com" if key == "email" else "text"
            registry.problems.append(
                RegistryProblem(
                    f"contact {shorten(str(key))} of '{location_id}' must be {wanted}, got "
                    f"{_kind(value)}",
                    *lines["contact"],
                )
            )
            del contact[key]
    hours = values.get("hours")
    if hours is not None and not _is_text(hours):
        registry.problems.append(
            RegistryProblem(
                f"'hours' of '{location_id}' must be text, e.g. 'Mo–Fr 09:00–17:00', got "
                f"{_kind(hours)}",
                *lines["hours"],
            )
        )
        hours = None
    return Location(
        location_id,
        name.strip(),
        lang,
        timezone,
        tuple((str(k), str(v)) for k, v in contact.items()),
        str(hours) if hours is not None else None,
    )


def _foreign_letter(value: object) -> str:
    """The first character of ``value`` that is not an ASCII letter, digit or hyphen but
    looks like one ("lоndon" with a Cyrillic о), named: the id looks right to a reader."""
    if not isinstance(value, str):
        return ""
    for character in value:
        if not (character.isascii() and (character.isalnum() or character in "-_")):
            if not character.isalpha() and not character.isdigit():
                return ""  # a space or a slash: plain to see
            name = unicodedata.name(character, "").lower()
            return f" (it holds U+{ord(character):04X}{f', {name}' if name else ''})"
    return ""
