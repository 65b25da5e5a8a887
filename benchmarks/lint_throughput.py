"""How fast is ``sopkit lint``, compared with merely reading the SOPs?

The script generates N synthetic but realistic SOPs (English, German and Dutch;
every touchpoint; 5-8 steps under a heading, an intro paragraph, sometimes a table
or a notes section) in about N/100 subfolders, checks that all of them pass
``sopkit lint`` with no errors, and then measures, on the same files in the same run:

baseline
    What any tool must do to look at an SOP: find the ``*.md`` files, read each one,
    parse its YAML front matter and its Markdown body, with no rules at all
    (``sopkit.document.read_document`` then ``sopkit.markdown.parse_outline``). It
    runs with the same parallelism as lint uses for large sets (a process pool with
    ``os.cpu_count()`` workers over chunks of the same size), so the ratio compares
    like with like. The single-process figure is shown for information.
lint
    ``sopkit.lint.lint_paths([folder], Settings(root=folder))``: default settings,
    default jobs (all cores), every rule.
one-SOP CLI
    The wall time of a real ``python -m sopkit lint <one file>`` subprocess (median
    of 5): what an editor or a pre-commit hook waits for on a pull-request-sized change.

Files are read once before timing to warm the filesystem cache; the baseline and
lint timings are repeated ``--repeat`` times and the best of each is kept.

Targets (printed with PASS/FAIL):

* lint / baseline <= 3.0: the rules cost at most twice what reading and parsing cost;
* 10,000 SOPs linted in < 10 s (for another N the lint time is scaled linearly to
  10,000 SOPs, and the output says so);
* one SOP through the CLI in < 1 s.

The exit code is 0 whatever the timings (this is a measurement, not a test), and 1
only when lint reports errors on the generated SOPs, which would make the
measurement meaningless.

Usage::

    python benchmarks/lint_throughput.py [--sops 10000] [--repeat 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sopkit.config import Settings
from sopkit.document import read_document
from sopkit.lint import lint_paths
from sopkit.markdown import parse_outline

T = TypeVar("T")

RATIO_TARGET = 3.0
REFERENCE_SOPS = 10_000
REFERENCE_SECONDS = 10.0
ONE_SOP_SECONDS = 1.0
CLI_RUNS = 5

# --------------------------------------------------------------------------------------
# Vocabulary of the synthetic SOPs
# --------------------------------------------------------------------------------------

LANG_WEIGHTS = {"en": 50, "de": 25, "nl": 25}

#: Per language: the unit as written after "within" in the metric, and in ``timeframe``.
UNITS: dict[str, dict[str, tuple[str, str]]] = {
    "second": {"en": ("seconds",) * 2, "de": ("Sekunden",) * 2, "nl": ("seconden",) * 2},
    "minute": {"en": ("minutes",) * 2, "de": ("Minuten",) * 2, "nl": ("minuten",) * 2},
    "hour": {"en": ("hours",) * 2, "de": ("Stunden",) * 2, "nl": ("uur",) * 2},
    "day": {"en": ("days",) * 2, "de": ("Tagen", "Tage"), "nl": ("dagen",) * 2},
    "week": {"en": ("weeks",) * 2, "de": ("Wochen",) * 2, "nl": ("weken",) * 2},
    "working_day": {
        "en": ("working days",) * 2,
        "de": ("Werktagen", "Werktage"),
        "nl": ("werkdagen",) * 2,
    },
    "business_hour": {
        "en": ("business hours",) * 2,
        "de": ("Geschäftsstunden",) * 2,
        "nl": ("werkuren",) * 2,
    },
}
ISO_UNITS = {"second": "PT{}S", "minute": "PT{}M", "hour": "PT{}H", "day": "P{}D"}


@dataclass(frozen=True)
class Activity:
    """One measured activity of a touchpoint: its slug and plausible time bounds."""

    slug: str
    bounds: tuple[tuple[int, str], ...]


ACTIVITIES: dict[str, tuple[Activity, ...]] = {
    "phone": (
        Activity("answer-calls", ((15, "second"), (20, "second"), (30, "second"), (45, "second"))),
        Activity("callback-requests", ((2, "hour"), (3, "hour"), (4, "hour"))),
        Activity("phone-complaints", ((2, "working_day"), (3, "working_day"), (5, "working_day"))),
    ),
    "email": (
        Activity("customer-emails", ((8, "business_hour"), (24, "hour"), (2, "working_day"))),
        Activity("refund-requests", ((3, "working_day"), (5, "working_day"))),
        Activity("return-requests", ((2, "working_day"), (4, "hour"), (2, "day"))),
    ),
    "chat": (
        Activity("chat-greeting", ((20, "second"), (30, "second"), (45, "second"))),
        Activity("chat-replies", ((60, "second"), (90, "second"), (2, "minute"))),
        Activity("chatbot-handover", ((2, "minute"), (3, "minute"), (5, "minute"))),
    ),
    "in-person": (
        Activity("greet-visitors", ((30, "second"), (60, "second"))),
        Activity("click-and-collect", ((3, "minute"), (5, "minute"))),
        Activity("till-returns", ((5, "minute"), (10, "minute"))),
    ),
    "social": (
        Activity("public-complaints", ((60, "minute"), (2, "hour"))),
        Activity("direct-messages", ((2, "hour"), (4, "hour"))),
        Activity("online-reviews", ((24, "hour"), (2, "day"), (3, "day"))),
    ),
    "letter": (
        Activity("complaint-letters", ((7, "working_day"), (10, "working_day"))),
        Activity("returned-mail", ((3, "working_day"), (5, "working_day"))),
        Activity("data-requests", ((20, "working_day"), (4, "week"))),
    ),
}
TOUCHPOINTS = tuple(ACTIVITIES)

#: Per language and activity: "plural noun as measured | past participle | title | tags".
_WORDING: dict[str, dict[str, str]] = {
    "en": {
        "answer-calls": "calls | answered | Answer inbound calls | calls, queue",
        "callback-requests": "callback requests | returned | "
        "Handle callback requests | calls, callback",
        "phone-complaints": "phone complaints | resolved | "
        "Resolve complaints by phone | calls, complaints",
        "customer-emails": "customer emails | answered | "
        "Send the first response to emails | email, response",
        "refund-requests": "approved refunds | issued | "
        "Process refund requests by email | refunds, email",
        "return-requests": "return requests | confirmed | "
        "Confirm return requests by email | returns, email",
        "chat-greeting": "chats | greeted by an agent | "
        "Greet customers in live chat | chat, greeting",
        "chat-replies": "customer messages in chat | answered | "
        "Reply to chat messages | chat, response",
        "chatbot-handover": "chatbot hand-overs | accepted | "
        "Take over a chat from the chatbot | chat, chatbot, handover",
        "greet-visitors": "visitors | greeted | Greet store visitors | store, greeting",
        "click-and-collect": "click-and-collect parcels | handed over | "
        "Hand over click-and-collect orders | store, collection",
        "till-returns": "returns at the till | completed | "
        "Take back goods at the till | store, returns",
        "public-complaints": "public complaints | answered | "
        "Respond to public complaints on social media | social, complaints",
        "direct-messages": "direct messages | answered | Answer direct messages | social, messages",
        "online-reviews": "negative reviews | answered | Reply to online reviews | social, reviews",
        "complaint-letters": "complaint letters | answered | "
        "Reply to written complaints received by post | letters, complaints",
        "returned-mail": "returned letters | processed | "
        "Process returned mail | letters, addresses",
        "data-requests": "written data requests | answered | "
        "Answer data requests by post | letters, privacy",
    },
    "de": {
        "answer-calls": "Anrufe | angenommen | Anrufe annehmen | telefon, warteschlange",
        "callback-requests": "Rückrufbitten | erledigt | "
        "Rückrufbitten bearbeiten | telefon, rueckruf",
        "phone-complaints": "telefonischen Beschwerden | gelöst | "
        "Telefonische Beschwerden bearbeiten | telefon, beschwerde",
        "customer-emails": "Kundenanfragen per E-Mail | beantwortet | "
        "Kundenanfragen per E-Mail beantworten | email, antwort",
        "refund-requests": "genehmigten Erstattungen | ausgezahlt | "
        "Erstattungen auslösen | erstattung, email",
        "return-requests": "Widerrufe | bestätigt | "
        "Widerruf per E-Mail bearbeiten | widerruf, email",
        "chat-greeting": "Chats | angenommen | Chats annehmen | chat, begruessung",
        "chat-replies": "Kundennachrichten im Chat | beantwortet | "
        "Chatnachrichten beantworten | chat, antwort",
        "chatbot-handover": "Übergaben vom Chatbot | übernommen | "
        "Chat vom Chatbot übernehmen | chat, chatbot",
        "greet-visitors": "Besucherinnen und Besucher | begrüßt | "
        "Besucher in der Filiale begrüßen | filiale, begruessung",
        "click-and-collect": "Abholungen | übergeben | "
        "Click-and-Collect-Bestellungen übergeben | filiale, abholung",
        "till-returns": "Rücknahmen an der Kasse | abgeschlossen | "
        "Rücknahme an der Kasse | filiale, kasse, retoure",
        "public-complaints": "öffentlichen Beschwerden | beantwortet | "
        "Öffentliche Beschwerden in sozialen Medien beantworten | social, beschwerde",
        "direct-messages": "Direktnachrichten | beantwortet | "
        "Direktnachrichten beantworten | social, nachrichten",
        "online-reviews": "negativen Bewertungen | beantwortet | "
        "Online-Bewertungen beantworten | bewertungen, social",
        "complaint-letters": "schriftlichen Beschwerden | beantwortet | "
        "Schriftliche Beschwerden beantworten | brief, beschwerde",
        "returned-mail": "Postrückläufer | bearbeitet | "
        "Postrückläufer bearbeiten | brief, adressen",
        "data-requests": "Auskunftsersuchen per Brief | beantwortet | "
        "Auskunftsersuchen per Brief beantworten | brief, datenschutz",
    },
    "nl": {
        "answer-calls": "gesprekken | aangenomen | "
        "Inkomende gesprekken aannemen | telefoon, wachtrij",
        "callback-requests": "terugbelverzoeken | afgehandeld | "
        "Terugbelverzoeken afhandelen | telefoon, terugbellen",
        "phone-complaints": "telefonische klachten | opgelost | "
        "Telefonische klacht afhandelen | telefoon, klacht",
        "customer-emails": "klantmails | beantwoord | Klantmails beantwoorden | email, antwoord",
        "refund-requests": "goedgekeurde terugbetalingen | uitgevoerd | "
        "Terugbetalingen per e-mail verwerken | terugbetaling, email",
        "return-requests": "retourverzoeken | beantwoord | "
        "Retourverzoek per e-mail afhandelen | retour, email",
        "chat-greeting": "chats | aangenomen | Chats aannemen | chat, begroeting",
        "chat-replies": "klantberichten in de chat | beantwoord | "
        "Gelijktijdige chats beheren | chat, wachtrij",
        "chatbot-handover": "overdrachten van de chatbot | opgepakt | "
        "Chat overnemen van de chatbot | chat, chatbot",
        "greet-visitors": "bezoekers | begroet | Winkelbezoekers begroeten | winkel, begroeting",
        "click-and-collect": "afhaalbestellingen | meegegeven | "
        "Afhaalbestellingen meegeven | winkel, afhalen",
        "till-returns": "retouren aan de kassa | afgerond | "
        "Retour aan de kassa verwerken | winkel, kassa, retour",
        "public-complaints": "openbare klachten | beantwoord | "
        "Openbare klachten op sociale media beantwoorden | webcare, klacht",
        "direct-messages": "privéberichten | beantwoord | "
        "Privéberichten beantwoorden | webcare, berichten",
        "online-reviews": "negatieve reviews | beantwoord | "
        "Reviews beantwoorden | webcare, reviews",
        "complaint-letters": "klachtbrieven | beantwoord | "
        "Klachtbrief beantwoorden | brief, klacht",
        "returned-mail": "retourbrieven | verwerkt | Retourpost verwerken | brief, adressen",
        "data-requests": "inzageverzoeken per brief | beantwoord | "
        "Inzageverzoek per brief beantwoorden | brief, privacy",
    },
}
WORDING: dict[str, dict[str, list[str]]] = {
    lang: {slug: text.split(" | ") for slug, text in table.items()}
    for lang, table in _WORDING.items()
}

OWNERS: dict[str, tuple[str, ...]] = {
    "en": (
        "Contact Centre Lead <contact-centre@northwind.example>",
        "Digital Care Lead <digital-care@northwind.example>",
        "Email Team Lead <email-care@northwind.example>",
        "Store Operations Manager UK <store-ops.uk@northwind.example>",
        "Customer Relations Manager <customer-relations@northwind.example>",
        "Head of Social Care <social@northwind.example>",
        "Refunds Team Lead <refunds@northwind.example> @northwind/refunds",
    ),
    "de": (
        "Teamleitung Kundenservice Deutschland <kundenservice.de@northwind.example>",
        "Teamleitung Digitaler Service <digital.de@northwind.example>",
        "Filialleitung <filialen.de@northwind.example>",
        "Leitung Kundenbeziehungen <kundenbeziehungen.de@northwind.example>",
        "Teamleitung Social Media <socialmedia.de@northwind.example>",
    ),
    "nl": (
        "Teamleider Klantenservice Nederland <klantenservice.nl@northwind.example>",
        "Teamleider Digitale Service <digitaal.nl@northwind.example>",
        "Filiaalmanager <filialen.nl@northwind.example>",
        "Manager Klantrelaties <klantrelaties.nl@northwind.example>",
        "Teamleider Webcare <webcare.nl@northwind.example>",
    ),
}

SITES = {
    "en": ("Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Norwich", "York"),
    "de": ("Hamburg", "Köln", "Leipzig", "München", "Bremen", "Dortmund", "Mainz"),
    "nl": ("Utrecht", "Rotterdam", "Eindhoven", "Groningen", "Zwolle", "Breda", "Arnhem"),
}
SYSTEMS = ("CRM", "ticketing system", "order system", "case system")
SYSTEMS_DE = ("CRM", "Ticketsystem", "Bestellsystem", "Vorgangssystem")
SYSTEMS_NL = ("CRM", "ticketsysteem", "ordersysteem", "dossiersysteem")

METRICS = {
    "en": (
        "{pct}% of {noun} {verb} within {n} {unit}",
        "{k} out of 10 {noun} {verb} within {n} {unit}",
        "{pct} percent of {noun} {verb} within {n} {unit}",
    ),
    "de": (
        "{pct} % der {noun} innerhalb von {n} {unit} {verb}",
        "{kw} von zehn {noun} innerhalb von {n} {unit} {verb}",
        "{pct} Prozent der {noun} innerhalb von {n} {unit} {verb}",
    ),
    "nl": (
        "{pct}% van de {noun} binnen {n} {unit} {verb}",
        "{k} van de 10 {noun} binnen {n} {unit} {verb}",
        "{pct} procent van de {noun} binnen {n} {unit} {verb}",
    ),
}
#: Metrics without a time bound of their own (the timeframe still applies).
SCORE_METRICS = {
    "en": "average satisfaction score of at least {score} out of 5 for {noun}",
    "de": "durchschnittliche Zufriedenheit von mindestens {score} von 5 "
    "mit der Bearbeitung der {noun}",
    "nl": "gemiddelde waardering van minimaal {score} van de 5 voor {noun}",
}
GERMAN_TENTHS = {7: "sieben", 8: "acht", 9: "neun"}

INTROS = {
    "en": (
        "This procedure applies to all {noun} handled by the {site} team. {why}",
        "The {site} team follows this procedure for {noun} during opening hours. {why}",
    ),
    "de": (
        "Diese Anweisung regelt die Bearbeitung der {noun} im Team {site}. {why}",
        "Das Team {site} bearbeitet alle {noun} nach dieser Anweisung. {why}",
    ),
    "nl": (
        "Deze werkwijze geldt voor de {noun} van het team in {site}. {why}",
        "Het team in {site} volgt deze werkwijze voor alle {noun}. {why}",
    ),
}
WHYS = {
    "en": (
        "A consistent routine gives every customer the same answer, whoever is on shift.",
        "Customers named the wait as their main complaint in the last survey.",
        "The target is reported to the service board every month.",
        "Each case gets a reference number, an owner and a date for the next update.",
    ),
    "de": (
        "Ein fester Ablauf sorgt dafür, dass alle Kundinnen und Kunden dieselbe Antwort erhalten.",
        "In der letzten Umfrage war die Wartezeit der häufigste Kritikpunkt.",
        "Die Zielerreichung geht jeden Monat an die Servicerunde.",
        "Jeder Vorgang erhält eine Vorgangsnummer, eine Verantwortliche und einen Termin.",
    ),
    "nl": (
        "Een vaste werkwijze geeft elke klant hetzelfde antwoord, wie er ook dienst heeft.",
        "Klanten noemden de wachttijd als grootste ergernis in de laatste enquête.",
        "De score gaat elke maand naar het serviceoverleg.",
        "Elk dossier krijgt een nummer, een eigenaar en een datum voor de volgende update.",
    ),
}

STEP_HEADINGS = {"en": "Steps", "de": "Schritte", "nl": "Stappen"}
FIRST_STEPS = {
    "en": "Pick up each new item within {n} {unit} of its arrival in the queue.",
    "de": "Übernehmen Sie jeden neuen Eingang innerhalb von {n} {unit}.",
    "nl": "Pak elke nieuwe melding op binnen {n} {unit} na binnenkomst.",
}
STEPS: dict[str, tuple[str, ...]] = {
    "en": (
        "Open the oldest item in the queue.",
        "Check the customer record in the {system}.",
        "Confirm the customer's identity with the order number or the customer number.",
        "Read the full history of the case before you reply.",
        "Summarise the customer's request in one sentence.",
        "Select the reply template for the request type.",
        "Replace every placeholder in the template with the customer's details.",
        "Resolve the request in the same contact.",
        "Refer cases above £{amount} to the team lead.",
        "Log a case in the {system} for every request that stays open.",
        "Give the customer the case reference number.",
        "Agree a time for the next update with the customer.",
        "Record the outcome in the {system}.",
        "Close the case.",
    ),
    "de": (
        "Öffnen Sie den ältesten Vorgang in der Warteschlange.",
        "Prüfen Sie das Kundenkonto im {system}.",
        "Bestätigen Sie die Identität mit der Bestell- oder Kundennummer.",
        "Lesen Sie den gesamten Verlauf, bevor Sie antworten.",
        "Fassen Sie das Anliegen in einem Satz zusammen.",
        "Wählen Sie die Antwortvorlage für die Art des Anliegens.",
        "Ersetzen Sie jeden Platzhalter in der Vorlage durch die Kundendaten.",
        "Lösen Sie das Anliegen im selben Kontakt.",
        "Legen Sie Fälle über {amount} € der Teamleitung vor.",
        "Erfassen Sie offene Anliegen als Vorgang im {system}.",
        "Nennen Sie der Kundin oder dem Kunden die Vorgangsnummer.",
        "Vereinbaren Sie einen Termin für die nächste Rückmeldung.",
        "Dokumentieren Sie das Ergebnis im {system}.",
        "Schließen Sie den Vorgang ab.",
    ),
    "nl": (
        "Open het oudste item in de wachtrij.",
        "Controleer het klantdossier in het {system}.",
        "Bevestig de identiteit van de klant met het ordernummer of het klantnummer.",
        "Lees de volledige geschiedenis van het dossier voordat je antwoordt.",
        "Vat de vraag van de klant samen in één zin.",
        "Kies het antwoordsjabloon voor het type vraag.",
        "Vervang elke placeholder in het sjabloon door de gegevens van de klant.",
        "Los de vraag op in hetzelfde contact.",
        "Leg zaken boven € {amount} voor aan de teamleider.",
        "Registreer open vragen als dossier in het {system}.",
        "Geef de klant het dossiernummer.",
        "Spreek een moment af voor de volgende update.",
        "Noteer de uitkomst in het {system}.",
        "Sluit het dossier af.",
    ),
}
TABLES = {
    "en": (
        (
            "Approval limits",
            ("Amount", "Approved by"),
            (
                ("Up to £{amount}", "Agent"),
                ("Above £{amount}", "Team lead"),
                ("Above £1,000", "Finance Manager"),
            ),
        ),
        (
            "Escalation",
            ("Situation", "Contact"),
            (
                ("Complaint about a colleague", "Duty manager"),
                ("Safety risk", "Product Safety Officer"),
                ("Press enquiry", "Press Office"),
                ("Legal threat", "Customer Relations Manager"),
            ),
        ),
    ),
    "de": (
        (
            "Freigaben",
            ("Betrag", "Freigabe durch"),
            (
                ("Bis {amount} €", "Mitarbeitende"),
                ("Über {amount} €", "Teamleitung"),
                ("Über 1.000 €", "Finanzabteilung"),
            ),
        ),
        (
            "Eskalation",
            ("Fall", "Ansprechpartner"),
            (
                ("Beschwerde über Mitarbeitende", "Filialleitung"),
                ("Sicherheitsrisiko", "Produktsicherheit"),
                ("Presseanfrage", "Pressestelle"),
            ),
        ),
    ),
    "nl": (
        (
            "Goedkeuring",
            ("Bedrag", "Goedgekeurd door"),
            (
                ("Tot € {amount}", "Medewerker"),
                ("Boven € {amount}", "Teamleider"),
                ("Boven € 1.000", "Financiën"),
            ),
        ),
        (
            "Escalatie",
            ("Situatie", "Doorzetten naar"),
            (
                ("Klacht over een medewerker", "Filiaalmanager"),
                ("Veiligheidsrisico", "Productveiligheid"),
                ("Vraag van de pers", "Persvoorlichting"),
                ("Juridische dreiging", "Manager Klantrelaties"),
            ),
        ),
    ),
}
NOTES = {
    "en": ("Notes", "Cases that stay open for more than 30 days go to the team lead for review."),
    "de": ("Hinweise", "Vorgänge, die länger als 30 Tage offen sind, prüft die Teamleitung."),
    "nl": ("Opmerkingen", "Dossiers die langer dan 30 dagen openstaan, gaan naar de teamleider."),
}


def _pick_lang(rng: random.Random) -> str:
    return rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]


def make_sop(rng: random.Random, touchpoint: str, lang: str) -> tuple[str, str]:
    """One SOP: its file-name stem (without the unique number) and its text."""
    activity = rng.choice(ACTIVITIES[touchpoint])
    noun, verb, title, tags = WORDING[lang][activity.slug]
    n, unit_key = rng.choice(activity.bounds)
    metric_unit, timeframe_unit = UNITS[unit_key][lang]
    site = rng.choice(SITES[lang])
    amount = rng.choice((50, 100, 150, 250, 500))
    system = rng.choice({"en": SYSTEMS, "de": SYSTEMS_DE, "nl": SYSTEMS_NL}[lang])

    if rng.random() < 0.1:
        metric = SCORE_METRICS[lang].format(score=rng.choice((4, "4.5", 4.2)), noun=noun)
        if lang != "en":
            metric = metric.replace("4.5", "4,5").replace("4.2", "4,2")
    else:
        k = rng.choice((7, 8, 9))
        metric = rng.choice(METRICS[lang]).format(
            pct=rng.choice((80, 85, 90, 95, 98)),
            k=k,
            kw=GERMAN_TENTHS[k],
            noun=noun,
            verb=verb,
            n=n,
            unit=metric_unit,
        )
    timeframe = f"{n} {timeframe_unit}"
    if unit_key in ISO_UNITS and rng.random() < 0.1:
        timeframe = ISO_UNITS[unit_key].format(n)

    lines = [
        "---",
        f"title: {title} ({site})" if rng.random() < 0.5 else f"title: {title}",
        f"owner: {rng.choice(OWNERS[lang])}",
        f"touchpoint: {touchpoint}",
        f"metric: {metric}",
        f"timeframe: {timeframe}",
        f"lang: {lang}",
        f"tags: [{tags}]",
        "---",
        "",
        rng.choice(INTROS[lang]).format(noun=noun, site=site, why=rng.choice(WHYS[lang])),
        "",
        f"## {STEP_HEADINGS[lang]}",
        "",
    ]
    count = rng.randint(5, 8)
    pool = STEPS[lang]
    chosen = sorted(rng.sample(range(len(pool)), count - 1))
    steps = [FIRST_STEPS[lang].format(n=n, unit=metric_unit)]
    steps += [pool[i].format(system=system, amount=amount) for i in chosen]
    lines += [f"{number}. {text}" for number, text in enumerate(steps, 1)]
    if rng.random() < 0.4:
        heading, header, rows = rng.choice(TABLES[lang])
        lines += ["", f"## {heading}", "", f"| {header[0]} | {header[1]} |", "|---|---|"]
        lines += [f"| {a.format(amount=amount)} | {b} |" for a, b in rows]
    if rng.random() < 0.3:
        heading, text = NOTES[lang]
        lines += ["", f"## {heading}", "", text]
    return f"{activity.slug}-{site.lower().replace('ö', 'oe').replace('ü', 'ue')}", (
        "\n".join(lines) + "\n"
    )


def generate(folder: Path, count: int, seed: int) -> list[Path]:
    """Write ``count`` SOPs into about ``count / 100`` subfolders of ``folder``."""
    rng = random.Random(seed)
    folders = max(1, round(count / 100))
    paths = []
    for index in range(count):
        slot = index % folders
        touchpoint = TOUCHPOINTS[slot % len(TOUCHPOINTS)]
        sub = folder / f"{touchpoint}-{slot:03d}"
        if index < folders:
            sub.mkdir(parents=True, exist_ok=True)
        stem, text = make_sop(rng, touchpoint, _pick_lang(rng))
        path = sub / f"{stem}-{index:05d}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


# --------------------------------------------------------------------------------------
# Measurements
# --------------------------------------------------------------------------------------


def find_markdown(folder: Path) -> list[Path]:
    """Every ``*.md`` file under ``folder``, sorted (what lint's file discovery does)."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        found.extend(Path(root) / name for name in files if name.endswith(".md"))
    return sorted(found)


def parse_chunk(paths: Sequence[Path]) -> int:
    """The baseline work for some files: read, parse front matter and body. Returns steps."""
    steps = 0
    for path in paths:
        document = read_document(path)
        steps += len(parse_outline(document.body, document.body_line).steps)
    return steps


def baseline_parallel(folder: Path, workers: int) -> int:
    """The baseline over a process pool, chunked as ``lint_paths`` chunks large sets."""
    files = find_markdown(folder)
    size = max(50, len(files) // (workers * 4))
    chunks = [files[i : i + size] for i in range(0, len(files), size)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return sum(pool.map(parse_chunk, chunks))


def baseline_single(folder: Path) -> int:
    """The baseline in this process."""
    return parse_chunk(find_markdown(folder))


def timed(function: Callable[[], T]) -> tuple[float, T]:
    """Wall time of one call, and its result."""
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def cli_one_sop(path: Path, cwd: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Wall time of ``python -m sopkit lint <path>`` in a fresh interpreter."""
    command = [sys.executable, "-m", "sopkit", "lint", str(path)]
    return timed(lambda: subprocess.run(command, cwd=cwd, capture_output=True, text=True))


def warm_cache(folder: Path) -> int:
    """Read every file once so that no timing pays for cold disk reads."""
    return sum(len(path.read_bytes()) for path in find_markdown(folder))


# --------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------


def table(rows: Sequence[tuple[str, str]]) -> str:
    """Two aligned columns."""
    width = max(len(label) for label, _ in rows)
    value_width = max(len(value) for _, value in rows)
    rule = f"+-{'-' * width}-+-{'-' * value_width}-+"
    body = [f"| {label.ljust(width)} | {value.rjust(value_width)} |" for label, value in rows]
    return "\n".join([rule, *body, rule])


def verdict(ok: bool) -> str:
    """PASS or FAIL."""
    return "PASS" if ok else "FAIL"


def run(folder: Path, sops: int, repeat: int, seed: int) -> int:
    """Generate, verify, measure and print; return the exit code."""
    workers = os.cpu_count() or 1
    print(f"generating {sops:,} SOPs in {folder} ...", flush=True)
    seconds, paths = timed(lambda: generate(folder, sops, seed))
    subfolders = sum(1 for p in folder.iterdir() if p.is_dir())
    print(f"  {len(paths):,} files in {subfolders} subfolders ({seconds:.1f} s)", flush=True)
    warm_cache(folder)

    settings = Settings(root=folder)
    print("checking that lint passes on the generated SOPs ...", flush=True)
    result = lint_paths([folder], settings, cwd=folder)  # also warms up the pool and imports
    errors = result.count("error")
    if errors or result.sops != sops:
        print(
            f"WARNING: lint reported {errors} errors and {result.count('warning')} warnings "
            f"on the generated SOPs ({result.sops} SOPs of {sops}); the figures below are "
            "not meaningful. First findings:"
        )
        for finding in [f for f in result.findings if not f.suppressed][:10]:
            print(f"  {finding.path}:{finding.line}: {finding.rule} {finding.message}")
    else:
        print(f"  0 errors, {result.count('warning')} warnings ({result.sops:,} SOPs)")
    parse_chunk(paths[:10])  # import and build the Markdown parser before any timing

    best = {"parallel": float("inf"), "single": float("inf"), "lint": float("inf")}
    for attempt in range(1, repeat + 1):
        print(f"run {attempt}/{repeat}:", end="", flush=True)
        for name, function in (
            ("parallel", lambda: baseline_parallel(folder, workers)),
            ("single", lambda: baseline_single(folder)),
            ("lint", lambda: lint_paths([folder], settings, cwd=folder)),
        ):
            seconds, _ = timed(function)
            best[name] = min(best[name], seconds)
            print(f"  {name} {seconds:.2f} s", end="", flush=True)
        print()

    one = paths[len(paths) // 2]
    cli_times = []
    for _ in range(CLI_RUNS):
        seconds, process = cli_one_sop(one, folder)
        if process.returncode != 0:
            print(f"WARNING: `sopkit lint {one.name}` exited {process.returncode}:")
            print(process.stdout + process.stderr)
        cli_times.append(seconds)
    cli = statistics.median(cli_times)

    ratio = best["lint"] / best["parallel"]
    per_reference = best["lint"] * REFERENCE_SOPS / sops
    print()
    print(
        table(
            [
                ("SOPs", f"{sops:,}"),
                ("cores", str(workers)),
                ("baseline s (parallel)", f"{best['parallel']:.2f}"),
                ("baseline s (1 process)", f"{best['single']:.2f}"),
                ("lint s", f"{best['lint']:.2f}"),
                ("lint SOPs/s", f"{sops / best['lint']:,.0f}"),
                ("ratio lint/baseline", f"{ratio:.2f}"),
                ("one-SOP CLI s", f"{cli:.2f}"),
            ]
        )
    )
    print(f"(best of {repeat} runs; one-SOP CLI is the median of {CLI_RUNS} subprocess runs)")
    print()
    print("targets:")
    print(f"  {verdict(ratio <= RATIO_TARGET)}  ratio lint/baseline {ratio:.2f} <= {RATIO_TARGET}")
    scaled = "" if sops == REFERENCE_SOPS else f" (scaled linearly from {sops:,} SOPs)"
    print(
        f"  {verdict(per_reference < REFERENCE_SECONDS)}  {REFERENCE_SOPS:,} SOPs in "
        f"{per_reference:.2f} s < {REFERENCE_SECONDS:.0f} s{scaled}"
    )
    print(f"  {verdict(cli < ONE_SOP_SECONDS)}  one SOP in {cli:.2f} s < {ONE_SOP_SECONDS:.0f} s")
    return 1 if errors else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments and run the benchmark."""
    parser = argparse.ArgumentParser(
        description="Measure sopkit lint throughput against a read-and-parse baseline."
    )
    parser.add_argument("--sops", type=int, default=REFERENCE_SOPS, help="SOPs to generate")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best counts")
    parser.add_argument("--seed", type=int, default=20240601, help="random seed for the SOPs")
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="generate into DIR (must be empty) and keep it"
    )
    args = parser.parse_args(argv)
    if args.sops < 1 or args.repeat < 1:
        parser.error("--sops and --repeat must be at least 1")
    if args.keep is not None:
        if args.keep.exists() and any(args.keep.iterdir()):
            parser.error(f"--keep {args.keep}: the folder is not empty")
        args.keep.mkdir(parents=True, exist_ok=True)
        return run(args.keep.resolve(), args.sops, args.repeat, args.seed)
    with tempfile.TemporaryDirectory(prefix="sopkit-bench-") as temp:
        return run(Path(temp).resolve(), args.sops, args.repeat, args.seed)


if __name__ == "__main__":
    sys.exit(main())
