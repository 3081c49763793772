"""The WordPress REST API root a page links, resolved against the site's root and checked."""

from __future__ import annotations

import pytest

from crawler.understand.comments.wordpress import wp_rest_url
from crawler.understand.html import parse_page

PAGE = "https://example.org/2018/11/some-post/"


def _root(head: str, url: str = PAGE) -> str | None:
    page = parse_page(f"<html><head>{head}</head><body><p>x</p></body></html>".encode(), url, "text/html; charset=utf-8")
    return wp_rest_url(page.tree, page.html, page.url)


def _api(href: str) -> str:
    return f'<link rel="https://api.w.org/" href="{href}">'


@pytest.mark.parametrize("href", ["wp-json/index.json", "../wp-json/index.json", "/wp-json/", "wp-json/", "../../wp-json"])
def test_a_relative_link_resolves_against_the_site_root_not_the_page_folder(href: str) -> None:
    assert _root(_api(href)) == "https://example.org/wp-json/"


def test_the_site_root_is_the_one_the_page_declares() -> None:
    rsd = '<link rel="EditURI" type="application/rsd+xml" href="https://example.org/blog/xmlrpc.php?rsd">'
    assert _root(rsd + _api("wp-json/index.json"), "https://example.org/blog/2018/11/some-post/") == "https://example.org/blog/wp-json/"
    assert _root('<base href="https://example.org/">' + _api("../wp-json/"), "https://mirror.example.net/2018/11/p/") == (
        "https://example.org/wp-json/"
    )
    assert _root(_api("?rest_route=/")) == "https://example.org/?rest_route=/"


@pytest.mark.parametrize(
    ("href", "root"),
    [
        ("https://example.org/wp-json/", "https://example.org/wp-json/"),
        ("https://example.org/wp-json/index.json", "https://example.org/wp-json/"),
        ("https://example.org/blog/?rest_route=/", "https://example.org/blog/?rest_route=/"),
        ("https://example.org/api/", "https://example.org/api/"),  # a site's own prefix
        ("https://example.org/api/index.json", None),
        ("https://example.org/2018/11/some-post/index.html", None),
        ("ftp://example.org/wp-json/", None),
        ("comments.json", None),
    ],
)
def test_a_root_is_checked_before_use(href: str, root: str | None) -> None:
    assert _root(_api(href)) == root
