"""Generated pages of the knowledge base, as Markdown: cards, home, catalogue, listings.

This is the core of the site and knows nothing of MkDocs: it takes SOP models and
returns Markdown text per page path. The MkDocs plugin adds these pages to a build;
``sopkit export`` writes them as a plain docs tree for any other static site tool.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import posixpath
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2

from sopkit.locations import Location, Registry
from sopkit.quantities import Duration, Target
from sopkit.resources import templates_dir
from sopkit.review import review_status
from sopkit.schema import owner_parts
from sopkit.site.escaping import html_text as escape
from sopkit.site.escaping import md_text, script_json, url_path, yaml_text
from sopkit.site.history_pages import (
    CHANGES,
    FEED,
    REVIEWS,
    atom_feed,
    change_log,
    history_section,
    location_feed,
    review_badge,
    reviews_page,
)
from sopkit.site.location_pages import LOCATIONS, LocationPages, variant_page
from sopkit.site.raw_html import neutralised
from sopkit.site.words import (
    LABELS,
    LANGUAGE_NAMES,
    UI,
    bounds_words,
    date_words,
    duration_words,
    icon,
    language_of,
    percent_words,
    target_words,
    touchpoint_label,
    ui,
)
from sopkit.sop import Sop

if TYPE_CHECKING:
    from sopkit.history.changes import History
    from sopkit.site.card_cache import CardCache

#: Pages the core generates (reserved paths in the docs tree).
CATALOGUE = "catalogue.md"
CONFLICTS = "conflicts.md"
TOUCHPOINTS = "touchpoints/index.md"
OWNERS = "owners/index.md"
HOME = "index.md"

#: How many differing SOPs an SOP page names; the conflicts page lists them all.
CONFLICT_NOTE_LIMIT = 3

#: Minutes in a working day and a month, to put every timeframe on one scale.
WORKING_DAY_HOURS = 8
_MONTH_MINUTES = 30 * 24 * 60


@cache
def environment() -> jinja2.Environment:
    """One Jinja2 environment over ``templates/pages`` (undefined names are errors)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir() / "pages"),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["md"] = md_text
    env.filters["yaml"] = yaml_text
    env.filters["url"] = url_path
    return env


def render(template: str, **context: Any) -> str:
    """Render ``templates/pages/<template>``."""
    return environment().get_template(template).render(**context)


def page_path(sop: Sop, docs_dir: Path) -> str:
    """The SOP's path in the docs tree, with forward slashes ("phone/answer.md")."""
    return sop.path.absolute().relative_to(docs_dir.absolute()).as_posix()


def link(from_page: str, to_page: str) -> str:
    """A relative Markdown link from one docs-tree page to another (a path, not encoded).

    Templates put it through the ``url`` filter: MkDocs decodes the link to find
    the page, and a file name's ``)``, quotes or ``:`` cannot end or turn it.
    """
    return posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")


def href(
    from_page: str, to_page: str, directory_urls: bool = True, source_links: bool = False
) -> str:
    """A relative URL between the built pages of two docs-tree pages.

    Listings that grow with the knowledge base are raw HTML: Python-Markdown passes
    it through instead of parsing thousands of table cells and links, which keeps the
    build time linear and low. Their links are URLs, not ``.md`` paths, so they
    follow the site's URL style (``use_directory_urls``): ``../x/`` or ``x.html``.
    With ``source_links``, they are links between the Markdown files (``../x.md``):
    Zensical resolves every relative link of a page's HTML, raw HTML included, as
    one to a source file, in its own URL style.
    """
    from sopkit.site.location_pages import page_url

    if source_links:
        return url_path(link(from_page, to_page))
    depth = page_url(from_page, directory_urls).count("/")
    return "../" * depth + page_url(to_page, directory_urls)


#: The compact navigation's titles in each language.
NAV_TITLES = {
    "en": ("Home", "Catalogue", "Touchpoints", "Owners", "Changes", "Reviews", "Conflicts",
           "Locations"),
    "de": ("Start", "Katalog", "Kontaktwege", "Verantwortliche", "Änderungen", "Prüfungen",
           "Widersprüche", "Standorte"),
    "nl": ("Start", "Catalogus", "Kanalen", "Eigenaren", "Wijzigingen", "Reviews",
           "Tegenstrijdigheden", "Locaties"),
}  # fmt: skip


