"""Everything alsdesk does only on SQLite, behind ``engine.dialect.name == "sqlite"``.

The pragmas set on every connection, the private file mode, the online copy
taken before an upgrade, the one IMMEDIATE transaction with foreign-key checks
paused around a migration, and the write-ahead log checkpoint after a key
change. ``engine.py`` calls these only for an SQLite engine, so another dialect
(PostgreSQL for a shared store) adds its own module beside this one and no
service changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from sqlalchemy import Connection, Engine, event
from sqlalchemy.engine import URL

from alsdesk.i18n import translate

NAME = "sqlite"


def is_sqlite(engine: Engine | Connection) -> bool:
    return engine.dialect.name == NAME


def file_of(url: URL) -> Path | None:
    """The database file an SQLite URL names; None for an in-memory database."""
    database = url.database
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    return Path(database)


def set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    # Overwrite deleted content (old wrapped journal keys, removed entries) with zeros.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def prepare(engine: Engine, path: Path | None) -> None:
    """Set our pragmas on every connection; make the file private before SQLite creates it."""
    if path is not None:
        from alsdesk.private_files import private_file

        # Readable by its owner alone from the moment it exists (SQLite would
        # create it with the umask's mode); a failure here is SQLite's to report.
        with suppress(OSError):
            private_file(path)
    event.listen(engine, "connect", set_pragmas)


def back_up_before_upgrade(
    path: Path, revision: str, backup_dir: Path, suffix: str | None = None
) -> Path:
    """Copy the database before an upgrade, named after the revision it holds.

    ``suffix`` (default: the file's own) lets the vault's copies end in
    ``.sqlite3.private``, which the restore list does not show as backups of their own.
    """
    from alsdesk.private_files import private_folder
    from alsdesk.store.backups import write_backup

    private_folder(backup_dir)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    suffix = suffix or path.suffix
    return write_backup(path, backup_dir / f"{path.stem}-{revision}-{stamp}{suffix}")


def upgrade_atomically(engine: Engine, migrate: Callable[[Connection], None]) -> None:
    """Run ``migrate`` in one transaction: every change lands, or none does.

    pysqlite commits each CREATE, DROP or ALTER on its own unless a transaction
    was begun explicitly, so a kill or a full disk midway would leave half a
    schema. The upgrade therefore takes the driver's transaction handling away
    (``isolation_level = None``) and begins one IMMEDIATE transaction itself;
    SQLite rolls back everything in it if the process dies before COMMIT.

    Foreign-key enforcement is paused around it: Alembic rebuilds a SQLite table
    to change its constraints (copy, drop, rename) and, with enforcement on,
    dropping the old table would cascade-delete the rows that refer to it. The
    pragma cannot change inside a transaction, and the result is checked before
    the commit, so broken references roll the whole upgrade back.
    """
    from alsdesk.store.engine import StoreError

    with engine.connect() as connection:
        driver = connection.connection.dbapi_connection
        assert driver is not None
        driver_isolation = driver.isolation_level
        driver.isolation_level = None
        driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                driver.execute("BEGIN IMMEDIATE")
                migrate(connection)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StoreError(
                        translate(
                            "store",
                            "The upgraded database would have %s broken references; it was left "
                            "as it was.",
                        )
                        % len(broken)
                    )
        finally:
            driver.execute("PRAGMA foreign_keys=ON")
            driver.isolation_level = driver_isolation


def compact_after_upgrade(engine: Engine) -> None:
    """Give back the space of tables an upgrade dropped (the journal's, moved to the vault).

    VACUUM rewrites the file in one atomic step, so only when a quarter or more of
    it is free pages; then checkpoint, so the log keeps no old page either.
    """
    with engine.connect() as conn:
        free = conn.exec_driver_sql("PRAGMA freelist_count").scalar() or 0
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar() or 0
    if pages and free * 4 >= pages:
        with engine.connect() as conn:
            driver = conn.connection.dbapi_connection
            assert driver is not None
            driver.execute("VACUUM")
    checkpoint(engine)


def checkpoint(engine: Engine) -> None:
    """Push replaced pages out of the write-ahead log and truncate the log to nothing."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
