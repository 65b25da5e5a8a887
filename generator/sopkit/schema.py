"""The SOP front-matter schema: one table of fields, used to validate and to export.

Each :class:`Field` knows its JSON Schema and how to check a value, so
``sopkit schema`` (editor completion) and the lint rules can never disagree.
Later features (locations, reviews, changes) add rows to :data:`FIELDS`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sopkit.config import LANGUAGES, MAX_ID_LENGTH, Settings
from sopkit.quantities import Duration, parse_timeframe
from sopkit.yamlsafe import shorten

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$")  # fmt: skip
#: "<...>" in an owner: with an "@" in it, an email address with no space in it.
_ANGLE_BRACKETS = re.compile(r"<([^<>]*)>")
#: "Lead <lead@example.com" (no ">"): the address was read, the bracket left open.
_UNCLOSED_ADDRESS = re.compile(r"<[^<>\s]*@[^<>\s]*(?![^<>\s])(?!>)")
_HANDLE = re.compile(r"^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$")

#: A check returns a message that says what is wrong and how to fix it, or None.
Check = Callable[[Any, Settings], "str | None"]


def describe_type(value: object) -> str:
    """Name a YAML value's type the way an editor thinks of it."""
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"a yes/no value ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({shorten(value)})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, dt.date):
        return f"a date ({value.isoformat()})"
    if isinstance(value, str):
        return f"text ({shorten(value)})" if value.strip() else "an empty text"
    return f"a {type(value).__name__}"


def _text(example: str) -> Check:
    def check(value: Any, settings: Settings) -> str | None:
        del settings
        if not isinstance(value, str):
            return f"must be text, got {describe_type(value)}: write e.g. {example}"
        if not value.strip():
            return f"is empty: write e.g. {example}"
        hidden = _DIRECTION_CONTROLS.search(value)
        if hidden:
            return (
                f"holds an invisible direction control (U+{ord(hidden.group()):04X}), which "
                "shows the text in another order than it is stored (a reviewer reads one "
                "thing, staff another): remove it"
            )
        return None

    return check


#: Bidirectional embeddings and overrides: "Trojan Source" text. Isolates (U+2066 to
#: U+2069) are the recommended way to mix right-to-left and left-to-right text: allowed.
_DIRECTION_CONTROLS = re.compile("[\u202a-\u202e]")


def _check_id(value: Any, settings: Settings) -> str | None:
    problem = _text("'answer-inbound-calls'")(value, settings)
    if problem:
        return problem
    if not _ID.match(value):
        return (
            f"{shorten(value)} is not a valid id: use lowercase letters, digits and hyphens, "
            "e.g. 'answer-inbound-calls' (it becomes part of the page URL)"
        )
    if len(value) > MAX_ID_LENGTH:
        return (
            f"the id is {len(value)} characters long: use at most {MAX_ID_LENGTH} (it "
            "becomes a folder name, which file systems cut short)"
        )
    return None


#: A title is the page's heading, its browser tab and the link in every listing.
MAX_TITLE_LENGTH = 300


def _check_title(value: Any, settings: Settings) -> str | None:
    problem = _text("'Answer inbound calls'")(value, settings)
    if problem:
        return problem
    if len(value) > MAX_TITLE_LENGTH:
        return (
            f"the title is {len(value):,} characters long: use at most {MAX_TITLE_LENGTH} (it "
            "is the page's heading and the link in every listing); move the rest to the body"
        )
    return None


def owner_parts(owner: str) -> tuple[list[str], list[str]]:
    """The email addresses and GitHub handles (``@org/team``) written in an owner."""
    emails: list[str] = []
    handles: list[str] = []
    for raw in owner.split():
        word = raw.strip("<>()[],;\"'")
        if word.startswith("@"):
            handles.append(word)
        elif "@" in word:
            emails.append(word.removeprefix("mailto:"))
    return emails, handles