def overview_nav(has_locations: bool, lang: str = "en") -> list[dict[str, str]]:
    """The compact navigation: the overview pages, not every SOP (title -> docs path),
    titled in the site's language."""
    titles = NAV_TITLES[language_of(lang)]
    paths = (HOME, CATALOGUE, TOUCHPOINTS, OWNERS, CHANGES, REVIEWS, CONFLICTS)
    nav = [{title: path} for title, path in zip(titles, paths, strict=False)]
    if has_locations:
        nav.insert(3, {titles[7]: LOCATIONS})
    return nav


def slug(text: str) -> str:
    """A URL-safe name for an owner or a group ("Süpport Lead" -> "support-lead")."""
    name = re.sub(r"<[^>]*>|\([^)]*\)|\S+@\S+", " ", text)
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "owner"


def _as_written(markdown: str) -> str:
    return markdown


def owner_pages(owners: Iterable[str]) -> dict[str, str]:
    """The page of each owner: one per owner's name (with or without an e-mail address).

    Names that make the same URL ("Support Lead", "Support-Lead", "支持" and "主管")
    are different owners: the name the URL spells ("support lead"), or else the first
    in order, gets it, and each other one a suffix made from its own name
    ("support-lead-3f2a9c"), so no owner's standards are listed under another's name.
    A number in order ("-2") moved a bookmarked page to another owner when an owner
    named "Support Lead 2" came along; a suffix of the name's own never moves.
    """
    names = {owner: " ".join(owner_name(owner).split()).casefold() for owner in owners}
    groups: dict[str, list[str]] = {}
    for name in sorted(set(names.values())):
        groups.setdefault(slug(name), []).append(name)
    paths: dict[str, str] = {}
    taken = set(groups)
    for base, members in groups.items():
        spelled = [m for m in members if m == base.replace("-", " ")]
        first = spelled[0] if spelled else members[0]
        paths[first] = f"owners/{base}.md"
        for name in members:
            if name == first:
                continue
            digest = hashlib.sha1(name.encode("utf-8"), usedforsecurity=False).hexdigest()
            size = 6
            while f"{base}-{digest[:size]}" in taken:
                size += 2
            taken.add(f"{base}-{digest[:size]}")
            paths[name] = f"owners/{base}-{digest[:size]}.md"
    return {owner: paths[name] for owner, name in names.items()}


def owner_name(owner: str | None) -> str:
    """The owner without email addresses and handles: "Contact Centre Lead"."""
    if not owner:
        return "—"
    name = re.sub(r"<[^>]*>|\([^)]*@[^)]*\)|\S+@\S+|(?<!\S)@\S+", " ", owner)
    return " ".join(name.split()) or owner


def minutes(duration: Duration | None, lang: str = "en") -> tuple[float | None, str]:
    """The timeframe on one scale (minutes) for sorting, and its text ("≈" for months),
    written as ``lang`` writes numbers ("1,440" and "0.33"; "1.440" and "0,33")."""
    if duration is None:
        return None, "—"
    if duration.family == "calendar":
        value, approx = duration.base_amount / 60, False
    elif duration.family == "working_days":
        value, approx = duration.base_amount * WORKING_DAY_HOURS * 60, False
    elif duration.family == "rings":
        return None, duration.describe()
    elif duration.family == "business_hours":
        value, approx = duration.amount * 60, False
    else:
        value, approx = duration.base_amount * _MONTH_MINUTES, True
    text = f"{value:,.0f}" if value >= 10 or value.is_integer() else f"{value:.2f}".rstrip("0")
    if lang in ("de", "nl"):  # the page's sorting script reads them by the page's language
        text = text.translate(str.maketrans(",.", ".,"))
    return value, ("≈" if approx else "") + text


@dataclass(frozen=True)
class Row:
    """One SOP as a table row in generated pages."""

    sop: Sop
    path: str
    directory_urls: bool = True
    source_links: bool = False
    #: The language of the pages the row is listed on (the site's).
    words_lang: str = "en"

    @cached_property
    def facts(self) -> dict[str, Any]:
        """The row's cells as HTML-escaped text (computed once for every listing)."""
        sop, lang = self.sop, self.words_lang
        touchpoint = sop.touchpoint or ""
        return {
            "icon": icon(touchpoint),
            "touchpoint": escape(touchpoint_label(touchpoint, lang)),
            "title": escape(sop.title or sop.id),
            "target": escape(target_words(sop.standard.target, lang)),
            "timeframe": escape(bounds_words(sop.standard, lang)),
            "minutes": minutes(sop.standard.duration, lang)[1],
            "owner": escape(owner_name(sop.owner)),
            "lang": escape(sop.lang),
        }

    def cells(self, from_page: str, **extra: str) -> dict[str, Any]:
        """:attr:`facts` with the row's URL relative to ``from_page``, plus ``extra``."""
        url = href(from_page, self.path, self.directory_urls, self.source_links)
        return {**self.facts, "url": escape(url), **extra}


