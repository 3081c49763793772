"""Finding the other pages of a paginated thread."""

from __future__ import annotations

from lxml.html import document_fromstring

from crawler.understand.comments.pagination import next_pages

POST = "https://news.example.org/2024/05/02/strike/"


def _pages(body: str, url: str = POST, shown: frozenset[str] = frozenset()) -> list[str]:
    return next_pages(document_fromstring(f"<html><body>{body}</body></html>"), url, set(shown))


def test_wordpress_comment_navigation_links_are_absolute_and_without_fragment() -> None:
    body = """<div id="comments"><nav class="comment-navigation"><div class="nav-links">
      <div class="nav-previous"><a href="/2024/05/02/strike/comment-page-1/#comments">Older Comments</a></div>
      <div class="nav-next"><a href="https://news.example.org/2024/05/02/strike/comment-page-3/#comments">Newer Comments</a></div>
    </div></nav></div>"""
    assert _pages(body, POST + "comment-page-2/") == [POST + "comment-page-1/", POST + "comment-page-3/"]


def test_cpage_query_and_numbered_links_in_the_comment_zone() -> None:
    body = """<div class="comments-area"><div class="pagination">
      <a class="page-numbers" href="?p=55&amp;cpage=1">1</a> <span class="page-numbers current">2</span>
      <a class="page-numbers" href="?p=55&amp;cpage=3">3</a></div></div>"""
    assert _pages(body, "https://news.example.org/?p=55&cpage=2") == [
        "https://news.example.org/?p=55&cpage=1",
        "https://news.example.org/?p=55&cpage=3",
    ]


def test_numbered_pages_without_a_comment_page_address_count_only_in_comment_navigation() -> None:
    body = """<div id="comments"><ul class="pager"><li><a href="/2024/05/02/strike/?page=1">2</a></li></ul></div>
    <div class="blog-pagination"><a href="/page/2/">Older posts</a></div>"""
    assert _pages(body) == [POST + "?page=1"]


def test_comment_pages_of_other_posts_and_permalinks_to_shown_comments_do_not_count() -> None:
    body = """<ul class="recentcomments">
      <li><a href="https://news.example.org/2024/04/30/other/comment-page-2/#comment-71">Other post</a></li>
      <li><a href="https://news.example.org/2024/05/02/strike/comment-page-2/#comment-90">This post, shown here</a></li>
      <li><a href="https://news.example.org/2024/05/02/strike/comment-page-1/#comment-12">This post, not shown</a></li></ul>"""
    assert _pages(body, shown=frozenset({"90"})) == [POST + "comment-page-1/"]


def test_single_page_thread_has_no_next_pages() -> None:
    assert _pages('<div id="comments"><a href="#respond">Leave a comment</a><a href="/">Home</a></div>') == []
