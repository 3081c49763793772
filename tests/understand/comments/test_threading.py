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


def test_comments_indented_by_their_left_margin_reply_to_the_nearest_comment_a_level_up() -> None:
    page = """<html><body><div id="comments">
    <div class="comment" id="comment-11" style="margin-left: 0px"><p class="author">Farid</p><p>Were the trains running?</p></div>
    <div class="comment" id="comment-12" style="margin-left: 30px"><p class="author">Lena</p><p>Only to the border.</p></div>
    <div class="comment" id="comment-13" style="margin-left: 60px"><p class="author">Farid</p><p>And buses?</p></div>
    <div class="comment" id="comment-14" style="margin-left: 30px"><p class="author">Omar</p><p>Buses stop at noon.</p></div>
    <div class="comment" id="comment-15"><p class="author">Ines</p><p>Is the road to the port open?</p></div>
    </div></body></html>"""
    found = from_markup(page, URL).comments
    assert [(c.id, c.parent_id, c.depth) for c in found] == [
        ("11", None, 0),
        ("12", "11", 1),
        ("13", "12", 2),
        ("14", "11", 1),
        ("15", None, 0),
    ]


def test_levels_counted_from_zero_give_the_same_thread_as_levels_counted_from_one() -> None:
    page = """<html><body><div class="comments"><ul class="comment-list">
    <li class="comment level-0" id="comment-21"><div class="comment-content"><p>First.</p></div></li>
    <li class="comment level-1" id="comment-22"><div class="comment-content"><p>Reply to first.</p></div></li>
    <li class="comment level-0" id="comment-23"><div class="comment-content"><p>Second.</p></div></li>
    </ul></div></body></html>"""
    found = from_markup(page, URL).comments
    assert [(c.id, c.parent_id) for c in found] == [("21", None), ("22", "21"), ("23", None)]
