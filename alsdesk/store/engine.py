"""Open the database: engine set-up, version check, backup and migration.

This module holds all SQLite-specific code (pragmas, file copies). The rest of
the application sees only an SQLAlchemy engine and a session factory.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

# The newest schema revision this build knows. tests/store checks that it is
# Alembic's head, so start-up can skip importing Alembic when nothing changed.
SCHEMA_HEAD = "0005_journal"


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
    """Copy the database consistently (SQLite's online backup) before an upgrade."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{path.stem}-{revision}-{stamp}{path.suffix}"
    with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
    return target


def _upgrade(engine: Engine) -> None:
    """Migrate to head with SQLite's foreign-key enforcement paused.

    Alembic rebuilds a SQLite table to change its constraints (copy, drop, rename);
    with enforcement on, dropping the old table would cascade-delete the rows that
    refer to it. Enforcement is paused for the upgrade (it cannot change inside a
    transaction) and the result checked before the data is used again.
    """
    from alsdesk.store.migrate import upgrade_to_head

    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        try:
            upgrade_to_head(connection)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        finally:
            connection.rollback()
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
    if broken:
        raise StoreError(f"The upgraded database has {len(broken)} broken references.")


def open_store(path: Path | str, backup_dir: Path | None = None) -> Store:
    """Open (creating if needed) and migrate the database at ``path``.

    Raises StoreTooNewError for a database from a newer alsdesk and StoreError
    when the file is not a usable database.
    """
    file_path = None if str(path) == ":memory:" else Path(path)
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
            if revision is not None and file_path is not None:
                try:
                    _backup(file_path, revision, backup_dir or file_path.parent / "backups")
                except OSError as exc:
                    raise StoreError(
                        f"Cannot back up the database before upgrading it: {exc.strerror or exc}"
                    ) from exc
            _upgrade(engine)
    except (OperationalError, DatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        reason = getattr(exc, "orig", None) or exc
        raise StoreError(f"Cannot open the database {file_path}: {reason}") from exc
    except StoreError:
        engine.dispose()
        raise
    return Store(
        engine=engine, sessions=sessionmaker(engine, expire_on_commit=False), path=file_path
    )
