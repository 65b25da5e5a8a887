"""SOP502 invalid-variant: a location variant that cannot be applied, or changes nothing.

## What it does
Checks `locations`, `variants`, `variant_fields` and the `<!-- sopkit:location ID -->`
sections of an SOP against the locations registry (`sop/locations.yml`): every
location must exist, a variant may only change the fields that are allowed (the
configured `variant_fields`, narrowed by the SOP's own), step overrides must name
steps that exist (each named at its own line), no step may be both replaced and
removed, an override must differ from the standard, and the markers of a
local section must pair up (an unclosed section runs to the end of the SOP and hides
the rest from the standard and every other location).

## Why is this bad?
A variant that names an unknown location never reaches staff; an override that
repeats the standard hides the fact that the location has no difference; an
override of a field that may not vary breaks "the same standard everywhere".

## Options
`variant_fields` in the configuration (what variants may change at all) and in an
SOP's front matter (what its variants may change).
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.schema import FIELDS_BY_NAME
from sopkit.sop import Sop
from sopkit.suggest import nearest
from sopkit.variants import (
    VARIANT_FIELDS,
    allowed_fields,
    applies_to,
    location_blocks,
    marker_problems,
    parse_step_edits,
)


def _unknown(location: str, known: list[str]) -> str:
    if not known:  # a registry that lists nothing, or that could not be read (SOP501)
        return (
            f"unknown location '{location}': sop/locations.yml lists no location it could "
            f"read (SOP501 says why, if it holds entries): add '{location}' there, or fix "
            "the entries first"
        )
    hint = nearest(location, known)
    listed = ", ".join(known[:_LISTED])
    if len(known) > _LISTED:  # 3,000 locations made one message of 20,000 characters
        listed += f" and {len(known) - _LISTED:,} more in sop/locations.yml"
    return f"unknown location '{location}'" + (
        f": did you mean '{hint}'?" if hint else f"; known: {listed}"
    )


#: How many known locations a message names at most.
_LISTED = 20


def check(sop: Sop) -> Iterator[Problem]:
    """Report every variant problem at the line of the key it is about."""
    known = list(sop.settings.locations or ())
    uses = "locations" in sop.meta or "variants" in sop.meta
    blocks = location_blocks(sop.document.body)
    if (uses or blocks) and sop.settings.locations is None:
        line, column = sop.position("variants" if "variants" in sop.meta else "locations")
        yield Problem(
            "this SOP names locations but there is no sop/locations.yml: add the registry "
            "(locations: [{id: amsterdam, name: Amsterdam, lang: nl}])",
            line,
            column,
        )
        return
    named = sop.meta.get("locations")
    if named == []:  # read as every location; one may have meant none
        yield Problem(
            "'locations' is an empty list, which means every location, as without the key: "
            "remove it, or list the locations the SOP applies to",
            *sop.position("locations"),
            "locations",
        )
    if isinstance(named, list):
        seen: set[str] = set()
        for location in named:
            if str(location) in seen:
                yield Problem(
                    f"'{location}' is listed twice in 'locations': remove one",
                    *sop.position("locations"),
                    "locations",
                )
            seen.add(str(location))
            if str(location) not in known:
                yield Problem(
                    _unknown(str(location), known), *sop.position("locations"), "locations"
                )
    for line, message in marker_problems(sop.document.body, sop.document.body_line):
        yield Problem(message, line)
    where = applies_to(sop, known)
    for location, first, _ in blocks:
        if location not in known:
            yield Problem(
                f"local section for {_unknown(location, known)}", sop.document.body_line + first
            )
        elif location not in where:  # no version of the SOP is made for it: never shown
            yield Problem(
                f"local section for '{location}', but the SOP does not apply there: add it "
                "to 'locations', or remove the section",
                sop.document.body_line + first,
            )
    variants = sop.meta.get("variants")
    if not isinstance(variants, dict):
        return
    allowed = allowed_fields(sop)
    base_steps = [" ".join(step.text.split()) for step in sop.steps]
    for location, overrides in variants.items():
        key = f"variants.{location}"
        line, column = sop.position(key)
        if str(location) not in known:
            yield Problem(f"variant for {_unknown(str(location), known)}", line, column, "variants")
            continue
        if str(location) not in where:
            yield Problem(
                f"variant for '{location}', but the SOP does not apply there: add it to 'locations'",
                line, column, "variants",
            )  # fmt: skip
        if not isinstance(overrides, dict) or not overrides:
            yield Problem(
                f"variant '{location}' changes nothing: remove it", line, column, "variants"
            )
            continue
        for field, value in overrides.items():
            field_line, field_column = sop.position(f"{key}.{field}")
            if field not in VARIANT_FIELDS and field in FIELDS_BY_NAME:
                yield Problem(
                    f"variant '{location}' may not change '{field}': every location keeps the "
                    f"SOP's {field}; a variant may change {', '.join(VARIANT_FIELDS)}",
                    field_line, field_column, "variants",
                )  # fmt: skip
            elif field not in VARIANT_FIELDS:
                hint = nearest(str(field), VARIANT_FIELDS)
                yield Problem(
                    f"variant '{location}' overrides unknown field '{field}'"
                    + (f": did you mean '{hint}'?" if hint else f"; a variant may change {', '.join(VARIANT_FIELDS)}"),
                    field_line, field_column, "variants",
                )  # fmt: skip
            elif field not in allowed:
                yield Problem(
                    f"variant '{location}' may not change '{field}' (variant_fields allows "
                    f"{', '.join(allowed) or 'nothing'}): keep the standard, or widen variant_fields",
                    field_line, field_column, "variants",
                )  # fmt: skip
            elif field == "steps":
                yield from _step_problems(
                    sop, location, value, base_steps, field_line, field_column
                )
            elif value == sop.meta.get(field):
                yield Problem(
                    f"variant '{location}' sets {field} to the standard's value: remove the override",
                    field_line, field_column, "variants",
                )  # fmt: skip


def _step_problems(
    sop: Sop, location: str, raw: object, base: list[str], line: int, column: int
) -> Iterator[Problem]:
    edits, problems = parse_step_edits(raw)
    for key, message in problems:
        at = sop.position(f"variants.{location}.steps.{key}") if key else (line, column)
        yield Problem(f"variant '{location}' steps: {message}", *at, "variants")
    count = len(base)

    def entry_at(key: object) -> tuple[int, int]:
        """The line of ``steps``' entry ``key``, else of ``steps`` (one per entry, not all
        at ``steps:``)."""
        found = sop.position(f"variants.{location}.steps.{key}")
        return found if found != (1, 1) else (line, column)

    named = [
        *((n, entry_at(n)) for n in edits.replace),
        *((n, entry_at("remove")) for n in edits.remove),
        *((n, entry_at(f"after {n}")) for n in edits.after if n),
    ]
    for number, where in named:
        if not 1 <= number <= count:
            yield Problem(
                f"variant '{location}' names step {number}, but the standard has {count} steps",
                *where, "variants",
            )  # fmt: skip
    for number in sorted(set(edits.replace) & set(edits.remove)):
        # the page listed both, and showed neither the step nor its replacement
        yield Problem(
            f"variant '{location}' both replaces and removes step {number}: keep one of them",
            *entry_at(number), "variants",
        )  # fmt: skip
    for number, text in edits.replace.items():
        if 1 <= number <= count and " ".join(text.split()) == base[number - 1]:
            yield Problem(
                f"variant '{location}' replaces step {number} with the same text: remove the override",
                *sop.position(f"variants.{location}.steps.{number}"), "variants",
            )  # fmt: skip


_REGISTRY_NOTE = "(with sop/locations.yml listing london and amsterdam)"

RULE = Rule(
    code="SOP502",
    name="invalid-variant",
    summary="Location variants name known locations, allowed fields and real steps, and change something.",
    severity="error",
    check=check,
    examples=(
        Example(
            "en",
            failing={
                "/sop/locations.yml": "locations:\n  - {id: london, name: London}\n  - {id: amsterdam, name: Amsterdam, lang: nl}\n",
                "phone/x.md": example(
                    "en", variants="{amsterdam: {timeframe: 20 seconds}, paris: {metric: x}}"
                ),
            },
            passing={
                "/sop/locations.yml": "locations:\n  - {id: london, name: London}\n  - {id: amsterdam, name: Amsterdam, lang: nl}\n",
                "phone/x.md": example(
                    "en",
                    variants="{amsterdam: {timeframe: 30 seconds, metric: 80% of calls answered within 30 seconds}}",
                ),
            },
        ),
    ),
    doc=__doc__ or "",
    tags=("locations",),
)
