"""Run Alembic migrations from inside the application (no alembic.ini needed)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def known_revisions() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return frozenset(rev.revision for rev in script.walk_revisions())


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return str(ScriptDirectory.from_config(_config()).get_current_head())


def run_migrations(connection: Connection) -> None:
    """Apply every pending revision inside the transaction the caller has begun."""
    from alembic import command

    command.upgrade(_config(connection), "head")


def upgrade_to_head(bind: Engine | Connection) -> None:
    """Upgrade on an engine or a connection (tests and tools; the app uses open_store,
    which makes the upgrade atomic)."""
    if isinstance(bind, Engine):
        with bind.connect() as connection:
            upgrade_to_head(connection)
        return
    with bind.begin():
        run_migrations(bind)
