"""Numbers written as digits or words in English, German and Dutch (sopkit.numbers)."""

from __future__ import annotations

import pytest

from sopkit.numbers import parse_number, word_to_number

# The tables below are written out independently of the module's own tables, so a
# missing or mistyped word in the module makes a test fail.
EN_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
]  # fmt: skip
EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip

DE_UNITS = [
    "null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
    "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn",
    "achtzehn", "neunzehn",
]  # fmt: skip
DE_TENS = {
    "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
    "siebzig": 70, "achtzig": 80, "neunzig": 90,
}  # fmt: skip
#: The unit as it is written in front of "und": "einundzwanzig", not "einsundzwanzig".
DE_COMPOUND_UNITS = {1: "ein", **{i: DE_UNITS[i] for i in range(2, 10)}}

NL_UNITS = [
    "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
    "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
    "negentien",
]  # fmt: skip
NL_TENS = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
    "zeventig": 70, "tachtig": 80, "negentig": 90,
}  # fmt: skip


def _nl_compound(unit: str, ten: str) -> str:
    """Dutch spelling: "tweeëntwintig", "drieëntachtig" but "eenentwintig", "vierenveertig"."""
    joiner = "ën" if unit.endswith("e") else "en"
    return f"{unit}{joiner}{ten}"


UNIT_CASES = [
    *[pytest.param("en", word, value, id=f"en-{word}") for value, word in enumerate(EN_UNITS)],
    *[pytest.param("de", word, value, id=f"de-{word}") for value, word in enumerate(DE_UNITS)],
    *[pytest.param("nl", word, value, id=f"nl-{word}") for value, word in enumerate(NL_UNITS)],
]
TENS_CASES = [
    pytest.param(lang, word, value, id=f"{lang}-{word}")
    for lang, table in (("en", EN_TENS), ("de", DE_TENS), ("nl", NL_TENS))
    for word, value in table.items()
]
COMPOUND_CASES = [
    *[
        pytest.param("en", f"{ten}-{EN_UNITS[unit]}", tens + unit, id=f"en-{tens + unit}")
        for ten, tens in EN_TENS.items()
        for unit in range(1, 10)
    ],
    *[
        pytest.param(
            "de", f"{DE_COMPOUND_UNITS[unit]}und{ten}", tens + unit, id=f"de-{tens + unit}"
        )
        for ten, tens in DE_TENS.items()
        for unit in range(1, 10)
    ],
    *[
        pytest.param("nl", _nl_compound(NL_UNITS[unit], ten), tens + unit, id=f"nl-{tens + unit}")
        for ten, tens in NL_TENS.items()
        for unit in range(1, 10)
    ],
]


@pytest.mark.parametrize(("lang", "word", "expected"), UNIT_CASES)
def test_every_unit_word(lang: str, word: str, expected: int) -> None:
    assert word_to_number(word, lang) == expected


@pytest.mark.parametrize(("lang", "word", "expected"), TENS_CASES)
def test_every_tens_word(lang: str, word: str, expected: int) -> None:
    assert word_to_number(word, lang) == expected


@pytest.mark.parametrize(("lang", "word", "expected"), COMPOUND_CASES)
def test_every_compound_from_21_to_99(lang: str, word: str, expected: int) -> None:
    assert word_to_number(word, lang) == expected


def test_compound_tables_cover_21_to_99_without_the_round_tens() -> None:
    values = sorted(case.values[2] for case in COMPOUND_CASES if case.values[0] == "de")
    assert values == [n for n in range(21, 100) if n % 10]


@pytest.mark.parametrize(
    ("lang", "word", "expected"),
    [
        ("en", "twenty-five", 25),
        ("en", "ninety-nine", 99),
        ("de", "einundzwanzig", 21),
        ("de", "siebenundneunzig", 97),
        ("de", "dreiundvierzig", 43),
        ("de", "neunundneunzig", 99),
        ("de", "sechsundsechzig", 66),
        ("nl", "eenentwintig", 21),
        ("nl", "tweeëntwintig", 22),
        ("nl", "drieëntachtig", 83),
        ("nl", "zevenennegentig", 97),
        ("nl", "negenennegentig", 99),
        ("nl", "achtentachtig", 88),
        ("nl", "eenennegentig", 91),
        # Without the diaeresis, as it is often typed.
        ("nl", "tweeentwintig", 22),
        ("nl", "drieentachtig", 83),
    ],
)
def test_named_compounds(lang: str, word: str, expected: int) -> None:
    assert word_to_number(word, lang) == expected


@pytest.mark.parametrize(
    ("lang", "word", "expected"),
    [
        ("en", "hundred", 100),
        ("en", "one-hundred", 100),
        ("en", "hundred-and-five", 105),
        ("en", "one-hundred-and-five", 105),
        ("en", "two-hundred", 200),
        ("en", "thousand", 1000),
        ("de", "hundert", 100),
        ("de", "einhundert", 100),
        ("de", "hunderteins", 101),
        ("de", "hundertzwanzig", 120),
        ("de", "zweihundertfünf", 205),
        ("de", "tausend", 1000),
        ("de", "zweitausenddreihundert", 2300),
        ("nl", "honderd", 100),
        ("nl", "eenhonderd", 100),
        ("nl", "honderdeen", 101),
        ("nl", "honderdtwintig", 120),
        ("nl", "tweehonderd", 200),
        ("nl", "duizend", 1000),
        ("de", "hundertundeins", 101),
    ],
)
def test_hundreds_and_thousands(lang: str, word: str, expected: int) -> None:
    assert word_to_number(word, lang) == expected


