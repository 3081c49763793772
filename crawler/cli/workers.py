"""The distributed mode: ``casualties enqueue``, ``casualties worker`` and ``casualties queue``.

All three need ``REDIS_URL`` (e.g. redis://queue-host:6379/0); workers write to the database of
``DATABASE_URL``, which should then be a PostgreSQL shared by every worker.
"""

from __future__ import annotations

import json
import os
import uuid
from datetime import UTC, datetime

import click
from redis import Redis
from scrapy.crawler import CrawlerProcess

from crawler.cli import main
from crawler.cli.options import database_option, named_sites, project_settings
from crawler.spiders.ad_hoc import UnsupportedURL, split_targets
from crawler.spiders.worker import JOBS_KEY, WorkerSpider


def _redis() -> Redis:
    url = os.environ.get("REDIS_URL")
    if not url:
        raise click.ClickException("set REDIS_URL (e.g. redis://127.0.0.1:6379/0) for the distributed mode")
    return Redis.from_url(url)


@main.command()
@click.option("--site", "names", multiple=True, metavar="NAME", help="Start a round of this site (repeatable).")
@click.option("--all-sites", is_flag=True, help="Start a round of every site of the sites file.")
@click.option("--sites-file", metavar="FILE", help="The sites file (default: CASUALTIES_SITES, else ./sites.toml).")
@click.argument("urls", nargs=-1)
def enqueue(names: tuple[str, ...], all_sites: bool, sites_file: str | None, urls: tuple[str, ...]) -> None:
    """Seed the shared queue with site rounds or article URLs, for the workers to take."""
    jobs: list[dict[str, str]] = []
    if names or all_sites:
        _, sites = named_sites(sites_file, names)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        jobs += [{"site": name, "round": f"{stamp}-{uuid.uuid4().hex[:6]}"} for name in (sorted(sites) if all_sites else names)]
    try:
        targets = split_targets(None, list(urls))
    except UnsupportedURL as error:
        raise click.UsageError(str(error)) from error
    if any(not t.startswith(("http://", "https://")) for t in targets):
        raise click.UsageError("workers fetch only http(s) URLs (a saved page is for casualties fetch)")
    jobs += [{"url": url} for url in targets]
    if not jobs:
        raise click.UsageError("nothing to enqueue: give --site NAME, --all-sites or URLs")
    server = _redis()
    server.rpush(JOBS_KEY, *(json.dumps(job) for job in jobs))
    for job in jobs:
        click.echo(f"queued {job.get('site') or job.get('url')}" + (f" (round {job['round']})" if "round" in job else ""))


@main.command()
@click.option("--sites-file", metavar="FILE", help="The sites file (default: CASUALTIES_SITES, else ./sites.toml).")
@click.option("--idle-exit", default=0, show_default=True, metavar="SECONDS",
              help="Stop after this long with nothing to do (0: run until stopped).")
@database_option
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting.")
@click.option("--loglevel", default="INFO", show_default=True, help="Scrapy log level.")
def worker(sites_file: str | None, idle_exit: int, database: str | None, overrides: tuple[str, ...], loglevel: str) -> None:
    """Take requests from the shared queue and store what they bring (stop with SIGTERM: what the
    worker holds goes back to the queue)."""
    server = _redis()
    server.ping()
    settings = project_settings(database, overrides, loglevel)
    settings.set("REDIS_URL", os.environ["REDIS_URL"], priority="cmdline")
    settings.set("MAX_IDLE_TIME_BEFORE_CLOSE", idle_exit, priority="cmdline")
    process = CrawlerProcess(settings)
    process.crawl(WorkerSpider, sites_file=sites_file)
    process.start()


@main.command()
def queue() -> None:
    """What the shared queue holds: jobs, requests, and what each live worker is working on."""
    server = _redis()
    click.echo(f"jobs waiting:     {server.llen(JOBS_KEY)}")
    click.echo(f"requests queued:  {server.zcard('worker:requests')}")
    click.echo(f"taken back from dead workers so far: {int(server.get('worker:recovered') or 0)}")
    alive = {key.decode().split(":alive:", 1)[1] for key in server.scan_iter(match="worker:alive:*")}
    for key in server.scan_iter(match="worker:inflight:*"):
        name = key.decode().split(":inflight:", 1)[1]
        state = "alive" if name in alive else "dead (its requests go back to the queue)"
        click.echo(f"worker {name}: {server.hlen(key)} in flight, {state}")
    for name in sorted(alive):
        click.echo(f"worker {name}: alive")
