"""Per-location variants: one standard everywhere, explicit local differences.

The base SOP holds the standard. A location's differences sit in the same file, so
base and delta are reviewed together in one pull request:

```yaml
locations: [london, amsterdam]          # optional: where the SOP applies (default: all)
variants:
  amsterdam:
    timeframe: 5 working days
    metric: 90% of refunds issued within 5 working days
    steps:
      3: Check the customer's IBAN.       # replaces step 3
      after 4: Print the Dutch return label.   # adds a step after step 4
      remove: [6]                         # step 6 does not apply here
variant_fields: [metric, timeframe, steps]   # optional: what variants may change
```

and in the body, a section only one location sees:

```markdown
<!-- sopkit:location amsterdam -->
## Returns desk on the first floor
...
<!-- /sopkit:location -->
```
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from sopkit.sop import Sop

#: What a variant may change unless the configuration or the SOP narrows it.
VARIANT_FIELDS = ("metric", "timeframe", "owner", "title", "lang", "steps")
_AFTER = re.compile(r"^after\s+(\d+)$")
_NUMBER = re.compile(r"^\s*(\d+)\s*$")
_OPEN = re.compile(r"^\s*<!--\s*sopkit:location\s+([\w-]+)\s*-->\s*$")
_CLOSE = re.compile(r"^\s*<!--\s*/sopkit:location\s*-->\s*$")


@dataclass
class StepEdits:
    """Changes to the base steps: replace step N, add steps after step N, remove steps."""

    replace: dict[int, str] = field(default_factory=dict)
    after: dict[int, list[str]] = field(default_factory=dict)
    remove: list[int] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.replace or self.after or self.remove)

    def texts(self) -> list[tuple[str, str]]:
        """Every new step text with its key under ``steps:`` ("3", "after 4")."""
        found = [(str(number), text) for number, text in self.replace.items()]
        for number, texts in self.after.items():
            found.extend((f"after {number}", text) for text in texts)
        return found


@dataclass
class Variant:
    """One location's overrides of one SOP."""

    location: str
    fields: dict[str, Any]
    steps: StepEdits

    @property
    def key(self) -> str:
        """The dotted front-matter path of this variant (``variants.amsterdam``)."""
        return f"variants.{self.location}"


def _step_number(value: object) -> int | None:
    """A step number written as a number (``6``) or as text (``"6"``), else None.

    YAML readers other than PyYAML (Zensical's, JSON-based tools) accept only text
    keys in metadata, so ``steps: {"6": ...}`` means the same as ``steps: {6: ...}``.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    match = _NUMBER.match(value) if isinstance(value, str) else None
    return int(match.group(1)) if match else None


def parse_step_edits(raw: Any) -> tuple[StepEdits, list[tuple[str, str]]]:
    """Read a variant's ``steps:`` mapping; problems as ``(key, message)``.

    Step numbers may be written as numbers or as text (``6:`` or ``"6":``); one
    step given both ways is a problem.
    """
    edits = StepEdits()
    problems: list[tuple[str, str]] = []
    if not isinstance(raw, dict):
        return edits, [
            ("", "must map step numbers to text: {3: new text, after 4: added step, remove: [6]}")
        ]
    for key, value in raw.items():
        text_key = str(key)
        if text_key == "remove":
            values = value if isinstance(value, list) else [value]
            numbers = [_step_number(n) for n in values]
            if None in numbers:
                problems.append((text_key, "'remove' lists step numbers, e.g. remove: [6]"))
                continue
            edits.remove.extend(n for n in numbers if n is not None)
        elif (number := _step_number(key)) is not None:
            if not isinstance(value, str) or not value.strip():
                problems.append((text_key, f"step {number} must be replaced by text"))
                continue
            if number in edits.replace:
                problems.append((text_key, f"step {number} is replaced twice: keep one key"))
                continue
            edits.replace[number] = value.strip()
        elif _AFTER.match(text_key):
            number = int(_AFTER.match(text_key).group(1))  # type: ignore[union-attr]
            texts = value if isinstance(value, list) else [value]
            if not all(isinstance(t, str) and t.strip() for t in texts):
                problems.append((text_key, f"'{text_key}' adds steps: give their text"))
                continue
            edits.after[number] = [t.strip() for t in texts]
        else:
            problems.append(
                (
                    text_key,
                    f"unknown step key '{text_key}': use a step number, 'after N' or 'remove'",
                )
            )
    return edits, problems


def variants_of(sop: Sop) -> list[Variant]:
    """The SOP's variants (the well-formed parts; the lint rule reports the rest)."""
    raw = sop.meta.get("variants")
    if not isinstance(raw, dict):
        return []
    variants = []
    for location, overrides in raw.items():
        if not isinstance(overrides, dict):
            continue
        fields = {k: v for k, v in overrides.items() if k != "steps"}
        steps, _ = (
            parse_step_edits(overrides["steps"]) if "steps" in overrides else (StepEdits(), [])
        )
        variants.append(Variant(str(location), fields, steps))
    return variants


