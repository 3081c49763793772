"""Downloader middleware: what may be fetched, what a download may be, and the log of every attempt.

* ``SiteBoundsMiddleware`` (in place of Scrapy's OffsiteMiddleware): http and https only; a
  ``file://`` URL only as a page named on the command line (never a thread page, never in a site
  crawl), and only a regular file within DOWNLOAD_MAXSIZE; a site crawl only on its allowed
  domains, whatever a request's ``dont_filter`` says (Scrapy lets ``dont_filter`` requests leave
  the site, and the spiders set it everywhere).
* ``RetryAfterMiddleware``: a 429 or 503 whose Retry-After is short is retried after that wait; a
  longer one is left for a later run rather than retried at once.
* ``FetchLogMiddleware``: records each attempt (retries and errors included) and refuses what is not
  a page: an empty or binary body where HTML is expected, a redirect loop, a redirect out of http(s).
* ``BoundedDecompressionMiddleware`` (in place of Scrapy's HttpCompressionMiddleware, next to the
  downloader so that the log sees bodies as they are read): a body that inflates past
  DOWNLOAD_MAXSIZE (a gzip bomb), or a compressed stream that is cut short or corrupt, is refused.

A refusal raises ``Refused``, whose ``kind`` is what ``fetches.error_kind`` records.
"""

from __future__ import annotations

import hashlib
import os
import stat
import zlib
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from urllib.parse import urlsplit, urlunsplit
from urllib.request import url2pathname

from scrapy import Request, Spider
from scrapy import signals as scrapy_signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.asyncio import sleep
from w3lib.url import safe_url_string

from crawler.items import FetchItem
from crawler.runtime import signals
from crawler.runtime.page_reads import content_type as page_content_type
from crawler.understand.encoding import not_text
from crawler.vocabulary import HTML_PURPOSES, ErrorKind, Purpose, http_error

LOCAL_FILES_SLOT = "local-files"  # the download slot of local files (settings.DOWNLOAD_SLOTS): no delay
FETCHED_SCHEMES = ("http", "https")
_INFLATE_CHUNK = 64 * 1024
_RECEIVED = "casualties_bytes_received"  # request meta: body bytes received so far
# Error kinds of download failures, by exception class name (Scrapy's and Twisted's).
_ERROR_KINDS: dict[str, str] = {
    "DownloadTimeoutError": ErrorKind.TIMEOUT,
    "TimeoutError": ErrorKind.TIMEOUT,
    "TCPTimedOutError": ErrorKind.TIMEOUT,
    "ResponseDataLossError": ErrorKind.DATA_LOSS,
    "DownloadConnectionRefusedError": ErrorKind.CONNECTION_REFUSED,
    "ConnectionRefusedError": ErrorKind.CONNECTION_REFUSED,
    "CannotResolveHostError": ErrorKind.DNS,
    "DNSLookupError": ErrorKind.DNS,
    "DownloadFailedError": ErrorKind.CONNECTION_LOST,
    "ResponseFailed": ErrorKind.CONNECTION_LOST,
    "ConnectionLost": ErrorKind.CONNECTION_LOST,
    "ConnectionDone": ErrorKind.CONNECTION_LOST,
    "UnsupportedURLSchemeError": ErrorKind.SCHEME,
}


class Refused(IgnoreRequest):
    """A download the crawler does not make, or does not use; ``kind`` says why in a word."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = str(kind)  # the plain string, as stored


# What a failure means when its exception says nothing.
_EXPLAINED: dict[str, str] = {
    ErrorKind.DATA_LOSS: "the connection closed before the whole body arrived",
    ErrorKind.CONNECTION_LOST: "the connection was lost during the download",
    ErrorKind.CANCELLED: "the download was cancelled",
}


def error_kind(exception: BaseException) -> str:
    """The ``fetches.error_kind`` of a failed download."""
    if isinstance(exception, Refused):
        return exception.kind
    message = str(exception)
    if isinstance(exception, IgnoreRequest) and "robots.txt" in message:
        return str(ErrorKind.ROBOTS)
    name = type(exception).__name__
    if name in ("DownloadCancelledError", "CancelledError"):
        return str(ErrorKind.TOO_LARGE if "max size" in message else ErrorKind.CANCELLED)
    return str(_ERROR_KINDS.get(name, name))


def _now() -> datetime:
    return datetime.now(UTC)


def shown_url(url: str) -> str:
    """The URL as logged and stored: a password in it masked."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))


