"""SOP007 unknown-touchpoint: a touchpoint outside the configured vocabulary.

## What it does
Reports a `touchpoint` that is not in the vocabulary and suggests the nearest one.
The default vocabulary is `phone`, `email`, `chat`, `in-person`, `social`, `letter`.

## Why is this bad?
Staff find procedures by touchpoint. `Phone`, `telephone` and `calls` would make
three groups on the site for one channel.

## Options
`touchpoints:` in the configuration replaces the vocabulary.
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.lint.examples import example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.sop import Sop
from sopkit.suggest import nearest


def check(sop: Sop) -> Iterator[Problem]:
    """Report a text touchpoint that is not in ``settings.touchpoints``."""
    value = sop.valid("touchpoint")
    vocabulary = sop.settings.touchpoints
    if not isinstance(value, str) or value in vocabulary:
        return
    hint = nearest(value, vocabulary, cutoff=0.5)
    known = ", ".join(vocabulary)
    fix = f"did you mean '{hint}'? Known: {known}" if hint else f"use one of {known}"
    line, column = sop.position("touchpoint", 0)
    yield Problem(f"unknown touchpoint '{value}': {fix}", line, column, "touchpoint")


RULE = Rule(
    code="SOP007",
    name="unknown-touchpoint",
    summary="touchpoint must be one value of the configured vocabulary.",
    severity="error",
    check=check,
    examples=(Example("en", failing=example("en", touchpoint="telephone"), passing=example("en")),),
    doc=__doc__ or "",
)
