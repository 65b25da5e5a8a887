"""Text is text: a site built from payload-filled SOPs, locations and commits runs no payload.

Every field that sopkit puts on a page (front matter, ``locations.yml``, file names,
commit messages and authors) holds markup and Markdown payloads. The built site is
parsed page by page (html.parser) and feed by feed (ElementTree); any element or
attribute that a payload made is a failure, and the payloads must be shown as text
where the field belongs. The browser test (tests/browser/test_injection.py) loads
the same site in Chromium.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

AUTHOR = "Ann <img src=x onerror=alert('author')> ]]> Editor"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GIT_AUTHOR_NAME": AUTHOR,
       "GIT_AUTHOR_EMAIL": "ann@example.com", "GIT_COMMITTER_NAME": "Ann Editor",
       "GIT_COMMITTER_EMAIL": "ann@example.com"}  # fmt: skip


def payload(field: str) -> str:
    """Every shape of attack, each marked with the field it sits in."""
    return (
        f"{field} <img src=x onerror=alert('{field}')> {{: onclick=alert('{field}-attr') }} "
        f"[link](javascript:alert('{field}-link')) \"><svg onload=alert('{field}-quote')> "
        f"'><b onmouseover=alert('{field}-single')>x</b> "
        f"</script><script>alert('{field}-script')</script> ]]> <![CDATA[ &amp; ok"
    )


#: File names: quotes and a tag; a scheme and an HTML comment opener.
HOSTILE_NAME = "q\"'><img src=x onerror=alert('filename')>"
SCHEME_NAME = "javascript:alert('scheme')<!--"
COMMIT_MESSAGE = (
    "Add <img src=x onerror=alert('commit')> {: onclick=alert('commit-attr') } ]]> "
    + "long " * 100
    + "(#12)\n\nSecond line <script>alert('body')</script>\n"
)
STEPS = "## Steps\n\n1. Answer the call.\n2. Note the reason in the CRM.\n"


def sop_text(meta: dict[str, object], body: str = STEPS) -> str:
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10_000)
    return f"---\n{front}---\n\nThis standard is for tests.\n\n{body}"


def plain_sop(title: str, touchpoint: str = "email") -> dict[str, object]:
    return {
        "title": title,
        "owner": "Refunds Team Lead",
        "touchpoint": touchpoint,
        "metric": "90% of approved refunds issued within 5 working days",
        "timeframe": "5 working days",
        "lang": "en",
        "review": {"last": dt.date(2026, 10, 1), "by": "Refunds Team Lead", "interval": "2 years"},
    }


def write_project(root: Path, *, plugin: dict[str, object] | None = None,
                  extensions: list[object] | None = None, body: str = "") -> Path:  # fmt: skip
    """A knowledge base in a git repository whose every field is a payload."""
    sop = root / "sop"
    (sop / "phone").mkdir(parents=True)
    (sop / "email").mkdir()
    (sop / "chat").mkdir()
    config = {
        "site_name": "Payload test",
        "site_url": "https://example.com/",
        "repo_url": "https://example.com/repo",
        "docs_dir": "sop",
        "theme": {"name": "material", "font": False},
        "plugins": ["search", {"sopkit": {"timezone": "Europe/Amsterdam", **(plugin or {})}}],
        "markdown_extensions": extensions
        if extensions is not None
        else ["attr_list", "md_in_html", "tables", "admonition", {"toc": {"permalink": True}}],
    }
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    locations = {
        "locations": [
            {"id": "xloc", "name": payload("locname"), "lang": "en", "timezone": "Europe/London",
             "hours": payload("hours"),
             # an email contact must be an address (SOP501); a label of one's own is text
             "contact": {"phone": payload("phone"), "email": "xloc@example.com",
                         "fax": payload("fax")}},
            {"id": "yloc", "name": "Y</a><svg onload=alert('yname')>[y](javascript:alert(2))",
             "lang": "en", "timezone": "Europe/London"},
        ]
    }  # fmt: skip
    (sop / "locations.yml").write_text(yaml.safe_dump(locations, allow_unicode=True, width=10_000))
    meta = {
        "title": payload("title"),
        "owner": payload("owner"),
        "touchpoint": "phone",
        "metric": f"80% of calls {payload('metric')} answered within 20 seconds",
        "timeframe": "20 seconds",
        "lang": "en",
        "tags": [payload("tag"), "{: onclick=alert('tag2') }"],
        "review": {"last": dt.date(2026, 9, 18), "by": payload("reviewer"), "interval": "2 years"},
        "locations": ["xloc", "yloc"],
        "variants": {
            "xloc": {
                "title": payload("vtitle"),
                "metric": f"90% of calls {payload('vmetric')} answered within 20 seconds",
                "owner": payload("vowner"),
                "steps": {1: f"Answer the call {payload('vstep')} now."},
            }
        },
    }
    local = (
        f"<!-- sopkit:location xloc -->\n## Local {payload('localsec')}\n\n"
        "Local text.\n<!-- /sopkit:location -->\n"
    )
    (sop / "phone" / "pay.md").write_text(sop_text(meta, STEPS + "\n" + body + "\n" + local))
    hostile = {**plain_sop("Refunds by email"), "variants": {"xloc": {"timeframe": "7 working days",
               "metric": "90% of approved refunds issued within 7 working days"}}}  # fmt: skip
    (sop / "email" / f"{HOSTILE_NAME}.md").write_text(sop_text(hostile))
    (sop / "chat" / f"{SCHEME_NAME}.md").write_text(sop_text(plain_sop("Chat refunds", "chat")))
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-qm", COMMIT_MESSAGE]):
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, env=ENV)
        assert done.returncode == 0, done.stderr
    return root


def build(root: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "sopkit", "build"], cwd=root,
                          capture_output=True, text=True, env=ENV)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return done


_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster"}


def _refresh(attrs: list[tuple[str, str | None]]) -> bool:
    return any(k == "http-equiv" and (v or "").lower() == "refresh" for k, v in attrs)


class _Scanner(HTMLParser):
    """Elements and attributes that a payload made, and the page's visible text.

    Hits inside an SOP body (``div.sop-body``) are kept apart: with ``raw_html: true``
    (MkDocs' behaviour) the body's own HTML is meant to render, and with it the local
    sections, which are part of the body (a location's own steps, from front matter,
    are escaped whatever the setting).
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hits: list[str] = []
        self.body_hits: list[str] = []
        self.text: list[str] = []
        self.script: str | None = None
        self.body_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "div" and (self.body_depth or ("class", "sop-body") in attrs):
            self.body_depth += 1
        before = len(self.hits)
        self._check(tag, attrs)
        if self.body_depth and len(self.hits) > before:
            self.body_hits += self.hits[before:]
            del self.hits[before:]

    def _check(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            value = value or ""
            plain = "".join(value.split()).lower()
            script_url = plain.startswith(("javascript:", "vbscript:"))
            if (
                name.startswith("on")
                or (name in _URL_ATTRIBUTES and script_url)
                # a refresh navigates to its content; a description's text does not
                or (name == "content" and "javascript:" in plain and _refresh(attrs))
            ):
                self.hits.append(f"<{tag} {name}={value!r}>")
            elif "alert(" in name:
                self.hits.append(f"<{tag}> attribute name {name!r}")
        if tag in ("img", "svg", "iframe", "object", "embed") and any(
            "alert(" in (v or "") or (k == "src" and v == "x") for k, v in attrs
        ):
            self.hits.append(f"<{tag} {attrs}>")
        if tag == "script":
            self.script = ""

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag == "script":
            self.script = None

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self.body_depth:
            self.body_depth -= 1
        if tag == "script" and self.script is not None:
            if self.script.strip().startswith("alert("):
                hits = self.body_hits if self.body_depth else self.hits
                hits.append(f"<script>{self.script[:80]}")
            self.script = None

    def handle_data(self, data: str) -> None:
        if self.script is not None:
            self.script += data
        else:
            self.text.append(data)


def scan_html(text: str, body: bool = False) -> tuple[list[str], str]:
    """Injected elements and attributes of one page (and of its SOP body), and its text."""
    scanner = _Scanner()
    scanner.feed(text)
    scanner.close()
    hits = scanner.hits + (scanner.body_hits if body else [])
    return hits, " ".join(" ".join(scanner.text).split())


def scan_site(site: Path, body: bool = False) -> tuple[dict[str, list[str]], int, int]:
    """Every injection in a built site: ``{file: hits}``, HTML pages and XML files read.

    ``body``: count what SOP bodies' own HTML made too (for ``raw_html: false``).
    """
    found: dict[str, list[str]] = {}
    pages = feeds = 0
    for path in sorted(site.rglob("*.html")):
        pages += 1
        hits, _ = scan_html(path.read_text(encoding="utf-8", errors="replace"), body)
        if hits:
            found[str(path.relative_to(site))] = hits
    for path in sorted(site.rglob("*.xml")):
        feeds += 1
        try:
            tree = ET.parse(path)
        except ET.ParseError as error:
            found[str(path.relative_to(site))] = [f"not well-formed: {error}"]
            continue
        for element in tree.iter():
            local = element.tag.rsplit("}", 1)[-1].lower()
            if local in ("img", "svg", "script") or any(k.startswith("on") for k in element.attrib):
                found.setdefault(str(path.relative_to(site)), []).append(f"XML <{element.tag}>")
    return found, pages, feeds


def page_text(site: Path, url: str) -> str:
    return scan_html((site / url / "index.html").read_text(encoding="utf-8"))[1]


@pytest.fixture(scope="module")
def payload_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Material's engine: its search index (what sopkit's engine reads) stays inspectable;
    # raw_html: true, so that front matter is shown escaped where a body's HTML renders
    root = write_project(tmp_path_factory.mktemp("payload") / "kb",
                         plugin={"search_engine": "material", "raw_html": True})  # fmt: skip
    build(root)
    return root / "site"


def test_no_payload_becomes_an_element_or_attribute(payload_site: Path) -> None:
    found, pages, feeds = scan_site(payload_site)
    assert found == {}
    assert pages >= 15 and feeds >= 3  # every page type and the three feeds were read


def test_payloads_are_shown_as_text_where_they_belong(payload_site: Path) -> None:
    location = payload("locname")
    xloc = page_text(payload_site, "locations/xloc")
    for field in ("locname", "hours", "phone", "fax"):
        assert payload(field) in xloc, field
    assert location in page_text(payload_site, "locations")
    variant = page_text(payload_site, "locations/xloc/pay")
    for field in ("vtitle", "vmetric", "vowner", "owner", "title", "localsec"):
        assert payload(field) in variant, field
    assert f"{location}: local differences from the standard" in variant
    sop = page_text(payload_site, "phone/pay")
    assert payload("title") in sop and payload("metric") in sop and payload("reviewer") in sop
    owner = next(p for p in (payload_site / "owners").iterdir() if p.name.startswith("owner"))
    assert payload("owner") in page_text(payload_site, f"owners/{owner.name}")
    reviews = page_text(payload_site, "reviews")
    assert payload("title") in reviews
    changes = page_text(payload_site, "changes")
    assert payload("title") in changes and f"{location} feed" in changes
    assert "Add <img src=x onerror=alert('commit')> {: onclick=alert('commit-attr') }" in changes
    assert "Second line" not in changes  # the message's first line only, cut short
    assert "long …”" in changes or "long l…”" in changes  # cut at 200 characters
    assert "(#12)”" not in changes


def test_a_location_s_own_steps_are_text_whatever_raw_html_says(payload_site: Path) -> None:
    """Variant steps are front matter: with raw_html: true (once the default) their <script>
    ran on the location's version, although the README says front matter is escaped."""
    page = (payload_site / "locations/xloc/pay/index.html").read_text(encoding="utf-8")
    hits, text = scan_html(page, body=True)
    assert [hit for hit in hits if "vstep" in hit] == []
    assert "<img src=x onerror=alert('vstep')>" in text
    assert "</script><script>alert('vstep-script')</script>" in text
    assert "javascript:alert('vstep-link')" not in page


def test_page_titles_and_the_search_index_hold_escaped_text(payload_site: Path) -> None:
    page = (payload_site / "phone/pay/index.html").read_text(encoding="utf-8")
    title = page.split("<title>", 1)[1].split("</title>", 1)[0]
    assert html.unescape(title).startswith(payload("title"))
    index = json.loads((payload_site / "search/search_index.json").read_text(encoding="utf-8"))
    entries = {(d["location"], d["title"]) for d in index["docs"]}
    assert ("phone/pay/", html.escape(payload("title"))) in entries
    tags = {t for d in index["docs"] for t in d.get("tags", [])}
    assert html.escape(payload("locname")) in tags and html.escape(payload("tag")) in tags
    assert not any("<" in t for t in tags)


def test_urls_from_file_names_are_percent_encoded(payload_site: Path) -> None:
    sops = json.loads((payload_site / "assets/sopkit-sops.json").read_text(encoding="utf-8"))
    assert sops[SCHEME_NAME]["url"] == "chat/javascript%3Aalert%28%27scheme%27%29%3C%21--/"
    assert sops[HOSTILE_NAME]["url"].startswith("email/q%22%27%3E%3Cimg")
    catalogue = (payload_site / "catalogue/index.html").read_text(encoding="utf-8")
    assert 'href="../chat/javascript%3Aalert%28%27scheme%27%29%3C%21--/"' in catalogue


def test_feeds_are_well_formed_with_text_escaped(payload_site: Path) -> None:
    atom = "{http://www.w3.org/2005/Atom}"
    for name in ("feed.xml", "xloc.xml", "yloc.xml"):
        tree = ET.parse(payload_site / "changes" / name)
        entries = tree.getroot().findall(f"{atom}entry")
        assert entries, name
        titles = [e.findtext(f"{atom}title") or "" for e in entries]
        assert any(t.startswith(payload("title")) for t in titles), titles
        summaries = [e.findtext(f"{atom}summary") or "" for e in entries]
        assert all("Second line" not in s and len(s) < 400 for s in summaries)
        assert any("<img src=x onerror=alert('commit')>" in s for s in summaries)
        authors = [e.findtext(f"{atom}author/{atom}name") or "" for e in entries]
        assert all("onerror" in a or "Ann" in a for a in authors)
    feed = ET.parse(payload_site / "changes/xloc.xml").getroot()
    assert (feed.findtext(f"{atom}title") or "").endswith(payload("locname"))


def test_redirect_files_encode_the_target(tmp_path: Path) -> None:
    root = write_project(tmp_path / "kb", plugin={"location_redirect_files": True})
    build(root)
    found, _, _ = scan_site(root / "site")
    assert found == {}
    stub = root / "site/locations/xloc" / SCHEME_NAME / "index.html"
    text = stub.read_text(encoding="utf-8")
    assert 'location.replace("../../../chat/javascript%3Aalert%28%27scheme%27%29%3C%21--/")' in text


BODY = (
    "Body <img src=x onerror=alert('body')> and <b onclick=alert('bodyb')>bold</b>.\n\n"
    "<script>alert('bodyscript')</script>\n\n"
    '<div markdown="1" onmouseover="alert(\'bodydiv\')">\n*inside*\n</div>\n\n'
    "A paragraph with an attribute list.\n{: onclick=alert('bodyattr') }\n\n"
    "[a link](javascript:alert('bodylink')) and ![an image](javascript:alert('bodyimg'))\n\n"
    # sopkit's own marks for HTML that generated pages pass through, typed into a body
    "<!-- sopkit:html -->\n<img src=x onerror=alert('bodylift')>\n<!-- /sopkit:html -->\n"
)


def test_raw_html_false_renders_sop_bodies_html_as_text(tmp_path: Path) -> None:
    root = write_project(tmp_path / "kb", plugin={"raw_html": False}, body=BODY)
    build(root)
    found, _, _ = scan_site(root / "site", body=True)
    assert found == {}
    for url in ("phone/pay", "locations/xloc/pay"):
        text = page_text(root / "site", url)
        # (the lone "</b>" is an inline tag without attributes, kept: it closes nothing)
        assert "Body <img src=x onerror=alert('body')> and <b onclick=alert('bodyb')>bold" in text
        assert "<script>alert('bodyscript')</script>" in text
        assert "sopkit:location" not in text  # sopkit's own comment lines stay invisible
    page = (root / "site/locations/xloc/pay/index.html").read_text(encoding="utf-8")
    assert '<details class="sop-local">' in page and '<details class="sop-card"' in page
    assert '<mark class="sop-local">' in page  # the local step is still highlighted


def test_raw_html_false_holds_for_an_export_built_by_zensical(tmp_path: Path) -> None:
    # Zensical renders an SOP body's raw HTML: the export writes it as text instead.
    root = write_project(tmp_path / "kb", plugin={"raw_html": False}, body=BODY)
    for command in (["sopkit", "export", "plain"], ["zensical", "build"]):
        done = subprocess.run([sys.executable, "-m", *command], cwd=root,
                              capture_output=True, text=True, env=ENV)  # fmt: skip
        assert done.returncode == 0, done.stdout + done.stderr
    found, pages, _ = scan_site(root / "site", body=True)
    assert pages > 5 and found == {}
    for url in ("phone/pay", "locations/xloc/pay"):
        text = page_text(root / "site", url)
        assert "Body <img src=x onerror=alert('body')> and <b onclick=alert('bodyb')>" in text
        assert "<script>alert('bodyscript')</script>" in text
        assert "sopkit:location" not in text  # sopkit's own comment lines stay invisible
    page = (root / "site/locations/xloc/pay/index.html").read_text(encoding="utf-8")
    assert '<mark class="sop-local">' in page  # the local step is still highlighted


def test_the_export_s_text_only_markdown_keeps_code_and_autolinks() -> None:
    from sopkit.site.text_only_markdown import text_only_markdown

    text = (
        "See <https://example.com>, `<b>` and <a@b.example>.\n\n"
        "```html\n<script>shown()</script>\n```\n\n"
        "[ok](https://example.com/a_(b)) [bad](javascript:alert(1))\n"
    )
    assert text_only_markdown(text) == text.replace("javascript:alert(1)", "#")


def test_only_real_autolinks_stay_markup() -> None:
    """Python-Markdown links only http, https and ftp in angle brackets: another
    "scheme" is a raw tag, whose attributes ran ("<ab:c/onfocus=alert(1)>")."""
    import markdown

    from sopkit.site.text_only_markdown import text_only_line, text_only_markdown

    hostile = "<ab:c/contenteditable/autofocus/onfocus=alert(document.domain)>"
    for made in (text_only_markdown(f"Body {hostile} end"), text_only_line(hostile)):
        hits, _ = scan_html(markdown.markdown(made), body=True)
        assert hits == [] and "onfocus" in made


def test_a_location_s_step_cannot_open_a_block_of_its_own() -> None:
    """A line break in a step from front matter ended the list item: the next line was a
    raw HTML block, even inside what the escaping took for a code span."""
    import markdown

    from sopkit.variants import StepEdits, apply_steps

    step = "``\n<script>alert('vstep-block')</script>\n``"
    body = apply_steps(STEPS, 1, StepEdits(replace={2: step}), mark=True)
    hits, text = scan_html(markdown.markdown(body), body=True)
    assert hits == [] and "<script>alert('vstep-block')</script>" in text


def test_by_default_inline_tags_without_attributes_render(tmp_path: Path) -> None:
    """<br> in a table cell and <kbd> showed as text once raw_html: false became the
    default: tags that carry no attribute can run nothing, and are kept."""
    body = (
        "| Day | Hours |\n|---|---|\n| Mon–Fri<br>Sat | 9–17 |\n\n"
        'Press <kbd>Ctrl</kbd>+<kbd>F</kbd>; <b onclick="alert(1)">bold</b>.\n'
    )
    root = write_project(tmp_path / "kb", body=body)
    build(root)
    page = (root / "site/phone/pay/index.html").read_text(encoding="utf-8")
    assert "Mon–Fri<br>Sat" in page and "<kbd>Ctrl</kbd>" in page
    assert "&lt;b onclick" in page and "<b onclick" not in page


def test_raw_html_true_keeps_mkdocs_behaviour(tmp_path: Path) -> None:
    root = write_project(tmp_path / "kb", plugin={"raw_html": True}, body="Body <kbd>Ctrl</kbd>.\n")
    build(root)
    assert "<kbd>Ctrl</kbd>" in (root / "site/phone/pay/index.html").read_text(encoding="utf-8")


def test_by_default_an_sop_body_s_html_is_text(tmp_path: Path) -> None:
    """An SOP is data an editor submits: with MkDocs' behaviour as the default, a
    <script> in a body ran on the pages staff read, with lint passing."""
    root = write_project(tmp_path / "kb", body=BODY)
    build(root)
    page = (root / "site/phone/pay/index.html").read_text(encoding="utf-8")
    hits, _ = scan_html(page, body=True)
    assert hits == [], hits


def test_extensions_a_project_removed_are_not_added(tmp_path: Path) -> None:
    body = '!!! note "A note"\n    Inside.\n\nText with a list.\n{: .shiny }\n'
    root = write_project(tmp_path / "kb", extensions=["toc"], body=body)
    done = build(root)
    page = (root / "site/phone/pay/index.html").read_text(encoding="utf-8")
    assert '<div class="admonition note">' not in page and "!!! note" in page
    assert 'class="shiny"' not in page and "{: .shiny }" in page
    assert "attr_list" not in done.stdout + done.stderr
    # sopkit's own pages need none of them: the differences box and tables are HTML.
    variant = (root / "site/locations/xloc/pay/index.html").read_text(encoding="utf-8")
    assert '<details class="sop-local">' in variant and '<div class="sop-body"' in variant
    found, _, _ = scan_site(root / "site")
    assert found == {}


def test_the_scanner_sees_every_payload_shape_when_it_is_not_escaped() -> None:
    hits, _ = scan_html(f"<p>{payload('raw')}</p><a href=' javascript:alert(1)'>x</a>")
    assert len(hits) >= 4  # img onerror, svg onload, b onmouseover, the script, the link


def test_commit_messages_link_to_the_commit(payload_site: Path) -> None:
    page = (payload_site / "changes/index.html").read_text(encoding="utf-8")
    assert '<a href="https://example.com/repo/commit/' in page


def test_front_matter_the_theme_renders_is_text_on_every_page(tmp_path: Path) -> None:
    """Material prints ``description``, ``subtitle`` and titles as they are: on an SOP, on
    a page with ``sop: false`` and on the home page, with the full navigation shown."""
    root = write_project(tmp_path / "kb", plugin={"compact_nav": False})
    sop = root / "sop"
    help_meta = {"sop": False, "title": payload("helptitle"), "description": payload("hdesc"),
                 "subtitle": payload("hsub"), "status": "new"}  # fmt: skip
    front = yaml.safe_dump(help_meta, allow_unicode=True, width=10_000)
    (sop / "help.md").write_text(f"---\n{front}---\n\n# Help\n\nThe help page.\n")
    (sop / "faq.md").write_text("---\nsop: false\n---\n\n# FAQ &lt;/title&gt;&lt;script&gt;"
                                "alert('faq')&lt;/script&gt;\n\nAnswers.\n")  # fmt: skip
    pay = sop / "phone" / "pay.md"
    text = pay.read_text()
    pay.write_text(text.replace("---\n", f"---\ndescription: {json.dumps(payload('sdesc'))}\n", 1))
    build(root)
    found, pages, _ = scan_site(root / "site")
    assert pages > 10
    assert found == {}, found
    help_page = (root / "site/help/index.html").read_text(encoding="utf-8")
    assert html.escape(payload("hdesc"), quote=True) in help_page  # shown as typed
    assert "FAQ &lt;/title&gt;&lt;script&gt;" in (root / "site/faq/index.html").read_text()


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("template: nonexistent.html", "names no template of the theme"),
        ("template: 5", "'template' must name an HTML template"),
        ("hide: 5", "'hide' must be a list"),
        ("search: 5", "'search' must be a mapping"),
        ("icon: 'material/x\" onmouseover=\"alert(23)'", "'icon' must name one of the theme's"),
        ("icon: material/no-such-icon-here", "is none of the theme's icons"),
        ("status: 'new\" onmouseover=\"alert(21)'", "'status' must be one word"),
    ],
)
def test_front_matter_the_theme_would_fail_on_stops_the_build_at_its_line(
    tmp_path: Path, line: str, message: str
) -> None:
    root = tmp_path / "kb"
    (root / "sop").mkdir(parents=True)
    (root / "mkdocs.yml").write_text(
        "site_name: x\ndocs_dir: sop\ntheme:\n  name: material\n  font: false\n"
        "plugins:\n  - sopkit:\n      timezone: Europe/Amsterdam\n"
    )
    (root / "sop" / "help.md").write_text(f"---\nsop: false\n{line}\n---\n\n# Help\n\nText.\n")
    done = subprocess.run([sys.executable, "-m", "sopkit", "build"], cwd=root,
                          capture_output=True, text=True, env=ENV)  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"sop/help.md:3: {message.split(chr(39))[0]}" in done.stderr or (
        "sop/help.md:3:" in done.stderr and message in done.stderr
    ), done.stderr
    assert "Traceback" not in done.stderr and "bug" not in done.stderr
    assert not (root / "site").exists()
