"""Scrapy's scheduler, resuming only from a job directory that the run before closed.

Scrapy writes what a job directory's queue holds (``requests.queue/active.json``, the sizes
kept in the queue files) only when a run closes.  A run killed (SIGKILL, the OOM killer, a
power cut) leaves queue files that misstate it: the file of a queue whose writes were still
buffered is empty, and every request the next run puts in that queue then fails (and the run
"finishes" without them); a start-request queue hands the next run the killed run's requests in
place of its own; the requests in flight are in no file.  So the queue and the seen-set of a
job directory left by a run that did not close are dropped, and the next run finds what is left
to do from the database (``crawler.spiders.site``).  A run stopped cleanly (Ctrl-C, SIGTERM)
resumes from its queue as Scrapy does.

A request the job directory cannot take (a full disk, a queue file that cannot be written) is
kept in memory for the run, with an error logged once, instead of being lost: Scrapy's own
scheduler lets the error escape, and the run finished without that page.
"""

from __future__ import annotations

import logging
import shutil
import struct
from pathlib import Path
from typing import Self

from scrapy import Request, Spider
from scrapy.core.scheduler import Scheduler
from scrapy.crawler import Crawler
from twisted.internet.defer import Deferred

logger = logging.getLogger(__name__)

QUEUE = "requests.queue"
SEEN = "requests.seen"
CLOSED = "active.json"  # written into the queue's directory when a run closes it
DISK_FAILED = "scheduler/disk_failed"  # the stat of requests the job directory refused


class ResumingScheduler(Scheduler):
    disk_failed = False  # the job directory refused a request this run

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        jobdir = crawler.settings.get("JOBDIR")
        if jobdir:
            drop_unless_closed(Path(jobdir))
        return super().from_crawler(crawler)

    def open(self, spider: Spider) -> Deferred[None] | None:
        opened = super().open(spider)
        if self.dqdir:  # read: from now on the queue is this run's, closed only when it closes
            Path(self.dqdir, CLOSED).unlink(missing_ok=True)
        return opened

    def _dqpush(self, request: Request) -> bool:
        try:
            return super()._dqpush(request)
        except (OSError, struct.error) as error:
            if not self.disk_failed:
                logger.error("the job directory cannot keep requests (%s): they are kept in memory for this run", error)
            self.disk_failed = True
            if self.stats is not None:
                self.stats.inc_value(DISK_FAILED)
            return False  # the caller puts it in the memory queue


def drop_unless_closed(jobdir: Path) -> None:
    """Remove the queue and the seen-set of ``jobdir`` unless the run that wrote them closed them."""
    queue, seen = jobdir / QUEUE, jobdir / SEEN
    if (queue / CLOSED).exists():
        return
    if any(queue.glob("*/*")) or (seen.exists() and seen.stat().st_size):
        logger.warning("%s was left by a run that did not close: its queue is not trusted, "
                       "what is left to do is found again", jobdir)
    shutil.rmtree(queue, ignore_errors=True)
    seen.unlink(missing_ok=True)
