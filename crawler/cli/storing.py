"""The database check every command that stores makes before it fetches anything."""

from __future__ import annotations

import click

from models.db import DatabaseNotWritable, display_url, engine_for, prepare_for_writing


def writable_or_exit(url: str) -> None:
    """Bring the database to the newest schema, or stop with the reason it cannot be written
    (read-only, full, unreachable) before a single page is fetched for nothing."""
    engine = engine_for(url)
    try:
        prepare_for_writing(engine)
    except DatabaseNotWritable as error:
        raise click.ClickException(f"cannot store in {display_url(url)}: {error}") from error
    finally:
        engine.dispose()
