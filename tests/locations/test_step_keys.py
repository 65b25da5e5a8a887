"""Step numbers in variants may be written as text: what Zensical and JSON tools can read."""

from __future__ import annotations

from pathlib import Path

from sopkit.config import Settings
from sopkit.lint.examples import example
from sopkit.sop import load_sop
from sopkit.variants import merged_sop, parse_step_edits, variants_of
from tests.locations.test_variants import REGISTRY, STEPS, Lint


def _front(steps: str) -> str:
    return f"lang: en\nvariants:\n  amsterdam:\n    steps:\n{steps}"


def test_text_step_numbers_mean_the_same_steps(tmp_path: Path) -> None:
    steps = (
        '      "2": Ask for the postcode.\n      after 3: Offer a callback.\n      remove: ["1"]\n'
    )
    path = tmp_path / "x.md"
    path.write_text(example("en", body=STEPS).replace("lang: en\n", _front(steps)))
    [variant] = variants_of(load_sop(path, Settings(root=tmp_path)))
    assert variant.steps.replace == {2: "Ask for the postcode."}
    assert variant.steps.remove == [1]
    merged = merged_sop(load_sop(path, Settings(root=tmp_path)), variant)
    assert [s.text for s in merged.steps] == [
        "Ask for the postcode.",
        "Note the reason.",
        "Offer a callback.",
    ]


def test_text_step_numbers_lint_clean(lint_tree: Lint) -> None:
    text = example("en", body=STEPS).replace(
        "lang: en\n", _front('      "2": Ask for the postcode.\n')
    )
    result = lint_tree({"locations.yml": REGISTRY, "phone/x.md": text})
    assert [(f.rule, f.message) for f in result.findings] == []


def test_one_step_given_as_number_and_as_text_is_an_error(lint_tree: Lint) -> None:
    steps = '      2: Ask for the postcode.\n      "2": Ask for the town.\n'
    text = example("en", body=STEPS).replace("lang: en\n", _front(steps))
    result = lint_tree({"locations.yml": REGISTRY, "phone/x.md": text})
    assert [(f.rule, f.line) for f in result.findings] == [("SOP502", 12)]
    assert "step 2 is replaced twice" in result.findings[0].message


def test_words_that_are_not_numbers_stay_unknown_keys() -> None:
    _, problems = parse_step_edits({"two": "x", "2.5": "y", "remove": ["one"]})
    assert [key for key, _ in problems] == ["two", "2.5", "remove"]
