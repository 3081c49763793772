"""Distributed crawl speed: the same local site crawled by 1 and by 2 workers, and the speed-up.

    python -m benchmarks.workers --postgres postgresql+psycopg://postgres@127.0.0.1:5432/postgres \
        --articles 300 --runs 3

Needs redis-server on the PATH (a throwaway one is started on 127.0.0.1).  Each run gets a new
PostgreSQL database and an empty Redis; the clock runs from the first worker's start until every
article of the site is stored.  The site is the benchmark site of ``benchmarks.static_site``,
served by nginx (else Twisted) outside this process, so the server is not the bottleneck.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from benchmarks.static_site import served_site, server_name
from models import Article, Comment
from tests.crawl import REPO, write_sites_file

SETTINGS = ("-s", "SHARED_DOWNLOAD_DELAY=0", "--loglevel", "ERROR")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _counts(url: str) -> tuple[int, int]:
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            articles = session.scalar(select(func.count()).select_from(Article)) or 0
            comments = session.scalar(select(func.count()).select_from(Comment)) or 0
            return int(articles), int(comments)
    except Exception:  # schema not created yet
        return 0, 0
    finally:
        engine.dispose()


def one_run(workers: int, server_url: str, redis_url: str, sites: Path, expected: int) -> tuple[float, int, int]:
    """Seconds until all ``expected`` articles are stored, and what was stored."""
    name = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    database = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    env = os.environ | {"DATABASE_URL": database, "REDIS_URL": redis_url, "CASUALTIES_SITES": str(sites)}
    try:
        subprocess.run([sys.executable, "-m", "crawler", "db", "upgrade"], cwd=REPO, env=env, check=True, capture_output=True)
        subprocess.run([sys.executable, "-m", "crawler", "enqueue", "--site", "fixture"], cwd=REPO, env=env, check=True, capture_output=True)
        started = time.monotonic()
        processes = [
            subprocess.Popen([sys.executable, "-m", "crawler", "worker", "--idle-exit", "3", *SETTINGS],
                             cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for _ in range(workers)
        ]
        while _counts(database)[0] < expected:
            if all(p.poll() is not None for p in processes):
                raise RuntimeError("the workers stopped before the site was stored")
            time.sleep(0.2)
        elapsed = time.monotonic() - started
        for process in processes:
            process.wait(timeout=120)
        articles, comments = _counts(database)
        return elapsed, articles, comments
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postgres", required=True, help="a PostgreSQL server URL (databases are created in it)")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--page-size-kb", type=int, default=100)
    args = parser.parse_args()

    redis_dir = tempfile.mkdtemp(prefix="bench-redis-")
    port = _free_port()
    redis = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                              "--appendonly", "no", "--dir", redis_dir], stdout=subprocess.DEVNULL)
    redis_url = f"redis://127.0.0.1:{port}/0"
    results: dict[int, list[tuple[float, int, int]]] = {1: [], 2: []}
    try:
        with served_site(args.articles, page_size_kb=args.page_size_kb) as site, tempfile.TemporaryDirectory() as folder:
            sites = write_sites_file(Path(folder) / "sites.toml", site.base_url)
            expected = site.articles
            for _ in range(args.runs):
                for workers in (1, 2):  # interleaved, so that machine noise hits both alike
                    subprocess.run(["redis-cli", "-p", str(port), "flushall"], check=True, capture_output=True)
                    results[workers].append(one_run(workers, args.postgres, redis_url, sites, expected))
    finally:
        redis.terminate()
        redis.wait()
        shutil.rmtree(redis_dir, ignore_errors=True)

    print(f"site: {args.articles} articles of ~{args.page_size_kb} KB served by {server_name()}, "
          f"{args.runs} runs each, PostgreSQL + Redis")
    print(f"{'workers':>7} {'median s':>9} {'min s':>7} {'max s':>7} {'articles/min':>13} {'comments/s':>11}")
    medians = {}
    for workers, runs in results.items():
        seconds = [r[0] for r in runs]
        medians[workers] = statistics.median(seconds)
        articles, comments = runs[0][1], runs[0][2]
        print(f"{workers:>7} {medians[workers]:>9.1f} {min(seconds):>7.1f} {max(seconds):>7.1f} "
              f"{articles / medians[workers] * 60:>13.0f} {comments / medians[workers]:>11.0f}")
    print(f"speed-up with 2 workers: {medians[1] / medians[2]:.2f}x (median over median)")


if __name__ == "__main__":
    main()
