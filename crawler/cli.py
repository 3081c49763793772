"""The ``casualties`` command: a thin layer over the spiders, the pipelines and the database."""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime
from pathlib import Path

import click
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.conf import feed_process_params_from_cli
from scrapy.utils.project import get_project_settings

from crawler.extract.document import EXTRACTOR_VERSION, extract_document
from crawler.extract.export import event_tallies_json, extraction_to_dict
from crawler.reextract import articles_to_extract, reextract
from crawler.report import RunReport
from crawler.spiders.article import ArticleSpider, UnsupportedURL, split_targets
from models.db import (
    current_revision,
    database_url,
    display_url,
    downgrade,
    ensure_schema,
    head_revision,
    make_engine,
    session_factory,
    upgrade,
)


def project_settings(database: str | None, overrides: tuple[str, ...] = (), loglevel: str | None = None) -> Settings:
    """The project's Scrapy settings wherever the command runs, with this run's overrides."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    settings = get_project_settings()
    settings.set("DATABASE_URL", database_url(database), priority="cmdline")
    for pair in overrides:
        name, sep, value = pair.partition("=")
        if not sep:
            raise click.BadParameter(f"{pair!r}: expected NAME=VALUE", param_hint="-s")
        settings.set(name, value, priority="cmdline")
    if loglevel:
        settings.set("LOG_LEVEL", loglevel, priority="cmdline")
    return settings


def add_feeds(settings: Settings, overwrite: str | None, append: str | None) -> None:
    if overwrite or append:
        feeds = feed_process_params_from_cli(
            settings, [append] if append else [], overwrite_output=[overwrite] if overwrite else []
        )
        settings.set("FEEDS", feeds, priority="cmdline")


@click.group()
@click.version_option(package_name="casualties")
def main() -> None:
    """Crawl conflict news and reader comments into a casualty database."""


@main.command()
@click.argument("urls", nargs=-1)
@click.option("--from-file", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="File with one URL or path per line.")
@click.option("-O", "--overwrite-output", "overwrite", metavar="FILE", help="Write items to FILE (e.g. items.jsonl), replacing it.")
@click.option("-o", "--output", "append", metavar="FILE", help="Append items to FILE.")
@click.option("--database", metavar="URL", help="Database URL (default: DATABASE_URL, else sqlite:///casualties.db).")
@click.option("--tz", metavar="ZONE", help="The site's time zone for dates given without one (IANA name).")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting.")
@click.option("--loglevel", default="WARNING", show_default=True, help="Scrapy log level.")
def fetch(
    urls: tuple[str, ...],
    from_file: Path | None,
    overwrite: str | None,
    append: str | None,
    database: str | None,
    tz: str | None,
    overrides: tuple[str, ...],
    loglevel: str,
) -> None:
    """Fetch article pages (http(s) URLs, file:// URLs or saved files) with their comment threads."""
    given = list(urls)
    if from_file:
        given += [line.strip() for line in from_file.read_text("utf-8").splitlines() if line.strip() and not line.startswith("#")]
    try:
        targets = split_targets(None, given)
    except UnsupportedURL as error:
        raise click.UsageError(str(error)) from error
    if not targets:
        raise click.UsageError("nothing to fetch: give URLs, paths, or --from-file")
    settings = project_settings(database, overrides, loglevel)
    add_feeds(settings, overwrite, append)
    report = RunReport()
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(ArticleSpider)
    report.watch(crawler)
    process.crawl(crawler, urls=targets, tz=tz)
    process.start()
    for line in report.lines(display_url(settings["DATABASE_URL"])):
        click.echo(line)
    if report.failed or len(report.stored) < len(targets):
        sys.exit(1)


@main.group()
def db() -> None:
    """Database schema: upgrade, downgrade, current revision."""


@db.command("upgrade")
@click.option("--database", metavar="URL")
@click.argument("revision", default="head")
def db_upgrade(database: str | None, revision: str) -> None:
    """Apply migrations up to REVISION (default: the newest)."""
    engine = make_engine(database)
    upgrade(engine, revision)
    click.echo(f"{display_url(database_url(database))} at revision {current_revision(engine)}")


@db.command("downgrade")
@click.option("--database", metavar="URL")
@click.argument("revision")
def db_downgrade(database: str | None, revision: str) -> None:
    """Undo migrations down to REVISION ("base" empties the database)."""
    engine = make_engine(database)
    downgrade(engine, revision)
    click.echo(f"{display_url(database_url(database))} at revision {current_revision(engine)}")


@db.command("current")
@click.option("--database", metavar="URL")
def db_current(database: str | None) -> None:
    """Show the database's revision and the newest one."""
    engine = make_engine(database)
    click.echo(f"{display_url(database_url(database))}: {current_revision(engine)} (newest: {head_revision()})")


@main.command()
@click.option("--text", "text", metavar="TEXT", help="Extract from this text and print JSON.")
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), help="Publication date of --text (YYYY-MM-DD).")
@click.option("--comment", is_flag=True, help="--text is a reader comment (its claims are the reader's).")
@click.option("--language", default="en", show_default=True, help="Language of --text.")
@click.option(
    "--jsonl",
    is_flag=True,
    help='Read JSON Lines {"id", "text", "pub_date"} on stdin, write {"id", "tallies"}: each text\'s own event figures.',
)
@click.option("--all", "everything", is_flag=True, help="Re-extract every stored document, not only outdated ones.")
@click.option("--database", metavar="URL")
def extract(
    text: str | None,
    published: datetime | None,
    comment: bool,
    language: str,
    jsonl: bool,
    everything: bool,
    database: str | None,
) -> None:
    """Claims and casualty tallies: from a text, from JSON Lines, or over the stored documents.

    Without --text or --jsonl, re-runs extraction over the database: documents read by an older
    extractor version (or all of them with --all), replacing what was stored for each.
    """
    if text is not None:
        found = extract_document(text, published.date() if published else None, language, "comment" if comment else "body")
        click.echo(json.dumps(extraction_to_dict(found), ensure_ascii=False, indent=2))
        return
    if jsonl:
        for number, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                found = event_tallies_json(str(row["text"]), row.get("pub_date"), str(row.get("language") or "en"))
            except (ValueError, KeyError, TypeError) as error:
                raise click.ClickException(f"stdin line {number}: {error}") from error
            click.echo(json.dumps({"id": row.get("id"), "tallies": found}, ensure_ascii=False))
        return
    engine = make_engine(database)
    ensure_schema(engine)
    sessions = session_factory(engine)
    with sessions() as session:
        todo = articles_to_extract(session, everything)
    if not todo:
        click.echo(f"nothing to do: every document was read by extractor {EXTRACTOR_VERSION}")
        return
    with click.progressbar(reextract(sessions, todo), length=len(todo), label="re-extracting", file=sys.stderr) as progress:
        for _ in progress:
            pass
    click.echo(f"{len(todo)} articles re-extracted with extractor {EXTRACTOR_VERSION} in {display_url(database_url(database))}")
