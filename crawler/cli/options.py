"""Options and Scrapy settings shared by the commands that crawl.

Scrapy and SQLAlchemy load when a command asks for settings or checks a database URL, not with
the options, so that a command may start work elsewhere (``fetch``: its worker processes' code)
before they load.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from scrapy.settings import Settings

    from crawler.runtime.sites import SiteConfig

# Scrapy's extensions that stay off unless their setting turns them on: left out of
# EXTENSIONS_BASE then, so not even loaded (Scrapy imports every listed extension, even one set to
# None; the remote control's module loads aiohttp, a noticeable part of a second of start-up).
# What the worker processes run (reading pages, extracting claims), with what a process loads on
# its first page read (the page readers; htmldate, the dates' second opinion): the fork server
# loads it once, on the second core while the crawl process starts, and the workers fork from it
# with that code in pages they share; the first page does not wait for a worker to load it.
WORKER_CODE = [
    "crawler.understand.pages", "crawler.understand.comments.section", "crawler.understand.comments.wordpress",
    "crawler.understand.metadata.page_meta", "crawler.understand.body.article_text", "htmldate",
    "crawler.extract.document", "crawler.pipelines.extraction",
]  # fmt: skip

_OFF_UNLESS = {
    "REMOTE_CONTROL_ENABLED": "scrapy.extensions.remote_control.RemoteControl",
    "TELNETCONSOLE_ENABLED": "scrapy.extensions.telnet.TelnetConsole",
}


def _no_password(context: click.Context, parameter: click.Parameter, url: str | None) -> str | None:
    """A password given on the command line shows in every user's process list: refuse it."""
    if url is not None:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            password = make_url(url).password
        except ArgumentError as error:
            raise click.BadParameter(str(error)) from None
        if password is not None:
            raise click.BadParameter(
                "a URL with a password is refused here (the process list shows it to every user): "
                "set DATABASE_URL in the environment, or PGPASSWORD, or use ~/.pgpass"
            )
    return url


database_option = click.option(
    "--database",
    metavar="URL",
    callback=_no_password,
    help="Database URL without a password (default: DATABASE_URL, else sqlite:///casualties.db).",
)


def named_sites(sites_file: str | None, names: tuple[str, ...]) -> tuple[Path, dict[str, SiteConfig]]:
    """The sites file found, and its sites by name, once every name given is known to be in it."""
    from crawler.runtime.sites import SitesFileError, find_sites_file, load_sites

    path = find_sites_file(sites_file)
    try:
        sites = load_sites(path)
    except SitesFileError as error:
        raise click.ClickException(str(error)) from error
    unknown = sorted(set(names) - set(sites))
    if unknown:
        raise click.ClickException(f"{path}: no site named {', '.join(unknown)} (it has: {', '.join(sorted(sites))})")
    return path, sites


def project_settings(database: str | None, overrides: tuple[str, ...] = (), loglevel: str | None = None) -> Settings:
    """The project's Scrapy settings wherever the command runs, with this run's overrides."""
    from scrapy.utils.project import get_project_settings

    from models.db import database_url

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
    if not _logs_info(settings):  # Scrapy looks up ten packages' versions to log them at INFO
        settings.set("LOG_VERSIONS", [], priority="project")
    off = {path for name, path in _OFF_UNLESS.items() if not settings.getbool(name)}
    if off:
        base = {path: order for path, order in settings.getdict("EXTENSIONS_BASE").items() if path not in off}
        settings.set("EXTENSIONS_BASE", base, priority=settings.getpriority("EXTENSIONS_BASE") or 0)
    return settings


def _logs_info(settings: Settings) -> bool:
    """Whether the run's log shows INFO lines (an unknown level name: as if it did)."""
    if not settings.getbool("LOG_ENABLED", True):
        return False
    level = settings.get("LOG_LEVEL")
    number = level if isinstance(level, int) else logging.getLevelName(str(level).upper())
    return not isinstance(number, int) or number <= logging.INFO


def add_feeds(settings: Settings, overwrite: str | None, append: str | None) -> None:
    if overwrite or append:
        from scrapy.utils.conf import feed_process_params_from_cli

        feeds = feed_process_params_from_cli(
            settings, [append] if append else [], overwrite_output=[overwrite] if overwrite else []
        )
        settings.set("FEEDS", feeds, priority="cmdline")


