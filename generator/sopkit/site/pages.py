"""Generated pages of the knowledge base, as Markdown: cards, home, catalogue, listings.

This is the core of the site and knows nothing of MkDocs: it takes SOP models and
returns Markdown text per page path. The MkDocs plugin adds these pages to a build;
``sopkit export`` writes them as a plain docs tree for any other static site tool.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections import defaultdict
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
from sopkit.site.location_pages import LOCATIONS, LocationPages
from sopkit.site.words import (
    LABELS,
    LANGUAGE_NAMES,
    bounds_words,
    duration_words,
    icon,
    target_words,
    touchpoint_label,
)
from sopkit.sop import Sop

if TYPE_CHECKING:
    from sopkit.history.changes import History

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


def overview_nav(has_locations: bool) -> list[dict[str, str]]:
    """The compact navigation: the overview pages, not every SOP (title -> docs path)."""
    nav = [
        {"Home": HOME},
        {"Catalogue": CATALOGUE},
        {"Touchpoints": TOUCHPOINTS},
        {"Owners": OWNERS},
        {"Changes": CHANGES},
        {"Reviews": REVIEWS},
        {"Conflicts": CONFLICTS},
    ]
    if has_locations:
        nav.insert(3, {"Locations": LOCATIONS})
    return nav


def slug(text: str) -> str:
    """A URL-safe name for an owner or a group."""
    name = re.sub(r"<[^>]*>|\([^)]*\)|\S+@\S+", " ", text)
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "owner"


def owner_name(owner: str | None) -> str:
    """The owner without email addresses and handles: "Contact Centre Lead"."""
    if not owner:
        return "—"
    name = re.sub(r"<[^>]*>|\([^)]*@[^)]*\)|\S+@\S+|(?<!\S)@\S+", " ", owner)
    return " ".join(name.split()) or owner


def minutes(duration: Duration | None) -> tuple[float | None, str]:
    """The timeframe on one scale (minutes) for sorting, and its text ("≈" for months)."""
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
    return value, ("≈" if approx else "") + text


@dataclass(frozen=True)
class Row:
    """One SOP as a table row in generated pages."""

    sop: Sop
    path: str
    directory_urls: bool = True
    source_links: bool = False

    @cached_property
    def facts(self) -> dict[str, Any]:
        """The row's cells as HTML-escaped text (computed once for every listing)."""
        sop, lang = self.sop, self.sop.lang
        touchpoint = sop.touchpoint or ""
        return {
            "icon": icon(touchpoint),
            "touchpoint": escape(touchpoint_label(touchpoint)),
            "title": escape(sop.title or sop.id),
            "target": escape(target_words(sop.standard.target, lang)),
            "timeframe": escape(bounds_words(sop.standard, lang)),
            "minutes": minutes(sop.standard.duration)[1],
            "owner": escape(owner_name(sop.owner)),
            "lang": escape(lang),
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
    ):
        self.docs_dir = docs_dir
        self.directory_urls = directory_urls
        self.source_links = source_links
        self.site_name = site_name
        self.history = history
        self.repo_url = repo_url
        self.site_url = site_url
        self.rows = sorted(
            (Row(s, page_path(s, docs_dir), directory_urls, source_links) for s in sops),
            key=_sort_key,
        )
        self.by_path = {row.path: row for row in self.rows}
        self.by_id = {row.sop.id: row for row in self.rows}
        self.today = sops[0].settings.current_date() if sops else dt.date.today()
        self.reviews = {row.path: review_status(row.sop, self.today) for row in self.rows}
        self.reviews_in_use = any(status.state != "unknown" for status in self.reviews.values())
        self.locations = (
            LocationPages(self, registry) if registry is not None and registry.locations else None
        )
        self.conflicts = find_conflicts(self.rows)
        self._conflicts_of: dict[str, list[Row]] = defaultdict(list)
        for conflict in self.conflicts:
            for row in conflict.rows:
                self._conflicts_of[row.path].extend(r for r in conflict.rows if r is not row)

    def href(self, from_page: str, to_page: str) -> str:
        """A relative URL between two built pages, in this site's URL style."""
        return href(from_page, to_page, self.directory_urls, self.source_links)

    # --- SOP pages ------------------------------------------------------------------

    def card(self, path: str, merged: Sop | None = None, location: Location | None = None) -> str:
        """The standard card (HTML) for the SOP at ``path`` (or a location's version of it)."""
        row = self.by_path[path]
        sop = merged or row.sop
        lang = sop.lang
        emails, _ = owner_parts(sop.owner or "")
        touchpoint = sop.touchpoint or ""
        return render(
            "card.html.j2",
            sop=sop,
            metric=self.metric_html(sop),
            labels=LABELS[lang],
            target=target_words(sop.standard.target, lang),
            timeframe=bounds_words(sop.standard, lang),
            icon=icon(touchpoint),
            touchpoint_label=touchpoint_label(touchpoint, lang),
            owner_name=owner_name(sop.owner),
            owner_email=emails[0] if emails else None,
            language=LANGUAGE_NAMES[lang][lang],
            review=review_badge(self.reviews[path], lang),
            location=location.name if location else None,
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
            items.append(f'<li><a href="{url}">{more} more on the conflicts page</a></li>')
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
                self.history.of(sop.id), sop.lang, path, self.repo_url, self.href(path, CHANGES)
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

    def owner_page(self, owner: str) -> str:
        """The path of an owner's page."""
        return f"owners/{slug(owner_name(owner))}.md"

    def home(self, index_markdown: str | None) -> str:
        """The home page: the knowledge base's own index.md plus an overview by touchpoint."""
        groups: dict[str, list[Row]] = defaultdict(list)
        for row in self.rows:
            groups[row.sop.touchpoint or ""].append(row)
        touchpoints = [
            {
                "icon": icon(tp),
                "label": touchpoint_label(tp),
                "href": link(HOME, self.touchpoint_page(tp)),
                "count": len(members),
                "languages": ", ".join(sorted({m.sop.lang for m in members})),
            }
            for tp, members in sorted(groups.items())
        ]
        overview = render(
            "home.md.j2",
            has_index=index_markdown is not None,
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
        )
        return (index_markdown.rstrip() + "\n\n" if index_markdown else "") + overview

    def _applies(self, sop_id: str, location: str) -> bool:
        """Whether an SOP (by id) applies at a location now; removed SOPs applied everywhere."""
        row = self.by_id.get(sop_id)
        if row is None or self.locations is None:
            return True
        return location in self.locations.applies[row.path]

    def _review_share(self) -> str:
        current = sum(1 for status in self.reviews.values() if status.current)
        return f"{100 * current / len(self.reviews):.0f}% ({current} of {len(self.reviews)})"

    def pages(self) -> dict[str, str]:
        """Every generated page except the home page: ``{docs path: content}``.

        Markdown pages, plus the Atom feed of changes (``changes/feed.xml``).
        """
        pages = {
            CATALOGUE: render(
                "catalogue.md.j2",
                rows=[
                    row.cells(CATALOGUE, local=escape(self.locations.summary(row.path)))
                    if self.locations
                    else row.cells(CATALOGUE)
                    for row in self.rows
                ],
                working_day_hours=WORKING_DAY_HOURS,
                locations=self.locations is not None,
            ),
            CONFLICTS: render(
                "conflicts.md.j2",
                groups=[
                    {
                        "icon": icon(c.touchpoint),
                        "touchpoint": touchpoint_label(c.touchpoint),
                        "activity": c.activity,
                        "rows": [r.cells(CONFLICTS) for r in c.rows],
                    }
                    for c in self.conflicts
                ],
            ),
        }
        by_touchpoint: dict[str, list[Row]] = defaultdict(list)
        by_owner: dict[str, list[Row]] = defaultdict(list)
        for row in self.rows:
            by_touchpoint[row.sop.touchpoint or ""].append(row)
            by_owner[self.owner_page(row.sop.owner or "")].append(row)
        items = []
        for touchpoint, members in sorted(by_touchpoint.items()):
            path = self.touchpoint_page(touchpoint)
            label = touchpoint_label(touchpoint)
            pages[path] = render(
                "listing.md.j2",
                title=label,
                heading=f"{icon(touchpoint)} {label}",
                intro=f"{len(members)} standards for this touchpoint.",
                other_column="Owner",
                rows=[r.cells(path, other=r.facts["owner"]) for r in members],
            )
            items.append({"icon": icon(touchpoint), "label": label,
                          "href": link(TOUCHPOINTS, path), "count": len(members)})  # fmt: skip
        pages[TOUCHPOINTS] = render(
            "index_list.md.j2", title="Touchpoints", column="Touchpoint", items=items
        )
        items = []
        for path, members in sorted(by_owner.items()):
            name = owner_name(members[0].sop.owner)
            pages[path] = render(
                "listing.md.j2",
                title=name,
                heading=name,
                intro=f"{len(members)} standards owned by {members[0].sop.owner or name}.",
                other_column="Touchpoint",
                rows=[r.cells(path, other=r.facts["touchpoint"]) for r in members],
            )
            items.append(
                {"icon": "", "label": name, "href": link(OWNERS, path), "count": len(members)}
            )
        pages[OWNERS] = render("index_list.md.j2", title="Owners", column="Owner", items=items)
        if self.locations is not None:
            pages.update(self.locations.pages_markdown())
        pages[REVIEWS] = reviews_page(
            self,
            self.reviews,
            self.today,
            self.rows[0].sop.settings.timezone if self.rows else "UTC",
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
                    pages[path] = atom_feed(
                        self.history, self.site_name, self.site_url, self.today, changes, path,
                        f"changes for {location.name}", self.directory_urls, current,
                    )  # fmt: skip
                    feeds.append({"name": f"{location.name} feed", "href": link(CHANGES, path)})
            pages[CHANGES] = change_log(self, self.history, self.repo_url, feeds)
            pages[FEED] = atom_feed(
                self.history, self.site_name, self.site_url, self.today,
                directory_urls=self.directory_urls, current=current,
            )  # fmt: skip
        return pages
