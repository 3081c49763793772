"""CPU milliseconds per page of each stage of our pipeline, beside ``trafilatura.extract``.

    python -m benchmarks.stage_cost [--articles 60] [--runs 5] [--database URL] [--top 25] [--real]

The pages are the benchmark site's (``benchmarks.static_site``): every HTML page of every
article, the article's own page and its older comment pages; with ``--real``, the real pages of
the shared benchmarks instead (``benchmarks.real_site``: one page an article, served without a
charset in its Content-Type, as nginx serves them), ``--articles`` of them (0: all).  Each page
goes through the stages
the crawler runs on it, in the crawler's order, each timed in process CPU time:

* ``parse``: bytes decoded and parsed to a tree (``parse_page``);
* ``metadata+dates``: title, authors, tags, publication and modification dates (article pages);
* ``body``: the article body without boilerplate (article pages);
* ``comments``: the comments on the page with their authors, times and replies (and, on an
  article page, the link to its comment feed);
* ``claims+tallies``: extraction of the body and every comment (``ExtractionPipeline``);
* ``database write``: the article, its thread and extraction saved in one transaction
  (``save_article``), into a fresh database (SQLite in a temporary folder by default).

``trafilatura.extract`` reads the same page bytes in the same loop, so the ratio (our whole
per-page pipeline over trafilatura's extraction alone) is measured under the same conditions.
Each run reads every page once after one warm-up run; medians over the runs, with min and max.
``--top N`` profiles one more run of our pipeline alone and lists the modules with the most CPU
(a C function's time charged to the module calling it) and the N functions with the most CPU of
their own, to route work to whoever owns that module.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import trafilatura

from benchmarks.databases import fresh_database
from benchmarks.real_site import real_pages
from benchmarks.shared_data import benchmarks_folder
from benchmarks.static_site import news_site
from benchmarks.understanding_dump import page_bytes, page_url
from crawler.extract.document import extract_documents
from crawler.items import ArticleItem
from crawler.pipelines.extraction import assemble, item_documents
from crawler.spiders.article_items import article_item
from crawler.understand.article_page import ArticlePage
from crawler.understand.body.article_text import extract_body
from crawler.understand.comments import extract_comments
from crawler.understand.comments.merging import assemble_thread
from crawler.understand.comments.wordpress import comment_feed_link
from crawler.understand.html import parse_page
from crawler.understand.metadata.page_meta import extract_metadata
from models.db import ensure_schema, make_engine, session_factory, transaction
from models.store import save_article

STAGES = ("parse", "metadata+dates", "body", "comments", "claims+tallies", "database write")
CONTENT_TYPE = "text/html; charset=UTF-8"
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Article:
    url: str
    pages: tuple[tuple[str, bytes], ...]  # (URL, bytes): the article's own page first
    content_type: str = CONTENT_TYPE


def site_articles(count: int, timezone_name: str = "Asia/Tehran") -> list[Article]:
    """The benchmark site's articles, each with all the HTML pages of its thread."""
    site = news_site(count)
    truth = site.truth()
    base = site.base_url
    served = {base + path: site_bytes for path, site_bytes in _pages(site)}
    articles = []
    for article in truth.articles:
        own = article.url
        older = [url for url in article.comment_pages if url != own]
        articles.append(Article(own, tuple((url, served[url]) for url in (own, *older))))
    return articles


def real_articles(count: int) -> list[Article]:
    """The real pages of the shared benchmarks, ``count`` of them (0: all), each an article of one page."""
    paths = real_pages(benchmarks_folder())
    return [Article(page_url(path), ((page_url(path), page_bytes(path)),), "text/html") for path in paths[: count or None]]


def _pages(site: object) -> Iterator[tuple[str, bytes]]:
    # NewsSite keeps its rendered pages; reading them spares a server for a CPU measurement.
    for path, page in site._pages.items():  # type: ignore[attr-defined]
        yield path, page.body


class Clock:
    """Process CPU time per stage."""

    def __init__(self) -> None:
        self.seconds = dict.fromkeys((*STAGES, "trafilatura"), 0.0)

    def time(self, stage: str, work: Callable[[], T]) -> T:
        began = time.process_time()
        result = work()
        self.seconds[stage] += time.process_time() - began
        return result


def understand_thread(article: Article, clock: Clock, fetched_at: datetime, tz: str) -> ArticleItem:
    """What the spider does with an article's pages: the item it would yield."""
    url, html = article.pages[0]
    page = clock.time("parse", lambda: parse_page(html, url, article.content_type))
    meta = clock.time("metadata+dates", lambda: extract_metadata(page, tz, fetched=fetched_at))
    body = clock.time("body", lambda: extract_body(page))
    first = clock.time("comments", lambda: extract_comments(page, fetched_at, tz))
    clock.time("comments", lambda: comment_feed_link(page))
    sections = [first.comments]
    for older_url, older_html in article.pages[1:]:
        older = clock.time("parse", lambda html=older_html, url=older_url: parse_page(html, url, article.content_type))
        sections.append(clock.time("comments", lambda page=older: extract_comments(page, fetched_at, tz).comments))
    understood = ArticlePage(meta=meta, body=body, comments=first)
    return article_item(
        understood, assemble_thread(sections), fetched_url=url, fetched_at=fetched_at,
        comment_pages=[u for u, _ in article.pages[1:]],
    )  # fmt: skip


