"""The words the crawl's parts share: what a request is for, why a download failed, the names of
its stats, and which failures are in fact rules obeyed.

Values are the strings stored in the database (``fetches.purpose``, ``fetches.error_kind``) and
printed in summaries, so they never change.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final, Literal

Stage = Literal["parse", "store"]  # where a downloaded page failed after its download


class Purpose(StrEnum):
    """What a request is for (``meta["purpose"]``, ``fetches.purpose``)."""

    ARTICLE = "article"
    COMMENT_PAGE = "comment-page"  # a further HTML page of an article's comment thread
    WP_REST = "wp-rest"  # a page of a thread from the WordPress REST API
    FEED = "feed"
    SITEMAP = "sitemap"
    LISTING = "listing"
    COMMENT_FEED = "comment-feed"  # an article's own comment feed (WordPress)
    ROBOTS = "robots"  # robots.txt, asked by Scrapy itself


# Downloads read as HTML pages: anything else served for them is refused.
HTML_PURPOSES = frozenset({Purpose.ARTICLE, Purpose.COMMENT_PAGE, Purpose.LISTING})


class ErrorKind(StrEnum):
    """Why a download was refused or failed (``fetches.error_kind``).  HTTP errors are
    ``http-<status>``; parse and store failures ``parse:<Exception>`` and ``store:<Exception>``;
    an unforeseen exception is recorded by its class name."""

    ROBOTS = "robots.txt"  # robots.txt forbids the URL
    OFFSITE = "offsite"
    LOCAL_FILE = "local-file"  # a local file where none may be read
    SCHEME = "scheme"
    CREDENTIALS = "credentials"
    TOO_LARGE = "too-large"
    CANCELLED = "cancelled"
    TIMEOUT = "timeout"
    DATA_LOSS = "data-loss"
    CONNECTION_REFUSED = "connection-refused"
    CONNECTION_LOST = "connection-lost"
    DNS = "dns"
    EMPTY = "empty"
    NOT_HTML = "not-html"
    REDIRECT_SCHEME = "redirect-scheme"
    REDIRECT_LOOP = "redirect-loop"
    TOO_MANY_REDIRECTS = "too-many-redirects"
    BAD_COMPRESSION = "bad-compression"
    TRUNCATED = "truncated"
    UNFETCHABLE = "unfetchable"  # a target named on the command line that cannot be fetched
    UNREADABLE = "parse:UnreadablePage"  # HTML the parser cannot read whole (nested too deep)


def http_error(status: int) -> str:
    """The error kind of an HTTP error answer."""
    return f"http-{status}"


def stage_error(stage: Stage, exception: str) -> str:
    """The error kind of a page the spider could not read (``parse``) or the pipelines could not
    store (``store``), by the exception's class name."""
    return f"{stage}:{exception}"


# ---------------------------------------------------------------------------- failure or skip
# The one refusal that is a rule obeyed rather than a failure: the site's robots.txt.  The
# summaries print it as SKIP, the run record counts it as ``skipped:robots.txt`` and not as an
# error.  Our own refusals (offsite, a local file where none may be read) are rejections, counted
# with the failures ("failed or rejected").
SKIPS = frozenset({ErrorKind.ROBOTS})


def is_skip(kind: str | None) -> bool:
    """Whether a fetch's error kind is a rule obeyed rather than a failure."""
    return kind in SKIPS


# Failures that a later run meets again: rules obeyed, and what the site says of the page or
# the page is (a 4xx answer but for a timeout, "too early" and "too many requests"; too large,
# not HTML, HTML too deep to read, redirected away).  Any other (a timeout, a lost connection, a
# 5xx, a page our code failed to read or store: the unforeseen) may pass.
LASTING = SKIPS | {
    ErrorKind.OFFSITE, ErrorKind.LOCAL_FILE, ErrorKind.SCHEME, ErrorKind.CREDENTIALS, ErrorKind.TOO_LARGE,
    ErrorKind.NOT_HTML, ErrorKind.REDIRECT_SCHEME, ErrorKind.REDIRECT_LOOP, ErrorKind.TOO_MANY_REDIRECTS,
    ErrorKind.UNFETCHABLE, ErrorKind.UNREADABLE,
}  # fmt: skip
_PASSING_4XX = (408, 425, 429)


def may_pass(kind: str | None) -> bool:
    """Whether a fetch that failed so may succeed on a later run."""
    if kind is None or kind in LASTING:
        return False
    status = kind.removeprefix("http-")
    return not (status.isdigit() and 400 <= int(status) < 500 and int(status) not in _PASSING_4XX)


# ---------------------------------------------------------------------------- stats
class Stat:
    """Keys of the crawler's stats that this project sets: plain strings, as the stats dump at
    the end of a crawl prints them."""

    RUN_ID: Final = "casualties/run_id"  # the crawl_runs row of this run
    DISCOVERY_CUT: Final = "casualties/discovery_cut"  # the run left discovered articles for later
    RECHECKED: Final = "casualties/rechecked"  # stored articles asked again by the rolling re-check
    READ_IN_WORKERS: Final = "casualties/pages_read_in_workers"  # pages a worker process read


def counter(name: str) -> str:
    """The stat key of a run-record counter, named as its ``crawl_runs`` column (``requests``,
    ``pages``, ``not_modified``, ``errors``, ``articles_new``, ``comments_new``...)."""
    return f"casualties/{name}"
