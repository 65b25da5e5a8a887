"""Readings of short texts, kept: the standard, the judgement and the rules ask for the
same metric's bounds several times in one run.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

_Found = TypeVar("_Found")

#: The longest text whose readings are kept: a metric (``MAX_METRIC_CHARS``) and
#: a timeframe are shorter, a step of a hostile file need not be.
_KEPT_CHARS = 2_000


def _kept(find: Callable[[str, str], list[_Found]]) -> Callable[[str, str], list[_Found]]:
    """``find``, with what it found in a short text kept: the standard, the judgement
    and the rules ask for the same metric's bounds and spans several times. Each call
    gets a list of its own; the items must not change (spans, frozen durations)."""
    kept = functools.lru_cache(maxsize=4096)(lambda text, lang: tuple(find(text, lang)))

    @functools.wraps(find)
    def reading(text: str, lang: str) -> list[_Found]:
        return list(kept(text, lang)) if len(text) <= _KEPT_CHARS else find(text, lang)

    return reading
