"""Change log, Atom feed, history sections and review pages: Markdown and XML, no MkDocs."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from typing import TYPE_CHECKING

from sopkit.review import ReviewStatus
from sopkit.site.escaping import first_line, html_text, url_path, xml_text
from sopkit.site.words import date_words, language_of, percent_words, ui

if TYPE_CHECKING:
    from sopkit.history.changes import Change, History
    from sopkit.site.pages import KnowledgeBasePages

CHANGES = "changes/index.md"
FEED = "changes/feed.xml"
REVIEWS = "reviews/index.md"
#: The change log page shows this many changes; the feed this many material ones.
CHANGE_LOG_LIMIT = 500
FEED_LIMIT = 50
HISTORY_LIMIT = 10
#: Older changes an SOP page folds out below the newest; more are counted, not listed.
OLDER_LIMIT = 200

HISTORY_HEADING = {"en": "History", "de": "Änderungen", "nl": "Wijzigingen"}
#: Per language: the overdue badge, the current line, and how "by someone" reads.
BADGE = {
    "en": ("Review overdue since {due}",
           "Reviewed {last}{by} · next review by {due}", " by {by}"),
    "de": ("Überprüfung überfällig seit {due}",
           "Geprüft am {last}{by} · nächste Prüfung bis {due}", " von {by}"),
    "nl": ("Review te laat sinds {due}",
           "Beoordeeld op {last}{by} · volgende review voor {due}", " door {by}"),
}  # fmt: skip


def change_log(
    pages: KnowledgeBasePages,
    history: History,
    repo_url: str | None,
    feeds: list[dict[str, str]] | None = None,
    lang: str = "en",
) -> str:
    """The change log page: changes newest first, grouped by day, in the site's ``lang``.

    Each day's entries are an HTML block: titles, descriptions and commit
    messages are escaped once, as HTML, and never meet Markdown's syntax.
    """
    from sopkit.site.pages import render

    days: dict[dt.date, list[dict[str, object]]] = defaultdict(list)
    shown = history.changes[:CHANGE_LOG_LIMIT]
    for change in shown:
        current = pages.by_id.get(change.sop_id)
        days[change.day].append(
            {
                "material": change.material,
                "title": html_text(change.title),
                "lang": html_text(current.sop.lang) if current else "",
                "href": html_text(pages.href(CHANGES, current.path)) if current else None,
                "descriptions": html_text("; ".join(change.described(lang, pages.location_names))),
                "meta": _meta_html(change, repo_url),
            }
        )
    return render(
        "changes.md.j2",
        days=[{"date": date_words(day, lang), "entries": entries} for day, entries in days.items()],
        source=history.source,
        words=_words(lang),
        feeds=feeds or [],
        shown=len(shown),
        total=len(history.changes),
    )


def location_feed(location: str) -> str:
    """The docs path of a location's feed."""
    return f"changes/{location}.xml"


