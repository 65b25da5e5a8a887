"""Does search find what staff type? Queries against the built site, in a real browser.

The script copies the sample knowledge base (``sop/`` and ``mkdocs.yml``) to a
temporary folder, adds what some queries need and the sample lacks (a few SOPs and
location variants, in the benchmark's copy only), builds it with ``sopkit build`` for
each engine behind the search box (``search_engine: pagefind``, sopkit's default, and
``material``, Material's own lunr search), serves it on 127.0.0.1 and, in headless
Chromium (Debian's, through Playwright), types each query into the site's search box
like a user: opens the home page, clicks the search button, types the query key by
key, waits until the result list has stopped changing and reads the visible results.

Each query names the page that must come first (a URL relative to the site root); a
query may pick a location first (stored as the location picker stores it). The
queries are a third English, a third German and a third Dutch; more than a quarter are
typos, compounds, separable verbs or location questions. Printed: the share of
queries whose page is first and in the top three, per language, per kind and overall,
for each engine, with the bytes downloaded for the first query of a fresh browser
(everything search loads: index, engine, worker) and the time from the last key to
the final results. Targets: first for 90% of queries, top three for 98%.

``--json`` prints one line for the shipped engine (Pagefind):
``{"queries": N, "first": share, "top3": share, "first_query_bytes": B}``.

``--sops N`` measures scale instead: N generated SOPs (the generator of
``benchmarks/lint_throughput.py``) besides the sample, built with each engine, and
for a few queries the time from typing to results and the bytes a first query
transfers. Targets at 10,000 SOPs: results within 1 s of typing, at most 300 KB.

    python benchmarks/search_quality.py            # quality, both engines
    python benchmarks/search_quality.py --json     # one line, Pagefind
    python benchmarks/search_quality.py --sops 10000
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import lint_throughput  # a sibling script: run as `python benchmarks/search_quality.py`

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CHROMIUM = os.environ.get("SOPKIT_CHROMIUM", "/usr/bin/chromium")
ENGINES = ("pagefind", "material")
FIRST_TARGET, TOP3_TARGET = 0.90, 0.98
SCALE_SECONDS, SCALE_BYTES = 1.0, 300_000
#: Requests that belong to search: Material's index and worker, lunr, Pagefind, ours.
SEARCH_PATHS = re.compile(
    r"^/(search/|pagefind/|assets/javascripts/workers/|assets/javascripts/lunr/|"
    r"assets/sopkit-search)"
)


@dataclass(frozen=True)
class Query:
    lang: str
    text: str
    expected: str  # URL of the page that must come first, relative to the site root
    kind: str = "plain"  # plain, typo, compound, separable, number, location
    location: str = ""  # a location picked before searching


Q = Query
QUERIES: tuple[Query, ...] = (
    # English
    Q("en", "refund requests", "email/refund-request-emails/"),
    Q("en", "refnd", "email/refund-request-emails/", "typo"),
    Q("en", "callback requests", "phone/handle-callback-requests/"),
    Q("en", "calback", "phone/handle-callback-requests/", "typo"),
    Q("en", "answer inbound calls", "phone/answer-inbound-calls/"),
    Q("en", "calls answered within 20 seconds", "phone/answer-inbound-calls/", "number"),
    Q("en", "transfer a caller to a specialist", "phone/transfer-calls/"),
    Q("en", "trasnfer calls", "phone/transfer-calls/", "typo"),
    Q("en", "greet store visitors", "in-person/greet-store-visitors/"),
    Q("en", "click and collect", "in-person/click-and-collect-pickup/"),
    Q("en", "chatbot handover", "chat/chat-handover-to-agent/"),
    Q("en", "greet customers in live chat", "chat/chat-greeting/"),
    Q("en", "first response to emails", "email/email-first-response/"),
    Q("en", "within 8 business hours", "email/email-first-response/", "number"),
    Q("en", "returned mail", "letter/returned-mail/"),
    Q("en", "undeliverable letters", "letter/returned-mail/"),
    Q("en", "written complaints by post", "letter/written-complaints-by-post/"),
    Q("en", "complants on social media", "social/public-social-complaints/", "typo"),
    Q("en", "within 60 minutes", "social/public-social-complaints/", "number"),
    Q("en", "damaged delivery", "email/damaged-deliveries/"),
    Q("en", "damagd parcel photos", "email/damaged-deliveries/", "typo"),
    Q("en", "email response", "locations/amsterdam/email-first-response/", "location", "amsterdam"),
    Q("en", "Amsterdam refund", "locations/amsterdam/refund-request-emails/", "location"),
    # German
    Q("de", "Rückruf", "phone/rueckrufbitten-bearbeiten/", "compound"),
    Q("de", "Rückrufbitte", "phone/rueckrufbitten-bearbeiten/"),
    Q("de", "Rückrufbiten", "phone/rueckrufbitten-bearbeiten/", "typo"),
    Q("de", "innerhalb von 4 Stunden", "phone/rueckrufbitten-bearbeiten/", "number"),
    Q("de", "Widerruf per E-Mail", "email/widerruf-per-e-mail/"),
    Q("de", "Wideruf", "email/widerruf-per-e-mail/", "typo"),
    Q("de", "Rücknahme an der Kasse", "in-person/ruecknahme-an-der-kasse/"),
    Q("de", "Rücknahmen", "in-person/ruecknahme-an-der-kasse/"),
    Q("de", "Chat-Transkript", "chat/chat-transkript-versenden/"),
    Q("de", "Transkript versenden", "chat/chat-transkript-versenden/"),
    Q("de", "Chatende", "chat/chat-transkript-versenden/"),
    Q("de", "Bewertungen beantworten", "social/bewertungen-beantworten/"),
    Q("de", "Bewertung", "social/bewertungen-beantworten/", "compound"),
    Q("de", "Direktnachrichten", "social/direktnachrichten-beantworten/"),
    Q("de", "Nachrichten weiterleiten", "social/direktnachrichten-beantworten/", "separable"),
    Q("de", "schriftliche Beschwerden", "letter/schriftliche-beschwerden-beantworten/"),
    Q("de", "Beschwerdebrief", "letter/schriftliche-beschwerden-beantworten/", "compound"),
    Q("de", "Lieferverzögerung", "email/lieferverzoegerung-melden/"),
    Q("de", "Verzögerung", "email/lieferverzoegerung-melden/", "compound"),
    Q("de", "Kunden zurückrufen", "email/lieferverzoegerung-melden/", "separable"),
    Q("de", "innerhalb von 20 Sekunden", "phone/anrufe-annehmen/", "number"),
    Q("de", "Rückrufbitten", "locations/berlin/rueckrufbitten-bearbeiten/", "location", "berlin"),
    # Dutch
    Q("nl", "terugbellen", "phone/telefonische-klacht-afhandelen/", "separable"),
    Q("nl", "terugbelmoment", "phone/telefonische-klacht-afhandelen/"),
    Q("nl", "telefonische klacht", "phone/telefonische-klacht-afhandelen/"),
    Q("nl", "telefonsiche klacht", "phone/telefonische-klacht-afhandelen/", "typo"),
    Q("nl", "klachtbrief", "letter/klachtbrief-beantwoorden/"),
    Q("nl", "klachtbrieven", "letter/klachtbrief-beantwoorden/"),
    Q("nl", "retourverzoek", "email/retourverzoek-per-e-mail/"),
    Q("nl", "retourverzeok", "email/retourverzoek-per-e-mail/", "typo"),
    Q("nl", "wachtrij bij de kassa", "in-person/wachtrij-bij-de-kassa/"),
    Q("nl", "kassawachtrij", "in-person/wachtrij-bij-de-kassa/", "compound"),
    Q("nl", "gelijktijdige chats", "chat/gelijktijdige-chats-beheren/"),
    Q("nl", "binnen 60 seconden", "chat/gelijktijdige-chats-beheren/", "number"),
    Q("nl", "openbare klachten", "social/openbare-klachten-sociale-media/"),
    Q("nl", "webcare", "social/openbare-klachten-sociale-media/"),
    Q("nl", "binnen 2 uur", "social/openbare-klachten-sociale-media/", "number"),
    Q("nl", "bezorgklacht", "email/bezorgklachten-afhandelen/"),
    Q("nl", "pakket kwijt", "email/bezorgklachten-afhandelen/"),
    Q("nl", "bezorger opbellen", "email/bezorgklachten-afhandelen/", "separable"),
    Q("nl", "binnen 4 uur", "email/bezorgklachten-afhandelen/", "number"),
    Q(
        "nl",
        "telefonische klacht",
        "locations/amsterdam/telefonische-klacht-afhandelen/",
        "location",
        "amsterdam",
    ),
    Q("nl", "klacht Amsterdam", "locations/amsterdam/telefonische-klacht-afhandelen/", "location"),
)

#: SOPs and variants that some queries need and the sample lacks (benchmark copy only).
EXTRA_SOPS: dict[str, str] = {
    "email/damaged-deliveries.md": """---
