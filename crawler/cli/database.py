"""``casualties db``: the database schema."""

from __future__ import annotations

import click

from crawler.cli import main
from crawler.cli.options import database_option
from models.db import current_revision, database_url, display_url, downgrade, engine_for, head_revision, upgrade


@main.group()
def db() -> None:
    """Database schema: upgrade, downgrade, current revision."""


@db.command("upgrade")
@database_option
@click.argument("revision", default="head")
def db_upgrade(database: str | None, revision: str) -> None:
    """Apply migrations up to REVISION (default: the newest)."""
    engine = engine_for(database)
    upgrade(engine, revision)
    click.echo(f"{display_url(database_url(database))} at revision {current_revision(engine)}")


@db.command("downgrade")
@database_option
@click.argument("revision")
def db_downgrade(database: str | None, revision: str) -> None:
    """Undo migrations down to REVISION ("base" empties the database)."""
    engine = engine_for(database)
    downgrade(engine, revision)
    click.echo(f"{display_url(database_url(database))} at revision {current_revision(engine)}")


@db.command("current")
@database_option
def db_current(database: str | None) -> None:
    """Show the database's revision and the newest one."""
    engine = engine_for(database)
    click.echo(f"{display_url(database_url(database))}: {current_revision(engine)} (newest: {head_revision()})")


