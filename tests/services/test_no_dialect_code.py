"""Services speak SQLAlchemy only: what is particular to SQLite stays in alsdesk/store.

A later store on PostgreSQL then changes store/ and nothing here. The check is by
reading the source, as tests/ui/test_layout.py checks the areas.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

SERVICES = Path(__file__).resolve().parents[2] / "alsdesk" / "services"
SQLITE_ONLY = re.compile(
    r"\bPRAGMA\b|\bsqlite_master\b|\bexec_driver_sql\b|\bATTACH\s+DATABASE\b|"
    r"\bwal_checkpoint\b|\bsqlite_autoincrement\b|\bdialect\.name\b",
    re.IGNORECASE,
)


def _imports(module: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def _attributes(module: Path) -> set[str]:
    return {
        node.attr
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute)
    }


def test_no_service_imports_sqlite3_or_the_sqlite_dialect():
    found = []
    for module in sorted(SERVICES.rglob("*.py")):
        for name in _imports(module):
            if name.split(".")[0] == "sqlite3" or "sqlite" in name.split(".")[-1]:
                found.append(f"{module.relative_to(SERVICES)} imports {name}")
        if "sqlite3" in _attributes(module):
            found.append(f"{module.relative_to(SERVICES)} reaches sqlite3 through a module")
    assert found == []


def test_no_service_runs_a_pragma_or_other_sqlite_only_statement():
    found = [
        f"{module.relative_to(SERVICES)}:{number}: {line.strip()}"
        for module in sorted(SERVICES.rglob("*.py"))
        for number, line in enumerate(module.read_text(encoding="utf-8").splitlines(), 1)
        if SQLITE_ONLY.search(line)
    ]
    assert found == []


def test_the_check_finds_what_it_looks_for(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import sqlite3\nfrom alsdesk.store import backups\n"
        "backups.sqlite3.Error\nconn.exec_driver_sql('PRAGMA foreign_keys=ON')\n"
    )
    assert "sqlite3" in _imports(sample)
    assert "sqlite3" in _attributes(sample)
    assert SQLITE_ONLY.search(sample.read_text())
