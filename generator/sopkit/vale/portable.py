"""Portable ``StylesPath`` for ``sopkit vale-ini``, and ``--vendor``: the SOP style copied
into the project.

A ``.vale.ini`` is committed and read on every machine, so its ``StylesPath`` must
be relative to the project and point inside it. sopkit's own style sits inside the
installed package (site-packages), which is neither; ``vendor`` copies it (rules and
vocabulary) into a folder of the project, never overwriting a file it did not write.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sopkit.errors import SopkitError
from sopkit.vale.config import (
    BUILTIN_STYLE,
    BUILTIN_STYLES,
    CORE,
    VENDORED_STYLES,
    ini_value,
    read_ini,
)
from sopkit.vale.rules import LANGUAGE_SUFFIX

#: The files of sopkit's style, relative to its StylesPath.
STYLE_FILES = (BUILTIN_STYLE, f"config/vocabularies/{BUILTIN_STYLE}")


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _relative(path: Path, root: Path) -> str:
    return os.path.relpath(path, root).replace(os.sep, "/")


def style_files(styles: Path = BUILTIN_STYLES) -> list[str]:
    """The files of the SOP style under ``styles``, relative to it, in order."""
    found = []
    for folder in STYLE_FILES:
        found += [_relative(p, styles) for p in sorted((styles / folder).glob("*")) if p.is_file()]
    return found


def language_rules(styles: Path = BUILTIN_STYLES) -> list[str]:
    """The SOP style's language rules (``SOP.HedgingDe`` ...), for ``render_ini``."""
    ends = tuple(LANGUAGE_SUFFIX.values())
    folder = styles / BUILTIN_STYLE
    return sorted(
        f"{BUILTIN_STYLE}.{p.stem}" for p in folder.glob("*.yml") if p.stem.endswith(ends)
    )


def _current_styles_path(root: Path) -> Path | None:
    """The ``StylesPath`` the project's ``.vale.ini`` names, resolved, if it has one.

    Raises:
        ConfigError: ``.vale.ini`` cannot be read (not UTF-8, a broken line), so the
            ``StylesPath`` to keep is unknown. ``sopkit vale-ini > .vale.ini`` never
            meets this: the shell empties the file before sopkit reads it.
    """
    ini = root / ".vale.ini"
    if not ini.is_file():
        return None
    parser, _ = read_ini(ini)
    value = ini_value(parser[CORE].get("StylesPath", ""))
    return (root / value).resolve() if value else None


def portable_styles_path(root: Path) -> tuple[str, str | None]:
    """The ``StylesPath`` to write, relative to ``root``, and a note for the user.

    In order: the project's own ``StylesPath`` when it is a folder inside the
    project; sopkit's style when it sits inside the project (this repository);
    otherwise ``styles``, with a note to copy the style there with ``--vendor``.
    Never a path outside the project, such as one into site-packages.
    """
    root = root.resolve()
    current = _current_styles_path(root)
    if current is not None and current.is_dir() and _inside(current, root):
        return _relative(current, root), None
    if _inside(BUILTIN_STYLES, root):
        return _relative(BUILTIN_STYLES, root), None
    target = root / VENDORED_STYLES
    if all((target / name).is_file() for name in style_files()):
        return VENDORED_STYLES, None
    return VENDORED_STYLES, (
        f"StylesPath = {VENDORED_STYLES}: sopkit's SOP style is installed outside this "
        f"project, so a .vale.ini pointing there works on this machine only. Copy it into "
        f"the project: sopkit vale-ini --vendor {VENDORED_STYLES}/ > .vale.ini"
    )


@dataclass
class Vendored:
    """What ``vendor`` did: ``StylesPath`` to write, files written and left as they were."""

    styles_path: str
    written: list[str] = field(default_factory=list)
    identical: list[str] = field(default_factory=list)


def vendor(target: Path, root: Path, sop_dir: Path | None = None) -> Vendored:
    """Copy sopkit's SOP style (rules and vocabulary) into ``target``.

    Files already there with the same content are left alone; if any differs, nothing
    is written and the error names each one.

    Raises:
        SopkitError: ``target`` is outside the project or inside ``sop_dir`` (the SOP
            folder: sopkit writes nothing there, and the site would publish the rules),
            or would overwrite a file.
    """
    root = root.resolve()
    target = target.resolve()
    if not _inside(target, root):
        raise SopkitError(
            f"--vendor {target}: the folder must be inside the project ({root}), "
            f"so that StylesPath works on every machine"
        )
    if sop_dir is not None and _inside(target, sop_dir.resolve()):
        raise SopkitError(
            f"--vendor {_relative(target, root)}: the folder is inside the SOP folder, "
            "where sopkit never writes and every file is published with the site; "
            "use a folder beside it, e.g. --vendor styles/"
        )
    if target == BUILTIN_STYLES:
        return Vendored(_relative(target, root), identical=style_files())
    done = Vendored(_relative(target, root))
    differs = []
    for name in style_files():
        there = target / name
        if there.is_file() and there.read_bytes() == (BUILTIN_STYLES / name).read_bytes():
            done.identical.append(name)
        elif there.exists():
            differs.append(_relative(there, root))
        else:
            done.written.append(name)
    if differs:
        raise SopkitError(
            f"--vendor {done.styles_path}/ would overwrite files that differ from sopkit's "
            f"{BUILTIN_STYLE} style: {', '.join(differs)}. sopkit never overwrites a file it "
            f"did not write: move your changes into a style of your own (or delete the files "
            f"to take sopkit's), then run it again"
        )
    for name in done.written:
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        (target / name).write_bytes((BUILTIN_STYLES / name).read_bytes())
    return done
