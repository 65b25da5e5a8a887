"""The outcome of a lint run: findings and counts, what reports and builds read."""

from __future__ import annotations

from dataclasses import dataclass, field

from sopkit.lint.finding import Finding
from sopkit.sop import Sop


@dataclass
class LintResult:
    """The outcome of one lint run.

    Attributes:
        findings: every finding, silenced ones included, sorted by file and line.
        files: how many Markdown files were read.
        sops: how many of them are SOPs.
        baselined: findings left out because a baseline records them.
    """

    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    sops: int = 0
    baselined: int = 0
    loaded: list[Sop] = field(default_factory=list)

    def count(self, severity: str) -> int:
        """Unsilenced findings of one severity."""
        return sum(1 for f in self.findings if f.severity == severity and not f.suppressed)

    @property
    def suppressed(self) -> int:
        """How many findings a directive silenced."""
        return sum(1 for f in self.findings if f.suppressed)

    @property
    def failed(self) -> bool:
        """True when an unsilenced error remains (exit code 1)."""
        return self.count("error") > 0

    def summary(self) -> dict[str, int]:
        """Counts for reports."""
        return {
            "files": self.files,
            "sops": self.sops,
            "errors": self.count("error"),
            "warnings": self.count("warning"),
            "info": self.count("info"),
            "suppressed": self.suppressed,
            "baselined": self.baselined,
        }
