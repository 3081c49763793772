"""Which of a page's dates is its publication day: time zones, updates, locales, and dates that are
someone else's (related stories, reader comments)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from crawler.understand.html import parse_page
from crawler.understand.metadata.page_dates import page_date_order
from crawler.understand.metadata.page_meta import extract_metadata
from crawler.understand.page_records import PageMeta

PAGES = Path(__file__).parents[1] / "fixtures" / "pages"
PROSE = "<p>Residents said the shelling continued through the night and that rescuers were still searching.</p>"


def _meta(markup: str, url: str = "") -> PageMeta:
    return extract_metadata(parse_page(markup, url))


def _fixture(name: str, url: str = "") -> PageMeta:
    return extract_metadata(parse_page((PAGES / name).read_bytes(), url))


def _published_day(markup: str, url: str = "") -> date | None:
    published = _meta(markup, url).published
    return published.day if published else None


# --- time zones


def test_a_utc_stamp_takes_the_offset_of_a_byline_clock_shown_to_the_minute() -> None:
    day = _published_day(
        '<html><head><meta property="article:published_time" content="2019-11-19T01:19:34.819Z"></head><body>'
        "<h1>Council votes to close the bridge</h1><p>Posted Nov 18, 2019, 8:19 p.m.</p>" + PROSE + "</body></html>"
    )
    assert day == date(2019, 11, 18)


def test_a_stamp_written_with_the_wrong_offset_gives_way_to_the_byline_showing_the_same_instant() -> None:
    # the CMS writes its UTC clock followed by the local offset; the meta tag and the byline agree
    meta = _meta(
        "<html><head>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Carmaker reveals coupe",'
        ' "datePublished": "2019-11-20T02:15:49-06:00"}</script>'
        '<meta property="article:published_time" content="2019-11-20T02:15:49+00:00"></head><body>'
        '<h1>Carmaker reveals coupe</h1><div class="byline">Nov 19, 2019, 8:15 pm CST</div>' + PROSE + "</body></html>"
    )
    assert meta.published is not None
    assert meta.published.day == date(2019, 11, 19)
    assert meta.published.utc == datetime(2019, 11, 20, 2, 15, tzinfo=UTC)


def test_a_stamp_without_offset_gives_way_to_the_byline_showing_the_same_instant_with_its_zone() -> None:
    day = _published_day(
        '<html><head><meta name="publish-date" content="2019-11-19 02:24:00"></head><body>'
        "<h1>Players suspended after brawl</h1><p>Nov 18, 2019 at 9:24 pm ET</p>" + PROSE + "</body></html>"
    )
    assert day == date(2019, 11, 18)


def test_a_stamp_without_offset_read_as_utc_gives_way_to_the_day_the_byline_shows() -> None:
    day = _published_day(
        '<html><head><meta name="publish-date" content="2019-11-20T01:50:59.403"></head><body>'
        "<h1>Streaming service apologises for outage</h1><p>By Meg James</p><p>Nov. 19, 2019</p>"
        + PROSE + "</body></html>"
    )
    assert day == date(2019, 11, 19)


def test_a_day_only_stamp_that_is_the_utc_day_gives_way_to_the_local_byline() -> None:
    day = _published_day(
        '<html><head><meta name="sailthru.date" content="2012-08-09"></head><body>'
        '<h1>Late rally sinks the visitors</h1><p class="byline">By Sam Ortiz on Aug 8, 2012 5:13 PM PDT</p>'
        + PROSE + "</body></html>"
    )
    assert day == date(2012, 8, 8)


# --- dates that cannot be the page's


def test_a_date_after_the_fetch_is_not_the_publication() -> None:
    page = parse_page(
        '<html><head><meta property="article:published_time" content="2031-01-01T09:00:00+03:00"></head><body>'
        "<h1>Market reopens after the strike</h1><p>May 7, 2024</p>" + PROSE + "</body></html>",
        "",
    )
    fetched = datetime(2024, 5, 8, 6, 0, tzinfo=UTC)
    published = extract_metadata(page, fetched=fetched).published
    assert published is not None and published.day == date(2024, 5, 7)
    unchecked = extract_metadata(page).published
    assert unchecked is not None and unchecked.day == date(2031, 1, 1)


# --- published or updated


def test_a_date_shown_in_an_element_marked_as_the_update_is_not_the_publication() -> None:
    meta = _meta(
        '<html><head><meta property="article:published_time" content="2018-10-07T09:00:35-08:00">'
        '<meta property="article:modified_time" content="2018-11-12T17:36:26-08:00"></head><body>'
        "<h1>Meal prep for a busy week</h1>"
        '<span class="posted-on"><time class="entry-updated updated" itemprop="dateModified"'
        ' datetime="2018-11-12T17:36:26-08:00">November 12, 2018</time></span>' + PROSE + "</body></html>"
    )
    assert meta.published is not None and meta.modified is not None
    assert meta.published.day == date(2018, 10, 7)
    assert meta.modified.day == date(2018, 11, 12)


def test_wordpress_marks_a_never_edited_post_published_and_updated() -> None:
    meta = _meta(
        "<html><body><article><h1>Aid convoy reaches the town</h1>"
        '<time class="entry-date published updated" datetime="2016-03-14T08:10:00+02:00">March 14, 2016</time>'
        + PROSE + "</article></body></html>"
    )
    assert meta.published is not None and meta.published.day == date(2016, 3, 14)
    assert meta.published.source == "time"


# --- dates shown away from the headline


def test_date_line_just_above_the_title_of_a_post() -> None:
    meta = _fixture("meta-blog-date-above-title.html")
    assert meta.published is not None
    assert meta.published.day == date(2012, 8, 8)  # not the reader comments of the 9th and later
    assert meta.published.source == "byline"


def test_an_h1_that_only_links_home_is_the_site_name_not_the_headline() -> None:
    meta = _fixture("meta-blog-date-above-title.html")
    assert meta.title == "Second convoy turned back at the crossing"
    assert meta.site_name == "Field Notes from the Border"


def test_published_label_after_the_article_gives_its_date() -> None:
    day = _published_day(
        "<html><body><div class='blog-content'><h1>Six ways to save on the holidays</h1>" + PROSE * 6 +
        "<div class='Entry-footer'>Published on November 6th, 2012 <strong>-</strong> <a href='#c'>One reply</a></div>"
        "<ol class='commentlist'><li><small class='commentmetadata'>November 9th, 2012 at 1:09 pm</small>"
        "<p>Great list.</p></li></ol></div></body></html>"
    )
    assert day == date(2012, 11, 6)


def test_a_line_that_is_only_a_date_further_below_the_headline_is_its_byline() -> None:
    box = (
        "<div class='w-300'>\n  <p class='fz-14'>ORGANIZATIONS IN THIS STORY</p>\n  <div>\n    <a href='/o/1'>"
        "Council for Water Rights</a>\n  </div>\n  <div class='fz-12'>The next time we write about any of these"
        " organizations, we will email you a link to the story. You may edit your settings or unsubscribe at any"
        " time, and we never share your address with anyone else.</div>\n  <a href='#s'>Sign up</a>\n</div>\n"
    )
    day = _published_day(
        "<html><head><title>Council for Water Rights gives $2,800 to district campaign | Metro</title></head><body>"
        "<h2 class='fz-40'>Council for Water Rights gives $2,800 to district campaign</h2>\n"
        + box * 3 + "<div class='gray'>\n  <div>By <b><a href='/a/m'>Metro News Service</a></b></div>\n"
        "  <div><a class='gray-2' href='/stories/2020/dec'>Dec 8, 2020</a></div>\n</div>" + PROSE + "</body></html>"
    )
    assert day == date(2020, 12, 8)


def test_a_date_in_a_calendar_badge_over_the_post_title() -> None:
    day = _published_day(
        "<html><head><title>Study Notes</title></head><body><h1><a href='/'>Study Notes</a></h1>"
        "<div class='post'><span class='post-calendar'>November 7th. 2012, 9:39pm</span>"
        "<h2><a href='/p/1'>How I plan a week of exams</a></h2>" + PROSE + "</div></body></html>"
    )
    assert day == date(2012, 11, 7)


def test_title_outside_any_heading_still_leads_to_its_byline() -> None:
    day = _published_day(
        "<html><head><title>Break-ins reported at the clinic car park</title></head><body>"
        "<h1><a href='/'><img alt='City Hall News'></a></h1>"
        "<div class='sidebar'><ul><li><a href='/n/1'>Archive</a> 03/02/2018</li></ul></div>"
        "<p class='titulo'>Break-ins reported at the clinic car park</p>"
        "<small><b>05/10/2018</b> - Published by: Clara Borba - Category: Health</small>" + PROSE + "</body></html>",
        "https://cityhall.example.br/news/break-ins",
    )
    assert day == date(2018, 10, 5)


def test_a_title_repeated_in_the_breadcrumbs_is_found_where_the_story_shows_it() -> None:
    menu = "".join(f"<li><a href='/s/{n}'>Section {n} of the local news and opinion pages</a></li>" for n in range(8))
    meta = _meta(
        "<html><head><title>Water rationing extended to three districts</title></head><body>"
        "<ul class='crumbs'><li><a href='/'>Home</a></li><li><a href='/w'>Water rationing extended to three districts"
        "</a></li></ul><ul class='menu'>" + menu + "</ul>"
        "<div class='story-title'>Water rationing extended to three districts</div>"
        "<p class='story-sub'>Staff reporter for the Valley Times, Karachi | 14.03.2016 | 09:40</p>" + PROSE +
        "</body></html>",
        "https://valleytimes.example.pk/news/water-rationing",
    )
    assert meta.published is not None and meta.published.local.replace(tzinfo=None) == datetime(2016, 3, 14, 9, 40)


def test_dates_of_the_stories_listed_under_more_on_this_story_are_not_the_pages() -> None:
    day = _published_day(
        "<html><body><div class='story-body'><ul class='mini-info-list'><li><div class='date'>19 November 2019</div>"
        "</li></ul><h1>Prosecutors drop the investigation</h1>" + PROSE + "</div>"
        "<div class='story-more'><div class='group more-on'><ul><li><a href='/a'>Earlier ruling</a>"
        "<div class='date'>11 April 2019</div></li><li><a href='/b'>Extradition hearing</a>"
        "<div class='date'>2 May 2019</div></li></ul></div></div></body></html>"
    )
    assert day == date(2019, 11, 19)


def test_an_opinion_page_laid_out_as_commentary_is_not_a_comment_thread() -> None:
    day = _published_day(
        "<html><head><title>Why the ceasefire will not hold</title></head><body><div class='commentary-layout'>"
        "<h1>Why the ceasefire will not hold</h1><p class='byline'>By Nadia Karam, March 14, 2016</p>"
        + PROSE + "</div><ol class='comment-list'><li><span class='comment-date'>March 15, 2016</span>"
        "<p>Agreed.</p></li></ol></body></html>"
    )
    assert day == date(2016, 3, 14)


def test_microdata_dates_of_reader_comments_and_videos_are_not_the_articles() -> None:
    meta = _meta(
        "<html><head><title>Shelling resumes on the northern front</title></head><body>"
        "<div itemscope itemtype='https://schema.org/VideoObject'><meta itemprop='datePublished'"
        " content='2015-06-02T10:00:00Z'><span itemprop='name'>Archive footage</span></div>"
        "<h1>Shelling resumes on the northern front</h1>" + PROSE +
        "<ul><li itemscope itemtype='https://schema.org/Comment'><meta itemprop='datePublished'"
        " content='2015-12-02T08:15:00+02:00'><span itemprop='author'>Rami</span> <p itemprop='text'>Stay safe.</p>"
        "</li></ul><div itemscope itemtype='https://schema.org/NewsArticle'><meta itemprop='datePublished'"
        " content='2015-12-01T21:40:00+02:00'></div></body></html>"
    )
    assert meta.published is not None and meta.published.day == date(2015, 12, 1)


# --- languages and locales


def test_month_names_of_the_language_the_page_is_written_in_even_under_an_english_declaration() -> None:
    text = "<p>Die Zahl der Besucher ist in diesem Jahr gestiegen, und die Messe hat mit dem Aufbau begonnen.</p>"
    day = _published_day(
        '<html lang="en"><body><p class="about"><span>Von</span> <a href="/a/mb">Moritz Bach</a>'
        "<span>publiziert am 30. Juli 2018</span></p><h1>Wir sind auf der Messe</h1>" + text * 2 + "</body></html>"
    )
    assert day == date(2018, 7, 30)


def test_numeric_byline_date_is_read_in_the_order_of_the_declared_region() -> None:
    page = "<html {}><body><h1>Ministers meet over strikes</h1><p>02/11/2023 02:00pm GMT</p>" + PROSE + "</body></html>"
    assert _published_day(page.format('lang="en-GB"')) == date(2023, 11, 2)
    assert _published_day(page.format('lang="en-US"')) == date(2023, 2, 11)
    assert _published_day(page.format('lang="en"'), "https://www.dailyledger.co.uk/news/strikes") == date(2023, 11, 2)
    assert _published_day(page.format('lang="en"'), "https://www.dailyledger.com/news/strikes") == date(2023, 2, 11)


def test_numeric_byline_date_is_read_the_way_the_pages_unambiguous_stamp_confirms() -> None:
    day = _published_day(
        '<html lang="en"><body><h1>Ministers meet over strikes</h1><p>02/11/2023 02:00pm GMT</p>'
        '<p>Share <time datetime="2023-11-02T14:00:51+0000">this story</time></p>' + PROSE + "</body></html>"
    )
    assert day == date(2023, 11, 2)


def test_page_date_order_for_other_extractors() -> None:
    tree = parse_page('<html lang="en"><head><meta property="og:locale" content="en_AU"></head></html>', "").tree
    assert page_date_order(tree, []) == "DMY"
    plain = parse_page('<html lang="en"></html>', "").tree
    assert page_date_order(plain, ["https://news.example.com/a"]) is None
    assert page_date_order(plain, ["https://news.example.ie/a", "not a url ["]) == "DMY"
    assert page_date_order(plain, ["https://startup.example.io/a"]) is None


# --- structured data about other items


def test_jsonld_article_whose_headline_is_the_pages_title_wins_over_related_ones() -> None:
    meta = _meta(
        "<html><head><title>Floods cut off northern villages | Valley Times</title>"
        '<script type="application/ld+json">[{"@type": "NewsArticle", "headline": "Dam repairs begin",'
        ' "datePublished": "2019-10-02T08:00:00+01:00"},'
        ' {"@type": "NewsArticle", "headline": "Floods cut off northern villages",'
        ' "datePublished": "2019-11-18T07:30:00+01:00"}]</script></head>'
        "<body><h1>Floods cut off northern villages</h1>" + PROSE + "</body></html>"
    )
    assert meta.published is not None and meta.published.local == datetime(
        2019, 11, 18, 7, 30, tzinfo=timezone(timedelta(hours=1))
    )
