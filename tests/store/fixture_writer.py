"""Write a fixture database for one schema revision (used by the make_fixture_* scripts).

Data goes in through the services; each file is then checkpointed and switched
out of WAL so the fixture is complete. From revision 0007 the journal is in the
private vault, written beside the fixture as ``revision_<rev>.sqlite3.private``
(the name a backup gives its vault copy); ``test_migrations.copy_fixture`` puts
it back beside the copy as ``private.sqlite3``.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from alsdesk.paths import VAULT_NAME
from alsdesk.services import Services
from alsdesk.store import open_store
from alsdesk.store.backups import companion
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
        services = Services.over(open_store(path))
        try:
            fill(services)
        finally:
            services.close()
        vault = path.with_name(VAULT_NAME)
        for file in (path, vault):
            if not file.exists():
                continue
            with closing(sqlite3.connect(file)) as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.execute("PRAGMA journal_mode=DELETE")
                conn.execute("VACUUM")
        shutil.copyfile(path, target)
        if vault.exists():
            shutil.copyfile(vault, companion(target))
    print(f"Wrote {target}")
    return 0
