"""sopkit's linter: rules over SOP files, and reports of their findings.

Public API: :func:`lint_paths` and :class:`LintResult`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sopkit.lint.engine import lint_paths
    from sopkit.lint.result import LintResult

__all__ = ["LintResult", "lint_paths"]


def __getattr__(name: str) -> Any:
    """Import the engine (and every rule) on first use, not with the package.

    A site build imports ``sopkit.lint.files`` to read SOPs while lint runs in
    another process; it need not load the rules.
    """
    if name == "LintResult":
        from sopkit.lint.result import LintResult

        return LintResult
    if name == "lint_paths":
        from sopkit.lint.engine import lint_paths

        return lint_paths
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
