"""Read a Markdown file and its YAML front matter, keeping every key's position.

MkDocs' own front-matter reader swallows YAML errors and returns ``{}``; sopkit
reports them instead, with the file line, because a silently empty front matter
turns into a confusing "missing owner" later. Problems become :class:`ReadProblem`
values, never exceptions, so a bad file never stops the others from being checked.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from sopkit.yamlsafe import ValueProblem, construct, shorten, structure_problem

#: Files larger than this are not read (the ``max_file_size`` setting), in bytes.
DEFAULT_MAX_FILE_SIZE = 1_000_000
#: The most read of a setup file (a Vale rule, vocabulary or ``.vale.ini``): far above
#: any written by hand (sopkit's largest built-in rule is about 10 kB), it bounds what a
#: link to ``/dev/zero`` costs.
MAX_SETUP_FILE_BYTES = 5_000_000

try:  # libyaml is about ten times faster; fall back to pure Python where it is missing
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader

_FENCE = "---"
_END_FENCES = ("---", "...")


@dataclass(frozen=True)
class ValuePosition:
    """Where a front-matter key and its value sit in the file (1-based).

    ``inline`` is true when the value is a scalar written on the key's own line,
    so that a character offset inside the value maps to a column.
    """

    line: int
    column: int
    value_line: int
    value_column: int
    inline: bool
    quoted: bool


@dataclass(frozen=True)
class ReadProblem:
    """A file that cannot be read as a Markdown page with front matter."""

    kind: str  # "unreadable", "no-front-matter" or "invalid-front-matter"
    message: str
    line: int = 1
    column: int = 1
    field: str | None = None
    #: Why :func:`read_bytes` refused the file ("not-regular", "too-large" or
    #: "os-error"), for callers that word the refusal for a file other than an SOP.
    cause: str = ""

    def reworded(self, *, not_regular: str, too_large: str) -> str:
        """The refusal in a caller's words: :func:`read_bytes` words it for an SOP
        ("replace it with the SOP's text", "raise max_file_size"); a baseline, a
        registry or a Vale rule needs its own. Other problems keep their message."""
        return {"not-regular": not_regular, "too-large": too_large}.get(self.cause, self.message)


@dataclass
class Document:
    """One Markdown file split into front matter and body.

    Attributes:
        path: the file.
        text: the whole decoded text.
        meta: the front matter (empty when there is none or it is broken).
        positions: each top-level key's position.
        has_front_matter: whether the file opens with a front-matter block.
        body: the Markdown after the front matter.
        body_line: the file line on which ``body`` starts (1-based).
        problems: what went wrong while reading.
    """

    path: Path
    text: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    positions: dict[str, ValuePosition] = field(default_factory=dict)
    has_front_matter: bool = False
    body: str = ""
    body_line: int = 1
    problems: list[ReadProblem] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        """The file's lines, without line ends, split where Markdown and editors split them.

        Only LF, CRLF and CR end a line: ``str.splitlines`` also splits at a form feed,
        U+0085 and U+2028, and every finding after one would name the wrong line.
        """
        lines = self.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if lines[-1] == "":
            lines.pop()  # the file's last line end, as splitlines drops it
        return lines


def read_bytes(path: Path, max_size: int) -> tuple[bytes | None, ReadProblem | None]:
    """The bytes of ``path`` when it is a regular file of at most ``max_size`` bytes.

    A ``.md`` name can belong to a FIFO (reading waits for ever), a character
    device such as ``/dev/zero`` (endless) or a file of gigabytes: the file is opened
    without blocking, checked to be a regular file on the open descriptor (no race
    with a rename), and read no further than the limit.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        return None, ReadProblem(
            "unreadable", f"cannot read the file: {error.strerror}", cause="os-error"
        )
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            return None, ReadProblem(
                "unreadable",
                "not a regular file (a device, pipe or socket, or a link to one): "
                "replace it with the SOP's text, or remove it",
                cause="not-regular",
            )
        with os.fdopen(descriptor, "rb") as stream:
            descriptor = -1  # closed with the stream
            # a read of max_size + 1 bytes makes a buffer that large for every file;
            # the size on the open file is what it holds, unless it grows meanwhile
            expected = min(status.st_size, max_size) + 1
            data = stream.read(expected)
            if len(data) == expected <= max_size:  # it grew: read on, to the limit
                data += stream.read(max_size + 1 - len(data))
    except OSError as error:
        return None, ReadProblem(
            "unreadable", f"cannot read the file: {error.strerror}", cause="os-error"
        )
    finally:
        if descriptor >= 0:
            os.close(descriptor)
    if len(data) > max_size:
        return None, ReadProblem(
            "unreadable",
            f"the file is larger than {max_size:,} bytes (max_file_size): split it into "
            "several SOPs, or raise max_file_size in the settings",
            cause="too-large",
        )
    return data, None


