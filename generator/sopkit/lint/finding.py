"""What a rule reports: a :class:`Problem` inside a rule, a :class:`Finding` outside."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Problem:
    """What a rule's check yields; the engine adds the rule, severity and path.

    ``field`` names the front-matter key the problem is about, and then ``line``
    is that key's line.
    """

    message: str
    line: int
    column: int = 1
    field: str | None = None
    severity: str | None = None
    """Set by rules whose severity varies per problem (Vale rule levels)."""


@dataclass(frozen=True)
class Finding:
    """One reported problem in one file (the JSON contract's record).

    Attributes:
        path: the file, relative to the working folder, with forward slashes.
        line: 1-based file line.
        column: 1-based column.
        rule: the rule code, e.g. ``SOP101``.
        name: the rule's kebab-case name, e.g. ``unmeasurable-metric``.
        severity: ``error``, ``warning`` or ``info``.
        message: what is wrong and how to fix it.
        field: the front-matter key it is about, else ``None``.
        suppressed: the reason given in a ``sopkit-ignore`` directive, else ``None``.
    """

    path: str
    line: int
    column: int
    rule: str
    name: str
    severity: str
    message: str
    field: str | None = None
    suppressed: str | None = None

    def as_json(self) -> dict[str, object]:
        """The record as written by ``--format json``."""
        return asdict(self)

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        """Order by file, line, column, rule."""
        return (self.path, self.line, self.column, self.rule)
