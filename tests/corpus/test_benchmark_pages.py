"""Every page of the shared benchmarks, fetched as a saved file through ``casualties fetch`` into
SQLite: none lost, every comment the page reader finds stored, every title plain text.

The benchmark pages (about 680 real news, blog and forum pages) belong to their publishers and
are not in this repository: they are read from ``shared/benchmarks`` beside the checkout (as CI
has it), or from the folder ``CASUALTIES_BENCHMARKS`` names.  Without either the test is skipped.
Each set is fetched in one ``casualties fetch --from-file`` run, the command a user runs.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.understand.comments import extract_comments
from crawler.understand.html import clean_text, parse_page
from models import Article, Comment, Fetch
from models.db import make_engine
from tests.crawl import FAST, casualties

pytestmark = pytest.mark.slow

BENCHMARKS_ENV = "CASUALTIES_BENCHMARKS"
REPO = Path(__file__).resolve().parents[2]
# Set name -> the folder of its pages, under the benchmarks folder.
SETS = {"body": "body/html", "dragnet": "dragnet/html", "comments": "comments/html", "dates": "dates/pages"}
TITLE_MAX = 300  # characters: a headline, not a paragraph (let alone a page)
_MARKUP = re.compile(r"</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?/?>|<!--|<!\[CDATA\[|<\?")


def benchmarks() -> Path:
    """The shared benchmarks folder, or a skip that says where it was looked for."""
    given = os.environ.get(BENCHMARKS_ENV)
    if given:
        folder = Path(given).expanduser()
        if not folder.is_dir():  # asked for by name: a wrong path is a mistake, not a skip
            pytest.fail(f"{BENCHMARKS_ENV}={given} is not a folder")
        return folder
    folder = (REPO / ".." / "shared" / "benchmarks").resolve()
    if not folder.is_dir():
        pytest.skip(f"no shared benchmarks at {folder} (CI has shared/ beside the checkout; or set {BENCHMARKS_ENV})")
    return folder


def saved_pages(source: Path, into: Path) -> list[Path]:
    """The set's pages as plain .html files under ``into`` (the benchmarks keep most gzipped)."""
    into.mkdir(parents=True)
    pages: list[Path] = []
    for path in sorted(source.iterdir()):
        if path.name.endswith(".html.gz"):
            target = into / path.name[: -len(".gz")]
            with gzip.open(path, "rb") as packed, target.open("wb") as plain:
                shutil.copyfileobj(packed, plain)
        elif path.name.endswith((".html", ".htm")):
            target = into / path.name
            shutil.copyfile(path, target)
        else:
            continue
        pages.append(target)
    return pages


def title_problem(title: str | None) -> str | None:
    if title is None:
        return None
    if _MARKUP.search(title):
        return f"markup in the title: {title[:120]!r}"
    if len(title) > TITLE_MAX:
        return f"a title of {len(title)} characters: {title[:120]!r}"
    if clean_text(title) != title or title != title.strip():
        return f"a title that is not clean text: {title[:120]!r}"
    return None


@pytest.mark.parametrize("name", list(SETS))
def test_every_benchmark_page_is_stored_whole(name: str, tmp_path: Path) -> None:
    folder = benchmarks() / SETS[name]
    if not folder.is_dir():
        pytest.fail(f"the benchmarks at {folder.parent.parent} have no {SETS[name]}")
    pages = saved_pages(folder, tmp_path / name)
    assert pages, f"no pages in {folder}"
    listing = tmp_path / f"{name}.txt"
    listing.write_text("".join(f"{page}\n" for page in pages), "utf-8")
    database = f"sqlite:///{tmp_path / 'casualties.db'}"

    result = casualties("fetch", "--from-file", str(listing), *FAST, database=database, timeout=900)

    engine = make_engine(database)
    with Session(engine) as session:
        fetches = {f.url: f for f in session.scalars(select(Fetch).where(Fetch.purpose == "article"))}
        titles = {article_id: title for article_id, title in session.execute(select(Article.id, Article.title))}
        # An extractor that raised is recorded with its document instead of costing the page: there
        # must be none all the same.
        unread = [
            f"article #{article_id}: {error}"
            for article_id, error in session.execute(
                select(Article.id, Article.extraction_error).where(Article.extraction_error.is_not(None))
            )
        ] + [
            f"a comment of article #{article_id}: {error}"
            for article_id, error in session.execute(
                select(Comment.article_id, Comment.extraction_error).where(Comment.extraction_error.is_not(None))
            )
        ]
        stored: dict[int, set[str]] = {}
        for article_id, external_id in session.execute(select(Comment.article_id, Comment.external_id)):
            stored.setdefault(article_id, set()).add(external_id)
    engine.dispose()

    problems: list[str] = [f"extraction failed on {where}" for where in unread]
    fetched_at = datetime.now(UTC)
    for page in pages:
        url = page.resolve().as_uri()
        logged = fetches.get(url)
        if logged is None or logged.article_id is None or logged.error_kind:
            why = "never fetched" if logged is None else f"{logged.error_kind}: {logged.error}"
            problems.append(f"{page.name}: not stored ({why})")
            continue
        if (problem := title_problem(titles[logged.article_id])) is not None:
            problems.append(f"{page.name}: {problem}")
        # What the page reader finds on the page (the thread of a saved page is that page alone).
        found = {c.id for c in extract_comments(parse_page(page.read_bytes(), url), fetched_at).comments}
        lost = found - stored.get(logged.article_id, set())
        if lost:
            problems.append(f"{page.name}: {len(lost)} of {len(found)} comments not stored")

    summary = f"{len(problems)} problems in {len(pages)} pages of {name}"
    assert not problems, summary + ":\n" + "\n".join(problems[:40]) + "\n" + result.stdout[-2000:]
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stdout + result.stderr, result.stderr[-3000:]
    assert result.stdout.splitlines()[-1].startswith(f"{len(pages)} stored, 0 failed"), result.stdout[-500:]