#: Byte order marks of encodings other than UTF-8 (UTF-32 before UTF-16: they overlap).
_OTHER_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"),
)  # fmt: skip


def _looks_like_text(start: bytes, encoding: str) -> bool:
    """Whether the first bytes read in ``encoding`` are mostly ASCII text, as Markdown is
    (its keys, markers and line ends), and not binary that starts with the same bytes."""
    decoded = start[: len(start) - len(start) % 4].decode(encoding.lower(), errors="replace")
    return sum(1 for c in decoded if " " <= c <= "~" or c in "\n\r\t") >= len(decoded) / 2


def decode(data: bytes) -> tuple[str | None, ReadProblem | None]:
    """Decode file bytes as UTF-8, refusing binary and empty files."""
    for bom, encoding in _OTHER_BOMS:
        if data.startswith(bom) and _looks_like_text(data[:4096], encoding):
            return None, ReadProblem(  # it was called "a binary file"
                "unreadable",
                f'the file is {encoding} (Notepad\'s "Unicode"), not UTF-8: save it as UTF-8',
            )
    nul = data.find(b"\x00", 0, 8192)
    if nul >= 0:
        try:
            data[:nul].decode("utf-8")
        except UnicodeDecodeError:  # binary from the start (an image): no line to name
            return None, ReadProblem(
                "unreadable", "this is a binary file, not Markdown: remove it or rename it"
            )
        return (
            None,
            ReadProblem(  # text with a NUL in it: where it is
                "unreadable",
                "a NUL byte, which no text holds: remove it (or, if this is no text, the file) "
                "and save the file as UTF-8",
                data.count(b"\n", 0, nul) + 1,
                len(data[data.rfind(b"\n", 0, nul) + 1 : nul].decode("utf-8")) + 1,  # characters
            ),
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        return None, ReadProblem(
            "unreadable",
            f"not valid UTF-8 (byte 0x{data[error.start]:02x}): save the file as UTF-8",
            line,
            column,
        )
    if not text.strip():
        return None, ReadProblem(
            "unreadable", "the file is empty: write the SOP, or delete the file"
        )
    return text, None


def read_document(
    path: Path, text: str | None = None, max_size: int = DEFAULT_MAX_FILE_SIZE
) -> Document:
    """Read ``path`` (or parse ``text``) into a :class:`Document`.

    Args:
        path: the file, used for reading and in messages.
        text: the already decoded contents, to skip reading.
        max_size: the largest file read, in bytes; a larger one is a problem.
    """
    document = Document(path)
    if text is None:
        data, problem = read_bytes(path, max_size)
        if data is None:
            assert problem is not None
            document.problems.append(problem)
            return document
        text, problem = decode(data)
        if problem:
            document.problems.append(problem)
            return document
    assert text is not None
    document.text = text
    if _CR_ONLY_FENCE.match(text):
        document.has_front_matter = True  # it is there; only its line ends are not
        document.problems.append(
            ReadProblem(
                "unreadable",
                "the lines end with CR only (classic Mac OS): MkDocs would not find the "
                "front matter and would publish it as text; save the file with LF (or "
                "CRLF) line endings",
            )
        )
        return document
    lines = text.split("\n")
    conflict = _conflict_line(lines)
    if conflict is not None:
        document.has_front_matter = lines[0].rstrip() == _FENCE
        document.problems.append(
            ReadProblem(
                "unreadable",
                "a git merge conflict is left in the file: keep the right text and remove "
                "the lines <<<<<<<, ======= and >>>>>>>",
                conflict,
            )
        )
        return document
    if lines[0].rstrip() != _FENCE:
        document.body = text
        return document
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in _END_FENCES), None)
    if end is None:
        document.has_front_matter = True
        document.problems.append(
            ReadProblem(
                "invalid-front-matter",
                "the front matter opened on line 1 is never closed: "
                "add a line '---' after its last key",
            )
        )
        return document
    document.has_front_matter = True
    document.body = "\n".join(lines[end + 1 :])
    document.body_line = end + 2
    _parse_front_matter(document, "\n".join(lines[1:end]))
    return document


