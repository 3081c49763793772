"""The run record: a ``crawl_runs`` row written when a crawl opens, every few seconds while it
runs, and when it closes, so that even a killed run shows what it did."""

from __future__ import annotations

import logging
import os
import socket
from collections import Counter
from typing import Any

from scrapy import Spider
from scrapy import signals as scrapy_signals
from scrapy.crawler import Crawler
from scrapy.http import Request, Response
from twisted.internet import task
from twisted.python.failure import Failure

from crawler.items import FetchItem
from crawler.runtime import signals
from crawler.vocabulary import Stat, counter, is_skip, stage_error
from models.db import database_url
from models.run_store import open_run, release_connections, update_run

logger = logging.getLogger(__name__)

# Counted here; articles and comments are counted by the storage pipeline in the transaction
# that stores them, so that even a killed run's record is exact.
COUNTED = ("requests", "pages", "not_modified", "errors")


class RunRecorder:
    """Scrapy extension; the interval is ``RUN_RECORD_INTERVAL`` seconds."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.interval = crawler.settings.getfloat("RUN_RECORD_INTERVAL", 1.0)
        self.database = database_url(crawler.settings.get("DATABASE_URL"))
        self.run_id: int | None = None
        self.errors: Counter[str] = Counter()
        self._loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunRecorder:
        recorder = cls(crawler)
        connect = crawler.signals.connect
        connect(recorder.spider_opened, signal=scrapy_signals.spider_opened)
        connect(recorder.spider_closed, signal=scrapy_signals.spider_closed)
        connect(recorder.request_reached, signal=scrapy_signals.request_reached_downloader)
        connect(recorder.response_received, signal=scrapy_signals.response_received)
        connect(recorder.fetch_recorded, signal=signals.fetch_recorded)
        connect(recorder.spider_error, signal=scrapy_signals.spider_error)
        connect(recorder.item_error, signal=scrapy_signals.item_error)
        return recorder

    # ------------------------------------------------------------------ counting
    def _count(self, name: str, by: int = 1) -> None:
        """Counters live in the crawler's stats, where the progress line reads them too."""
        self.crawler.stats.inc_value(counter(name), by)

    def request_reached(self, request: Request, spider: Spider) -> None:
        self._count("requests")

    def response_received(self, response: Response, request: Request, spider: Spider) -> None:
        self._count("pages")
        if response.status == 304:
            self._count("not_modified")

    def fetch_recorded(self, record: FetchItem) -> None:
        if is_skip(record.error_kind):  # a rule obeyed: not an error
            self.errors[f"skipped:{record.error_kind}"] += 1
        elif record.error_kind:
            self._error(record.error_kind)

    def spider_error(self, failure: Failure, response: Response, spider: Spider) -> None:
        self._error(stage_error("parse", failure.type.__name__ if failure.type else "error"))

    def item_error(self, item: Any, response: Response, spider: Spider, failure: Failure) -> None:
        self._error(stage_error("store", failure.type.__name__ if failure.type else "error"))

    def _error(self, kind: str) -> None:
        self.errors[kind] += 1
        self._count("errors")

    def _counters(self) -> dict[str, Any]:
        stats = self.crawler.stats
        counts = {name: stats.get_value(counter(name), 0) for name in COUNTED}
        return counts | {"errors_by_kind": dict(self.errors)}

    # ------------------------------------------------------------------ writing
    def spider_opened(self, spider: Spider) -> None:
        arguments = {k: v for k, v in vars(spider).items() if k in ("site_name", "targets", "tz") and v}
        self.run_id = open_run(
            self.database,
            getattr(spider, "site_name", None),
            spider.name,
            f"{socket.gethostname()}:{os.getpid()}",
            {k: v if isinstance(v, str | int | float) else list(v) for k, v in arguments.items()},
        )
        self.crawler.stats.set_value(Stat.RUN_ID, self.run_id)
        self._loop = task.LoopingCall(self.flush)
        self._loop.start(self.interval, now=False)

    def flush(self, status: str | None = None, reason: str | None = None) -> None:
        if self.run_id is None:
            return
        try:
            update_run(self.database, self.run_id, self._counters(), status, reason)
        except Exception:  # a passing database hiccup must not stop the crawl; the next flush retries
            logger.exception("could not update the run record")

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self._loop is not None and self._loop.running:
            self._loop.stop()
        # Limits reached (closespider_itemcount, ...) end a run as planned; anything else failed it.
        self.flush("finished" if reason == "finished" or reason.startswith("closespider_") else "failed", reason)
        release_connections(self.database)
        logger.info("run #%s %s: %s", self.run_id, reason, self._counters())
