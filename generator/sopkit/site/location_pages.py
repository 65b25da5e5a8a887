"""Location pages: each location's version of an SOP, its page, redirects and picker data.

A chain with 50 locations and 500 SOPs where most SOPs have no local difference must
not build 25,000 full pages: only SOPs that differ at a location get a page of their
own (``locations/<id>/<sop-id>/``). The other location URLs lead to the standard: the
site's 404 page (which GitHub Pages, Netlify and ``mkdocs serve`` show for any missing
path) redirects them, using a map of SOP ids to URLs; with ``location_redirect_files``
they are tiny redirect files instead (25,000 small files cost more than the whole build
on a slow disk, so they are optional).
"""

from __future__ import annotations

import functools
import posixpath
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sopkit.locations import Location, Registry
from sopkit.site.escaping import html_text, md_text, script_json, url_path, yaml_text
from sopkit.site.raw_html import HTML_END, HTML_START, html_block, neutralised
from sopkit.site.words import (
    LANGUAGES,
    TOUCHPOINT_NAMES,
    UI,
    bounds_words,
    duration_words,
    language_of,
    target_words,
    touchpoint_label,
    ui,
)
from sopkit.standard import parse_standard
from sopkit.variants import StepEdits, Variant, applies_to, location_blocks, merged_sop, variants_of

if TYPE_CHECKING:
    from sopkit.site.pages import KnowledgeBasePages
    from sopkit.sop import Sop

LOCATIONS = "locations/index.md"
#: The words of the picker and the search filters, in each language.
_PICKER_WORDS = ("your_location", "all_locations", "filter_location", "filter_touchpoint",
                 "all_touchpoints", "varies", "not_at", "none_here")  # fmt: skip
#: The picker's data as a script (``window.sopkitLocations``), not JSON to fetch: a
#: site opened from ``file://`` (Material's offline plugin, a file share) cannot fetch.
DATA = "assets/sopkit-locations-data.js"
SOP_MAP = "assets/sopkit-sops.json"


def location_page(location: str) -> str:
    """The docs path of a location's page."""
    return f"locations/{location}/index.md"


def variant_page(location: str, sop_id: str) -> str:
    """The docs path of a location's version of an SOP (URL ``locations/<id>/<sop-id>/``)."""
    return f"locations/{location}/{sop_id}.md"


@functools.lru_cache(maxsize=65536)  # every listing links every SOP
def page_url(path: str, directory_urls: bool = True) -> str:
    """The site URL (relative to the site root) of a docs page, percent-encoded.

    Docs paths come from file names and ids: ``javascript:x.md`` must give the
    relative URL ``javascript%3Ax/``, as MkDocs' own page URLs encode it. With
    ``directory_urls`` off (``use_directory_urls: false``, for ``file://`` and file
    shares), every URL names its file, ``index.html`` included: a browser opening
    the site from disk shows a folder's listing, not its index page.
    """
    stem = path[:-3]
    if not directory_urls:
        return url_path(stem + ".html")
    if posixpath.basename(stem) == "index":
        return url_path(posixpath.dirname(stem) + "/") if posixpath.dirname(stem) else ""
    return url_path(stem + "/")


@dataclass(frozen=True)
class Difference:
    """One local difference: what (in English), the local value and the standard's.

    ``kind`` and ``number`` name it for :meth:`label` in any language.
    """

    what: str
    local: str
    standard: str | None = None
    kind: str = ""
    number: int | None = None

    def label(self, lang: str) -> str:
        """What differs, in ``lang``: "Frist", "Stap 6"..."""
        key = {"timeframe": "f_timeframe", "metric": "f_metric", "owner": "f_owner",
               "title": "f_title", "lang": "f_lang", "step": "f_step", "removed": "f_step",
               "added": "f_added_after" if self.number else "f_added_first",
               "section": "f_section"}.get(self.kind)  # fmt: skip
        return ui(lang, key, self.number) if key else self.what

    @property
    def in_the_sops_language(self) -> bool:
        """True when the local value is text of the SOP (a metric, a step, a title), not
        words sopkit writes in the reader's language (a timeframe, "does not apply")."""
        return self.kind in ("metric", "title", "step", "added") or (
            self.kind == "section" and self.local != "local instructions"
        )

    def local_words(self, lang: str) -> str:
        """The local value; "does not apply here" and a nameless section in ``lang``."""
        if self.kind == "removed":
            return ui(lang, "not_here")
        if self.kind == "section" and self.local == "local instructions":
            return ui(lang, "local_instructions")
        return self.local


