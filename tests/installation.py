"""Which sopkit the suite runs against, and whether it is this checkout's.

The README's test command installs sopkit as users get it (``pip install ".[test]"``
builds a wheel and installs it), so the suite tests the installed package, not the
source tree. While sopkit is being changed, ``pip install -e ".[test]"`` runs the
suite against the checkout instead. Between the two, an installed copy older than the
checkout would make every test judge code that is no longer there: ``tests/conftest.py``
stops the run before any test when :func:`stale_files` finds one.
"""

from __future__ import annotations

from pathlib import Path

import sopkit

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO / "generator" / "sopkit"
TEMPLATES = REPO / "templates"


def shipped(root: Path) -> list[str]:
    """Every file under ``root`` that a build ships (no caches), relative, sorted."""
    return sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    )


def imported_package() -> Path:
    """The folder ``import sopkit`` found."""
    return Path(sopkit.__file__).resolve().parent


def is_editable() -> bool:
    """Whether ``import sopkit`` finds this checkout's source (``pip install -e``)."""
    return imported_package() == SOURCE.resolve()


def stale_files() -> list[str]:
    """The files in which the installed sopkit differs from this checkout, sorted.

    Empty for an editable install. A file of the checkout that is missing or different
    in the installed package counts, and so does an installed file the checkout no
    longer has (a module deleted since the install).
    """
    if is_editable():
        return []
    package = imported_package()
    wanted = {name: SOURCE / name for name in shipped(SOURCE)}
    wanted |= {f"templates/{name}": TEMPLATES / name for name in shipped(TEMPLATES)}
    differ = [
        name
        for name, source in wanted.items()
        if not (package / name).is_file() or (package / name).read_bytes() != source.read_bytes()
    ]
    extra = [name for name in shipped(package) if name not in wanted]
    return sorted(differ + extra)
