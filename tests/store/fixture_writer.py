"""Write a fixture database for one schema revision (used by the make_fixture_* scripts).

Data goes in through the services; the file is then checkpointed and switched
out of WAL so the fixture is one complete file.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from alsdesk.services import Services
from alsdesk.store import open_store
from alsdesk.store.engine import SCHEMA_HEAD

FIXTURES = Path(__file__).with_name("fixtures")


def write_fixture(revision: str, fill: Callable[[Services], None]) -> int:
    """Make fixtures/revision_<revision>.sqlite3 once; 1 (with a message) if it cannot."""
    target = FIXTURES / f"revision_{revision}.sqlite3"
    if revision != SCHEMA_HEAD:
        print(f"This build writes schema {SCHEMA_HEAD}, not {revision}.", file=sys.stderr)
        return 1
    if target.exists():
        print(f"{target} exists; a released fixture is never remade.", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "alsdesk.sqlite3"
        store = open_store(path)
        try:
            fill(Services.over(store))
        finally:
            store.close()
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute("VACUUM")
        shutil.copyfile(path, target)
    print(f"Wrote {target}")
    return 0
