"""Saved pages read and extracted in worker processes (their code loaded by the fork server while
the crawl starts) give the items and lines a fetch without workers gives."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from crawler.vocabulary import Stat
from tests.conftest import PAGES
from tests.crawl import casualties

WITHOUT_WORKERS = ("-s", "UNDERSTANDING_PROCESSES=0", "-s", "EXTRACTION_PROCESSES=0")


def _fetch(pages: list[Path], tmp_path: Path, name: str, *settings: str) -> tuple[list[dict[str, Any]], list[str], int]:
    """The items of a fetch of ``pages`` (times counted from the fetch time left out), and its
    lines (the database's name and the articles' numbers left out), and how many pages worker
    processes read."""
    listing = tmp_path / "pages.txt"
    listing.write_text("".join(f"{page}\n" for page in pages), encoding="utf-8")
    out = tmp_path / f"{name}.jsonl"
    result = casualties("fetch", "--from-file", str(listing), "-O", str(out), "--loglevel", "INFO", *settings, database=f"sqlite:///{tmp_path / f'{name}.db'}")
    assert result.returncode == 0, result.stderr[-3000:]
    items = [json.loads(line) for line in out.read_text().splitlines()]
    for item in items:
        del item["fetched_at"]
        for comment in item["comments"]:  # "2 days ago" is counted from the fetch time
            if "ago" in (comment["posted_raw"] or ""):
                del comment["posted_at"]
    # Articles are numbered in the order they are stored, which the pages' reading times decide.
    lines = [re.sub(r"article #\d+", "article", line.replace(str(tmp_path / f"{name}.db"), "DB")) for line in result.stdout.splitlines()]
    read = re.search(rf"'{re.escape(Stat.READ_IN_WORKERS)}': (\d+)", result.stderr)
    return sorted(items, key=lambda item: str(item["fetched_url"])), sorted(lines), int(read.group(1)) if read else 0


def test_saved_pages_read_in_workers_give_the_items_and_lines_of_a_fetch_without_workers(tmp_path: Path) -> None:
    pages = sorted(PAGES.glob("*.html"))
    items, lines, read = _fetch(pages, tmp_path, "workers")
    items_here, lines_here, none_read = _fetch(pages, tmp_path, "crawl", *WITHOUT_WORKERS)
    assert len(items) == len(pages) and sum(len(item["comments"]) for item in items) > 50
    if len(os.sched_getaffinity(0)) > 1:
        assert read == len(pages)  # every page, the first included
    assert none_read == 0
    assert items == items_here
    assert lines == lines_here


_FIRST_READS = """
import importlib, sys
from datetime import UTC, datetime
from pathlib import Path
from crawler.cli.options import WORKER_CODE
for module in WORKER_CODE:
    importlib.import_module(module)
from crawler.understand.pages import Download, read_download
loaded = set(sys.modules)
for page in sorted(Path(sys.argv[1]).glob("*.html")):
    for purpose in ("article", "comment-page"):
        read_download(Download(page.read_bytes(), page.as_uri(), None, datetime.now(UTC), None, purpose))
print(sorted(m for m in set(sys.modules) - loaded if m.split(".")[0] in ("crawler", "htmldate")))
"""


def test_the_fork_server_loads_all_the_code_a_worker_reads_pages_with() -> None:
    """The page readers load with a process's first page read: a worker whose fork server did not
    load them all would load the rest while the first page waits."""
    result = subprocess.run([sys.executable, "-c", _FIRST_READS, str(PAGES)], capture_output=True, text=True, check=False, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "[]"
