"""Alembic's scripts for the main store (env.py and the revisions)."""
