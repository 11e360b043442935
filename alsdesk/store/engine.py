"""Open a database by URL: engine set-up, version check, backup and migration.

``open_store`` takes an SQLAlchemy URL (``sqlite:///path/alsdesk.sqlite3``) or,
as before, a plain path or ``":memory:"``. What only SQLite needs (pragmas,
file modes, the online copy before an upgrade, the single IMMEDIATE transaction)
lives in ``sqlite_dialect`` and is used only for an SQLite engine; the rest of
the application sees an SQLAlchemy engine and a session factory.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from alsdesk.i18n import translate
from alsdesk.store import sqlite_dialect

# The newest schema revision this build knows. tests/store checks that it is
# Alembic's head, so start-up can skip importing Alembic when nothing changed.
SCHEMA_HEAD = "0012_goal_spc"


class StoreError(Exception):
    """The database cannot be opened for a reason the user can act on."""


class StoreTooNewError(StoreError):
    """The database was written by a newer alsdesk."""


@dataclass
class Store:
    """An open database: its engine and a factory for short sessions.

    ``path`` is the SQLite file, or None for an in-memory database or a server.
    """

    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None

    @property
    def url(self) -> URL:
        return self.engine.url

    def close(self) -> None:
        self.engine.dispose()

    def forget_old_pages(self) -> None:
        """Push replaced secrets out of the write-ahead log after a key change.

        With ``secure_delete`` on, SQLite zeroes replaced content in the database
        file; the log still holds the old page until a checkpoint, so checkpoint it
        and truncate the log to nothing. Other dialects keep no such log here.
        """
        if sqlite_dialect.is_sqlite(self.engine):
            sqlite_dialect.checkpoint(self.engine)


def database_url(url_or_path: str | os.PathLike[str] | URL) -> URL:
    """The URL for ``url_or_path``: a URL as given, a path or ``":memory:"`` as SQLite."""
    if isinstance(url_or_path, URL):
        return url_or_path
    text_form = os.fspath(url_or_path)
    if "://" in text_form:
        try:
            return make_url(text_form)
        except ArgumentError as exc:
            raise StoreError(
                translate("store", "%s is not a database URL alsdesk understands.") % text_form
            ) from exc
    if text_form == ":memory:":
        return URL.create("sqlite+pysqlite", database=":memory:")
    return URL.create("sqlite+pysqlite", database=str(Path(text_form)))


def make_engine(url_or_path: str | os.PathLike[str] | URL) -> Engine:
    """An engine for a URL or an SQLite path, with the dialect's per-connection set-up."""
    url = database_url(url_or_path)
    engine = create_engine(url)
    if sqlite_dialect.is_sqlite(engine):
        sqlite_dialect.prepare(engine, sqlite_dialect.file_of(url))
    return engine


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision, or None for an empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


@dataclass(frozen=True)
class Chain:
    """One line of migrations: the main store's, or the private vault's."""

    head: str
    known: Callable[[], frozenset[str]]
    run: Callable[[Connection], None]
    what: str  # "database" or "private vault", for messages
    backup_suffix: str | None = None  # of the copy before an upgrade (default: the file's)


def _main_chain(vault_path: Path | None, backup_dir: Path | None) -> Chain:
    def run(connection: Connection) -> None:
        from alsdesk.store.migrate import run_migrations

        # Revision 0007 moves a journal into the private vault at ``vault_path``.
        run_migrations(connection, vault_path=vault_path, backup_dir=backup_dir)

    def known() -> frozenset[str]:
        from alsdesk.store.migrate import known_revisions

        return known_revisions()

    return Chain(SCHEMA_HEAD, known, run, "database")


def open_store(
    url_or_path: str | os.PathLike[str] | URL,
    backup_dir: Path | None = None,
    *,
    vault_path: Path | None = None,
) -> Store:
    """Open (creating if needed) and migrate the database at a URL or SQLite path.

    Raises StoreTooNewError for a database from a newer alsdesk and StoreError
    when it is not a usable database. An SQLite file is copied into
    ``backup_dir`` (default: ``backups`` beside it) before it is upgraded. A
    journal still in the database moves into the private vault at ``vault_path``
    (default: ``private.sqlite3`` beside an SQLite file); open the vault itself
    with ``alsdesk.store.vault.open_vault`` after this.
    """
    from alsdesk.paths import VAULT_NAME

    url = database_url(url_or_path)
    file_path = sqlite_dialect.file_of(url) if url.get_backend_name() == "sqlite" else None
    if vault_path is None and file_path is not None:
        vault_path = file_path.with_name(VAULT_NAME)
    if backup_dir is None and file_path is not None:
        backup_dir = file_path.parent / "backups"
    return open_database(url, _main_chain(vault_path, backup_dir), backup_dir)


def open_database(url: URL, chain: Chain, backup_dir: Path | None) -> Store:
    """Open ``url`` and bring it to ``chain``'s head (the store and the vault share this)."""
    engine = make_engine(url)
    file_path = sqlite_dialect.file_of(url) if sqlite_dialect.is_sqlite(engine) else None
    where = file_path or url.render_as_string(hide_password=True)
    try:
        revision = current_revision(engine)
        if revision != chain.head:
            if revision is not None and revision not in chain.known():
                raise StoreTooNewError(
                    translate(
                        "store",
                        "The %s %s was saved by a newer version of alsdesk (schema %s). Install "
                        "the newer version to open it.",
                    )
                    % (chain.what, where, revision)
                )
            backup = None
            if revision is not None and file_path is not None:
                try:
                    folder = backup_dir or file_path.parent / "backups"
                    backup = sqlite_dialect.back_up_before_upgrade(
                        file_path, revision, folder, chain.backup_suffix
                    )
                except (OSError, sqlite3.Error, StoreError) as exc:
                    reason = getattr(exc, "strerror", None) or exc
                    raise StoreError(
                        translate(
                            "store",
                            "Cannot open the %s %s: it could not be backed up before its upgrade "
                            "(%s). Nothing was changed.",
                        )
                        % (chain.what, where, reason)
                    ) from exc
            try:
                _upgrade(engine, chain.run)
            except BaseException:
                # The upgrade rolled back, so the database is as the backup holds it:
                # the copy is not needed, and a retry must not pile up another one.
                if backup is not None:
                    backup.unlink(missing_ok=True)
                raise
            if revision is not None and sqlite_dialect.is_sqlite(engine):
                # Tables an upgrade dropped (the journal's, moved to the vault) leave
                # free pages in the file and old pages in the write-ahead log.
                sqlite_dialect.compact_after_upgrade(engine)
    except (OperationalError, DatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        reason = getattr(exc, "orig", None) or exc
        raise StoreError(
            translate("store", "Cannot open the %s %s: %s") % (chain.what, where, reason)
        ) from exc
    except StoreError:
        engine.dispose()
        raise
    from alsdesk.store.failures import install_error_translation

    # From here on, a locked, full or damaged file raises StorageError with a sentence.
    install_error_translation(engine)
    return Store(
        engine=engine, sessions=sessionmaker(engine, expire_on_commit=False), path=file_path
    )


def _upgrade(engine: Engine, migrate: Callable[[Connection], None]) -> None:
    """Migrate to head in one transaction: every change lands, or none does."""
    if sqlite_dialect.is_sqlite(engine):
        sqlite_dialect.upgrade_atomically(engine, migrate)
        return
    # A server with transactional DDL (PostgreSQL) needs no more than a transaction.
    with engine.connect() as connection, connection.begin():
        migrate(connection)
