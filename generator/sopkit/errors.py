"""Errors that stop sopkit from running at all (exit code 2).

Problems *in* SOP files are findings, never exceptions: one bad SOP must not hide
the findings in the others. Only a broken setup (bad configuration, bad usage)
raises, and it does so as a ``click.ClickException`` so the CLI prints one clean line.
"""

from __future__ import annotations

import click


class SopkitError(click.ClickException):
    """sopkit cannot run; the message says what to fix."""

    exit_code = 2


class ConfigError(SopkitError):
    """The configuration (``mkdocs.yml`` plugin section or ``[tool.sopkit]``) is invalid."""

    def __init__(self, path: object, message: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line else f"{path}"
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
