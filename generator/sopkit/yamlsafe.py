"""YAML values read without surprises, and values quoted short in messages.

Front matter and ``locations.yml`` are written by many hands. PyYAML's safe
constructors still raise on odd input (``!!timestamp x``, 2021-02-30, a number of
5,000 digits, an unknown tag), and an alias graph of a few hundred bytes
("billion laughs") becomes gigabytes once printed. So aliases are refused, every
constructor error becomes a message with the line of the value that caused it,
and every value quoted in a message goes through :func:`shorten`.
"""

from __future__ import annotations

import re
import reprlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml

try:  # libyaml is about ten times faster; fall back to pure Python where it is missing
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader

#: At most this many characters of a value are quoted in a message.
SHOWN_CHARACTERS = 60
#: Python refuses to convert longer digit strings (``sys.get_int_max_str_digits``).
_LONGEST_INT_BITS = 4000


class _ShortRepr(reprlib.Repr):
    """``repr`` that never expands a large or shared structure, nor a huge number."""

    def __init__(self) -> None:
        super().__init__()
        self.maxlevel = 2
        self.maxlist = self.maxtuple = self.maxdict = self.maxset = 4
        self.maxstring = self.maxother = SHOWN_CHARACTERS
        self.maxlong = 24

    def repr_int(self, x: int, level: int) -> str:
        if x.bit_length() > _LONGEST_INT_BITS:
            return "<a number of over 1,000 digits>"
        return super().repr_int(x, level)


_SHORT = _ShortRepr()


def shorten(value: object, limit: int = SHOWN_CHARACTERS) -> str:
    """``repr(value)`` cut to about ``limit`` characters (with "..." where cut).

    Safe for any value read from YAML: nested and shared structures are cut at
    two levels and four items, numbers of thousands of digits are named, not printed.
    """
    try:
        text = _SHORT.repr(value)
    except Exception:  # a value whose repr fails still gets a message
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 3] + "..."


@dataclass(frozen=True)
class ValueProblem(Exception):
    """A YAML value that cannot be read: the message and the 1-based position in its text."""

    message: str
    line: int
    column: int


#: Front matter and registry values nest a few levels; deeper ones are refused
#: before any code walks them recursively.
MAX_DEPTH = 16


