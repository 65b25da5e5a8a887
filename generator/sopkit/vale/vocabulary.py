"""The accepted terms of Vale vocabularies (``accept.txt``), as rules look them up.

Vale reads each line of ``accept.txt`` as a regular expression, and a term accepts a
match that it matches whole. Most lines are plain words ("Northwind", "Zendesk",
"e-mail"): a plain word matches whole only the very same text, so a set answers for
them what a pattern would. Only the lines that use regular-expression syntax are
joined into one pattern. A team vocabulary of 200,000 words took about 50 s and
600 MB to check and compile in every lint as one pattern; as a set it takes a
fraction of a second.
"""

from __future__ import annotations

from dataclasses import dataclass

from sopkit.vale.rules import Pattern, compile_pattern, regex_problem, vale_regex

#: The characters that give a term regular-expression meaning (in Vale's syntax and
#: in the ``regex`` package's): a term without any of them matches only itself.
_REGEX_SYNTAX = frozenset("\\.^$*+?{}[]|()")


def is_plain(term: str) -> bool:
    """True when ``term`` is a plain word or phrase, which matches only itself."""
    return _REGEX_SYNTAX.isdisjoint(term)


@dataclass(frozen=True)
class AcceptedTerms:
    """The accepted terms: the plain ones as a set, the others as one pattern."""

    words: frozenset[str]
    pattern: Pattern | None

    @property
    def alternatives(self) -> int:
        """How many terms the pattern joins (for the message when it is slow)."""
        return 0 if self.pattern is None else self.pattern.pattern.count("|") + 1


def joined_problem(terms: list[str]) -> str | None:
    """Why the terms that are not plain do not compile as one pattern, or ``None``.

    Each compiles alone (checked as it is read), but two can clash together: the same
    ``(?P<name>...)`` in two lines.
    """
    patterns = [term for term in terms if not is_plain(term)]
    return regex_problem(_joined(patterns)) if patterns else None


def accepted_terms(terms: list[str]) -> AcceptedTerms | None:
    """The terms as rules look them up; ``None`` when there are none.

    Check them with :func:`joined_problem` first.
    """
    if not terms:
        return None
    words = frozenset(term for term in terms if is_plain(term))
    patterns = [term for term in terms if not is_plain(term)]
    return AcceptedTerms(words, compile_pattern(_joined(patterns)) if patterns else None)


def _joined(patterns: list[str]) -> str:
    return "|".join(f"(?:{vale_regex(term)})" for term in patterns)
