"""`sopkit build`, `mkdocs build` and `sopkit export` on real projects, end to end."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sopkit.lint.examples import example
from tests.conftest import REPO, write_tree
from tests.site.conftest import copy_project

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_COLOR": "1"}


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True, env=ENV
    )


def test_sopkit_build_builds_the_sample_strictly(project: Path) -> None:
    done = run(["sopkit", "build", "--strict"], project)
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"Built \d+ pages \(25 SOPs, 0 findings\)", done.stdout)
    site = project / "site"
    page = (site / "phone/answer-inbound-calls/index.html").read_text(encoding="utf-8")
    assert 'class="sop-card"' in page
    assert "80% of calls answered within 20 seconds" in page
    assert 'class="sop-body"' in page and "<ol>" in page
    assert "📞" in page and "Contact Centre Lead" in page
    german = (site / "phone/rueckrufbitten-bearbeiten/index.html").read_text(encoding="utf-8")
    assert "innerhalb von 4 Stunden" in german and "Verantwortlich" in german
    catalogue = (site / "catalogue/index.html").read_text(encoding="utf-8")
    assert catalogue.count("<tr") == 26  # header + 25 SOPs
    assert "sop-sortable" in catalogue
    for listing in ("catalogue", "reviews", "touchpoints/phone", "locations/london"):
        html = (site / listing / "index.html").read_text(encoding="utf-8")
        assert "<table>" in html or "sop-location-list" in html
        assert "sopkit-slot" not in html and "sopkit:html" not in html
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "25 standards by touchpoint" in home and "Northwind Stores service standards" in home
    for page_dir in ("touchpoints/phone", "owners/contact-centre-lead", "conflicts"):
        assert (site / page_dir / "index.html").is_file()
    assert (site / "assets/sopkit.css").is_file() and (site / "assets/sopkit.js").is_file()
    assert "@media print" in (site / "assets/sopkit.css").read_text(encoding="utf-8")


def test_plain_mkdocs_build_works_through_the_plugin(project: Path) -> None:
    done = run(["mkdocs", "build", "--strict"], project)
    assert done.returncode == 0, done.stderr
    assert 'class="sop-card"' in (project / "site/chat/chat-greeting/index.html").read_text()


def test_lint_errors_stop_the_build_and_keep_the_last_good_site(project: Path) -> None:
    assert run(["sopkit", "build"], project).returncode == 0
    before = (project / "site/index.html").read_text(encoding="utf-8")
    write_tree(project, {"sop/phone/bad.md": example("en", metric="Answer quickly")})
    done = run(["sopkit", "build"], project)
    assert done.returncode == 1
    assert "sop/phone/bad.md" in done.stderr and "SOP101" in done.stderr
    assert "the site was not built" in done.stderr
    assert (project / "site/index.html").read_text(encoding="utf-8") == before
    assert not (project / ".site.building").exists()
    assert not (project / "site/phone/bad").exists()


@pytest.mark.parametrize("folder", ["site", "node_modules", "venv"])
def test_sops_in_folders_named_like_build_output_are_linted_and_carded(
    project: Path, folder: str
) -> None:
    """MkDocs publishes every folder of the SOP folder but hidden ones: lint reads them too."""
    write_tree(project, {f"sop/{folder}/vague.md": example("en", metric="Answer quickly")})
    done = run(["sopkit", "build"], project)
    assert done.returncode == 1 and f"sop/{folder}/vague.md" in done.stderr, done.stderr
    write_tree(project, {f"sop/{folder}/vague.md": example("en", title="Kept in a build folder")})
    done = run(["sopkit", "build"], project)
    assert done.returncode == 0, done.stderr
    page = (project / f"site/{folder}/vague/index.html").read_text(encoding="utf-8")
    assert 'class="sop-card"' in page
    assert "Kept in a build folder" in (project / "site/catalogue/index.html").read_text()


def test_lint_of_the_project_folder_skips_build_output_outside_the_sop_folder(
    project: Path,
) -> None:
    write_tree(project, {"node_modules/pkg/CHANGELOG.md": "# Changes\n\nFixed quickly.\n"})
    assert run(["sopkit", "build"], project).returncode == 0
    done = run(["sopkit", "lint", "."], project)
    assert done.returncode == 0, done.stdout
    assert "node_modules" not in done.stdout and "site/" not in done.stdout


def test_a_local_section_shows_on_its_location_only(project: Path) -> None:
    """The sample's London-only "Tourist questions" is not on the standard Manchester reads."""
    done = run(["sopkit", "build"], project)
    assert done.returncode == 0, done.stderr
    site = project / "site"
    standard = (site / "in-person/greet-store-visitors/index.html").read_text(encoding="utf-8")
    london = (site / "locations/london/greet-store-visitors/index.html").read_text(encoding="utf-8")
    assert "Tourist questions" not in standard and "tax-free" not in standard
    assert "Tourist questions" in london and "tax-free" in london
    assert "Make eye contact with each visitor" in standard  # the steps stay
    done = run(["sopkit", "export", "plain"], project)
    assert done.returncode == 0, done.stderr
    exported = (project / "plain/in-person/greet-store-visitors.md").read_text(encoding="utf-8")
    assert "Tourist questions" not in exported and "sopkit:location" not in exported


