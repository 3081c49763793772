"""Acceptance: workers sharing a Redis queue and a PostgreSQL crawl a site; one is killed
part-way and restarted; every article and comment ends up stored exactly once."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from redis import Redis

from models import Article, CrawlRun
from tests.crawl import REPO, write_sites_file
from tests.crawling.test_faults import _count, _wait_for
from tests.crawling.test_site_crawl import _assert_matches
from tests.newssite import NewsSite

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

FAST_WORKER = ("-s", "SHARED_DOWNLOAD_DELAY=0", "-s", "WORKER_HEARTBEAT=1", "-s", "WORKER_ALIVE=4",
               "-s", "CONCURRENT_REQUESTS=4", "--loglevel", "WARNING")


def _worker(env: dict[str, str], idle_exit: int = 12) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "crawler", "worker", "--idle-exit", str(idle_exit), *FAST_WORKER],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_two_workers_one_killed_and_restarted_store_everything_exactly_once(
    postgres_url: str, redis_url: str, tmp_path: Path
) -> None:
    site = NewsSite(articles=60, seed=31)
    with site.serve() as base:
        sites = write_sites_file(tmp_path / "sites.toml", base)
        env = os.environ | {"DATABASE_URL": postgres_url, "REDIS_URL": redis_url, "CASUALTIES_SITES": str(sites)}
        queued = subprocess.run([sys.executable, "-m", "crawler", "enqueue", "--site", "fixture"],
                                cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
        assert queued.returncode == 0, queued.stderr[-2000:]

        first, second = _worker(env), _worker(env)
        queue = Redis.from_url(redis_url)
        held = f"worker:inflight:{socket.gethostname()}:{first.pid}:*"
        # Killed part-way, while it holds requests it took from the queue.
        _wait_for(lambda: _count(postgres_url, Article) >= 15 and any(queue.hlen(k) for k in queue.scan_iter(match=held)))
        first.send_signal(signal.SIGKILL)
        first.communicate()
        restarted = _worker(env)
        for worker in (second, restarted):
            out, err = worker.communicate(timeout=300)
            assert worker.returncode == 0, err[-3000:]
        truth = site.truth()
    _assert_matches(truth, postgres_url)
    assert _count(postgres_url, CrawlRun) == 3
    listing = subprocess.run([sys.executable, "-m", "crawler", "runs"], cwd=REPO, env=env, capture_output=True, text=True)
    assert listing.stdout.count("(worker)") == 3
    fleet = next(line for line in listing.stdout.splitlines() if line.startswith("fleet of "))
    assert f"new articles {len(truth.articles)}," in fleet  # the workers' figures add up to the site
    status = subprocess.run([sys.executable, "-m", "crawler", "queue"], cwd=REPO, env=env, capture_output=True, text=True)
    assert "requests queued:  0" in status.stdout
    # What the killed worker held was taken back by the others, not lost.
    recovered = int(status.stdout.split("taken back from dead workers so far:")[1].split()[0])
    assert recovered >= 1


def test_workers_share_one_pace_per_site(redis_url: str) -> None:
    from redis import Redis

    from crawler.distributed.politeness import _RESERVE

    server = Redis.from_url(redis_url)
    first, second = server.register_script(_RESERVE), server.register_script(_RESERVE)  # two workers
    now = 1_000_000.0
    waits = [
        float(script(keys=["casualties:pace:news.example"], args=[now, 0.5]))
        for script in (first, second, first, second)
    ]
    assert waits == [0.0, 0.5, 1.0, 1.5]  # one request per half second, whoever sends it
    other = float(first(keys=["casualties:pace:other.example"], args=[now, 0.5]))
    assert other == 0.0  # each host has its own pace
