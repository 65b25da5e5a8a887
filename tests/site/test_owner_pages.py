"""One page per owner: owners whose names make the same URL are never merged."""

from __future__ import annotations

import html
import json
from pathlib import Path

from sopkit.config import Settings
from sopkit.lint.examples import example
from sopkit.site.knowledge_base import load_knowledge_base
from sopkit.site.pages import owner_pages
from tests.conftest import write_tree


def test_the_same_name_with_or_without_an_address_is_one_owner() -> None:
    pages = owner_pages(["Contact Centre Lead <lead@example.com>", "Contact Centre  Lead"])
    assert set(pages.values()) == {"owners/contact-centre-lead.md"}


def test_names_that_make_the_same_url_get_pages_of_their_own() -> None:
    owners = ["Support Lead <a@x.example>", "Support-Lead <b@x.example>", "支持 <e@x.example>",
              "主管 <f@x.example>", "Süpport Lead"]  # fmt: skip
    pages = owner_pages(owners)
    assert len(set(pages.values())) == len(owners)
    assert pages["Süpport Lead"].startswith("owners/support-lead")  # not "s-pport-lead"
    shared = {pages["支持 <e@x.example>"], pages["主管 <f@x.example>"]}
    assert "owners/owner.md" in shared and len(shared) == 2
    assert all(path.startswith("owners/owner") for path in shared)
    assert pages["Support Lead <a@x.example>"] == "owners/support-lead.md"  # the name it spells
    assert owner_pages(reversed(owners)) == pages  # the same pages whatever the order


def test_a_new_owner_never_moves_another_owner_s_page() -> None:
    """Numbered in order, "Team-Lead" was team-lead-2 until an owner "Team Lead 2" came
    along and took it: a bookmarked page then listed another owner's standards."""
    before = owner_pages(["Team Lead", "Team-Lead"])
    after = owner_pages(["Team Lead", "Team-Lead", "Team Lead 2", "Team  lead"])
    assert after["Team Lead"] == before["Team Lead"] == "owners/team-lead.md"
    assert after["Team-Lead"] == before["Team-Lead"] != "owners/team-lead-2.md"
    assert after["Team Lead 2"] == "owners/team-lead-2.md"
    assert len(set(after.values())) == 3  # "Team  lead" is "Team Lead" written again


def test_an_owner_page_lists_only_that_owner_s_standards(tmp_path: Path) -> None:
    owners = {
        "a.md": "支持 <e@x.example>", "b.md": "主管 <f@x.example>",
        "c.md": "Support Lead <a@x.example>", "d.md": "Support-Lead <b@x.example>",
    }  # fmt: skip
    write_tree(tmp_path / "sop", {
        name: example("en", owner=json.dumps(owner, ensure_ascii=False)).replace(
            "title: ", f"title: {name[0].upper()} "
        ) for name, owner in owners.items()
    })  # fmt: skip
    pages = load_knowledge_base(Settings(root=tmp_path), tmp_path / "sop").pages.pages()
    owner_pages_made = {path: text for path, text in pages.items() if path.startswith("owners/")}
    assert len(owner_pages_made) == 5  # four owners and the index
    for owner in owners.values():
        [page] = [t for p, t in owner_pages_made.items() if p != "owners/index.md" and
                  owner.split(" <")[0] in t.split("\n", 3)[1]]  # fmt: skip
        shown = page.replace("\\", "")  # Markdown's escapes
        assert f"1 standard owned by {html.escape(owner)}." in shown  # its own owner
