"""Compiled Jinja2 templates kept between builds.

MkDocs compiles Material's templates from source at the start of every build (and
every ``mkdocs serve`` rebuild): about 40 templates, a quarter of a second on this
project's machines, whatever the size of the knowledge base. Jinja2 can keep the
compiled code in a bytecode cache; MkDocs does not turn it on, sopkit does.

A cached template is used only when its source is unchanged (Jinja2 stores a checksum
of the source with the code) and was compiled by the same Python, the same Jinja2 and
an environment with the same compiler settings (these make the cache folder's name).
The cache is an optimisation: when its folder cannot be written, templates are
compiled as before and the build goes on.
"""

from __future__ import annotations

import hashlib
import logging
import sys
from pathlib import Path
from typing import Any

import jinja2
from jinja2.bccache import Bucket, FileSystemBytecodeCache

_log = logging.getLogger(__name__)

#: Environment settings that change what a template compiles to.
_COMPILER_SETTINGS = (
    "block_start_string", "block_end_string", "variable_start_string",
    "variable_end_string", "comment_start_string", "comment_end_string",
    "line_statement_prefix", "line_comment_prefix", "trim_blocks", "lstrip_blocks",
    "newline_sequence", "keep_trailing_newline", "optimized", "is_async",
)  # fmt: skip


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/sopkit/templates``, or ``~/.cache/sopkit/templates``."""
    from sopkit.cachehome import user_cache_home

    return user_cache_home() / "sopkit" / "templates"


def fingerprint(env: jinja2.Environment) -> str:
    """A short name for everything besides the source that shapes compiled code."""
    parts: list[Any] = [jinja2.__version__, sys.implementation.cache_tag]
    parts += [repr(getattr(env, name, None)) for name in _COMPILER_SETTINGS]
    parts.append(sorted(env.extensions))
    autoescape = env.autoescape
    parts.append(autoescape if isinstance(autoescape, bool) else getattr(
        autoescape, "__qualname__", repr(autoescape)
    ))  # fmt: skip
    parts.append(env.finalize is not None)
    parts.append(getattr(env, "newstyle_gettext", None))  # how {% trans %} compiles
    return hashlib.sha1(repr(parts).encode(), usedforsecurity=False).hexdigest()[:16]


class TemplateCache(FileSystemBytecodeCache):
    """A bytecode cache that never fails a build.

    A cache file that cannot be read or is damaged means "compile"; a folder that
    cannot be written turns the cache off for the rest of the process, with one
    log line that says why.
    """

    def __init__(
        self, directory: Path, log: logging.Logger | logging.LoggerAdapter[logging.Logger] = _log
    ) -> None:
        super().__init__(str(directory), "%s.jinja")
        self.writable = True
        self.log = log

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a damaged or foreign file: compile from source
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        if not self.writable:
            return
        try:
            super().dump_bytecode(bucket)
        except OSError as error:
            self.writable = False
            self.log.info(f"compiled templates are not kept: {self.directory}: {error}")


def install(
    env: jinja2.Environment,
    cache_dir: Path | None = None,
    log: logging.Logger | logging.LoggerAdapter[logging.Logger] = _log,
) -> TemplateCache | None:
    """Give ``env`` a :class:`TemplateCache` in ``cache_dir`` (default: the user's cache).

    Call this before ``env`` loads its first template. Returns ``None`` (and ``env``
    compiles as before) when the folder cannot be made; ``log`` says why.
    """
    directory = (cache_dir or default_cache_dir()) / fingerprint(env)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        log.info(f"compiled templates are not kept: {directory}: {error}")
        return None
    cache = TemplateCache(directory, log)
    env.bytecode_cache = cache
    return cache
