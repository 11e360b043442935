"""Run Alembic migrations from inside the application (no alembic.ini needed).

Two lines of history: the main store's (``migrations/``) and the private
vault's (``vault_migrations/``), each with the ``alembic_version`` table in its
own file.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VAULT_MIGRATIONS_DIR = Path(__file__).with_name("vault_migrations")


def _config(connection=None, location: Path = MIGRATIONS_DIR, **attributes: Any):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(location))
    if connection is not None:
        config.attributes["connection"] = connection
    config.attributes.update(attributes)
    return config


@cache
def known_revisions(location: Path = MIGRATIONS_DIR) -> frozenset[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config(location=location))
    return frozenset(rev.revision for rev in script.walk_revisions())


def head_revision(location: Path = MIGRATIONS_DIR) -> str:
    from alembic.script import ScriptDirectory

    return str(ScriptDirectory.from_config(_config(location=location)).get_current_head())


def run_migrations(connection: Connection, **attributes: Any) -> None:
    """Apply every pending revision inside the transaction the caller has begun.

    ``attributes`` reach the revisions as ``context.config.attributes``: revision
    0007 reads ``vault_path`` and ``backup_dir`` there.
    """
    from alembic import command

    command.upgrade(_config(connection, **attributes), "head")


def run_vault_migrations(connection: Connection) -> None:
    """Apply every pending revision of the private vault, as ``run_migrations`` does."""
    from alembic import command

    command.upgrade(_config(connection, VAULT_MIGRATIONS_DIR), "head")


def upgrade_to_head(bind: Engine | Connection) -> None:
    """Upgrade on an engine or a connection (tests and tools; the app uses open_store,
    which makes the upgrade atomic)."""
    if isinstance(bind, Engine):
        with bind.connect() as connection:
            upgrade_to_head(connection)
        return
    with bind.begin():
        run_migrations(bind)
