"""Fuzz every input sopkit reads: no traceback, documented exit codes, every bad file reported.

Hypothesis draws front matter (YAML-ish text, tags, aliases, huge numbers, dates),
bodies, ``locations.yml``, plugin options in ``mkdocs.yml`` and git histories with
control bytes, and runs them through the real ``lint_paths``, the real ``sopkit
lint`` and the real git reader. The budget is fixed and the run derandomized, so CI
repeats the same examples in about half a minute.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopkit.cli import cli
from sopkit.config import Settings
from sopkit.lint import lint_paths
from sopkit.lint.examples import example

BUDGET = settings(
    max_examples=100,
    deadline=5000,  # ms per example: a hang or a quadratic blow-up fails here
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,
)
#: Seconds one example may take, measured around the real command.
SECONDS = 5.0
GOOD = example("en")

_SCALARS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "2021-02-30",
            "9999-12-31",
            "!!timestamp x",
            "!!python/object:os.system x",
            "!!binary @@",
            "!!float x",
            "!!int x",
            "!!set {a: 1}",
            "!!omap [1]",
            "&a [1]",
            "*a",
            "*nowhere",
            "9" * 5000,
            "-.inf",
            ".nan",
            "0x_",
            "~",
            "[",
            "{",
            "'",
            '"',
            "99999999999 years",
            "P99999999999Y",
            "1e999",
            "[[metric]]",
            "{1: a}",
            "{last: 9999-12-31}",
            "\x1e\x1f",
            "<script>alert(1)</script>",
            "a: b: c",
        ]
    ),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
)
_KEYS = st.sampled_from(
    ["title", "owner", "touchpoint", "metric", "timeframe", "lang", "id", "tags", "review",
     "changes", "locations", "variants", "variant_fields", "sop", "x", "1", "? [a]"]
)  # fmt: skip


@st.composite
def _front_matter(draw: st.DrawFn) -> str:
    lines = [f"{draw(_KEYS)}: {draw(_SCALARS)}" for _ in range(draw(st.integers(0, 6)))]
    lines += draw(st.lists(st.text(max_size=20), max_size=2))
    return "\n".join(lines)


_BODY_UNITS = st.sampled_from(
    ["x. ", "e.g. ", "<!--", "<a", "](", "„", "«", "‘", "“", "'", "`", "[", "![", "wird ",
     "1. ", "# ", "| a |", "\n", " ", "word ", "-->", ">", ")", "\x00", "\ufeff"]
)  # fmt: skip


@st.composite
def _body(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(_BODY_UNITS, st.integers(1, 400)), max_size=6))
    return "".join(unit * count for unit, count in parts) + draw(st.text(max_size=40))


@contextmanager
def _project(files: dict[str, str | bytes]) -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="sopkit-fuzz-"))
    try:
        for name, content in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8", errors="surrogatepass")
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _sopkit_lint(root: Path) -> tuple[int, str]:
    """``sopkit lint`` in ``root`` through the real command group."""
    cwd = Path.cwd()
    os.chdir(root)
    try:
        start = time.perf_counter()
        result = CliRunner().invoke(cli, ["lint", "--no-color"], catch_exceptions=True)
        assert time.perf_counter() - start < SECONDS
    finally:
        os.chdir(cwd)
    output = result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), output
    assert "Traceback" not in output, output
    assert "please report it" not in output, output
    return result.exit_code, output


def _assert_findings_located(root: Path) -> None:
    """Every finding names a file under ``sop/`` and a line; broken files are reported."""
    result = lint_paths([root / "sop"], Settings(root=root), jobs=1, cwd=root)
    for finding in result.findings:
        assert finding.path.startswith("sop/"), finding
        assert finding.line >= 1, finding
        assert "could not check this file" not in finding.message, finding


@BUDGET
@given(front=_front_matter(), body=_body())
def test_front_matter_and_body(front: str, body: str) -> None:
    text = f"---\n{front}\n---\n{body}\n"
    with _project({"sop/good.md": GOOD, "sop/fuzz.md": text}) as root:
        code, output = _sopkit_lint(root)
        assert code in (0, 1), output
        _assert_findings_located(root)
        broken = code == 1 and "sop/fuzz.md" in output
        assert code == 0 or broken, output  # the good file never fails


@BUDGET
@given(data=st.binary(max_size=300))
def test_any_bytes_as_an_sop(data: bytes) -> None:
    with _project({"sop/fuzz.md": data}) as root:
        code, output = _sopkit_lint(root)
        assert code in (0, 1), output
        _assert_findings_located(root)


@st.composite
def _locations(draw: st.DrawFn) -> str:
    entries = []
    for _ in range(draw(st.integers(0, 3))):
        pairs = [
            f"{draw(st.sampled_from(['id', 'name', 'lang', 'timezone', 'hours', 'contact', 'x']))}"
            f": {draw(_SCALARS)}"
            for _ in range(draw(st.integers(0, 4)))
        ]
        entries.append("  - " + ("\n    ".join(pairs) if pairs else "{}"))
    return "locations:\n" + "\n".join(entries) + "\n" + draw(st.text(max_size=20))


@BUDGET
@given(registry=_locations())
def test_locations_registry(registry: str) -> None:
    with _project({"sop/good.md": GOOD, "sop/locations.yml": registry}) as root:
        code, output = _sopkit_lint(root)
        assert code in (0, 1), output
        if code == 1:
            assert "locations.yml" in output or "sop/good.md" in output, output


_PLUGIN_KEYS = st.sampled_from(
    ["enabled", "cache_dir", "raw_html", "compact_nav", "location_redirect_files", "cache",
     "timezone", "variant_fields", "review_grace", "review_interval", "max_file_size",
     "default_lang", "touchpoints", "rules", "vague_terms", "unknown"]
)  # fmt: skip


@BUDGET
@given(options=st.lists(st.tuples(_PLUGIN_KEYS, _SCALARS), max_size=4), toml=st.booleans())
def test_settings_in_mkdocs_yml_and_pyproject(options: list[tuple[str, str]], toml: bool) -> None:
    if toml:
        lines = "".join(f"{key} = {value!r}\n" for key, value in dict(options).items())
        config = {"pyproject.toml": f"[tool.sopkit]\n{lines}"}
    else:
        lines = "".join(f"      {key}: {value}\n" for key, value in options)
        config = {"mkdocs.yml": f"site_name: x\ndocs_dir: sop\nplugins:\n  - sopkit:\n{lines}"}
    with _project({"sop/good.md": GOOD, **config}) as root:
        code, output = _sopkit_lint(root)
        assert code in (0, 1, 2), output
        if code == 2:
            name = "pyproject.toml" if toml else "mkdocs.yml"
            assert name in output and "Error:" in output, output


_MESSAGE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=60,
)


@settings(BUDGET, max_examples=10, deadline=20000)
@given(commits=st.lists(st.tuples(_MESSAGE, _MESSAGE), min_size=1, max_size=3))
def test_git_history_with_any_message_and_author(commits: list[tuple[str, str]]) -> None:
    from sopkit.history.changes import history_from_git

    with _project({}) as root:
        env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}

        def git(*args: str) -> None:
            done = subprocess.run(["git", *args], cwd=root, capture_output=True, env=env)
            assert done.returncode == 0, done.stderr

        git("init", "-q", "-b", "main")
        for number, (message, author) in enumerate(commits):
            (root / "sop").mkdir(exist_ok=True)
            metric = f"{50 + number}% of calls answered within 20 seconds"
            (root / "sop" / "x.md").write_text(example("en", metric=metric), encoding="utf-8")
            git("add", "-A")
            git(
                "-c", f"user.name={author.strip() or 'a'}", "-c", "user.email=a@example.com",
                "commit", "-q", "--allow-empty-message", "-m", message,
            )  # fmt: skip
        history = history_from_git(root / "sop", Settings(root=root))
        assert len(history.changes) >= 1
