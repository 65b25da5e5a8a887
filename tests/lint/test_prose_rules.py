"""Wording rules on steps and prose: exact positions, correct steps left alone, en/de/nl."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sopkit.lint import LintResult
from sopkit.lint.examples import example

Lint = Callable[..., LintResult]


def _found(lint_tree: Lint, lang: str, body: str, **settings: object) -> list[tuple[str, int, int]]:
    result = lint_tree({"x.md": example(lang, body=body)}, **settings)
    return [(f.rule, f.line, f.column) for f in result.findings]


CORRECT_STEPS = [
    ("en", "1. Greet the customer within 30 seconds.\n2. Staff greet every visitor.\n"),
    ("en", '1. Say: "We will call you back within 2 hours."\n'),
    ("en", "1. Damaged items go to the returns cage.\n2. Check the name and return reason.\n"),
    ("en", "1. Tell the customer what happens next.\n2. Offer a 10 euro voucher.\n"),
    ("de", "1. Nehmen Sie den Anruf an.\n2. Anrufe werden innerhalb von 20 Sekunden angenommen.\n"),
    ("de", "1. Die Ware wird zurückgenommen.\n2. Der Betrag wird erstattet.\n"),
    ("de", "1. Sagen Sie: „Wir werden Sie morgen zurückrufen.“\n"),
    ("nl", "1. Begroet de klant.\n2. Controleer het ordernummer.\n"),
    ("nl", '1. Zeg: "Wij zullen u binnen 2 uur terugbellen."\n'),
    # a customer's right, not a hedged step ("--strict" failed on it)
    ("en", "Customers may return goods within 30 days.\n\n1. Check the receipt.\n"),
    ("en", "1. Check that the customer may still cancel the order.\n"),
    # "eventuell"/"eventueel" mostly mean "any" in real procedures (README, wording rules)
    ("de", "1. Sprechen Sie mit den eventuell wartenden Kunden.\n"),
    ("de", "1. Prüfen Sie eventuelle Rückfragen.\n"),
    ("nl", "1. Stuur de eventueel benodigde stukken mee.\n"),
]


@pytest.mark.parametrize(("lang", "body"), CORRECT_STEPS)
def test_correct_steps_are_not_flagged(lint_tree: Lint, lang: str, body: str) -> None:
    assert _found(lint_tree, lang, body) == []


FLAGGED = [
    # (lang, body, rule, line, column): the body starts on line 10 of the example
    ("en", "1. The agent will greet the caller.\n", "SOP310", 10, 14),
    ("en", "1. You may offer a callback.\n", "SOP301", 10, 8),  # staff's "may" hedges
    ("en", "1. Greet the caller.\n2. We'll log the call.\n", "SOP310", 11, 6),
    ("de", "1. Der Mitarbeiter wird die Bestellung prüfen.\n", "SOP310", 10, 20),
    ("de", "1. Prüfen Sie, ob der Kunde anrufen wird.\n", "SOP310", 10, 37),
    ("nl", "1. De medewerker zal de klant terugbellen.\n", "SOP310", 10, 18),
    ("en", "1. Checked the order number.\n", "SOP311", 10, 4),
    ("de", "1. Prüfte die Bestellnummer.\n", "SOP311", 10, 4),
    ("nl", "1. Controleerde het ordernummer.\n", "SOP311", 10, 4),
    ("en", "1. Ask for the order number and note it in the CRM.\n", "SOP312", 10, 29),
    ("en", "1. Ask for the order number, then check the status.\n", "SOP312", 10, 28),
    ("de", "1. Nehmen Sie den Anruf an und notieren Sie die Nummer.\n", "SOP312", 10, 28),
    ("nl", "1. Vraag het ordernummer en noteer het.\n", "SOP312", 10, 26),
    ("en", "1. You should offer a callback.\n", "SOP301", 10, 8),
    ("de", "1. Versuchen Sie, den Kunden zu erreichen.\n", "SOP301", 10, 4),
    ("nl", "1. Probeer de klant te bereiken.\n", "SOP301", 10, 4),
    ("en", "1. Reply promptly.\n", "SOP302", 10, 10),
    ("de", "1. Antworten Sie schnellstmöglich.\n", "SOP302", 10, 18),
    ("nl", "1. Bel de klant zo spoedig mogelijk terug.\n", "SOP302", 10, 17),
    # the vague timings that a metric may not use are vague in a step too
    ("en", "1. Send the refund form in due course.\n", "SOP302", 10, 25),
    ("en", "1. Call back at the earliest opportunity.\n", "SOP302", 10, 14),
    ("en", "1. Be prompt when you answer the chat.\n", "SOP302", 10, 4),
    ("de", "1. Leiten Sie die Post umgehend weiter.\n", "SOP302", 10, 24),
    ("de", "1. Rufen Sie den Kunden kurzfristig zurück.\n", "SOP302", 10, 25),
    ("nl", "1. Stuur de klacht per omgaande door.\n", "SOP302", 10, 20),
    ("nl", "1. Beantwoord de e-mail tijdig.\n", "SOP302", 10, 25),
    ("en", "1. Offer several options.\n", "SOP303", 10, 10),
    ("de", "1. Bieten Sie mehrere Termine an.\n", "SOP303", 10, 15),
    ("nl", "1. Bied enkele opties aan.\n", "SOP303", 10, 9),
    ("en", "1. Send an e-mail.\n", "SOP305", 10, 12),
    ("en", "1. Kindly wait.\n", "SOP306", 10, 4),
]


@pytest.mark.parametrize(
    ("lang", "step", "bound"),
    [
        ("en", "Reply as soon as possible, and within 20 working days.", "20 working days"),
        ("en", "Ring back quickly, at the latest by 5pm.", "at the latest by 5pm"),
        ("de", "Antworten Sie zeitnah, spätestens innerhalb von 2 Werktagen.", "2 Werktagen"),
        ("nl", "Bel zo snel mogelijk terug, uiterlijk binnen 4 uur.", "4 uur"),
    ],
)  # fmt: skip
def test_vague_timing_beside_a_bound_in_a_step_is_a_warning(
    lint_tree: Lint, lang: str, step: str, bound: str
) -> None:
    """As in a metric (SOP108): the bound is the standard, the vague words a wish."""
    result = lint_tree({"x.md": example(lang, body=f"## Steps\n\n1. {step}\n2. Close it.\n")})
    [finding] = [f for f in result.findings if f.rule == "SOP302"]
    assert finding.severity == "warning"
    assert f"the bound '{bound}' in the same sentence is what counts" in finding.message
    alone = lint_tree({"y.md": example(lang, body="## Steps\n\n1. " + step.split(",")[0] + ".\n")})
    [error] = [f for f in alone.findings if f.rule == "SOP302" and f.path.endswith("y.md")]
    assert error.severity == "error"


@pytest.mark.parametrize(("lang", "body", "rule", "line", "column"), FLAGGED)
def test_findings_sit_on_the_exact_words(
    lint_tree: Lint, lang: str, body: str, rule: str, line: int, column: int
) -> None:
    assert (rule, line, column) in _found(lint_tree, lang, body)
    text = example(lang, body=body).splitlines()[line - 1]
    assert text[column - 1].isalpha() or text[column - 1] in ",;'"


def test_wording_rules_reach_headings_tables_and_paragraphs(lint_tree: Lint) -> None:
    body = (
        "## Reply promptly\n\nAgents reply promptly.\n\n"
        "| When | What |\n|---|---|\n| Peak | Reply promptly |\n\n1. Answer the call.\n"
    )
    found = [(r, line) for r, line, _ in _found(lint_tree, "en", body) if r == "SOP302"]
    assert found == [("SOP302", 10), ("SOP302", 12), ("SOP302", 16)]


def test_vague_timing_is_an_error_and_hedging_a_warning(lint_tree: Lint) -> None:
    result = lint_tree({"x.md": example("en", body="1. You could reply quickly.\n")})
    assert [(f.rule, f.severity) for f in result.findings] == [
        ("SOP301", "warning"), ("SOP302", "error"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "body", "wrong"),
    [
        ("en", "You could ask for a callback.\n\n1. Answer the call.\n", "step"),
        ("de", "Sie könnten einen Rückruf anfordern.\n\n1. Nehmen Sie den Anruf an.\n", "Schritt"),
        ("nl", "U zou kunnen terugbellen.\n\n1. Neem de oproep aan.\n", "stap"),
    ],
)
def test_hedging_outside_steps_is_not_called_a_step(
    lint_tree: Lint, lang: str, body: str, wrong: str
) -> None:
    """The hedging rule reads every sentence, so its message names no step."""
    result = lint_tree({"x.md": example(lang, body=body)})
    messages = [f.message for f in result.findings if f.rule == "SOP301"]
    assert messages, result.findings
    assert all(wrong not in m.split(":")[0] for m in messages), messages


def test_long_sentences_are_counted(lint_tree: Lint) -> None:
    long = " ".join(["word"] * 26)
    short = " ".join(["word"] * 25)
    assert [r for r, _, _ in _found(lint_tree, "en", f"1. {long}.\n")] == ["SOP304"]
    assert _found(lint_tree, "en", f"1. {short}.\n") == []
    hyphens = " ".join(["SSH-key"] * 13 + ["it's"] * 12)  # 25 words, not 50
    assert _found(lint_tree, "en", f"1. {hyphens}.\n") == []


def test_language_decides_which_words_are_checked(lint_tree: Lint) -> None:
    # "will" is an English future marker but a German verb ("Der Kunde will ...").
    assert _found(lint_tree, "de", "1. Fragen Sie, was der Kunde will.\n") == []
    assert _found(lint_tree, "nl", "1. Bel de klant binnen 2 uur terug.\n") == []


def test_wording_severity_is_configurable(lint_tree: Lint) -> None:
    body = "1. Offer several options.\n"
    assert _found(lint_tree, "en", body, rules={"SOP303": "off"}) == []
    result = lint_tree({"x.md": example("en", body=body)}, rules={"SOP303": "error"})
    assert [f.severity for f in result.findings] == ["error"]


def test_prose_only_runs_wording_rules_on_plain_pages(run_cli, tmp_path) -> None:
    from tests.conftest import write_tree

    write_tree(tmp_path, {"docs/guide.md": "# Guide\n\n1. Reply promptly.\n"})
    result = run_cli("lint", "--prose-only", "docs", "--format", "json")
    import json

    findings = json.loads(result.output)["findings"]
    assert [(f["rule"], f["line"], f["column"]) for f in findings] == [("SOP302", 3, 10)]
    assert result.exit_code == 1
