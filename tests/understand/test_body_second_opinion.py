"""The second opinion: where the structure reader is unsure (found by scoring only, and short or
very long), trafilatura's reading is weighed by general signals and the decision is visible in
``method``.  The reconciliation is tested on pages of known shape with the two readings given."""

from __future__ import annotations

from crawler.understand.body.article_text import _reconcile, _titles, _unsure
from crawler.understand.body.blocks import read_blocks
from crawler.understand.body.regions import Layout
from crawler.understand.html import parse_page
from crawler.understand.page_records import ArticleBody

ARTICLE = [
    "The shelling of the eastern districts resumed on Monday morning, residents and medics said, after a week of calm.",
    "At least four people were killed and eleven wounded when shells hit a market near the old bridge, the hospital said.",
    "The local council called on both sides to respect the truce agreed in March and to open a corridor for the wounded.",
    "Aid groups said they had been unable to reach the districts since Sunday because the only road was under fire.",
]
NOTICE = "All trademarks are the property of their owners. This site is not affiliated with any manufacturer."
WIDGET = (
    "I am a writer and father of two who blogs about study habits, careers and the deep work that matters. "
    "Subscribe to get new posts by email, and read the archives for the older essays on focus and skill."
)


def _page(body: str, title: str = "Field Notes » Shelling resumes in the eastern districts") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def _decide(markup: str, ours: list[str], theirs: list[str]) -> ArticleBody:
    page = parse_page(markup, "https://blog.example.org/2012/10/shelling/")
    blocks = read_blocks(page.tree.find("body"))
    return _reconcile(
        ArticleBody(paragraphs=ours, method="scoring"),
        ArticleBody(paragraphs=theirs, method="fallback"),
        blocks,
        Layout(blocks),
        _titles(page),
    )


def test_a_footer_notice_that_won_gives_way_to_the_article_below_the_headline() -> None:
    markup = _page(
        "<div id='main'><h2>Shelling resumes in the eastern districts</h2>"
        + "".join(f"<p>{p}</p>" for p in ARTICLE)
        + f"</div><div id='bottom'><p>{NOTICE}</p></div>"
    )
    body = _decide(markup, [NOTICE], ARTICLE)
    assert body.method == "second-opinion" and body.paragraphs == ARTICLE


def test_a_short_post_below_its_headline_stays_when_the_other_reading_is_a_sidebar_widget() -> None:
    post = "Our son was born on Tuesday. Back to writing next week."
    markup = _page(
        f"<div id='main'><h2>My new project</h2><div class='entry'><p>{post}</p></div></div>"
        f"<div id='side'><div class='textwidget'><p>{WIDGET}</p></div></div>",
        title="Study Notes » Blog Archive » My new project",
    )
    body = _decide(markup, [post], [WIDGET])
    assert body.method == "scoring" and body.paragraphs == [post]


def test_the_other_reading_from_the_reader_comments_is_refused() -> None:
    post = "A short note: the road to the districts is closed again today."
    comment = "I drove there yesterday and it was open until noon, then the shelling started again near the bridge."
    markup = _page(
        f"<div id='main'><p>{post}</p></div><ol class='commentlist'>"
        + "".join(f"<li class='comment'><p>{comment} {i}</p></li>" for i in range(3))
        + "</ol>",
        title="A short note",
    )
    body = _decide(markup, [post], [f"{comment} {i}" for i in range(3)])
    assert body.paragraphs == [post]


def test_readings_that_agree_keep_ours() -> None:
    markup = _page("<div id='main'>" + "".join(f"<p>{p}</p>" for p in ARTICLE) + "</div>")
    body = _decide(markup, ARTICLE[:3], ARTICLE)
    assert body.paragraphs == ARTICLE[:3] and body.method == "scoring"


def test_only_an_unsure_reading_asks_for_a_second_opinion() -> None:
    assert _unsure(ArticleBody(paragraphs=[NOTICE], method="scoring"))
    assert not _unsure(ArticleBody(paragraphs=[NOTICE], method="structure"))
    assert not _unsure(ArticleBody(paragraphs=ARTICLE * 3, method="scoring"))  # long enough


def test_a_wordpress_posts_own_tag_slugs_do_not_make_it_furniture() -> None:
    # post_class() writes the post's tags into its class: "tag-promotion" is a topic, not a promo box
    from crawler.understand.body.boilerplate import Role, role_of

    post = "post-7 post type-post status-publish hentry tag-promotion tag-sponsors category-news"
    markup = _page(f"<div id='content'><div class='{post}'><p>{ARTICLE[0]}</p></div></div>")
    element = parse_page(markup, "https://blog.example.org/").tree.find(".//div[@id='content']/div")
    assert role_of(element) is not Role.FURNITURE
    promo = parse_page("<div class='promo-box tag-promotion'>x</div>", "").tree.find(".//div")
    assert role_of(promo) is Role.FURNITURE  # outside a post's own class, the word still counts


def test_justext_weighs_the_stop_words_of_the_language_the_page_declares() -> None:
    """trafilatura's justext fallback, told no language, would weigh every language's stop words
    (150,000 words held by the process): it weighs the page's, English where the page names none."""
    from justext.utils import get_stoplist
    from trafilatura import external

    from crawler.understand.body.article_text import extract_body

    german = "Die Kämpfe im Osten gingen am Montag weiter, sagten Anwohner und Ärzte nach einer Woche der Ruhe. " * 3
    extract_body(parse_page(f"<html lang='de-DE'><body><span>{german}</span></body></html>", "https://example.de/a/"))
    assert get_stoplist("German") == external.JT_STOPLIST
    extract_body(parse_page(f"<html><body><span>{ARTICLE[0]}</span></body></html>", "https://example.org/a/"))
    assert get_stoplist("English") == external.JT_STOPLIST
