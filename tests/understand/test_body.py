"""Finding the article body: its paragraphs, its captions apart, and none of the page around it."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from crawler.understand.body.article_text import extract_body
from crawler.understand.html import parse_page
from crawler.understand.page_records import ArticleBody

PAGES = Path(__file__).parents[1] / "fixtures" / "pages"


def _body(name: str, url: str = "https://example.org/story") -> ArticleBody:
    return extract_body(parse_page((PAGES / name).read_bytes(), url))


def _from(markup: str) -> ArticleBody:
    return extract_body(parse_page(markup, "https://example.org/story"))


# --- the seed page: an ordinary WordPress post with Jetpack, a newsletter box and comments


def test_wordpress_post_body_runs_from_its_first_to_its_last_paragraph() -> None:
    body = _body("seed-article.html", "https://eaworldview.com/2015/12/iran-daily-dec-1/")
    assert body.paragraphs[0].startswith("The deaths of Iranian troops in Syria’s conflict have surged again")
    assert body.paragraphs[-1].endswith("Nazar Zaka have been detained.")
    assert len(body.paragraphs) == 16
    assert body.method == "structure"


def test_wordpress_post_keeps_its_link_line_its_video_intro_and_its_sub_headline() -> None:
    paragraphs = _body("seed-article.html").paragraphs
    assert (
        "See Iran Propaganda Feature: Legendary General Soleimani is Alive — and He Rescued Russia’s Pilot in Syria"
        in paragraphs
    )
    assert "Claimed video of Afghan troops, later killed, on the Aleppo front:" in paragraphs
    assert "Head of Basij Militia: Kerry Directs $200 Million Operation to Overthrow Regime" in paragraphs


def test_wordpress_photo_caption_is_a_caption_and_not_a_paragraph() -> None:
    body = _body("seed-article.html")
    caption = "PHOTO: The image of General Qassem Soleimani in Revolutionary Guards outlet Fars News"
    assert body.captions == [caption]
    assert caption not in body.text


@pytest.mark.parametrize(
    "furniture",
    [
        "Related Posts",
        "Rouhani Government Pushes Back on Arrests",  # a related post's title
        "Get EA WorldView in your inbox",
        "Sign up for our daily newsletter",
        "Share this",
        "Leave a Comment",
        "Posted in",
        "Recent Comments",
        "Iran Daily, Dec 1: Surge in Iranian Deaths",  # the headline
    ],
)
def test_wordpress_furniture_is_left_out(furniture: str) -> None:
    assert furniture not in _body("seed-article.html").text


def test_reader_comments_are_never_part_of_the_body() -> None:
    text = _body("seed-article.html").text
    assert "Reports state that he is in hospital in Tehran" not in text
    assert "Suleimanis work" not in text
    assert "says:" not in text


# --- a news site: a named body container inside <article>, an aside of links inside it


def test_news_story_body_is_exactly_its_six_paragraphs() -> None:
    body = _body("body-news-jsonld.html")
    assert body.paragraphs == [
        "Five civilians, among them two children, were killed on Tuesday when shells struck a camp for "
        "displaced families south of Marib city, local officials said.",
        "The Marib health office said eleven more people were wounded, three of them critically, and were "
        "taken to the Hayat hospital.",
        "A Houthi spokesman denied that the group's fighters had fired on the camp and blamed government "
        "forces for the attack.",
        "The shelling came as negotiators met in Muscat for a third round of talks on extending the truce "
        "that expired in October.",
        '"Every week that passes without an agreement costs lives," said Amal Nasser, who coordinates aid '
        "for the camps on behalf of a local charity.",
        "The United Nations envoy is expected to brief the Security Council on Thursday.",
    ]


def test_news_story_lead_photo_caption_is_kept_with_its_credit() -> None:
    assert _body("body-news-jsonld.html").captions == [
        "Tents at a camp for displaced families south of Marib, March 2023. Photo: Salem Ali/Reuters"
    ]


@pytest.mark.parametrize(
    "furniture",
    ["Related coverage", "Marib's camps swell", "Read more", "Advertisement", "Middle East Briefing", "Most read"],
)
def test_news_story_leaves_out_related_links_promos_ads_and_newsletter(furniture: str) -> None:
    assert furniture not in _body("body-news-jsonld.html").text


def test_json_ld_article_body_stands_in_when_the_page_renders_its_text_by_script() -> None:
    body = _from(
        """<html><head><script type="application/ld+json">
        {"@type": "NewsArticle", "headline": "Ceasefire holds in the north",
         "articleBody": "The ceasefire agreed on Sunday held through the night, residents said.\\n\\nNo shelling was reported in the villages along the river for the first time in a month."}
        </script></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <div id="app" class="article-body"></div><footer>&copy; The Daily Example</footer></body></html>"""
    )
    assert body.method == "json-ld"
    assert body.paragraphs == [
        "The ceasefire agreed on Sunday held through the night, residents said.",
        "No shelling was reported in the villages along the river for the first time in a month.",
    ]


def test_a_json_ld_teaser_cut_short_does_not_replace_the_page_text() -> None:
    body = _from(
        """<html><head><script type="application/ld+json">
        {"@type": "NewsArticle", "articleBody": "Officials said on Monday that the death toll had&hellip;"}
        </script></head><body><div class="entry-content">
        <p>Officials said on Monday that the death toll had risen to nineteen after rescuers reached the
        last of the collapsed houses in the old town.</p>
        <p>The provincial governor declared three days of mourning and ordered an inquiry into the
        building permits issued in the district.</p></div></body></html>"""
    )
    assert body.method == "structure"
    assert len(body.paragraphs) == 2


# --- a Blogger post: text broken by <br>, labels and share buttons, Blogger's comment list


def test_blogger_post_paragraphs_are_split_at_double_line_breaks() -> None:
    body = _body("body-blogspot.html")
    assert body.paragraphs == [
        "We left Kharkiv before dawn on Monday, four of us in a borrowed van with a cracked windscreen and "
        "two spare tyres tied to the roof.",
        "The checkpoint outside Izium took almost two hours. The soldiers were polite but tired, and one of "
        "them told us that shelling near the village of Kamyanka had killed two men the night before.",
        "In Sloviansk we stayed with a retired teacher who keeps a list of every neighbour who has left "
        "since 2014. There are forty-one names on it now, written in pencil so that she can rub them out "
        "when people come back.",
        "Kramatorsk",
        "The city was quieter than we expected. Cafés were open, the trams were running, and the only sign "
        "of the war was the queue outside the office that registers displaced families.",
        "We will post more photographs when the connection allows. Thank you to everyone who donated fuel "
        "money.",
    ]


@pytest.mark.parametrize(
    "furniture",
    ["Stay safe out there", "said...", "Labels", "Share to Twitter", "Popular Posts", "Winter in Avdiivka"],
)
def test_blogger_post_leaves_out_comments_labels_and_sidebar(furniture: str) -> None:
    assert furniture not in _body("body-blogspot.html").text


# --- a page laid out with tables and <font>, with no class names to go by


def test_table_layout_story_is_found_by_its_prose() -> None:
    body = _body("body-tables.html")
    assert body.method == "scoring"
    assert body.paragraphs[1].startswith("BENI - At least fourteen people were killed")
    assert body.paragraphs[-1].startswith("Traders closed the market for the rest of the week.")
    assert len(body.paragraphs) == 6


@pytest.mark.parametrize(
    "furniture",
    [
        "Attack on Beni market leaves 14 dead",  # the headline, as in the page title
        "Latest reports",
        "Oicha road reopened",
        "Print this page",
        "Our partners",
        "Copyright",
    ],
)
def test_table_layout_story_leaves_out_navigation_columns_and_footer(furniture: str) -> None:
    assert furniture not in _body("body-tables.html").text


# --- a long-form feature: pull quotes, a gallery, a quotation, related posts, an author box


def test_long_form_feature_keeps_sub_headlines_and_quotations_in_order() -> None:
    paragraphs = _body("body-longform.html").paragraphs
    assert paragraphs[0].startswith("On the night of 10 September, Ahmed Bukhatwa woke")
    assert paragraphs[2] == "A warning that went unheard"
    assert "Counting the missing" in paragraphs
    assert paragraphs[4].startswith("“We wrote to every office we could think of.")
    assert paragraphs[-1].startswith("For Bukhatwa, who lost his brother and two nephews")


def test_pull_quotes_are_not_repeated_in_the_body() -> None:
    text = _body("body-longform.html").text
    assert text.count("water was already at the second step") == 1
    assert text.count("Nobody answered, and nobody came to look at the dams") == 1


def test_gallery_captions_are_captions() -> None:
    body = _body("body-longform.html")
    assert body.captions == [
        "The eastern bank of the wadi, where the Al-Bilad bridge once stood.",
        "Volunteers clear mud from a school in the Al-Maghar district.",
        "A memorial wall near the port lists the names of the missing.",
        "Derna, August 2024. Photographs by Salma Fitouri.",
    ]
    assert "Volunteers clear mud" not in body.text


@pytest.mark.parametrize(
    "furniture",
    ["You may also like", "The port that kept Benghazi alive", "Share this", "Tagged", "About Mariam Idris",
     "The Sunday Long Read", "14 min read", "Recent features"],
)
def test_long_form_feature_leaves_out_related_posts_author_box_and_newsletter(furniture: str) -> None:
    assert furniture not in _body("body-longform.html").text


# --- any language, any markup


def test_persian_story_without_known_class_names_is_found_and_keeps_its_zero_width_joiners() -> None:
    body = _body("body-persian.html")
    assert body.paragraphs[0].startswith("به گفته این مقام انتظامی")
    assert "پاسگاه\u200cهای مرزی" in body.paragraphs[0]
    assert len(body.paragraphs) == 4
    for furniture in ("اخبار مرتبط", "نظرات خوانندگان", "خدا رحمتشان کند", "پربازدیدترین", "صفحه نخست"):
        assert furniture not in body.text


@pytest.mark.parametrize("markup", ["", "   ", "<html></html>", "<!-- nothing -->", "\x00\xff<<<>>>"])
def test_a_page_without_text_gives_an_empty_body(markup: str) -> None:
    assert _from(markup) == ArticleBody(paragraphs=[])


def test_malformed_markup_still_gives_its_text() -> None:
    body = _from(
        "<html><body><div class=post><p>Unclosed paragraph about the flooding in the <b>delta"
        "<p>Second paragraph: twelve villages were cut off and aid arrived by boat on Friday.<div>"
        "<td>stray cell</td></span></i><p>Third paragraph, where the rivers <i>finally</i> fell."
    )
    assert any("twelve villages were cut off" in p for p in body.paragraphs)
    assert any("finally fell" in p for p in body.paragraphs)


def test_extraction_leaves_the_shared_tree_as_it_was() -> None:
    page = parse_page((PAGES / "seed-article.html").read_bytes(), "https://eaworldview.com/")
    before = lxml.html.tostring(page.tree)
    extract_body(page)
    assert lxml.html.tostring(page.tree) == before