def differences(
    sop: Sop, variant: Variant, location: Location, words_lang: str | None = None
) -> list[Difference]:
    """How a location's version differs from the standard, in words for staff.

    Timeframes are said in ``words_lang`` (the page's language: the SOP's on its own
    page, the site's on the location's page), the SOP's own text as it is written.
    """
    lang = sop.lang
    spoken = words_lang or lang
    found: list[Difference] = []
    fields = variant.fields
    if "metric" in fields or "timeframe" in fields:
        local = parse_standard(
            str(fields.get("metric", sop.metric)), str(fields.get("timeframe", sop.timeframe)), lang
        )
        base = sop.standard
        if "timeframe" in fields:
            found.append(
                Difference("Timeframe", duration_words(local.duration, spoken),
                           duration_words(base.duration, spoken), "timeframe")
            )  # fmt: skip
        if local.target != base.target or fields.get("metric") not in (None, sop.metric):
            found.append(
                Difference(
                    "Metric", str(fields.get("metric", sop.metric)), sop.metric or "—", "metric"
                )
            )
    for key in ("owner", "title", "lang"):
        if key in fields:
            found.append(
                Difference(key.capitalize(), str(fields[key]), str(sop.meta.get(key, "—")), key)
            )
    steps = [" ".join(step.text.split()) for step in sop.steps]
    for number, text in sorted(variant.steps.replace.items()):
        standard = steps[number - 1] if 0 < number <= len(steps) else None
        found.append(Difference(f"Step {number}", text, standard, "step", number))
    for number, texts in sorted(variant.steps.after.items()):
        for text in texts:
            found.append(
                Difference(
                    f"Added after step {number}" if number else "Added first",
                    text, None, "added", number,
                )
            )  # fmt: skip
    for number in sorted(variant.steps.remove):
        standard = steps[number - 1] if 0 < number <= len(steps) else None
        found.append(
            Difference(f"Step {number}", "does not apply here", standard, "removed", number)
        )
    lines = sop.document.body.split("\n")
    for block_location, first, last in location_blocks(sop.document.body):
        if block_location == location.id:
            heading = next(
                (ln.lstrip("# ").strip() for ln in lines[first:last] if ln.startswith("#")), ""
            )
            found.append(
                Difference("Local section", heading or "local instructions", None, "section")
            )
    return found


