"""PLACEHOLDER (owner: serve helper): fixture `postgres_url` starting a real PostgreSQL server."""
