"""XML sitemaps as Yoast SEO writes them: an index of post sitemaps split into files of a fixed
size (oldest posts first), a page sitemap, a category sitemap, and a Google News sitemap."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from tests.newssite.content import SITE_NAME
from tests.newssite.model import ORIGIN, Post
from tests.newssite.pages import iso, text, url

_STYLESHEET = f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="{ORIGIN}/main-sitemap.xsl"?>\n'


@dataclass(frozen=True, slots=True)
class Entry:
    path: str
    lastmod: datetime
    image: str | None = None  # path of the page's main image


def sitemap_index(sitemaps: Sequence[Entry]) -> str:
    items = "".join(
        f"\t<sitemap>\n\t\t<loc>{url(s.path)}</loc>\n\t\t<lastmod>{iso(s.lastmod)}</lastmod>\n\t</sitemap>\n" for s in sitemaps
    )
    return f'{_STYLESHEET}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{items}</sitemapindex>\n'


def url_set(entries: Sequence[Entry]) -> str:
    items = []
    for entry in entries:
        image = f"\t\t<image:image>\n\t\t\t<image:loc>{url(entry.image)}</image:loc>\n\t\t</image:image>\n" if entry.image else ""
        items.append(f"\t<url>\n\t\t<loc>{url(entry.path)}</loc>\n\t\t<lastmod>{iso(entry.lastmod)}</lastmod>\n{image}\t</url>\n")
    return (
        f'{_STYLESHEET}<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" '
        'xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd '
        'http://www.google.com/schemas/sitemap-image/1.1 http://www.google.com/schemas/sitemap-image/1.1/sitemap-image.xsd" '
        f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{"".join(items)}</urlset>\n'
    )


def news_sitemap(posts: Sequence[Post]) -> str:
    """Google News sitemap of ``posts`` (newest first): publication date and title, no lastmod."""
    items = "".join(
        f"""	<url>
		<loc>{url(post.path)}</loc>
		<news:news>
			<news:publication>
				<news:name>{text(SITE_NAME)}</news:name>
				<news:language>en</news:language>
			</news:publication>
			<news:publication_date>{iso(post.published)}</news:publication_date>
			<news:title>{text(post.title)}</news:title>
		</news:news>
	</url>
"""
        for post in posts
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n{items}</urlset>\n'
    )
