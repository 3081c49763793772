"""The seed page (a WordPress post with a nested thread): five comments in three threads."""

from __future__ import annotations

import pytest

from crawler.understand.page_records import CommentSection
from tests.understand.comments.pages import section

URL = "https://eaworldview.com/2015/12/iran-daily-dec-1-surge-in-iranian-deaths-in-syria-but-wheres-general-soleimani/"


@pytest.fixture(scope="module")
def seed() -> CommentSection:
    return section("seed-article.html", URL, tz="Europe/London")


def test_seed_thread_has_five_comments_in_three_threads(seed: CommentSection) -> None:
    assert [c.id for c in seed.comments] == ["417735", "417802", "417756", "417790", "417911"]
    assert [c.parent_id for c in seed.comments] == [None, "417735", None, "417756", None]
    assert [c.depth for c in seed.comments] == [0, 1, 0, 1, 0]
    assert [c.position for c in seed.comments] == [0, 1, 2, 3, 4]
    assert seed.markup == "wordpress"


def test_seed_comments_name_their_authors_and_author_sites(seed: CommentSection) -> None:
    assert [c.author for c in seed.comments] == ["Amir K.", "PersianWatcher", "Sam", "Klaus Weber", "Fritz"]
    assert seed.comments[1].author_url == "http://persianwatcher.blogspot.com"
    assert seed.comments[0].author_url is None


def test_seed_comments_are_dated_from_their_time_elements(seed: CommentSection) -> None:
    stamps = [c.posted_at for c in seed.comments]
    assert all(stamp is not None for stamp in stamps)
    assert [s.local.isoformat() for s in stamps if s] == [
        "2015-12-01T10:17:33+00:00",
        "2015-12-01T13:02:09+00:00",
        "2015-12-01T11:38:50+00:00",
        "2015-12-01T12:44:05+00:00",
        "2015-12-02T07:55:41+00:00",
    ]
    assert stamps[0] is not None and stamps[0].raw == "December 1, 2015 at 10:17 am"


def test_seed_comment_texts_are_the_readers_words_only(seed: CommentSection) -> None:
    first, reply, second, long_reply, third = (c.text for c in seed.comments)
    assert first.startswith("Reports state that he is in hospital in Tehran")
    assert reply.startswith("He has countless enemies")
    assert second.startswith("U do realise that the SAA have also made significant gains")
    assert len(second.split("\n\n")) == 2
    assert long_reply.startswith("This is the map of the different syrian fronts")
    assert long_reply.endswith("Don’t forget that.")
    assert len(long_reply.split("\n\n")) >= 3
    assert third.startswith("Suleimanis work:")
    assert "The last list of 22 killed shia islamist from Pakistan and Afghanistan" in third
    for text in (first, reply, second, long_reply, third):
        assert "says:" not in text and "Reply" not in text and "December" not in text


def test_seed_page_reveals_post_id_api_root_and_declared_count(seed: CommentSection) -> None:
    assert seed.wp_post_id == 52391
    assert seed.wp_rest_url == "https://eaworldview.com/wp-json/"
    assert seed.declared_count == 5
    assert seed.next_pages == []
    assert seed.widget is None


def test_seed_sidebar_recent_comments_and_article_are_not_comments(seed: CommentSection) -> None:
    texts = " ".join(c.text for c in seed.comments)
    assert "Hussein" not in [c.author for c in seed.comments]
    assert "The deaths of Iranian troops" not in texts
    assert "Leave a Comment" not in texts and "Your email address" not in texts