def applies_to(sop: Sop, all_locations: list[str]) -> list[str]:
    """The locations the SOP applies to: its ``locations``, else every location."""
    named = sop.meta.get("locations")
    if isinstance(named, list) and named:
        return [str(loc) for loc in named if str(loc) in all_locations]
    return list(all_locations)


def allowed_fields(sop: Sop) -> tuple[str, ...]:
    """What a variant of this SOP may change (configuration, then the SOP's own limit)."""
    allowed = tuple(sop.settings.variant_fields or VARIANT_FIELDS)
    own = sop.meta.get("variant_fields")
    if isinstance(own, list):
        allowed = tuple(f for f in allowed if f in own)
    return allowed


#: A marker that does not pair up: ``(kind, 0-based line, its location, the open
#: section around it)``; kind ``nested`` (an open inside an open section), ``stray`` (a
#: close with none open) or ``unclosed``.
_Unpaired = tuple[str, int, str, tuple[str, int] | None]


def _scan_markers(body: str) -> tuple[list[tuple[str, int, int]], list[_Unpaired]]:
    """One walk over the markers: the local sections, and the markers that do not pair up.

    A nested open is ignored (the first section goes on), a stray close too; an unclosed
    section runs to the end of the body.
    """
    blocks: list[tuple[str, int, int]] = []
    unpaired: list[_Unpaired] = []
    lines = body.split("\n")
    open_at: tuple[str, int] | None = None
    for index, line in enumerate(lines):
        opened = _OPEN.match(line)
        if opened and open_at is not None:
            unpaired.append(("nested", index, opened.group(1), open_at))
        elif opened:
            open_at = (opened.group(1), index)
        elif _CLOSE.match(line):
            if open_at is None:
                unpaired.append(("stray", index, "", None))
            else:
                blocks.append((open_at[0], open_at[1], index))
            open_at = None
    if open_at is not None:
        blocks.append((open_at[0], open_at[1], len(lines) - 1))
        unpaired.append(("unclosed", open_at[1], open_at[0], None))
    return blocks, unpaired


def location_blocks(body: str) -> list[tuple[str, int, int]]:
    """Marked local sections as ``(location, first line, last line)``, 0-based body lines."""
    return _scan_markers(body)[0]


def marker_problems(body: str, first_line: int) -> list[tuple[int, str]]:
    """Local-section markers that do not pair up, as ``(file line, message)``.

    ``first_line`` is the file line of the body's first line. An unclosed section runs
    to the end of the SOP: every step after it would vanish from the standard and from
    every other location's version without a word.
    """
    close = "<!-- /sopkit:location -->"
    found = []
    for kind, index, location, outer in _scan_markers(body)[1]:
        if kind == "nested" and outer is not None:
            message = (
                f"local section for '{location}' opens inside the one for '{outer[0]}' "
                f"(line {first_line + outer[1]}): close that one first with {close}"
            )
        elif kind == "stray":
            message = (
                f"{close} closes no local section: remove it, or open the section above "
                "with <!-- sopkit:location <id> -->"
            )
        else:
            message = (
                f"local section for '{location}' is never closed: add {close} after its "
                "last line; until then it runs to the end of the SOP and hides the rest "
                "from the standard and every other location"
            )
        found.append((first_line + index, message))
    return found


