"""What a run did, gathered from the crawler's signals, for the summary printed at its end: what
was stored, what was skipped (robots.txt) and what failed or was rejected, and why."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from scrapy import signals as scrapy_signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler.items import ArticleItem, FetchItem
from crawler.runtime import signals
from crawler.understand.html import clean_text
from crawler.vocabulary import ErrorKind, Purpose, is_skip, stage_error
from models.run_store import RunUnreadable, run_outcome
from models.store import SaveResult


@dataclass(slots=True)
class StoredArticle:
    url: str
    fetched_url: str
    title: str | None
    published_day: date | None
    comments: int
    threads: int
    widget: str | None
    article_id: int
    created: bool
    changed: bool
    comments_new: int
    extraction_failures: list[str]  # "body: claims: IndexError: ...", one per document that failed


@dataclass(frozen=True, slots=True)
class Problem:
    kind: str  # fetches.error_kind, or parse:/store: and the exception's name
    message: str


def shown(text: str) -> str:
    """Text as printed on one terminal line: no control characters, no line breaks."""
    return " ".join(clean_text(text).split())


@dataclass(slots=True, weakref_slot=True)  # signal receivers are held by weak reference
class RunReport:
    """Connect with ``watch(crawler)`` before the crawl starts.  With ``echo``, each stored
    article's lines go to it as soon as it is stored (``where`` names the database in them), and
    ``lines`` leaves them out of the summary."""

    echo: Callable[[str], None] | None = None
    where: str = ""
    stored: list[StoredArticle] = field(default_factory=list)
    fetch_errors: dict[str, Problem] = field(default_factory=dict)  # url -> last error of an article page
    parse_errors: dict[str, Problem] = field(default_factory=dict)
    refused: dict[str, Problem] = field(default_factory=dict)  # targets not fetched at all: a bad URL, no such file
    fetches: int = 0
    closed: str | None = None  # why the crawl ended, when it was not "finished"

    def watch(self, crawler: Crawler) -> None:
        crawler.signals.connect(self._stored, signal=signals.article_stored)
        crawler.signals.connect(self._fetched, signal=signals.fetch_recorded)
        crawler.signals.connect(self._spider_error, signal=scrapy_signals.spider_error)
        crawler.signals.connect(self._item_error, signal=scrapy_signals.item_error)
        crawler.signals.connect(self._closed, signal=scrapy_signals.spider_closed)

    def _stored(self, item: ArticleItem, result: SaveResult) -> None:
        readers = [c for c in item.comments if c.kind == "comment"]
        self.stored.append(
            StoredArticle(
                url=item.url,
                fetched_url=item.fetched_url,
                title=item.title,
                published_day=item.published_day,
                comments=len(readers),
                threads=sum(1 for c in readers if c.parent_id is None),
                widget=item.comment_widget.provider if item.comment_widget else None,
                article_id=result.article_id,
                created=result.created,
                changed=result.changed,
                comments_new=result.comments_new,
                extraction_failures=_extraction_failures(item),
            )
        )
        self.fetch_errors.pop(item.fetched_url, None)
        if self.echo is not None:
            for line in self.article_lines(self.stored[-1], self.where):
                self.echo(line)

    def _fetched(self, record: FetchItem) -> None:
        self.fetches += 1
        if record.purpose != Purpose.ARTICLE:
            return
        if record.error_kind:
            self.fetch_errors[record.url] = Problem(record.error_kind, record.error or record.error_kind)
        else:
            self.fetch_errors.pop(record.url, None)

    @staticmethod
    def _name(failure: Failure) -> str:
        return failure.type.__name__ if failure.type else "error"

    def _spider_error(self, failure: Failure, response: Response) -> None:
        if response is not None:
            self.parse_errors[response.url] = Problem(stage_error("parse", self._name(failure)), failure.getErrorMessage())

    def _item_error(self, item: object, response: Response, failure: Failure) -> None:
        url = getattr(item, "fetched_url", None) or response.url
        self.parse_errors[url] = Problem(stage_error("store", self._name(failure)), f"not stored: {failure.getErrorMessage()}")

    def refuse(self, target: str, reason: str) -> None:
        """A target given that cannot be fetched (reported with the failures)."""
        self.refused[target] = Problem(str(ErrorKind.UNFETCHABLE), reason)

    def _closed(self, reason: str) -> None:
        if reason != "finished":
            self.closed = reason

    @property
    def problems(self) -> dict[str, Problem]:
        return self.refused | self.fetch_errors | self.parse_errors

    @property
    def failed(self) -> dict[str, Problem]:
        """Pages that could not be stored, for reasons other than the site's rules."""
        return {url: p for url, p in self.problems.items() if not is_skip(p.kind)}

    @property
    def skipped(self) -> dict[str, Problem]:
        return {url: p for url, p in self.problems.items() if is_skip(p.kind)}

    @staticmethod
    def article_lines(a: StoredArticle, where: str) -> list[str]:
        state = "new" if a.created else ("updated" if a.changed else "unchanged")
        comments = f"{a.comments} comments in {a.threads} threads ({a.comments_new} new)"
        if a.widget:
            comments += f"; thread hosted by {a.widget}"
        lines = [
            f"OK    {shown(a.title or '') or '(no title)'}",
            f"      published {a.published_day or 'unknown'}; {comments}",
            f"      {a.url} -> article #{a.article_id} ({state}) in {where}",
        ]
        if a.extraction_failures:
            lines.append(
                f"      extraction failed on {len(a.extraction_failures)} documents, stored without what failed"
                f" (`casualties extract` retries them): {shown(a.extraction_failures[0])}"
            )
        return lines

    def lines(self, where: str) -> list[str]:
        out: list[str] = []
        if self.echo is None:
            for a in self.stored:
                out.extend(self.article_lines(a, where))
        for url, problem in self.skipped.items():
            out.append(f"SKIP  {url}: {shown(problem.message)}")
        for url, problem in self.failed.items():
            out.append(f"FAIL  {url}: {shown(problem.message)}")
        why = [f"{kind} {n}" for kind, n in sorted(Counter(p.kind for p in self.problems.values()).items())]
        if why:
            out.append(f"why: {', '.join(why)}")
        if self.closed:
            out.append(f"the crawl stopped early: {shown(self.closed)}")
        skipped = f"{len(self.skipped)} skipped, " if self.skipped else ""
        unread = sum(len(a.extraction_failures) for a in self.stored)
        unread_text = f", {unread} documents with a failed extractor" if unread else ""
        out.append(f"{len(self.stored)} stored, {skipped}{len(self.failed)} failed, {self.fetches} downloads{unread_text}")
        return out


