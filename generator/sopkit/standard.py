"""The parsed standard of an SOP: target, measured activity and duration.

``80% of calls answered within 20 seconds`` becomes ``Standard(target=80%,
activity="calls answered", duration=20 seconds)``. The site shows it, and compares
standards across SOPs and locations by activity.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from sopkit.clauses import condition_spans
from sopkit.quantities import (
    Duration,
    Target,
    find_availability,
    find_clock_deadlines,
    find_clock_points,
    find_durations,
    find_frequencies,
    find_stated_deadlines,
    find_target,
    parse_timeframe,
)

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
_TOKENS = re.compile(r"\w+")
#: "Either", before alternative bounds in a timeframe.
_EITHER = frozenset({"either", "entweder", "ofwel", "hetzij"})


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
    metric_durations: tuple[Duration, ...] = ()
    """Every bound the metric commits to ("within 3 working days and ... within 10"),
    without those inside a condition ("if we cannot answer within 2 days, ...")."""
    availability: str | None = None
    """An availability the metric promises ("24/7", "Mo–Fr 8–18 Uhr ... erreichbar")."""
    stated_deadline: str | None = None
    """A hard bound set elsewhere ("at the latest within the statutory period") or at a
    time of day ("by 11.59pm", "spätestens um 13 Uhr")."""
    frequency: str | None = None
    """A schedule the metric commits to ("quarterly", "8-mal im Jahr")."""
    failure_durations: tuple[Duration, ...] = ()
    """Bounds in a condition of the service's own failure ("if the answer cannot be given
    within 15 business days, we write to you within 35"): the usual bound, said by its
    miss. ``timeframe`` may name it; it is no commitment of its own."""
    later_bounds: tuple[str, ...] = ()
    """The availabilities, deadlines and schedules after the first of each kind ("Op
    donderdag 29 mei is er geen ophaling; de vervangende ophaaldag is vrijdag 30 mei"):
    ``timeframe`` may name one of them."""
    timeframe_names: str | None = None
    """The bound that is no length of time which ``timeframe`` names (see
    :meth:`bound_named`): what the site shows as the standard's bound."""

    def names_a_bound(self, text: str) -> bool:
        """True when ``text`` (a ``timeframe``) repeats a bound of the metric that is not a
        duration: a schedule, an availability, a deadline at a time of day or set
        elsewhere ("immer am Donnerstag", "ab 15 Uhr", "the next pay date")."""
        return self.bound_named(text) is not None

    def bound_named(self, text: str) -> str | None:
        """The bound of :meth:`names_a_bound`, in the metric's words, or ``None``."""
        tokens = _TOKENS.findall(text.lower())
        if tokens and tokens[0] in _EITHER:
            tokens = tokens[1:]  # "entweder dienstags oder mittwochs": either of the bounds
        wanted = set(tokens)
        words = " ".join(tokens)
        bounds = (self.frequency, self.availability, self.stated_deadline, *self.later_bounds)
        for bound in bounds:
            if bound and words.startswith(" ".join(_TOKENS.findall(bound.lower()))):
                return bound  # "bis zum 31. März des folgenden Jahres": the bound, then its event
            if bound and wanted:
                shared = wanted & set(_TOKENS.findall(bound.lower()))
                substantive = any(len(w) >= 4 or any(c.isdigit() for c in w) for w in shared)
                if substantive and 2 * len(shared) >= len(wanted):
                    return bound
        return None

    @property
    def measurable(self) -> bool:
        """True when an observer can check each case: a bound, a target or an availability."""
        return bool(
            self.target
            or self.metric_durations
            or self.availability
            or self.stated_deadline
            or self.frequency
        )

    def timeframe_agrees(self) -> bool:
        """True when ``timeframe`` names one of the metric's bounds (or either is missing)."""
        if self.duration is None or not self.metric_durations:
            return True
        return any(
            d.names(self.duration) for d in (*self.metric_durations, *self.failure_durations)
        )

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


_AVERAGE = re.compile(
    r"(?<!\w)(?:average|averages|averaged|mean|durchschnitt\w*|im\s+schnitt|mittel|"
    r"gemiddeld\w*)(?!\w)",
    re.IGNORECASE,
)


#: A condition of the service's own failure: "if we cannot", "if the answer cannot be given",
#: "wenn wir ... nicht", "als wij ... niet kunnen".
_FAILURE = re.compile(
    r"(?<![\w-])(?:cannot|can't|can\s+not|unable|not\s+able|is\s+not|are\s+not|isn't|aren't|"
    r"nicht|kein|keine|niet|geen)(?![\w-])",
    re.IGNORECASE,
)


def _in_failure_conditions(durations: list[Duration], metric: str, lang: str) -> list[Duration]:
    """The bounds inside conditions that say the bound was missed ("if we cannot ...")."""
    conditions = condition_spans(metric, lang)  # once, not once per bound
    return [
        d for d in durations
        for start, end in conditions
        if start <= d.span[0] < end and _FAILURE.search(metric, start, d.span[0])
    ]  # fmt: skip


def _outside_conditions(durations: list[Duration], metric: str, lang: str) -> list[Duration]:
    """The metric's time bounds outside conditions ("If we cannot ... within 2 days, ...")."""
    conditions = condition_spans(metric, lang)
    if not conditions:
        return durations
    return [
        d for d in durations
        if not any(start <= d.span[0] < end for start, end in conditions)
    ]  # fmt: skip


_INSTANT = {"on the spot", "at once", "at the same time"}
#: ``timeframe`` words that repeat an "on the spot" bound of the metric.
_AT_ONCE = {
    "sofort", "direkt", "direct", "meteen", "immediately", "at once", "onmiddellijk",
    "gleichzeitig", "tegelijk", "on the spot", "ter plekke", "gleich", "unmittelbar",
    "instantly", "straight away", "right away", "onverwijld",
}  # fmt: skip


#: A ``timeframe`` that names the event an instant bound follows: "as soon as you book".
_TRIGGER = re.compile(
    r"\s*(?:as\s+soon\s+as|once|upon|sobald|nachdem|zodra|meteen\s+na|direct\s+na)\s+\w",
    re.IGNORECASE,
)


def _first_apart(spans: list[tuple[int, int]], durations: list[Duration]) -> tuple[int, int] | None:
    """The first span that overlaps no duration ("von 2 bis 3 Werktagen" is no opening time).

    A duration wholly inside a span is part of it: "opens at 9am and closes at 9am the
    following day" is one window.
    """
    for start, end in spans:
        if not any(
            start < d.span[1] and d.span[0] < end and not (start < d.span[0] and d.span[1] < end)
            for d in durations
        ):
            return start, end
    return None


#: A standard is one sentence. Only this much of a metric is read for its parts, so
#: that a pasted page cannot make the reading cost grow with its square.
MAX_METRIC_CHARS = 1000


# A metric is read by several rules, by the judgement, by every location version that
# keeps it and by the site: the (immutable) reading is kept.
@functools.lru_cache(maxsize=4096)
def parse_standard(metric: str | None, timeframe: str | None, lang: str) -> Standard:
    """Read the standard from the (already type-checked) ``metric`` and ``timeframe``.

    A metric with a time bound and no share is an absolute commitment: it holds for
    every case, so its target is 100% (kind ``all``), or an average when it says so.
    """
    metric = metric[:MAX_METRIC_CHARS] if metric else metric
    timeframe = timeframe[:MAX_METRIC_CHARS] if timeframe else timeframe
    target = find_target(metric, lang) if metric else None
    all_durations = find_durations(metric, lang) if metric else []
    availability = stated = frequency = None
    later: list[tuple[int, int]] = []
    if metric:
        available = find_availability(metric, lang)
        span = _first_apart(available, all_durations)
        availability = metric[span[0] : span[1]] if span else None
        if span is not None:
            later += [s for s in available if s[0] > span[0] and _first_apart([s], all_durations)]
        deadlines = sorted(
            find_stated_deadlines(metric, lang)
            + find_clock_deadlines(metric, lang)
            + find_clock_points(metric, lang)
        )
        stated = metric[deadlines[0][0] : deadlines[0][1]] if deadlines else None
        schedules = find_frequencies(metric, lang)
        frequency = metric[schedules[0][0] : schedules[0][1]] if schedules else None
        later += deadlines[1:] + schedules[1:]
    metric_durations = _outside_conditions(all_durations, metric, lang) if metric else []
    metric_duration = metric_durations[0] if metric_durations else None
    if target is None and metric and metric_duration is not None:
        average = _AVERAGE.search(metric)
        if average:
            target = Target("average", 0, None, "at most", average.span())
        else:
            target = Target("all", 100, None, None, metric_duration.span)
    spans = [d.span for d in metric_durations]
    if target and target.kind not in ("all",):
        spans.append(target.span)
    activity = activity_of(metric, spans) if metric else ""
    duration = parse_timeframe(timeframe, lang) if timeframe else None
    if (
        duration is None
        and timeframe
        and (timeframe.strip().lower() in _AT_ONCE or _TRIGGER.match(timeframe))
    ):  # "sofort"; "Sobald Sie einen Termin vereinbart haben": the instant's trigger
        duration = next((d for d in metric_durations if d.relative in _INSTANT), None)
    failures = (
        tuple(_in_failure_conditions(all_durations, metric, lang))
        if metric and duration is not None and len(metric_durations) < len(all_durations)
        else ()
    )
    standard = Standard(
        target, activity, duration, metric_duration, tuple(metric_durations), availability,
        stated, frequency, failures, tuple(metric[a:b] for a, b in later) if metric else (),
    )  # fmt: skip
    if duration is None and timeframe:
        named = standard.bound_named(timeframe)
        if named is not None:
            standard = dataclasses.replace(standard, timeframe_names=named)
    return standard
