"""A Twenty Ten–style WordPress thread split over three comment pages (the newest is the post's
own address), with nested replies, a pingback and a reply whose parent is on another page."""

from __future__ import annotations

import pytest

from crawler.understand.comments.merging import assemble_thread
from crawler.understand.page_records import CommentSection
from tests.understand.comments.pages import section

POST = "https://www.frontlinedesk.org/2014/03/02/shelling-resumes-on-the-eastern-front-as-talks-stall/"
PAGE_1 = POST + "comment-page-1/"
PAGE_2 = POST + "comment-page-2/"
PAGE_3 = POST + "comment-page-3/"


@pytest.fixture(scope="module")
def pages() -> dict[int, CommentSection]:
    urls = {1: PAGE_1, 2: PAGE_2, 3: POST}
    return {n: section(f"comments-twentyten-page-{n}.html", url, tz="America/New_York") for n, url in urls.items()}


def test_each_comment_page_gives_its_own_comments(pages: dict[int, CommentSection]) -> None:
    assert [c.id for c in pages[1].comments][:4] == ["2041", "2043", "2046", "2044"]
    assert [c.id for c in pages[2].comments] == ["2052", "2055", "2058", "2061"]
    assert [c.id for c in pages[3].comments] == ["2066", "2069", "2072", "2075"]
    assert all(page.markup == "wordpress" for page in pages.values())


def test_replies_nest_to_any_depth_within_a_page(pages: dict[int, CommentSection]) -> None:
    first = pages[1].comments
    assert [(c.id, c.parent_id, c.depth) for c in first[:3]] == [("2041", None, 0), ("2043", "2041", 1), ("2046", "2043", 2)]


def test_reply_names_a_parent_shown_on_another_page(pages: dict[int, CommentSection]) -> None:
    reply = next(c for c in pages[3].comments if c.id == "2072")
    assert reply.parent_id == "2052"
    assert reply.author == "Ken B."


def test_pingback_is_kept_but_marked(pages: dict[int, CommentSection]) -> None:
    pingback = pages[1].comments[-1]
    assert pingback.kind == "pingback"
    assert pingback.text == "Morning briefing: March 3 | The Conflict Ledger"
    assert pingback.author_url == "https://conflictledger.example.net/2014/03/03/morning-briefing-march-3/"
    assert all(c.kind == "comment" for c in pages[2].comments + pages[3].comments)


def test_theme_metadata_becomes_author_and_local_time(pages: dict[int, CommentSection]) -> None:
    harriet = pages[1].comments[0]
    assert harriet.author == "Harriet Cole"
    assert harriet.author_url == "http://harrietcole.net"
    assert harriet.posted_at is not None
    assert harriet.posted_at.local.isoformat() == "2014-03-02T09:12:00-05:00"
    assert harriet.posted_at.raw == "March 2, 2014 at 9:12 am"
    assert harriet.text == (
        "The report says eleven soldiers were killed overnight, but the regional governor put the figure at nine "
        "this morning. Which number is right?\n\nIt would help if the piece said where each figure came from."
    )


def test_older_and_newer_comment_links_lead_to_the_other_pages(pages: dict[int, CommentSection]) -> None:
    assert pages[3].next_pages == [PAGE_2]
    assert pages[2].next_pages == [PAGE_1, PAGE_3]
    # Page 1 links page 2 ("Newer Comments") and, through the sidebar's permalinks to comments it
    # does not show, page 3; the sidebar's link to another post's comment page does not count.
    assert pages[1].next_pages == [PAGE_2, PAGE_3]


def test_page_reveals_wordpress_post_api_and_count(pages: dict[int, CommentSection]) -> None:
    for page in pages.values():
        assert page.wp_post_id == 1187
        assert page.wp_rest_url == "https://www.frontlinedesk.org/wp-json/"
        assert page.declared_count == 13


def test_merging_the_three_pages_gives_the_whole_thread(pages: dict[int, CommentSection]) -> None:
    thread = assemble_thread([pages[3].comments, pages[2].comments, pages[1].comments, pages[3].comments])
    assert len(thread) == 13
    assert len({c.id for c in thread}) == 13
    by_id = {c.id: c for c in thread}
    assert by_id["2072"].parent_id == "2052" and by_id["2072"].depth == 1
    assert by_id["2046"].depth == 2
    assert [c.position for c in thread] == list(range(13))
    order = [c.id for c in thread]
    assert order.index("2052") < order.index("2055") < order.index("2072")
