"""The front matter the theme renders: strings escaped, names and structures checked."""

from __future__ import annotations

from pathlib import Path

import material

from sopkit.site.page_meta import escape_meta_text, theme_meta_problems

THEME = [Path(material.__file__).parent / "templates"]


def test_every_string_but_names_and_titles_becomes_html_text() -> None:
    meta = {
        "description": '"><script>x</script>',
        "subtitle": "<b>",
        "extra": {"note": ["a & b"]},
        "title": "<kept for the plugin>",
        "template": "main.html",
        "count": 3,
    }
    escape_meta_text(meta)
    assert meta == {
        "description": "&quot;&gt;&lt;script&gt;x&lt;/script&gt;",
        "subtitle": "&lt;b&gt;",
        "extra": {"note": ["a &amp; b"]},
        "title": "<kept for the plugin>",
        "template": "main.html",
        "count": 3,
    }


def test_values_the_theme_can_use_pass() -> None:
    meta = {"template": "main.html", "icon": "material/phone", "status": "new",
            "hide": ["toc", "navigation"], "search": {"exclude": True}}  # fmt: skip
    assert theme_meta_problems(meta, THEME) == []
    assert theme_meta_problems({"search": {"boost": 2.5}}, THEME) == []


def test_values_the_theme_would_fail_on_are_named() -> None:
    cases = {
        "template": ["nonexistent.html", 5, "../../etc/passwd.html", "main.txt"],
        "icon": ["material/nope-not-an-icon", 'material/x" onmouseover="y', 3],
        "status": ['new" onmouseover="x', ["new"], ""],
        "hide": [5, "toc", [1]],
        "search": [5, {"exclude": "yes"}, {"boost": True}],
    }
    for key, values in cases.items():
        for value in values:
            problems = theme_meta_problems({key: value}, THEME)
            assert [k for k, _ in problems] == [key], (key, value, problems)


def test_the_export_writes_what_an_engine_prints_as_text() -> None:
    """Zensical reads the exported front matter as Material does, without sopkit."""
    from sopkit.site.export import as_page_meta

    meta = {"title": "<t>", "description": '"><script>', "subtitle": "<img>",
            "status": 'new" onmouseover="x', "icon": "material/phone", "tags": ["<b>"],
            "metric": "80% < 20 s"}  # fmt: skip
    assert as_page_meta(meta) == {
        "title": "&lt;t&gt;",
        "description": "&quot;&gt;&lt;script&gt;",
        "subtitle": "&lt;img&gt;",
        "status": "new&quot; onmouseover=&quot;x",
        "icon": "material/phone",
        "tags": ["&lt;b&gt;"],
        "metric": "80% < 20 s",  # the SOP's data, kept as written
    }
