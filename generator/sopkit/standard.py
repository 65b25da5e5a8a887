"""The parsed standard of an SOP: target, measured activity and duration.

``80% of calls answered within 20 seconds`` becomes ``Standard(target=80%,
activity="calls answered", duration=20 seconds)``. The site shows it, and compares
standards across SOPs and locations by activity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sopkit.quantities import Duration, Target, find_durations, find_target, parse_timeframe

#: Words that only glue the target or the time bound to the activity.
_GLUE = {
    "of", "the", "all", "within", "in", "after", "under", "at", "least", "most", "than",
    "a", "an", "is", "are", "be", "no", "more", "maximum", "minimum",
    "der", "die", "das", "des", "aller", "von", "innerhalb", "binnen", "nach", "werden",
    "wird", "ist", "sind", "mindestens", "höchstens", "maximal", "spätestens",
    "van", "de", "het", "alle", "worden", "wordt", "na", "uiterlijk",
    "minimaal", "maximaal", "op",
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


@dataclass(frozen=True)
class Standard:
    """What an SOP promises, read from ``metric`` and ``timeframe``.

    Attributes:
        target: the quantified target, or ``None`` when the metric states none.
        activity: the measured activity in lower case ("calls answered"), the
            metric without its target and time bound; used to compare SOPs.
        duration: the parsed ``timeframe``, or ``None`` when it does not parse.
        metric_duration: the time bound the metric states itself, if any.
    """

    target: Target | None
    activity: str
    duration: Duration | None
    metric_duration: Duration | None

    def describe(self) -> str:
        """One line of plain English: "80% · calls answered · within 20 seconds"."""
        parts = [self.target.describe() if self.target else "no target", self.activity]
        if self.duration:
            parts.append(f"within {self.duration.describe()}")
        return " · ".join(part for part in parts if part)

    def as_json(self) -> dict[str, object]:
        """A JSON-ready form."""
        return {
            "target": self.target.as_json() if self.target else None,
            "activity": self.activity,
            "duration": self.duration.as_json() if self.duration else None,
        }


def activity_of(metric: str, spans: list[tuple[int, int]]) -> str:
    """The metric's words outside the target and time-bound spans, without glue words."""
    kept = []
    position = 0
    for start, end in sorted(spans):
        kept.append(metric[position:start])
        position = max(position, end)
    kept.append(metric[position:])
    words = _WORD.findall(" ".join(kept).lower())
    return " ".join(word for word in words if word not in _GLUE)


def parse_standard(metric: str | None, timeframe: str | None, lang: str) -> Standard:
    """Read the standard from the (already type-checked) ``metric`` and ``timeframe``."""
    target = find_target(metric, lang) if metric else None
    metric_durations = find_durations(metric, lang) if metric else []
    metric_duration = metric_durations[0] if metric_durations else None
    spans = [d.span for d in metric_durations]
    if target:
        spans.append(target.span)
    activity = activity_of(metric, spans) if metric else ""
    duration = parse_timeframe(timeframe, lang) if timeframe else None
    return Standard(target, activity, duration, metric_duration)
