"""A deterministic WordPress-like news site on 127.0.0.1 for crawl tests and benchmarks.

    site = NewsSite(articles=48, seed=7)
    with site.serve() as base_url:
        ...  # crawl base_url
        site.add_comment(slug)  # then crawl again: only that post's pages and comment feed changed
        truth = site.truth()  # what the crawl should have found

What it serves (paths; every absolute URL in them is on ``base_url``):

* ``/``, ``/page/N/``; archives ``/category/SLUG/``, ``/tag/SLUG/``, ``/author/SLUG/``,
  ``/YYYY/MM/``, each with ``page/N/``;
* posts ``/YYYY/MM/SLUG/``, whose own URL shows the newest comment page, older ones at
  ``/YYYY/MM/SLUG/comment-page-N/``; subscriber briefings ``/private/YYYY/MM/SLUG/`` (linked from
  every sidebar, disallowed by robots.txt); ``/about/``, ``/contact/``, ``/privacy-policy/``;
* feeds ``/feed/`` (RSS), ``/feed/atom/``, ``/category/SLUG/feed/``, and ``/YYYY/MM/SLUG/feed/``
  (the post's comments, newest first);
* ``/robots.txt``, ``/sitemap_index.xml`` → ``/post-sitemap.xml``, ``/post-sitemap2.xml`` ...,
  ``/page-sitemap.xml``, ``/category-sitemap.xml``; ``/news-sitemap.xml``;
* ``/?p=ID`` and paths without their last slash redirect (301); anything else is a 404 page.
"""

from tests.newssite.site import (
    ArticleTruth,
    CommentTruth,
    NewsSite,
    RequestRecord,
    SiteTruth,
)

__all__ = ["ArticleTruth", "CommentTruth", "NewsSite", "RequestRecord", "SiteTruth"]