#: A section's first line that can carry the local mark: a heading or a paragraph's text
#: (not a fence, table, quote, HTML line or list item, whose markup the mark would break).
_MARKABLE = re.compile(
    r"^(?P<lead> {0,3}(?:#{1,6}\s+)?)(?P<text>(?![`~|>< ]|[-*+]\s|\d+[.)]\s)\S.*?)\s*$"
)


def body_for(body: str, location: str | None, mark: bool = False) -> str:
    """The body as one location sees it (``None``: the standard, without local sections).

    Args:
        mark: start each of the location's own sections with ``<mark class="sop-local">``
            on its heading (or first paragraph line), as :func:`apply_steps` marks local
            steps: on a location's version the section looked like the standard's text.
    """
    lines = body.split("\n")
    drop: set[int] = set()
    for block_location, first, last in location_blocks(body):
        drop.update((first, last))  # the markers themselves
        if block_location != location:
            drop.update(range(first, last + 1))
        elif mark:
            inner = next((i for i in range(first + 1, last) if lines[i].strip()), None)
            shape = _MARKABLE.match(lines[inner]) if inner is not None else None
            if inner is not None and shape is not None:
                lines[inner] = f'{shape["lead"]}<mark class="sop-local">{shape["text"]}</mark>'
    return "\n".join(line for index, line in enumerate(lines) if index not in drop)


def _edited_steps(steps: list[str], edits: StepEdits) -> list[tuple[str, str]]:
    """The variant's steps as ``(kind, text)``; kind is ``same``, ``replaced`` or ``added``."""
    result: list[tuple[str, str]] = []
    for kind, text in [("added", t) for t in edits.after.get(0, [])]:
        result.append((kind, text))
    for number, text in enumerate(steps, 1):
        if number not in edits.remove:
            if number in edits.replace:
                result.append(("replaced", edits.replace[number]))
            else:
                result.append(("same", text))
        result.extend(("added", t) for t in edits.after.get(number, []))
    return result


def apply_steps(body: str, body_line: int, edits: StepEdits, mark: bool = False) -> str:
    """Rewrite the top-level ordered list of ``body`` with the variant's step edits.

    Args:
        body: the SOP body.
        body_line: the file line of the body's first line (for the outline's line numbers).
        edits: the variant's step edits.
        mark: wrap replaced and added steps in ``<mark class="sop-local">`` for the site.
    """
    if not edits:
        return body
    from sopkit.markdown import parse_outline  # markdown-it: not needed by most builds

    outline = parse_outline(body, body_line)
    if not outline.steps:
        return body
    lines = body.split("\n")
    first = outline.steps[0].line - body_line
    last = outline.steps[-1].end_line - body_line
    from sopkit.site.text_only_markdown import text_only_line

    texts = [" ".join(step.text.split()) for step in outline.steps]
    new_items = []
    for kind, text in _edited_steps(texts, edits):
        if kind != "same":  # from front matter: data, escaped whatever raw_html says
            text = text_only_line(text)
        shown = f'<mark class="sop-local">{text}</mark>' if mark and kind != "same" else text
        new_items.append(f"1. {shown}")
    return "\n".join([*lines[:first], *new_items, "", *lines[last:]])


def merged_sop(sop: Sop, variant: Variant, mark: bool = False) -> Sop:
    """The SOP as ``variant.location`` sees it: overrides applied, local sections shown.

    The front-matter positions of overridden keys point at the override, so lint
    findings on a variant sit on the line that the variant changed.
    """
    document = copy.copy(sop.document)
    document.meta = {**sop.meta, **variant.fields}
    document.meta.pop("variants", None)
    positions = dict(sop.document.positions)
    for key in variant.fields:
        override = sop.document.positions.get(f"{variant.key}.{key}")
        if override is not None:
            positions[key] = override
    document.positions = positions
    body = body_for(sop.document.body, variant.location, mark)
    document.body = apply_steps(body, sop.document.body_line, variant.steps, mark)
    merged = Sop(document, sop.display_path, sop.settings, sop.is_sop)
    return merged
