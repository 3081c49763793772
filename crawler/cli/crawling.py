"""``casualties crawl`` (configured sites, for cron) and ``casualties runs`` (their records)."""

from __future__ import annotations

import shutil
import sys
from datetime import datetime
from pathlib import Path

import click
from scrapy.crawler import Crawler, CrawlerProcess
from twisted.python.failure import Failure

from crawler.cli import main
from crawler.cli.options import WORKER_CODE, database_option, named_sites, project_settings
from crawler.cli.storing import writable_or_exit
from crawler.runtime.pool import preload_workers, understanding_processes
from crawler.runtime.report import run_summary
from crawler.spiders.site import SiteSpider
from crawler.vocabulary import Stat
from models.run_store import fleets, looks_dead, recent_runs


def _extraction_processes() -> int:
    """A site crawl's extraction workers: one from three cores on; none on two, where the crawl
    process extracts, with the core the understanding worker leaves it (real-page site, 1,000
    articles, two runs side by side: the same pace and CPU an article, 17 MB less at the peak
    than with an extraction worker)."""
    return 1 if understanding_processes() > 1 else 0


@main.command()
@click.option("--site", "names", multiple=True, metavar="NAME", help="Crawl this site (repeatable; default: every site).")
@click.option("--sites-file", metavar="FILE", help="The sites file (default: CASUALTIES_SITES, else ./sites.toml).")
@click.option("--jobdir", metavar="DIR", default=".casualties/jobs", show_default=True,
              help="Where a stopped run keeps its queue, to resume from on the next run.")
@database_option
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting.")
@click.option("--loglevel", default="INFO", show_default=True, help="Scrapy log level.")
def crawl(names: tuple[str, ...], sites_file: str | None, jobdir: str, database: str | None,
          overrides: tuple[str, ...], loglevel: str) -> None:
    """Crawl configured sites: what is new or changed, and threads that are still live.

    Exits non-zero when a run failed (or another run of the same site was going on)."""
    path, sites = named_sites(sites_file, names)
    chosen = list(names) or sorted(sites)
    if not chosen:
        raise click.ClickException(f"{path} lists no sites")
    preload_workers(WORKER_CODE)
    settings = project_settings(database, overrides, loglevel)
    settings.set("PROGRESS_LINE", sys.stderr.isatty(), priority="cmdline")
    settings.setdefault("EXTRACTION_PROCESSES", _extraction_processes())
    writable_or_exit(settings["DATABASE_URL"])
    process = CrawlerProcess(settings)
    crawlers: dict[str, Crawler] = {}
    not_run: dict[str, str] = {}

    def note_not_run(failure: Failure, name: str) -> None:
        not_run[name] = failure.getErrorMessage()

    for number, name in enumerate(chosen):
        per_site = settings.copy()
        per_site.set("JOBDIR", str(Path(jobdir) / name), priority="cmdline")
        # One reactor serves every site's crawler; the first installs it.
        crawlers[name] = crawler = Crawler(SiteSpider, per_site, init_reactor=number == 0)
        started = process.crawl(crawler, site=name, sites_file=str(path))
        started.addErrback(note_not_run, name)
    process.start()
    failed = False
    for name, crawler in crawlers.items():
        reason = None if name in not_run else crawler.stats.get_value("finish_reason")
        if reason == "finished":
            # A finished run leaves nothing to resume; a stale queue would be replayed next time.
            shutil.rmtree(Path(jobdir) / name, ignore_errors=True)
        else:
            failed = True
        click.echo(f"{name}: {reason or 'not run: ' + not_run.get(name, 'see the log')}")
        run_id = crawler.stats.get_value(Stat.RUN_ID)
        for line in run_summary(settings["DATABASE_URL"], run_id) if run_id else []:
            click.echo(f"  {line}")
    if failed:
        sys.exit(1)


FIGURES = ("requests", "not_modified", "articles_new", "articles_updated", "comments_new", "errors")
FIGURE_LABELS = ("requests", "304s", "new articles", "updated articles", "new comments", "errors")


def _ago(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S") if moment else "-"


@main.command()
@click.option("--site", metavar="NAME", help="Only this site's runs.")
@click.option("-n", "--limit", default=20, show_default=True, help="How many runs.")
@database_option
def runs(site: str | None, limit: int, database: str | None) -> None:
    """Recent crawl runs: when, by whom, what they did, and how they ended."""
    found = recent_runs(database, limit, site)
    if not found:
        click.echo("no runs yet")
        return
    header = f"{'run':>5}  {'site':<16} {'status':<9} {'started (UTC)':<19}  {'secs':>6} {'reqs':>6} {'304':>5} {'new':>5} {'upd':>5} {'comm+':>6} {'errs':>5}  worker"
    click.echo(header)
    for run in found:
        status = "dead?" if looks_dead(run) else run.status
        seconds = ((run.finished_at or run.heartbeat_at) - run.started_at).total_seconds()
        click.echo(
            f"{run.id:>5}  {(run.site or f'({run.spider})')[:16]:<16} {status:<9} {_ago(run.started_at):<19}  {seconds:>6.0f} "
            f"{run.requests:>6} {run.not_modified:>5} {run.articles_new:>5} {run.articles_updated:>5} "
            f"{run.comments_new:>6} {run.errors:>5}  {run.worker}"
        )
        if run.errors_by_kind:
            click.echo(f"{'':>7}errors: " + ", ".join(f"{k} {v}" for k, v in sorted(run.errors_by_kind.items())))
        if run.extraction_failures:
            click.echo(f"{'':>7}extraction failed on {run.extraction_failures} documents (stored; `casualties extract` retries them)")
    for group in fleets(found):
        totals = [sum(getattr(r, name) for r in group) for name in FIGURES]
        click.echo(
            f"fleet of {len(group)} workers, runs {min(r.id for r in group)}-{max(r.id for r in group)}: "
            + ", ".join(f"{label} {value}" for label, value in zip(FIGURE_LABELS, totals, strict=True))
        )
