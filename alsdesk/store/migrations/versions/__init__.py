"""Alembic revisions of the main store, one module each."""
