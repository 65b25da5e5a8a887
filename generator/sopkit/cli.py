"""The ``sopkit`` command line: thin commands over the library.

Exit codes: 0 when no errors were found, 1 when errors were found, 2 when sopkit
cannot run (bad usage, bad configuration), 3 when sopkit itself failed (a bug:
please report it; SOPKIT_DEBUG=1 prints the traceback), 130 after Ctrl-C. A crash
never exits 1, so CI can tell a crash from a verdict.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import stat
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from sopkit import __version__
from sopkit.errors import SopkitError, environment_problem
from sopkit.terminal import plural


def _replace_what_the_output_cannot_encode() -> None:
    """Write "?" for a character the output's encoding lacks, instead of failing.

    A report redirected on Windows (cp1252) or under ``PYTHONIOENCODING=latin-1`` failed
    on "✔" with a UnicodeEncodeError: the verdict is worth more than the glyph.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
        if reconfigure is not None and encoding not in ("utf-8", "utf8"):
            with contextlib.suppress(ValueError, OSError):  # closed or detached: nothing to do
                reconfigure(errors="replace")


class _Group(click.Group):
    """Make usage errors exit 2, as documented, on every click version."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command; errors exit with sopkit's codes (always standalone)."""
        _replace_what_the_output_cannot_encode()
        try:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.Exit as exit_:
            sys.exit(exit_.exit_code)
        except click.ClickException as error:
            error.show()
            sys.exit(2 if isinstance(error, click.UsageError) else error.exit_code)
        except click.exceptions.Abort as abort:
            if isinstance(abort.__context__, KeyboardInterrupt):
                # exiting: another Ctrl-C must not cut this short with a traceback
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                click.echo(interrupted_message(), err=True)
                sys.exit(INTERRUPTED)
            click.echo("Aborted!", err=True)  # a question left without an answer
            sys.exit(2)
        except Exception as error:  # a bug in sopkit: never exit 1, which means "errors found"
            if os.environ.get("SOPKIT_DEBUG") == "1":
                traceback.print_exc()
            problem = environment_problem(error)
            if problem is not None:  # a full disk, a folder it may not write: not a bug
                click.echo(f"Error: {problem}", err=True)
                sys.exit(SopkitError.exit_code)
            summary = f"{type(error).__name__}: {error}"
            click.echo(
                f"sopkit failed unexpectedly ({summary[:200]}). This is a bug in sopkit: "
                "please report it with the command you ran; SOPKIT_DEBUG=1 shows the traceback.",
                err=True,
            )
            sys.exit(INTERNAL_ERROR)


def interrupted_message() -> str:
    """What Ctrl-C left: the output as it was before, or, once the new site or export was
    put in place (only the clean-up after it was cut short), the new one."""
    output = sys.modules.get("sopkit.site.output")  # not loaded: nothing was written
    published = output.published_in_this_run() if output is not None else ()
    if published:
        return (
            f"Interrupted: {published[-1]} was already written in full and is kept; only "
            "the clean-up after it was cut short."
        )
    if output is None:  # lint, new, owners: each writes its file at the end, if at all
        return "Interrupted: stopped before the end; nothing was written."
    return (
        "Interrupted: stopped before the end; a site or export being written was left as it "
        "was before."
    )


class _Refused(click.ClickException):
    """sopkit could not do it (exit 2, as for any refusal): 1 means findings."""

    exit_code = 2


#: The exit code of an unexpected internal error.
INTERNAL_ERROR = 3
#: The exit code after Ctrl-C (128 + SIGINT, as shells report it).
INTERRUPTED = 130


def _interactive() -> bool:
    """Whether to ask questions: only when a person is at the terminal."""
    return sys.stdin.isatty()