def _extraction_failures(item: ArticleItem) -> list[str]:
    if item.extraction is None:
        return []
    documents = [("body", item.extraction.body), *((f"comment {i}", e) for i, e in item.extraction.comments.items())]
    return [f"{name}: {found.error}" for name, found in documents if found.error]


def _counts(counter: dict[str, int]) -> str:
    return ", ".join(f"{kind} {n}" for kind, n in sorted(counter.items()))


def run_summary(database: str, run_id: int) -> list[str]:
    """A site crawl's record, as lines: what it stored, and what it skipped or could not use
    (by ``fetches.error_kind``, the same counts as its ``crawl_runs`` row)."""
    try:
        run = run_outcome(database, run_id)
    except RunUnreadable as error:
        return [f"(the run record could not be read: {error})"]
    if run is None:
        return []
    kinds = run.error_kinds
    lines = [
        f"stored {run.articles_new + run.articles_updated + run.articles_unchanged} articles ({run.articles_new} new, "
        f"{run.articles_updated} updated, {run.articles_unchanged} unchanged) and {run.comments_new} new comments; "
        f"{run.requests} requests, {run.not_modified} not modified"
    ]
    skipped = {kind: n for kind, n in kinds.items() if is_skip(kind)}
    failed = {kind: n for kind, n in kinds.items() if not is_skip(kind)}
    if skipped:
        lines.append(f"skipped {sum(skipped.values())}: {_counts(skipped)}")
    if failed:
        lines.append(f"failed or rejected {sum(failed.values())}: {_counts(failed)}")
    if run.extraction_failures:
        lines.append(
            f"extraction failed on {run.extraction_failures} documents, stored without what failed "
            "(`casualties extract` retries them)"
        )
    return lines
