"""The seed article in a classic WordPress theme (Kubrick's descendants, 2005-2012): the site's
name before the headline in the <title>, the headline in an <h2>, a date-and-byline line with no
class, a template <meta name="author">, a relative canonical link, and ``ol.commentlist``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from crawler.understand.body.article_text import extract_body
from crawler.understand.comments import extract_comments
from crawler.understand.html import parse_page
from crawler.understand.metadata.page_meta import extract_metadata

PAGE = Path(__file__).parents[1] / "fixtures" / "pages" / "seed-wordpress-classic.html"
FILE_URL = "file:///home/reader/saved/seed-wordpress-classic.html"
TITLE = "Iran Daily, Dec 1: Surge in Iranian Deaths in Syria — But Where’s General Soleimani?"
CANONICAL = "https://eaworldview.com/2015/12/iran-daily-dec-1-surge-in-iranian-deaths-in-syria-but-wheres-general-soleimani/"


def _page():
    return parse_page(PAGE.read_bytes(), FILE_URL)


def test_the_title_loses_the_site_name_before_the_raquo() -> None:
    assert extract_metadata(_page()).title == TITLE


def test_a_relative_canonical_link_of_a_saved_file_resolves_to_the_site_not_the_file() -> None:
    assert extract_metadata(_page()).canonical_url == CANONICAL


def test_the_visible_posted_by_byline_beats_the_templates_meta_author() -> None:
    assert extract_metadata(_page()).authors == ["Scott Lucas"]


def test_the_dateline_gives_the_day() -> None:
    published = extract_metadata(_page()).published
    assert published is not None and published.day == date(2015, 12, 1)


def test_the_body_starts_with_the_article_not_the_dateline() -> None:
    body = extract_body(_page())
    assert body.text.startswith("The deaths of Iranian troops in Syria’s conflict have surged again")
    assert body.text.endswith("Nazar Zaka have been detained.")
    assert "Posted by" not in body.text and "Posted in" not in body.text
    assert body.captions == ["PHOTO: The image of General Qassem Soleimani in Revolutionary Guards outlet Fars News"]


def test_the_commentlist_gives_five_comments_with_authors_and_parents() -> None:
    comments = extract_comments(_page()).comments
    assert [(c.id, c.parent_id, c.author) for c in comments] == [
        ("417735", None, "Amir K."),
        ("417802", "417735", "PersianWatcher"),
        ("417756", None, "Sam"),
        ("417790", "417756", "Klaus Weber"),
        ("417911", None, "Fritz"),
    ]
    assert not any("Name (required)" in c.text or "You can use these tags" in c.text for c in comments)


# --- the same classes, each on a small page of its own


def _meta(markup: str, url: str = "https://blog.example.org/2012/03/a-post/"):
    return extract_metadata(parse_page(markup, url))


def test_blog_archive_title_gives_the_headline_part_its_h3_repeats() -> None:
    page = (
        "<html><head><title>Field Notes &raquo; Blog Archive &raquo; Shelling resumes near the border crossing</title>"
        "</head><body><div id='header'><a href='/'>Field Notes</a></div><div class='post'>"
        "<h3><a href='/2012/03/a-post/' rel='bookmark'>Shelling resumes near the border crossing</a></h3>"
        "<div class='entry'><p>" + "Shelling resumed on Monday. " * 20 + "</p></div></div></body></html>"
    )
    assert _meta(page).title == "Shelling resumes near the border crossing"


def test_written_by_in_a_plain_paragraph_beats_a_site_wide_meta_author() -> None:
    page = (
        "<html><head><title>Shelling resumes near the border crossing</title>"
        "<meta name='author' content='Field Notes Team'></head><body><div class='post'>"
        "<h1>Shelling resumes near the border crossing</h1><p>Written by <a href='/u/jd'>Jane Doe</a> on March 3, 2012</p>"
        "<div class='entry'><p>" + "Shelling resumed on Monday. " * 20 + "</p></div></div></body></html>"
    )
    assert _meta(page).authors == ["Jane Doe"]


def test_a_meta_author_stays_when_no_byline_is_visible() -> None:
    page = (
        "<html><head><title>Shelling resumes near the border crossing</title>"
        "<meta name='author' content='Jane Doe'></head><body><h1>Shelling resumes near the border crossing</h1>"
        "<p>" + "Shelling resumed on Monday. " * 20 + "</p></body></html>"
    )
    assert _meta(page).authors == ["Jane Doe"]


def test_a_dateline_and_byline_line_inside_the_text_container_is_not_the_first_paragraph() -> None:
    page = (
        "<html><head><title>Blog &raquo; Shelling resumes near the crossing</title></head><body>"
        "<div class='post'><h2>Shelling resumes near the crossing</h2><div class='entry'>"
        "<p>Monday, March 5th, 2012 at 9:12 am | Posted by <a href='/u/jd'>Jane Doe</a></p>"
        "<p>" + "Shelling resumed on Monday near the crossing, residents said. " * 8 + "</p>"
        "<p>" + "Two people were killed, according to the local hospital. " * 6 + "</p>"
        "</div></div></body></html>"
    )
    body = extract_body(parse_page(page, "https://blog.example.org/2012/03/a-post/"))
    assert body.paragraphs[0].startswith("Shelling resumed on Monday")


def test_a_first_paragraph_that_opens_with_a_date_is_kept_when_it_is_a_sentence() -> None:
    page = (
        "<html><body><div class='entry'>"
        "<p>March 5, 2012 was the day the shelling resumed near the crossing.</p>"
        "<p>" + "Two people were killed, according to the local hospital. " * 6 + "</p>"
        "</div></body></html>"
    )
    body = extract_body(parse_page(page, "https://blog.example.org/2012/03/a-post/"))
    assert body.paragraphs[0].startswith("March 5, 2012 was the day")