def _check_owner(value: Any, settings: Settings) -> str | None:
    problem = _text("'Contact Centre Lead <cc-lead@example.com>'")(value, settings)
    if problem:
        return problem
    if _UNCLOSED_ADDRESS.search(value):
        return (
            "the angle bracket of the address is not closed: write it as <name@example.com>, "
            "e.g. 'Contact Centre Lead <cc-lead@example.com>'"
        )
    for inside in _ANGLE_BRACKETS.findall(value):
        address = inside.strip().removeprefix("mailto:")
        if "@" in inside and not address.startswith("@") and not _EMAIL.match(address):
            return (
                f"{shorten('<' + inside + '>')} is not a valid email address: write it as "
                "<name@example.com>, e.g. 'Contact Centre Lead <cc-lead@example.com>'"
            )
    emails, handles = owner_parts(value)
    for email in emails:
        if not _EMAIL.match(email):
            return (
                f"{shorten(email)} is not a valid email address: write it as name@example.com, "
                "e.g. 'Contact Centre Lead <cc-lead@example.com>'"
            )
    for handle in handles:
        if not _HANDLE.match(handle):
            return f"{shorten(handle)} is not a GitHub user or team: write @user or @org/team"
    return None


def _check_lang(value: Any, settings: Settings) -> str | None:
    del settings
    if isinstance(value, bool):  # "lang: no" (Norwegian) is false to YAML 1.1
        return (
            f"must be one of {', '.join(LANGUAGES)}, got {describe_type(value)}: YAML reads "
            "no, off, yes and on as yes/no values"
        )
    if value not in LANGUAGES:
        return f"must be one of {', '.join(LANGUAGES)}, got {shorten(value)}"
    return None


def _check_tags(value: Any, settings: Settings) -> str | None:
    del settings
    if not isinstance(value, list):
        return f"must be a list, got {describe_type(value)}: write e.g. [refunds, queue]"
    for tag in value:
        if not isinstance(tag, str) or not tag.strip():
            return (
                f"every tag must be a word, got {describe_type(tag)}: write e.g. [refunds, queue]"
            )
        if " - " in tag:  # "- calls" then "  - queue": YAML folds the second into the first
            first, _, second = tag.partition(" - ")
            return (
                f"{shorten(tag)} is one tag: YAML joins a '- {second.split(' - ')[0]}' indented "
                f"deeper than '- {first}' to it; put every '- tag' at the same indentation"
            )
    return None


def _check_flag(value: Any, settings: Settings) -> str | None:
    del settings
    if not isinstance(value, bool):
        return f"must be true or false, got {describe_type(value)}"
    return None


def _check_touchpoint(value: Any, settings: Settings) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return (
            f"must be one touchpoint, got {describe_type(value)}: "
            f"one of {', '.join(settings.touchpoints)}"
        )
    return None  # whether it is in the vocabulary is rule SOP007's job


#: The dates :func:`parse_date` reads, as text (editors' YAML tooling sees 2026-05-01 as
#: text): "2026-5-1" is a date to lint, and must be one to the schema too.
_DATE_PATTERN = (
    r"^\s*(\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|"
    r"\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}-\d{1,2}-\d{4})\s*$"
)


