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
