"""Sitemaps: indexes, URL sets with lastmod, news sitemaps, gzip."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime

from crawler.discover.sitemaps import parse_sitemap

INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="//eaworldview.com/main-sitemap.xsl"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://eaworldview.com/post-sitemap.xml</loc><lastmod>2015-11-29T18:04:11+00:00</lastmod></sitemap>
  <sitemap><loc>https://eaworldview.com/post-sitemap2.xml</loc><lastmod>2015-12-01T11:02:40+00:00</lastmod></sitemap>
</sitemapindex>"""

URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"
  xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://eaworldview.com/2015/12/iran-daily-dec-1/</loc><lastmod>2015-12-01T11:02:40+00:00</lastmod>
    <image:image><image:loc>https://eaworldview.com/wp-content/uploads/2015/12/Soleimani-Fars.jpg</image:loc></image:image></url>
  <url><loc>https://eaworldview.com/2015/11/syria-daily-nov-30/</loc></url>
</urlset>"""

NEWS = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://monitor.example/2016/03/shelling-kills-14/</loc>
    <news:news><news:publication><news:name>Monitor</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2016-03-04T07:00:00+02:00</news:publication_date><news:title>Shelling kills 14</news:title></news:news></url>
</urlset>"""


def test_an_index_lists_its_sitemaps_with_their_lastmod() -> None:
    sitemap = parse_sitemap(INDEX, "https://eaworldview.com/sitemap_index.xml")
    assert sitemap.kind == "index"
    assert [e.url for e in sitemap.entries] == [
        "https://eaworldview.com/post-sitemap.xml",
        "https://eaworldview.com/post-sitemap2.xml",
    ]
    assert sitemap.entries[1].lastmod == datetime(2015, 12, 1, 11, 2, 40, tzinfo=UTC)


def test_a_url_set_gives_pages_with_lastmod_when_stated() -> None:
    sitemap = parse_sitemap(URLSET, "https://eaworldview.com/post-sitemap2.xml")
    assert sitemap.kind == "urlset"
    first, second = sitemap.entries
    assert first.lastmod == datetime(2015, 12, 1, 11, 2, 40, tzinfo=UTC)
    assert second.lastmod is None


def test_a_news_sitemap_gives_the_publication_date() -> None:
    [entry] = parse_sitemap(NEWS, "https://monitor.example/news-sitemap.xml").entries
    assert entry.published == datetime(2016, 3, 4, 5, 0, tzinfo=UTC)


def test_gzipped_sitemaps_are_read() -> None:
    assert parse_sitemap(gzip.compress(URLSET), "https://eaworldview.com/post-sitemap2.xml.gz").kind == "urlset"


def test_an_html_error_page_is_no_sitemap() -> None:
    assert parse_sitemap(b"<html><body>404</body></html>", "https://x.example/sitemap.xml").kind == "unknown"
