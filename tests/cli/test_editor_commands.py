"""`sopkit new` and `sopkit owners`: what editors run, end to end on real files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from sopkit.codeowners import BEGIN, END
from sopkit.lint.examples import example
from tests.conftest import write_tree

NEW = [
    "new", "--title", "Answer the shop phone", "--touchpoint", "phone",
    "--owner", "Store Manager <store@example.com> @northwind/stores",
    "--metric", "90% of calls answered within 30 seconds", "--timeframe", "30 seconds",
    "--step", "Answer with the store greeting.", "--step", "Ask for the order number.",
]  # fmt: skip


def test_new_writes_an_sop_that_passes_lint(run_cli, tmp_path: Path) -> None:
    result = run_cli(*NEW)
    assert result.exit_code == 0, result.output
    path = tmp_path / "sop/phone/answer-the-shop-phone.md"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: Answer the shop phone\n")
    assert "1. Answer with the store greeting.\n2. Ask for the order number.\n" in text
    assert run_cli("lint").exit_code == 0


@pytest.mark.parametrize(
    ("option", "value", "words"),
    [
        ("--step", "Answer.\n---\ntitle: injected", "step 3 (--step) holds a line break"),
        ("--step", "   ", "step 3 (--step) is empty"),
        ("--title", "Answer\nthe phone", "--title holds a line break"),
        ("--owner", "Lead\r\nsomeone", "--owner holds a line break"),
    ],
)
def test_new_takes_each_value_and_step_on_one_line(
    run_cli, tmp_path: Path, option: str, value: str, words: str
) -> None:
    args = [*NEW]
    if option == "--step":
        args += [option, value]
    else:
        args[args.index(option) + 1] = value
    result = run_cli(*args)
    assert result.exit_code == 2, result.output
    assert words in result.output
    assert not (tmp_path / "sop").exists() or not any((tmp_path / "sop").rglob("*.md"))


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("index", "index-sop.md"),  # "index.md" would be the folder's page, not an SOP
        ("README", "readme-sop.md"),
        ("Long " * 50, "long-" * 19 + "long.md"),  # the id is a folder name on the site
    ],
)
def test_new_names_the_file_as_an_sop_the_site_can_publish(
    run_cli, tmp_path: Path, title: str, name: str
) -> None:
    args = [*NEW]
    args[args.index("--title") + 1] = title
    result = run_cli(*args)
    assert result.exit_code == 0, result.output
    assert [p.name for p in (tmp_path / "sop/phone").iterdir()] == [name]
    linted = run_cli("lint")
    assert linted.exit_code == 0 and "1 SOP" in linted.output, linted.output


def test_new_outside_the_sop_folder_says_it_will_not_be_read(run_cli, tmp_path: Path) -> None:
    result = run_cli(*NEW, "--dir", "drafts")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "drafts/answer-the-shop-phone.md").is_file()
    assert "outside the SOP folder" in result.output


def test_new_refuses_to_overwrite(run_cli, tmp_path: Path) -> None:
    assert run_cli(*NEW).exit_code == 0
    before = (tmp_path / "sop/phone/answer-the-shop-phone.md").read_text()
    result = run_cli(*NEW)
    assert result.exit_code == 2  # a refusal, as for any file sopkit will not touch
    assert "never overwrites" in result.output
    assert (tmp_path / "sop/phone/answer-the-shop-phone.md").read_text() == before


def test_new_refuses_an_id_another_touchpoint_uses(run_cli, tmp_path: Path) -> None:
    """The same title under another touchpoint gives the same id, the page URL: the new
    file passed alone, and the next lint failed on SOP008."""
    assert run_cli(*NEW).exit_code == 0
    chat = [v if v != "phone" else "chat" for v in NEW]
    result = run_cli(*chat)
    assert result.exit_code == 1, result.output
    assert "the id 'answer-the-shop-phone' (the file name from the title) is already used by" in (
        result.output
    )
    assert not (tmp_path / "sop/chat/answer-the-shop-phone.md").exists()
    titled = [v if v != "Answer the shop phone" else "Answer the shop chat" for v in chat]
    assert run_cli(*titled).exit_code == 0
    assert run_cli("lint").exit_code == 0


def test_new_never_writes_through_a_link_at_its_name(run_cli, tmp_path: Path) -> None:
    """A dangling link at the new file's name made sopkit new create its target, outside."""
    outside = tmp_path / "outside.md"
    (tmp_path / "sop/phone").mkdir(parents=True, exist_ok=True)
    (tmp_path / "sop/phone/answer-the-shop-phone.md").symlink_to(outside)
    result = run_cli(*NEW)
    assert result.exit_code == 2, result.output
    assert "never overwrites" in result.output
    assert not outside.exists()