def _sort_key(row: Row) -> tuple[str, str]:
    return (row.sop.touchpoint or "", (row.sop.title or row.sop.id).lower())


@dataclass(frozen=True)
class Conflict:
    """SOPs on one touchpoint that measure one activity but promise different things."""

    touchpoint: str
    activity: str
    rows: tuple[Row, ...]


def _promised_share(target: Target | None) -> tuple[object, ...] | None:
    """What a target promises, comparable across kinds: "100%" and "every case" agree."""
    if target is None:
        return None
    if target.share is not None:
        return ("share", target.share)
    return (target.kind, target.value, target.scale, target.comparator)


def find_conflicts(rows: list[Row]) -> list[Conflict]:
    """Groups of SOPs with the same touchpoint and activity and different standards."""
    groups: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in rows:
        standard = row.sop.standard
        if row.sop.touchpoint and standard.activity:
            groups[(row.sop.touchpoint, standard.activity)].append(row)
    conflicts = []
    for (touchpoint, activity), members in sorted(groups.items()):
        promises = {
            (
                _promised_share(s.target),
                (s.duration.family, s.duration.base_amount) if s.duration else None,
            )
            for s in (m.sop.standard for m in members)
        }
        if len(members) > 1 and len(promises) > 1:
            conflicts.append(Conflict(touchpoint, activity, tuple(sorted(members, key=_sort_key))))
    return conflicts


