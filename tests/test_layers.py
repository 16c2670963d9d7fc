"""The layers are enforced: core on the standard library, no Qt below the UI."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "warroom"


def imported_top_level_modules(folder: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], set()).add(path.name)
    return found


def test_core_imports_only_the_standard_library_and_itself() -> None:
    modules = imported_top_level_modules(PACKAGE / "core")
    outside = {
        name: files
        for name, files in modules.items()
        if name not in sys.stdlib_module_names and name not in ("warroom", "__future__")
    }
    assert outside == {}
    # and only warroom.core within warroom
    tree_imports = [
        node.module
        for path in (PACKAGE / "core").rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("warroom")
    ]
    assert all(m.startswith("warroom.core") for m in tree_imports), tree_imports


@pytest.mark.parametrize("layer", ["core", "store"])
def test_inner_layers_never_import_qt(layer: str) -> None:
    modules = imported_top_level_modules(PACKAGE / layer)
    assert "PySide6" not in modules
    assert "matplotlib" not in modules


def test_the_checker_itself_sees_imports(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text("import PySide6.QtCore\nfrom sqlalchemy import select\n")
    found = imported_top_level_modules(tmp_path)
    assert set(found) == {"PySide6", "sqlalchemy"}


def test_notify_imports_only_core_the_keyring_and_the_standard_library() -> None:
    modules = imported_top_level_modules(PACKAGE / "notify")
    outside = {
        name: files
        for name, files in modules.items()
        if name not in sys.stdlib_module_names and name not in ("warroom", "keyring", "__future__")
    }
    assert outside == {}
    within = [
        node.module
        for path in (PACKAGE / "notify").rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("warroom")
    ]
    assert within and all(m.startswith(("warroom.core", "warroom.notify")) for m in within), within
