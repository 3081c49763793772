"""Comment lists no known markup names: repeated blocks in a "discussion" container, with
relative times resolved against the fetch time."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.understand.comments.pages import from_markup, section

URL = "https://board.riverside.example.net/local-news/power-cuts"
FETCHED = datetime(2024, 3, 14, 12, 0, tzinfo=UTC)


def test_repeated_posts_in_a_discussion_container_are_comments() -> None:
    found = section("comments-generic-forum.html", URL, fetched_at=FETCHED, tz="Europe/Kiev")
    assert found.markup == "generic"
    assert [c.author for c in found.comments] == ["Ahmad R.", "Lena V.", "kostya"]
    assert found.comments[1].text == (
        "Still nothing on the north side of the river.\n\nIf anyone knows where phones can be charged, please post it here."
    )
    assert found.comments[0].author_url == "https://board.riverside.example.net/members/ahmad-r"
    assert all("Report" not in c.text and "Quote" not in c.text for c in found.comments)


def test_related_stories_and_the_reply_box_are_not_comments() -> None:
    found = section("comments-generic-forum.html", URL)
    texts = " ".join(c.text for c in found.comments)
    assert "Water supply restored" not in texts and "logged in" not in texts
    assert len(found.comments) == 3


def test_relative_times_are_resolved_against_the_fetch_time_in_the_site_zone() -> None:
    found = section("comments-generic-forum.html", URL, fetched_at=FETCHED, tz="Europe/Kiev")
    stamps = [c.posted_at for c in found.comments]
    assert [s.raw for s in stamps if s] == ["2 days ago", "3 hours ago", "35 minutes ago"]
    assert [s.utc.isoformat() for s in stamps if s] == [
        "2024-03-12T12:00:00+00:00",
        "2024-03-14T09:00:00+00:00",
        "2024-03-14T11:25:00+00:00",
    ]
    assert all(s is not None and s.source == "relative" for s in stamps)


def test_relative_times_stay_unread_without_a_fetch_time() -> None:
    found = section("comments-generic-forum.html", URL)
    assert [c.posted_at for c in found.comments] == [None, None, None]


def test_content_hash_ids_are_stable_across_fetches_and_differ_between_comments() -> None:
    first = section("comments-generic-forum.html", URL)
    again = section("comments-generic-forum.html", URL, fetched_at=FETCHED)
    assert [c.id for c in first.comments] == [c.id for c in again.comments]
    assert len({c.id for c in first.comments}) == 3


def test_byline_says_line_gives_the_author_and_leaves_the_text() -> None:
    page = """<html><body><div id="comments"><ol class="commentlist">
      <li id="comment-9" class="comment"><p><strong>Mina</strong> says:<br>May 2, 2024 at 8:15 pm</p>
        <p>Two ambulances went past our street just before the second blast.</p></li>
      <li id="comment-10" class="comment"><p>Posted by: Arturo | May 2, 2024 at 9:40 pm</p>
        <p>Same here, near the stadium.</p></li>
    </ol></div></body></html>"""
    found = from_markup(page)
    assert [(c.author, c.text) for c in found.comments] == [
        ("Mina", "Two ambulances went past our street just before the second blast."),
        ("Arturo", "Same here, near the stadium."),
    ]
    assert [c.posted_at.raw for c in found.comments if c.posted_at] == ["May 2, 2024 at 8:15 pm", "May 2, 2024 at 9:40 pm"]


def test_a_container_named_in_capitals_holds_the_comments() -> None:
    """Older forum templates name their containers in CamelCase or capitals ("UserResponses")."""
    posts = "".join(
        f'<div class="Post"><b>{name}</b><p>{text}</p></div>'
        for name, text in (
            ("Marta", "The bridge road has been closed since the morning, buses go round by the ring road."),
            ("Olek", "Same on our street, the police said it would reopen after the inspection tonight."),
        )
    )
    markup = f'<html><body><article><h1>Bridge closed</h1><p>The city closed the bridge.</p></article><div id="UserResponses">{posts}</div></body></html>'
    found = from_markup(markup, URL)
    assert found.markup == "generic"
    assert len(found.comments) == 2
    assert "Same on our street" in found.comments[1].text