class KnowledgeBasePages:
    """Every generated page and SOP card for one set of SOPs.

    Args:
        sops: the SOPs (pages with ``sop: false`` are left out by the caller).
        docs_dir: the docs folder the SOPs live in.
        site_name: the knowledge base's name, for a generated home page.
        directory_urls: the site's URL style (MkDocs' ``use_directory_urls``), for
            the links of listings, cards, redirects and feeds.
        source_links: write the links of HTML listings as links between Markdown
            files, for engines that resolve them (``sopkit export`` for Zensical).
        previous: the pages of the last build of the same docs folder (the live
            preview): rows of SOPs that are the same objects are kept.
    """

    def __init__(
        self,
        sops: list[Sop],
        docs_dir: Path,
        site_name: str = "Service standards",
        *,
        history: History | None = None,
        repo_url: str | None = None,
        site_url: str | None = None,
        registry: Registry | None = None,
        directory_urls: bool = True,
        source_links: bool = False,
        site_lang: str = "en",
        previous: KnowledgeBasePages | None = None,
    ):
        self.docs_dir = docs_dir
        self.directory_urls = directory_urls
        self.source_links = source_links
        self.site_name = site_name
        self.history = history
        self.repo_url = repo_url
        self.site_url = site_url
        self._site_lang = language_of(site_lang)
        # The live preview passes its last pages: an SOP that is the very same object
        # keeps its row, and the row its cells, so an edit renders one SOP's cells.
        kept: dict[int, Row] = {}
        if previous is not None and previous.docs_dir == docs_dir:
            kept = {id(row.sop): row for row in previous.rows}
        style = (directory_urls, source_links, self._site_lang)
        self.rows: list[Row] = sorted(
            (
                row
                if (row := kept.get(id(s))) is not None
                and row.sop is s
                and (row.directory_urls, row.source_links, row.words_lang) == style
                else Row(s, page_path(s, docs_dir), *style)
                for s in sops
            ),
            key=_sort_key,
        )
        self._index_rows()
        self.today = sops[0].settings.current_date() if sops else dt.date.today()
        self.reviews = {row.path: review_status(row.sop, self.today) for row in self.rows}
        self.reviews_in_use = any(status.state != "unknown" for status in self.reviews.values())
        self.locations = (
            LocationPages(self, registry) if registry is not None and registry.locations else None
        )
        #: Each location's name by its id, for the change log's words.
        self.location_names: dict[str, str] = (
            {loc.id: loc.name for loc in registry.locations} if registry is not None else {}
        )
        #: Cards kept between builds (:mod:`sopkit.site.card_cache`); set by the build.
        self.card_cache: CardCache | None = None
        #: What an SOP body becomes in a location's version: as written, or (``sopkit
        #: export`` with ``raw_html: false``) its raw HTML as text; set by the export.
        self.body_text: Callable[[str], str] = _as_written

    def _index_rows(self) -> None:
        """Look-ups over :attr:`rows` (again when the rows change language)."""
        self.by_path = {row.path: row for row in self.rows}
        self.by_id = {row.sop.id: row for row in self.rows}
        self.conflicts = find_conflicts(self.rows)
        self._conflicts_of: dict[str, list[Row]] = defaultdict(list)
        for conflict in self.conflicts:
            for row in conflict.rows:
                self._conflicts_of[row.path].extend(r for r in conflict.rows if r is not row)

    @property
    def site_lang(self) -> str:
        """The site's language (``theme.language``): generated pages are written in it."""
        return self._site_lang

    @site_lang.setter
    def site_lang(self, lang: str) -> None:
        self._site_lang = language_of(lang)
        self.rows = [
            row if row.words_lang == self._site_lang else Row(
                row.sop, row.path, row.directory_urls, row.source_links, self._site_lang
            )
            for row in self.rows
        ]  # fmt: skip
        self._index_rows()

    @property
    def words(self) -> dict[str, str]:
        """sopkit's phrases in the site's language, for the generated pages."""
        return UI[self.site_lang]

    def href(self, from_page: str, to_page: str) -> str:
        """A relative URL between two built pages, in this site's URL style."""
        return href(from_page, to_page, self.directory_urls, self.source_links)

    # --- SOP pages ------------------------------------------------------------------

    def card(self, path: str, merged: Sop | None = None, location: Location | None = None) -> str:
        """The standard card (HTML) for the SOP at ``path`` (or a location's version of it).

        With :attr:`card_cache`, a card kept from an earlier build with the same inputs
        is given instead of rendering it again.
        """
        cache = self.card_cache
        if cache is None:
            return self._render_card(path, merged, location)
        text = self.by_path[path].sop.document.text
        key = cache.key(path, text, location.id if location is not None else "")
        card = cache.get(key)
        if card is None:
            card = self._render_card(path, merged, location)
            cache.put(key, card)
        return card

    def _render_card(self, path: str, merged: Sop | None, location: Location | None) -> str:
        row = self.by_path[path]
        sop = merged or row.sop
        lang = sop.lang
        emails, _ = owner_parts(sop.owner or "")
        touchpoint = sop.touchpoint or ""
        varies = []
        only = []
        if self.locations is not None and location is None:
            names = {loc.id: loc.name for loc in self.locations.registry.locations}
            only = [{"id": i, "name": names[i]} for i in self.locations.only_at(path)]
            varies = [
                {"id": loc_id, "name": value["name"], "words": value["words"]}
                for loc_id, value in self.locations.local_values(path, lang).items()
            ]
        return render(
            "card.html.j2",
            sop=sop,
            metric=sop.metric or "",
            labels=LABELS[lang],
            varies=varies,
            varies_label=ui(lang, "varies"),
            only=only,
            only_label=ui(lang, "only_at"),
            target=target_words(sop.standard.target, lang),
            timeframe=bounds_words(sop.standard, lang),
            icon=icon(touchpoint),
            touchpoint_label=touchpoint_label(touchpoint, lang),
            owner_name=owner_name(sop.owner),
            owner_email=emails[0] if emails else None,
            language=LANGUAGE_NAMES[lang][lang],
            review=review_badge(self.reviews[path], lang),
            location=location.name if location else None,
            location_id=location.id if location else None,
            variants=script_json(self.locations.variant_urls(path))
            if self.locations and not location
            else None,
        )

    def conflict_note(self, path: str) -> str:
        """A warning (HTML) naming SOPs that promise differently for the same activity."""
        others = self._conflicts_of.get(path, [])
        if not others:
            return ""
        lang = self.by_path[path].sop.lang
        items = []
        # A few examples and the conflicts page: a list of every other SOP would grow
        # with the knowledge base on every page (quadratic site size).
        for other in others[:CONFLICT_NOTE_LIMIT]:
            standard = other.sop.standard
            promise = (
                f"{target_words(standard.target, lang)}, {duration_words(standard.duration, lang)}"
            )
            items.append(
                f'<li><a href="{escape(self.href(path, other.path))}">'
                f"{escape(other.sop.title or other.sop.id)}</a>: {escape(promise)}</li>"
            )
        if len(others) > CONFLICT_NOTE_LIMIT:
            more = len(others) - CONFLICT_NOTE_LIMIT
            url = escape(self.href(path, CONFLICTS))
            words = escape(ui(lang, "more_conflicts", more))
            items.append(f'<li><a href="{url}">{words}</a></li>')
        title = escape(LABELS[lang]["conflict"])
        return (
            f'<div class="admonition warning sop-conflict"><p class="admonition-title">{title}</p>'
            f"<ul>{''.join(items)}</ul></div>\n"
        )

    def sop_parts(self, path: str) -> tuple[str, str]:
        """The HTML above an SOP's body (card, conflicts) and below it (history)."""
        history = ""
        if self.history is not None:
            sop = self.by_path[path].sop
            history = history_section(
                self.history.of(sop.id), sop.lang, self.repo_url, self.location_names
            )
        return self.card(path) + self.conflict_note(path), history

    def searchable_sop_html(self, path: str, content: str) -> str:
        """A rendered SOP page as search should index it: title, metric, body.

        The card's facts, the conflict note and the history repeat or point
        elsewhere; :meth:`complete_sop_html` adds them after indexing. Done on the
        HTML, not the Markdown: wrapping the body for ``md_in_html`` made
        Python-Markdown several times slower on every SOP page.
        """
        title = ""
        if content.lstrip().startswith("<h1"):
            end = content.find("</h1>") + len("</h1>")
            title, content = content[:end], content[end:]
        metric = self.metric_html(self.by_path[path].sop)
        return f'{title}\n{metric}\n<div class="sop-body">\n{content}\n</div>\n'

    def complete_sop_html(self, path: str, searchable: str) -> str:
        """The page of :meth:`searchable_sop_html` with the whole card and the history."""
        top, bottom = self.sop_parts(path)
        metric = self.metric_html(self.by_path[path].sop)
        return searchable.replace(metric + "\n", top, 1) + bottom

    @staticmethod
    def metric_html(sop: Sop) -> str:
        """The card's first line: the standard in the SOP's own words."""
        return f'<p class="sop-card__metric">{escape(sop.metric or "")}</p>'

    def sop_markdown(self, path: str, markdown: str) -> str:
        """An SOP page as plain Markdown for other site tools (``sopkit export``).

        The body is wrapped in ``<div class="sop-body" markdown="1">`` (``md_in_html``),
        so the stylesheet can print its top-level ordered list as a checklist.
        """
        title_line = ""
        body = markdown
        match = re.match(r"\s*(# [^\n]+)\n", markdown)
        if match:  # keep the page's own title above the card
            title_line, body = match.group(1) + "\n\n", markdown[match.end() :]
        top, bottom = self.sop_parts(path)
        wrapped = f'<div class="sop-body" markdown="1">\n\n{body}\n\n</div>'
        return f"{title_line}{top}\n{wrapped}\n\n{bottom}"

    # --- generated pages ---------------------------------------------------------------

    def touchpoint_page(self, touchpoint: str) -> str:
        """The path of a touchpoint's page."""
        return f"touchpoints/{touchpoint}.md"

    def home(self, index_markdown: str | None) -> str:
        """The home page for staff: the knowledge base's own title, a search box first,
        "your location" (filled in by the picker's script), the rest of its own
        index.md, and the touchpoints as large tiles."""
        lang = self.site_lang
        groups: dict[str, list[Row]] = defaultdict(list)
        for row in self.rows:
            groups[row.sop.touchpoint or ""].append(row)
        touchpoints = [
            {
                "icon": icon(tp),
                "label": escape(touchpoint_label(tp, lang)),
                "url": escape(self.href(HOME, self.touchpoint_page(tp))),
                "count": len(members),
                "languages": ", ".join(sorted({m.sop.lang for m in members})),
            }
            for tp, members in sorted(groups.items())
        ]
        title, rest = "", index_markdown
        if index_markdown is not None:
            index_markdown = neutralised(index_markdown)  # it is quoted in a generated page
            match = re.match(r"\s*(# [^\n]+)\n", index_markdown)
            if match:
                title, rest = match.group(1), index_markdown[match.end() :]
        overview = render(
            "home.md.j2",
            words=self.words,
            title=title,
            has_index=index_markdown is not None,
            rest=(rest or "").strip(),
            site_name=self.site_name,
            total=len(self.rows),
            touchpoints=touchpoints,
            catalogue_href=link(HOME, CATALOGUE),
            owners_href=link(HOME, OWNERS),
            conflicts=len(self.conflicts),
            conflicts_href=link(HOME, CONFLICTS),
            reviews=self._review_share() if self.reviews_in_use else None,
            reviews_href=link(HOME, REVIEWS),
            changes_href=link(HOME, CHANGES) if self.history is not None else None,
            locations_href=link(HOME, LOCATIONS) if self.locations is not None else None,
            local=script_json(self._home_locations()) if self.locations is not None else None,
        )
        return overview

    #: How far back "your location" on the home page lists material changes.
    RECENT_DAYS = 30

    def _home_locations(self) -> dict[str, Any]:
        """Per location: its deviations and its material changes of the last 30 days
        (URLs relative to the home page), for "your location" on the home page."""
        assert self.locations is not None
        lang = self.site_lang
        since = self.today - dt.timedelta(days=self.RECENT_DAYS)
        recent = [c for c in self.history.material if c.day >= since] if self.history else []
        data: dict[str, Any] = {}
        for location in self.locations.registry.locations:
            deviations = []
            for (loc, path), _ in sorted(self.locations.variants.items()):
                if loc != location.id:
                    continue
                row = self.by_path[path]
                value = self.locations.local_values(path, lang)[loc]
                deviations.append(
                    {"title": row.sop.title or row.sop.id, "url": value["url"],
                     "words": value["words"], "lang": row.sop.lang}
                )  # fmt: skip
            changes = []
            for change in recent:
                if not change.affects(location.id, self._applies(change.sop_id, location.id)):
                    continue
                current = self.by_id.get(change.sop_id)
                changes.append(
                    {"title": change.title, "date": date_words(change.day, lang),
                     "what": "; ".join(change.described(lang, self.location_names)),
                     "url": self.href(HOME, current.path) if current else None}
                )  # fmt: skip
            data[location.id] = {
                "name": location.name,
                "deviations": deviations,
                "changes": changes[:20],
                "deviations_title": ui(lang, "your_deviations", name=location.name),
                "changes_title": ui(
                    lang, "your_changes", name=location.name, days=self.RECENT_DAYS
                ),
            }
        return data

    def _applies(self, sop_id: str, location: str) -> bool:
        """Whether an SOP (by id) applies at a location now; removed SOPs applied everywhere."""
        row = self.by_id.get(sop_id)
        if row is None or self.locations is None:
            return True
        return location in self.locations.applies[row.path]

    def _review_share(self) -> str:
        """ "75% (3 of 4)", "75 % (3 von 4)", "75% (3 van 4)": in the site's language."""
        current = sum(1 for status in self.reviews.values() if status.current)
        percent = percent_words(100 * current / len(self.reviews), self.site_lang)
        of = {"de": "von", "nl": "van"}.get(self.site_lang, "of")
        return f"{percent} ({current} {of} {len(self.reviews)})"

    def _local_cells(self, row: Row) -> dict[str, str]:
        """A row's local differences for listings: the words and, for the picker's
        script, each location's values as JSON (``data-local``) and the locations the SOP
        is limited to (``data-only``), so a picked location hides the others' SOPs."""
        if self.locations is None:
            return {"local": "", "local_json": "", "only": ""}
        only = escape(" ".join(self.locations.only_at(row.path)))
        values = self.locations.local_values(row.path, self.site_lang)
        if not values:
            return {"local": "", "local_json": "", "only": only}
        return {
            "local": escape(self.locations.summary(row.path, self.site_lang)),
            "local_json": escape(script_json(values)),
            "only": only,
        }

    def pages(self) -> dict[str, str]:
        """Every generated page except the home page: ``{docs path: content}``.

        Markdown pages, plus the Atom feed of changes (``changes/feed.xml``). They
        are written in the site's language (:attr:`site_lang`).
        """
        lang, words = self.site_lang, self.words
        pages = {
            CATALOGUE: render(
                "catalogue.md.j2",
                words=words,
                rows=[row.cells(CATALOGUE, **self._local_cells(row)) for row in self.rows],
                working_day_hours=WORKING_DAY_HOURS,
                locations=self.locations is not None,
            ),
            CONFLICTS: render(
                "conflicts.md.j2",
                words=words,
                groups=[
                    {
                        "icon": icon(c.touchpoint),
                        "touchpoint": touchpoint_label(c.touchpoint, lang),
                        "activity": c.activity,
                        "rows": [r.cells(CONFLICTS, **self._local_cells(r)) for r in c.rows],
                    }
                    for c in self.conflicts
                ],
            ),
        }
        by_touchpoint: dict[str, list[Row]] = defaultdict(list)
        by_owner: dict[str, list[Row]] = defaultdict(list)
        owner_page = owner_pages(row.sop.owner or "" for row in self.rows)
        for row in self.rows:
            by_touchpoint[row.sop.touchpoint or ""].append(row)
            by_owner[owner_page[row.sop.owner or ""]].append(row)
        items = []
        for touchpoint, members in sorted(by_touchpoint.items()):
            path = self.touchpoint_page(touchpoint)
            label = touchpoint_label(touchpoint, lang)
            pages[path] = render(
                "listing.md.j2",
                words=words,
                title=label,
                heading=f"{icon(touchpoint)} {label}",
                intro=ui(lang, "touchpoint_intro", n=len(members)),
                other_column=words["c_owner"],
                rows=[
                    r.cells(path, other=r.facts["owner"], **self._local_cells(r)) for r in members
                ],
            )
            url = escape(self.href(TOUCHPOINTS, path))
            items.append({"icon": icon(touchpoint), "label": escape(label), "url": url,
                          "count": len(members)})  # fmt: skip
        pages[TOUCHPOINTS] = render("index_list.md.j2", title=words["touchpoints"], items=items)
        items = []
        for path, members in sorted(by_owner.items()):
            name = owner_name(members[0].sop.owner)
            written = {m.sop.owner for m in members}  # one way, or with different addresses
            owner = members[0].sop.owner if len(written) == 1 else None
            pages[path] = render(
                "listing.md.j2",
                words=words,
                title=name,
                heading=name,
                intro=ui(lang, "owner_intro", n=len(members), owner=owner or name),
                other_column=words["c_touchpoint"],
                rows=[
                    r.cells(path, other=r.facts["touchpoint"], **self._local_cells(r))
                    for r in members
                ],
            )
            items.append(
                {"icon": "", "label": escape(name), "url": escape(self.href(OWNERS, path)),
                 "count": len(members)}
            )  # fmt: skip
        pages[OWNERS] = render("index_list.md.j2", title=words["owners"], items=items)
        if self.locations is not None:
            pages.update(self.locations.pages_markdown())
        pages[REVIEWS] = reviews_page(
            self,
            self.reviews,
            self.today,
            self.rows[0].sop.settings.timezone if self.rows else "UTC",
            lang,
        )
        if self.history is not None:
            current = {row.sop.id: row.path for row in self.rows}
            feeds = []
            if self.locations is not None:
                for location in self.locations.registry.locations:
                    path = location_feed(location.id)
                    changes = [
                        c for c in self.history.material
                        if c.affects(location.id, self._applies(c.sop_id, location.id))
                    ]  # fmt: skip
                    # an entry links to the location's version where it has one: a feed
                    # reader has no location stored to lead it there
                    versions = [
                        self.by_path[sop_path].sop.id
                        for loc, sop_path in self.locations.variants
                        if loc == location.id and sop_path in self.by_path
                    ]
                    here = current | {sop: variant_page(location.id, sop) for sop in versions}
                    pages[path] = atom_feed(
                        self.history, self.site_name, self.site_url, self.today, changes, path,
                        ui(lang, "feed_title_for", location.name), self.directory_urls,
                        here, lang, self.location_names,
                    )  # fmt: skip
                    feeds.append(
                        {"name": ui(lang, "feed_of", location.name), "href": link(CHANGES, path)}
                    )
            pages[CHANGES] = change_log(self, self.history, self.repo_url, feeds, lang)
            pages[FEED] = atom_feed(
                self.history, self.site_name, self.site_url, self.today,
                directory_urls=self.directory_urls, current=current, lang=lang,
                names=self.location_names,
            )  # fmt: skip
        return pages
