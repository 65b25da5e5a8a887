"""Listings lifted out of generated pages before Markdown and put back after."""

from __future__ import annotations

import markdown

from sopkit.site.raw_html import HTML_END, HTML_START, lift_html, restore_html

PAGE = f"""# Catalogue

Two standards.

{HTML_START}
<table>
<tr><td><a href="../a/">A &amp; B</a></td></tr>
</table>
{HTML_END}

## More

{HTML_START}
<ul class="sop-location-list">
<li>C</li>
</ul>
{HTML_END}
"""


def test_lifted_blocks_leave_slots_that_markdown_passes_through() -> None:
    skeleton, blocks = lift_html(PAGE)
    assert "<table>" not in skeleton and "sop-location-list" not in skeleton
    assert len(blocks) == 2 and blocks[0].startswith("<table>") and blocks[1].endswith("</ul>")
    html = markdown.markdown(skeleton, extensions=["md_in_html"])
    restored = restore_html(html, blocks)
    assert '<a href="../a/">A &amp; B</a>' in restored and "<li>C</li>" in restored
    assert "sopkit-slot" not in restored
    assert restored.index("<table>") < restored.index("<h2>More</h2>") < restored.index("<ul")


def test_a_page_without_marked_blocks_is_unchanged() -> None:
    text = "# Title\n\n<table><tr><td>x</td></tr></table>\n"
    assert lift_html(text) == (text, [])
    assert restore_html("<p>x</p>", []) == "<p>x</p>"