config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="mkdocs.yml or pyproject.toml to read settings from "
    "(default: whichever of them configures sopkit in the current folder or the nearest "
    "folder above it, within the git work tree).",
)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sopkit")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """sopkit: service standard operating procedures as code.

    \b
    Exit codes:
      0  no errors found
      1  errors found (lint findings, a failed check)
      2  sopkit cannot run: bad usage or configuration, or the
         machine's doing (a full disk, a folder it may not write)
      3  sopkit failed unexpectedly (a bug: please report it;
         SOPKIT_DEBUG=1 prints the traceback)
    130  interrupted (Ctrl-C); a site being written is left as it was

    \b
    Colour: only on a terminal. NO_COLOR=1 or TERM=dumb turns it off,
    FORCE_COLOR=1 turns it on anywhere; lint's --color/--no-color win.

    \b
    Shell completion (commands, options, values):
      bash  eval "$(_SOPKIT_COMPLETE=bash_source sopkit)"   in ~/.bashrc
      zsh   eval "$(_SOPKIT_COMPLETE=zsh_source sopkit)"    in ~/.zshrc
      fish  _SOPKIT_COMPLETE=fish_source sopkit > ~/.config/fish/completions/sopkit.fish
    """
    from sopkit.terminal import color_default

    ctx.color = color_default()  # None: click asks each stream whether it is a terminal


class _PathArgument(click.Path):
    """A path on the command line; an empty one ('', an unset shell variable) is a
    usage error, not the current folder, which it would otherwise be read as."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value == "":
            self.fail(
                "an empty path: name a file or folder, or give none to lint the SOP folder "
                "(is a shell variable unset?)",
                param,
                ctx,
            )
        return super().convert(value, param, ctx)


@cli.command()
@click.argument("paths", nargs=-1, type=_PathArgument(path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "github", "sarif", "markdown"]),
    default="text",
    show_default=True,
    help="text for people, json for tools, github for annotations, sarif for code scanning, "
    "markdown for a CI job summary.",
)
@click.option(
    "--baseline",
    "baseline_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Report only findings that are not recorded in this baseline file.",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Record today's findings in this file (then lint with --baseline) and exit 0.",
)
@click.option(
    "--prose-only",
    is_flag=True,
    help="Run only the wording rules, on any Markdown (for ordinary documentation pages).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to a file instead of standard output.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    help="Worker processes (default: all cores for large sets; at most 4 per core).",
)
@click.option(
    "--color/--no-color", default=None, help="Force or disable colour (default: on a terminal)."
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Check every file again instead of reusing kept results (~/.cache/sopkit/lint).",
)
@config_option
def lint(
    paths: tuple[Path, ...],
    output_format: str,
    prose_only: bool,
    output: Path | None,
    jobs: int | None,
    color: bool | None,
    config_file: Path | None,
    baseline_file: Path | None,
    write_baseline: Path | None,
    no_cache: bool,
) -> None:
    """Check SOPs for vague, unmeasurable or untimed standards and unclear wording.

    PATHS are files and folders; default: the configured SOP folder, else sop/.
    """
    from sopkit.config import load_settings
    from sopkit.lint import lint_paths
    from sopkit.lint.report import FORMATTERS

    settings = load_settings(config_file)
    targets = list(paths) or [settings.sop_path]
    if not paths and not settings.sop_path.exists() and not settings.sop_path.is_symlink():
        raise _Refused(  # a new repository: say where SOPs go, not only what is missing
            f"{settings.sop_path}: no such folder. Put your SOPs there (sopkit new writes the "
            "first one), or name their folder: docs_dir in mkdocs.yml, or sop_dir under "
            "[tool.sopkit] in pyproject.toml"
        )
    # "-o /dev/stdout": the stream itself, not the file it may be redirected to (opened
    # by name, that file was refused as a link, and truncated under ">>")
    stream = _STANDARD_STREAMS.get(str(output)) if output is not None else None
    if stream is not None:
        output = None
    for option, written in (("--output", output), ("--write-baseline", write_baseline)):
        if written is not None:
            _not_into_what_lint_reads(written, settings, targets, option)
            _not_over_the_setup(written, settings.source, option)
    if write_baseline is not None and write_baseline.exists():
        _only_over_a_baseline(write_baseline)
    if output is not None and (output.exists() or output.is_symlink()):
        _only_over_a_report(output)
    from sopkit.lint.cache import default_cache_dir

    cache = None if no_cache else default_cache_dir()
    result = lint_paths(targets, settings, prose_only=prose_only, jobs=jobs, cache=cache)
    if write_baseline is not None:
        from sopkit.lint.baseline import write_baseline as record

        count = record(result, write_baseline)
        click.echo(
            f"Recorded {plural(count, 'finding')} in {write_baseline}; lint with --baseline "
            f"{write_baseline}"
        )
        sys.exit(0)
    if baseline_file is not None:
        from sopkit.lint.baseline import apply_baseline, read_baseline

        recorded = read_baseline(baseline_file)
        result = apply_baseline(result, recorded)
        stale = sum(recorded.values()) - result.baselined
        # fixed findings, or files renamed or gone: said, not dropped silently; with some
        # files or the wording rules only, the others' entries match nothing by design
        if stale and not paths and not prose_only:
            entries = "1 entry matches" if stale == 1 else f"{stale} entries match"
            click.echo(
                f"note: {entries} no finding now in the baseline {baseline_file} (fixed, or "
                f"the file moved or is gone); sopkit lint --write-baseline {baseline_file} "
                "records the current findings",
                err=True,
            )
    report = FORMATTERS[output_format](result)
    if output is not None:
        output.write_text(click.unstyle(report) + "\n", encoding="utf-8")
        if output_format != "text":
            click.echo(FORMATTERS["text"](result).rsplit("\n", 1)[-1], err=True, color=color)
    elif stream is not None:
        click.echo(click.unstyle(report), err=stream == 2, color=False)
    else:
        click.echo(report, color=color if output_format == "text" else False)
    sys.exit(1 if result.failed else 0)


