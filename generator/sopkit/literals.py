"""The words a regular expression cannot match without: a cheap test before running it.

sopkit reads deadlines by the day ("next working day", "am Ende des Monats") with some
150 patterns per language. Most of them may start at any character (an optional "by"
or "spätestens" comes first), so each one scans every metric, character by character,
although fewer than one metric in ten holds any of them. A pattern that can only match
text containing "working day" or "werkdag" need not run on a metric with neither:
:func:`required_literals` finds such strings in the pattern's syntax tree, as RE2 and
ripgrep find "required factors", and :func:`may_match` checks them with ``in``.

The test is one-sided: when it says no, the pattern cannot match; when it says yes, the
pattern runs as before. Strings are compared folded (:func:`fold`) on both sides, as
patterns here ignore case. A pattern whose syntax this module does not know gets no test
at all.

Reading a pattern's syntax tree is most of what compiling it costs, and a process that
reads a few metrics needs few of those patterns: a :class:`GuardedPattern` reads the
tree for its test and compiles the pattern only when a text first passes the test.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar, overload

try:  # the parser of Python's own ``re``: private, but stable across 3.11 to 3.13
    from re import _constants as constants  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: no tests, every pattern runs
    constants = parser = None

#: Shorter strings than this are in almost every metric: no use as a test.
_SHORTEST_USEFUL = 3

Requirement = frozenset[str]


def required_literals(pattern: re.Pattern[str] | str, flags: int = 0) -> Requirement | None:
    """Folded strings (:func:`fold`) of which every match of ``pattern`` contains one, or
    ``None`` when there is no such set worth testing (or the syntax is not understood).

    ``pattern`` is compiled or a source string with its ``flags``.
    """
    if parser is None:
        return None
    source, flags = (
        (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (pattern, flags)
    )
    try:
        tree = parser.parse(source, flags)
    except Exception:  # any surprise means: no test, and the pattern runs
        return None
    try:
        found = _sequence(list(tree))
    except (AttributeError, TypeError, ValueError, IndexError):  # another Python's tree
        return None
    if found is None or min(len(s) for s in found) < _SHORTEST_USEFUL:
        return None
    return found


def fold(text: str) -> str:
    """``text`` as :func:`may_match` compares it: casefolded, and with the two letters
    that ``re`` matches to "i" without ignoring case as ``casefold`` does (Turkish dotless
    "ı", and the dot that "İ" leaves) made plain."""
    return text.casefold().replace("ı", "i").replace("\u0307", "")


def may_match(required: Requirement | None, folded_text: str) -> bool:
    """False only when the pattern behind ``required`` cannot match the text that
    :func:`fold` made ``folded_text``."""
    return required is None or any(literal in folded_text for literal in required)


class GuardedPattern:
    """A regular expression with its :func:`required_literals`, compiled on first need.

    :meth:`finditer` runs the pattern only on a text that passes the test; the pattern
    is compiled the first time one does, so a process never compiles the patterns its
    texts cannot match.
    """

    __slots__ = ("_compiled", "flags", "required", "source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self.required = required_literals(source, flags)
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled

    def finditer(self, text: str, folded_text: str) -> Iterator[re.Match[str]]:
        """The matches in ``text``, whose :func:`fold` is ``folded_text``."""
        if not may_match(self.required, folded_text):
            return iter(())
        return self.compiled.finditer(text)


_Row = TypeVar("_Row", bound=tuple[Any, ...])


class GuardedTable(Sequence[_Row]):
    """Rows that each begin with a :class:`GuardedPattern`, tested together.

    Testing some 150 patterns one by one costs a call and a scan of the text for each
    of their strings. The table looks for each distinct string once per text and
    returns the rows whose pattern may match, in table order (:meth:`candidates`);
    the rows themselves are a sequence as before.
    """

    def __init__(self, rows: Iterable[_Row]) -> None:
        self._rows: tuple[_Row, ...] = tuple(rows)
        self._untested: list[int] = []
        self._by_literal: dict[str, list[int]] = {}
        for index, row in enumerate(self._rows):
            pattern: GuardedPattern = row[0]
            if pattern.required is None:
                self._untested.append(index)
                continue
            for literal in pattern.required:
                self._by_literal.setdefault(literal, []).append(index)

    def candidates(self, folded_text: str) -> list[_Row]:
        """The rows whose pattern may match the text that :func:`fold` made
        ``folded_text``, in table order."""
        found = set(self._untested)
        for literal, indexes in self._by_literal.items():
            if literal in folded_text:
                found.update(indexes)
        return [self._rows[index] for index in sorted(found)]

    @overload
    def __getitem__(self, index: int) -> _Row: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[_Row, ...]: ...
    def __getitem__(self, index: int | slice) -> _Row | tuple[_Row, ...]:
        return self._rows[index]

    def __len__(self) -> int:
        return len(self._rows)


def _better(one: Requirement | None, other: Requirement | None) -> Requirement | None:
    """The more selective of two requirements: the longer shortest string, then fewer."""
    if one is None:
        return other
    if other is None:
        return one
    key_one = (min(map(len, one)), -len(one))
    key_other = (min(map(len, other)), -len(other))
    return one if key_one >= key_other else other


def _sequence(items: Iterable[tuple[object, object]]) -> Requirement | None:
    """The best requirement of a sequence: a run of literal characters, or an item's."""
    best: Requirement | None = None
    run: list[str] = []
    for op, argument in items:
        if op is constants.LITERAL:
            run.append(chr(argument))  # type: ignore[arg-type]
            continue
        if run:
            best = _better(best, frozenset({fold("".join(run))}))
            run = []
        best = _better(best, _item(op, argument))
    if run:
        best = _better(best, frozenset({fold("".join(run))}))
    return best


def _item(op: object, argument: object) -> Requirement | None:
    """What one item of a sequence requires (``None``: nothing, as far as we know)."""
    if op is constants.SUBPATTERN:
        return _sequence(list(argument[-1]))  # type: ignore[index]
    if op is getattr(constants, "ATOMIC_GROUP", None):
        return _sequence(list(argument))  # type: ignore[call-overload]
    if op is constants.BRANCH:
        union: set[str] = set()
        for branch in argument[1]:  # type: ignore[index]
            found = _sequence(list(branch))
            if found is None:
                return None  # this branch can match without any known string
            union |= found
        return frozenset(union)
    repeats = {constants.MAX_REPEAT, constants.MIN_REPEAT}
    repeats.add(getattr(constants, "POSSESSIVE_REPEAT", constants.MAX_REPEAT))
    if op in repeats:
        low: int = argument[0]  # type: ignore[index]
        body: Iterable[tuple[object, object]] = argument[2]  # type: ignore[index]
        return _sequence(list(body)) if low >= 1 else None
    return None  # a class, an anchor, a look-around, a back-reference: no string
