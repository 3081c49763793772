"""Scrapy settings of the casualties crawler.

Every value can be overridden per run (``-s NAME=VALUE``) or per spider (``custom_settings``).
The database comes from ``DATABASE_URL`` (SQLite ``casualties.db`` in the working directory when
unset).
"""

import os

from crawler.runtime.pool import understanding_processes

BOT_NAME = "casualties"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
# `scrapy check` runs the spiders' callbacks on pages saved in the repository (`@page PATH`).
SPIDER_CONTRACTS = {"crawler.spiders.contracts.PageContract": 10, "crawler.spiders.contracts.FilledContract": 10}

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
# Scrapy handles what one callback yields with this many tasks, made anew for every page: its
# default 100 costs the crawl process 1.5 ms of CPU a page, where a page yields one article, or
# requests that only wait for the scheduler.
CONCURRENT_ITEMS = 16

# Limits on every download: nothing hangs, nothing floods memory (a compressed body counts as
# it inflates; a local file by its size).
DOWNLOAD_TIMEOUT = 30
DNS_TIMEOUT = 20
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
RETRY_TIMES = 2
RETRY_AFTER_MAX = 60  # seconds of Retry-After waited out; a longer wait is left to a later run
REDIRECT_MAX_TIMES = 10
# Local files (pages named on the command line) have no server to be polite to: they go through a
# download slot of their own, without delay and untouched by AutoThrottle (crawler/runtime/middlewares.py);
# http(s) sites keep the delays above, per site.
DOWNLOAD_SLOTS = {"local-files": {"concurrency": CONCURRENT_REQUESTS, "delay": 0, "jitter": 0}}
# Only http, https and (for pages named on the command line) local files.
# The HTTP handler is Scrapy's, built with the first http(s) request (crawler/runtime/downloading.py).
DOWNLOAD_HANDLERS = {
    "data": None, "ftp": None, "s3": None,
    "http": "crawler.runtime.downloading.HTTPDownloadHandler", "https": "crawler.runtime.downloading.HTTPDownloadHandler",
}  # fmt: skip
# No way into a running crawl: Scrapy's telnet console (which logs its password) and its remote
# control server both run code sent to them.  Turn one on for a debugging session with -s.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# Most comment threads fit in a few pages; this bounds a pathological or looping one (10,000
# comments at WordPress's 50 a page take 200).
COMMENT_PAGES_MAX = 1000
# The rolling re-check of older threads (a site's recheck_days): at most this many conditional
# requests of stored articles a run, the threads looked at longest ago first.
RECHECK_MAX_PER_RUN = 500
WP_REST_PER_PAGE = 100

DATABASE_URL = os.environ.get("DATABASE_URL")
DATABASE_RETRY_SECONDS = 120  # how long a write waits for a database that went away (a restart)

# Distributed mode (casualties worker): the shared queue, and the pace per site of all workers.
REDIS_URL = os.environ.get("REDIS_URL")
SHARED_DOWNLOAD_DELAY = 0.25
SHARED_PACE = False  # on for the worker: the pace per site is kept in Redis for all workers
WORKER_HEARTBEAT = 5.0  # seconds between a worker's "alive" signs
WORKER_ALIVE = 20  # a worker silent this long is dead: its requests go back to the queue

# Scrapy's, resuming only from a job directory whose run closed it: a killed run's is dropped
# and the site crawl finds again what is left (crawler/runtime/scheduling.py).
SCHEDULER = "crawler.runtime.scheduling.ResumingScheduler"

# Ours in place of Scrapy's offsite filter and decompression (see crawler/runtime/middlewares.py); the
# decompression sits next to the downloader so that the fetch log sees bodies as they are read.
DOWNLOADER_MIDDLEWARES = {
    "crawler.runtime.reading.ReadingMiddleware": 10,
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "crawler.runtime.middlewares.SiteBoundsMiddleware": 50,
    "crawler.distributed.politeness.SharedPolitenessMiddleware": 540,
    "crawler.runtime.middlewares.RetryAfterMiddleware": 555,
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "crawler.runtime.middlewares.FetchLogMiddleware": 950,
    "crawler.runtime.middlewares.BoundedDecompressionMiddleware": 960,
}
# Idle unless the spider is the distributed worker (the acknowledgements need its scheduler).
SPIDER_MIDDLEWARES = {
    "crawler.distributed.acks.AckMiddleware": 50,
}
EXTENSIONS = {
    "crawler.runtime.site_memory.SiteMemory": 400,
    "crawler.runtime.run_record.RunRecorder": 500,
    "crawler.runtime.progress.ProgressLine": 510,
}
RUN_RECORD_INTERVAL = 1.0  # seconds between updates of the crawl_runs row
PROGRESS_LINE = False  # a live status line on stderr (casualties crawl turns it on at a terminal)

# Worker processes reading article and comment pages (parse, metadata, body, comments) while the
# crawl process downloads and writes (crawler/runtime/reading.py): one for each core but one (one on two
# cores); 0 reads them in the crawl process.  EXTRACTION_PROCESSES, unset here, does the same for
# claims and tallies (crawler/pipelines/extraction.py; one when there is a second core: extraction
# costs about a tenth of reading a page; `casualties crawl` extracts in the crawl process on two cores).
UNDERSTANDING_PROCESSES = understanding_processes()
# The workers start with the first page, and the crawl process takes a page (or an extraction)
# itself while they start, and while each worker has one running and one waiting: the first page
# does not wait for workers to load, and the crawl process does not idle while they are the
# bottleneck.  Off: every page goes to the workers (when there are any).  On for `casualties
# fetch` only where its fork server could not load the workers' code before the first page
# (crawler/cli/fetching.py: no fork server); off for site crawls and the distributed worker,
# where with it on a worker stored articles for pages robots.txt had refused (tests/distributed,
# about three runs in four; the cause is not yet found).
POOL_SHARE_WORK = False

ITEM_PIPELINES = {
    "crawler.pipelines.cleaning.CleanTextPipeline": 100,
    "crawler.pipelines.extraction.ExtractionPipeline": 300,
    "crawler.pipelines.storage.StoragePipeline": 800,
}

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
