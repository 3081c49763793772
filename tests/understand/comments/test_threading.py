"""Who replies to whom, where the markup shows it only by marks on a flat list of comments."""

from __future__ import annotations

from tests.understand.comments.pages import from_markup

URL = "https://community.example.org/stories/2013/08/flood-relief"


def test_comments_marked_as_replies_in_a_flat_list_answer_the_comment_before_them() -> None:
    page = """<html><body><div class="content_comments">
    <div class="comment clearfix"><div class="user"><a class="username" href="/users/1_rosa">rosa</a></div>
      <p class="comment_text">Is the ferry running today?</p></div>
    <div class="comment clearfix" id="reply"><div class="user"><a class="username" href="/users/2_ben">ben</a></div>
      <p class="comment_text">Only the morning crossing.</p></div>
    <div class="comment clearfix" id="reply"><div class="user"><a class="username" href="/users/3_ola">ola</a></div>
      <p class="comment_text">It was cancelled at ten.</p></div>
    <div class="comment clearfix"><div class="user"><a class="username" href="/users/4_li">li</a></div>
      <p class="comment_text">The bridge reopened an hour ago.</p></div>
    </div></body></html>"""
    found = from_markup(page, URL).comments
    assert [(c.author, c.parent_id == found[0].id, c.depth) for c in found] == [
        ("rosa", False, 0),
        ("ben", True, 1),
        ("ola", True, 1),
        ("li", False, 0),
    ]
