"""Alembic migrations of the casualty database (run on SQLite in batch mode and on PostgreSQL)."""
