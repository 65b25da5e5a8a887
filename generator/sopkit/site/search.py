"""Search that finds what staff type: a Pagefind index behind Material's search box.

Material's search (lunr) downloads and indexes the whole site's text before the first
result, which takes seconds at thousands of SOPs, and it finds neither typos nor parts
of German and Dutch compounds. sopkit keeps Material's search box and result list and
replaces the engine behind them:

- The build writes a Pagefind index (``pagefind/``, loaded in small chunks per query)
  from the pages Material's search plugin would index (``search/search_index.json``:
  the same pages, ``search: exclude`` and ``data-search-exclude`` honoured), with each
  page's SOP id, location and kind as metadata.
- Each page gets hidden search terms, made here (:func:`index_terms`): the parts of
  compounds ("Rückrufbitte" -> "bitte"), separable verbs joined ("Bel de klant ...
  terug" -> "terugbel"), hyphenated words joined, and every word of five letters or
  more with one letter left out (a query with one letter missing matches directly;
  one with a letter wrong, extra or swapped matches once the browser also leaves one
  out: the deletion neighbourhood of SymSpell).
- Material's search worker is replaced by ``assets/sopkit-search-worker.js``, which
  speaks Material's worker protocol and asks Pagefind; Material's index becomes an
  empty stub so that nothing downloads the whole text; the stub's configuration lists
  the words the worker leaves out of queries (:func:`dropped_words`: function words
  and the words on most pages of a language), each of which would load an index chunk.

Pagefind runs without stemming (one index for all languages: a query in any language
finds pages in all of them); Pagefind matches query words as prefixes, and the worker
strips inflection endings from query words, so "Rückrufbitten" finds "Rückrufbitte"
and "answered" finds "answer".
"""

from __future__ import annotations

import functools
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

#: Pagefind's folder in the built site.
BUNDLE = "pagefind"
#: The worker that replaces Material's (in the theme overrides' assets).
WORKER = "assets/sopkit-search-worker.js"
#: The word that separates a page's text from its hidden terms in Pagefind's content.
MARKER = "sopkitterms"
#: Pagefind's options: one index for every language, no stemming (see above).
PAGEFIND_OPTIONS = ("--force-language", "unknown")
#: Words at least this long get typo variants.
TYPO_MIN = 5
#: Words longer than this get no typo variants, no compound parts and no joined form:
#: each costs time and memory that grow with the square of the word's length (a title
#: of 20,000 letters took 18 s and 2.5 GB). German's long compounds have about 40.
TERM_MAX = 64

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)
_CLAUSE = re.compile(r"[.;:!?\n]|,\s")
_TAG = re.compile(r"<[^>]*>")

#: Particles of separable verbs, written apart in main clauses ("Bel de klant terug",
#: "Rufen Sie die Kundin zurück") and joined in the infinitive staff type.
PARTICLES: dict[str, frozenset[str]] = {
    "nl": frozenset(
        [
            "aan",
            "af",
            "bij",
            "door",
            "in",
            "mee",
            "na",
            "om",
            "op",
            "over",
            "terug",
            "toe",
            "uit",
            "vast",
            "voor",
            "weg",
            "samen",
            "tegen",
            "rond",
            "binnen",
        ]
    ),
    "de": frozenset(
        [
            "ab",
            "an",
            "auf",
            "aus",
            "bei",
            "ein",
            "fest",
            "fort",
            "her",
            "hin",
            "los",
            "mit",
            "nach",
            "vor",
            "weg",
            "weiter",
            "zu",
            "zurück",
            "zusammen",
            "vorbei",
            "heraus",
            "herein",
            "hinaus",
            "durch",
            "um",
        ]
    ),
    "en": frozenset(),
}

#: Words never joined to a particle (articles, pronouns, auxiliaries).
_FUNCTION_WORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "je",
        "u",
        "we",
        "ze",
        "hij",
        "zij",
        "die",
        "dat",
        "deze",
        "dit",
        "er",
        "niet",
        "wel",
        "ook",
        "dan",
        "als",
        "naar",
        "met",
        "van",
        "voor",
        "bij",
        "binnen",
        "uur",
        "werkdagen",
        "klant",
        "klanten",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "und",
        "oder",
        "sie",
        "er",
        "es",
        "wir",
        "ihr",
        "nicht",
        "auch",
        "dann",
        "wenn",
        "mit",
        "von",
        "für",
        "bei",
        "innerhalb",
        "kunde",
        "kunden",
        "kundin",
    ]
)

