"""Reading the WordPress REST API's comment objects (``/wp-json/wp/v2/comments?post=ID``)."""

from __future__ import annotations

import json

from crawler.understand.comments import parse_wp_rest_comments
from crawler.understand.comments.merging import assemble_thread
from tests.understand.comments.pages import WP_REST

POST = "https://www.frontlinedesk.org/2014/03/02/shelling-resumes-on-the-eastern-front-as-talks-stall/"


def _page(n: int) -> bytes:
    return (WP_REST / f"comments-post-1187-page-{n}.json").read_bytes()


def test_each_api_page_gives_its_comments_with_parent_ids() -> None:
    first = parse_wp_rest_comments(_page(1), POST, tz="America/New_York")
    second = parse_wp_rest_comments(_page(2), POST, tz="America/New_York")
    assert len(first) == 10 and len(second) == 3
    by_id = {c.id: c for c in first + second}
    assert by_id["2043"].parent_id == "2041"
    assert by_id["2072"].parent_id == "2052"
    assert by_id["2041"].parent_id is None


def test_a_page_is_ordered_as_a_thread_oldest_first() -> None:
    second = parse_wp_rest_comments(_page(2), POST)
    assert [(c.id, c.parent_id, c.depth) for c in second] == [("2041", None, 0), ("2043", "2041", 1), ("2044", None, 0)]


def test_api_comment_fields_become_comment_fields() -> None:
    first = parse_wp_rest_comments(_page(1), POST, tz="America/New_York")
    siobhan = next(c for c in first if c.id == "2061")
    assert siobhan.author == "Siobhan Reilly"
    assert siobhan.author_url == "https://siobhanreilly.example.com"
    assert siobhan.text == (
        "@anon_reader The regional emergency service posted the evacuation figures on its page yesterday evening."
        "\n\nThey say 312 people, most of them elderly, were taken out by bus."
    )
    assert siobhan.posted_at is not None
    assert siobhan.posted_at.local.isoformat() == "2014-03-02T20:20:12-05:00"
    assert siobhan.posted_at.utc.isoformat() == "2014-03-03T01:20:12+00:00"
    assert next(c for c in first if c.id == "2058").author_url is None


def test_without_a_time_zone_the_site_offset_comes_from_date_and_date_gmt() -> None:
    comment = parse_wp_rest_comments(_page(2), POST)[0]
    assert comment.posted_at is not None
    assert comment.posted_at.local.isoformat() == "2014-03-02T09:12:44-05:00"


def test_pingbacks_from_the_api_are_marked() -> None:
    first = parse_wp_rest_comments(_page(1), POST)
    pingback = next(c for c in first if c.id == "2048")
    assert pingback.kind == "pingback"
    assert pingback.author == "Morning briefing: March 3 | The Conflict Ledger"
    assert pingback.text.startswith("[…] Frontline Desk reports")


def test_both_api_pages_assemble_into_the_thread_the_html_pages_show() -> None:
    thread = assemble_thread([parse_wp_rest_comments(_page(n), POST) for n in (1, 2)])
    assert len(thread) == 13
    order = [c.id for c in thread]
    assert order[:4] == ["2041", "2043", "2046", "2044"]
    assert {c.id: c.depth for c in thread}["2046"] == 2


def test_bad_payloads_give_no_comments() -> None:
    assert parse_wp_rest_comments(b"<html>Not Found</html>", POST) == []
    assert parse_wp_rest_comments('{"code":"rest_post_invalid_id","message":"Invalid post ID."}', POST) == []
    assert parse_wp_rest_comments(json.dumps([{"id": "x"}, 7, None, {"id": 5, "content": {}}]), POST) == []
    assert parse_wp_rest_comments(b"\xff\xfe\x00", POST) == []
    assert parse_wp_rest_comments("", POST) == []
