"""sopkit's linter: rules over SOP files, and reports of their findings.

Public API: :func:`lint_paths` and :class:`LintResult`.
"""

from sopkit.lint.engine import LintResult, lint_paths

__all__ = ["LintResult", "lint_paths"]
