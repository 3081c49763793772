"""Claims and casualty tallies for the body and every reader comment of an article."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date, datetime
from typing import TYPE_CHECKING

from crawler.extract.document import Document, extract_documents
from crawler.extract.records import Extraction
from crawler.items import ArticleExtraction, ArticleItem

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

_WATCH_SECONDS = 1.0  # how often a worker process checks that its crawl is still there


def extract_article(
    body: str, published: date | None, language: str | None, comments: Iterable[tuple[str, str, date | None]]
) -> ArticleExtraction:
    """Extraction of an article body and its reader comments, given as (id, text, day posted).

    Relative dates in the body resolve against the publication day, in a comment against the
    day it was posted (else the publication day)."""
    ids, documents = article_documents(body, published, language, comments)
    return assemble(ids, extract_documents(documents))


def article_documents(
    body: str, published: date | None, language: str | None, comments: Iterable[tuple[str, str, date | None]]
) -> tuple[list[str], list[Document]]:
    """The comment ids, and the documents to extract: the body first, then each comment."""
    language = language or "en"
    ids: list[str] = []
    documents: list[Document] = [(body, published, language, "body")]
    for comment_id, text, posted in comments:
        ids.append(comment_id)
        documents.append((text, posted or published, language, "comment"))
    return ids, documents


def item_documents(item: ArticleItem) -> tuple[list[str], list[Document]]:
    """``article_documents`` of a crawled article: its body and its readers' comments."""
    return article_documents(
        item.body,
        _day(item.published_day),
        item.language,
        # Pingbacks and trackbacks are other sites' excerpts, not readers' words.
        ((c.id, c.text, _day(c.posted_at)) for c in item.comments if c.kind == "comment"),
    )


def assemble(comment_ids: list[str], found: list[Extraction]) -> ArticleExtraction:
    return ArticleExtraction(body=found[0], comments=dict(zip(comment_ids, found[1:], strict=True)))


def _day(iso: str | None) -> date | None:
    return datetime.fromisoformat(iso).date() if iso else None


def _running(pid: int) -> bool:
    """Whether a process runs; a killed one its parent has not reaped yet (a zombie) does not."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: ask the kernel whether the pid exists
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True


def _start_worker(crawl_pid: int) -> None:
    """Set up a worker process: Ctrl-C is left to the crawl, which shuts the pool down in order;
    the crawl's output is not held open; and the worker ends when the crawl is gone, even killed
    (a pool's queues never tell their workers that the other end died)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    quiet = os.open(os.devnull, os.O_RDWR)
    for stream in (0, 1, 2):
        os.dup2(quiet, stream)
    os.close(quiet)

    def watch() -> None:
        while _running(crawl_pid):
            time.sleep(_WATCH_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="crawl-watch", daemon=True).start()


def default_processes() -> int:
    """One worker process when there is a second core for it, else none (extract in the crawl)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return 1 if cores > 1 else 0


class ExtractionPipeline:
    """Extracts each article and its comments before it is stored.

    Extraction is CPU-bound and pure, so with ``EXTRACTION_PROCESSES`` above 0 it runs in that
    many worker processes while the crawl process goes on downloading and reading pages (default:
    one when the machine has a second core).  Each item still waits for its own extraction, so
    storage sees it extracted; a pool that breaks (a worker killed) is replaced by extraction in
    the crawl process, with a warning."""

    def __init__(self, processes: int = 0) -> None:
        self.processes = processes
        self.pool: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractionPipeline:
        return cls(crawler.settings.getint("EXTRACTION_PROCESSES", default_processes()))

    def open_spider(self) -> None:
        if self.processes > 0:
            # Not fork: the crawl process has threads and a running reactor.  A fork server starts
            # workers that import only extraction, where spawn would import the whole crawl again.
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
            self.pool = ProcessPoolExecutor(
                self.processes, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),)
            )

    def close_spider(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    async def process_item(self, item: object) -> object:
        if not isinstance(item, ArticleItem):
            return item
        ids, documents = item_documents(item)
        if self.pool is not None:
            try:
                found = await asyncio.wrap_future(self.pool.submit(extract_documents, documents))
            except BrokenProcessPool:
                logger.warning("the extraction worker died: extracting in the crawl process from now on")
                self.pool = None
        if self.pool is None:
            found = extract_documents(documents)
        item.extraction = assemble(ids, found)
        return item
