"""Where sopkit's shipped files are: a real folder, from a wheel, an editable install or a zip.

MkDocs' theme folders and Jinja's ``FileSystemLoader`` need a real path. A package
installed as files (a wheel, ``pip install -e``) is read in place; one imported from
an archive is copied once into a temporary folder that is removed at exit.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


@cache
def templates_dir() -> Path:
    """The real folder of ``sopkit.templates`` (``templates/`` in the repository).

    Holds ``pages/`` (generated pages), ``overrides/`` (theme overrides and assets)
    and ``new/`` (the template of ``sopkit new``).
    """
    try:
        root = files("sopkit.templates")
    except ModuleNotFoundError:  # generator/ on sys.path without an install: the checkout
        return Path(__file__).resolve().parents[2] / "templates"
    return real_folder(root)


def real_folder(root: Traversable) -> Path:
    """``root`` as a folder on disk: itself when it is one, else a temporary copy."""
    if isinstance(root, Path) and root.is_dir():
        return root
    copy = Path(tempfile.mkdtemp(prefix="sopkit-resources-"))
    atexit.register(shutil.rmtree, copy, ignore_errors=True)
    _copy_tree(root, copy)
    return copy


def _copy_tree(source: Traversable, target: Path) -> None:
    for entry in source.iterdir():
        if entry.is_dir():
            if entry.name != "__pycache__":
                (target / entry.name).mkdir()
                _copy_tree(entry, target / entry.name)
        else:
            (target / entry.name).write_bytes(entry.read_bytes())
