"""Run the rules over files: find the files, parse each once, check, silence, report.

Files are independent, so large sets are split across processes (both cores on a
CI runner); project rules (duplicate ids) then run once over small per-file records.
With a cache (:mod:`sopkit.lint.cache`), a file whose result is kept is not read
again: its findings, record and directives come from the cache, and the project
rules run over the records as always.
"""

from __future__ import annotations

import copy
import gc
import os
import re
import signal
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from pathlib import Path

from sopkit.config import Settings
from sopkit.lint.cache import DateWatch, Entry, Key, LintCache, date_reads, vale_fingerprint
from sopkit.lint.files import (
    PARALLEL_THRESHOLD,
    ReadAlready,
    collect_files,
    file_stamp,
    read_file,
    refused_files,
    with_locations,
)
from sopkit.lint.finding import Finding, Problem
from sopkit.lint.registry import (
    Rule,
    SopRecord,
    all_rules,
    can_be_silenced,
    resolve_rule,
    severity_of,
)
from sopkit.lint.result import LintResult
from sopkit.markdown import Block, Outline
from sopkit.sop import Sop, display_path, load_sop
from sopkit.suppressions import Suppression
from sopkit.variants import Variant, merged_sop, variants_of


@dataclass(frozen=True)
class _Job:
    settings: Settings
    prose_only: bool
    cwd: Path
    cache: Path | None = None
    """The cache's fingerprint folder, if results are kept."""
    today: str = ""
    """The date (ISO) a result that reads today's date is valid on."""


def _enabled(rules: Iterable[Rule], settings: Settings, prose_only: bool) -> list[Rule]:
    chosen = []
    for rule in rules:
        if severity_of(rule, settings.rules) == "off":
            continue
        if prose_only and rule.scope == "sop":
            continue
        chosen.append(rule)
    return chosen


def _finding(rule: Rule, settings: Settings, path: str, problem: Problem) -> Finding:
    severity = settings.rules.get(rule.code) or problem.severity or rule.severity
    return Finding(
        path=path,
        line=problem.line,
        column=problem.column,
        rule=rule.code,
        name=rule.name,
        severity=severity,
        message=_quotes_cut(problem.message),
        field=problem.field,
    )


#: A value a rule quotes from the file: 'like this', of more than :data:`QUOTED_CHARS`
#: (a rewrite of a metric that rules propose is shorter).
QUOTED_CHARS = 160
_LONG_QUOTE = re.compile(rf"'([^'\n]{{{QUOTED_CHARS + 1},}})'")


def _quotes_cut(message: str) -> str:
    """``message`` with each long quoted value cut to :data:`QUOTED_CHARS` characters: a
    900 KB timeframe, quoted three times, made a 2.7 MB message in every report."""
    if len(message) <= 2 * QUOTED_CHARS + 300:
        return message
    return _LONG_QUOTE.sub(lambda m: f"'{m.group(1)[: QUOTED_CHARS - 1]}…'", message)


def _silence(sop: Sop, findings: list[Finding]) -> list[Finding]:
    """Mark findings that a valid ``sopkit-ignore`` directive covers."""
    return _silence_with(sop.suppressions, findings)


def _silence_with(suppressions: list[Suppression], findings: list[Finding]) -> list[Finding]:
    """Mark findings that a valid directive of ``suppressions`` covers."""
    directives = [
        (rule, d)
        for d in suppressions
        if d.rule and d.reason
        for rule in [resolve_rule(d.rule)]
        if rule is not None and can_be_silenced(rule.code)
    ]
    if not directives:
        return findings
    # The first directive (in file order) that covers a finding gives its reason: the
    # first for the whole file and the first for its line, per rule, looked up once each
    # (asking every directive for every finding grew with their product).
    anywhere: dict[str, tuple[int, str]] = {}
    on_line: dict[tuple[str, int], tuple[int, str]] = {}
    for order, (rule, d) in enumerate(directives):
        if d.target_line is None:
            anywhere.setdefault(rule.code, (order, d.reason))
        else:
            on_line.setdefault((rule.code, d.target_line), (order, d.reason))
    result = []
    for finding in findings:
        covers = [
            found
            for found in (anywhere.get(finding.rule), on_line.get((finding.rule, finding.line)))
            if found is not None
        ]
        if covers:
            finding = replace(finding, suppressed=min(covers)[1])
        result.append(finding)
    return result


