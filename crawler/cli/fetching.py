"""``casualties fetch``: article URLs or saved pages, with their comment threads.

The command starts its worker processes' code loading (``preload_workers``) before it reads its
options and loads Scrapy and the database layer itself, so that both load at once on a machine
with two cores.  The workers then read and extract every page from the first on, and the crawl
process keeps Scrapy, the items and the writes: on real pages about as much work a page as
reading it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from crawler.cli import main
from crawler.cli.options import WORKER_CODE, add_feeds, database_option, project_settings
from crawler.runtime.pool import preload_workers

if TYPE_CHECKING:
    from scrapy.settings import Settings


def _masked(line: str) -> str:
    """A line as reported: a password in it masked."""
    from crawler.runtime.middlewares import shown_url

    try:
        return shown_url(line)
    except ValueError:
        return line


def _local_files_only(settings: Settings) -> None:
    """Settings for a run that reads local files only: no retries (a file read does not fail and
    then succeed) and no cookies, whose middlewares load the TLS stack and the public suffix
    list for nothing before the first page."""
    settings.set("RETRY_ENABLED", False, priority="cmdline")
    settings.set("COOKIES_ENABLED", False, priority="cmdline")
    middlewares = settings.getdict("DOWNLOADER_MIDDLEWARES_BASE")
    middlewares.pop("scrapy.downloadermiddlewares.cookies.CookiesMiddleware", None)
    settings.set("DOWNLOADER_MIDDLEWARES_BASE", middlewares, priority=settings.getpriority("DOWNLOADER_MIDDLEWARES_BASE") or 0)


class _WorkersFirst(click.Command):
    """A command whose workers' code starts loading before its options are read: checking a
    ``--database`` URL loads SQLAlchemy, a third of a second the fork server need not wait for.
    Not for a command that only shows its help."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not ctx.resilient_parsing and not set(args) & set(self.get_help_option_names(ctx)):
            preload_workers(WORKER_CODE)
        return super().parse_args(ctx, args)


@main.command(cls=_WorkersFirst)
@click.argument("urls", nargs=-1)
@click.option("--from-file", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="File with one URL or path per line.")
@click.option("-O", "--overwrite-output", "overwrite", metavar="FILE", help="Write items to FILE (e.g. items.jsonl), replacing it.")
@click.option("-o", "--output", "append", metavar="FILE", help="Append items to FILE.")
@database_option
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
    """Fetch article pages (http(s) URLs, file:// URLs or saved files) with their comment threads.

    A line of --from-file that cannot be fetched (no such file, a malformed URL, a scheme that is
    not fetched) is reported as failed, with its reason, and the others are fetched."""
    workers_loaded = preload_workers(WORKER_CODE)  # started already, unless the command was called otherwise
    from scrapy.crawler import CrawlerProcess

    from crawler.cli.storing import writable_or_exit
    from crawler.runtime.report import RunReport
    from crawler.spiders.ad_hoc import ArticleSpider, UnsupportedURL, as_fetchable_url, split_targets
    from models.db import display_url

    try:
        targets = split_targets(None, list(urls))
    except UnsupportedURL as error:
        raise click.UsageError(str(error)) from error
    refused: dict[str, str] = {}
    known = set(targets)
    if from_file:
        for line in from_file.read_text("utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                target = as_fetchable_url(line)
            except UnsupportedURL as error:
                refused[_masked(line)] = error.reason
                continue
            if target not in known:
                known.add(target)
                targets.append(target)
    if not targets and not refused:
        raise click.UsageError("nothing to fetch: give URLs, paths, or --from-file")
    settings = project_settings(database, overrides, loglevel)
    settings.set("SPIDER_MODULES", [], priority="cmdline")  # the spider is given: no need to load them all
    if not workers_loaded:  # spawned workers load their code for a second: the crawl process reads meanwhile (-s wins)
        settings.set("POOL_SHARE_WORK", True, priority="project")
    # Each callback of the article spider gives one item or one request: Scrapy need not start a
    # hundred tasks per page to handle them in parallel.
    settings.set("CONCURRENT_ITEMS", 1, priority="project")
    if targets and all(target.startswith("file:") for target in targets):
        _local_files_only(settings)
    add_feeds(settings, overwrite, append)
    writable_or_exit(settings["DATABASE_URL"])
    where = display_url(settings["DATABASE_URL"])
    report = RunReport(echo=click.echo, where=where)  # each article's lines as soon as it is stored
    for line, reason in refused.items():
        report.refuse(line, reason)
    if targets:
        process = CrawlerProcess(settings)
        crawler = process.create_crawler(ArticleSpider)
        report.watch(crawler)
        process.crawl(crawler, urls=targets, tz=tz)
        process.start()
    for line in report.lines(where):
        click.echo(line)
    if report.failed or len(report.stored) < len(targets):
        sys.exit(1)


