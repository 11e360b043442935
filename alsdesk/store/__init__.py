"""Storage: SQLAlchemy models, the engine factory and schema migrations."""

from alsdesk.store.engine import Store, StoreError, StoreTooNewError, open_store

__all__ = ["Store", "StoreError", "StoreTooNewError", "open_store"]