#: ``--output`` names for the standard streams, written as streams.
_STANDARD_STREAMS = {
    "/dev/stdout": 1, "/dev/stderr": 2, "/dev/fd/1": 1, "/dev/fd/2": 2,
    "/proc/self/fd/1": 1, "/proc/self/fd/2": 2, "-": 1,
}  # fmt: skip


#: Settings files in a linted folder that lint reads, beside the Markdown files.
_READ_BY_NAME = frozenset({"locations.yml", "locations.yaml", ".vale.ini"})


def _not_into_what_lint_reads(
    written: Path, settings: Any, targets: list[Path], option: str
) -> None:
    """Refuse a report or baseline file that lint would read, or the site would publish.

    A Markdown file or a settings file in a linted folder would be replaced by the report
    (sopkit never overwrites what it did not write) and linted next time; any file in the
    SOP folder would be published with the site. When the SOP folder is the project
    itself (``sop_dir = "."``, no site), other names are fine there; an existing file is
    replaced only when it is a report (see :func:`_only_over_a_report`).
    """
    from sopkit.lint.files import MARKDOWN_SUFFIXES

    target = written.resolve()
    read_by_lint = target.name.lower().endswith(MARKDOWN_SUFFIXES) or target.name in _READ_BY_NAME
    for source in [settings.sop_path, *targets]:
        if not target.is_relative_to(source.resolve()):
            continue
        if read_by_lint:
            raise click.UsageError(
                f"{option} {written}: lint reads {target.name} in {source}, and the report "
                f"would replace it; give the report a name of its own, e.g. "
                f"{written.with_name('lint-report.txt')}",
                ctx=click.get_current_context(),
            )
        site_folder = settings.sop_path.resolve() != settings.root.resolve()
        if site_folder and target.is_relative_to(settings.sop_path.resolve()):
            raise click.UsageError(
                f"{option} {written}: it lies in the SOP folder {settings.sop_path}, which the "
                "site publishes; write the report outside it, e.g. lint-report.txt in the "
                "project folder",
                ctx=click.get_current_context(),
            )


#: Files of a project's setup that a report or a baseline must never replace.
_SETUP_FILES = frozenset({"mkdocs.yml", "mkdocs.yaml", "pyproject.toml", ".vale.ini", "CODEOWNERS"})


def _not_over_the_setup(written: Path, source: Path | None, option: str) -> None:
    """Refuse to write a report over the configuration lint read, or a setup file."""
    is_source = source is not None and written.resolve() == source.resolve()
    if is_source or written.name in _SETUP_FILES:
        raise click.UsageError(
            f"{option} {written}: that is the project's {written.name}, which sopkit did not "
            "write; write the report to a file of its own, e.g. lint-report.txt",
            ctx=click.get_current_context(),
        )


def _only_over_a_baseline(written: Path) -> None:
    """``--write-baseline`` replaces an earlier baseline, never another file."""
    from sopkit.lint.baseline import read_baseline

    try:
        read_baseline(written)
    except SopkitError:
        raise click.UsageError(
            f"--write-baseline {written}: the file exists and is not a sopkit baseline; "
            "sopkit replaces only its own: choose another name, e.g. sopkit-baseline.json",
            ctx=click.get_current_context(),
        ) from None