class LocationPages:
    """Every location output for one knowledge base."""

    def __init__(self, pages: KnowledgeBasePages, registry: Registry) -> None:
        self.pages = pages
        self.registry = registry
        ids = registry.ids
        #: (location, sop path) -> variant, for every location version with a page of its own.
        self.variants: dict[tuple[str, str], Variant] = {}
        self.applies: dict[str, list[str]] = {}
        for row in pages.rows:
            where = applies_to(row.sop, ids)
            self.applies[row.path] = where
            own = {v.location: v for v in variants_of(row.sop) if v.location in where}
            for location, _, _ in location_blocks(row.sop.document.body):
                if location in where and location not in own:  # a local section only
                    own[location] = Variant(location, {}, StepEdits())
            for location, variant in own.items():
                self.variants[(location, row.path)] = variant
        self._local_values: dict[tuple[str, str], dict[str, dict[str, str]]] = {}

    def only_at(self, path: str) -> list[str]:
        """The locations the SOP at ``path`` applies to, when not every location ([] else)."""
        where = self.applies[path]
        return where if len(where) < len(self.registry.ids) else []

    def variant_urls(self, path: str) -> dict[str, str]:
        """Location id -> site URL of that location's version of the SOP at ``path``."""
        sop_id = self.pages.by_path[path].sop.id
        style = self.pages.directory_urls
        return {
            loc: page_url(variant_page(loc, sop_id), style)
            for (loc, p) in self.variants
            if p == path
        }

    def summary(self, path: str, lang: str = "en") -> str:
        """One line for listings: "Amsterdam Kalverstraat: within 7 working days" ("" when
        every location follows the standard)."""
        return "; ".join(
            f"{value['name']}: {value['words']}" for value in self.local_values(path, lang).values()
        )

    def local_values(self, path: str, lang: str) -> dict[str, dict[str, str]]:
        """What each location with a version of its own promises, in ``lang``.

        Location id -> ``name``, ``target``, ``timeframe`` and ``minutes`` (the local
        standard's, or the standard's where the location keeps it), ``words`` (what differs, short:
        "within 4 business hours, local steps") and ``url`` (the version's site URL).
        Listings and the card say with it how an SOP varies, and the picker's script
        shows a picked location's values first.
        """
        from sopkit.site.pages import minutes  # pages builds these pages: imported at use

        cache_key = (path, lang)
        if cache_key in self._local_values:
            return self._local_values[cache_key]
        sop = self.pages.by_path[path].sop
        found: dict[str, dict[str, str]] = {}
        for (location_id, p), variant in sorted(self.variants.items()):
            if p != path:
                continue
            location = self.registry.get(location_id)
            assert location is not None
            fields = variant.fields
            local = sop.standard
            if "metric" in fields or "timeframe" in fields:
                local = parse_standard(
                    str(fields.get("metric", sop.metric)),
                    str(fields.get("timeframe", sop.timeframe)),
                    sop.lang,
                )
            parts = []
            target, timeframe = target_words(local.target, lang), bounds_words(local, lang)
            if timeframe != bounds_words(sop.standard, lang):
                parts.append(timeframe)
            if target != target_words(sop.standard.target, lang):
                parts.append(target)
            if "owner" in fields:
                parts.append(f"{ui(lang, 'f_owner')} {fields['owner']}")
            if (
                variant.steps.replace
                or variant.steps.after
                or variant.steps.remove
                or any(loc == location_id for loc, _, _ in location_blocks(sop.document.body))
            ):
                parts.append(ui(lang, "local_steps"))
            found[location_id] = {
                "name": location.name,
                "target": target,
                "timeframe": timeframe,
                # the catalogue's minutes column sorts by the location's bound when picked
                "minutes": minutes(local.duration, lang)[1],
                "words": ", ".join(parts) or ui(lang, "local_instructions"),
                "url": page_url(variant_page(location_id, sop.id), self.pages.directory_urls),
            }
        self._local_values[cache_key] = found
        return found

    def variant_markdown(self, location_id: str, path: str) -> str:
        """The page of one location's version: merged SOP, highlighted differences.

        The card, the box of differences and the body's wrapper are HTML blocks
        (see :mod:`sopkit.site.raw_html`): they need no Markdown extension, and
        they stay HTML when ``raw_html: false`` turns the body's own HTML into text.
        """
        row = self.pages.by_path[path]
        sop = row.sop
        variant = self.variants[(location_id, path)]
        location = self.registry.get(location_id)
        assert location is not None
        merged = merged_sop(sop, variant, mark=True)
        lang = language_of(merged.lang)
        here = variant_page(location_id, sop.id)
        name = html_text(location.name)
        items = []
        for difference in differences(sop, variant, location):
            quote = difference.kind not in ("timeframe", "section", "owner", "lang")
            local, standard = difference.local_words(lang), difference.standard
            if quote and difference.kind != "removed":
                local = f"“{local}”"
            if quote and standard:
                standard = f"“{standard}”"
            suffix = f"; {html_text(ui(lang, 'standard_is', standard))}" if standard else ""
            items.append(
                f"<li><strong>{html_text(difference.label(lang))}</strong> — {name}: "
                f"{html_text(local)}{suffix}</li>"
            )
        # "?standard": the standard's page stays the standard, though a location is picked.
        standard_url = html_text(self.pages.href(here, path) + "?standard")
        # A <details>, open on wide screens (sopkit.js): on a phone its title is enough
        # above the steps, which are highlighted where they differ.
        notes = (
            '<details class="sop-local">\n'
            f"<summary>{html_text(ui(lang, 'local_title', location.name))}</summary>\n"
            "<ul>\n" + "\n".join(items) + "\n</ul>\n"
            f'<p><a class="sop-standard-link" href="{standard_url}">'
            f"{html_text(ui(lang, 'standard_all'))}</a></p>\n"
            "</details>"
        )
        title = merged.title or sop.id
        tags = [touchpoint_label(sop.touchpoint or "", self.pages.site_lang), location.name]
        listed = ", ".join(yaml_text(tag) for tag in tags)
        front = f"---\ntitle: {yaml_text(title)}\ntags: [{listed}]\n---"
        card = self.pages.card(path, merged=merged, location=location)
        parts = [
            front,
            f"# {md_text(title)}",
            html_block(card.strip()),
            html_block(notes),
            html_block('<div class="sop-body" markdown="1">'),
            neutralised(self.pages.body_text(merged.document.body)),
            html_block("</div>"),
        ]
        return "\n\n".join(parts) + "\n"

    def location_markdown(self, location: Location) -> str:
        """A location's page: contact, its SOPs, and its deviations from the standard."""
        here = location_page(location.id)
        lang = self.pages.site_lang
        # Searched by its name, hours and contact ("Berlin" found nothing), not by the
        # titles it lists: each SOP's own page is the result for those.
        lines = [
            f"---\ntitle: {yaml_text(location.name)}\n---\n",
            f"# {md_text(location.name)}",
            "",
        ]
        if location.hours:
            lines.append(f"**{md_text(ui(lang, 'opening_hours'))}:** {md_text(location.hours)}  ")
        for key, value in location.contact:
            label = ui(lang, key) if key in ("phone", "email") else key.capitalize()
            lines.append(f"**{md_text(label)}:** {md_text(value)}  ")
        deviations = [(p, v) for (loc, p), v in sorted(self.variants.items()) if loc == location.id]
        lines += ["", f"## {md_text(ui(lang, 'local_differences_n', len(deviations)))}", ""]
        if deviations:  # in the site's language; the SOP's own text marked as its own
            lines += [HTML_START, '<ul class="sop-location-differences" data-search-exclude>']
        for path, variant in deviations:
            sop = self.pages.by_path[path].sop
            own = html_text(str(variant.fields.get("lang") or sop.lang))
            parts = []
            for difference in differences(sop, variant, location, lang):
                words = html_text(difference.local_words(lang))
                if difference.in_the_sops_language:
                    words = f'<span lang="{own}">{words}</span>'
                parts.append(f"{html_text(difference.label(lang))}: {words}")
            url = html_text(self.pages.href(here, variant_page(location.id, sop.id)))
            label = html_text(sop.title or sop.id)
            lines.append(f'<li><a href="{url}" lang="{own}">{label}</a>: {"; ".join(parts)}</li>')
        if deviations:
            lines += ["</ul>", HTML_END]
        else:
            lines.append(md_text(ui(lang, "no_deviations")))
        # The full list is plain HTML: thousands of links render fast without Markdown.
        rows = [r for r in self.pages.rows if location.id in self.applies[r.path]]
        lines += ["", f"## {md_text(ui(lang, 'all_here_n', len(rows)))}", ""]
        lines += [HTML_START, '<ul class="sop-location-list" data-search-exclude>']
        for row in rows:
            local = (location.id, row.path) in self.variants
            target = variant_page(location.id, row.sop.id) if local else row.path
            label = html_text(row.sop.title or row.sop.id)
            flag = html_text(ui(lang, "local_flag"))
            mark = f' <span class="sop-local-flag">{flag}</span>' if local else ""
            url = html_text(self.pages.href(here, target))
            chosen = self.variants[(location.id, row.path)].fields.get("lang") if local else None
            title_lang = html_text(str(chosen or row.sop.lang))
            lines.append(f'<li><a href="{url}" lang="{title_lang}">{label}</a>{mark}</li>')
        lines += ["</ul>", HTML_END]
        return "\n".join(lines) + "\n"

    def index_markdown(self) -> str:
        """The list of locations: a table, one labelled block per location on a phone
        (as every listing; at 320 px the Markdown table scrolled sideways)."""
        words = self.pages.words
        title = words["locations"]
        heads = [words["c_location"], words["c_standards"], words["c_local"]]
        lines = [
            f"---\ntitle: {yaml_text(title)}\nsearch:\n  exclude: true\n---\n",
            f"# {md_text(title)}",
            "",
            HTML_START,
            '<div class="sop-blocks">',
            "<table>",
            "<thead><tr>" + "".join(f"<th>{html_text(h)}</th>" for h in heads) + "</tr></thead>",
            "<tbody>",
        ]
        labels = [html_text(h) for h in heads]
        for location in self.registry.locations:
            count = sum(1 for p in self.applies if location.id in self.applies[p])
            local = sum(1 for (loc, _) in self.variants if loc == location.id)
            url = html_text(self.pages.href(LOCATIONS, location_page(location.id)))
            lines.append(
                f'<tr><td data-label="{labels[0]}" class="sop-title"><a href="{url}">'
                f"{html_text(location.name)}</a></td>"
                f'<td data-label="{labels[1]}">{count}</td>'
                f'<td data-label="{labels[2]}">{local}</td></tr>'
            )
        lines += ["</tbody>", "</table>", "</div>", HTML_END]
        return "\n".join(lines) + "\n"

    def pages_markdown(self) -> dict[str, str]:
        """Every location page and location version page: ``{docs path: Markdown}``."""
        result = {
            LOCATIONS: self.index_markdown(),
            DATA: self.picker_data(),
            SOP_MAP: self.sop_map(),
        }
        for location in self.registry.locations:
            result[location_page(location.id)] = self.location_markdown(location)
        for location_id, path in self.variants:
            sop = self.pages.by_path[path].sop
            result[variant_page(location_id, sop.id)] = self.variant_markdown(location_id, path)
        return result

    def picker_data(self) -> str:
        """What the location picker and the search filter need, as a script."""
        touchpoints: dict[str, list[str]] = {}
        for lang_names in TOUCHPOINT_NAMES.values():
            for touchpoint, label in lang_names.items():
                touchpoints.setdefault(touchpoint, []).append(label)
        data: dict[str, Any] = {
            "locations": [
                {
                    "id": loc.id,
                    "name": loc.name,
                    "url": page_url(location_page(loc.id), self.pages.directory_urls),
                }
                for loc in self.registry.locations
            ],
            "touchpoints": touchpoints,
            # the filter's options in the site's words (the first label is English)
            "touchpoint_names": TOUCHPOINT_NAMES,
            "words": {lang: {key: UI[lang][key] for key in _PICKER_WORDS} for lang in LANGUAGES},
            "lang": self.pages.site_lang,
        }
        return f"window.sopkitLocations = {script_json(data)};\n"

    def sop_map(self) -> str:
        """SOP id -> site URL of the standard and the locations it applies to (for redirects)."""
        return script_json(
            {
                row.sop.id: {
                    "url": page_url(row.path, self.pages.directory_urls),
                    "locations": self.applies[row.path],
                }
                for row in self.pages.rows
            }
        )

    def redirect_stubs(self) -> dict[str, str]:
        """Site files for location URLs without a page of their own: redirects to the standard.

        Each sits where the location's page would be in the site's URL style
        (``<sop-id>/index.html`` or ``<sop-id>.html``) and remembers the location in
        the browser, so the picker shows it.
        """
        stubs = {}
        for row in self.pages.rows:
            for location_id in self.applies[row.path]:
                if (location_id, row.path) in self.variants:
                    continue
                here = variant_page(location_id, row.sop.id)
                stub = here[:-3] + ("/index.html" if self.pages.directory_urls else ".html")
                target = self.pages.href(here, row.path)
                stubs[stub] = _REDIRECT.format(
                    location=script_json(location_id),
                    target=html_text(target),
                    url=script_json(target),
                )
        return stubs


_REDIRECT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Redirecting to the standard</title>
<link rel="canonical" href="{target}">
<meta http-equiv="refresh" content="0; url={target}">
<script>try {{ localStorage.setItem("sopkit.location", {location}); }} catch (e) {{}}
location.replace({url});</script>
</head><body><p>This location follows the standard:
<a href="{target}">open it</a>.</p></body></html>
"""
