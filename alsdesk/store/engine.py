"""Open the database: engine set-up, version check, backup and migration.

This module holds all SQLite-specific code (pragmas, file copies). The rest of
the application sees only an SQLAlchemy engine and a session factory.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from alsdesk.private_files import private_file, private_folder

# The newest schema revision this build knows. tests/store checks that it is
# Alembic's head, so start-up can skip importing Alembic when nothing changed.
SCHEMA_HEAD = "0006_versions_manifest"


class StoreError(Exception):
    """The database cannot be opened for a reason the user can act on."""


class StoreTooNewError(StoreError):
    """The database was written by a newer alsdesk."""


@dataclass
class Store:
    """An open database: its engine and a factory for short sessions."""

    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None

    def close(self) -> None:
        self.engine.dispose()

    def forget_old_pages(self) -> None:
        """Push replaced secrets out of the write-ahead log after a key change.

        With ``secure_delete`` on, SQLite zeroes replaced content in the database
        file; the log still holds the old page until a checkpoint, so checkpoint it
        and truncate the log to nothing.
        """
        if self.engine.dialect.name != "sqlite":
            return
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    # Overwrite deleted content (old wrapped journal keys, removed entries) with zeros.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def make_engine(path: Path | str) -> Engine:
    """An engine on an SQLite file (or ``":memory:"``) with our pragmas."""
    url = "sqlite+pysqlite:///:memory:" if str(path) == ":memory:" else f"sqlite+pysqlite:///{path}"
    engine = create_engine(url)
    event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision, or None for an empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _backup(path: Path, revision: str, backup_dir: Path) -> Path:
    """Copy the database before an upgrade, named after the revision it holds."""
    from alsdesk.store.backups import write_backup

    private_folder(backup_dir)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return write_backup(path, backup_dir / f"{path.stem}-{revision}-{stamp}{path.suffix}")


def _upgrade(engine: Engine) -> None:
    """Migrate to head in one transaction: every change lands, or none does.

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
    from alsdesk.store.migrate import run_migrations

    with engine.connect() as connection:
        driver = connection.connection.dbapi_connection
        assert driver is not None
        driver_isolation = driver.isolation_level
        driver.isolation_level = None
        driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                driver.execute("BEGIN IMMEDIATE")
                run_migrations(connection)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StoreError(
                        f"The upgraded database would have {len(broken)} broken references; "
                        "it was left as it was."
                    )
        finally:
            driver.execute("PRAGMA foreign_keys=ON")
            driver.isolation_level = driver_isolation


def open_store(path: Path | str, backup_dir: Path | None = None) -> Store:
    """Open (creating if needed) and migrate the database at ``path``.

    Raises StoreTooNewError for a database from a newer alsdesk and StoreError
    when the file is not a usable database.
    """
    file_path = None if str(path) == ":memory:" else Path(path)
    if file_path is not None:
        # Readable by its owner alone from the moment it exists (SQLite would
        # create it with the umask's mode); a failure here is SQLite's to report.
        with suppress(OSError):
            private_file(file_path)
    engine = make_engine(path)
    try:
        revision = current_revision(engine)
        if revision != SCHEMA_HEAD:
            from alsdesk.store.migrate import known_revisions

            if revision is not None and revision not in known_revisions():
                raise StoreTooNewError(
                    f"The database {file_path} was saved by a newer version of alsdesk "
                    f"(schema {revision}). Install the newer version to open it."
                )
            backup = None
            if revision is not None and file_path is not None:
                try:
                    folder = backup_dir or file_path.parent / "backups"
                    backup = _backup(file_path, revision, folder)
                except (OSError, sqlite3.Error, StoreError) as exc:
                    reason = getattr(exc, "strerror", None) or exc
                    raise StoreError(
                        f"Cannot open the database {file_path}: it could not be backed up "
                        f"before its upgrade ({reason}). Nothing was changed."
                    ) from exc
            try:
                _upgrade(engine)
            except BaseException:
                # The upgrade rolled back, so the database is as the backup holds it:
                # the copy is not needed, and a retry must not pile up another one.
                if backup is not None:
                    backup.unlink(missing_ok=True)
                raise
    except (OperationalError, DatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        reason = getattr(exc, "orig", None) or exc
        raise StoreError(f"Cannot open the database {file_path}: {reason}") from exc
    except StoreError:
        engine.dispose()
        raise
    from alsdesk.store.failures import install_error_translation

    # From here on, a locked, full or damaged file raises StorageError with a sentence.
    install_error_translation(engine)
    return Store(
        engine=engine, sessions=sessionmaker(engine, expire_on_commit=False), path=file_path
    )