#: Function words the browser leaves out of a query when other words remain: each query
#: word loads an index chunk (15-40 KB at 10,000 SOPs), and these words are on most pages
#: of their language. Words that are content words in another of the three languages
#: ("door", "van", "die" in English) are not listed.
STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        ["a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with",
         "from", "is", "are", "be", "it", "its", "as", "this", "that"]
    ),
    "de": frozenset(
        ["der", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
         "und", "oder", "von", "vom", "zu", "zum", "zur", "im", "am", "an", "auf", "bei", "mit",
         "für", "nach", "aus", "ist", "sind", "sie", "es", "wir", "ich", "dass"]
    ),
    "nl": frozenset(
        ["de", "het", "een", "en", "of", "te", "in", "op", "aan", "bij", "met", "voor", "naar",
         "om", "dat", "deze", "dit", "is", "zijn", "er", "ze", "je", "u"]
    ),
}  # fmt: skip
#: A word on more than this share of a language's pages is left out of queries too
#: (when other words remain), once the language has COMMON_MIN_PAGES pages: on a large
#: site such a word ("within", "innerhalb" in every metric) costs a large index chunk
#: and barely changes the ranking; on a small one the share says little.
COMMON_SHARE = 0.5
COMMON_MIN_PAGES = 50

#: Linking letters between the parts of a German or Dutch compound.
_LINKS = ("s", "es", "en", "n", "e")


def words(text: str) -> list[str]:
    """The lower-case words of a text; hyphenated words stay whole."""
    return [w.lower() for w in _WORD.findall(text)]


def vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """Every word of four letters or more in the texts: the known parts of compounds."""
    found: set[str] = set()
    for text in texts:
        for word in words(text):
            for part in word.split("-"):
                if len(part) >= 4 and not part.isdigit():
                    found.add(part)
    return frozenset(found)


def deletions(word: str) -> list[str]:
    """The word with one letter left out, each way (for words of five letters or more).

    Never a digit: "24stunden" without its 2 is "4stunden", and a search for "4 Stunden"
    listed the 24-hour SOP (a typo in a word is likely, one in a number is a new number).
    """
    if len(word) < TYPO_MIN or len(word) > TERM_MAX or word.isdigit():
        return []
    return list(
        dict.fromkeys(word[:i] + word[i + 1 :] for i in range(len(word)) if not word[i].isdigit())
    )


@functools.lru_cache(maxsize=65536)  # the same words on many pages of one build
def compound_parts(word: str, known: frozenset[str]) -> tuple[str, ...]:
    """The parts of a compound that are words of the knowledge base on their own.

    "rückrufbitte" -> ["rückruf", "bitte"] when "bitte" is known; a head ending in a
    linking letter is also given without it ("beschwerdestelle" -> "beschwerde").
    Only splits that leave at least three letters on both sides count.
    """
    found: list[str] = []
    if len(word) < 7 or len(word) > TERM_MAX or not word.isalpha():
        return ()
    for i in range(3, len(word) - 3):
        head, tail = word[:i], word[i:]
        if tail in known and len(tail) >= 4:
            found += [head, tail]
            for link in _LINKS:
                if head.endswith(link) and head[: -len(link)] in known:
                    found.append(head[: -len(link)])
        elif head in known and len(head) >= 4:
            found.append(tail)
    return tuple(dict.fromkeys(p for p in found if len(p) >= 3))


def separable_verbs(text: str, lang: str) -> list[str]:
    """Particles joined to the words of their clause: "Bel de klant terug" -> "terugbel"."""
    particles = PARTICLES.get(lang, frozenset())
    joined: list[str] = []
    if not particles:
        return joined
    for clause in _CLAUSE.split(text):
        tokens = words(clause)
        if len(tokens) > 16:
            tokens = tokens[:16]
        # a particle stands at the clause's end, or before another particle or preposition
        # ("Bel de klant terug op het moment"); before a number, an article or a noun it is
        # a preposition ("um 9:00 Uhr", "mit dem Team"), and joining it to every word of
        # the clause made terms such as "umtäglich", which "Umtausch" then found
        present = [
            t for i, t in enumerate(tokens) if i > 0 and t in particles
            and (i + 1 == len(tokens) or tokens[i + 1] in particles)
        ]  # fmt: skip
        for particle in present:
            for token in tokens:
                if (
                    token != particle
                    and token.isalpha()
                    and len(token) >= 2
                    and token not in _FUNCTION_WORDS
                    and token not in particles
                ):
                    joined.append(particle + token)
    return list(dict.fromkeys(joined))


