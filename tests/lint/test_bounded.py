"""Lint time grows linearly with adversarial text: each shape against a plain line.

Every shape is a 100 KB body line; the bound is a ratio against a plain 100 KB
line of ordinary words linted in the same run, so a slow machine does not fail it
while quadratic behaviour (minutes at this size) does. Lint runs in this process and its
CPU time is what counts: the suite runs in parallel, and on a busy machine a neighbour's
work slowed the wall time of one measurement 5-fold (1.16 s against 0.23 s idle) after the
baseline had been taken at a quiet moment. A shape that misses the bound is measured
again, up to three times in all, while quadratic behaviour is slow every time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from sopkit.config import Settings
from sopkit.lint import lint_paths
from sopkit.lint.examples import example

SIZE = 100_000
#: Each shape within 8x of plain words (measured: at most 4.7x; quadratic was over 100x).
RATIO = 8.0
SHAPES = {
    "full stops": "x. ",
    "abbreviations": "e.g. ",
    "comment openers": "<!--",
    "tag openers": "<a",
    "link targets": "](",
    "low quotes": "„",
    "guillemets": "«",
    "single quotes": "‘",
    "double quotes": "“",
    "straight quotes": " 'a",
}
#: German future tense reads the clause after every "wird".
GERMAN = {"auxiliaries": "wird "}


def _line(unit: str) -> str:
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


def _within(bound: float, measure: Callable[[int], float]) -> float:
    """The best of up to three measurements, stopping at the first within ``bound``.

    Each measurement must lint a text of its own (``_again``): sopkit memoizes what it
    has read, so a repeat of the same text would be a cache hit, not a measurement.
    """
    best = measure(0)
    for attempt in (1, 2):
        if best <= bound:
            break
        best = min(best, measure(attempt))
    return best


def _again(line: str, attempt: int) -> str:
    """``line`` made new for ``attempt``, at the same length."""
    return line[: len(line) - attempt] + "x" * attempt


def _lint_seconds(tmp_path: Path, name: str, line: str, lang: str = "en") -> float:
    folder = tmp_path / name / "sop"
    folder.mkdir(parents=True)
    (folder / "x.md").write_text(f"{example(lang)}\nNote {line}\n\n1. {line}\n", "utf-8")
    start = time.process_time()
    lint_paths([folder], Settings(root=folder.parent), jobs=1, cwd=folder.parent)
    return time.process_time() - start


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    """The best of three plain runs per language (the first warms caches)."""
    tmp = tmp_path_factory.mktemp("plain")
    words = _line("word ")
    return {
        lang: min(_lint_seconds(tmp, f"{lang}{i}", words, lang) for i in range(3))
        for lang in ("en", "de")
    }


@pytest.mark.parametrize("name", SHAPES)
def test_adversarial_line_lints_in_linear_time(
    tmp_path: Path, plain: dict[str, float], name: str
) -> None:
    bound = RATIO * plain["en"] + 0.05
    line = _line(SHAPES[name])
    seconds = _within(bound, lambda i: _lint_seconds(tmp_path, f"shape{i}", _again(line, i)))
    assert seconds <= bound, (name, seconds, plain["en"])


@pytest.mark.parametrize(
    "unit",
    [
        "one-",  # one token of hyphenated words, read for "four-week"
        "2 or ",  # alternatives: "2 or 3 days"
        "by Monday ",  # weekday deadlines
        "next working day ",  # deadlines by the day
    ],
)
def test_a_vague_word_beside_bound_shapes_lints_in_linear_time(
    tmp_path: Path, plain_beside_a_vague_word: float, unit: str
) -> None:
    """A vague word makes its clause be read for a hard bound beside it (SOP302).

    "by Monday " took 19 s here (and "next working day " 9 s) while the deadlines by
    the day were kept in a list that every later one was checked against.
    """
    bound = RATIO * plain_beside_a_vague_word + 0.05
    line = _beside_a_vague_word(unit)
    seconds = _within(bound, lambda i: _lint_seconds(tmp_path, f"beside{i}", _again(line, i)))
    assert seconds <= bound, (unit, seconds, plain_beside_a_vague_word)


def _beside_a_vague_word(unit: str) -> str:
    return ("Reply quickly " + unit * SIZE)[:SIZE]


@pytest.fixture(scope="module")
def plain_beside_a_vague_word(tmp_path_factory: pytest.TempPathFactory) -> float:
    """Plain words after the vague word, best of two: its clause is read for bounds too."""
    tmp = tmp_path_factory.mktemp("beside")
    line = _beside_a_vague_word("word ")
    return min(_lint_seconds(tmp, f"plain{i}", _again(line, i)) for i in range(2))


@pytest.mark.parametrize("name", GERMAN)
def test_german_clauses_lint_in_linear_time(
    tmp_path: Path, plain: dict[str, float], name: str
) -> None:
    bound = RATIO * plain["de"] + 0.05
    line = _line(GERMAN[name])
    seconds = _within(bound, lambda i: _lint_seconds(tmp_path, f"shape{i}", _again(line, i), "de"))
    assert seconds <= bound, (name, seconds, plain["de"])


@pytest.mark.parametrize("unit", ["[", "![x](", "`a", "]["])
def test_bracket_runs_grow_linearly(tmp_path: Path, unit: str) -> None:
    """Brackets and code spans cost markdown-it a token each: linear, but not within 8x of words.

    So they are held to linear growth: four times the text, at most twice the
    expected four times the time (quadratic would be sixteen).
    """
    quarter = (unit * SIZE)[: SIZE // 4]
    small = min(_lint_seconds(tmp_path, f"small{i}", quarter) for i in range(2))
    line = (unit * SIZE)[:SIZE]
    bound = 8 * small + 0.1
    large = _within(bound, lambda i: _lint_seconds(tmp_path, f"large{i}", _again(line, i)))
    assert large <= bound, (small, large)


def _directives_seconds(tmp_path: Path, name: str, count: int) -> float:
    """Lint of a page with ``count`` sopkit-ignore directives, each over a vague line."""
    folder = tmp_path / name / "sop"
    folder.mkdir(parents=True)
    body = "".join(
        f"<!-- sopkit-ignore SOP301: reason {i} -->\nAnswer quickly {name}.\n\n"
        for i in range(count)
    )
    (folder / "x.md").write_text(f"{example('en')}\n{body}", "utf-8")
    start = time.process_time()
    lint_paths([folder], Settings(root=folder.parent), jobs=1, cwd=folder.parent)
    return time.process_time() - start


def test_suppressions_grow_linearly(tmp_path: Path) -> None:
    """Each directive was asked against each finding, twice (silencing and SOP010):
    20,000 took 10 s. Four times the directives, at most eight times the time."""
    small = min(_directives_seconds(tmp_path, f"small{i}", 1_500) for i in range(2))
    bound = 8 * small + 0.1
    large = _within(bound, lambda i: _directives_seconds(tmp_path, f"large{i}", 6_000))
    assert large <= bound, (small, large)


def _vague_sentences_seconds(tmp_path: Path, name: str, count: int) -> float:
    """Lint of a page whose one paragraph holds ``count`` short sentences with a vague word."""
    folder = tmp_path / name / "sop"
    folder.mkdir(parents=True)
    body = f"Call {name} asap. " * count
    (folder / "x.md").write_text(f"{example('en')}\n{body}\n", "utf-8")
    start = time.process_time()
    lint_paths([folder], Settings(root=folder.parent), jobs=1, cwd=folder.parent)
    return time.process_time() - start


def test_vague_words_in_many_sentences_grow_linearly(tmp_path: Path) -> None:
    """The bound beside each vague word was looked for by splitting the whole paragraph
    into sentences again, per word: 4,000 "Call asap." took 22 s. Four times the
    sentences, at most eight times the time."""
    small = min(_vague_sentences_seconds(tmp_path, f"small{i}", 500) for i in range(2))
    bound = 8 * small + 0.1
    large = _within(bound, lambda i: _vague_sentences_seconds(tmp_path, f"large{i}", 2_000))
    assert large <= bound, (small, large)


def _interval_seconds(text: str) -> float:
    from sopkit.quantities.timeframes import parse_timeframe

    start = time.process_time()
    parse_timeframe(text, "de")
    return time.process_time() - start


@pytest.mark.parametrize("unit", ["von a ", "ab x ", "vanaf a "])
def test_an_event_counted_from_is_read_in_linear_time(unit: str) -> None:
    """A review interval is not cut to 1,000 characters: the event before "gerechnet" was
    searched for at every "von", each time to the end (64 KB took 30 s to lint). Four times
    the text, at most eight times the time."""
    small = min(_interval_seconds("2 Tage " + unit * (SIZE // 4 // len(unit))) for _ in range(2))
    bound = 8 * small + 0.1
    large = _within(
        bound, lambda i: _interval_seconds("2 Tage " + unit * (SIZE // len(unit)) + "x" * i)
    )
    assert large <= bound, (small, large)
