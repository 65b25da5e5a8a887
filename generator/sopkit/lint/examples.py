"""Build complete example SOPs for rule documentation and tests.

Each rule shows a failing and a passing SOP per language; writing them as small
changes to one known-good SOP keeps the examples short and makes the difference
between failing and passing obvious.
"""

from __future__ import annotations

_BASE: dict[str, dict[str, str]] = {
    "en": {
        "title": "Answer inbound calls",
        "owner": "Contact Centre Lead <cc-lead@example.com>",
        "touchpoint": "phone",
        "metric": "80% of calls answered within 20 seconds",
        "timeframe": "20 seconds",
        "lang": "en",
    },
    "de": {
        "title": "Anrufe annehmen",
        "owner": "Leitung Kundenservice <kundenservice@example.com>",
        "touchpoint": "phone",
        "metric": "80 % der Anrufe innerhalb von 20 Sekunden angenommen",
        "timeframe": "20 Sekunden",
        "lang": "de",
    },
    "nl": {
        "title": "Inkomende gesprekken aannemen",
        "owner": "Teamleider klantenservice <klantenservice@example.com>",
        "touchpoint": "phone",
        "metric": "80% van de gesprekken binnen 20 seconden aangenomen",
        "timeframe": "20 seconden",
        "lang": "nl",
    },
}

_STEPS: dict[str, str] = {
    "en": "## Steps\n\n1. Answer the call with the branch greeting.\n"
    "2. Ask for the customer number.\n3. Note the reason for the call in the CRM.\n",
    "de": "## Schritte\n\n1. Nehmen Sie den Anruf mit der Begrüßung der Filiale an.\n"
    "2. Fragen Sie nach der Kundennummer.\n3. Notieren Sie den Anlass im CRM.\n",
    "nl": "## Stappen\n\n1. Neem het gesprek aan met de begroeting van de vestiging.\n"
    "2. Vraag naar het klantnummer.\n3. Noteer de reden van het gesprek in het CRM.\n",
}

#: A value for ``example(...)`` that removes the key.
DROP = object()


def example(language: str = "en", body: str | None = None, **fields: object) -> str:
    """A complete SOP in ``language`` with some fields replaced (``DROP`` removes one).

    Field values are written verbatim after ``key: ``, so pass YAML text
    (``timeframe="20"`` writes the number 20). ``body`` replaces the steps.
    """
    values: dict[str, object] = {**_BASE[language], **fields}
    lines = ["---"]
    for key, value in values.items():
        if value is DROP:
            continue
        lines.append(f"{key}: {value}")
    lines.append("---")
    lines.append("")
    lines.append(_STEPS[language] if body is None else body)
    return "\n".join(lines)


def steps(lang: str) -> str:
    """The example steps section of ``lang``."""
    return _STEPS[lang]


#: A measurable metric per language, proposed in messages.
GOOD_METRIC: dict[str, str] = {
    "en": "80% of calls answered within 20 seconds",
    "de": "80 % der Anrufe innerhalb von 20 Sekunden angenommen",
    "nl": "80% van de gesprekken binnen 20 seconden aangenomen",
}

#: The honest form of a hedged standard: a percentage floor.
FLOOR_METRIC: dict[str, str] = {
    "en": "90% of emails answered within 2 working days",
    "de": "90 % der E-Mails innerhalb von 2 Werktagen beantwortet",
    "nl": "90% van de e-mails binnen 2 werkdagen beantwoord",
}

#: A timeframe per language, proposed in messages.
GOOD_TIMEFRAME: dict[str, str] = {"en": "2 working days", "de": "2 Werktage", "nl": "2 werkdagen"}
