"""The private vault's file: open it, and move a journal out of the main database into it.

The vault is an SQLite file of its own (``private.sqlite3``, beside the main
database) with its own line of migrations; it is opened like the main store,
with the same pragmas, private file mode and backup before an upgrade.

Until revision 0007 the journal lived in the main database. Revision 0007 calls
``move_journal`` inside the main upgrade's single transaction: the vault is
built complete under a temporary name, flushed to disk and renamed into place,
and only then are the journal's tables dropped from the main database. A crash
before the rename leaves the old state (the main upgrade rolls back); a crash
after it leaves a vault that already holds exactly the main database's journal,
which the next start recognises and keeps while it finishes the upgrade.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Sequence
from contextlib import closing, suppress
from pathlib import Path

from sqlalchemy import Connection, create_engine, inspect, text
from sqlalchemy.engine import URL

from alsdesk.durable import sync_file, sync_folder
from alsdesk.i18n import translate
from alsdesk.paths import VAULT_NAME
from alsdesk.private_files import private_file, private_folder
from alsdesk.store.engine import Chain, Store, StoreError, database_url, open_database
from alsdesk.store.vault_migrations import first_schema

# The vault's newest revision this build knows (tests/store checks it is Alembic's head).
VAULT_HEAD = "vault_0003_feedback_theme"
MOVING_SUFFIX = ".moving"
ASIDE_PREFIX = "vault-before-move-"


def vault_beside(db_path: Path) -> Path:
    """Where the vault of the database at ``db_path`` lives: the same folder."""
    return Path(db_path).with_name(VAULT_NAME)


def _vault_chain() -> Chain:
    def run(connection: Connection) -> None:
        from alsdesk.store.migrate import run_vault_migrations

        run_vault_migrations(connection)

    def known() -> frozenset[str]:
        from alsdesk.store.migrate import VAULT_MIGRATIONS_DIR, known_revisions

        return known_revisions(VAULT_MIGRATIONS_DIR)

    from alsdesk.store.backups import SUFFIX, VAULT_SUFFIX

    return Chain(VAULT_HEAD, known, run, "private vault", SUFFIX + VAULT_SUFFIX)


def open_vault(url_or_path: str | os.PathLike[str] | URL, backup_dir: Path | None = None) -> Store:
    """Open (creating if needed) and migrate the private vault; StoreError as open_store."""
    url = database_url(url_or_path)
    if url.get_backend_name() != "sqlite":
        raise StoreError(
            translate("store", "The private vault is always a file on this device (an SQLite URL).")
        )
    return open_database(url, _vault_chain(), backup_dir)


# -- the move of revision 0007 ---------------------------------------------------


def _journal_rows(main: Connection) -> dict[str, tuple[Sequence[str], list[tuple]]]:
    """The journal's rows in the main database, by vault table: (columns, rows by id)."""
    present = set(inspect(main).get_table_names())
    found: dict[str, tuple[Sequence[str], list[tuple]]] = {}
    for main_table, vault_table in first_schema.MOVED_TABLES:
        if main_table not in present:
            continue
        wanted = list(first_schema.TABLES.tables[vault_table].columns.keys())
        have = {c["name"] for c in inspect(main).get_columns(main_table)}
        columns = [c for c in wanted if c in have]
        listed = ", ".join(f'"{c}"' for c in columns)
        rows = main.execute(text(f'SELECT {listed} FROM "{main_table}" ORDER BY id')).all()
        found[vault_table] = (columns, [tuple(r) for r in rows])
    return found


def _holds(vault: Path, rows: dict[str, tuple[Sequence[str], list[tuple]]]) -> bool:
    """Whether the vault file holds exactly ``rows`` (a move cut short after its rename)."""
    uri = f"{vault.resolve().as_uri()}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if version is None or version[0] != first_schema.REVISION:
                return False
            for table, (columns, expected) in rows.items():
                listed = ", ".join(f'"{c}"' for c in columns)
                found = conn.execute(f'SELECT {listed} FROM "{table}" ORDER BY id').fetchall()
                if found != expected:
                    return False
    except sqlite3.Error:
        return False
    return True


def _is_empty(vault: Path) -> bool:
    uri = f"{vault.resolve().as_uri()}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            return all(
                conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] == 0
                for _main, table in first_schema.MOVED_TABLES
                if table in tables
            )
    except sqlite3.Error:
        return False


def _build(target: Path, rows: dict[str, tuple[Sequence[str], list[tuple]]]) -> None:
    """Write a complete vault at revision vault_0001 holding ``rows``, as one file at ``target``."""
    with suppress(FileNotFoundError):
        target.unlink()  # left by a start that died while building
    private_file(target)
    engine = create_engine(f"sqlite+pysqlite:///{target}")
    try:
        with engine.begin() as conn:
            first_schema.create(conn)
            conn.execute(
                text(
                    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
                )
            )
            conn.execute(
                text("INSERT INTO alembic_version (version_num) VALUES (:v)"),
                {"v": first_schema.REVISION},
            )
            for table, (columns, values) in rows.items():
                if not values:
                    continue
                listed = ", ".join(f'"{c}"' for c in columns)
                marks = ", ".join(f":{c}" for c in columns)
                conn.execute(
                    text(f'INSERT INTO "{table}" ({listed}) VALUES ({marks})'),
                    [dict(zip(columns, v, strict=True)) for v in values],
                )
    finally:
        engine.dispose()
    sync_file(target)


def move_journal(main: Connection, vault: Path | None, aside_dir: Path | None) -> None:
    """Move the journal's tables from the main database into the vault file (revision 0007).

    Runs inside the main upgrade's transaction; the main tables are dropped last,
    so they go only once the vault holding their rows is in place. A vault already
    there that holds other data is copied into ``aside_dir`` first, never lost.
    """
    rows = _journal_rows(main)
    if any(values for _columns, values in rows.values()):
        if vault is None:
            raise StoreError(
                translate(
                    "store",
                    "This database holds a journal, and without a data folder there is no "
                    "private vault to move it into. Nothing was changed.",
                )
            )
        if not (vault.exists() and _holds(vault, rows)):
            if vault.exists() and not _is_empty(vault):
                from alsdesk.store.backups import write_backup

                folder = private_folder(aside_dir or vault.parent / "backups")
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                write_backup(vault, folder / f"{ASIDE_PREFIX}{stamp}.sqlite3.private")
            moving = vault.with_name(vault.name + MOVING_SUFFIX)
            _build(moving, rows)
            for extra in ("-wal", "-shm"):
                with suppress(FileNotFoundError):
                    vault.with_name(vault.name + extra).unlink()
            os.replace(moving, vault)
            sync_folder(vault.parent)
    present = set(inspect(main).get_table_names())
    for main_table, _vault_table in reversed(first_schema.MOVED_TABLES):
        if main_table in present:
            main.execute(text(f'DROP TABLE "{main_table}"'))
