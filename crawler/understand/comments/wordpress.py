"""What a WordPress page reveals about its post and API: the post id and the REST API root.

With both, the whole thread can be read from ``/wp-json/wp/v2/comments?post=ID`` (see
wp_rest.py), which gives every comment with its parent, on however many pages the theme splits it.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from crawler.understand.urls import absolute_url

_FORM_POST_ID = etree.XPath("descendant::input[@name='comment_post_ID']/@value")
_BODY_CLASS = etree.XPath("descendant-or-self::body/@class")
_SHORTLINK = etree.XPath("descendant::link[contains(concat(' ', normalize-space(@rel), ' '), ' shortlink ')]/@href")
_JSON_ALTERNATE = etree.XPath("descendant::link[@rel='alternate' and @type='application/json']/@href")
_DATA_POST_ID = etree.XPath("descendant::a[contains(@class, 'comment-reply-link')]/@data-postid")
_API_ROOT = etree.XPath("descendant::link[@rel='https://api.w.org/']/@href")

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
    """The site's REST API root as the page links it (``<link rel="https://api.w.org/">``)."""
    if "api.w.org" not in html:
        return None
    return next((url for href in _API_ROOT(tree) if (url := absolute_url(href, page_url))), None)