@functools.cache
def _longest_first(lang: str) -> tuple[str, ...]:
    """The language's particles, longest first ("vorbei" before "vor"), in a fixed order."""
    return tuple(sorted(PARTICLES.get(lang, frozenset()), key=lambda p: (-len(p), p)))


@functools.lru_cache(maxsize=65536)
def participle(word: str, lang: str) -> str | None:
    """A separable verb's participle without its "ge": "weitergeleitet" -> "weiterleitet"."""
    for particle in _longest_first(lang):
        rest = word[len(particle) :]
        if word.startswith(particle) and rest.startswith("ge") and len(rest) >= 5:
            return particle + rest[2:]
    return None


def numbers_with_units(text: str) -> list[str]:
    """A number and the word after it as one term: "4 uur" -> "4uur", "90 %" -> "90%"."""
    found = re.findall(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s+([^\W\d_]+|%)", text)
    return list(dict.fromkeys((n + unit).lower() for n, unit in found))


def index_terms(text: str, lang: str, known: frozenset[str], typos: bool = True) -> list[str]:
    """The hidden search terms of one page's text (see the module's docstring).

    With ``typos``, also each word (and each made term) with one letter left out.
    """
    terms: list[str] = []
    page_words = list(dict.fromkeys(words(text)))
    for word in page_words:
        parts = word.split("-")
        if len(parts) > 1 and len(word) <= TERM_MAX:
            terms.append("".join(parts))
        for part in parts:
            terms += compound_parts(part, known)
            joined = participle(part, lang)
            if joined:
                terms.append(joined)
    terms += separable_verbs(text, lang)
    terms += numbers_with_units(text)
    plain = set(page_words)
    extra = [t for t in dict.fromkeys(terms) if t not in plain]
    if not typos:
        return extra
    variants: list[str] = []
    for word in dict.fromkeys([*page_words, *extra]):
        if "-" not in word:
            variants += deletions(word)
    seen = plain | set(extra)
    return extra + [t for t in dict.fromkeys(variants) if t not in seen]


@dataclass(frozen=True)
class PageFacts:
    """What sopkit knows of one page of the site for search."""

    lang: str
    sop: str = ""
    location: str = ""
    touchpoint: str = ""
    summary: str = ""  # the SOP's metric, the location's own where it has one
    only: tuple[str, ...] = ()  # the locations an SOP is limited to; () is everywhere
    owner: str = ""  # the owner's name ("Contact Centre Lead"): staff search by team


@dataclass
class SearchRecord:
    """One page as Pagefind indexes it."""

    url: str
    title: str
    text: str
    tags: list[str] = field(default_factory=list)
    facts: PageFacts | None = None

    @property
    def kind(self) -> str:
        return "sop" if self.facts is not None and self.facts.sop else "page"


def common_words(found: Iterable[SearchRecord]) -> list[str]:
    """Words on more than COMMON_SHARE of a language's pages, for languages with many.

    Counted on each page's title, tags and text (as indexed, without hidden terms).
    """
    pages: dict[str, int] = {}
    counts: dict[str, dict[str, int]] = {}
    for record in found:
        lang = record.facts.lang if record.facts is not None else ""
        if not lang:
            continue
        pages[lang] = pages.get(lang, 0) + 1
        seen = counts.setdefault(lang, {})
        for word in set(words("\n".join([record.title, *record.tags, record.text]))):
            seen[word] = seen.get(word, 0) + 1
    common: set[str] = set()
    for lang, total in pages.items():
        if total >= COMMON_MIN_PAGES:
            common.update(
                w for w, n in counts[lang].items() if n > COMMON_SHARE * total and not w.isdigit()
            )
    return sorted(common)


def dropped_words(found: Iterable[SearchRecord]) -> list[str]:
    """The words the browser leaves out of a query when other words remain."""
    stop = set().union(*STOP_WORDS.values())
    return sorted(stop.union(common_words(found)))


def plain_text(markup: str) -> str:
    """Text of a search index entry's HTML."""
    text = html.unescape(_TAG.sub(" ", markup))
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def records(index: Mapping[str, object], facts: Mapping[str, PageFacts]) -> list[SearchRecord]:
    """One record per page of Material's search index, its sections' text included."""
    docs = index.get("docs")
    pages: dict[str, SearchRecord] = {}
    for doc in docs if isinstance(docs, list) else []:
        location = str(doc.get("location", ""))
        url = location.split("#", 1)[0]
        text = plain_text(str(doc.get("text", "")))
        record = pages.get(url)
        if record is None:
            tags = doc.get("tags")
            record = pages[url] = SearchRecord(
                url=url,
                title=plain_text(str(doc.get("title", ""))),
                text="",
                tags=[html.unescape(str(t)) for t in tags] if isinstance(tags, list) else [],
                facts=facts.get(url),
            )
        if "#" in location:
            text = plain_text(str(doc.get("title", ""))) + ". " + text
        record.text = (record.text + "\n" + text).strip()
    return list(pages.values())


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def record_html(record: SearchRecord, known: frozenset[str]) -> str:
    """The HTML Pagefind indexes for a record: title, tags, text, hidden terms, metadata."""
    facts = record.facts or PageFacts(lang="")
    meta = {
        "path": record.url,
        "title": record.title,
        "lang": facts.lang,
        "kind": record.kind,
        "sop": facts.sop,
        "loc": facts.location,
        "summary": facts.summary,
        "touch": facts.touchpoint,
        "only": " ".join(facts.only),
        "tags": json.dumps(record.tags, ensure_ascii=False),
    }
    metas = "".join(
        f'<span data-pagefind-meta="{_attr(key)}:{_attr(value)}"></span>'
        for key, value in meta.items()
    )
    # Typo variants for the words staff name an SOP by (title, tags, metric) only: for
    # every word of the body they made the index about eight times larger, and the
    # index chunks a query downloads with it (measured at 10,000 SOPs).
    heading = "\n".join([record.title, *record.tags, facts.summary, facts.owner])
    strong = index_terms(heading, facts.lang, known)
    body = index_terms(record.text, facts.lang, known, typos=False)
    terms = [t for t in dict.fromkeys(body) if t not in set(strong)]
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
        f"<main data-pagefind-body>{metas}"
        f"<h1>{html.escape(record.title)}</h1>"
        f'<p data-pagefind-weight="4">{html.escape(" ".join(record.tags))}</p>'
        f"<div>{html.escape(record.text)}</div>"
        f'<p data-pagefind-weight="0.5">{MARKER} {html.escape(" ".join(terms))}</p>'
        f'<p data-pagefind-weight="2">{html.escape(" ".join([facts.owner, *strong]))}</p>'
        "</main></body></html>"
    )


