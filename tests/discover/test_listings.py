"""Listing pages: links on the site, the next page, and which links look like articles."""

from __future__ import annotations

import pytest

from crawler.discover.listings import article_address, looks_like_article, read_listing
from crawler.understand.html import parse_page

HOME = """<html><head><link rel="next" href="https://eaworldview.com/page/2/"></head><body>
<nav><a href="/">Home</a><a href="/category/iran/">Iran</a><a href="https://twitter.com/eaworldview">Twitter</a></nav>
<main>
 <article><h2><a href="/2015/12/iran-daily-dec-1/">Iran Daily, Dec 1</a></h2>
   <a href="/2015/12/iran-daily-dec-1/#comments">5 Comments</a></article>
 <article><h2><a href="https://eaworldview.com/2015/11/syria-daily-nov-30/">Syria Daily, Nov 30</a></h2></article>
</main>
<div class="nav-links"><a class="next page-numbers" href="https://eaworldview.com/page/2/">Older posts &raquo;</a></div>
</body></html>"""


def test_a_listing_gives_its_on_site_links_once_each_and_its_next_page() -> None:
    listing = read_listing(parse_page(HOME, "https://eaworldview.com/"))
    assert listing.next_page == "https://eaworldview.com/page/2/"
    assert "https://twitter.com/eaworldview" not in listing.links
    assert listing.links.count("https://eaworldview.com/2015/12/iran-daily-dec-1/") == 1


def test_without_rel_next_the_next_numbered_page_is_taken() -> None:
    page = parse_page(
        '<a href="/news/?page=1">1</a><a href="/news/?page=3">3</a><a href="/news/?page=4">4</a>',
        "https://x.example/news/?page=2",
    )
    assert read_listing(page).next_page == "https://x.example/news/?page=3"


@pytest.mark.parametrize(
    ("url", "article"),
    [
        ("https://eaworldview.com/2015/12/iran-daily-dec-1/", True),
        ("https://www.aljazeera.com/news/2023/10/12/israeli-air-strikes-kill-dozens-in-gaza", True),
        ("https://news.example/world/middle-east/shelling-kills-fourteen-in-idlib-province", True),
        ("https://eaworldview.com/category/iran/", False),
        ("https://eaworldview.com/page/2/", False),
        ("https://eaworldview.com/about/", False),
        ("https://eaworldview.com/2015/12/iran-daily-dec-1/feed/", False),
        ("https://eaworldview.com/wp-content/uploads/2015/12/soleimani-portrait-fars-news.jpg", False),
    ],
)
def test_without_patterns_dated_paths_and_long_slugs_look_like_articles(url: str, article: bool) -> None:
    assert looks_like_article(url) is article


def test_a_comment_page_link_leads_back_to_its_article() -> None:
    assert (
        article_address("https://eaworldview.com/2015/12/iran-daily-dec-1/comment-page-2/#comments")
        == "https://eaworldview.com/2015/12/iran-daily-dec-1/"
    )
