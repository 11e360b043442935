"""Alembic environment of the private vault: handed a live connection by alsdesk.store.migrate."""

from alembic import context

from alsdesk.store.vault_models import VaultBase

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=VaultBase.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
