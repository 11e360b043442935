"""Alembic revisions of the private vault (``private.sqlite3``), a line of their own."""