def _only_over_a_report(written: Path) -> None:
    """``--output`` replaces an earlier report of sopkit lint (or an empty file), never
    another file: ``-o README.md`` replaced the README."""
    from sopkit.lint.report import MAX_REPORT_BYTES, is_report

    refusal = (
        f"--output {written}: the file exists and is not a report of sopkit lint; sopkit "
        "replaces only its own: choose another name, e.g. lint-report.txt"
    )
    try:
        mode = written.stat().st_mode
        if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
            return  # a stream (/dev/stdout, a pipe): nothing is replaced
    except OSError:
        mode = 0
    if written.is_symlink():  # it would write through the link, wherever it leads
        raise click.UsageError(
            f"--output {written}: it is a link (to {written.readlink()}); sopkit writes a "
            "report to a file of its own, never through a link: remove the link or choose "
            "another name, e.g. lint-report.txt",
            ctx=click.get_current_context(),
        )
    try:
        if not stat.S_ISREG(mode) or written.stat().st_size > MAX_REPORT_BYTES:
            raise click.UsageError(refusal, ctx=click.get_current_context())
        text = written.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        raise click.UsageError(refusal, ctx=click.get_current_context()) from None
    if not is_report(text):
        raise click.UsageError(refusal, ctx=click.get_current_context())


@cli.command()
@click.argument("code", required=False)
@click.option(
    "--markdown", is_flag=True, help="Print the whole rule reference as Markdown (docs/rules.md)."
)
def rules(code: str | None, markdown: bool) -> None:
    """List every rule, or print one rule's documentation with examples."""
    from sopkit.lint.registry import all_rules, resolve_rule
    from sopkit.lint.ruledocs import reference, rule_page, rules_table

    if markdown:
        click.echo(reference(all_rules()), nl=False)
        return
    if code is None:
        click.echo(rules_table(all_rules()))
        return
    rule = resolve_rule(code)
    if rule is None and re.fullmatch(r"[A-Z][\w-]*\.[A-Z][\w-]*", code):
        # a Vale rule's name, as findings show it: "(SOP.VagueTimingEn)" is SOP302
        rule, said = _vale_rule(code)
        if rule is not None:
            click.echo(f"{said}\n")
    if rule is None:
        raise click.UsageError(f"unknown rule {code!r}: `sopkit rules` lists them")
    click.echo(rule_page(rule))


def _vale_rule(name: str) -> tuple[Any, str]:
    """The sopkit rule that reports Vale rule ``name``, and a sentence that says so."""
    from sopkit.lint.registry import resolve_rule
    from sopkit.vale import CODES, OTHER_CODE, code_for
    from sopkit.vale.config import BUILTIN_SKIPPED
    from sopkit.vale.rules import LANGUAGE_SUFFIX, VOCAB_RULE

    if name in BUILTIN_SKIPPED:
        rule = resolve_rule("SOP308")
        return rule, f"{name} is built into Vale and not run by sopkit, which says so as SOP308."
    base = name[:-2] if name[-2:] in LANGUAGE_SUFFIX.values() else name
    code = code_for(name)
    if name == VOCAB_RULE:
        rule = resolve_rule(code)
        return rule, f"{name} is the vocabulary's reject.txt; sopkit reports it as {code}."
    if base in CODES:
        rule = resolve_rule(code)
        return rule, f"{name} is a rule of sopkit's style; sopkit reports it as {code}."
    rule = resolve_rule(OTHER_CODE)
    return rule, (
        f"{name} is no rule of sopkit's style: if it is a rule of a Vale style you enabled, "
        f"sopkit reports it as {OTHER_CODE}."
    )


@cli.command()
@config_option
def schema(config_file: Path | None) -> None:
    """Print the SOP front matter as JSON Schema, for completion in editors."""
    from sopkit.config import load_settings
    from sopkit.schema import json_schema

    click.echo(json.dumps(json_schema(load_settings(config_file)), indent=2, ensure_ascii=False))