def _write_bundle(pages: list[tuple[str, str]], output: Path) -> None:
    """Run Pagefind's indexer over the records, written as files to a scratch folder.

    The indexer is the binary of the ``pagefind`` wheel, run as a command: its
    Python API sends every page through one pipe and stalled at thousands of pages
    here.
    """
    with tempfile.TemporaryDirectory(prefix="sopkit-search-") as scratch:
        folder = Path(scratch)
        for number, (_url, content) in enumerate(pages):
            (folder / f"{number}.html").write_text(content, encoding="utf-8")
        # Run where no pagefind.yml is and without PAGEFIND_* settings: the index
        # depends on the records and PAGEFIND_OPTIONS only (kept indexes and sites).
        # Pagefind takes UTF-8 arguments and environment only (a variable that is not
        # panics it): a project folder named by an old archive ("caf\xe9", also in $PWD)
        # gets the index written to the scratch folder, then copied over
        environment = {
            k: v for k, v in os.environ.items()
            if not k.startswith("PAGEFIND_") and _utf8(k) and _utf8(v)
        }  # fmt: skip
        target = output.absolute()
        if not _utf8(str(target)):
            target = folder / "_index"
        done = subprocess.run(
            [*_indexer(), "--site", str(folder), "--output-path", str(target),
             *PAGEFIND_OPTIONS, "--silent"],
            capture_output=True, text=True, cwd=folder, env=environment,
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"pagefind failed: {done.stderr.strip() or done.stdout.strip()}")
        if target != output.absolute():
            shutil.copytree(target, output, dirs_exist_ok=True)


