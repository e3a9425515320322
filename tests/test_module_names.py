"""No module of arkiv binds the same top-level name twice.

The extraction modules hold hundreds of module-level patterns; a second `_SENTENCE_END = …` or
`_BULLET_MARK = …` further down silently replaces the first for every function that uses it (both
happened, one of them changing how paragraphs were split), and no other check notices."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import arkiv

PACKAGE = Path(arkiv.__file__).parent


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


def test_no_module_binds_a_top_level_name_twice():
    twice = {
        str(path.relative_to(PACKAGE)): sorted(name for name, count in Counter(names).items() if count > 1)
        for path in sorted(PACKAGE.rglob("*.py"))
        if (names := _top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert {module: names for module, names in twice.items() if names} == {}


def test_the_check_sees_a_name_bound_twice():
    tree = ast.parse('_END = "a"\ndef f():\n    return _END\n_END = "b"\n')
    assert Counter(_top_level_names(tree))["_END"] == 2
