"""What page understanding reads from every real page of the shared benchmarks, as JSON lines, to
show that a change meant to be faster reads every page the same.

    python -m benchmarks.understanding_dump OUT.jsonl            # write the reading of every page
    python -m benchmarks.understanding_dump OUT.jsonl --compare BEFORE.jsonl

Each page (``benchmarks.real_site.real_pages``) is read as the crawl reads a downloaded article
page (``read_download``), at a fixed fetch time and in the benchmark site's time zone, under an
article URL of the shape the real site gives it; one line a page, its dataclasses as JSON with
sorted keys.  ``--compare`` names the pages whose reading differs from an earlier dump.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.real_site import real_pages
from benchmarks.shared_data import benchmarks_folder
from crawler.understand.pages import Download, read_download

FETCHED_AT = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
TIMEZONE = "Asia/Tehran"
CONTENT_TYPE = "text/html"


def page_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def page_url(path: Path) -> str:
    """An article URL of the real site's shape for a page file."""
    return f"http://bench.localhost/2026/11/{path.parent.parent.name}-{path.name.split('.')[0][:16].lower()}/"


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def reading(path: Path) -> dict[str, object]:
    download = Download(page_bytes(path), page_url(path), CONTENT_TYPE, FETCHED_AT, TIMEZONE, "article")
    try:
        found: object = _plain(read_download(download))
    except Exception as error:
        found = {"error": f"{type(error).__name__}: {error}"}
    return {"page": f"{path.parent.parent.name}/{path.name}", "reading": found}


def readings() -> Iterator[str]:
    for path in real_pages(benchmarks_folder()):
        yield json.dumps(reading(path), sort_keys=True, ensure_ascii=False)


def compare(now: Path, before: Path) -> int:
    """The pages read differently, printed; their number."""
    old = {json.loads(line)["page"]: line for line in before.read_text().splitlines()}
    differ = 0
    for line in now.read_text().splitlines():
        page = json.loads(line)["page"]
        if old.pop(page, None) != line:
            differ += 1
            print(f"differs: {page}")
    for page in old:
        differ += 1
        print(f"missing: {page}")
    return differ


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--compare", type=Path, metavar="BEFORE", help="an earlier dump to compare with")
    args = parser.parse_args(argv)
    with args.out.open("w") as out:
        for line in readings():
            out.write(line + "\n")
    if args.compare:
        differ = compare(args.out, args.compare)
        print(f"{differ} pages read differently")
        raise SystemExit(1 if differ else 0)


if __name__ == "__main__":
    main()
