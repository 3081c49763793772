"""Distributed mode: many ``casualties worker`` processes share one Redis-backed Scrapy scheduler
(scrapy-redis) and write to one PostgreSQL.

This package adds what scrapy-redis leaves out: requests a worker holds are recorded until they
are done, so those of a worker that dies go back to the queue (``scheduler``); de-duplication per
crawl round, so a later round can fetch a page again (``dupefilter``); one pace per site for all
workers together (``politeness``); and the acknowledgements (``acks``).
"""

