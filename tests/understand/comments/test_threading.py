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


def test_a_movable_type_reply_names_its_parent_in_a_replied_to_link() -> None:
    page = """<html><body><div id="comments" class="comments"><div class="comments-content">
    <div class="comment" id="comment-5510"><div class="comment-header"><span class="byline">
      <span class="vcard author"><a class="fn url" href="http://ion.example.net/">Ion</a></span> |
      <a href="#comment-5510"><abbr class="published" title="2013-05-03T08:40:00+02:00">May 3, 2013 8:40 AM</abbr></a></span></div>
      <div class="comment-content"><p>Water is over the road at Tulcea.</p></div></div>
    <div class="comment" id="comment-5512"><div class="comment-header"><span class="byline">
      <span class="vcard author"><a class="fn url" href="http://mirela.example.net/">Mirela</a></span> replied to
      <a href="#comment-5510" title="comment from Ion">comment from Ion</a> |
      <a href="#comment-5512"><abbr class="published" title="2013-05-03T09:15:00+02:00">May 3, 2013 9:15 AM</abbr></a></span></div>
      <div class="comment-content"><p>It reached Galati overnight too.</p></div></div>
    </div></div></body></html>"""
    found = from_markup(page, URL).comments
    assert [(c.id, c.author, c.parent_id) for c in found] == [("5510", "Ion", None), ("5512", "Mirela", "5510")]