title: Handle damaged deliveries
owner: Refunds Team Lead <refunds@northwind.example> @northwind/refunds
touchpoint: email
metric: 90% of damage reports resolved within 3 working days
timeframe: 3 working days
lang: en
tags: [deliveries, email]
review: {last: 2026-10-01, by: Refunds Team Lead, interval: 2 years}
---

This procedure applies when a customer emails to report a parcel that arrived damaged.

## Steps

1. Ask the customer for two photos of the damaged parcel and the item.
2. Log the damage report in the order record with the photos.
3. Offer a replacement or a refund of the item price.
4. Send the courier claim form to the carrier.
5. Close the ticket when the customer confirms the outcome.
""",
    "email/lieferverzoegerung-melden.md": """---
title: Lieferverzögerungen melden
owner: {owner_de}
touchpoint: email
metric: 95 % der Kundinnen und Kunden innerhalb von 1 Werktag über die Verzögerung informiert
timeframe: 1 Werktag
lang: de
tags: [lieferung, email]
review: {last: 2026-09-01, by: Teamleitung Kundenservice Deutschland, interval: 2 years}
---

Diese Anweisung gilt, wenn eine Bestellung später als zugesagt geliefert wird.

## Schritte

1. Prüfen Sie den Sendungsstatus im Versandsystem.
2. Schreiben Sie der Kundin oder dem Kunden mit dem neuen Liefertermin.
3. Rufen Sie Kundinnen und Kunden mit Expressversand zurück.
4. Bieten Sie bei mehr als 5 Werktagen Verzögerung die Stornierung an.
5. Vermerken Sie die Verzögerung in der Bestellung.
""",
    "phone/anrufe-annehmen.md": """---
