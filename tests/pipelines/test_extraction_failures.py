"""An extractor that raises never costs a page: the article, its comments and its fetch are
stored, the failure is recorded with the document, counted in the run, and `casualties extract`
reads the document again later."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crawler.extract import document
from crawler.extract.document import EXTRACTOR_VERSION, extract_document
from models import Article, Comment
from models.articles import Fetch
from models.db import make_engine
from models.findings import Claim, Tally
from models.runs import CrawlRun
from tests.conftest import PAGES
from tests.crawl import FAST, REPO, casualties

SEED = PAGES / "seed-article.html"
REPORT = "Iranian outlets have confirmed the deaths of 12 fighters in the last four days, Fars News said."

# A fetch in a process whose extraction is broken in a given way; extraction runs in the crawl
# process (EXTRACTION_PROCESSES=0), where the break applies.
BROKEN_FETCH = """
import sys
import crawler.extract.document as document

def broken(*args, **kwargs):
    raise {error}

{target} = broken
from crawler.cli import main
sys.argv = ["casualties", "fetch", *sys.argv[1:]]
main()
"""


def _broken_fetch(target: str, error: str, database: str) -> subprocess.CompletedProcess[str]:
    script = BROKEN_FETCH.format(target=target, error=error)
    return subprocess.run(
        [sys.executable, "-c", script, str(SEED), *FAST, "-s", "EXTRACTION_PROCESSES=0"],
        capture_output=True, text=True, timeout=180, cwd=REPO, env=os.environ | {"DATABASE_URL": database},
    )  # fmt: skip


def _stored(database: str) -> tuple[Article, list[Comment], int, int, int, CrawlRun]:
    engine = make_engine(database)
    try:
        with Session(engine) as session:
            article = session.scalars(select(Article)).one()
            comments = list(session.scalars(select(Comment).order_by(Comment.position)))
            fetches = session.scalar(select(func.count()).select_from(Fetch).where(Fetch.article_id == article.id))
            claims = session.scalar(select(func.count()).select_from(Claim))
            tallies = session.scalar(select(func.count()).select_from(Tally))
            run = session.scalars(select(CrawlRun).order_by(CrawlRun.id.desc())).first()
            assert run is not None
            return article, comments, int(fetches or 0), int(claims or 0), int(tallies or 0), run
    finally:
        engine.dispose()


def test_a_stage_that_raises_leaves_its_field_empty_and_keeps_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> object:
        raise IndexError("list index out of range")

    monkeypatch.setattr(document, "find_claims", broken)
    found = extract_document(REPORT, date(2015, 12, 1))
    assert [t.count for t in found.tallies] == [12]
    assert found.claims == []
    assert [f.stage for f in found.failures] == ["claims"]
    assert found.error is not None and found.error.startswith("claims: IndexError: list index out of range")
    assert "test_extraction_failures.py" not in found.error  # only the project's own frames are named


def test_a_document_whose_every_stage_runs_has_no_error() -> None:
    found = extract_document(REPORT, date(2015, 12, 1))
    assert found.failures == [] and found.error is None
    assert found.claims and found.tallies


def test_a_failing_claims_extractor_stores_the_page_records_the_failure_and_extract_fills_it_in(database_url: str) -> None:
    result = _broken_fetch("document.find_claims", "IndexError('list index out of range')", database_url)
    assert result.returncode == 0, result.stderr
    assert "1 stored, 0 failed" in result.stdout
    assert "extraction failed on 6 documents" in result.stdout and "claims: IndexError" in result.stdout

    article, comments, fetches, claims, tallies, run = _stored(database_url)
    assert article.body.startswith("The deaths of Iranian troops")
    assert len(comments) == 5 and fetches >= 1
    assert article.extraction_error is not None and article.extraction_error.startswith("claims: IndexError")
    assert article.extractor_version == EXTRACTOR_VERSION
    assert all(c.extraction_error and c.extraction_error.startswith("claims: IndexError") for c in comments)
    assert claims == 0 and tallies > 0  # the tallies stage ran; only the claims are missing
    assert run.extraction_failures == 6 and run.status == "finished"

    again = casualties("extract", database=database_url)
    assert again.returncode == 0, again.stderr
    assert "1 articles re-extracted" in again.stdout
    article, comments, _, claims, tallies_after, _ = _stored(database_url)
    assert article.extraction_error is None and all(c.extraction_error is None for c in comments)
    assert claims > 0 and tallies_after == tallies


def test_an_extraction_worker_that_fails_outright_still_stores_the_page_and_thread(sqlite_url: str) -> None:
    result = _broken_fetch("document.extract_documents", "MemoryError()", sqlite_url)
    assert result.returncode == 0, result.stderr
    assert "1 stored, 0 failed" in result.stdout and "worker: MemoryError" in result.stdout

    article, comments, fetches, claims, tallies, run = _stored(sqlite_url)
    assert article.title and len(comments) == 5 and fetches >= 1
    assert claims == 0 and tallies == 0
    assert article.extraction_error is not None and article.extraction_error.startswith("worker: MemoryError")
    assert run.extraction_failures == 6

    # Fetching the page again with a working extractor reads the failed documents again.
    refetch = casualties("fetch", str(SEED), *FAST, database=sqlite_url)
    assert refetch.returncode == 0, refetch.stderr
    article, comments, _, claims, tallies, _ = _stored(sqlite_url)
    assert article.extraction_error is None and all(c.extraction_error is None for c in comments)
    assert claims > 0 and tallies > 0
