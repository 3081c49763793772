"""Running crawls under test: each in its own process, as a user runs them (Twisted's reactor
cannot be restarted inside one test process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# Tests fetch from 127.0.0.1 only: no politeness delays needed there.
FAST = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False")


def casualties(*args: str, database: str, cwd: Path | None = None, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """Run ``casualties ARGS`` against ``database``; stdout and stderr are captured."""
    env = os.environ | {"DATABASE_URL": database}
    return subprocess.run(
        [sys.executable, "-m", "crawler", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd or REPO,
        env=env,
    )


def fetch(*targets: str, database: str, extra: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    return casualties("fetch", *targets, *FAST, *extra, database=database)


def scrapy(*args: str, database: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """Run ``scrapy ARGS`` from the repository root (where scrapy.cfg is)."""
    env = os.environ | {"DATABASE_URL": database}
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args], capture_output=True, text=True, timeout=timeout, cwd=REPO, env=env
    )


def crawl_site(
    sites_file: Path, database: str, jobdir: Path, *extra: str, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """``casualties crawl`` of every site in ``sites_file``, fast settings for 127.0.0.1."""
    return casualties(
        "crawl", "--sites-file", str(sites_file), "--jobdir", str(jobdir), *FAST, *extra,
        database=database, timeout=timeout,
    )


def write_sites_file(path: Path, base_url: str, name: str = "fixture", live_days: float = 0, **fields: object) -> Path:
    """A sites file for the local fixture news site served at ``base_url``."""
    lines = [
        "[[site]]",
        f'name = "{name}"',
        f'start_urls = ["{base_url}/"]',
        f'feeds = ["{base_url}/feed/"]',
        f'sitemaps = ["{base_url}/sitemap_index.xml"]',
        r"article_patterns = ['/\d{4}/\d{2}/[^/]+/$']",
        'timezone = "Asia/Tehran"',
        f"comment_refresh_days = {live_days}",
        *(f"{key} = {value!r}".replace("'", '"') for key, value in fields.items()),
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path