def check_sop(sop: Sop, rules: Sequence[Rule], prose_only: bool = False) -> list[Finding]:
    """Run ``rules`` (already filtered for severity) on one read file."""
    settings = sop.settings
    findings: list[Finding] = []
    document = sop.document
    unreadable = any(p.kind == "unreadable" for p in document.problems)
    broken = any(p.kind == "invalid-front-matter" for p in document.problems)
    treat_as_sop = sop.is_sop and not prose_only
    for rule in rules:
        if rule.check is None:
            continue
        if unreadable and rule.code != "SOP001":
            continue
        if rule.scope == "sop" and not treat_as_sop:
            continue
        if rule.needs_front_matter and (broken or not document.has_front_matter):
            continue
        findings.extend(_finding(rule, settings, sop.display_path, p) for p in rule.check(sop))
    if treat_as_sop and not broken and not unreadable and sop.settings.locations is not None:
        findings.extend(_variant_findings(sop, rules))
    findings = _silence(sop, findings)
    for rule in rules:
        if rule.post_check is not None and not unreadable:
            findings.extend(
                _finding(rule, settings, sop.display_path, p)
                for p in rule.post_check(sop, findings)
            )
    return findings


#: Rules that judge the standard itself; they run again on every merged variant.
_STANDARD_RULES = ("SOP005", "SOP101", "SOP102", "SOP103", "SOP104", "SOP105", "SOP106", "SOP201")


def _variant_findings(sop: Sop, rules: Sequence[Rule]) -> list[Finding]:
    """Lint each location's merged SOP like a base SOP, on the lines the variant changed.

    Findings that the base SOP already has (a field the variant does not override)
    are not repeated per location.
    """
    known = set(sop.settings.locations or ())
    findings = []
    for variant in variants_of(sop):
        if variant.location not in known:
            continue  # SOP502 reports it
        merged = merged_sop(sop, variant)
        changed = set(variant.fields) | ({"steps"} if variant.steps else set())
        for rule in rules:
            if rule.code not in _STANDARD_RULES or rule.check is None:
                continue
            for problem in rule.check(merged):
                relevant = (
                    problem.field in changed
                    or (rule.code == "SOP106" and changed & {"metric", "timeframe"})
                    or (rule.code == "SOP201" and "steps" in changed)
                )
                if relevant:
                    located = Problem(
                        f"variant '{variant.location}': {problem.message}",
                        problem.line, problem.column, problem.field, problem.severity,
                    )  # fmt: skip
                    findings.append(_finding(rule, sop.settings, sop.display_path, located))
        if variant.steps:
            findings.extend(_variant_step_wording(sop, variant, rules))
    return findings


def _variant_step_wording(sop: Sop, variant: Variant, rules: Sequence[Rule]) -> list[Finding]:
    """The wording rules on a variant's own step texts, at their place in the front matter."""
    blocks = []
    for key, text in variant.steps.texts():
        position = sop.document.positions.get(f"{variant.key}.steps.{key}")
        if position is None:
            continue
        column = position.value_column + (1 if position.quoted else 0)
        anchor = (0, position.value_line, column) if position.inline else (0, position.line, 1)
        blocks.append(Block("item", anchor[1], anchor[1] + 1, text, (anchor,), step=1))
    if not blocks:
        return []
    document = copy.copy(sop.document)
    document.text = ""  # no in-file directives apply to this synthetic page
    steps_only = Sop(document, sop.display_path, sop.settings, sop.is_sop)
    steps_only.outline = Outline(blocks=blocks)
    found = []
    for rule in rules:
        if rule.scope != "prose" or rule.check is None:
            continue
        for problem in rule.check(steps_only):
            located = Problem(f"variant '{variant.location}': {problem.message}", problem.line,
                              problem.column, "variants", problem.severity)  # fmt: skip
            found.append(_finding(rule, sop.settings, sop.display_path, located))
    return found


def _record(sop: Sop) -> SopRecord:
    line, column = sop.position("id", 0) if "id" in sop.meta else (1, 1)
    return SopRecord(sop.display_path, sop.id, line, column, sop.is_sop)


def _check_file(
    job: _Job,
    path: Path,
    key: Key | None,
    store: LintCache | None,
    read: ReadAlready | None = None,
) -> Entry:
    """Check one file (``read`` if it is still the file's content); store the result
    when it has a key (a crash is never stored)."""
    shown = display_path(path, job.cwd)
    try:
        reads = date_reads()
        sop = _still_current(read, path, shown, key, job.settings)
        if sop is None:
            sop = read_file(path, job.settings, job.cwd, shown)
        rules = _enabled(all_rules(), job.settings, job.prose_only)
        findings = check_sop(sop, rules, job.prose_only)
        day = job.today if date_reads() > reads else None
        entry = Entry(findings, _record(sop), list(sop.suppressions), day, sop)
    except Exception as error:
        rule = all_rules()[0]  # SOP001: the file could not be checked
        problem = Problem(
            f"sopkit could not check this file ({type(error).__name__}: {error}); "
            "please report it with the file attached",
            1,
        )
        record = SopRecord(shown, path.stem, 1, 1, is_sop=False)
        return Entry([_finding(rule, job.settings, shown, problem)], record, [], None)
    if store is not None and key is not None:
        store.put(key, path, entry)
    return entry


