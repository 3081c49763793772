"""Scrapy settings of the casualties crawler.

Every value can be overridden per run (``-s NAME=VALUE``) or per spider (``custom_settings``).
The database comes from ``DATABASE_URL`` (SQLite ``casualties.db`` in the working directory when
unset).
"""

import os

BOT_NAME = "casualties"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# An honest crawler: say who we are (set CASUALTIES_USER_AGENT to add a contact), obey
# robots.txt, adapt to the server's pace.
USER_AGENT = os.environ.get(
    "CASUALTIES_USER_AGENT", "casualties/0.1 (conflict casualty research crawler)"
)
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

# Limits on every download: nothing hangs, nothing floods memory.
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
RETRY_TIMES = 2

# Most comment threads fit in a few pages; this bounds a pathological or looping one.
COMMENT_PAGES_MAX = 200
WP_REST_PER_PAGE = 100

DATABASE_URL = os.environ.get("DATABASE_URL")

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.FetchLogMiddleware": 950,
}
EXTENSIONS = {
    "crawler.runs.RunRecorder": 500,
    "crawler.progress.ProgressLine": 510,
}
RUN_RECORD_INTERVAL = 1.0  # seconds between updates of the crawl_runs row
PROGRESS_LINE = False  # a live status line on stderr (casualties crawl turns it on at a terminal)

ITEM_PIPELINES = {
    "crawler.pipelines.extraction.ExtractionPipeline": 300,
    "crawler.pipelines.storage.StoragePipeline": 800,
}

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