@cli.command("vale-ini")
@config_option
@click.option(
    "--vendor",
    "vendor_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Copy sopkit's SOP style (rules, vocabulary) into this project folder "
    "(e.g. styles/) and point StylesPath there. Never overwrites a different file.",
)
def vale_ini(config_file: Path | None, vendor_dir: Path | None) -> None:
    """Print a .vale.ini that runs the SOP style in Vale with each SOP's language.

    Vale cannot read the `lang` of an SOP, so German and Dutch SOPs get sections of
    their own. It prints; save the output with `> .vale.ini` and regenerate it when
    SOPs are added. StylesPath is always relative to the project: with sopkit
    installed as a package, run `sopkit vale-ini --vendor styles/ > .vale.ini` once.
    """
    from sopkit.config import load_settings
    from sopkit.errors import ConfigError
    from sopkit.lint.files import collect_files
    from sopkit.sop import NOT_SOP_NAMES, display_path, load_sop
    from sopkit.vale.config import fits_in_a_section, load_vale_config, render_ini
    from sopkit.vale.portable import language_rules, portable_styles_path, vendor

    settings = load_settings(config_file)
    root = settings.root.resolve()
    by_lang: dict[str, list[str]] = {}
    left_out = 0
    for path in collect_files([settings.sop_path], published=settings.sop_path):
        if path.name.lower() in NOT_SOP_NAMES:
            continue
        sop = load_sop(path, settings, display_path(path, root))
        if not fits_in_a_section(sop.display_path):
            left_out += 1  # a line break in a name would write lines into the file
            continue
        by_lang.setdefault(sop.lang, []).append(sop.display_path)
    if left_out:
        click.echo(
            f"sopkit: {plural(left_out, 'file')} left out: a name holds a line break or "
            "another control character, which no .vale.ini line can hold; rename it "
            "(lint refuses a control character in a name: SOP001)",
            err=True,
        )
    note = None
    if vendor_dir is not None:
        site = _built_site_around(vendor_dir.resolve(), root)
        if site is not None:  # the next build would delete the style, and lint then stops
            raise click.UsageError(
                f"--vendor {vendor_dir}: {site} is a built site, which the next build "
                "replaces; copy the style to a folder of its own, e.g. styles/"
            )
        done = vendor(vendor_dir, root, settings.sop_path)
        styles_path = done.styles_path
        click.echo(
            f"sopkit: {len(done.written)} files copied to {styles_path}/, "
            f"{len(done.identical)} already there",
            err=True,
        )
    else:
        styles_path, note = portable_styles_path(root)
    names = set(language_rules())
    try:
        current = load_vale_config(root)
        names |= {name for name, rule in current.rules.items() if rule.lang is not None}
    except ConfigError:
        pass  # a .vale.ini that does not load yet (StylesPath missing) is being replaced
    click.echo(render_ini(styles_path, by_lang, sorted(names)), nl=False)
    if note:
        click.echo(f"sopkit: {note}", err=True)


site_config_option = click.option(
    "-f",
    "--config-file",
    "mkdocs_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("mkdocs.yml"),
    show_default=True,
    help="The MkDocs configuration of the knowledge base.",
)


@cli.command()
@site_config_option
@click.option("-s", "--strict", is_flag=True, help="Fail on warnings (lint warnings too).")
@click.option(
    "-d", "--site-dir", type=click.Path(file_okay=False, path_type=Path), help="Where to build."
)
def build(mkdocs_file: Path, strict: bool, site_dir: Path | None) -> None:
    """Lint the SOPs, then build the knowledge base site (Material for MkDocs).

    Lint errors stop the build (exit 1) and the last good site stays in place.
    """
    from sopkit.site.build import build_site, show_build_log

    mkdocs_file = _nearest_mkdocs_yml(mkdocs_file)
    if not mkdocs_file.is_file():
        raise click.UsageError(_no_mkdocs_yml(mkdocs_file, "build"))
    show_build_log(verbose=sys.stderr.isatty(), color=click.get_current_context().color)
    summary = build_site(mkdocs_file, strict=strict, site_dir=site_dir)
    click.echo(summary.line())


#: The smallest ``mkdocs.yml`` for a knowledge base, shown when there is none.
MINIMAL_MKDOCS_YML = """\
site_name: Service standards
docs_dir: sop
theme:
  name: material
plugins:
  - search
  - sopkit
"""


def _no_mkdocs_yml(mkdocs_file: Path, command: str) -> str:
    """What to do when the site's configuration is missing."""
    example = "".join(f"    {line}\n" for line in MINIMAL_MKDOCS_YML.splitlines())
    return (
        f"{mkdocs_file}: no such file; sopkit {command} needs an mkdocs.yml. Run it in the "
        f"folder that holds one, name one with --config-file, or create it; the smallest "
        f"one for SOPs in sop/ is:\n\n{example}"
    )


