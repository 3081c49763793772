"""What a WordPress page reveals about its post and API: the post id and the REST API root.

With both, the whole thread can be read from ``/wp-json/wp/v2/comments?post=ID`` (see
wp_rest.py), which gives every comment with its parent, on however many pages the theme splits it.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml import etree
from lxml.html import HtmlElement

_FORM_POST_ID = etree.XPath("//input[@name='comment_post_ID']/@value")
_BODY_CLASS = etree.XPath("//body/@class")
_SHORTLINK = etree.XPath("//link[contains(concat(' ', normalize-space(@rel), ' '), ' shortlink ')]/@href")
_JSON_ALTERNATE = etree.XPath("//link[@rel='alternate' and @type='application/json']/@href")
_DATA_POST_ID = etree.XPath("//*[contains(@class, 'comment-reply-link')]/@data-postid")
_API_ROOT = etree.XPath("//link[@rel='https://api.w.org/']/@href")

_POSTID_CLASS = re.compile(r"(?:^|\s)postid-(\d+)(?:\s|$)")
_P_QUERY = re.compile(r"[?&]p=(\d+)(?:&|$)")
_REST_POST = re.compile(r"/wp/v2/(?:posts|pages)/(\d+)(?:[/?]|$)|[?&]rest_route=/wp/v2/(?:posts|pages)/(\d+)")


def wp_post_id(tree: HtmlElement) -> int | None:
    """The WordPress post id: comment form, body class, shortlink, REST link or reply button."""
    for value in _FORM_POST_ID(tree):
        if value.strip().isdigit() and int(value) > 0:
            return int(value)
    for classes in _BODY_CLASS(tree):
        match = _POSTID_CLASS.search(classes)
        if match:
            return int(match[1])
    for href in _SHORTLINK(tree):
        match = _P_QUERY.search(href)
        if match:
            return int(match[1])
    for href in _JSON_ALTERNATE(tree):
        match = _REST_POST.search(href)
        if match:
            return int(match[1] or match[2])
    for value in _DATA_POST_ID(tree):
        if value.strip().isdigit():
            return int(value)
    return None


def wp_rest_url(tree: HtmlElement, page_url: str) -> str | None:
    """The site's REST API root as the page links it (``<link rel="https://api.w.org/">``)."""
    for href in _API_ROOT(tree):
        if href.strip():
            return urljoin(page_url, href.strip())
    return None
