"""What an element is for, as the body extractor reads it from tag, class, id, role and itemprop."""

from __future__ import annotations

import lxml.html
import pytest

from crawler.understand.body.boilerplate import Role, is_furniture_text, is_hidden, role_of


def _role(markup: str) -> Role | None:
    return role_of(lxml.html.fragment_fromstring(markup))


@pytest.mark.parametrize(
    "markup",
    [
        '<div itemprop="articleBody"></div>',
        '<div class="entry-content clearfix"></div>',
        '<div class="post-body entry-content" id="post-body-447"></div>',
        '<span class="hs_cos_wrapper hs_cos_wrapper_meta_field" id="hs_cos_wrapper_post_body"></span>',
        '<section class="article__body"></section>',
    ],
)
def test_containers_naming_themselves_the_article_text_are_recognised(markup: str) -> None:
    assert _role(markup) is Role.ARTICLE


@pytest.mark.parametrize(
    "markup",
    [
        '<div id="comments" class="comments-area"></div>',
        '<ol class="commentlist"></ol>',
        '<div id="disqus_thread"></div>',
        '<div id="respond" class="comment-respond"></div>',
        '<li itemprop="comment"></li>',
    ],
)
def test_comment_threads_and_forms_are_comments(markup: str) -> None:
    assert _role(markup) is Role.COMMENTS


@pytest.mark.parametrize(
    "markup",
    [
        '<div class="sharedaddy sd-sharing-enabled"></div>',
        '<div id="jp-relatedposts" class="jp-relatedposts"></div>',
        '<div class="ea-newsletter-box"></div>',
        '<div class="ad-slot ad-inline"></div>',
        '<span class="comments-link"></span>',  # a counter, not the thread
        '<div class="author-box"></div>',
        '<footer class="entry-footer"></footer>',
        '<span class="tags-links"></span>',
        '<nav class="breadcrumbs"></nav>',
        '<aside></aside>',
        '<div role="navigation"></div>',
    ],
)
def test_page_furniture_is_furniture(markup: str) -> None:
    assert _role(markup) is Role.FURNITURE


@pytest.mark.parametrize(
    "markup",
    [
        # WordPress slugs of the post's own topics and author
        '<article class="post type-post category-news tag-syria author-jane-doe hentry"></article>',
        '<div class="print-this-content"></div>',  # the text a print button prints
        '<div class="social-media-embed"></div>',  # a tweet quoted in the article
        '<div class="update"></div>',
        '<div class="shadow"></div>',
        '<p class="lead"></p>',
    ],
)
def test_look_alikes_of_furniture_words_are_not_furniture(markup: str) -> None:
    assert _role(markup) is None


def test_captions_and_pull_quotes_are_told_apart() -> None:
    assert _role("<figcaption></figcaption>") is Role.CAPTION
    assert _role('<p class="wp-caption-text"></p>') is Role.CAPTION
    assert _role('<figure class="wp-block-pullquote"></figure>') is Role.PULL_QUOTE


@pytest.mark.parametrize(
    "style", ["display: none", "DISPLAY:NONE;", "visibility:hidden", "position:absolute; left:-9999px"]
)
def test_hidden_elements_are_hidden(style: str) -> None:
    assert is_hidden(lxml.html.fragment_fromstring(f'<div style="{style}"></div>'))


def test_shown_elements_are_not_hidden() -> None:
    assert not is_hidden(lxml.html.fragment_fromstring('<div style="margin-left: -10px"></div>'))
    assert is_hidden(lxml.html.fragment_fromstring("<div hidden></div>"))


@pytest.mark.parametrize(
    ("text", "link_density"),
    [
        ("Advertisement", 0.0),
        ("Related Posts", 0.0),
        ("You may also like...", 0.0),
        ("Share this:", 0.0),
        ("Реклама", 0.0),
        ("READ MORE: China plague outbreak confirmed in Beijing", 0.8),
        ("CLICK HERE TO GET THE FOX NEWS APP", 1.0),
        ("Читайте также: Обстрел Донецка", 0.9),
    ],
)
def test_labels_and_promos_are_furniture_text(text: str, link_density: float) -> None:
    assert is_furniture_text(text, link_density)


@pytest.mark.parametrize(
    ("text", "link_density"),
    [
        ("See Iran Propaganda Feature: Legendary General Soleimani is Alive", 0.95),
        ("Related to the attack, police detained two men in the northern suburbs on Friday.", 0.0),
        ("MORE THAN 40 KILLED IN AIRSTRIKES ON ALEPPO", 0.0),  # a headline in capitals, no link
    ],
)
def test_article_sentences_are_not_furniture_text(text: str, link_density: float) -> None:
    assert not is_furniture_text(text, link_density)
