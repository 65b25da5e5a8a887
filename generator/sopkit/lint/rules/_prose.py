"""Shared plumbing for the Python prose rules (SOP310-SOP312)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from sopkit.lint.finding import Problem
from sopkit.markdown import Block
from sopkit.prose import Hit
from sopkit.sop import Sop

Detector = Callable[[Block, str, str], Iterator[Hit]]


def check_blocks(
    detect: Detector, message: Callable[[Hit, str], str], steps_only: bool = False
) -> Callable[[Sop], Iterator[Problem]]:
    """A check that runs ``detect`` on every prose block (or only on steps)."""

    def check(sop: Sop) -> Iterator[Problem]:
        lang = sop.lang
        for block, text in zip(sop.outline.blocks, sop.prose_texts, strict=True):
            if (steps_only and block.step is None) or block.quote:
                continue  # blockquotes hold scripts and citations, not instructions
            for hit in detect(block, lang, text):
                line, column = block.position(hit.start)
                yield Problem(message(hit, lang), line, column)

    return check