def test_sops_with_windows_line_ends_render_like_any_other(project: Path) -> None:
    text = example("en", title="Answer calls on Windows").replace("\n", "\r\n")
    write_tree(project, {"sop/phone/crlf.md": text.encode("utf-8")})
    assert run(["sopkit", "build", "--strict"], project).returncode == 0
    page = (project / "site/phone/crlf/index.html").read_text(encoding="utf-8")
    assert '<h1 id="sopkit-title">Answer calls on Windows</h1>' in page and "\r" not in page
    assert "owner:" not in page  # the front matter was read as front matter
    assert 'class="sop-card"' in page and page.count("<li>") >= 2


def test_lint_warnings_are_shown_and_fail_only_strict_builds(project: Path) -> None:
    write_tree(project, {"sop/phone/odd.md": example("en", ownr="x", title="Odd keys")})
    done = run(["sopkit", "build"], project)
    assert done.returncode == 0
    assert "unknown key 'ownr'" in done.stderr
    assert run(["sopkit", "build", "--strict"], project).returncode == 1


def test_build_without_mkdocs_yml_exits_2_and_shows_one_that_builds(tmp_path: Path) -> None:
    write_tree(tmp_path, {"sop/phone/answer.md": example("en")})
    for command in ("build", "serve"):
        done = run(["sopkit", command], tmp_path)
        assert done.returncode == 2
        assert "needs an mkdocs.yml" in done.stderr and "--config-file" in done.stderr
    shown = done.stderr.split("is:\n\n", 1)[1]
    (tmp_path / "mkdocs.yml").write_text(textwrap.dedent(shown), encoding="utf-8")
    built = run(["sopkit", "build", "--strict"], tmp_path)
    assert built.returncode == 0, built.stderr
    assert "material" in (tmp_path / "site/phone/answer/index.html").read_text(encoding="utf-8")