def _nearest_mkdocs_yml(mkdocs_file: Path) -> Path:
    """``mkdocs.yml`` of the project when run from one of its folders (``cd sop``), as
    ``sopkit lint`` finds its configuration; an explicit ``-f`` file as given."""
    from sopkit.config import project_folder

    if mkdocs_file != Path("mkdocs.yml") or mkdocs_file.exists() or mkdocs_file.is_symlink():
        return mkdocs_file
    found = project_folder(Path.cwd()) / "mkdocs.yml"
    if found.is_file():
        click.echo(f"Using {found}", err=True)
        return found
    return mkdocs_file


def _dev_address(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``IP:PORT`` checked by MkDocs' own option, and the port in range (MkDocs crashes on it)."""
    if value is None:
        return None
    from mkdocs.config.base import ValidationError
    from mkdocs.config.config_options import IpAddress

    option: Any = IpAddress()  # untyped in MkDocs
    try:
        port = int(option.validate(value).port)
    except ValidationError:
        port = -1
    if not 0 <= port <= 65535:
        raise click.BadParameter(
            f"{value!r} is not IP:PORT with a port from 0 to 65535, e.g. 127.0.0.1:8001"
        ) from None
    return value


@cli.command()
@site_config_option
@click.option(
    "-a",
    "--dev-addr",
    metavar="IP:PORT",
    callback=_dev_address,
    help="Address to serve on (127.0.0.1:8000).",
)
@click.option("--clean", is_flag=True, help="Build every page after each edit, not what changed.")
def serve(mkdocs_file: Path, dev_addr: str | None, clean: bool) -> None:
    """Preview the knowledge base with live reload; an edit rebuilds what it changed.

    Lint findings show in the terminal and at the top of the SOP's page; an SOP with
    lint errors is left out of the listings, and every other page stays served.
    """
    from sopkit.site.build import serve_site, show_build_log

    mkdocs_file = _nearest_mkdocs_yml(mkdocs_file)
    if not mkdocs_file.is_file():
        raise click.UsageError(_no_mkdocs_yml(mkdocs_file, "serve"))
    show_build_log(verbose=True, color=click.get_current_context().color, once=False)
    serve_site(mkdocs_file, dev_addr, dirty=not clean)


@cli.command()
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--force",
    is_flag=True,
    help="Replace OUT_DIR even though sopkit did not write it (never the SOPs or the project).",
)
@config_option
def export(out_dir: Path, force: bool, config_file: Path | None) -> None:
    """Write a plain docs tree (SOPs with cards, catalogue, listings) for other site tools.

    OUT_DIR is replaced as a whole when sopkit wrote it before (it holds sopkit's
    marker file) or is empty; any other folder needs --force.
    """
    from sopkit.config import load_settings, site_name
    from sopkit.site.build import export_tree

    settings = load_settings(config_file)
    count, config = export_tree(
        settings, settings.sop_path, out_dir, site_name(settings), force=force
    )
    click.echo(f"Exported {count} files to {out_dir}")
    if config is None:
        click.echo(
            f"No Zensical config was written: zensical.toml and {out_dir.name}.zensical.toml "
            f"beside {out_dir} are files of your own; point one of them at docs_dir = "
            f'"{out_dir.name}" and load assets/sopkit.css and the scripts in assets/',
            err=True,
        )
    else:
        build = "zensical build" + ("" if config.name == "zensical.toml" else f" -f {config.name}")
        click.echo(f"Zensical config: {config} (build it with: cd {config.parent} && {build})")


