"""No module of sopkit names two things alike at its top level.

``quantities.py`` once defined ``_SPAN_NOUN`` twice, 600 lines apart: the second pattern
replaced the first at import, and the clock reading used a list never meant for it.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import sopkit

PACKAGE = Path(sopkit.__file__).parent


def _top_level_names(tree: ast.Module) -> dict[str, list[int]]:
    """Lines of each name a module binds at its top level (loops' own names aside)."""
    names: dict[str, list[int]] = defaultdict(list)
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    names[target.id].append(node.lineno)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            if node.value is not None:
                names[node.target.id].append(node.lineno)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name].append(node.lineno)
    return names


def test_no_module_binds_a_name_twice() -> None:
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for name, lines in _top_level_names(tree).items():
            if len(lines) > 1:
                twice.append(f"{path.relative_to(PACKAGE)}: {name} on lines {lines}")
    assert twice == []


def test_the_check_sees_a_name_bound_twice() -> None:
    tree = ast.parse("A = 1\ndef f(): pass\nA = 2\nclass f: pass\n")
    assert _top_level_names(tree) == {"A": [1, 3], "f": [2, 4]}
