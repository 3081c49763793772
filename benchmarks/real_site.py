"""A local news site of real pages, built at run time from ``../shared/benchmarks`` and served by nginx.

    python -m benchmarks.real_site --articles 1000 --serve     # build, serve until Ctrl-C

The article pages are the real pages of the shared benchmarks (``body/html``, ``dragnet/html``,
``comments/html``, ``dates/pages``: about 680 pages of news sites and blogs, their own HTML,
byte for byte), read from that folder when the site is built and written to a temporary folder:
nothing of them is copied into the repository.  A site larger than the pages repeats them under
new URLs.  Around them the builder writes what a WordPress site offers a crawler: article URLs
``/YYYY/MM/slug/`` (publication days spread over the last years, newest first), a home page and
listing pages of 20 articles each with "Older posts" links (``/page/N/``), an RSS feed of the
newest 10 (``/feed/``), a sitemap index (``/sitemap_index.xml``) of sitemaps of 1,000 URLs with
their ``lastmod``, and robots.txt naming the sitemap index.  The pages' own links lead to their
original sites, which a crawl of this site leaves alone (off its domain).

``CASUALTIES_BENCHMARKS`` names the shared benchmarks folder where it is not
``../shared/benchmarks`` beside the repository.
"""

from __future__ import annotations

import argparse
import gzip
import os
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path

from benchmarks.shared_data import benchmarks_folder
from benchmarks.static_site import BuiltSite, free_port, serve, server_name

SOURCES = ("body/html", "dragnet/html", "comments/html", "dates/pages")
LISTING_SIZE = 20
FEED_ITEMS = 10
SITEMAP_SIZE = 1000
NEWEST = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def real_pages(root: Path) -> list[Path]:
    """Every page of the shared benchmarks, in a stable order."""
    return [path for source in SOURCES for path in sorted((root / source).iterdir())
            if path.name.endswith((".html", ".htm", ".html.gz"))]  # fmt: skip


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def _write(root: Path, path: str, data: bytes | str) -> None:
    target = root / path.lstrip("/")
    if path.endswith("/"):
        target = target / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def _listing(base_url: str, number: int, last: int, entries: list[tuple[str, str, datetime]]) -> str:
    items = "\n".join(f'<article><h2><a href="{base_url}{path}">{escape(title)}</a></h2>'
                      f'<time datetime="{day.isoformat()}">{day:%B %d, %Y}</time></article>' for path, title, day in entries)  # fmt: skip
    older = f'<a class="next page-numbers" href="{base_url}/page/{number + 1}/">Older posts</a>' if number < last else ""
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Real pages, page {number}</title>"
            f'<link rel="alternate" type="application/rss+xml" href="{base_url}/feed/"></head>'
            f"<body><main>{items}</main><nav>{older}</nav></body></html>")  # fmt: skip


def build(root: Path, base_url: str, articles: int) -> BuiltSite:
    """Write a site of ``articles`` article pages under ``root``, absolute URLs on ``base_url``."""
    pages = real_pages(benchmarks_folder())
    entries: list[tuple[str, str, datetime]] = []  # path, title, published: newest first
    written = 0
    for number in range(articles):
        source = pages[number % len(pages)]
        day = NEWEST - timedelta(hours=7 * number)
        round_ = number // len(pages)
        slug = f"{source.parent.parent.name}-{source.name.split('.')[0][:16].lower()}" + (f"-{round_}" if round_ else "")
        path = f"/{day:%Y/%m}/{slug}/"
        body = _read(source)
        _write(root, path, body)
        written += len(body)
        entries.append((path, f"Article {number + 1} ({source.parent.parent.name}/{source.name})", day))
    last = max(1, -(-len(entries) // LISTING_SIZE))
    for number in range(1, last + 1):
        chunk = entries[(number - 1) * LISTING_SIZE: number * LISTING_SIZE]
        _write(root, "/" if number == 1 else f"/page/{number}/", _listing(base_url, number, last, chunk))
    items = "".join(f"<item><title>{escape(title)}</title><link>{base_url}{path}</link>"
                    f"<pubDate>{format_datetime(day)}</pubDate><guid>{base_url}{path}</guid></item>"
                    for path, title, day in entries[:FEED_ITEMS])  # fmt: skip
    _write(root, "/feed/", f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Real pages</title>'
                           f"<link>{base_url}/</link>{items}</channel></rss>")  # fmt: skip
    sitemaps = []
    for start in range(0, len(entries), SITEMAP_SIZE):
        name = f"/post-sitemap{start // SITEMAP_SIZE + 1}.xml"
        urls = "".join(f"<url><loc>{base_url}{path}</loc><lastmod>{day.isoformat()}</lastmod></url>"
                       for path, _, day in entries[start: start + SITEMAP_SIZE])  # fmt: skip
        _write(root, name, f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')
        sitemaps.append(f"<sitemap><loc>{base_url}{name}</loc><lastmod>{entries[start][2].isoformat()}</lastmod></sitemap>")
    _write(root, "/sitemap_index.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
                                       f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{"".join(sitemaps)}</sitemapindex>')  # fmt: skip
    _write(root, "/robots.txt", f"User-agent: *\nDisallow: /wp-admin/\nSitemap: {base_url}/sitemap_index.xml\n")
    _write(root, "/404.html", "<html><body>Not found</body></html>")
    files = [p for p in root.rglob("*") if p.is_file()]
    return BuiltSite(root=root, base_url=base_url, articles=len(entries), comments=0, files=len(files),
                     bytes=sum(p.stat().st_size for p in files))  # fmt: skip


@contextmanager
def served_site(articles: int, directory: Path | None = None, host: str = "127.0.0.1") -> Iterator[BuiltSite]:
    """Build the site in a temporary directory (under ``directory``), serve it on 127.0.0.1, delete
    it after; its URLs name ``host`` (trafilatura refuses IP hosts and ``localhost``, and takes a
    ``*.localhost`` name resolved to 127.0.0.1 in its process)."""
    with tempfile.TemporaryDirectory(prefix="bench-real-site-", dir=directory) as tmp:
        os.chmod(tmp, 0o755)  # nginx's workers run as an unprivileged user
        port = free_port()
        built = build(Path(tmp), f"http://{host}:{port}", articles)
        with serve(built.root, port):
            yield built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--serve", action="store_true", help="serve until interrupted")
    args = parser.parse_args()
    with served_site(args.articles) as site:
        print(f"{site.articles} articles ({len(real_pages(benchmarks_folder()))} distinct real pages), {site.files} files, "
              f"{site.bytes / 2**20:,.0f} MiB at {site.base_url}/ ({server_name()})", flush=True)  # fmt: skip
        if args.serve:
            try:
                signal.pause()
            except KeyboardInterrupt:
                pass


if __name__ == "__main__":
    main()
