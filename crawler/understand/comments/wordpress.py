"""What a WordPress page reveals about its post and API: the post id, the REST API root and the
post's own comment feed.

With the first two, the whole thread can be read from ``/wp-json/wp/v2/comments?post=ID`` (see
wp_rest.py), which gives every comment with its parent, on however many pages the theme splits it.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit, urlunsplit

from lxml import etree
from lxml.html import HtmlElement

from crawler.understand.html import ParsedPage
from crawler.understand.urls import absolute_url

_FORM_POST_ID = etree.XPath("descendant::input[@name='comment_post_ID']/@value")
_BODY_CLASS = etree.XPath("descendant-or-self::body/@class")
_SHORTLINK = etree.XPath("descendant::link[contains(concat(' ', normalize-space(@rel), ' '), ' shortlink ')]/@href")
_JSON_ALTERNATE = etree.XPath("descendant::link[@rel='alternate' and @type='application/json']/@href")
_DATA_POST_ID = etree.XPath("descendant::a[contains(@class, 'comment-reply-link')]/@data-postid")
_API_ROOT = etree.XPath("descendant::link[@rel='https://api.w.org/']/@href")
_BASE = etree.XPath("descendant::base/@href")
# Links WordPress writes from the site's home URL: the RSD and Windows Live Writer manifests.
_HOME_LINKS = etree.XPath("descendant::link[@rel='EditURI' or @rel='wlwmanifest']/@href")
_HOME_SUFFIXES = ("xmlrpc.php", "wp-includes/wlwmanifest.xml")

_POSTID_CLASS = re.compile(r"(?:^|\s)postid-(\d+)(?:\s|$)")
_P_QUERY = re.compile(r"[?&]p=(\d+)(?:&|$)")
_REST_POST = re.compile(r"/wp/v2/(?:posts|pages)/(\d+)(?:[/?]|$)|[?&]rest_route=/wp/v2/(?:posts|pages)/(\d+)")


def wp_post_id(tree: HtmlElement, html: str) -> int | None:
    """The WordPress post id: comment form, body class, shortlink, REST link or reply button.
    ``html`` is the page source, searched first so that pages without these cost nothing."""
    if "comment_post_ID" in html:
        for value in _FORM_POST_ID(tree):
            if value.strip().isdigit() and int(value) > 0:
                return int(value)
    if "postid-" in html:
        for classes in _BODY_CLASS(tree):
            match = _POSTID_CLASS.search(classes)
            if match:
                return int(match[1])
    if "shortlink" in html:
        for href in _SHORTLINK(tree):
            match = _P_QUERY.search(href)
            if match:
                return int(match[1])
    if "/v2/" in html:
        for href in _JSON_ALTERNATE(tree):
            match = _REST_POST.search(href)
            if match:
                return int(match[1] or match[2])
    if "data-postid" in html:
        for value in _DATA_POST_ID(tree):
            if value.strip().isdigit():
                return int(value)
    return None


def wp_rest_url(tree: HtmlElement, html: str, page_url: str) -> str | None:
    """The site's REST API root as the page links it (``<link rel="https://api.w.org/">``), as
    ``https://site/wp-json/`` or ``https://site/?rest_route=/``; None when the link gives no root
    of either form.

    A relative link (a saved or mirrored page: ``wp-json/``, ``../wp-json/index.json``) resolves
    against the site's root as the page declares it (``<base>``, the RSD or manifest links), not
    against the page's folder: WordPress serves its API from the root, never from ``/2018/11/``."""
    if "api.w.org" not in html:
        return None
    for href in _API_ROOT(tree):
        href = href.strip()
        if not href:
            continue
        try:
            root = _root_of(href, tree, page_url)
        except ValueError:  # a malformed address ("http://[broken/"): no root from this link
            continue
        if root is not None:
            return root
    return None


def _root_of(href: str, tree: HtmlElement, page_url: str) -> str | None:
    if urlsplit(href).scheme:
        return _rest_root(absolute_url(href, page_url))
    if "rest_route=" in href:
        return _rest_root(site_root(tree, page_url) + "?rest_route=/")
    if "wp-json" in href:
        return _rest_root(site_root(tree, page_url) + "wp-json/")
    return None


def site_root(tree: HtmlElement, page_url: str) -> str:
    """The site's home URL, ending in ``/``, as the page declares it: WordPress's RSD or manifest
    link (they carry the home URL, a folder for a site installed in one), else the ``<base>`` or
    the page's own origin."""
    base = next((url for href in _BASE(tree) if (url := absolute_url(href, page_url))), None) or page_url
    for href in _HOME_LINKS(tree):
        url = absolute_url(href, base)
        if url is None:
            continue
        parts = urlsplit(url)
        for suffix in _HOME_SUFFIXES:
            if parts.path.endswith("/" + suffix):
                return urlunsplit((parts.scheme, parts.netloc, parts.path[: -len(suffix)], "", ""))
    parts = urlsplit(base)
    return urlunsplit((parts.scheme, parts.netloc, "/", "", ""))


def _rest_root(url: str | None) -> str | None:
    """The REST root that ``url`` names (what precedes ``/wp/v2/...``), checked: http(s), a host,
    and ``?rest_route=/``, a path through ``/wp-json/`` (anything after it dropped), or a folder
    (a site's own prefix, ``/api/``); None for anything else (a file: ``/api/index.json``)."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return None
    except ValueError:
        return None
    if "rest_route=" in parts.query:
        return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", "rest_route=/", ""))
    at = parts.path.find("/wp-json")
    if at >= 0 and parts.path[at + len("/wp-json"):][:1] in ("", "/"):
        return urlunsplit((parts.scheme, parts.netloc, parts.path[:at] + "/wp-json/", "", ""))
    if parts.path.endswith("/") and not parts.query:
        return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    return None


def comment_feed_link(page: ParsedPage) -> str | None:
    """The page's own comment feed (WordPress: ``<link rel=alternate ... Comments Feed>``)."""
    for link in page.tree.iterfind(".//head/link"):
        if (link.get("rel") or "").lower() != "alternate" or "rss" not in (link.get("type") or ""):
            continue
        href = link.get("href") or ""
        title = (link.get("title") or "").lower()
        if "comments feed" in title and not href.rstrip("/").endswith("/comments/feed"):
            return urljoin(page.url, href)
    return None
