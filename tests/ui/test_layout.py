"""ui/ is sorted by area: an area never imports another area's package.

``ui/common`` is what several areas share; ``ui/window`` is the shell that puts the
areas' pages into one window, so it alone may import them all.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "alsdesk" / "ui"
SHELL = "window"
SHARED = "common"


def _areas() -> list[str]:
    return sorted(p.name for p in UI.iterdir() if (p / "__init__.py").exists())


def _imported_areas(module: Path) -> set[str]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {
        name.split(".")[2] for name in names if name.startswith("alsdesk.ui.") and name.count(".")
    }


def test_the_areas_are_the_ones_the_readme_describes():
    assert {"common", "sets", "meeting", "person", "journal", "home", "window"} <= set(_areas())
    assert not [p.name for p in UI.glob("*.py") if p.name != "__init__.py"], (
        "modules belong in an area"
    )


def test_no_area_imports_another_area():
    crossings = []
    for area in _areas():
        if area == SHELL:
            continue
        for module in (UI / area).rglob("*.py"):
            for other in _imported_areas(module) - {area, SHARED}:
                crossings.append(f"{module.relative_to(UI)} imports ui.{other}")
    assert crossings == []


def test_common_imports_no_area():
    crossings = [
        f"{module.relative_to(UI)} imports ui.{other}"
        for module in (UI / SHARED).rglob("*.py")
        for other in _imported_areas(module) - {SHARED}
    ]
    assert crossings == []
