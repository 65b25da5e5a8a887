"""Location variants: lint on the registry, the variants and every merged variant."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from sopkit.config import Settings
from sopkit.lint import LintResult
from sopkit.lint.examples import example
from sopkit.sop import load_sop
from sopkit.variants import body_for, merged_sop, variants_of

Lint = Callable[..., LintResult]
REGISTRY = """locations:
  - {id: london, name: London, lang: en, timezone: Europe/London}
  - {id: amsterdam, name: Amsterdam, lang: nl, timezone: Europe/Amsterdam}
"""
STEPS = "## Steps\n\n1. Answer the call.\n2. Ask for the customer number.\n3. Note the reason.\n"


def _lint(lint_tree: Lint, front: str, body: str = STEPS) -> list[tuple[str, int, str]]:
    text = example("en", body=body).replace("lang: en\n", f"lang: en\n{front}")
    result = lint_tree({"locations.yml": REGISTRY, "phone/x.md": text})
    return [(f.rule, f.line, f.message) for f in result.findings]


def test_a_good_variant_passes(lint_tree: Lint) -> None:
    front = (
        "variants:\n  amsterdam:\n    timeframe: 30 seconds\n"
        "    metric: 80% of calls answered within 30 seconds\n"
        "    steps:\n      2: Ask for the postcode.\n      after 3: Offer a callback.\n      remove: [1]\n"
    )
    assert _lint(lint_tree, front) == []


@pytest.mark.parametrize(
    ("front", "line", "words"),
    [
        ("variants:\n  paris:\n    timeframe: 30 seconds\n", 9, "unknown location 'paris'"),
        ("variants:\n  amsterdm:\n    timeframe: 30 seconds\n", 9, "did you mean 'amsterdam'"),
        ("locations: [londen]\n", 8, "unknown location 'londen'"),
        ("variants:\n  amsterdam:\n    timefram: 30 seconds\n", 10, "did you mean 'timeframe'"),
        ("variants:\n  amsterdam:\n    timeframe: 20 seconds\n", 10, "standard's value"),
        # at the entry's own line, not at "steps:"
        ("variants:\n  amsterdam:\n    steps:\n      7: Do more.\n", 11, "the standard has 3 steps"),
        ("variants:\n  amsterdam:\n    steps:\n      remove: [2, 9]\n", 11, "names step 9"),
        ("variants:\n  amsterdam:\n    steps:\n      after 12: Do more.\n", 11, "names step 12"),
        # the page listed both, and showed neither the step nor its replacement
        ("variants:\n  amsterdam:\n    steps:\n      1: Pick up.\n      remove: [1]\n", 11,
         "both replaces and removes step 1: keep one of them"),
        ("variants:\n  amsterdam:\n    steps:\n      2: Ask for the customer number.\n", 11, "same text"),
        ("variants:\n  amsterdam:\n    steps:\n      before 2: x\n", 11, "unknown step key"),
        ("variants:\n  amsterdam: {}\n", 9, "changes nothing"),
        ("locations: [london]\nvariants:\n  amsterdam:\n    timeframe: 30 seconds\n", 10,
         "does not apply there"),
        ("variant_fields: [timeframe]\nvariants:\n  amsterdam:\n    owner: Someone\n", 11,
         "may not change 'owner'"),
        # a known key that no location may change is not an "unknown field"
        ("variants:\n  amsterdam:\n    touchpoint: chat\n", 10,
         "may not change 'touchpoint': every location keeps the SOP's touchpoint"),
    ],
)  # fmt: skip
def test_bad_variants_are_errors_on_their_line(
    lint_tree: Lint, front: str, line: int, words: str
) -> None:
    found = _lint(lint_tree, front)
    assert [(rule, at) for rule, at, _ in found if rule == "SOP502"] == [("SOP502", line)]
    assert words in next(message for rule, _, message in found if rule == "SOP502")


def test_merged_variants_are_linted_like_a_base_sop(lint_tree: Lint) -> None:
    front = "variants:\n  amsterdam:\n    timeframe: soon\n    metric: Answer calls quickly\n"
    found = _lint(lint_tree, front)
    assert (
        "SOP104",
        10,
        "variant 'amsterdam': 'soon' is not a time bound: write a number and a unit, e.g. '2 working days'",
    ) in found
    assert any(
        rule == "SOP101" and line == 11 and "variant 'amsterdam'" in message
        for rule, line, message in found
    )


def test_a_variant_that_mismatches_metric_and_timeframe(lint_tree: Lint) -> None:
    found = _lint(lint_tree, "variants:\n  amsterdam:\n    timeframe: 30 seconds\n")
    assert [(rule, line) for rule, line, _ in found] == [("SOP106", 10)]


def test_base_findings_are_not_repeated_per_location(lint_tree: Lint) -> None:
    text = example("en", metric="Answer calls quickly").replace(
        "lang: en\n", "lang: en\nvariants:\n  amsterdam:\n    owner: Teamleider\n"
    )
    result = lint_tree({"locations.yml": REGISTRY, "x.md": text})
    assert [f.rule for f in result.findings] == ["SOP101"]


def test_variants_without_a_registry(lint_tree: Lint) -> None:
    text = example("en").replace("lang: en\n", "lang: en\nvariants:\n  amsterdam:\n    owner: x\n")
    [finding] = lint_tree({"x.md": text}).findings
    assert finding.rule == "SOP502" and "no sop/locations.yml" in finding.message


def test_local_sections_for_unknown_locations(lint_tree: Lint) -> None:
    body = STEPS + "\n<!-- sopkit:location rome -->\n## Rome\n\nText.\n<!-- /sopkit:location -->\n"
    found = _lint(lint_tree, "", body)
    assert [(rule, line) for rule, line, _ in found] == [("SOP502", 16)]


OPEN, CLOSE = "<!-- sopkit:location amsterdam -->", "<!-- /sopkit:location -->"


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        # the body starts on file line 10; STEPS takes its lines 10-14
        (f"{OPEN}\nOnly here.\n\n" + STEPS, 10, "is never closed"),
        (STEPS + f"\n{CLOSE}\n", 16, "closes no local section"),
        (f"{OPEN}\n{OPEN}\nx\n{CLOSE}\n\n" + STEPS, 11, "opens inside the one for 'amsterdam' (line 10)"),
    ],
)  # fmt: skip
def test_local_section_markers_that_do_not_pair_up(
    lint_tree: Lint, body: str, line: int, words: str
) -> None:
    found = _lint(lint_tree, "", body)
    assert ("SOP502", line) in [(rule, at) for rule, at, _ in found]
    assert any(words in message for rule, _, message in found if rule == "SOP502"), found


def test_a_location_listed_twice(lint_tree: Lint) -> None:
    found = _lint(lint_tree, "locations: [london, amsterdam, london]\n")
    assert [(r, m) for r, _, m in found] == [
        ("SOP502", "'london' is listed twice in 'locations': remove one")
    ]


def test_locations_with_a_registry_that_lists_none(lint_tree: Lint) -> None:
    text = example("en").replace("lang: en\n", "lang: en\nlocations: [london]\n")
    result = lint_tree({"locations.yml": "locations: [\n", "phone/x.md": text})
    rules = sorted(f.rule for f in result.findings)
    assert rules == ["SOP501", "SOP502"]
    [unknown] = [f for f in result.findings if f.rule == "SOP502"]
    assert "lists no location it could read (SOP501 says why" in unknown.message
    assert "known: " not in unknown.message


def test_an_empty_registry_does_not_point_at_a_finding_that_is_not_there(
    lint_tree: Lint,
) -> None:
    text = example("en").replace("lang: en\n", "lang: en\nlocations: [london]\n")
    result = lint_tree({"locations.yml": "locations: []\n", "phone/x.md": text})
    [unknown] = result.findings
    assert unknown.rule == "SOP502" and "add 'london' there" in unknown.message


def test_a_local_section_where_the_sop_does_not_apply(lint_tree: Lint) -> None:
    # Never shown: no version of the SOP is made for that location.
    body = STEPS + f"\n{OPEN}\n## Amsterdam\n\nText.\n{CLOSE}\n"
    found = _lint(lint_tree, "locations: [london]\n", body)
    assert [(rule, line) for rule, line, _ in found] == [("SOP502", 17)]
    assert "does not apply there: add it to 'locations'" in found[0][2]
    assert _lint(lint_tree, "locations: [london, amsterdam]\n", body) == []


@pytest.mark.parametrize(
    ("front", "words"),
    [
        # two blocks for one location: the first disappeared without a word
        ("variants:\n  amsterdam:\n    owner: A\n  amsterdam:\n    owner: B\n",
         "'amsterdam' is given twice in 'variants' (first on line 9)"),
        ("variants:\n  london:\n  amsterdam:\n    owner: B\n",
         "'london' has nothing (an empty value)"),
    ],
)  # fmt: skip
def test_variants_a_location_given_twice_or_empty(lint_tree: Lint, front: str, words: str) -> None:
    found = _lint(lint_tree, front)
    assert any(words in message for _, _, message in found), found


def test_a_closed_local_section_is_no_finding(lint_tree: Lint) -> None:
    assert _lint(lint_tree, "", f"{OPEN}\nOnly here.\n{CLOSE}\n\n" + STEPS) == []


@pytest.mark.parametrize(
    ("registry", "line", "words"),
    [
        ("locations:\n  - {id: Amsterdam, name: A}\n", 2, "lowercase"),
        ("locations:\n  - {id: a, name: A}\n  - {id: a, name: B}\n", 3, "listed twice"),
        # YAML keeps the last of two keys: staff were shown a name nobody reviewed
        (
            "locations:\n  - id: a\n    name: A\n    name: B\n",
            4,
            "'locations.name' is given twice (first on line 3)",
        ),
        (
            "locations:\n  - {id: a, name: A, lang: en, lang: nl}\n",
            2,
            "'locations.lang' is given twice",
        ),
        (
            "locations:\n  - {id: a, name: A}\nlocations:\n  - {id: b, name: B}\n",
            3,
            "'locations' is given twice (first on line 1)",
        ),
        ("locations:\n  - {id: a}\n", 2, "needs a 'name'"),
        # its feed was changes/feed.xml, the site's feed of every change: silently lost
        (
            "locations:\n  - {id: feed, name: Feed Street}\n",
            2,
            "'id' feed is the name of the site's feed of every change",
        ),
        ("locations:\n  - {id: a, name: A, lang: fr}\n", 2, "'lang'"),
        ("locations:\n  - {id: a, name: A, timezone: Mars/Base}\n", 2, "unknown time zone"),
        ("locations:\n  - {id: a, name: A, city: x}\n", 2, "unknown key 'city'"),
        # a look-alike letter (Cyrillic о) is named: the id looks right to a reader
        (
            "locations:\n  - {id: l\u043endon, name: A}\n",
            2,
            "(it holds U+043E, cyrillic small letter o)",
        ),
        # an id is a file name too ("changes/<id>.xml"): 252 characters stopped the build
        (f"locations:\n  - {{id: {'a' * 101}, name: A}}\n", 2, "use at most 100"),
        ("sites: []\n", 1, "expected 'locations:'"),
        ("locations: [\n", 2, "invalid YAML"),
    ],
)
def test_registry_problems_name_file_and_line(
    lint_tree: Lint, registry: str, line: int, words: str
) -> None:
    result = lint_tree({"locations.yml": registry, "x.md": example("en")})
    [finding] = [f for f in result.findings if f.rule == "SOP501"]
    assert (finding.path, finding.line) == ("sop/locations.yml", line)
    assert words in finding.message


def test_merged_sop_applies_overrides_steps_and_local_sections(tmp_path: Path) -> None:
    body = (
        STEPS
        + "\n<!-- sopkit:location amsterdam -->\n## Desk\n\nUpstairs.\n<!-- /sopkit:location -->\n"
    )
    text = example("en", body=body).replace("lang: en\n", (
        "lang: en\nvariants:\n  amsterdam:\n    timeframe: 30 seconds\n"
        "    metric: 80% of calls answered within 30 seconds\n"
        "    steps:\n      2: Ask for the postcode.\n      after 3: Offer a callback.\n      remove: [1]\n"
    ))  # fmt: skip
    path = tmp_path / "x.md"
    path.write_text(text)
    sop = load_sop(path, Settings(root=tmp_path))
    [variant] = variants_of(sop)
    merged = merged_sop(sop, variant)
    assert merged.timeframe == "30 seconds"
    assert [s.text for s in merged.steps] == [
        "Ask for the postcode.",
        "Note the reason.",
        "Offer a callback.",
    ]
    assert "## Desk" in merged.document.body and "sopkit:location" not in merged.document.body
    assert "## Desk" not in load_sop(path, Settings(root=tmp_path)).document.body.split("<!--")[0]
    assert merged.position("timeframe")[0] == 10  # the override's line


@pytest.mark.parametrize(
    ("section", "marked"),
    [("## Desk\n\nUpstairs.", '## <mark class="sop-local">Desk</mark>'),
     ("Ask at the desk upstairs.", '<mark class="sop-local">Ask at the desk upstairs.</mark>'),
     # markup the mark would break stays as it is
     ("- Upstairs\n- Left", "- Upstairs"),
     ("```\ncode\n```", "```")],
)  # fmt: skip
def test_a_location_s_own_section_is_marked_on_its_version(section: str, marked: str) -> None:
    """Changed steps were marked as local on a location's version, its own section was
    not: it read as the standard's text (found by a browser audit)."""
    body = f"Intro.\n\n<!-- sopkit:location amsterdam -->\n{section}\n<!-- /sopkit:location -->\n"
    shown = body_for(body, "amsterdam", mark=True)
    assert marked in shown.split("\n")
    assert body_for(body, "amsterdam") == body_for(body, "amsterdam", mark=True).replace(
        '<mark class="sop-local">', ""
    ).replace("</mark>", "")
    assert "sop-local" not in body_for(body, None, mark=True)