def structure_problem(text: str, first_line: int = 1) -> ValueProblem | None:
    """An alias (``*name``) or too deep nesting in the YAML ``text``, else ``None``.

    Checked on the parser's events, before composing: libyaml's composer recurses
    per level and crashes the interpreter on a few thousand nested brackets, and an
    alias graph of a few hundred bytes expands to gigabytes once printed. Syntax
    errors are left for the real reading to report.
    """
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                line, column = _position(event, first_line)
                return ValueProblem(
                    "YAML aliases (*name) are not allowed here: write the value out", line, column
                )
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    line, column = _position(event, first_line)
                    return ValueProblem(
                        f"the value is nested more than {MAX_DEPTH} levels deep: write it flat",
                        line,
                        column,
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as error:
        if isinstance(error, yaml.reader.ReaderError):
            return character_problem(error, text, first_line)
        # PyYAML 6.0.4's scanner stops deep nesting itself, ahead of the events above.
        if "nesting depth" in str(getattr(error, "problem", "")):
            mark = getattr(error, "problem_mark", None)
            return ValueProblem(
                f"the value is nested more than {MAX_DEPTH} levels deep: write it flat",
                (mark.line if mark else 0) + first_line,
                (mark.column if mark else 0) + 1,
            )
        return None
    return None


def character_problem(
    error: yaml.reader.ReaderError, text: str, first_line: int = 1
) -> ValueProblem:
    """A character YAML does not allow (a control character such as ESC or DEL), where it is.

    PyYAML's own message names the offset in the text, cut short, and no line.
    """
    position = max(0, min(int(error.position), len(text)))
    line = text.count("\n", 0, position) + first_line
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    code = error.character if isinstance(error.character, int) else None
    if code is None and position < len(text):
        code = ord(text[position])
    what = f"the character U+{code:04X}" if code is not None else "a character"
    return ValueProblem(
        f"{what} (a control character) is not allowed in YAML: delete it (editors often "
        "show it as a box or nothing at all)",
        line,
        column,
    )


def _position(event: yaml.Event, first_line: int) -> tuple[int, int]:
    """The 1-based line and column where ``event`` starts (the parser always marks it)."""
    mark = event.start_mark
    if mark is None:
        return first_line, 1
    return mark.line + first_line, mark.column + 1


def construct(node: yaml.Node, first_line: int = 1, *, controls: bool = False) -> Any:
    """The Python value of ``node`` (safe types only).

    Args:
        node: a node composed from text that :func:`structure_problem` accepted.
        first_line: the file line of the YAML text's first line, for messages.
        controls: allow control characters (a Vale rule's pattern may match "\\r");
            text that people read (front matter, locations) may not hold them.

    Raises:
        ValueProblem: the value (or a value inside it) cannot be read; the problem
            names the innermost scalar that fails, at its own line.
    """
    try:
        value = _construct(node)
    except Exception as error:
        culprit, message = _culprit(node, error)
        raise ValueProblem(
            message,
            culprit.start_mark.line + first_line,
            culprit.start_mark.column + 1,
        ) from None
    control = None if controls else _control_character(node)
    if control is not None:
        scalar, character = control
        raise ValueProblem(
            f"{shorten(scalar.value)} holds a control character (U+{ord(character):04X}), "
            "which is not text: a terminal or a page may act on it (a YAML escape such as "
            "\\e, \\a or \\x07 writes one); remove it",
            scalar.start_mark.line + first_line,
            scalar.start_mark.column + 1,
        )
    return value


#: C0 and C1 control characters but tab and line feed: raw ones are refused by the YAML
#: reader, but a double-quoted escape ("\e[2J", "\x07") writes them into a value.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _control_character(node: yaml.Node) -> tuple[yaml.ScalarNode, str] | None:
    """The first scalar under ``node`` (keys included) holding a control character."""
    for scalar in _scalars(node, once=True):
        found = _CONTROL.search(str(scalar.value))
        if found:
            return scalar, found.group()
    return None


def _scalars(node: yaml.Node, once: bool = False) -> Iterator[yaml.ScalarNode]:
    """The scalars under ``node`` in document order, keys before their values.

    ``once``: visit a node shared through an alias once (a composed file may hold them).
    """
    stack = [node]
    seen: set[int] = set()
    while stack:
        current = stack.pop()
        if once:
            if id(current) in seen:
                continue
            seen.add(id(current))
        if isinstance(current, yaml.ScalarNode):
            yield current
        elif isinstance(current, yaml.MappingNode):
            for key, value in reversed(current.value):
                stack.extend((value, key))
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(reversed(current.value))


def _construct(node: yaml.Node) -> Any:
    return yaml.constructor.SafeConstructor().construct_document(node)


def _culprit(node: yaml.Node, error: Exception) -> tuple[yaml.Node, str]:
    """The first scalar under ``node`` that fails on its own, and a message for it."""
    for scalar in _scalars(node, once=True):  # a Vale rule file may share nodes by alias
        try:
            _construct(scalar)
        except Exception as own:
            return scalar, _message(scalar, own)
    return node, _message(node, error)


def first_bad_scalar(text: str, loader: type) -> yaml.ScalarNode | None:
    """The first scalar of a standard YAML type in ``text`` that cannot be constructed.

    For files read with a loader of their own (``mkdocs.yml`` allows ``!ENV`` and
    Python tags): when loading fails on a value, this finds the value's line.
    """
    try:
        root = yaml.compose(text, Loader=loader)
    except (yaml.YAMLError, RecursionError):
        return None
    if root is None:
        return None
    for scalar in _scalars(root, once=True):
        tag = scalar.tag or ""
        if tag.startswith("tag:yaml.org,2002:") and "python/" not in tag:
            try:
                _construct(scalar)
            except Exception:
                return scalar
    return None


def _message(node: yaml.Node, error: Exception) -> str:
    """Say what is wrong with a value, and how to write it instead."""
    tag = shorten((node.tag or "").replace("tag:yaml.org,2002:", "!!"), 40).strip("'")
    if isinstance(error, RecursionError):
        return "the value is nested too deeply: write it flat"
    if isinstance(error, yaml.constructor.ConstructorError) and "constructor" in str(error):
        return f"the YAML tag '{tag}' is not allowed here: remove it"
    if not isinstance(node, yaml.ScalarNode):
        return f"cannot read this value as {tag}: remove the tag or write the value plainly"
    text = str(node.value)
    if isinstance(error, ValueError) and "digits" in str(error):
        return f"the number {shorten(text, 30)} is too long: quote it if it is text"
    if tag == "!!timestamp":
        return f"{shorten(text)} is not a date: write it as YYYY-MM-DD, e.g. 2026-05-01"
    return f"{shorten(text)} cannot be read as {tag}: remove the tag, or quote the value"


def given_twice(name: str, first: int) -> str:
    """The start of the message about a key :func:`first_duplicate_key` found: its name,
    cut short, and the line of the first one."""
    return f"'{shorten(name, 60).strip(chr(39))}' is given twice (first on line {first})"


def first_duplicate_key(
    node: yaml.Node, where: str = "", depth: int = 0, seen_nodes: set[int] | None = None
) -> tuple[str, int, int] | None:
    """The first key given twice in a mapping of ``node`` (its dotted name, its line and
    the line of the first one): YAML keeps the last without a word. A second ``plugins:``
    in mkdocs.yml published the SOPs unchecked; a second ``name:`` in locations.yml
    showed staff a name nobody reviewed."""
    seen_nodes = set() if seen_nodes is None else seen_nodes
    if depth > _DUPLICATE_DEPTH or id(node) in seen_nodes:
        return None  # an alias is looked at once: an alias bomb is no walk of 10^8 nodes
    seen_nodes.add(id(node))
    if isinstance(node, yaml.SequenceNode):
        for item in node.value:
            found = first_duplicate_key(item, where, depth + 1, seen_nodes)
            if found:
                return found
    if not isinstance(node, yaml.MappingNode):
        return None
    seen: dict[str, int] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag.endswith(":merge"):
            continue  # "<<: *base" twice merges both, as YAML says
        name = f"{where}.{key_node.value}" if where else str(key_node.value)
        line = key_node.start_mark.line + 1
        if name in seen:
            return name, line, seen[name]
        seen[name] = line
        found = first_duplicate_key(value_node, name, depth + 1, seen_nodes)
        if found:
            return found
    return None


#: How deep :func:`first_duplicate_key` looks: far below anything a configuration nests.
_DUPLICATE_DEPTH = 50
