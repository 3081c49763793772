"""What a page says about itself: title, address, authors, topics, language and its dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from crawler.understand.html import parse_page
from crawler.understand.metadata.page_meta import extract_metadata
from crawler.understand.page_records import PageMeta

PAGES = Path(__file__).parents[1] / "fixtures" / "pages"

SEED_URL = "https://eaworldview.com/2015/12/iran-daily-dec-1-surge-in-iranian-deaths-in-syria-but-wheres-general-soleimani/"


def _meta(name: str, url: str = "", tz: str | None = None) -> PageMeta:
    return extract_metadata(parse_page((PAGES / name).read_bytes(), url), tz=tz)


def _inline(markup: str, url: str = "https://news.example/story", tz: str | None = None) -> PageMeta:
    return extract_metadata(parse_page(markup, url), tz=tz)


# --- the seed page: a WordPress post with Yoast JSON-LD


def test_seed_page_metadata() -> None:
    meta = _meta("seed-article.html", SEED_URL + "?utm_source=feed")
    assert meta.title == "Iran Daily, Dec 1: Surge in Iranian Deaths in Syria — But Where’s General Soleimani?"
    assert meta.canonical_url == SEED_URL
    assert meta.authors == ["Scott Lucas"]
    assert meta.section == "Iran"
    assert meta.language == "en"
    assert meta.site_name == "EA WorldView"
    assert meta.published is not None and meta.published.day == date(2015, 12, 1)
    assert meta.published.source == "json-ld"
    assert meta.modified is not None and meta.modified.utc == datetime(2015, 12, 1, 11, 2, 40, tzinfo=UTC)


# --- a news site with a JSON-LD @graph: several authors by @id, a publisher, related stories


def test_jsonld_graph_gives_headline_authors_by_reference_and_topics() -> None:
    meta = _meta("meta-newsarticle-graph.html", "https://levantledger.example/world/middle-east/x?ref=home")
    assert meta.title == "Airstrikes on Idlib market kill at least 14, rescuers say"
    assert meta.authors == ["Lina Haddad", "Tom Whitaker"]
    assert meta.section == "Middle East"
    assert meta.tags == ["Syria", "Idlib", "Airstrikes"]
    assert meta.site_name == "The Levant Ledger"
    assert meta.language == "en"


def test_relative_canonical_link_is_made_absolute_without_tracking_parameters() -> None:
    meta = _meta("meta-newsarticle-graph.html", "https://levantledger.example/world/middle-east/x?ref=home")
    assert meta.canonical_url == (
        "https://levantledger.example/world/middle-east/2019/12/03/airstrikes-idlib-market-maarat-al-numan"
    )


def test_article_dates_come_from_the_article_not_from_the_publisher_or_related_stories() -> None:
    meta = _meta("meta-newsarticle-graph.html", "https://levantledger.example/x")
    assert meta.published is not None and meta.modified is not None
    assert meta.published.local == datetime(2019, 12, 3, 9, 20, tzinfo=timezone(timedelta(hours=2)))
    assert meta.modified.local == datetime(2019, 12, 3, 17, 45, tzinfo=timezone(timedelta(hours=2)))


# --- a Persian page in windows-1256 with a Jalali byline


def test_windows_1256_persian_page_is_decoded_from_its_meta_charset() -> None:
    meta = _meta("meta-persian-cp1256.html", "https://avayesharq.example/news/482139/", tz="Asia/Tehran")
    assert meta.title == "تشييع پيكر دو مدافع حرم در مشهد"
    assert meta.language == "fa"
    assert meta.site_name == "خبرگزاري آواي شرق"
    assert meta.authors == ["مريم رضايي"]


def test_jalali_byline_with_persian_digits_gives_the_publication_time_in_tehran() -> None:
    meta = _meta("meta-persian-cp1256.html", "https://avayesharq.example/news/482139/", tz="Asia/Tehran")
    assert meta.published is not None
    assert meta.published.day == date(2015, 12, 1)  # not the header's "today", 11 Azar
    assert meta.published.local.utcoffset() == timedelta(hours=3, minutes=30)
    assert meta.published.local.hour == 12 and meta.published.has_time
    assert meta.published.source == "byline"


# --- a page whose only date is in its URL


def test_date_in_the_url_is_the_last_resort() -> None:
    meta = _meta("meta-date-in-url.html", "https://frontlinedispatch.example/2016/03/14/ceasefire-largely-holds-in-aleppo/")
    assert meta.published is not None
    assert (meta.published.day, meta.published.source, meta.published.has_time) == (date(2016, 3, 14), "url", False)


def test_page_without_any_date_has_none() -> None:
    meta = _meta("meta-date-in-url.html", "https://frontlinedispatch.example/syria/ceasefire-largely-holds-in-aleppo")
    assert meta.published is None and meta.modified is None


def test_byline_names_the_reporter_not_the_outlet() -> None:
    meta = _meta("meta-date-in-url.html", "https://frontlinedispatch.example/2016/03/14/ceasefire/")
    assert meta.authors == ["Karim Nassar"]
    assert meta.site_name == "Frontline Dispatch"


# --- a byline date in the site's time zone, where the UTC day is another


def test_byline_date_is_the_sites_local_day_not_the_utc_day() -> None:
    meta = _meta("meta-byline-local-tz.html", "https://cedarcoastnews.example/news/shelling/", tz="Asia/Beirut")
    assert meta.published is not None
    assert meta.published.day == date(2015, 12, 1)
    assert meta.published.utc.date() == date(2015, 11, 30)
    assert meta.authors == ["Rania Khoury"]


# --- contradictory dates: updated and first published, today's date, sidebars


def test_first_publication_wins_over_last_update_todays_date_and_sidebar_dates() -> None:
    meta = _meta("meta-contradictory-dates.html", "https://gulfmonitor.example/news/un-saada-strikes")
    assert meta.published is not None and meta.modified is not None
    assert meta.published.local.replace(tzinfo=None) == datetime(2015, 12, 1, 9, 5)
    assert meta.modified.day == date(2015, 12, 3)


# --- small pages


def test_title_suffix_is_removed_but_a_dash_inside_the_headline_stays() -> None:
    meta = _inline(
        "<html><head><title>Talks resume - but gaps remain | Daily Courier</title></head>"
        "<body><h1>Talks resume - but gaps remain</h1><h1>Most read</h1></body></html>"
    )
    assert meta.title == "Talks resume - but gaps remain"


def test_an_only_h1_that_is_not_the_headline_gives_way_to_the_title() -> None:
    title = "<title>Aid convoy reaches Saada after a three-week wait - Gulf Monitor</title>"
    for heading in ("<h1>Gulf Monitor</h1>", "<h1>Loading</h1>", "<h1>OCT 24</h1>", "<h1><a href='/'>GM</a></h1>"):
        page = f"<html><head>{title}</head><body>{heading}<p>Text.</p></body></html>"
        meta = _inline(page, "https://gulfmonitor.example/news/aid-convoy")
        assert meta.title == "Aid convoy reaches Saada after a three-week wait", heading


def test_an_only_h1_that_is_the_headline_wins_over_a_generic_title() -> None:
    meta = _inline("<html><head><title>Gulf Monitor</title></head><body><h1>Aid convoy reaches Saada</h1></body></html>")
    assert meta.title == "Aid convoy reaches Saada"


def test_a_blog_s_entry_title_wins_over_an_h1_that_is_the_blog_s_name() -> None:
    # Blogger: the blog's name in an unlinked <h1> and in the <title>'s "Blog: Post"; the post's own
    # headline marked by the hAtom class "entry-title"
    page = (
        "<html><head><title>Notes from Sanaa: Dahyan, the school bus</title></head><body>"
        "<div class='header-outer'><h1 class='title'>Notes from Sanaa</h1></div>"
        "<div class='post hentry'><h3 class='post-title entry-title'>Dahyan, the school bus</h3>"
        "<div class='post-body entry-content'><p>Text.</p></div></div></body></html>"
    )
    assert _inline(page, "https://notesfromsanaa.blogspot.com/2018/08/dahyan.html").title == "Dahyan, the school bus"
    assert _meta("comments-blogger-classic.html").title == "Checkpoint diary, day 41"


def test_entry_titles_of_a_listing_or_of_another_page_give_no_title() -> None:
    # a blog's front page lists several posts; a sidebar's entry the <title> does not hold is another page's
    listing = (
        "<html><head><title>Notes from Sanaa: Dahyan, the school bus</title></head><body>"
        "<h1>Dahyan, the school bus</h1><h3 class='entry-title'>Power cuts, day 300</h3>"
        "<h3 class='entry-title'>A wedding in wartime</h3></body></html>"
    )
    assert _inline(listing).title == "Dahyan, the school bus"
    other = (
        "<html><head><title>Aid convoy reaches Saada - Gulf Monitor</title></head><body><h1>Aid convoy reaches Saada</h1>"
        "<aside><h4 class='entry-title'>Cholera in Hodeidah</h4></aside></body></html>"
    )
    assert _inline(other).title == "Aid convoy reaches Saada"


def test_jsonld_entities_and_author_lists_are_cleaned() -> None:
    meta = _inline(
        '<html><head><script type="application/ld+json">{"@type": "BlogPosting", '
        '"headline": "Aleppo &#8212; day 3", "author": "By Jane Roe and John Doe", '
        '"datePublished": "2016-02-03"}</script></head><body></body></html>'
    )
    assert meta.title == "Aleppo — day 3"
    assert meta.authors == ["Jane Roe", "John Doe"]
    assert meta.published is not None and meta.published.day == date(2016, 2, 3)


def test_author_urls_in_meta_tags_are_not_names() -> None:
    meta = _inline(
        '<html><head><meta property="article:author" content="https://www.facebook.com/someone">'
        '<meta name="author" content="Sara Ahmadi"></head><body></body></html>'
    )
    assert meta.authors == ["Sara Ahmadi"]


def test_persian_page_with_a_template_english_lang_attribute_is_persian() -> None:
    text = "گزارش‌ها حاکی است که در این حمله دست کم پنج نفر کشته و چند تن دیگر زخمی شدند. " * 3
    meta = _inline(f'<html lang="en-US"><body><h1>خبر</h1><p>{text}</p></body></html>')
    assert meta.language == "fa"


def test_arabic_page_without_declaration_is_guessed_arabic() -> None:
    text = "قالت مصادر طبية إن خمسة أشخاص قتلوا وأصيب عشرة آخرون في قصف استهدف المدينة صباح اليوم. " * 3
    assert _inline(f"<html><body><p>{text}</p></body></html>").language == "ar"


def test_utc_stamp_is_moved_to_the_offset_the_byline_shows() -> None:
    meta = _inline(
        '<html><head><meta property="article:published_time" content="2020-05-02T02:54:29Z"></head>'
        "<body><h1>Station to close overnight</h1><p>By Ann Lee</p><p>May 1, 2020 10:54 PM</p></body></html>"
    )
    assert meta.published is not None
    assert meta.published.day == date(2020, 5, 1)
    assert meta.published.utc == datetime(2020, 5, 2, 2, 54, 29, tzinfo=UTC)


def test_dates_in_reader_comments_are_not_the_publication_date() -> None:
    meta = _inline(
        "<html><body><h1>Report</h1><p>Text of the report, long enough to be prose and not a byline at all.</p>"
        '<div id="comments"><div class="comment-meta">December 9, 2015 at 3:42 pm</div></div>'
        "</body></html>"
    )
    assert meta.published is None


def test_broken_markup_does_not_raise() -> None:
    meta = _inline('<html><head><script type="application/ld+json">{"@type": [}</script><meta name="date" content="not a date">')
    assert meta.published is None
    assert meta.canonical_url == "https://news.example/story"