_BROKEN_CONFIGS = {
    "a single number": ("42\n", "holds the single value '42', not settings"),
    "a single true": ("true\n", "holds the single value 'true', not settings"),
    "a MkDocs value": ("site_name: x\ndocs_dir: /nonexistent\n", "isn't an existing directory"),
    "a plugin option's type": (
        "site_name: x\ndocs_dir: sop\nplugins:\n  - sopkit:\n      cache_dir: 5\n",
        "mkdocs.yml:5: sopkit setting 'cache_dir': must be a folder path, got 5",
    ),
    "a setting's type": (
        "site_name: x\ndocs_dir: sop\nplugins:\n  - sopkit:\n      touchpoints: phone\n",
        "mkdocs.yml:5: sopkit setting 'touchpoints': must be a non-empty list",
    ),
    "an unknown option": (
        "site_name: x\ndocs_dir: sop\nplugins:\n  - sopkit:\n      compact_nv: true\n",
        "mkdocs.yml:5: sopkit setting 'compact_nv': unknown setting; did you mean 'compact_nav'?",
    ),
    "an unknown search engine": (
        "site_name: x\ndocs_dir: sop\nplugins:\n  - sopkit:\n      search_engine: lunr\n",
        "mkdocs.yml:5: sopkit setting 'search_engine': must be pagefind or material, got 'lunr'",
    ),
    "a sopkit setting": (
        "site_name: x\ndocs_dir: sop\nplugins:\n  - sopkit:\n      timezone: Mars/Olympus\n",
        "mkdocs.yml:5: sopkit setting 'timezone': unknown time zone",
    ),
    # MkDocs' merge crashed on it (TypeError, exit 3); lint already said it
    "an INHERIT file of one string": (
        "INHERIT: parent.yml\nsite_name: x\ndocs_dir: sop\nplugins:\n  - sopkit\n",
        "parent.yml: expected a mapping of MkDocs settings",
    ),
    "an INHERIT file of a list": (
        "INHERIT: list.yml\nsite_name: x\ndocs_dir: sop\nplugins:\n  - sopkit\n",
        "list.yml: expected a mapping of MkDocs settings",
    ),
    # MkDocs read it as unset and built with the default; lint refused it
    "a setting of an unset !ENV variable": (
        "site_name: x\ndocs_dir: sop\nplugins:\n  - sopkit:\n"
        "      default_lang: !ENV SOPKIT_NEVER_SET_IN_TESTS\n",
        "mkdocs.yml:5: sopkit setting 'default_lang': no value: give it one",
    ),
    "the cache inside the SOPs": (
        "site_name: x\ndocs_dir: sop\nplugins:\n  - sopkit:\n      cache_dir: sop/cache\n",
        "is inside docs_dir",
    ),
    # "cache_dir: /etc" put six folders of sopkit's among the system's files
    "the cache in a folder of the user's": (
        "site_name: x\ndocs_dir: sop\nplugins:\n  - sopkit:\n      cache_dir: .\n",
        "mkdocs.yml:5: sopkit setting 'cache_dir': ",
    ),
    # Material's search plugin failed on it before sopkit's (TemplateNotFound, exit 3)
    "a theme language Material lacks": (
        "site_name: x\ndocs_dir: sop\ntheme:\n  name: material\n  language: dee\n"
        "plugins:\n  - search\n  - sopkit\n",
        "mkdocs.yml: theme.language 'dee': Material for MkDocs has no such language; did you "
        "mean 'de'?",
    ),
    # Material writes them into every page's links: '"><script>' ran on all of them
    "markup in repo_url": (
        "site_name: x\ndocs_dir: sop\nrepo_url: 'https://example.com/\"><script>alert(1)"
        "</script>'\nplugins:\n  - sopkit\n",
        "mkdocs.yml: repo_url holds '\"', which no web address holds",
    ),
    # Material writes them into every page as they are: "</title><script>" ran on all
    "markup in site_name": (
        "site_name: 'KB</title><script>alert(1)</script>'\ndocs_dir: sop\nplugins:\n  - sopkit\n",
        "mkdocs.yml: site_name holds '<', which the theme writes into every page as it is",
    ),
    "a quote in site_description": (
        "site_name: x\nsite_description: 'a\" onmouseover=\"alert(1)'\ndocs_dir: sop\n"
        "plugins:\n  - sopkit\n",
        "mkdocs.yml: site_description holds '\"', which the theme writes into every page",
    ),
    # lint refused it; the build used mkdocs.yml and ignored [tool.sopkit]
    "settings in pyproject.toml too": (
        "site_name: x\ndocs_dir: sop\nplugins:\n  - sopkit\n",
        "pyproject.toml:1: sopkit is configured in both mkdocs.yml (plugins: sopkit) and",
    ),
}


