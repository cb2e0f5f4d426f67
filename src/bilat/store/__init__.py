"""The store: SQLite by default, PostgreSQL for teams (``postgresql://…``)."""

from bilat.store.store import Store, StoreError, open_store, store_url

__all__ = ["Store", "StoreError", "open_store", "store_url"]