title: Anrufe annehmen
owner: {owner_de}
touchpoint: phone
metric: 80 % der Anrufe innerhalb von 20 Sekunden angenommen
timeframe: 20 Sekunden
lang: de
tags: [telefon, warteschlange]
review: {last: 2026-09-01, by: Teamleitung Kundenservice Deutschland, interval: 2 years}
---

Diese Anweisung gilt für alle Anrufe in der deutschen Warteschlange.

## Schritte

1. Nehmen Sie den Anruf mit der Begrüßung des Kundenservice an.
2. Nennen Sie Ihren Vornamen.
3. Fragen Sie nach der Bestellnummer.
4. Erfassen Sie das Anliegen im CRM.
""",
    "email/bezorgklachten-afhandelen.md": """---
title: Bezorgklachten afhandelen
owner: {owner_nl}
touchpoint: email
metric: 90% van de bezorgklachten binnen 4 uur beantwoord
timeframe: 4 uur
lang: nl
tags: [bezorging, email]
review: {last: 2026-09-01, by: Teamleider Klantenservice Nederland, interval: 2 years}
---

Deze werkwijze geldt voor klachten over een pakket dat te laat, beschadigd of niet is bezorgd.

## Stappen

1. Zoek de zending op in het verzendsysteem.
2. Bel de bezorger op als het pakket als bezorgd staat maar de klant het niet heeft.
3. Stuur de klant een nieuw pakket als de bezorger het pakket kwijt is.
4. Registreer de bezorgklacht in het CRM.
""",
}
#: The owners of the German and Dutch sample SOPs.
OWNERS = {
    "{owner_de}": "Teamleitung Kundenservice Deutschland <kundenservice.de@northwind.example>"
    " @northwind/contact-centre-de",
    "{owner_nl}": "Teamleider Klantenservice Nederland <klantenservice.nl@northwind.example>"
    " @northwind/contact-centre-nl",
}
#: Location variants the queries need, added to sample SOPs' front matter.
EXTRA_VARIANTS: dict[str, str] = {
    "email/email-first-response.md": """variants:
  amsterdam:
    metric: 95% of customer emails answered within 4 business hours
    timeframe: 4 business hours