def atom_feed(
    history: History,
    site_name: str,
    site_url: str | None,
    updated: dt.date,
    changes: list[Change] | None = None,
    feed_path: str = FEED,
    title: str | None = None,
    directory_urls: bool = True,
    current: dict[str, str] | None = None,
    lang: str = "en",
    names: Mapping[str, str] | None = None,
) -> str:
    """An Atom feed of material changes (RFC 4287), newest first.

    Args:
        history: the whole history.
        site_name: the knowledge base's name, for the feed title.
        site_url: the site's absolute URL, when configured (else relative links).
        updated: today, for an empty feed.
        changes: the material changes to include (default: all of them).
        feed_path: where the feed is published.
        title: what the feed is about (default: changes to standards, in ``lang``).
        directory_urls: the site's URL style, for the links to pages.
        current: SOP id -> its docs path now; an entry links to the SOP's page as it
            is now (a moved SOP's new page), or to the change log when the SOP was
            removed. Without it, entries link to the path of the change.
        lang: the site's language, for the titles and descriptions.
    """
    from sopkit.site.location_pages import page_url

    base = (site_url or "").rstrip("/") + "/" if site_url else ""
    # Without a site URL, links are relative to the feed's own URL (RFC 3986).
    to_root = base or "../" * feed_path.count("/")
    log = page_url(CHANGES, directory_urls)
    material = (history.material if changes is None else changes)[:FEED_LIMIT]
    stamp = material[0].when if material else updated
    xml_base = f' xml:base="{xml_text(base)}"' if base else ""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom"{xml_base} xml:lang="{language_of(lang)}">',
        f"  <title>{xml_text(site_name)}: {xml_text(title or ui(lang, 'feed_title'))}</title>",
        f"  <id>{xml_text(base or 'urn:sopkit:')}{xml_text(url_path(feed_path))}</id>",
        f'  <link rel="alternate" href="{xml_text(to_root + log)}"/>',
        f'  <link rel="self" href="{xml_text(to_root + url_path(feed_path))}"/>',
        f"  <updated>{_timestamp(stamp)}</updated>",
        "  <author><name>sopkit</name></author>",
    ]
    for change in material:
        path = change.path if current is None else current.get(change.sop_id, CHANGES)
        page = page_url(path, directory_urls) if path.endswith(".md") else url_path(path)
        where = change.commit or change.day.isoformat()
        entry_id = f"{base or 'urn:sopkit:'}changes/{url_path(f'{where}/{change.sop_id}')}"
        summary = "; ".join(change.described(lang, names))
        message = first_line(change.message)
        text = summary + (f" — {message}" if message else "")
        lines += [
            "  <entry>",
            f"    <title>{xml_text(change.title)}: {xml_text(summary)}</title>",
            f"    <id>{xml_text(entry_id)}</id>",
            f'    <link href="{xml_text(to_root + page)}"/>',
            f"    <updated>{_timestamp(change.when)}</updated>",
            f"    <author><name>{xml_text(change.author or 'unknown')}</name></author>",
            f"    <summary>{xml_text(text)}</summary>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def _timestamp(when: dt.datetime | dt.date) -> str:
    if isinstance(when, dt.datetime):
        return when.isoformat()
    return f"{when.isoformat()}T00:00:00Z"


def _meta_html(change: Change, repo_url: str | None) -> str:
    """Author, message and pull request (linked with ``repo_url``) of a change, as HTML.

    The message shows its first line, cut to a length a page can carry; with
    ``repo_url`` it links to the commit, where the whole message is.
    """
    parts = []
    repo = repo_url.rstrip("/") if repo_url else None
    if change.author:
        parts.append(html_text(change.author))
    message = first_line(change.message)
    if message:
        quoted = f"“{html_text(message)}”"
        if repo and change.commit:
            url = html_text(f"{repo}/commit/{url_path(change.commit)}")
            quoted = f'<a href="{url}">{quoted}</a>'
        parts.append(quoted)
    if change.pull_request:
        number = f"#{change.pull_request}"
        if repo:
            url = html_text(f"{repo}/pull/{change.pull_request}")
            number = f'<a href="{url}">{number}</a>'
        parts.append(number)
    return ", ".join(parts)


def history_section(
    changes: list[Change],
    lang: str,
    repo_url: str | None,
    names: Mapping[str, str] | None = None,
) -> str:
    """The "History" section at the end of an SOP page (HTML, left out of search).

    The newest :data:`HISTORY_LIMIT` changes are shown; up to :data:`OLDER_LIMIT` older
    ones fold out below them. The page holds them itself: the change log lists only the
    knowledge base's newest :data:`CHANGE_LOG_LIMIT`, so a link to it promised changes
    it did not show. Older still are counted, in git's history only.
    """
    if not changes:
        return ""

    def item(change: Change) -> str:
        mark = "<strong>●</strong> " if change.material else ""
        meta = _meta_html(change, repo_url)
        what = html_text("; ".join(change.described(lang, names)))
        day = html_text(date_words(change.day, lang))
        return f"<li>{day}: {mark}{what}" + (f" — {meta}" if meta else "") + "</li>"

    items = [item(change) for change in changes[:HISTORY_LIMIT]]
    older = changes[HISTORY_LIMIT : HISTORY_LIMIT + OLDER_LIMIT]
    if older:
        unlisted = len(changes) - HISTORY_LIMIT - len(older)
        items.append(
            "<li><details><summary>"
            + html_text(ui(lang, "older_changes", len(changes) - HISTORY_LIMIT))
            + "</summary><ul>\n"
            + "\n".join(item(change) for change in older)
            + (f"\n<li>{html_text(ui(lang, 'oldest_in_git', unlisted))}</li>" if unlisted else "")
            + "\n</ul></details></li>"
        )
    return (
        f'<h2 id="history" class="sop-history__title">{HISTORY_HEADING[language_of(lang)]}</h2>\n'
        f'<div class="sop-history" data-search-exclude><ul>\n'
        + "\n".join(items)
        + "\n</ul></div>\n"
    )


def review_badge(status: ReviewStatus, lang: str) -> str:
    """The review line of the standard card (HTML)."""
    if status.state == "unknown" or status.due is None:
        return ""
    overdue, current, by_words = BADGE[language_of(lang)]
    due, last = date_words(status.due, lang), date_words(status.last, lang)
    if status.state in ("overdue", "lapsed"):
        words = html_text(overdue.format(due=due))
        return f'<p class="sop-card__review sop-card__review--overdue">⚠ {words}</p>'
    by = by_words.format(by=status.by) if status.by else ""
    words = html_text(current.format(last=last, by=by, due=due))
    return f'<p class="sop-card__review">{words}</p>'


def reviews_page(
    pages: KnowledgeBasePages,
    statuses: dict[str, ReviewStatus],
    today: dt.date,
    timezone: str,
    lang: str = "en",
) -> str:
    """SOPs by owner with their review dates, the most urgent first, in the site's ``lang``."""
    from sopkit.site.pages import owner_name, render

    groups: dict[str, list[dict[str, object]]] = defaultdict(list)
    order = {"lapsed": 0, "overdue": 1, "due-soon": 2, "future": 3, "unknown": 4, "ok": 5}
    rows = sorted(
        pages.rows, key=lambda r: (order[statuses[r.path].state], str(statuses[r.path].due))
    )
    for row in rows:
        status = statuses[row.path]
        groups[owner_name(row.sop.owner)].append(
            {
                "title": html_text(row.sop.title or row.sop.id),
                "lang": html_text(row.sop.lang),
                "url": html_text(pages.href(REVIEWS, row.path)),
                "last": html_text(date_words(status.last, lang) if status.last else "—"),
                "due": html_text(date_words(status.due, lang) if status.due else "—"),
                "status": html_text(ui(lang, f"s_{status.state}")),
                "state": status.state,
            }
        )
    current = sum(1 for s in statuses.values() if s.current)
    total = len(statuses)
    return render(
        "reviews.md.j2",
        owners=[{"owner": owner, "rows": rows} for owner, rows in sorted(groups.items())],
        current=current,
        total=total,
        share=percent_words(100 * current / total, lang) if total else "—",
        today=date_words(today, lang),
        timezone=timezone,
        words=_words(lang),
    )


def _words(lang: str) -> dict[str, str]:
    """sopkit's phrases in ``lang``, for a page template (``words.catalogue``...)."""
    from sopkit.site.words import UI

    return UI[language_of(lang)]