#: Characters YAML reads as line breaks that lines here do not end with (a carriage
#: return alone, pasted from old Mac text; Unicode's line and paragraph separators).
_ODD_LINE_BREAKS = {
    "\r": "carriage return (CR) alone", "\u2028": "line separator (U+2028)",
    "\u2029": "paragraph separator (U+2029)", "\x85": "next-line character (U+0085)",
}  # fmt: skip
_ODD_LINE_BREAK = re.compile("\r(?!\n|\\Z)|[\u2028\u2029\x85]")

#: The markers git leaves where a merge conflicts: "<<<<<<< HEAD", "=======", ">>>>>>> b".
_CONFLICT_START = re.compile(r"<{7}(?: |$)")
_CONFLICT_END = re.compile(r">{7}(?: |$)")


def _conflict_line(lines: list[str]) -> int | None:
    """The line of a "<<<<<<<" marker that a ">>>>>>>" marker follows (a lone one, or
    "=======" alone, can be text: "=======" underlines a heading)."""
    start = next((i for i, line in enumerate(lines) if _CONFLICT_START.match(line)), None)
    if start is None:
        return None
    if any(_CONFLICT_END.match(line) for line in lines[start + 1 :]):
        return start + 1
    return None


#: A front-matter fence whose line ends with a lone CR: the file's lines end with CR only.
_CR_ONLY_FENCE = re.compile(r"---[ \t]*\r(?!\n)")

#: Nested mappings (``variants.amsterdam.timeframe``) get positions down to this depth.
_NESTED_DEPTH = 4


def _record(document: Document, key: str, key_node: yaml.Node, value_node: yaml.Node) -> None:
    """Store where ``key`` (a dotted path for nested keys) and its value are."""
    inline = (
        isinstance(value_node, yaml.ScalarNode)
        and value_node.start_mark.line == key_node.start_mark.line
        and value_node.end_mark.line == key_node.start_mark.line
        and value_node.style in (None, "", "'", '"')
    )
    style = getattr(value_node, "style", None)
    document.positions[key] = ValuePosition(
        line=key_node.start_mark.line + 2,
        column=key_node.start_mark.column + 1,
        value_line=value_node.start_mark.line + 2,
        value_column=value_node.start_mark.column + 1,
        inline=inline,
        quoted=inline and style in ("'", '"'),
    )
    if isinstance(value_node, yaml.MappingNode) and key.count(".") < _NESTED_DEPTH - 1:
        for child_key, child_value in value_node.value:
            _record(document, f"{key}.{child_key.value}", child_key, child_value)


#: A tab in a line's indentation: YAML indents with spaces only.
_TAB_INDENT = re.compile(r"^ *\t")
#: "owner:Lead": a key with no space after its colon is not a key for YAML.
_NO_SPACE = re.compile(r"^\s*(?:-\s+)?(?P<key>[A-Za-z_][\w-]*):(?!//)(?=\S)(?!.*:\s)")
_INDENT = re.compile(r"^ *")


def _likely_cause(source: str, error_line: int) -> tuple[int, int, str] | None:
    """The line, column and fix of the usual editing mistake behind a YAML error at the
    0-based ``error_line`` of ``source``: a tab, a missing space after a key's colon, or
    a line indented more than its neighbour. ``None`` when none of them is near."""
    lines = source.split("\n")
    for number, text in enumerate(lines[: error_line + 1]):
        if _TAB_INDENT.match(text):
            return (number + 2, text.index("\t") + 1,
                    "the line is indented with a tab; YAML indents with spaces only: replace "
                    "the tab with spaces")  # fmt: skip
    for number in range(min(error_line, len(lines) - 1), max(error_line - 3, -1), -1):
        missing = _NO_SPACE.match(lines[number])
        if missing is not None:
            key = missing["key"]
            return (number + 2, missing.end("key") + 2,
                    f"put a space after the colon of '{key}:', as in '{key}: value'")  # fmt: skip
    if 0 < error_line < len(lines):
        here = lines[error_line]
        before = next((t for t in reversed(lines[:error_line]) if t.strip()), "")
        deeper = len(_INDENT.match(here)[0]) > len(_INDENT.match(before)[0])  # type: ignore[index]
        if here.strip() and deeper and not before.rstrip().endswith(":"):
            return (
                error_line + 2,
                1,
                "the line is indented more than the line before it: indent it as far as "
                "its neighbours (or, if it belongs to the value above, quote that value)",
            )
    return None