def test_wording_rules_check_a_variants_own_steps(lint_tree: Lint) -> None:
    front = (
        "variants:\n  amsterdam:\n    steps:\n      2: You should ask for the postcode promptly.\n"
    )
    found = _lint(lint_tree, front)
    located = sorted((rule, line, message.split(":")[0]) for rule, line, message in found)
    assert located == [("SOP301", 11, "variant 'amsterdam'"), ("SOP302", 11, "variant 'amsterdam'")]
    result = lint_tree({"locations.yml": REGISTRY, "phone/x.md": example("en", body=STEPS).replace(
        "lang: en\n", f"lang: en\n{front}")})  # fmt: skip
    hedge = next(f for f in result.findings if f.rule == "SOP301")
    line = example("en", body=STEPS).replace("lang: en\n", f"lang: en\n{front}").splitlines()[10]
    assert line[hedge.column - 1 :].startswith("should")


def test_an_unknown_location_names_at_most_twenty_known_ones(lint_tree: Lint) -> None:
    """3,000 locations made one message of 20,000 characters."""
    registry = "locations:\n" + "".join(
        f"  - {{id: l{i}, name: L{i}, lang: en, timezone: Europe/London}}\n" for i in range(300)
    )
    text = example("en").replace("lang: en\n", "lang: en\nlocations: [zzzzzzzz]\n")
    result = lint_tree({"locations.yml": registry, "phone/x.md": text})
    [message] = [f.message for f in result.findings if "unknown location" in f.message]
    assert message.endswith("known: l0, l1, l2, l3, l4, l5, l6, l7, l8, l9, l10, l11, l12, l13, "
                            "l14, l15, l16, l17, l18, l19 and 280 more in sop/locations.yml")  # fmt: skip


