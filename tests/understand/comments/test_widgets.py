"""Threads hosted by a comment service: recorded as a widget, never taken for "no comments"."""

from __future__ import annotations

import pytest

from crawler.understand.comments.widgets import find_widget
from crawler.understand.page_records import CommentWidget
from tests.understand.comments.pages import from_markup, section


def test_disqus_embed_is_recorded_with_its_thread_identifier() -> None:
    url = "https://northerndispatch.example.com/world/ceasefire-collapses-hours-after-it-began-88213"
    found = section("comments-disqus.html", url)
    assert found.markup == "widget"
    assert found.comments == []
    assert found.widget == CommentWidget(
        provider="disqus", thread_id="article-88213", embed_url="https://northerndispatch.disqus.com/embed.js"
    )


def test_disqus_copy_for_search_engines_gives_comments_and_the_widget() -> None:
    page = """<html><body><div id="disqus_thread"><div id="dsq-content"><ul id="dsq-comments">
      <li class="comment" id="dsq-comment-7681"><div class="dsq-comment-header"><cite>Rana</cite></div>
        <div class="dsq-comment-body"><div class="dsq-comment-message"><p>Is the border crossing open again?</p></div></div></li>
    </ul></div></div>
    <script>var disqus_shortname = 'dispatchnews'; var disqus_identifier = '7681 https://x.example/?p=7681';</script>
    </body></html>"""
    found = from_markup(page)
    assert [(c.id, c.author, c.text) for c in found.comments] == [("7681", "Rana", "Is the border crossing open again?")]
    assert found.widget == CommentWidget("disqus", "7681 https://x.example/?p=7681", "https://dispatchnews.disqus.com/embed.js")


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            '<div class="fb-comments" data-href="https://news.example.org/story-1" data-numposts="10"></div>',
            CommentWidget("facebook", "https://news.example.org/story-1", None),
        ),
        (
            '<fb:comments href="https://news.example.org/story-2" num_posts="5"></fb:comments>',
            CommentWidget("facebook", "https://news.example.org/story-2", None),
        ),
        (
            '<div class="viafoura"><vf-conversations vf-container-id="story-77"></vf-conversations></div>'
            '<script src="https://cdn.viafoura.net/entry/index.js" async></script>',
            CommentWidget("viafoura", "story-77", "https://cdn.viafoura.net/entry/index.js"),
        ),
        (
            '<div data-spotim-module="conversation" data-post-id="a1b2c3"></div>'
            '<script async src="https://launcher.spot.im/spot/sp_Ab12Cd34" data-spotim-module="spotim-launcher"></script>',
            CommentWidget("openweb", "a1b2c3", "https://launcher.spot.im/spot/sp_Ab12Cd34"),
        ),
        (
            '<div id="livefyre-comments"></div><script>fyre.conv.load({}, [{el: "livefyre-comments", '
            'siteId: "290", articleId: "news-4411"}]);</script>',
            CommentWidget("livefyre", "news-4411", None),
        ),
        (
            '<div id="commento" data-page-id="/2024/05/strike"></div><script defer src="https://cdn.commento.io/js/commento.js"></script>',
            CommentWidget("commento", "/2024/05/strike", "https://cdn.commento.io/js/commento.js"),
        ),
        (
            '<hyvor-talk-comments website-id="1234" page-id="strike-88"></hyvor-talk-comments>'
            '<script async src="https://talk.hyvor.com/embed/embed.js" type="module"></script>',
            CommentWidget("hyvor", "strike-88", "https://talk.hyvor.com/embed/embed.js"),
        ),
        (
            '<div id="coral_thread"></div><script>Coral.createStreamEmbed({id: "coral_thread", '
            'rootURL: "https://talk.news.example.org", storyID: "c9f0"});</script>',
            CommentWidget("coral", "c9f0", None),
        ),
        (
            '<div id="vuukle-comments"></div><script>var VUUKLE_CONFIG = {apiKey: "k", articleId: "881"};</script>',
            CommentWidget("vuukle", "881", None),
        ),
    ],
)
def test_comment_services_are_recognised_by_their_embed_code(markup: str, expected: CommentWidget) -> None:
    assert find_widget(f"<html><body><article><p>Story.</p></article>{markup}</body></html>") == expected


def test_a_service_named_in_running_text_is_not_a_widget() -> None:
    page = "<html><body><p>We moved our comments from Disqus to Facebook and then to Viafoura.</p></body></html>"
    assert find_widget(page) is None
    assert from_markup(page).markup == "none"