def _parse_front_matter(document: Document, source: str) -> None:
    """Fill ``meta`` and ``positions``; record YAML problems with file lines.

    Aliases and deep nesting are refused before composing (see
    :mod:`sopkit.yamlsafe`), and each value is built on its own, so a value that
    cannot be read is reported at its own line and never raises.
    """
    odd = _ODD_LINE_BREAK.search(source)
    if odd is not None:  # YAML breaks the line there: every line after it was off by one
        line = source.count("\n", 0, odd.start()) + 2
        column = odd.start() - (source.rfind("\n", 0, odd.start()) + 1) + 1
        name = _ODD_LINE_BREAKS[odd.group()]
        document.problems.append(
            ReadProblem(
                "invalid-front-matter",
                f"a {name} inside the line, which YAML reads as a line break: remove it",
                line,
                column,
            )
        )
        return
    refused = structure_problem(source, 2)
    if refused is not None:
        document.problems.append(_value_problem(refused))
        return
    loader = _Loader(source)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 2 if mark else 2
        column = mark.column + 1 if mark else 1
        problem = error.problem or error.context or "cannot parse"
        found = _likely_cause(source, mark.line if mark else 0)
        if found is not None:
            line, column, cause = found
            message = f"invalid YAML ({problem}): {cause}"
        else:
            message = (
                f"invalid YAML: {problem}. Quote values that contain ': ' or ' #', "
                "and indent list items under their key"
            )
        document.problems.append(ReadProblem("invalid-front-matter", message, line, column))
        return
    except yaml.YAMLError as error:
        document.problems.append(
            ReadProblem("invalid-front-matter", f"invalid YAML: {shorten(str(error), 120)}", 2)
        )
        return
    finally:
        loader.dispose()
    if node is None:
        return
    if not isinstance(node, yaml.MappingNode):
        document.problems.append(
            ReadProblem(
                "invalid-front-matter",
                "the front matter must be 'key: value' lines, e.g. 'owner: Contact Centre Lead'",
                node.start_mark.line + 2,
            )
        )
        return
    seen: dict[str, int] = {}
    meta: dict[str, Any] = {}
    broken = False
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 2
        column = key_node.start_mark.column + 1
        if not isinstance(key_node, yaml.ScalarNode):
            document.problems.append(
                ReadProblem(
                    "invalid-front-matter",
                    "a key must be a name such as 'owner', not a list or mapping",
                    line,
                    column,
                )
            )
            broken = True
            continue
        key = str(key_node.value)
        if key in seen:
            document.problems.append(
                ReadProblem(
                    "invalid-front-matter",
                    f"key '{shorten(key, 40).strip(chr(39))}' is given twice (first on line "
                    f"{seen[key]}): YAML keeps only the last one; delete one of them",
                    line,
                    column,
                    key,
                )
            )
        else:
            seen[key] = line
            _record(document, key, key_node, value_node)
        document.problems.extend(_nested_duplicates(value_node, key))
        try:
            construct(key_node, 2)  # a key's tag is checked as a value's is
            # the key as written: YAML reads "yes:" as true and "~:" as nothing, which
            # no message could name (and the last one of two wins, as in YAML)
            meta[key] = construct(value_node, 2)
        except ValueProblem as problem:
            document.problems.append(_value_problem(problem, key))
            broken = True
    if not broken:
        document.meta = meta


def _nested_duplicates(node: yaml.Node, key: str, depth: int = 0) -> list[ReadProblem]:
    """A key given twice inside a value (two ``amsterdam:`` under ``variants``): YAML
    keeps the last one, and the first disappears without a word."""
    found: list[ReadProblem] = []
    if depth >= _NESTED_DEPTH or not isinstance(node, yaml.MappingNode):
        return found
    seen: dict[tuple[str, str], int] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            continue
        name, line = str(key_node.value), key_node.start_mark.line + 2
        if (key_node.tag, name) in seen:  # 2 and "2" are two keys (SOP502 names those)
            found.append(
                ReadProblem(
                    "invalid-front-matter",
                    f"'{shorten(name, 40).strip(chr(39))}' is given twice in '{key}' (first on "
                    f"line {seen[key_node.tag, name]}): YAML keeps only the last one; merge "
                    "them into one",
                    line,
                    key_node.start_mark.column + 1,
                    key,
                )
            )
        else:
            seen[key_node.tag, name] = line
        found += _nested_duplicates(value_node, f"{key}.{name}", depth + 1)
    return found


def _value_problem(problem: ValueProblem, key: str | None = None) -> ReadProblem:
    return ReadProblem(
        "invalid-front-matter",
        f"invalid YAML value: {problem.message}",
        problem.line,
        problem.column,
        key,
    )