@pytest.mark.parametrize(
    ("lang", "word", "expected"),
    [
        ("en", "once", 1),
        ("en", "twice", 2),
        ("en", "thrice", 3),
        ("de", "einmal", 1),
        ("de", "zweimal", 2),
        ("de", "dreimal", 3),
        ("de", "zehnmal", 10),
        ("de", "zwanzigmal", 20),
        ("de", "einundzwanzigmal", 21),
        ("nl", "eenmaal", 1),
        ("nl", "éénmaal", 1),
        ("nl", "tweemaal", 2),
        ("nl", "driemaal", 3),
        ("nl", "zeventienmaal", 17),
    ],
)
def test_multiplicative_adverbs(lang: str, word: str, expected: int) -> None:
    assert word_to_number(word, lang) == expected


@pytest.mark.parametrize(
    ("lang", "word", "expected"),
    [
        ("en", "a", 1),
        ("en", "an", 1),
        ("de", "ein", 1),
        ("de", "eine", 1),
        ("de", "einen", 1),
        ("de", "einem", 1),
        ("de", "einer", 1),
        ("de", "zwo", 2),
        ("de", "dreissig", 30),
        ("nl", "één", 1),
        ("nl", "eén", 1),
    ],
)
def test_articles_and_spelling_variants(lang: str, word: str, expected: int) -> None:
    assert word_to_number(word, lang) == expected


@pytest.mark.parametrize(
    ("lang", "word", "expected"),
    [
        ("de", "Zwanzig", 20),
        ("de", "ZWANZIG", 20),
        ("de", "Einundzwanzig", 21),
        ("de", "DREISSIG", 30),
        ("de", "Dreißig", 30),
        ("de", "ZWEIMAL", 2),
        ("en", "Twenty", 20),
        ("en", "TWENTY-FIVE", 25),
        ("en", "Once", 1),
        ("en", "Hundred", 100),
        ("nl", "Eenentwintig", 21),
        ("nl", "ÉÉN", 1),
        ("nl", "Honderd", 100),
        ("en", "  twelve  ", 12),
    ],
)
def test_case_and_surrounding_space_do_not_matter(lang: str, word: str, expected: int) -> None:
    assert word_to_number(word, lang) == expected


@pytest.mark.parametrize(
    ("lang", "word"),
    [
        ("en", "calls"),
        ("en", "tenth"),
        ("en", "first"),
        ("en", "hundredth"),
        ("en", "eighty-ten"),
        ("en", "twenty-zero"),
        ("en", "five-twenty"),
        ("en", "one-one"),
        ("en", "twenty-"),
        ("en", "-five"),
        ("en", "times"),
        ("en", ""),
        ("en", "   "),
        ("de", "Anrufe"),
        ("de", "und"),
        ("de", "undzwanzig"),
        ("de", "zwanzigundeins"),
        ("de", "zehnundzwanzig"),
        ("de", "einundzehn"),
        ("de", "mal"),
        ("de", "keinmal"),
        ("de", "normal"),
        ("de", "Merkmal"),
        ("nl", "gesprekken"),
        ("nl", "en"),
        ("nl", "entwintig"),
        ("nl", "tienentwintig"),
        ("nl", "twintigeneen"),
        ("nl", "maal"),
        ("nl", "keer"),
    ],
)
def test_words_that_are_not_numbers(lang: str, word: str) -> None:
    assert word_to_number(word, lang) is None


@pytest.mark.parametrize(
    ("lang", "word"),
    [
        ("en", "zwanzig"),
        ("en", "vier"),
        ("en", "einmal"),
        ("de", "twenty"),
        ("de", "twintig"),
        ("de", "once"),
        ("nl", "zwanzig"),
        ("nl", "einundzwanzig"),
        ("nl", "twice"),
        ("fr", "one"),
        ("xx", "zwanzig"),
    ],
)
def test_words_are_read_in_their_own_language_only(lang: str, word: str) -> None:
    assert word_to_number(word, lang) is None


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "0", 0.0),
        ("en", "20", 20.0),
        ("en", "100", 100.0),
        ("en", "99.5", 99.5),
        ("de", "99,5", 99.5),
        ("nl", "99,5", 99.5),
        ("en", "99,5", 99.5),
        ("nl", "4,5", 4.5),
        ("en", "0.5", 0.5),
        ("en", " 80 ", 80.0),
        ("en", "twenty", 20.0),
        ("en", "twenty-five", 25.0),
        ("de", "Zwanzig", 20.0),
        ("de", "einundzwanzig", 21.0),
        ("nl", "zestig", 60.0),
        ("nl", "eenentwintig", 21.0),
        ("en", "once", 1.0),
    ],
)
def test_parse_number_reads_digits_and_words(lang: str, text: str, expected: float) -> None:
    value = parse_number(text, lang)
    assert value == expected
    assert isinstance(value, float)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", ""),
        ("en", "-5"),
        ("en", "+5"),
        ("en", "20%"),
        ("en", ".5"),
        ("en", "5."),
        ("en", "99.5.1"),
        ("en", "1e3"),
        ("en", "20 seconds"),
        ("en", "twenty five"),
        ("en", "calls"),
        ("de", "Anrufe"),
        ("nl", "gesprekken"),
    ],
)
def test_parse_number_rejects_what_is_not_one_number(lang: str, text: str) -> None:
    assert parse_number(text, lang) is None


def test_thousands_separators_follow_the_language() -> None:
    from sopkit.numbers import parse_number

    assert parse_number("1,000", "en") == 1000
    assert parse_number("1,000,000", "en") == 1_000_000
    assert parse_number("1.000", "de") == 1000 and parse_number("1.000", "nl") == 1000
    assert parse_number("1,5", "en") == 1.5  # not a group of three: a decimal
    assert parse_number("99,5", "de") == 99.5 and parse_number("1,000", "de") == 1.0
