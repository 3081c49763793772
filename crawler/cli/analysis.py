"""``casualties sql``, ``casualties chart`` and ``casualties explore``: the database for analysts."""

from __future__ import annotations

import importlib.util
import signal
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import TextIO

import click

from crawler.analysis.formats import FORMATS, Format, render
from crawler.cli import main
from crawler.cli.options import database_option
from models.db import database_url
from models.read_only import QueryError, read_only_engine, run_query

_DAY = click.DateTime(formats=["%Y-%m-%d"])


@main.command()
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"), help="Read the query from FILE ('-': stdin).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True, help="Output format.")
@database_option
def sql(query: str | None, query_file: TextIO | None, fmt: Format, database: str | None) -> None:
    """Run one read-only SQL query and print its rows.

    The analyst views (tally_reports, timeline, latest_totals, disputed_figures, denials,
    comment_threads, casualty_people, ...) are described in docs/data-dictionary.md; a write is
    refused.

        casualties sql "SELECT * FROM timeline WHERE period = 'week' LIMIT 10"
    """
    if query is not None and query_file is None:
        text = query
    elif query_file is not None and query is None:
        text = query_file.read()
    else:
        raise click.UsageError("give a QUERY or --file, one of them")
    try:
        engine = read_only_engine(database_url(database))
        try:
            result = run_query(engine, text)
        finally:
            engine.dispose()
    except QueryError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    click.echo(render(result, fmt), nl=False)


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default="timeline.png", show_default=True, help="PNG file to write.")
@click.option("--group", "groups", multiple=True, metavar="NAME", help="Only this group (repeatable; e.g. 'Iranian fighters'); default: the largest ones.")
@click.option("--nationality", metavar="NAME", help="Only groups of this nationality or affiliation (e.g. Iranian).")
@click.option("--outcome", type=click.Choice(["killed", "wounded", "captured", "missing"]), default="killed", show_default=True)
@click.option("--site", metavar="DOMAIN", help="Only figures one site reports (its domain).")
@click.option("--since", type=_DAY, help="First day (YYYY-MM-DD).")
@click.option("--until", type=_DAY, help="Last day (YYYY-MM-DD).")
@click.option("--title", help="Chart title.")
@database_option
def chart(
    output: Path,
    groups: tuple[str, ...],
    nationality: str | None,
    outcome: str,
    site: str | None,
    since: object,
    until: object,
    title: str | None,
    database: str | None,
) -> None:
    """Draw the timeline as a PNG: weekly new casualties by group (bars), running totals as step
    lines, disputed figures marked."""
    from crawler.analysis.chart import ChartFilter, draw_timeline, load_timeline

    if importlib.util.find_spec("matplotlib") is None:
        raise click.ClickException("matplotlib is not installed: pip install 'casualties[chart]'")

    chosen = ChartFilter(
        groups=groups, nationality=nationality, outcome=outcome, site=site,
        since=_day(since), until=_day(until),
    )  # fmt: skip
    engine = read_only_engine(database_url(database))
    try:
        data = load_timeline(engine, chosen)
    finally:
        engine.dispose()
    if not data.weeks and not data.totals:
        click.echo("nothing to draw: no figures match", err=True)
        sys.exit(1)
    draw_timeline(data, output, title=title)
    click.echo(f"{output}: {len(data.weeks)} weekly bars, {len(data.totals)} running totals, {len(data.disputes)} disputed")


def _day(value: object) -> date | None:
    return value.date() if hasattr(value, "date") else None


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to serve on.")
@click.option("--port", type=int, default=8001, show_default=True, help="Port (0: any free one).")
@click.option("--open/--no-open", "open_browser", default=False, help="Open a browser on the page.")
@database_option
def explore(host: str, port: int, open_browser: bool, database: str | None) -> None:
    """Browse the database in Datasette (SQLite only; needs the 'explore' extra), with the data
    dictionary as metadata and the cookbook as canned queries.  Stop it with Ctrl-C."""
    from crawler.analysis.explore import ExploreError, datasette_command, sqlite_file, write_metadata

    try:
        path = sqlite_file(database_url(database))
        with tempfile.TemporaryDirectory(prefix="casualties-explore-") as directory:
            command = datasette_command(path, write_metadata(path, Path(directory)), host=host, port=port, open_browser=open_browser)
            status = _serve(command)
    except ExploreError as error:
        raise click.ClickException(str(error)) from error
    sys.exit(status)


def _serve(command: list[str]) -> int:
    """Run the server until it exits; its exit status.

    A SIGTERM to this command (``kill``, a service manager stopping it) stops the server too and
    returns here, so the metadata directory is removed; by default Python would die at once,
    leaving the directory behind and the server running on its port."""
    with subprocess.Popen(command) as server:
        previous = signal.signal(signal.SIGTERM, lambda signum, frame: server.terminate())
        try:
            return server.wait()
        except BaseException:
            server.kill()
            raise
        finally:
            signal.signal(signal.SIGTERM, previous)
