"""SOP302 vague-timing: steps give time bounds, not ASAP, promptly or zeitnah.

## What it does
Flags vague timing and manner in prose and steps: as soon as possible, ASAP,
promptly, quickly, in a timely manner, in due course, at the earliest opportunity,
when possible, if possible; schnellstmöglich, zeitnah, umgehend, kurzfristig, in Kürze,
baldmöglichst, nach Möglichkeit; zo snel mogelijk, z.s.m., zo spoedig mogelijk, tijdig,
per omgaande, indien mogelijk. An error by default: it is an untimed standard hidden in
the text. The words a metric may not use as its only bound are vague in a step too;
"immediately", "sofort" and "direct" are not flagged in steps, where they mean "now,
before anything else". Beside a hard bound in the same sentence ("Reply as soon as
possible, and within 20 working days") the vague words are a wish, and a warning that
names the bound, as SOP108 reads a metric.

## Why is this bad?
"Call the customer back promptly" is a service standard without a number: it cannot
be met, missed or measured.

## Options
The words live in `SOP.VagueTimingEn`, `SOP.VagueTimingDe` and `SOP.VagueTimingNl`.
"""

from __future__ import annotations

from sopkit.lint.examples import example
from sopkit.lint.registry import Example, Rule
from sopkit.lint.rules._vale import alerts_of

RULE = Rule(
    code="SOP302",
    name="vague-timing",
    summary="Steps give time bounds, not ASAP, promptly or zeitnah.",
    severity="error",
    check=alerts_of("SOP302"),
    examples=(
        Example(
            "en",
            failing=example("en", body="1. Call the customer back as soon as possible.\n"),
            passing=example("en", body="1. Call the customer back within 2 hours.\n"),
        ),
        Example(
            "de",
            failing=example("de", body="1. Rufen Sie den Kunden zeitnah zurück.\n"),
            passing=example("de", body="1. Rufen Sie den Kunden innerhalb von 2 Stunden zurück.\n"),
        ),
        Example(
            "nl",
            failing=example("nl", body="1. Bel de klant z.s.m. terug.\n"),
            passing=example("nl", body="1. Bel de klant binnen 2 uur terug.\n"),
        ),
    ),
    doc=__doc__ or "",
    scope="prose",
    needs_front_matter=False,
    tags=("prose",),
)
