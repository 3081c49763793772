"""scrapy-redis's shared seen-set, with the crawl round in each fingerprint.

A site is crawled in rounds (one per ``casualties enqueue``); within a round a page is fetched
once however many workers discover it, and the next round may fetch it again.
"""

from __future__ import annotations

import hashlib

from scrapy import Request
from scrapy_redis.dupefilter import RFPDupeFilter


class RoundDupeFilter(RFPDupeFilter):
    def request_fingerprint(self, request: Request) -> str:
        base = super().request_fingerprint(request)
        crawl_round = request.meta.get("round")
        return hashlib.sha1(f"{base}:{crawl_round}".encode()).hexdigest() if crawl_round else base
