"""At a terminal a crawl shows a live status line; under cron (no terminal) the log stays plain."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from tests.crawl import FAST, REPO, crawl_site, write_sites_file
from tests.newssite import NewsSite


def test_a_crawl_at_a_terminal_shows_pages_articles_comments_and_errors(sqlite_url: str, tmp_path: Path) -> None:
    site = NewsSite(articles=6, seed=8, max_comments=4, private_articles=0)
    with site.serve() as base:
        sites = write_sites_file(tmp_path / "sites.toml", base)
        leader, follower = pty.openpty()
        process = subprocess.Popen(
            [sys.executable, "-m", "crawler", "crawl", "--sites-file", str(sites), "--jobdir", str(tmp_path / "jobs"),
             *FAST, "--loglevel", "ERROR"],
            cwd=REPO, env=os.environ | {"DATABASE_URL": sqlite_url},
            stdout=subprocess.DEVNULL, stderr=follower,
        )
        os.close(follower)
        screen = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the crawl closed the terminal
                break
            if not chunk:
                break
            screen += chunk
        assert process.wait(timeout=120) == 0
        os.close(leader)
    last = screen.decode(errors="replace").replace("\r", "\n").strip().splitlines()[-1]
    assert last.startswith("fixture: ") and "6 new + 0 updated articles" in last and "0 errors" in last


def test_without_a_terminal_there_is_no_status_line(sqlite_url: str, tmp_path: Path) -> None:
    site = NewsSite(articles=3, seed=8, max_comments=1, private_articles=0)
    with site.serve() as base:
        sites = write_sites_file(tmp_path / "sites.toml", base)
        result = crawl_site(sites, sqlite_url, tmp_path / "jobs")
    assert result.returncode == 0
    assert "\r" not in result.stderr and "new + " not in result.stderr