def test_an_empty_locations_list_is_named(lint_tree: Lint) -> None:
    """It was read as every location without a word; one may have meant none."""
    found = _lint(lint_tree, "locations: []\n")
    assert [(rule, line) for rule, line, _ in found] == [("SOP502", 8)], found
    assert "empty list, which means every location" in found[0][2]


def test_a_variant_s_language_is_checked_against_its_text(lint_tree: Lint) -> None:
    """'lang: de' on a version whose text stays English labelled it in German."""
    body = "We answer the phone for the customer and note the reason of the call.\n\n" + STEPS
    found = _lint(lint_tree, "variants:\n  london:\n    lang: de\n", body)
    assert [(rule, line) for rule, line, _ in found] == [("SOP015", 10)]
    assert "variant 'london': the location's version is written in English" in found[0][2]
    dutch = (
        "variants:\n  amsterdam:\n    lang: nl\n    title: Telefoon opnemen\n"
        "    metric: 80% van de gesprekken binnen 20 seconden aangenomen\n"
        "    steps:\n      1: Neem de telefoon op.\n      2: Vraag naar het klantnummer.\n"
        "      3: Noteer de reden van het gesprek.\n"
    )
    assert [rule for rule, _, _ in _lint(lint_tree, dutch) if rule == "SOP015"] == []