def parse_date(value: Any) -> dt.date | None:
    """A date from YAML (``2026-05-01``) or text ("2026-05-01", "01.05.2026")."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y"):
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                continue
    return None


def parse_interval(value: Any, lang: str = "en") -> Duration | None:
    """A review interval: "6 months", "1 year", "12 weeks", "P6M" (no working days).

    ``None`` for anything else, and for intervals of more than 1000 years.
    """
    if not isinstance(value, str):
        return None
    duration = parse_timeframe(value, lang)
    if duration is None or duration.family not in _INTERVAL_DAYS or duration.amount <= 0:
        return None
    if duration.base_amount * _INTERVAL_DAYS[duration.family] > LONGEST_INTERVAL_DAYS:
        return None  # "99999999999 years" is no cadence, and no date lies that far ahead
    return duration


#: Intervals longer than this are refused: due dates must stay within the calendar.
LONGEST_INTERVAL_DAYS = 1000 * 366
#: Days per base unit of each family an interval may use (business hours count whole).
_INTERVAL_DAYS = {"calendar": 1 / 86400, "months": 366 / 12, "business_hours": 1 / 24}
#: (A month counts 30.5 days here, so "1000 years" and "12000 months" are the longest
#: intervals, as the message says; a due date past the calendar's end is its last day.)


_DATE_HINT = "write it as YYYY-MM-DD, e.g. 2026-05-01"


#: The keys of an SOP's ``review`` block.
REVIEW_KEYS = ("last", "by", "interval")


def _check_review(value: Any, settings: Settings) -> str | None:
    if not isinstance(value, dict):
        return (
            f"must be a mapping, got {describe_type(value)}: write e.g. "
            "{last: 2026-05-01, by: Contact Centre Lead, interval: 6 months}"
        )
    unknown = [key for key in value if key not in REVIEW_KEYS]
    if unknown:
        return f"has unknown key {shorten(unknown[0])}: use last, by and interval"
    if "last" in value and parse_date(value["last"]) is None:
        return f"last {shorten(value['last'])} is not a date: {_DATE_HINT}"
    if "interval" in value and parse_interval(value["interval"]) is None:
        return (
            f"interval {shorten(value['interval'])} is not an interval of up to 1000 years: "
            "write e.g. '6 months' or '1 year'"
        )
    if "by" in value and (not isinstance(value["by"], str) or not value["by"].strip()):
        return "'by' must name who reviewed, e.g. 'by: Contact Centre Lead'"
    del settings
    return None


def _check_id_list(value: Any, settings: Settings) -> str | None:
    del settings
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        got = describe_type(value)
        return f"must be a list of location ids, got {got}: write e.g. [london, amsterdam]"
    return None


def _check_variants(value: Any, settings: Settings) -> str | None:
    del settings
    if not isinstance(value, dict):
        return (
            f"must map location ids to overrides, got {describe_type(value)}: write e.g. "
            "{amsterdam: {timeframe: 5 working days}}"
        )
    for location, overrides in value.items():
        if not isinstance(overrides, dict):
            return (
                f"must map each location id to overrides; {shorten(str(location))} has "
                f"{describe_type(overrides)}: write e.g. {str(location)[:40]}: "
                "{timeframe: 5 working days}, or remove it"
            )
    return None


def _check_field_list(value: Any, settings: Settings) -> str | None:
    del settings
    from sopkit.variants import VARIANT_FIELDS

    if not isinstance(value, list) or not all(
        isinstance(name, str) and name in VARIANT_FIELDS for name in value
    ):
        return f"must be a list of {', '.join(VARIANT_FIELDS)}"
    return None


def _check_changes(value: Any, settings: Settings) -> str | None:
    del settings
    example = "[{date: 2026-05-01, summary: timeframe changed from 3 to 2 working days}]"
    if not isinstance(value, list):
        return f"must be a list of changes, got {describe_type(value)}: write e.g. {example}"
    for number, entry in enumerate(value, 1):
        if not isinstance(entry, dict) or "date" not in entry or "summary" not in entry:
            return f"entry {number} needs 'date' and 'summary': write e.g. {example}"
        if parse_date(entry["date"]) is None:
            return f"entry {number}: 'date: {entry['date']}' is not a date: {_DATE_HINT}"
        if not isinstance(entry["summary"], str) or not entry["summary"].strip():
            return f"entry {number}: 'summary' must say what changed"
        if "material" in entry and not isinstance(entry["material"], bool):
            return f"entry {number}: 'material' must be true or false"
        if "author" in entry and (not isinstance(entry["author"], str) or not entry["author"]):
            got = describe_type(entry["author"])
            return f"entry {number}: 'author' must name who changed it, got {got}"
    return None


@dataclass(frozen=True)
class Field:
    """One front-matter key.

    Attributes:
        name: the key.
        description: what it holds (shown in editors through the JSON Schema).
        json_schema: its JSON Schema fragment.
        check: validates a present value's type and form.
        required: lint reports its absence.
    """

    name: str
    description: str
    json_schema: dict[str, Any]
    check: Check
    required: bool = False


FIELDS: Sequence[Field] = (
    Field(
        "id",
        "Stable identifier, part of the page URL. Default: the file name without .md.",
        {"type": "string", "pattern": _ID.pattern},
        _check_id,
    ),
    Field(
        "title",
        "The procedure's name. Default: the page's first '# ' heading.",
        {"type": "string", "minLength": 1, "maxLength": MAX_TITLE_LENGTH},
        _check_title,
        required=True,
    ),
    Field(
        "owner",
        "The accountable role or person; may include an email address and a GitHub "
        "handle or team (@org/team).",
        {"type": "string", "minLength": 1},
        _check_owner,
        required=True,
    ),
    Field(
        "touchpoint",
        "Where the customer meets the service: one value of the configured vocabulary.",
        {"type": "string"},
        _check_touchpoint,
        required=True,
    ),
    Field(
        "metric",
        "The measurable standard in one sentence, with a quantified target: "
        "'80% of calls answered within 20 seconds'.",
        {"type": "string", "minLength": 1},
        _text("'80% of calls answered within 20 seconds'"),
        required=True,
    ),
    Field(
        "timeframe",
        "The time bound of the standard: a number and a unit ('20 seconds', "
        "'2 working days', '2 Werktage', '3 werkdagen') or an ISO 8601 duration ('PT20S').",
        {"type": "string", "minLength": 1},
        _text("'20 seconds' or '2 working days'"),
        required=True,
    ),
    Field(
        "lang",
        "The language of the SOP. Default: the configured default_lang, else en.",
        {"type": "string", "enum": list(LANGUAGES)},
        _check_lang,
    ),
    Field(
        "tags",
        "Keywords for search and grouping.",
        {"type": "array", "items": {"type": "string", "minLength": 1}},
        _check_tags,
    ),
    Field(
        "review",
        "The last review: {last: 2026-05-01, by: <who reviewed>, interval: 6 months}. "
        "Without interval, the configured review_interval applies.",
        {
            "type": "object",
            "properties": {
                "last": {"type": "string", "pattern": _DATE_PATTERN},
                "by": {"type": "string"},
                "interval": {"type": "string"},
            },
            # (no "last" is a warning in lint, SOP402: JSON Schema has no warnings)
            "additionalProperties": False,
        },
        _check_review,
    ),
    Field(
        "changes",
        "Changes written by hand (used when git history is not available): "
        "[{date: 2026-05-01, summary: ..., material: true, author: ...}].",
        {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "date": {"type": "string", "pattern": _DATE_PATTERN},
                    "summary": {"type": "string", "minLength": 1},
                    "material": {"type": "boolean"},
                    "author": {"type": "string"},
                },
                "required": ["date", "summary"],
            },
        },
        _check_changes,
    ),
    Field(
        "locations",
        "The locations this SOP applies to (ids from sop/locations.yml). Default: all.",
        {"type": "array", "items": {"type": "string"}},
        _check_id_list,
    ),
    Field(
        "variants",
        "Local differences per location: {amsterdam: {timeframe: 5 working days, "
        "steps: {3: new text, after 4: added step, remove: [6]}}}.",
        {"type": "object", "additionalProperties": {"type": "object"}},
        _check_variants,
    ),
    Field(
        "variant_fields",
        "What this SOP's variants may change (a subset of metric, timeframe, owner, "
        "title, lang, steps).",
        {
            "type": "array",
            "items": {"enum": ["metric", "timeframe", "owner", "title", "lang", "steps"]},
        },
        _check_field_list,
    ),
    Field(
        "sop",
        "Set to false on a page that is not an SOP (an overview, a glossary).",
        {"type": "boolean"},
        _check_flag,
    ),
)

FIELDS_BY_NAME = {f.name: f for f in FIELDS}


def json_schema(settings: Settings) -> dict[str, Any]:
    """The front matter as a JSON Schema (draft 2020-12), for editor completion.

    The schema fails only what fails lint. JSON Schema has no warnings (and
    yaml-language-server shows every schema problem as an error), so an unknown key,
    a warning by default (SOP004), is allowed here; the schema forbids unknown keys
    only when the settings make SOP004 an error.
    """
    properties: dict[str, Any] = {}
    for f in FIELDS:
        fragment = dict(f.json_schema)
        if f.name == "touchpoint":
            fragment["enum"] = list(settings.touchpoints)
        fragment["description"] = f.description
        properties[f.name] = fragment
    unknown_keys_fail = settings.rules.get("SOP004", "warning") == "error"
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://sopkit.example/schema/sop-front-matter.json",
        "title": "sopkit SOP front matter",
        "description": "The YAML front matter of a sopkit standard operating procedure. "
        + (
            "Unknown keys are errors (SOP004 unknown-key is set to error)."
            if unknown_keys_fail
            else "Unknown keys are allowed here: sopkit lint reports them as "
            "SOP004 unknown-key at its configured severity."
        ),
        "type": "object",
        # What each key must be holds only on SOPs: lint reads no key of a page marked
        # `sop: false` (an overview, a glossary), which needs none of them either.
        "if": {"properties": {"sop": {"const": False}}, "required": ["sop"]},
        "else": {
            "properties": properties,
            "required": [f.name for f in FIELDS if f.required and f.name != "title"],
            "additionalProperties": not unknown_keys_fail,
        },
    }