""",
    "phone/telefonische-klacht-afhandelen.md": """variants:
  amsterdam:
    metric: 85% van de telefonische klachten binnen 2 werkdagen opgelost
    timeframe: 2 werkdagen
""",
    "phone/rueckrufbitten-bearbeiten.md": """variants:
  berlin:
    metric: 95 % der Rückrufbitten innerhalb von 2 Stunden erledigt
    timeframe: 2 Stunden
""",
}


# --------------------------------------------------------------------------------------
# Building and serving
# --------------------------------------------------------------------------------------


def make_project(folder: Path, engine: str, generated: int = 0, seed: int = 1) -> Path:
    """The sample plus the benchmark's additions, set to use ``engine``."""
    project = folder / engine
    shutil.copytree(REPO / "sop", project / "sop")
    for path, text in EXTRA_SOPS.items():
        for placeholder, owner in OWNERS.items():
            text = text.replace(placeholder, owner)
        (project / "sop" / path).write_text(text, encoding="utf-8")
    for path, variants in EXTRA_VARIANTS.items():
        target = project / "sop" / path
        text = target.read_text(encoding="utf-8")
        end = text.index("\n---\n", 4)
        target.write_text(text[: end + 1] + variants + text[end + 1 :], encoding="utf-8")
    if generated:
        lint_throughput.generate(project / "sop" / "generated", generated, seed)
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("  - sopkit:\n", f"  - sopkit:\n      search_engine: {engine}\n", 1)
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "sopkit", "build"], cwd=project, capture_output=True,
        text=True, env=env,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"sopkit build failed for {engine}:\n{done.stdout}{done.stderr}")
    return project / "site"


#: What a search download is, by its path: index chunks, result fragments, page lists.
PARTS = (
    ("index", re.compile(r"\.pf_(index|filter)$")),
    ("fragments", re.compile(r"\.pf_fragment$")),
    ("meta", re.compile(r"(\.pf_meta|pagefind-entry\.json|search_index\.json)$")),
    ("engine", re.compile(r".")),
)


