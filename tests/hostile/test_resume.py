"""Resuming: after SIGKILL at the two moments that lost pages (while the disk queue held requests
it had not written out yet, and while the request of a listing's next page was in flight) the
next run stores every article of the site; a crawl stopped with Ctrl-C resumes from its queue."""

from __future__ import annotations

import errno
import signal
import sys
from pathlib import Path

import pytest
from scrapy import Request, Spider
from scrapy.utils.test import get_crawler

from crawler.runtime.scheduling import CLOSED, DISK_FAILED, QUEUE, SEEN, ResumingScheduler, drop_unless_closed
from tests.crawl import FAST, crawl_site, write_sites_file
from tests.hostile.test_faults import SLOW, Background, _articles, _assert_complete, _start, _wait_for
from tests.newssite import NewsSite

LATE = 30.0  # seconds a held-back answer waits: longer than the test takes to kill the crawl


def _crawl(sites: Path, jobs: Path, database: str, log: Path) -> Background:
    command = [sys.executable, "-m", "crawler", "crawl", "--sites-file", str(sites), "--jobdir", str(jobs), *FAST, *SLOW]
    return _start(command, database, log)


def _listings_only(path: Path, base_url: str) -> Path:
    """A sites file for the fixture site found through its home page's listing alone."""
    path.write_text(
        "\n".join((
            "[[site]]", 'name = "fixture"', f'start_urls = ["{base_url}/"]',
            r"article_patterns = ['/\d{4}/\d{2}/[^/]+/$']", 'timezone = "Asia/Tehran"', "comment_refresh_days = 0",
        )) + "\n",
        "utf-8",
    )  # fmt: skip
    return path


@pytest.mark.slow
def test_a_crawl_killed_before_its_disk_queue_wrote_anything_is_resumed_whole(database_url: str, tmp_path: Path) -> None:
    """The feed and the home page hang, so the sitemaps found in the index wait in the disk queue
    (its file made, its writes still buffered) when the crawl is killed."""
    site = NewsSite(articles=30, seed=61, max_comments=12)
    with site.serve() as base:
        sites, jobs = write_sites_file(tmp_path / "sites.toml", base), tmp_path / "jobs"
        site.fault("/feed/", delay=LATE)
        site.fault("/", delay=LATE)
        crawl = _crawl(sites, jobs, database_url, tmp_path / "killed.log")
        queued = jobs / "fixture" / "requests.queue"
        _wait_for(lambda: any(queued.glob("*/0")) or crawl.process.poll() is not None)
        crawl.kill()
        assert [path.stat().st_size for path in queued.glob("*/0")] == [0]  # the moment the test is about
        site.clear_faults()
        resumed = crawl_site(sites, database_url, jobs, *SLOW)
        assert resumed.returncode == 0, resumed.stderr[-3000:]
        _assert_complete(site.truth(), database_url)


@pytest.mark.slow
def test_a_listing_page_in_flight_when_the_crawl_is_killed_is_read_by_the_next_run(database_url: str, tmp_path: Path) -> None:
    """The home page's articles are stored, its second page is on its way when the crawl is
    killed; the next run finds the first page's articles known, and must still go on."""
    site = NewsSite(articles=30, seed=67, max_comments=12)
    with site.serve() as base:
        sites, jobs = _listings_only(tmp_path / "sites.toml", base), tmp_path / "jobs"
        site.fault("/page/2/", delay=LATE)
        crawl = _crawl(sites, jobs, database_url, tmp_path / "killed.log")
        _wait_for(lambda: len(_articles(database_url)) >= 10 or crawl.process.poll() is not None)
        assert crawl.process.poll() is None, crawl.output.read_text("utf-8", "replace")[-3000:]
        crawl.kill()
        assert len(_articles(database_url)) == 10
        site.clear_faults()
        resumed = crawl_site(sites, database_url, jobs, *SLOW)
        assert resumed.returncode == 0, resumed.stderr[-3000:]
        _assert_complete(site.truth(), database_url)


@pytest.mark.slow
def test_a_crawl_stopped_with_ctrl_c_resumes_from_its_queue(database_url: str, tmp_path: Path) -> None:
    site = NewsSite(articles=30, seed=71, max_comments=12)
    with site.serve() as base:
        sites, jobs = write_sites_file(tmp_path / "sites.toml", base), tmp_path / "jobs"
        crawl = _crawl(sites, jobs, database_url, tmp_path / "stopped.log")
        _wait_for(lambda: len(_articles(database_url)) >= 5 or crawl.process.poll() is not None)
        crawl.process.send_signal(signal.SIGINT)
        code, output = crawl.finish()
        assert code == 1, output[-3000:]  # stopped, not finished
        assert (jobs / "fixture" / QUEUE / CLOSED).exists()
        resumed = crawl_site(sites, database_url, jobs, *SLOW)
        assert resumed.returncode == 0, resumed.stderr[-3000:]
        assert "Resuming crawl" in resumed.stderr
        _assert_complete(site.truth(), database_url)


def _job_directory(path: Path, closed: bool) -> Path:
    """What a run leaves: a queue file of a download slot, the fingerprints seen, and (when it
    closed them) the queue's state."""
    (path / QUEUE / "slot").mkdir(parents=True)
    (path / QUEUE / "slot" / "0").write_bytes(b"\0\0\0\0requests")
    (path / SEEN).write_text("a0b1c2\n")
    if closed:
        (path / QUEUE / CLOSED).write_text('{"slot": [0]}')
    return path


def test_the_queue_of_a_run_that_did_not_close_is_dropped_with_its_seen_set(tmp_path: Path) -> None:
    jobdir = _job_directory(tmp_path, closed=False)
    drop_unless_closed(jobdir)
    assert list(jobdir.iterdir()) == []


def test_the_queue_of_a_run_that_closed_is_kept(tmp_path: Path) -> None:
    jobdir = _job_directory(tmp_path, closed=True)
    drop_unless_closed(jobdir)
    assert (jobdir / QUEUE / "slot" / "0").read_bytes() == b"\0\0\0\0requests"
    assert (jobdir / SEEN).read_text() == "a0b1c2\n"


def test_a_request_the_job_directory_cannot_take_is_kept_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = {"JOBDIR": str(tmp_path / "job"), "SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.ScrapyPriorityQueue"}
    crawler = get_crawler(Spider, settings)  # (a priority queue that needs no downloader: no crawl runs here)
    crawler.spider = Spider("fixture")
    scheduler = ResumingScheduler.from_crawler(crawler)
    scheduler.open(crawler.spider)

    def full_disk(request: Request) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    assert scheduler.dqs is not None
    monkeypatch.setattr(scheduler.dqs, "push", full_disk)
    for n in range(3):
        assert scheduler.enqueue_request(Request(f"http://127.0.0.1/article-{n}", dont_filter=True))
    assert len(scheduler) == 3 and len(scheduler.mqs) == 3  # none lost: all in memory
    assert crawler.stats is not None and crawler.stats.get_value(DISK_FAILED) == 3
    handed = [scheduler.next_request() for _ in range(3)]
    assert sorted(request.url for request in handed if request is not None) == [f"http://127.0.0.1/article-{n}" for n in range(3)]
    scheduler.close("finished")
