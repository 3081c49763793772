"""Pages without comments, broken pages, and the page parts that only look like comments."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crawler.understand.comments import extract_comments
from crawler.understand.html import parse_page
from crawler.understand.page_records import CommentSection
from tests.understand.comments.pages import from_markup

ARTICLE_ONLY = """<html><head><title>Dam damaged</title></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article class="post"><h1>Dam damaged in overnight strike</h1>
<p>The dam was damaged in an overnight strike, officials said, and villages downstream were told to leave.</p>
<p>At least three people were killed in the village nearest the dam, according to the regional governor.</p>
</article>
<div class="related-posts"><h3>Related posts</h3><ul>
  <li class="comment"><a href="/a">Bridge reopens after repairs</a></li>
  <li class="comment"><a href="/b">Evacuation orders extended for the riverside towns</a></li></ul></div>
<aside class="sidebar"><section id="recent-comments-3" class="widget widget_recent_comments"><h2>Recent Comments</h2>
<ul id="recentcomments"><li class="recentcomments"><span class="comment-author-link">Olga</span> on
<a href="https://news.example.org/2024/05/other/#comment-88">Shelling near the port</a></li></ul></section></aside>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.</p>
<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p>
</form></div></div></body></html>"""


def test_article_without_comments_gives_an_empty_section() -> None:
    found = from_markup(ARTICLE_ONLY)
    assert found == CommentSection(comments=[], markup="none")


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"   ",
        b"\x00\x01\x02\xff\xfe",
        b"<html",
        b"<<<>>>",
        "<p>\u0000unclosed <div id='comments'><li class='comment'>".encode(),
        b"%PDF-1.4 binary",
    ],
)
def test_bad_input_never_raises(body: bytes) -> None:
    found = extract_comments(parse_page(body, "https://news.example.org/x"))
    assert isinstance(found, CommentSection)


def test_unknown_time_zone_and_missing_url_do_not_raise() -> None:
    page = """<div id="comments"><div id="comment-1" class="comment"><span class="date">2 hours ago</span>
    <p>On 3 May 2024 at 10:00 the siren sounded.</p></div></div>"""
    found = extract_comments(parse_page(page, ""), datetime(2024, 5, 3, 12, 0, tzinfo=UTC), "Not/AZone")
    assert [c.id for c in found.comments] == ["1"]
    stamp = found.comments[0].posted_at
    assert stamp is not None and stamp.utc.isoformat() == "2024-05-03T10:00:00+00:00"


def test_deeply_nested_markup_is_read() -> None:
    # libxml2 keeps 256 levels; the walks over the tree are iterative, so depth costs no stack.
    comment = '<div id="comment-5" class="comment"><p>Deep.</p></div>'
    page = '<div id="comments">' + "<div>" * 240 + comment + "</div>" * 240 + "</div>"
    assert [c.text for c in from_markup(page).comments] == ["Deep."]


@pytest.mark.parametrize(
    "nested",
    ['{"@type": "Comment", "text": "x", "comment": ' * 400 + "null" + "}" * 400, "[" * 100_000 + "]" * 100_000],
)
def test_deeply_nested_json_ld_does_not_raise(nested: str) -> None:
    page = f'<html><head><script type="application/ld+json">{nested}</script></head><body></body></html>'
    assert isinstance(from_markup(page), CommentSection)


def test_page_tree_is_not_changed() -> None:
    from lxml import etree

    markup = b'<div id="comments"><div id="comment-1" class="comment"><p>Text.</p><div class="reply">Reply</div></div></div>'
    page = parse_page(markup, "https://x.example/")
    before = etree.tostring(page.tree)
    extract_comments(page)
    assert etree.tostring(page.tree) == before


def test_malformed_link_addresses_are_ignored() -> None:
    page = """<html><head><link rel="https://api.w.org/" href="http://[broken/wp-json/"></head><body>
    <div id="comments"><div id="comment-3" class="comment"><cite class="fn"><a href="http://[x">Ilse</a></cite>
    <p>Same here.</p><a href="http://[bad/comment-page-2/">Older Comments</a></div></div></body></html>"""
    found = from_markup(page, "http://[oops/post/")
    assert [(c.id, c.author, c.author_url) for c in found.comments] == [("3", "Ilse", None)]
    assert found.next_pages == [] and found.wp_rest_url is None


def test_blogger_script_with_an_impossible_timestamp_keeps_the_comment_undated() -> None:
    script = "var items = [{'id': '77', 'body': 'Still here.', 'timestamp': '99999999999999999999', 'displayTime': 'x'}];"
    page = f"<html><body><div class='comments-content'><script>{script} /* displayTime */</script></div></body></html>"
    found = from_markup(page)
    assert [(c.id, c.text, c.posted_at) for c in found.comments] == [("77", "Still here.", None)]