def _still_current(
    read: ReadAlready | None, path: Path, shown: str, key: Key | None, settings: Settings
) -> Sop | None:
    """The SOP of ``read`` if the file has not changed since, now with ``settings``.

    The file's stamp is compared with the one it had before it was read: the one its
    cache key was made with (from the same bytes the result is kept under), or now.
    """
    if read is None or read.stamp is None or read.sop.display_path != shown:
        return None
    if (key.stamp if key is not None else file_stamp(path)) != read.stamp:
        return None
    read.sop.settings = settings
    return read.sop


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Let Python's garbage collector run less often while files are checked.

    Checking makes many small objects that live until the report (findings, parsed
    SOPs), and the collector scans them again each time they pile up: about 3% of
    linting 1,000 SOPs. The objects made before (modules, compiled rules) are left
    out of its scans and it waits for more new objects between runs; the settings
    are restored afterwards, also in a site build's process. A process that froze
    objects itself (a server before it forks) keeps them frozen.
    """
    threshold = gc.get_threshold()
    freezing = gc.get_freeze_count() == 0
    if freezing:
        gc.freeze()
    gc.set_threshold(max(threshold[0], 10_000), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if freezing:
            gc.unfreeze()


def _check_chunk(job: _Job, chunk: list[tuple[Path, Key | None]]) -> list[Entry]:
    """Check files in a worker process; the parsed SOPs stay there."""
    store = LintCache(job.cache, job.settings.max_file_size) if job.cache else None
    try:
        with _fewer_collections():
            entries = [_check_file(job, path, key, store) for path, key in chunk]
    finally:
        if store is not None:
            store.close()
    for entry in entries:
        entry.sop = None
    return entries


def _entries(
    files: list[Path],
    settings: Settings,
    prose_only: bool,
    jobs: int | None,
    cwd: Path,
    keep_sops: bool,
    store: LintCache | None,
    read_already: Mapping[Path, ReadAlready],
) -> list[Entry]:
    """Each file's entry: kept in ``store``, or checked now (in worker processes when
    the set is large and ``jobs`` allows; in this process from ``read_already``
    where it has the file) and put into ``store``."""
    entries: list[Entry | None] = [None] * len(files)
    keys: list[Key | None] = [None] * len(files)
    checked, today = settings, ""
    if store is not None:
        today = settings.current_date().isoformat()
        for index, path in enumerate(files):
            key = keys[index] = store.key(path, display_path(path, cwd))
            if key is not None:
                entries[index] = store.get(key, today, path, settings, keep_sops)
        checked = DateWatch(**{f.name: getattr(settings, f.name) for f in fields(Settings)})
    job = _Job(checked, prose_only, cwd, store.folder if store else None, today)
    todo = [index for index, entry in enumerate(entries) if entry is None]
    workers = 1 if keep_sops else jobs if jobs is not None else (os.cpu_count() or 1)
    if workers > 1 and len(todo) >= PARALLEL_THRESHOLD:
        size = max(50, len(todo) // (workers * 4))
        parts = [todo[i : i + size] for i in range(0, len(todo), size)]
        chunks = [[(files[i], keys[i]) for i in part] for part in parts]
        # Lint is CPU-bound: more processes than chunks or than a few per core only cost
        # memory and file handles ("--jobs 5000" started 5,000 processes and hung).
        workers = min(workers, len(chunks), MAX_JOBS_PER_CORE * (os.cpu_count() or 1))
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_leave_interrupts_to_lint)
        try:
            for part, done in zip(
                parts, pool.map(_check_chunk, [job] * len(chunks), chunks), strict=True
            ):
                for index, entry in zip(part, done, strict=True):
                    entries[index] = entry
        except BaseException:
            _stop_workers(pool)
            raise
        pool.shutdown()
    else:
        with _fewer_collections():
            for index in todo:
                path = files[index]
                entries[index] = _check_file(job, path, keys[index], store, read_already.get(path))
    done = [entry for entry in entries if entry is not None]
    assert len(done) == len(files), "every file has an entry"
    return done


def _leave_interrupts_to_lint() -> None:
    """In a worker: Ctrl-C is lint's to handle, which stops the workers itself.

    The terminal sends Ctrl-C to every process of the group: each worker printed a
    traceback of its own, and a second Ctrl-C while the pool shut down left lint
    waiting for ever on a worker that had died holding the pool's queue.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """End a pool at once (Ctrl-C, an error): cancel what is queued, end the workers.

    Another Ctrl-C meanwhile is ignored, in the main thread, so that this finishes and
    lint exits 130 as promised; the caller's handler is back before the error goes on.
    """
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
    try:
        # (the pool's own list of its processes: the executor has no public one)
        processes = list((getattr(pool, "_processes", None) or {}).values())
        for process in processes:
            process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.join(timeout=5)
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


#: The most worker processes per core ``--jobs`` gets.
MAX_JOBS_PER_CORE = 4


def lint_paths(
    paths: Sequence[Path],
    settings: Settings,
    *,
    prose_only: bool = False,
    jobs: int | None = None,
    cwd: Path | None = None,
    keep_sops: bool = False,
    cache: Path | None = None,
    read_already: Mapping[Path, ReadAlready] | None = None,
) -> LintResult:
    """Lint every Markdown file under ``paths``.

    Args:
        paths: files and folders.
        settings: the validated configuration.
        prose_only: run only the wording rules, on any Markdown page.
        jobs: worker processes; ``None`` uses every core for large sets, 1 disables.
        cwd: the folder that paths are shown relative to.
        keep_sops: keep the parsed SOPs on the result (``result.loaded``), so a site
            build reads every file once; this checks in one process.
        cache: keep per-file results in this folder (see :mod:`sopkit.lint.cache`)
            and reuse them; ``None`` checks every file.
        read_already: files this process has read (a site build's forked lint, see
            :mod:`sopkit.lint.background`), checked as read unless they changed; their
            SOPs take this run's settings.
    """
    cwd = (cwd or Path.cwd()).absolute()
    folder_problems: list[tuple[Path, str]] = []
    files = collect_files(paths, folder_problems, published=settings.sop_path)
    files, refused = refused_files(files, settings)
    folder_problems += refused  # files too: counted below
    settings = with_locations(settings)
    if any(rule.scope == "prose" for rule in _enabled(all_rules(), settings, prose_only)):
        from sopkit.vale.config import load_vale_config

        _reload_vale_when_changed(settings.root)
        load_vale_config(settings.root)  # a broken style stops the run (exit 2) here
    store = LintCache.open(cache, settings, prose_only) if cache is not None else None
    try:
        entries = _entries(
            files, settings, prose_only, jobs, cwd, keep_sops, store, read_already or {}
        )
    finally:
        if store is not None:
            store.close()
    result = LintResult(files=len(files) + len(refused))
    unreadable = all_rules()[0]  # SOP001: a folder that cannot be searched hides its SOPs
    for folder, message in folder_problems:
        shown = display_path(folder, cwd)
        result.findings.append(_finding(unreadable, settings, shown, Problem(message, 1)))
    records = []
    directives: dict[str, list[Suppression]] = {}
    for item in entries:
        result.findings.extend(item.findings)
        records.append(item.record)
        directives[item.record.path] = item.suppressions
        if keep_sops and item.sop is not None:
            item.sop.settings = settings
            result.loaded.append(item.sop)
    # --prose-only runs no SOP rule: it checks pages, not SOPs ("1 SOP checked" misled)
    result.sops = 0 if prose_only else sum(1 for r in records if r.is_sop)
    if not prose_only:
        result.findings.extend(_project_findings(records, settings, cwd, directives))
    result.findings.sort(key=lambda f: f.sort_key)
    return result


#: The ``.vale.ini`` and styles each project folder's Vale configuration was read from.
_vale_seen: dict[Path, str] = {}


def _reload_vale_when_changed(root: Path) -> None:
    """Read ``.vale.ini`` and its styles again when they changed (``sopkit serve``).

    The compiled configuration is kept for the life of the process; a long-running
    process would otherwise check (and cache) files with an outdated style.
    """
    from sopkit.vale.config import load_vale_config

    seen = vale_fingerprint(root)
    if _vale_seen.get(root.absolute(), seen) != seen:
        load_vale_config.cache_clear()
    _vale_seen[root.absolute()] = seen


def _project_findings(
    records: list[SopRecord],
    settings: Settings,
    cwd: Path,
    directives: dict[str, list[Suppression]],
) -> list[Finding]:
    findings = []
    for rule in _enabled(all_rules(), settings, False):
        if rule.project_check is None:
            continue
        for path, problem in rule.project_check(records, settings):
            findings.append(_finding(rule, settings, path, problem))
    if not findings:
        return findings
    # Silence project findings through the directives of their own file: a checked
    # file's are known; another file's (locations.yml, a Vale rule) are read here.
    by_path: dict[str, list[Finding]] = {}
    for finding in findings:
        by_path.setdefault(finding.path, []).append(finding)
    silenced = []
    for path, group in by_path.items():
        if path in directives:
            silenced.extend(_silence_with(directives[path], group))
        else:
            silenced.extend(_silence(load_sop(cwd / path, settings, path), group))
    return silenced