def test_new_into_a_linked_folder_outside_says_so(run_cli, tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "sop").mkdir(exist_ok=True)
    (tmp_path / "sop" / "linked").symlink_to(tmp_path / "elsewhere")
    result = run_cli(*NEW, "--dir", "sop/linked")
    assert result.exit_code == 0, result.output
    assert "outside the SOP folder" in result.output


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null here")
def test_new_into_a_device_names_it_instead_of_crashing(run_cli) -> None:
    result = run_cli(*NEW, "--dir", "/dev/null")  # exists, and is neither file nor folder
    assert result.exit_code == 2, result.output
    assert "could not use /dev/null" in result.output and "give a folder's path" in result.output
    assert "bug" not in result.output


def test_new_refuses_a_vague_standard_and_writes_nothing(run_cli, tmp_path: Path) -> None:
    args = [
        a if a != "90% of calls answered within 30 seconds" else "Answer calls quickly" for a in NEW
    ]
    result = run_cli(*args)
    assert result.exit_code == 1
    assert "'quickly'" in result.output and "SOP101" in result.output
    assert not (tmp_path / "sop").exists()


def test_new_in_german_with_quoting(run_cli, tmp_path: Path) -> None:
    result = run_cli(
        "new", "--title", "Rückruf: Termin vereinbaren", "--touchpoint", "phone", "--lang", "de",
        "--owner", "Teamleitung", "--metric", "95 % der Rückrufe innerhalb von 2 Stunden erledigt",
        "--timeframe", "2 Stunden", "--step", "Rufen Sie den Kunden an.",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    text = (tmp_path / "sop/phone/rueckruf-termin-vereinbaren.md").read_text(encoding="utf-8")
    assert 'title: "Rückruf: Termin vereinbaren"' in text
    assert "## Schritte" in text


DUTCH = (
    "new", "--title", "Klachten per e-mail", "--touchpoint", "email", "--owner", "Teamleider",
    "--timeframe", "5 werkdagen", "--step", "Lees de klacht.", "--step",
    "Stuur de klant een bevestiging.",
)  # fmt: skip


def test_new_without_lang_writes_the_language_its_answers_are_in(run_cli, tmp_path: Path) -> None:
    result = run_cli(*DUTCH, "--metric", "Wij beantwoorden klachten binnen 5 werkdagen")
    assert result.exit_code == 0, result.output
    text = (tmp_path / "sop/email/klachten-per-e-mail.md").read_text(encoding="utf-8")
    assert "lang: nl" in text and "## Stappen" in text


def test_new_without_lang_checks_a_dutch_hedge_in_dutch(run_cli, tmp_path: Path) -> None:
    """It was read as English (the default) and passed: 'streven ernaar' is Dutch."""
    metric = "Wij streven ernaar klachten binnen 5 werkdagen te beantwoorden"
    result = run_cli(*DUTCH, "--metric", metric)
    assert result.exit_code == 1
    assert "'Wij streven ernaar' makes the bound optional" in result.output
    assert not (tmp_path / "sop").exists()


@pytest.mark.parametrize("title", ["Null", "Yes", "off", "N", "~"])
def test_new_quotes_a_title_yaml_would_read_as_something_else(
    run_cli, tmp_path: Path, title: str
) -> None:
    """Written plainly, YAML read "Null" as nothing and "Yes" as true: new refused them."""
    result = run_cli(*NEW[:1], "--title", title, *NEW[3:])
    assert result.exit_code == 0, result.output
    [path] = (tmp_path / "sop/phone").glob("*.md")
    assert f"\ntitle: {json.dumps(title)}\n" in path.read_text(encoding="utf-8")
    assert run_cli("lint").exit_code == 0


def test_new_without_a_terminal_names_the_missing_options(run_cli) -> None:
    result = run_cli("new", "--title", "Answer the phone")
    assert result.exit_code == 2
    assert "--touchpoint, --owner, --metric, --timeframe, --step" in result.output


def test_new_asks_for_what_is_missing(run_cli, tmp_path: Path, monkeypatch) -> None:
    from click.testing import CliRunner

    from sopkit.cli import cli

    monkeypatch.setattr("sopkit.cli._interactive", lambda: True)
    answers = (
        "\n".join(
            [
                "en",
                "Greet store visitors",
                "in-person",
                "Store Manager",
                "9 out of 10 visitors greeted within 30 seconds",
                "30 seconds",
                "Greet the visitor.",
                "Offer help with the visit.",
                "",
            ]
        )
        + "\n"
    )  # fmt: skip (the language comes first: answers are checked in it)
    result = CliRunner().invoke(cli, ["new"], input=answers)
    assert result.exit_code == 0, result.output
    text = (tmp_path / "sop/in-person/greet-store-visitors.md").read_text(encoding="utf-8")
    assert "touchpoint: in-person" in text and "2. Offer help with the visit." in text


def test_owners_writes_codeowners_and_reports_owners_without_handle(
    run_cli, tmp_path: Path
) -> None:
    write_tree(tmp_path, {
        "sop/phone/a.md": example("en", owner="Lead <lead@example.com> @northwind/phone"),
        "sop/chat/b.md": example("en", owner="Chat Lead", touchpoint="chat"),
        ".github/CODEOWNERS": "* @northwind/admins\n",
    })  # fmt: skip
    result = run_cli("owners")
    assert result.exit_code == 0
    assert "sop/chat/b.md: owner 'Chat Lead' names no GitHub user or team" in result.output
    codeowners = (tmp_path / ".github/CODEOWNERS").read_text()
    assert codeowners.startswith("* @northwind/admins\n")  # hand-written lines are kept
    assert "/sop/phone/a.md @northwind/phone\n" in codeowners
    assert "b.md" not in codeowners
    assert "1 SOP with owners, 1 without a GitHub handle" in result.output  # not "1 SOPs"
    check = run_cli("owners", "--check")
    assert check.exit_code == 0 and "is up to date (1 SOP)" in check.output
    write_tree(tmp_path, {"sop/phone/a.md": example("en", owner="Lead @northwind/voice")})
    check = run_cli("owners", "--check")
    assert check.exit_code == 1 and "out of date" in check.output
    assert run_cli("owners").exit_code == 0
    assert "/sop/phone/a.md @northwind/voice\n" in (tmp_path / ".github/CODEOWNERS").read_text()


def test_owners_from_a_subfolder_writes_and_checks_the_project_s_file(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`cd sop && sopkit owners --check` took .github/CODEOWNERS from the current folder:
    "inside the SOP folder", exit 2."""
    write_tree(tmp_path, {
        "mkdocs.yml": "site_name: KB\ndocs_dir: sop\nplugins: [sopkit]\n",
        "sop/phone/a.md": example("en", owner="Lead <lead@example.com> @northwind/phone"),
    })  # fmt: skip
    monkeypatch.chdir(tmp_path / "sop/phone")
    assert run_cli("owners").exit_code == 0
    assert "/sop/phone/a.md @northwind/phone\n" in (tmp_path / ".github/CODEOWNERS").read_text()
    assert not (tmp_path / "sop/phone/.github").exists()
    result = run_cli("owners", "--check")
    assert result.exit_code == 0 and "is up to date (1 SOP)" in result.output


@pytest.mark.parametrize(
    ("markers", "where"),
    [
        ([BEGIN], "line 2 (BEGIN)"),
        ([END], "line 2 (END)"),
        ([END, BEGIN], "line 2 (END), line 3 (BEGIN)"),
        ([BEGIN, END, BEGIN, END], "line 2 (BEGIN), line 3 (END), line 4 (BEGIN), line 5 (END)"),
    ],
)
def test_owners_refuses_markers_that_do_not_pair_up(
    run_cli, tmp_path: Path, markers: list[str], where: str
) -> None:
    hand_written = "* @org/all\n" + "\n".join(markers) + "\n/foo @x\n/docs/ @org/docs\n"
    write_tree(tmp_path, {
        "sop/phone/a.md": example("en", owner="Lead @northwind/phone"),
        ".github/CODEOWNERS": hand_written,
    })  # fmt: skip
    for args in (["owners"], ["owners"], ["owners", "--check"]):
        result = run_cli(*args)
        assert result.exit_code == 2, result.output
        assert f"markers do not pair up ({where})" in result.output
    assert (tmp_path / ".github/CODEOWNERS").read_text() == hand_written


def test_owners_replaces_only_its_block(run_cli, tmp_path: Path) -> None:
    text = f"* @org/all\n{BEGIN}\n/old @x\n{END}\n/docs/ @org/docs\n"
    write_tree(tmp_path, {
        "sop/phone/a.md": example("en", owner="Lead @northwind/phone"),
        ".github/CODEOWNERS": text,
    })  # fmt: skip
    assert run_cli("owners").exit_code == 0
    assert (tmp_path / ".github/CODEOWNERS").read_text() == (
        f"* @org/all\n{BEGIN}\n/sop/phone/a.md @northwind/phone\n{END}\n/docs/ @org/docs\n"
    )


@pytest.mark.parametrize("handle", ["@", "@-bad", "@org/"])
def test_invalid_handles_are_lint_errors(run_cli, tmp_path: Path, handle: str) -> None:
    write_tree(tmp_path, {"sop/a.md": example("en", owner=f"Lead {handle}")})
    result = run_cli("lint", "--format", "json")
    assert result.exit_code == 1
    assert "GitHub user or team" in result.output


def test_owners_matches_each_file_exactly_as_git_reads_the_pattern(run_cli, tmp_path: Path) -> None:
    # "/sop/k*.md @dave" made @dave the owner of sop/kiosk.md too.
    import subprocess

    write_tree(tmp_path, {
        "sop/phone/k*.md": example("en", owner="Lead @dave"),
        "sop/phone/l[ab] x.md": example("en", owner="Lead @erin"),
    })  # fmt: skip
    assert run_cli("owners").exit_code == 0
    lines = (tmp_path / ".github/CODEOWNERS").read_text().splitlines()
    patterns = [line.split(" @")[0] for line in lines if line.startswith("/")]
    # CODEOWNERS patterns are gitignore patterns: ask git which files each one matches.
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text("\n".join(patterns) + "\n")
    names = ["sop/phone/k*.md", "sop/phone/kiosk.md", "sop/phone/l[ab] x.md", "sop/phone/la x.md"]
    done = subprocess.run(["git", "check-ignore", "--no-index", *names], cwd=tmp_path,
                          capture_output=True, text=True)  # fmt: skip
    assert done.stdout.splitlines() == ["sop/phone/k*.md", "sop/phone/l[ab] x.md"]


def test_owners_refuses_a_file_name_no_codeowners_line_can_hold(run_cli, tmp_path: Path) -> None:
    write_tree(tmp_path, {"sop/phone/o\nq.md": example("en", owner="Lead @hank")})
    result = run_cli("owners")
    assert result.exit_code == 2 and "o\\nq.md: the file name holds a control character" in (
        result.output
    )
    assert not (tmp_path / ".github/CODEOWNERS").exists()


def test_owners_keeps_the_file_s_line_ends(run_cli, tmp_path: Path) -> None:
    team = "# Team file\r\n* @default-team\r\n/docs/ @docs-team"
    write_tree(tmp_path, {"sop/phone/a.md": example("en", owner="Lead @x")})
    (tmp_path / ".github").mkdir()
    (tmp_path / ".github/CODEOWNERS").write_bytes(team.encode())
    assert run_cli("owners").exit_code == 0
    written = (tmp_path / ".github/CODEOWNERS").read_bytes().decode()
    assert written.startswith(team + "\r\n") and "\n" not in written.replace("\r\n", "")


def test_owners_names_an_owner_as_written_when_it_is_not_valid(run_cli, tmp_path: Path) -> None:
    # "@bob." is no handle (lint says so); the report said "owner '(no owner)'".
    write_tree(tmp_path, {"sop/phone/a.md": example("en", owner="'@bob.'")})
    result = run_cli("owners")
    assert "sop/phone/a.md: owner '@bob.' names no GitHub user or team" in result.output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("kind", ["dangling link", "device link", "pipe"])
def test_owners_writes_no_codeowners_through_a_link_or_into_a_pipe(
    run_cli, tmp_path: Path, kind: str
) -> None:
    """A dangling link was written through (outside the project); a pipe hung owners."""
    write_tree(tmp_path, {"sop/phone/a.md": example("en", owner="Lead @northwind/phone")})
    target = tmp_path / ".github/CODEOWNERS"
    target.parent.mkdir()
    outside = tmp_path.parent / f"{tmp_path.name}-outside"
    if kind == "dangling link":
        target.symlink_to(outside)
    elif kind == "device link":
        target.symlink_to("/dev/zero")
    else:
        os.mkfifo(target)
    for args in (["owners"], ["owners", "--check"]):
        result = run_cli(*args)
        assert result.exit_code == 2, result.output
        refusal = "leads outside the project" if kind.endswith("link") else "not a regular file"
        assert f".github/CODEOWNERS: {refusal}" in result.output
    assert not outside.exists()


def test_owners_follows_a_link_that_stays_in_the_project(run_cli, tmp_path: Path) -> None:
    """.github/CODEOWNERS -> ../docs/CODEOWNERS worked before links were checked: it stays."""
    write_tree(tmp_path, {"sop/phone/a.md": example("en", owner="Lead @northwind/phone"),
                          "docs/CODEOWNERS": "* @northwind/admins\n"})  # fmt: skip
    (tmp_path / ".github").mkdir()
    (tmp_path / ".github/CODEOWNERS").symlink_to("../docs/CODEOWNERS")
    assert run_cli("owners").exit_code == 0
    assert "/sop/phone/a.md @northwind/phone" in (tmp_path / "docs/CODEOWNERS").read_text()
    assert run_cli("owners", "--check").exit_code == 0
    # a folder link that leads out of the project is refused as well
    (tmp_path / ".github/CODEOWNERS").unlink()
    (tmp_path / ".github").rmdir()
    outside = tmp_path.parent / f"{tmp_path.name}-out"
    outside.mkdir()
    (tmp_path / ".github").symlink_to(outside)
    result = run_cli("owners")
    assert result.exit_code == 2 and "leads outside the project" in result.output
    assert not (outside / "CODEOWNERS").exists()


def _with_title(title: str) -> list[str]:
    args = list(NEW)
    args[args.index("--title") + 1] = title
    return args


def test_titles_in_other_scripts_get_names_of_their_own(run_cli, tmp_path: Path) -> None:
    """Every Cyrillic or CJK title became sop.md, and the second one failed."""
    for title in ("Ответ на звонок", "Обратный звонок", "电话"):
        result = run_cli(*_with_title(title))
        assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (tmp_path / "sop/phone").iterdir())
    assert len(names) == 3 and all(n.startswith("sop-") for n in names), names
    again = run_cli(*_with_title("电话"))
    assert again.exit_code == 2 and "exists already" in again.output  # a refusal, not findings


def test_new_folds_compatibility_characters_and_accents_into_the_name(run_cli) -> None:
    from sopkit.scaffold import slugify

    assert slugify("Ünïcödé ＡＢＣ ﬁle") == "uenicoede-abc-file"  # was "uen-coede-le"
    assert slugify("Café crème") == "cafe-creme"
    # another script beside Latin letters: both "vip.md" before
    first, second = slugify("Обработка жалоб (VIP)"), slugify("Приём звонков (VIP)")
    assert first.startswith("vip-") and second.startswith("vip-") and first != second


def test_a_sitemap_in_the_project_folder_is_no_built_site(run_cli, tmp_path: Path) -> None:
    """A GitHub Pages repository keeps sitemap.xml at its root: every --dir was refused."""
    write_tree(tmp_path, {"sitemap.xml": "<urlset/>\n"})
    result = run_cli(*NEW, "--dir", "sop/phone")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("folder", ["sop/.drafts", "site/phone"])
def test_new_refuses_a_folder_lint_skips_or_the_build_replaces(
    run_cli, tmp_path: Path, folder: str
) -> None:
    write_tree(tmp_path, {"site/sitemap.xml": "<urlset/>\n"})  # a built site
    result = run_cli(*NEW, "--dir", folder)
    assert result.exit_code == 2, result.output
    assert ("hidden folder" if ".drafts" in folder else "is a built site") in result.output
    assert not (tmp_path / folder).exists()
