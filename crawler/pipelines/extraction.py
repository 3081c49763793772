"""Claims and casualty tallies for the body and every reader comment of an article."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from crawler.items import ArticleExtraction, ArticleItem
from crawler.runtime.pool import WorkerPool, default_processes

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from crawler.extract.document import Document
    from crawler.extract.records import Extraction

logger = logging.getLogger(__name__)


def extract_article(
    body: str,
    published: date | None,
    language: str | None,
    comments: Iterable[tuple[str, str, date | None]],
    title: str | None = None,
) -> ArticleExtraction:
    """Extraction of an article body and its reader comments, given as (id, text, day posted).

    Relative dates in the body resolve against the publication day, in a comment against the
    day it was posted (else the publication day).  The title is context for the event class of
    the figures of the body and of every comment."""
    from crawler.extract.document import extract_documents

    ids, documents = article_documents(body, published, language, comments, title)
    return assemble(ids, extract_documents(documents))


def article_documents(
    body: str,
    published: date | None,
    language: str | None,
    comments: Iterable[tuple[str, str, date | None]],
    title: str | None = None,
) -> tuple[list[str], list[Document]]:
    """The comment ids, and the documents to extract: the body first, then each comment."""
    language = language or "en"
    ids: list[str] = []
    documents: list[Document] = [(body, published, language, "body", title)]
    for comment_id, text, posted in comments:
        ids.append(comment_id)
        documents.append((text, posted or published, language, "comment", title))
    return ids, documents


def item_documents(item: ArticleItem) -> tuple[list[str], list[Document]]:
    """``article_documents`` of a crawled article: its body and its readers' comments."""
    return article_documents(
        item.body,
        item.published_day,
        item.language,
        # Pingbacks and trackbacks are other sites' excerpts, not readers' words.  A comment's
        # day is the UTC day it was posted.
        ((c.id, c.text, c.posted_at.date() if c.posted_at else None) for c in item.comments if c.kind == "comment"),
        item.title,
    )


def extract_documents(documents: list[Document]) -> list[Extraction]:
    """``crawler.extract.document.extract_documents``, loaded where it runs: a worker process, or
    the crawl process only when it extracts a page itself."""
    from crawler.extract.document import extract_documents

    return extract_documents(documents)


def assemble(comment_ids: list[str], found: list[Extraction]) -> ArticleExtraction:
    return ArticleExtraction(body=found[0], comments=dict(zip(comment_ids, found[1:], strict=True)))


class ExtractionPipeline:
    """Extracts each article and its comments before it is stored.

    Extraction is CPU-bound and pure, so with ``EXTRACTION_PROCESSES`` above 0 it runs in that
    many worker processes while the crawl process goes on downloading and reading pages (default:
    one when the machine has a second core).  Each item still waits for its own extraction, so
    storage sees it extracted; an item whose worker died is extracted in the crawl process (see
    ``crawler.runtime.pool``)."""

    def __init__(self, processes: int = 0, share: bool = False) -> None:
        self.pool = WorkerPool(processes, "extraction", share, code="crawler.extract.document")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractionPipeline:
        settings = crawler.settings
        return cls(settings.getint("EXTRACTION_PROCESSES", default_processes()), settings.getbool("POOL_SHARE_WORK"))

    def open_spider(self) -> None:
        self.pool.start()

    def close_spider(self) -> None:
        self.pool.shutdown()

    async def process_item(self, item: object) -> object:
        if not isinstance(item, ArticleItem):
            return item
        ids, documents = item_documents(item)
        try:
            found = await self.pool.run(extract_documents, documents)
        except Exception as error:  # the page is stored all the same, its documents marked unread
            from crawler.extract import document
            from crawler.extract.records import Extraction, StageFailure

            logger.exception("extraction failed for %s", item.url)
            failure = StageFailure("worker", document.describe(error))
            found = [Extraction(version=document.EXTRACTOR_VERSION, failures=[failure]) for _ in documents]
        item.extraction = assemble(ids, found)
        return item