@pytest.mark.parametrize("broken", list(_BROKEN_CONFIGS))
def test_a_broken_configuration_exits_2_with_what_to_fix(project: Path, broken: str) -> None:
    """2 is "sopkit cannot run" (bad configuration); 1 would say the SOPs have errors."""
    content, expected = _BROKEN_CONFIGS[broken]
    (project / "mkdocs.yml").write_text(content, encoding="utf-8")
    if "pyproject" in broken:
        (project / "pyproject.toml").write_text('[tool.sopkit]\ndefault_lang = "de"\n')
    (project / "parent.yml").write_text("just a string\n", encoding="utf-8")
    (project / "list.yml").write_text("[a, b]\n", encoding="utf-8")
    env = {**ENV, "XDG_CACHE_HOME": str(project.parent / "cache")}
    for command in (["build"], ["serve", "-a", "127.0.0.1:0"]):
        done = subprocess.run(
            [sys.executable, "-m", "sopkit", *command],
            cwd=project, capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        assert done.returncode == 2, (command, done.stderr)
        assert expected in done.stderr
        assert "bug in sopkit" not in done.stderr and "Traceback" not in done.stderr
    assert not (project / "site").exists() and not (project / "sop" / "cache").exists()


def test_sop_pages_do_not_grow_with_the_number_of_sops(tmp_path: Path) -> None:
    """A full sidebar would repeat every SOP on every page: size must stay linear."""
    sizes = {}
    for count in (5, 60):
        project = copy_project(tmp_path / f"kb{count}", sop=False)
        for i in range(count):
            text = example("en", title=f"Answer calls {i}").replace(
                "Answer the call", f"Answer call type {i}"
            )
            write_tree(project, {f"sop/phone/answer-{i}.md": text})
        assert run(["sopkit", "build"], project).returncode == 0
        sizes[count] = len((project / "site/phone/answer-0/index.html").read_bytes())
    assert sizes[60] < sizes[5] * 1.02


def material_search(project: Path) -> None:
    """Keep Material's search index as its plugin wrote it: sopkit's engine indexes it."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    engine = "  - sopkit:\n      search_engine: material\n"
    config.write_text(text.replace("  - sopkit:\n", engine, 1))


def test_generated_pages_are_left_out_of_search(project: Path) -> None:
    material_search(project)
    assert run(["sopkit", "build"], project).returncode == 0
    index = json.loads((project / "site/search/search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert "phone/answer-inbound-calls/" in locations
    assert not {"catalogue/", "touchpoints/phone/", "owners/"} & locations
    assert index["config"]["lang"] == ["en", "de", "nl"]


def test_search_indexes_title_metric_and_body_but_not_the_rest_of_the_card(
    project: Path,
) -> None:
    write_tree(project, {"sop/phone/faster.md": example("en", title="Answer calls faster",
               metric="90% of calls answered within 20 seconds")})  # fmt: skip
    material_search(project)
    assert run(["sopkit", "build"], project).returncode == 0
    index = json.loads((project / "site/search/search_index.json").read_text(encoding="utf-8"))
    entries = [d for d in index["docs"] if d["location"].startswith("phone/answer-inbound-calls/")]
    text = " ".join(d["text"] for d in entries)
    assert entries[0]["title"] == "Answer inbound calls"
    assert "80% of calls answered within 20 seconds" in entries[0]["text"]  # the metric
    assert "<ol>" in text  # the steps
    assert "Differs from" not in text and "Answer calls faster" not in text  # conflict note
    assert "Contact Centre Lead" not in text  # card facts
    page = (project / "site/phone/answer-inbound-calls/index.html").read_text(encoding="utf-8")
    assert page.count("80% of calls answered within 20 seconds") == 1
    assert "sop-card__facts" in page and "Differs from" in page and "Answer calls faster" in page
    assert page.index("sop-card__metric") < page.index("sop-card__facts")


def test_export_writes_a_plain_docs_tree(project: Path) -> None:
    done = run(["sopkit", "export", "../plain"], project)
    assert done.returncode == 0, done.stderr
    plain = project.parent / "plain"
    page = (plain / "phone/answer-inbound-calls.md").read_text(encoding="utf-8")
    assert page.startswith("---\ntitle: Answer inbound calls")
    assert 'class="sop-card"' in page
    assert (plain / "catalogue.md").is_file() and (plain / "touchpoints/phone.md").is_file()
    assert "25 standards by touchpoint" in (plain / "index.md").read_text(encoding="utf-8")
    assert "sop-card" not in (project / "sop/phone/answer-inbound-calls.md").read_text()


def test_export_refuses_to_write_into_the_sop_folder(project: Path) -> None:
    done = run(["sopkit", "export", "sop/out"], project)
    assert done.returncode == 2
    assert "lies inside the SOP folder" in done.stderr


def test_build_from_a_folder_of_the_project_finds_its_mkdocs_yml(project: Path) -> None:
    """Lint found the configuration from `cd sop`; build told the user to create one there."""
    done = run(["sopkit", "build"], project / "sop")
    assert done.returncode == 0, done.stderr
    assert f"Using {project / 'mkdocs.yml'}" in done.stderr
    assert (project / "site/index.html").is_file() and not (project / "sop/site").exists()


def test_build_without_the_plugin_publishes_nothing(tmp_path: Path) -> None:
    """MkDocs alone published SOPs with lint errors and exit 0."""
    shutil.copytree(REPO / "sop", tmp_path / "sop")
    (tmp_path / "sop/phone/bad.md").write_text(
        "---\ntitle: Bad\nowner: x\ntouchpoint: phone\nmetric: answer quickly\n---\n"
    )
    (tmp_path / "mkdocs.yml").write_text("site_name: T\ndocs_dir: sop\ntheme: material\n")
    for command in (["build"], ["serve", "-a", "127.0.0.1:0"]):
        done = run(["sopkit", *command], tmp_path)
        assert done.returncode == 2, done.stderr
        assert "the sopkit plugin is not in plugins" in done.stderr
    assert not (tmp_path / "site").exists()


def test_the_core_does_not_import_mkdocs() -> None:
    code = (
        "import sys, sopkit.cli, sopkit.lint, sopkit.site.pages, sopkit.site.knowledge_base;"
        "assert not [m for m in sys.modules if m.split('.')[0] in ('mkdocs', 'material')]"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_build_process_leaves_the_rules_to_the_lint_process() -> None:
    """The plugin reads SOPs while lint runs elsewhere: importing every rule would stall it."""
    code = (
        "import sys, pickle, sopkit.cli, sopkit.plugin.plugin, sopkit.site.build;"
        "from sopkit.lint import LintResult; pickle.loads(pickle.dumps(LintResult()));"
        "heavy = [m for m in sys.modules if m.startswith(('sopkit.lint.engine',"
        " 'sopkit.lint.registry', 'sopkit.lint.rules', 'markdown_it'))];"
        "assert not heavy, heavy"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("metrics", "conflicts"),
    [
        (["80% of calls answered within 20 seconds", "90% of calls answered within 20 seconds"], 1),
        (["80% of calls answered within 20 seconds", "80% of calls answered within 30 seconds"], 1),
        (["80% of calls answered within 20 seconds", "80% of calls answered within 20 seconds"], 0),
        (
            ["80% of calls answered within 20 seconds", "80% of emails answered within 20 seconds"],
            0,
        ),
    ],
)
def test_conflicting_standards_are_flagged(
    tmp_path: Path, metrics: list[str], conflicts: int
) -> None:
    from sopkit.config import Settings
    from sopkit.site.knowledge_base import load_knowledge_base

    for i, metric in enumerate(metrics):
        timeframe = metric.rsplit("within ", 1)[1]
        write_tree(tmp_path, {f"sop/s{i}.md": example("en", metric=metric, timeframe=timeframe)})
    kb = load_knowledge_base(Settings(root=tmp_path), tmp_path / "sop")
    assert len(kb.pages.conflicts) == conflicts
    if conflicts:
        note = kb.pages.sop_markdown("s0.md", "1. Step\n")
        assert '<p class="admonition-title">Differs from</p>' in note
        assert 'href="../s1/"' in note
        assert "calls answered" in kb.pages.pages()["conflicts.md"]


def test_repository_mkdocs_yml_is_the_sample() -> None:
    assert "docs_dir: sop" in (REPO / "mkdocs.yml").read_text(encoding="utf-8")


def test_plugin_accepts_every_setting_of_tool_sopkit() -> None:
    from sopkit.config import KNOWN_KEYS
    from sopkit.plugin.config import SopPluginConfig

    options = {name for name, _ in SopPluginConfig._schema}
    assert set(KNOWN_KEYS) - {"sop_dir"} <= options  # sop_dir is MkDocs' docs_dir there


def test_location_urls_without_a_page_redirect_through_404_or_files(project: Path) -> None:
    assert run(["sopkit", "build"], project).returncode == 0
    site = project / "site"
    assert (site / "locations/amsterdam/refund-request-emails/index.html").is_file()  # differs
    assert not (site / "locations/berlin/answer-inbound-calls").exists()  # the 404 page redirects
    sops = json.loads((site / "assets/sopkit-sops.json").read_text(encoding="utf-8"))
    assert sops["answer-inbound-calls"]["url"] == "phone/answer-inbound-calls/"
    assert sops["greet-store-visitors"]["locations"] == ["london", "manchester"]
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        config.replace("  - sopkit:\n", "  - sopkit:\n      location_redirect_files: true\n")
    )
    assert run(["sopkit", "build"], project).returncode == 0
    stub = (site / "locations/berlin/answer-inbound-calls/index.html").read_text(encoding="utf-8")
    assert "url=../../../phone/answer-inbound-calls/" in stub
    assert not (site / "locations/berlin/greet-store-visitors").exists()  # not a Berlin SOP


def test_the_readme_shows_the_smallest_mkdocs_yml_that_sopkit_prints() -> None:
    from sopkit.cli import MINIMAL_MKDOCS_YML

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    shown = readme.split("The smallest `mkdocs.yml`", 1)[1].split("```yaml\n", 1)[1]
    assert shown.split("```", 1)[0] == MINIMAL_MKDOCS_YML


def test_the_build_line_counts_in_words() -> None:
    from sopkit.site.build import BuildSummary

    one = BuildSummary(Path("site"), pages=1, sops=1, findings=1, seconds=0.2).line()
    assert one.startswith("Built 1 page (1 SOP, 1 finding) into site")
    many = BuildSummary(Path("site"), pages=62, sops=25, findings=0, seconds=0.2).line()
    assert many.startswith("Built 62 pages (25 SOPs, 0 findings) into site")


def test_sop_titles_on_generated_pages_declare_their_language(project: Path) -> None:
    """A screen reader reads "Rückrufbitten bearbeiten" with a German voice everywhere."""
    assert run(["sopkit", "build"], project).returncode == 0
    for page in ("reviews", "locations/berlin", "catalogue", "touchpoints/in-person"):
        html = (project / "site" / page / "index.html").read_text(encoding="utf-8")
        found = re.findall(r'<a href="[^"]*ruecknahme-an-der-kasse/"([^>]*)>', html)
        assert found and all('lang="de"' in attributes for attributes in found), (page, found)


def test_skip_to_content_leads_to_the_title(project: Path) -> None:
    """Material's skip link goes to the first contents entry: the title, also an SOP's own."""
    body = "# Our own title\n\n## Steps\n\n1. Answer the call.\n2. Note the reason.\n"
    write_tree(project, {"sop/phone/own.md": example("en", body=body)})
    assert run(["sopkit", "build"], project).returncode == 0
    site = project / "site"
    page = (site / "phone/answer-inbound-calls/index.html").read_text(encoding="utf-8")
    assert '<a href="#sopkit-title" class="md-skip">' in page
    assert page.count("<h1") == 1 and '<h1 id="sopkit-title">' in page
    own = (site / "phone/own/index.html").read_text(encoding="utf-8")
    assert '<a href="#our-own-title" class="md-skip">' in own
    assert "sopkit-title" not in own and own.count("<h1") == 1


def test_a_theme_with_its_own_language_partial_decides_its_languages(tmp_path: Path) -> None:
    """`language: fy` with an override of partials/language.html builds in Material."""
    from mkdocs.config import load_config

    from sopkit.plugin.plugin import refuse_unknown_theme_language

    write_tree(tmp_path, {
        "sop/index.md": "# Home\n",
        "overrides/partials/language.html": '{% import "partials/languages/nl.html" as lang %}\n',
        "mkdocs.yml": "site_name: x\ndocs_dir: sop\ntheme:\n  name: material\n  language: fy\n"
                      "  custom_dir: overrides\n",
    })  # fmt: skip
    refuse_unknown_theme_language(load_config(str(tmp_path / "mkdocs.yml")))  # no refusal


def test_plain_mkdocs_build_refuses_a_key_given_twice(tmp_path: Path) -> None:
    """MkDocs keeps the last of two `rules:` without a word; the plugin says so."""
    shutil.copytree(REPO / "sop", tmp_path / "sop")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\ndocs_dir: sop\ntheme: material\nplugins:\n  - search\n  - sopkit:\n"
        "      rules: {SOP303: warning}\n      rules: {SOP301: 'off'}\n"
    )
    done = run(["mkdocs", "build"], tmp_path)
    assert done.returncode == 1, done.stderr
    assert "mkdocs.yml:8: 'plugins.sopkit.rules' is given twice (first on line 7)" in done.stderr
    assert not (tmp_path / "site").exists()


def test_markup_too_deep_to_render_stops_the_build_with_the_page_and_the_fix(
    tmp_path: Path,
) -> None:
    """Emphasis inside emphasis 1,200 levels deep (7 KB) passes lint, and Python-Markdown
    stops with a recursion error: that was exit 3, "a bug in sopkit"."""
    project = copy_project(tmp_path / "kb")
    body = "*a _b " * 600 + "c" + "_ b* a" * 600 + "\n\n## Steps\n\n1. Answer the call.\n"
    write_tree(project / "sop", {"phone/deep.md": example("en", body=body)})
    done = subprocess.run(
        [sys.executable, "-m", "sopkit", "build"], cwd=project, capture_output=True, text=True,
        env={**ENV, "XDG_CACHE_HOME": str(tmp_path / "cache")}, timeout=300,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "Error reading page 'phone/deep.md'" in done.stderr
    assert "a page nests its Markdown too deep to render" in done.stderr
    assert "bug in sopkit" not in done.stderr and "Traceback" not in done.stderr
    assert not (project / "site").exists()


def test_a_project_folder_whose_name_is_not_utf8_builds(tmp_path: Path) -> None:
    """Pagefind panicked on the folder's name in its arguments and in $PWD: exit 3."""
    import shutil

    from tests.site.conftest import copy_project

    project = copy_project(tmp_path / "kb")
    moved = tmp_path / os.fsdecode(b"caf\xe9")
    shutil.move(project, moved)
    done = subprocess.run(
        [sys.executable, "-m", "sopkit", "build"], cwd=moved, capture_output=True,
        env={**ENV, "PWD": os.fsdecode(os.fsencode(moved))},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert (moved / "site/pagefind/pagefind-entry.json").is_file()