def _utf8(text: str) -> bool:
    """Whether ``text`` (a path or a variable) is UTF-8 (a name from an old archive may not
    be: Python keeps its bytes as PEP 383 escapes)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@functools.cache
def _indexer() -> tuple[str, ...]:
    """The command of Pagefind's indexer: its binary, found as ``python -m pagefind`` finds it.

    Run directly, it saves the build a Python interpreter's start (about 0.1 s of CPU).
    """
    try:
        from pagefind.service import get_executable

        binary = get_executable()
    except ImportError:
        binary = None
    return (str(binary),) if binary is not None else (sys.executable, "-m", "pagefind")


def indexer_identity() -> tuple[str, ...] | None:
    """Which indexer program runs: another program may index differently.

    A program that a wheel installed (Pagefind's own binary) is named by the hash its
    install record keeps, so installing the same Pagefind again (as a CI job does at
    every run) keeps the indexes; any other program by its path, size and time.
    """
    command = _indexer()
    if len(command) != 1:
        return None
    try:
        status = Path(command[0]).stat()
    except OSError:
        return None
    recorded = _recorded_hash(Path(command[0]), status.st_size)
    if recorded is not None:
        return recorded
    return command[0], str(status.st_size), str(status.st_mtime_ns)


def _recorded_hash(program: Path, size: int) -> tuple[str, ...] | None:
    """The name, version and hash a wheel's install record keeps for ``program``.

    The wheel is the distribution named after the program's folder (Pagefind's
    binaries live in a package of their own, e.g. ``pagefind_bin_extended``). A
    program whose size differs from the record's was changed after installing:
    ``None``.
    """
    import importlib.metadata

    try:
        distribution = importlib.metadata.distribution(program.parent.name)
        files = distribution.files or []
        resolved = program.resolve()
        for file in files:
            if file.hash is None or file.size != size or file.name != program.name:
                continue
            if Path(str(file.locate())).resolve() == resolved:
                version = distribution.version
                return distribution.metadata["Name"], version, file.hash.mode, file.hash.value
    except Exception:  # not installed by a wheel, or a damaged record: path, size and time
        return None
    return None


def material_worker(theme_dir: Path) -> str | None:
    """The path of Material's search worker in the built site, from the theme's base.html."""
    base = theme_dir / "base.html"
    found = re.search(
        r"assets/javascripts/workers/search\.[0-9a-f]+\.min\.js", base.read_text("utf-8")
    )
    return found.group(0) if found else None


def install(
    site_dir: Path,
    worker_path: str,
    facts: Mapping[str, PageFacts],
    cache_dir: Path | None = None,
    note: Callable[[str], None] | None = None,
) -> tuple[int, bool]:
    """Index the built site with Pagefind and put sopkit's worker behind the search box.

    Material's ``search_index.json`` keeps its configuration (the page highlighter
    reads the word separator from it) but no documents.

    Args:
        cache_dir: where indexes are kept between builds (:mod:`sopkit.site.search_cache`);
            ``None``: made at every build.
        note: told when the index could not be kept.

    Returns:
        the number of pages indexed, and whether the index was a kept one.
    """
    from sopkit.site import search_cache

    index_file = site_dir / "search" / "search_index.json"
    index = json.loads(index_file.read_text("utf-8"))
    found = records(index, facts)
    output = site_dir / BUNDLE
    if output.exists():
        shutil.rmtree(output)
    key = search_cache.cache_key(found, PAGEFIND_OPTIONS)
    reused = search_cache.restore(cache_dir, key, output)
    if not reused:
        known = vocabulary(r.title + "\n" + r.text for r in found)
        _write_bundle([(r.url, record_html(r, known)) for r in found], output)
        for extra in output.glob("pagefind-*ui*"):
            extra.unlink()
        (output / "pagefind-highlight.js").unlink(missing_ok=True)
        search_cache.store(cache_dir, key, output, note)
    config = index.get("config", {})
    engine = {"engine": "pagefind", "bundle": BUNDLE, "drop": dropped_words(found)}
    stub = {"config": {**config, "sopkit": engine}, "docs": []}
    index_file.write_text(json.dumps(stub), encoding="utf-8")
    worker = site_dir / worker_path
    depth = worker_path.count("/")
    worker.write_text(f'importScripts("{"../" * depth}{WORKER}");\n', encoding="utf-8")
    return len(found), reused
