"""How many requests a second the news site serves: a site in this process, a client in another.

    python -m tests.newssite.throughput [--seconds 5] [--concurrency 8] [--page-size-kb 0] [--close]

The client keeps its connections open (as Scrapy does) unless ``--close`` is given, and asks
for every page, feed and sitemap of the site in turn.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import time
from urllib.parse import urlsplit

from tests.newssite.site import NewsSite


async def _fetch(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str, path: str, keep: bool
) -> tuple[int, int]:
    """(status, body bytes) of one GET."""
    connection = "keep-alive" if keep else "close"
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: {connection}\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    await reader.readexactly(length)
    return int(head.split(b" ", 2)[1]), length


async def _worker(base: str, paths: list[str], start: int, deadline: float, keep: bool) -> tuple[int, int, int]:
    parts = urlsplit(base)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    done = failed = received = 0
    index = start
    connection = None
    while time.perf_counter() < deadline:
        if connection is None:
            connection = await asyncio.open_connection(host, port)
        status, length = await _fetch(*connection, parts.netloc, paths[index % len(paths)], keep)
        done, failed, received, index = done + 1, failed + (status != 200), received + length, index + 1
        if not keep:
            connection[1].close()
            connection = None
    if connection is not None:
        connection[1].close()
    return done, failed, received


def _client(
    base: str, paths: list[str], seconds: float, concurrency: int, keep: bool, results: multiprocessing.Queue
) -> None:
    async def run() -> list[tuple[int, int, int]]:
        deadline = time.perf_counter() + seconds
        step = max(1, len(paths) // concurrency)
        return await asyncio.gather(*(_worker(base, paths, n * step, deadline, keep) for n in range(concurrency)))

    started = time.perf_counter()
    counts = asyncio.run(run())
    totals = [sum(column) for column in zip(*counts, strict=True)]
    results.put((*totals, time.perf_counter() - started))


def measure(site: NewsSite, *, seconds: float, concurrency: int, keep_alive: bool) -> tuple[int, int, int, float]:
    """(requests, failures, bytes received, seconds) of a client process hammering ``site``."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    with site.serve() as base:
        client = context.Process(target=_client, args=(base, site.paths(), seconds, concurrency, keep_alive, results))
        client.start()
        done, failed, received, elapsed = results.get()
        client.join()
    return done, failed, received, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=48)
    parser.add_argument("--max-comments", type=int, default=60)
    parser.add_argument("--page-size-kb", type=int, default=0)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--close", action="store_true", help="a new connection for every request")
    args = parser.parse_args()
    site = NewsSite(args.articles, page_size_kb=args.page_size_kb, max_comments=args.max_comments)
    done, failed, received, elapsed = measure(
        site, seconds=args.seconds, concurrency=args.concurrency, keep_alive=not args.close
    )
    print(f"{len(site.paths())} resources; {done} requests ({failed} not 200), mean body {received / done / 1024:.1f} KB, "
          f"in {elapsed:.1f} s: {done / elapsed:,.0f} requests/s, {received / elapsed / 2**20:,.1f} MiB/s")  # fmt: skip


if __name__ == "__main__":
    main()
