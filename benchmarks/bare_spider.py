"""A spider that fetches what the site crawl fetches and does nothing else: the engine's ceiling
on the benchmark site (no parsing beyond finding links, no items, no database).

    scrapy runspider benchmarks/bare_spider.py -a base_url=http://127.0.0.1:PORT

It reads the sitemaps, fetches every article and follows its older comment pages, as the site
crawl does for a new site.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from scrapy import Request
from scrapy.http import Response
from scrapy.spiders import SitemapSpider

_COMMENT_PAGE = re.compile(rb'href="([^"#]+/comment-page-\d+/)')


class BareSpider(SitemapSpider):
    name = "bare"
    custom_settings = {"ROBOTSTXT_OBEY": True, "LOG_LEVEL": "INFO"}

    def __init__(self, base_url: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sitemap_urls = [f"{base_url}/sitemap_index.xml"]
        self.sitemap_rules = [(r"/\d{4}/\d{2}/[^/]+/$", "parse")]

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Request]:
        for link in dict.fromkeys(_COMMENT_PAGE.findall(response.body)):
            yield Request(link.decode(), callback=self.parse_comment_page)

    def parse_comment_page(self, response: Response) -> Iterator[Request]:
        return iter(())