class Counter:
    """Bytes the server sent for search's files since the last reset, by part."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.sent = 0
        self.parts: dict[str, int] = {}

    def add(self, path: str, size: int) -> None:
        if SEARCH_PATHS.match(path):
            part = next(name for name, pattern in PARTS if pattern.search(path))
            with self.lock:
                self.sent += size
                self.parts[part] = self.parts.get(part, 0) + size

    def reset(self) -> int:
        with self.lock:
            sent, self.sent = self.sent, 0
            self.parts = {}
        return sent

    def breakdown(self) -> str:
        """The bytes since the last reset by part: "engine 123 KB, index 45 KB, ..."."""
        with self.lock:
            parts = sorted(self.parts.items(), key=lambda item: -item[1])
        return ", ".join(f"{name} {size / 1000:.0f}" for name, size in parts)


class _Handler(SimpleHTTPRequestHandler):
    counter: Counter

    def log_message(self, format: str, *args: object) -> None:
        del format, args

    def copyfile(self, source: Any, outputfile: Any) -> None:
        before = source.tell()
        super().copyfile(source, outputfile)
        self.counter.add(self.path.split("?", 1)[0], source.tell() - before)


@contextmanager
def serve(site: Path) -> Iterator[tuple[str, Counter]]:
    counter = Counter()
    handler = type("Handler", (_Handler,), {"counter": counter})
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", counter
    finally:
        server.shutdown()


# --------------------------------------------------------------------------------------
# Searching like a user
# --------------------------------------------------------------------------------------

#: Records when the result list last changed, for the time from typing to results.
WATCH = """() => {
  window.__sopkitLastChange = 0;
  const list = document.querySelector('[data-md-component=search-result]');
  new MutationObserver(() => { window.__sopkitLastChange = performance.now(); })
    .observe(list, {childList: true, subtree: true, attributes: true, characterData: true});
}"""
RESULTS = "[data-md-component=search-result] .md-search-result__item"


@dataclass
class Answer:
    urls: list[str]
    seconds: float


def ask(browser: Any, base: str, query: Query, settle: float = 0.6) -> Answer:
    """Type the query into the search box of the home page; the visible results' URLs."""
    context = browser.new_context(viewport={"width": 412, "height": 915}, locale="en-GB")
    try:
        page = context.new_page()
        if query.location:
            page.add_init_script(
                f"try {{ localStorage.setItem('sopkit.location', {json.dumps(query.location)}); }}"
                " catch (e) {}"
            )
        page.goto(base)
        page.evaluate(WATCH)
        page.locator("label.md-header__button[for=__search]").click()
        box = page.locator("[data-md-component=search-query]")
        box.wait_for(state="visible")
        if not box.evaluate("el => el === document.activeElement"):
            box.focus()
        box.press_sequentially(query.text)
        typed = page.evaluate("() => performance.now()")
        last = -1.0
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # until the list has not changed for `settle`
            page.wait_for_timeout(settle * 1000)
            now = page.evaluate("() => window.__sopkitLastChange")
            if now == last and now > 0:
                break
            last = now
        urls = page.eval_on_selector_all(
            RESULTS,
            """(items) => items.filter(i => !i.hidden && i.offsetParent !== null)
                 .map(i => i.querySelector('a.md-search-result__link').href)""",
        )
        # no change of the list at all: no results within the deadline
        seconds = max(0.0, (last - typed) / 1000) if last > 0 else float("inf")
        return Answer([relative(u, base) for u in urls], seconds)
    finally:
        context.close()


def relative(url: str, base: str) -> str:
    url = url.split("?", 1)[0].split("#", 1)[0]
    return url[len(base) :] if url.startswith(base) else url


@contextmanager
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--disable-background-networking", "--disable-component-update"],
        )  # fmt: skip
        try:
            yield browser
        finally:
            browser.close()


# --------------------------------------------------------------------------------------
# Quality
# --------------------------------------------------------------------------------------


@dataclass
class Scores:
    engine: str
    rows: list[tuple[Query, list[str]]]
    first_query_bytes: int
    first_query_seconds: float

    def share(self, top: int, keep: Any = None) -> tuple[float, int]:
        chosen = [(q, urls) for q, urls in self.rows if keep is None or keep(q)]
        hits = sum(1 for q, urls in chosen if q.expected in urls[:top])
        return (hits / len(chosen) if chosen else 0.0), len(chosen)


def run_quality(browser: Any, site: Path, engine: str, queries: Sequence[Query]) -> Scores:
    rows: list[tuple[Query, list[str]]] = []
    with serve(site) as (base, counter):
        first_bytes, first_seconds = 0, 0.0
        for i, query in enumerate(queries):
            counter.reset()
            answer = ask(browser, base, query)
            if i == 0:
                first_bytes, first_seconds = counter.reset(), answer.seconds
            rows.append((query, answer.urls))
    return Scores(engine, rows, first_bytes, first_seconds)


def report(scores: Scores, verbose: bool) -> None:
    print(f"\n{scores.engine}: first query {scores.first_query_bytes / 1000:,.1f} KB, "
          f"{scores.first_query_seconds:.2f} s from the last key to the results")  # fmt: skip
    groups: list[tuple[str, Any]] = [
        (lang, (lambda q, lang=lang: q.lang == lang)) for lang in ("en", "de", "nl")
    ]
    kinds = sorted({q.kind for q, _ in scores.rows})
    groups += [(kind, (lambda q, kind=kind: q.kind == kind)) for kind in kinds]
    groups.append(("all", None))
    print(f"  {'':10} {'queries':>7} {'first':>7} {'top 3':>7}")
    for name, keep in groups:
        first, n = scores.share(1, keep)
        top3, _ = scores.share(3, keep)
        print(f"  {name:10} {n:7d} {first:7.1%} {top3:7.1%}")
    misses = [(q, urls) for q, urls in scores.rows if urls[:1] != [q.expected]]
    for q, urls in misses if verbose else []:
        where = urls.index(q.expected) + 1 if q.expected in urls else None
        print(f"  miss [{q.lang} {q.kind}] {q.text!r}{' @' + q.location if q.location else ''}: "
              f"expected {q.expected} at {where}; got {urls[:3]}")  # fmt: skip


