"""A deterministic WordPress-like news site on 127.0.0.1 for crawl tests and benchmarks.

    site = NewsSite(articles=48, seed=7)
    with site.serve() as base_url:
        ...  # crawl base_url
        site.add_comment(slug)  # then crawl again
    truth = site.truth()
"""

from tests.newssite.site import (
    ArticleTruth,
    CommentTruth,
    Fault,
    NewsSite,
    RequestRecord,
    SiteTruth,
)

__all__ = ["ArticleTruth", "CommentTruth", "Fault", "NewsSite", "RequestRecord", "SiteTruth"]