def extract(item: ArticleItem) -> None:
    """What ``ExtractionPipeline`` does, here in this process."""
    ids, documents = item_documents(item)
    item.extraction = assemble(ids, extract_documents(documents))


def one_run(articles: list[Article], database: str, tz: str, trafilatura_too: bool = True) -> Clock:
    clock = Clock()
    engine = make_engine(database)
    ensure_schema(engine)
    sessions = session_factory(engine)
    fetched_at = datetime.now(UTC)
    for article in articles:
        for _, html in article.pages if trafilatura_too else ():
            clock.time("trafilatura", lambda html=html: trafilatura.extract(html))
        item = understand_thread(article, clock, fetched_at, tz)
        clock.time("claims+tallies", lambda item=item: extract(item))

        def write(item: ArticleItem = item) -> None:
            with transaction(sessions) as session:
                save_article(session, item)

        clock.time("database write", write)
    engine.dispose()
    return clock


def _summary(values: list[float]) -> str:
    return f"{statistics.median(values):8.2f} {min(values):8.2f} {max(values):8.2f}"


def report(runs: list[Clock], pages: int, articles: int) -> None:
    per_page = {stage: [run.seconds[stage] * 1000 / pages for run in runs] for stage in runs[0].seconds}
    ours = [sum(run.seconds[s] for s in STAGES) * 1000 / pages for run in runs]
    ratio = [sum(run.seconds[s] for s in STAGES) / run.seconds["trafilatura"] for run in runs]
    print(f"{articles} articles, {pages} pages, {len(runs)} runs; CPU ms per page: median min max")
    for stage in STAGES:
        print(f"  {stage:<16}{_summary(per_page[stage])}")
    print(f"  {'our pipeline':<16}{_summary(ours)}")
    print(f"  {'trafilatura':<16}{_summary(per_page['trafilatura'])}")
    print(f"  ratio (ours / trafilatura.extract): median {statistics.median(ratio):.2f} "
          f"min {min(ratio):.2f} max {max(ratio):.2f}")  # fmt: skip


def profile(articles: list[Article], database: str, tz: str, top: int) -> None:
    """The functions with the most CPU of their own in one run of our pipeline alone (without
    trafilatura), and the share of each module."""
    profiler = cProfile.Profile(time.process_time)
    profiler.runcall(one_run, articles, database, tz, False)
    stats = pstats.Stats(profiler)
    entries = stats.stats  # type: ignore[attr-defined]
    total = sum(own for _, _, own, _, _ in entries.values())
    modules: dict[str, float] = {}
    for (filename, _, _), (_, _, own, _, callers) in entries.items():
        if filename == "~" and callers:  # a C function: its time goes to the modules calling it
            for (caller_file, _, _), (_, _, own_from_caller, _) in callers.items():
                modules[_module(caller_file)] = modules.get(_module(caller_file), 0.0) + own_from_caller
        else:
            modules[_module(filename)] = modules.get(_module(filename), 0.0) + own
    print(f"\nCPU by module (own time and the C functions it calls; one profiled run, {total:.1f} s):")
    for module, own in sorted(modules.items(), key=lambda pair: -pair[1])[:top]:
        print(f"  {100 * own / total:5.1f}%  {module}")
    print("\nfunctions with the most CPU of their own:")
    ranked = sorted(entries.items(), key=lambda pair: -pair[1][2])[:top]
    for (filename, line, name), (_, _, own, cumulative, _) in ranked:
        print(f"  {100 * own / total:5.1f}% own {100 * cumulative / total:5.1f}% cum  {_module(filename)}:{line} {name}")


def _module(filename: str) -> str:
    """A short name for where a function lives: the project's path, or the package's."""
    path = Path(filename)
    parts = path.parts
    for anchor in ("site-packages", "crawler", "models", "benchmarks"):
        if anchor in parts:
            index = parts.index(anchor)
            rest = parts[index + 1 :] if anchor == "site-packages" else parts[index:]
            if anchor == "site-packages":
                return rest[0] if rest else filename
            return "/".join(rest)
    if filename == "~":
        return "C functions"
    return "python (standard library)" if filename.startswith("<") or "python3" in filename else filename


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--postgres", metavar="URL", help="write to a new database on this PostgreSQL server "
                        "for each run (default: a new SQLite file)")
    parser.add_argument("--tz", default="Asia/Tehran", help="the site's time zone")
    parser.add_argument("--top", type=int, default=0, help="profile one more run and list the top functions")
    parser.add_argument("--real", action="store_true", help="the real pages of the shared benchmarks")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):  # one core: the figures are one worker's costs
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    articles = real_articles(args.articles) if args.real else site_articles(args.articles, args.tz)
    pages = sum(len(a.pages) for a in articles)
    with fresh_database(args.postgres) as database:
        one_run(articles[: max(3, len(articles) // 10)], database, args.tz)  # warm-up: imports, caches
    runs = []
    for _ in range(args.runs):
        with fresh_database(args.postgres) as database:
            runs.append(one_run(articles, database, args.tz))
    if runs:
        report(runs, pages, len(articles))
    if args.top:
        with fresh_database(args.postgres) as database:
            profile(articles, database, args.tz, args.top)


if __name__ == "__main__":
    main()
