"""Article and comment pages read in worker processes give the items the crawl process gives."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from crawler.vocabulary import Stat
from tests.crawl import FAST, scrapy, write_sites_file
from tests.newssite import NewsSite


def _crawl(base: str, tmp_path: Path, processes: int) -> tuple[list[dict[str, Any]], int]:
    """The items of a site crawl exported as JSON lines (fetch times left out), and how many
    pages worker processes read."""
    sites = write_sites_file(tmp_path / "sites.toml", base)
    out = tmp_path / f"items-{processes}.jsonl"
    result = scrapy(
        "crawl", "site", "-a", "site=fixture", "-a", f"sites_file={sites}", "-O", str(out), *FAST,
        "-s", f"UNDERSTANDING_PROCESSES={processes}", "-s", "POOL_SHARE_WORK=0", database=f"sqlite:///{tmp_path / f'{processes}.db'}",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    items = [json.loads(line) for line in out.read_text().splitlines()]
    for item in items:
        del item["fetched_at"]
    read = re.search(rf"'{re.escape(Stat.READ_IN_WORKERS)}': (\d+)", result.stderr)
    return sorted(items, key=lambda item: str(item["url"])), int(read.group(1)) if read else 0


def test_pages_read_by_a_worker_process_give_the_same_items_as_pages_read_in_the_crawl(tmp_path: Path) -> None:
    site = NewsSite(articles=24, seed=11)
    with site.serve() as base:
        in_crawl, none_read = _crawl(base, tmp_path, 0)
        in_workers, read = _crawl(base, tmp_path, 1)
    assert none_read == 0
    comment_pages = sum(len(item["comment_pages"]) for item in in_workers)
    assert comment_pages > 0
    assert read == len(in_workers) + comment_pages  # every article page and comment page
    assert sum(len(item["comments"]) for item in in_workers) > 100
    assert in_workers == in_crawl