@cli.command()
@click.option("--title", help="The procedure's name.")
@click.option("--touchpoint", help="One touchpoint of the vocabulary.")
@click.option("--owner", help="The accountable role or person (may add an email and @org/team).")
@click.option(
    "--metric", help="The measurable standard: '80% of calls answered within 20 seconds'."
)
@click.option("--timeframe", help="The time bound: '20 seconds', '2 working days'.")
@click.option("--lang", type=click.Choice(["en", "de", "nl"]), help="The SOP's language.")
@click.option("--step", "steps", multiple=True, help="A step, in order; repeat for each step.")
@click.option(
    "--dir", "folder", type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the file (default: the SOP folder's touchpoint folder).",
)  # fmt: skip
@config_option
def new(
    title: str | None,
    touchpoint: str | None,
    owner: str | None,
    metric: str | None,
    timeframe: str | None,
    lang: str | None,
    steps: tuple[str, ...],
    folder: Path | None,
    config_file: Path | None,
) -> None:
    """Create an SOP from the template; asks for what the options do not give.

    The new file passes lint, or nothing is written; an existing file is never
    overwritten.
    """
    from sopkit.config import load_settings
    from sopkit.scaffold import NewSop, check_text, render_sop, target_path

    settings = load_settings(config_file)
    if folder is not None:
        _check_new_folder(folder, settings)
    interactive = _interactive()
    values = {"title": title, "touchpoint": touchpoint, "owner": owner, "metric": metric,
              "timeframe": timeframe}  # fmt: skip
    missing = [name for name, value in values.items() if not value]
    if (missing or not steps) and not interactive:
        options = ", ".join([*(f"--{name}" for name in missing), *([] if steps else ["--step"])])
        raise click.UsageError(f"missing {options} (or run sopkit new in a terminal to be asked)")
    if lang is None and interactive:
        lang = click.prompt(
            "Language", type=click.Choice(["en", "de", "nl"]), default=settings.default_lang
        )
    elif lang is None:  # the language the answers are written in (SOP015 checks it too)
        from sopkit.language import guess_language

        written = "\n".join([*(v for v in values.values() if v), *steps])
        lang = guess_language(written, settings.default_lang)
    for name in missing:
        values[name] = _ask(name, values, lang, settings)
    collected = list(steps)
    if not collected:
        if not interactive:
            raise click.UsageError("give the procedure with --step (once per step, in order)")
        while True:
            step = _ask("step", values, lang, settings, number=len(collected) + 1)
            if not step:
                break
            collected.append(step)
    _one_line_each(values, collected)
    sop = NewSop(lang=lang, steps=tuple(collected), **values)  # type: ignore[arg-type]
    path = target_path(sop, settings, folder)
    if path.exists() or path.is_symlink():  # a dangling link too: writing would follow it
        raise _exists_already(path)
    text = render_sop(sop)
    problems = check_text(text, path, settings)
    while problems and interactive and any(f.field in values for f in problems):
        for finding in problems:  # say what is wrong, then ask again for those answers only
            click.echo(f"{finding.severity}: {finding.message} ({finding.rule})", err=True)
        for name in dict.fromkeys(f.field for f in problems if f.field in values):
            values[name] = _ask(str(name), values, lang, settings)
        sop = NewSop(lang=lang, steps=tuple(collected), **values)  # type: ignore[arg-type]
        path = target_path(sop, settings, folder)
        text = render_sop(sop)
        problems = check_text(text, path, settings)
    if problems:
        for finding in problems:
            field = f"{finding.field}: " if finding.field else ""
            click.echo(f"{finding.severity}: {field}{finding.message} ({finding.rule})", err=True)
        raise click.ClickException("not written: fix the values above and run sopkit new again")
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_new_file(path, text)
    click.echo(f"Created {path}")
    if not path.resolve().is_relative_to(settings.sop_path.resolve()):
        click.echo(
            f"Note: {path} is outside the SOP folder {settings.sop_path}: sopkit lint and "
            "sopkit build do not read it there; move it into that folder to publish it",
            err=True,
        )


def _shown(path: Path) -> Path:
    """``path`` from the current folder when it lies below it (as messages show it)."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def _exists_already(path: Path) -> _Refused:
    """The refusal of ``sopkit new`` to write where a file (or a link) is."""
    return _Refused(
        f"{path} exists already; sopkit new never overwrites a file: give another --title or --dir"
    )


def _write_new_file(path: Path, text: str) -> None:
    """Create ``path`` with ``text``; never over a file or through a link that appeared
    since it was checked (``O_EXCL``: a link at the name, even a dangling one, fails)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(path, flags, 0o666)
    except FileExistsError:
        raise _exists_already(path) from None
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(text)


def _check_new_folder(folder: Path, settings: Any) -> None:
    """Refuse a ``--dir`` whose files lint and the build never read, or replace.

    A hidden folder is skipped by both (the SOP would silently go unpublished); a site
    folder is replaced by the next build (the SOP would be deleted).
    """
    hidden = [part for part in folder.parts if part.startswith(".") and part not in (".", "..")]
    if hidden:
        raise click.UsageError(
            f"--dir {folder}: '{hidden[0]}' is a hidden folder, which sopkit lint and sopkit "
            "build skip; choose a folder they read, e.g. the SOP folder's touchpoint folder"
        )
    site = _built_site_around(folder, settings.root)
    if site is not None:
        raise click.UsageError(
            f"--dir {folder}: {site} is a built site, which the next build replaces; "
            "write SOPs into the SOP folder"
        )


def _built_site_around(folder: Path, root: Path) -> Path | None:
    """The built site in the project that holds ``folder`` (the next build replaces it)."""
    from sopkit.site.output import is_sopkit_output, looks_like_site

    project = root.absolute()
    for parent in (folder.absolute(), *folder.absolute().parents):
        if parent == project or project not in parent.parents:
            break  # the project's own folder may hold a sitemap (GitHub Pages), not a build
        if parent.is_dir() and (is_sopkit_output(parent) or looks_like_site(parent)):
            return parent
    return None


def _one_line_each(values: dict[str, str | None], steps: list[str]) -> None:
    """Refuse a value or step that holds a line break, and an empty step.

    A step is one list item: a line break in ``--step`` would put the rest below the
    list as loose text (or a ``---`` line) that no reviewer asked for.
    """
    for name, value in values.items():
        if value is not None and ("\n" in value or "\r" in value):
            raise click.UsageError(f"--{name} holds a line break: give it on one line")
    for number, step in enumerate(steps, 1):
        if not step.strip():
            raise click.UsageError(f"step {number} (--step) is empty: write what staff do")
        if "\n" in step or "\r" in step:
            raise click.UsageError(
                f"step {number} (--step) holds a line break: give each step its own --step"
            )


_PROMPTS = {
    "title": "Title",
    "touchpoint": "Touchpoint",
    "owner": "Owner (role, optional <email> and @org/team)",
    "metric": "Metric (e.g. {metric})",
    "timeframe": "Timeframe (e.g. {timeframe})",
}


def _ask(
    field: str, known: dict[str, str | None], lang: str, settings: Any, number: int = 0
) -> str:
    """Ask for one answer until lint accepts it; an empty step ends the steps.

    The linter's own message says why an answer is refused (a vague metric, an
    untimed timeframe, a hedged step); the answers given before are kept.
    """
    from sopkit.scaffold import answer_problems

    while True:
        if field == "step":
            value = click.prompt(f"Step {number} (empty to finish)", default="", show_default=False)
            if not value:
                return ""
        elif field == "touchpoint":
            value = click.prompt(_PROMPTS[field], type=click.Choice(list(settings.touchpoints)))
        else:  # the examples in the SOP's language: "80 % der Anrufe ..."
            from sopkit.lint.examples import GOOD_METRIC, GOOD_TIMEFRAME

            prompt = _PROMPTS[field].format(
                metric=GOOD_METRIC[lang], timeframe=GOOD_TIMEFRAME[lang]
            )
            value = click.prompt(prompt)
        problems = answer_problems(field, value, known, lang, settings)
        if not problems:
            return str(value)
        for finding in problems:
            click.echo(f"  {finding.message} ({finding.rule}); try again", err=True)


@cli.command()
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="The CODEOWNERS file to write.  [default: .github/CODEOWNERS in the project]",
)  # fmt: skip
@click.option(
    "--check", is_flag=True, help="Only check that the file is up to date (exit 1 if not)."
)
@config_option
def owners(output: Path | None, check: bool, config_file: Path | None) -> None:
    """Write CODEOWNERS from the SOPs' owners, so each owner reviews changes to their SOPs."""
    from sopkit.codeowners import write_codeowners
    from sopkit.config import load_settings

    settings = load_settings(config_file)
    if output is None:  # the project's, also from a subfolder ("cd sop && sopkit owners")
        output = _shown(settings.root / ".github" / "CODEOWNERS")
    result, changed = write_codeowners(settings, output, check=check)
    for path, owner in result.without_handle:
        click.echo(f"{path}: owner '{owner}' names no GitHub user or team (@org/team)", err=True)
    if check:
        if changed:
            click.echo(f"{output} is out of date: run sopkit owners", err=True)
            sys.exit(1)
        click.echo(f"{output} is up to date ({plural(len(result.lines), 'SOP')})")
        return
    state = "written" if changed else "unchanged"
    click.echo(f"{output} {state}: {plural(len(result.lines), 'SOP')} with owners, "
               f"{len(result.without_handle)} without a GitHub handle")  # fmt: skip