def quality(engines: Sequence[str], as_json: bool, verbose: bool) -> int:
    results: list[Scores] = []
    with tempfile.TemporaryDirectory(prefix="sopkit-search-") as tmp, chromium() as browser:
        for engine in engines:
            site = make_project(Path(tmp), engine)
            results.append(run_quality(browser, site, engine, QUERIES))
    shipped = results[0]
    if as_json:
        first, n = shipped.share(1)
        top3, _ = shipped.share(3)
        print(json.dumps({"queries": n, "first": round(first, 4), "top3": round(top3, 4),
                          "first_query_bytes": shipped.first_query_bytes}))  # fmt: skip
        return 0
    for scores in results:
        report(scores, verbose)
    first, _ = shipped.share(1)
    top3, _ = shipped.share(3)
    met = first >= FIRST_TARGET and top3 >= TOP3_TARGET
    print(f"\ntargets (first >= {FIRST_TARGET:.0%}, top 3 >= {TOP3_TARGET:.0%}) for "
          f"{shipped.engine}: {'met' if met else 'NOT met'}")  # fmt: skip
    return 0 if met else 1


# --------------------------------------------------------------------------------------
# Scale
# --------------------------------------------------------------------------------------

SCALE_QUERIES = (
    QUERIES[0], QUERIES[1], QUERIES[23], QUERIES[26], QUERIES[45], QUERIES[47],
)  # fmt: skip


def scale(sops: int, engines: Sequence[str]) -> int:
    ok = True
    with tempfile.TemporaryDirectory(prefix="sopkit-search-") as tmp, chromium() as browser:
        for engine in engines:
            started = time.perf_counter()
            site = make_project(Path(tmp), engine, generated=sops)
            built = time.perf_counter() - started
            print(f"\n{engine}: {sops:,} generated SOPs + the sample, built in {built:.0f} s")
            with serve(site) as (base, counter):
                for query in SCALE_QUERIES:
                    counter.reset()
                    answer = ask(browser, base, query, settle=1.5)
                    parts = counter.breakdown()
                    sent = counter.reset()
                    urls = answer.urls
                    hit = urls[:1] == [query.expected]
                    where = urls.index(query.expected) + 1 if query.expected in urls else "-"
                    waited = (
                        "  > 30 s" if answer.seconds == float("inf")
                        else "no result" if not urls
                        else f"{answer.seconds:6.2f} s"
                    )  # fmt: skip
                    print(f"  {query.text!r:26} {waited} {sent / 1000:8,.1f} KB"
                          f"  first: {'yes' if hit else 'no '} (at {where})"
                          f"  KB: {parts}")  # fmt: skip
                    if engine == ENGINES[0]:
                        ok = ok and answer.seconds <= SCALE_SECONDS and sent <= SCALE_BYTES
            shutil.rmtree(site.parent)
    print(f"\ntargets ({SCALE_SECONDS:.0f} s, {SCALE_BYTES / 1000:.0f} KB) for "
          f"{ENGINES[0]}: {'met' if ok else 'NOT met'}")  # fmt: skip
    return 0 if ok else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--json", action="store_true", help="one JSON line for Pagefind")
    parser.add_argument("--sops", type=int, default=0, help="measure scale at N SOPs")
    parser.add_argument("--engine", choices=ENGINES, action="append",
                        help="only this engine (repeatable)")  # fmt: skip
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    args = parser.parse_args(argv)
    engines = args.engine or (ENGINES[:1] if args.json else ENGINES)
    if args.sops:
        return scale(args.sops, engines)
    return quality(engines, args.json, args.verbose)


if __name__ == "__main__":
    sys.exit(main())
