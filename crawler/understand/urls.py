"""Page URLs: made absolute, normalised for comparison, and read for the date they carry."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# Query parameters that only say how a reader arrived; every other parameter may select content.
_TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|yclid|ocid|cmpid"
    r"|__twitter_impression|share|amp_\w+|ncid|sr_share|spm)$",
    re.IGNORECASE,
)
_DEFAULT_PORTS = {"http": 80, "https": 443}

# /2015/12/01/, /2015-12-01-, /20151201/, _2015_12_01 ...
_URL_DAY = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)\d{2})(?P<sep>[-/_.]?)(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])(?![0-9])"
)
_URL_DAY_SPLIT = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])(?=/|$)")


def absolute_url(href: str | None, base: str) -> str | None:
    """``href`` resolved against ``base``; None for empty, script or data links."""
    if not href or not href.strip():
        return None
    href = href.strip()
    if href.lower().startswith(("javascript:", "data:", "mailto:", "#")):
        return None
    try:
        url = urljoin(base, href) if base else href
    except ValueError:
        return None
    return url if urlsplit(url).scheme in ("http", "https") else None


def normalize_url(url: str) -> str:
    """A stable form of ``url``: lower-case host, no default port, fragment or tracking
    parameters, percent-encoding and parameter order as w3lib's ``canonicalize_url`` makes them."""
    try:
        parts = urlsplit(url.strip())
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
        host = (parts.hostname or "").rstrip(".")
        if parts.port and parts.port != _DEFAULT_PORTS.get(parts.scheme.lower()):
            host = f"{host}:{parts.port}"
        rebuilt = urlunsplit((parts.scheme.lower(), host, parts.path or "/", urlencode(query), ""))
        return canonicalize_url(rebuilt)
    except ValueError:
        return url


def date_in_url(url: str | None) -> date | None:
    """The publication day that a URL path spells out (``/2015/12/01/``), if it has one."""
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    match = _URL_DAY.search(path) or _URL_DAY_SPLIT.search(path)
    if match is None:
        return None
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