def _purpose(request: Request) -> str:
    """What a request is for: its ``purpose`` meta, robots.txt, else an article."""
    purpose = request.meta.get("purpose")
    if purpose:
        return str(purpose)
    return str(Purpose.ROBOTS if urlsplit(request.url).path == "/robots.txt" else Purpose.ARTICLE)


def log_fetch(crawler: Crawler, request: Request, response: Response | None = None,
                 kind: str | None = None, error: str | None = None) -> None:
    """Report one download attempt to the fetch log (and so to the run record)."""
    content_type = page_content_type(response) if response is not None else None
    crawler.signals.send_catch_log(
        signal=signals.fetch_recorded,
        record=FetchItem(
            url=shown_url(request.url),
            purpose=_purpose(request),
            fetched_at=_now(),
            status=response.status if response is not None else None,
            bytes=len(response.body) if response is not None else None,
            content_type=content_type,
            content_hash=hashlib.sha256(response.body).hexdigest() if response is not None else None,
            error_kind=kind,
            error=error[:2000] if error else None,
        ),
    )


# ---------------------------------------------------------------------------- before fetching
class SiteBoundsMiddleware(OffsiteMiddleware):
    """Where a request may go (see the module's docstring); refusals are logged as fetches."""

    def request_scheduled(self, request: Request, spider: Spider) -> None:
        """Decided when the request reaches the downloader, where the refusal is recorded."""

    def process_request(self, request: Request) -> None:  # type: ignore[override]
        assert self.crawler.spider is not None
        spider = self.crawler.spider
        scheme = urlsplit(request.url).scheme.lower()
        if scheme == "file":
            self._check_file(request, spider)
            return
        if scheme not in FETCHED_SCHEMES:
            raise Refused(ErrorKind.SCHEME, f"{scheme or 'no'} URLs are not fetched: {shown_url(request.url)[:200]}")
        if urlsplit(request.url).password is not None:
            raise Refused(ErrorKind.CREDENTIALS, "a URL carrying a password is not fetched: credentials come from the environment")
        if not self.should_follow(request, spider):
            host = urlsplit(request.url).hostname
            self.stats.inc_value("offsite/filtered")
            raise Refused(ErrorKind.OFFSITE, f"{host!r} is not among the site's domains ({', '.join(getattr(spider, 'allowed_domains', []))})")
        site = request.meta.get("site")
        if site is not None and hasattr(spider, "visit") and not spider.visit(site).on_site(request.url):
            # A spider crawling many sites (the distributed worker) has no one list of domains.
            self.stats.inc_value("offsite/filtered")
            raise Refused(ErrorKind.OFFSITE, f"{urlsplit(request.url).hostname!r} is not among the domains of site {site!r}")

    def _check_file(self, request: Request, spider: Spider) -> None:
        """A local file only as a page named on the command line (an ad-hoc fetch, ``scrapy
        parse``), never one a page leads to, nor in a site crawl; and only a regular file of
        bounded size (not /dev/zero, not a FIFO)."""
        if getattr(spider, "allowed_domains", None) or not getattr(spider, "local_files", True) or _purpose(request) != Purpose.ARTICLE:
            raise Refused(ErrorKind.LOCAL_FILE, f"a local file is read only when named on the command line: {request.url[:150]}")
        path = url2pathname(urlsplit(request.url).path)
        try:
            found = os.stat(path)
        except OSError as error:
            raise Refused(ErrorKind.LOCAL_FILE, f"{path}: {error.strerror}") from error
        if not stat.S_ISREG(found.st_mode):
            raise Refused(ErrorKind.LOCAL_FILE, f"{path} is not a regular file")
        limit = request.meta.get("download_maxsize", self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        if limit and found.st_size > limit:
            raise Refused(ErrorKind.TOO_LARGE, f"{path} has {found.st_size} bytes, more than DOWNLOAD_MAXSIZE ({limit})")
        # No server, no politeness: a slot without delay, which AutoThrottle leaves alone.
        request.meta.setdefault("download_slot", LOCAL_FILES_SLOT)
        request.meta["autothrottle_dont_adjust_delay"] = True


# ---------------------------------------------------------------------------- after fetching
def retry_after(response: Response) -> float | None:
    """Seconds a 429 or 503 asks the client to wait (Retry-After as seconds or an HTTP date)."""
    if response.status not in (429, 503):
        return None
    value = (response.headers.get(b"Retry-After") or b"").decode("latin-1").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        return None
    return max(0.0, (moment - datetime.now(UTC)).total_seconds())


class RetryAfterMiddleware:
    """Waits out a short Retry-After before the retry; leaves a long one to a later run.

    Sits between the fetch log and Scrapy's RetryMiddleware, which then retries the response."""

    def __init__(self, crawler: Crawler) -> None:
        self.longest = crawler.settings.getfloat("RETRY_AFTER_MAX")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        return cls(crawler)

    async def process_response(self, request: Request, response: Response) -> Response:
        wait = retry_after(response)
        if wait is None:
            return response
        if wait > self.longest:
            reason = f"the server asks to come back in {wait:.0f} s: left for a later run"
            raise Refused(http_error(response.status), reason)
        await sleep(wait)
        return response


class FetchLogMiddleware:
    """Sits next to the downloader, so it sees each attempt (retries and errors included)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.max_redirects = crawler.settings.getint("REDIRECT_MAX_TIMES")
        self.longest_wait = crawler.settings.getfloat("RETRY_AFTER_MAX")
        self.max_size = crawler.settings.getint("DOWNLOAD_MAXSIZE")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FetchLogMiddleware:
        middleware = cls(crawler)
        crawler.signals.connect(middleware.bytes_received, signal=scrapy_signals.bytes_received)
        return middleware

    @staticmethod
    def bytes_received(data: bytes, request: Request) -> None:
        """Counted so that a download cancelled for its size can say so (Scrapy's cancel does not)."""
        request.meta[_RECEIVED] = request.meta.get(_RECEIVED, 0) + len(data)

    def process_response(self, request: Request, response: Response) -> Response:
        refusal = self._refusal(request, response)
        if refusal is not None:
            log_fetch(self.crawler, request, response, refusal.kind, str(refusal))
            raise refusal
        kind, error = None, None
        # A site without a robots.txt (4xx) allows everything: no error of anyone's.
        if response.status >= 400 and not (_purpose(request) == Purpose.ROBOTS and response.status < 500):
            kind, error = http_error(response.status), self._http_error(response)
        log_fetch(self.crawler, request, response, kind, error)
        return response

    def _http_error(self, response: Response) -> str:
        try:
            text = f"HTTP {response.status} {HTTPStatus(response.status).phrase}"
        except ValueError:
            text = f"HTTP {response.status}"
        wait = retry_after(response)
        if wait is not None:
            text += f"; Retry-After {wait:.0f} s" + (" (left for a later run)" if wait > self.longest_wait else "")
        return text

    def _refusal(self, request: Request, response: Response) -> Refused | None:
        """Why this response must not reach the spider, if it must not."""
        if 300 <= response.status < 400 and response.status != 304 and b"Location" in response.headers:
            return self._redirect_refusal(request, response)
        if response.status != 200 or _purpose(request) not in HTML_PURPOSES:
            return None
        if not response.body.strip():
            return Refused(ErrorKind.EMPTY, "the server sent an empty page")
        what = not_text(response.body)
        if what is not None:
            served = page_content_type(response) or "no content type"
            return Refused(ErrorKind.NOT_HTML, f"served as {served} but is {what}")
        return None

    def _redirect_refusal(self, request: Request, response: Response) -> Refused | None:
        location = (response.headers.get(b"Location") or b"").decode("latin-1").strip()
        target = response.urljoin(location)
        if urlsplit(target).scheme.lower() not in FETCHED_SCHEMES:
            return Refused(ErrorKind.REDIRECT_SCHEME, f"redirected to a URL that is not fetched: {target[:200]}")
        chain = [safe_url_string(url) for url in (*request.meta.get("redirect_urls", []), request.url)]
        # Twice round: once may be a cookie check that redirects to the page it came from.
        if chain.count(safe_url_string(target)) >= 2:
            return Refused(ErrorKind.REDIRECT_LOOP, f"redirected back to {shown_url(target)[:200]} after {len(chain)} steps")
        if len(chain) > self.max_redirects:
            return Refused(ErrorKind.TOO_MANY_REDIRECTS, f"more than {self.max_redirects} redirects")
        return None

    def process_exception(self, request: Request, exception: Exception) -> None:
        kind = error_kind(exception)
        limit = request.meta.get("download_maxsize", self.max_size)
        if kind == ErrorKind.CANCELLED and limit and request.meta.get(_RECEIVED, 0) > limit:
            kind, message = str(ErrorKind.TOO_LARGE), f"more than DOWNLOAD_MAXSIZE ({limit} B) arrived"
        else:
            message = str(exception) or _EXPLAINED.get(kind) or type(exception).__name__
        log_fetch(self.crawler, request, kind=kind, error=message)


class BoundedDecompressionMiddleware(HttpCompressionMiddleware):
    """Scrapy's decompression, refusing (and logging) bombs and cut or corrupt streams."""

    crawler: Crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BoundedDecompressionMiddleware:
        middleware = super().from_crawler(crawler)
        middleware.crawler = crawler
        return middleware

    def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        try:
            return super().process_response(request, response)
        except Refused as refusal:
            log_fetch(self.crawler, request, response, refusal.kind, str(refusal))
            raise
        except IgnoreRequest as error:  # Scrapy's own limit, for the other encodings
            log_fetch(self.crawler, request, response, str(ErrorKind.TOO_LARGE), str(error))
            raise Refused(ErrorKind.TOO_LARGE, str(error)) from error
        except (OSError, EOFError, zlib.error, ValueError) as error:
            reason = f"the {_encodings(response)}-compressed body cannot be read: {error or type(error).__name__}"
            log_fetch(self.crawler, request, response, str(ErrorKind.BAD_COMPRESSION), reason)
            raise Refused(ErrorKind.BAD_COMPRESSION, reason) from error

    @staticmethod
    def _decode(body: bytes, encoding: bytes, max_size: int) -> bytes:
        if encoding in (b"gzip", b"x-gzip"):
            return gunzip_whole(body, max_size)
        return HttpCompressionMiddleware._decode(body, encoding, max_size)


def _encodings(response: Response) -> str:
    return b", ".join(response.headers.getlist("Content-Encoding")).decode("latin-1") or "?"


def gunzip_whole(body: bytes, max_size: int) -> bytes:
    """Every member of a gzip stream, or Refused: Scrapy's gunzip keeps what it could read of a
    cut stream, which would make a partial page look whole."""
    chunks: list[bytes] = []
    size = 0
    data = body
    while data.strip(b"\x00"):  # members follow one another; NUL padding may end the stream
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        while not inflater.eof:
            chunk = inflater.decompress(data, _INFLATE_CHUNK)
            data = inflater.unconsumed_tail
            if not chunk and not data:
                raise Refused(ErrorKind.TRUNCATED, "the gzip-compressed body is cut short")
            size += len(chunk)
            if max_size and size > max_size:
                reason = f"the body inflates past DOWNLOAD_MAXSIZE ({max_size} B): a compression bomb?"
                raise Refused(ErrorKind.TOO_LARGE, reason)
            chunks.append(chunk)
        data = inflater.unused_data
    return b"".join(chunks)
