"""Forum threads: the opening post is the page's body, every later post a reader's comment.

The fixture pages under ``tests/fixtures/forums`` are thread pages written in the markup of each
forum package (phpBB prosilver and subsilver2, vBulletin 3 and 4, XenForo 1 and 2, Simple Machines
2.0 and 2.1, Discourse 2 and 3's pages for crawlers, Invision Community 4 with and without its
JSON-LD, old and new Reddit, Stack Exchange), with quotes, signatures, profile blocks ("Joined:
..."), edit notes and pagination.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crawler.pipelines.extraction import extract_article
from crawler.understand.article_page import ArticlePage, understand_article
from crawler.understand.html import parse_page
from tests.understand.comments.pages import from_markup

FORUMS = Path(__file__).parents[2] / "fixtures" / "forums"
FETCHED = datetime(2026, 1, 5, 12, tzinfo=UTC)


def _read(name: str, url: str = "https://forum.example.net/viewtopic.php?t=9123") -> ArticlePage:
    return understand_article(parse_page((FORUMS / name).read_bytes(), url), FETCHED)


def _inline(markup: str, url: str = "https://board.example.net/viewtopic.php?t=41") -> ArticlePage:
    return understand_article(parse_page(markup, url), FETCHED)


# page, platform, the opening post's first words, its author, when it was posted (UTC), the repliers
THREADS = [
    ("phpbb_prosilver_ww2.html", "phpbb", "Most books put combined losses at Stalingrad", "Ostfront_Hist",
     "2012-01-15T14:22", ["krieg_reader", "Panzerlehr", "Ostfront_Hist"]),
    ("vb3_football.html", "vbulletin", "30 years today since 96 of our fans", "RedMersey",
     "2019-04-15T10:00", ["Kopite_Carl", "BlueNose_Bob", "RedMersey"]),
    ("xf1_travel.html", "xenforo", "Planning two weeks in Mexico City", "wanderlust_jen",
     "2022-10-02T16:05", ["CDMX_local", "nervous_ned", "wanderlust_jen"]),
    ("xf2_covid.html", "xenforo", "Official figures say 3,776 people have died", "Milano_Marco",
     "2020-03-23T20:46", ["stats_geek", "SkepticalSam", "Milano_Marco"]),
    ("smf20_vietnam.html", "smf", "40 years since the fall of Saigon", "WallVisitor",
     "2015-04-30T19:00", ["tunnel_rat_jim", "Hue_68", "WallVisitor"]),
    ("discourse2_dday.html", "discourse", "Watching the 75th anniversary coverage", "normandy_nut",
     "2019-06-06T09:14", ["Big Red One fan", "Tom_Caen", "normandy_nut"]),
    ("ips_vets.html", "invision", "Our chapter is reading the names", "SkyTrooper67",
     "2017-11-08T20:11", ["Doc Haynes", "gold_star_sister", "SkyTrooper67"]),
    ("reddit_old_vietnam.html", "reddit", "40 years since the fall of Saigon", "WallVisitor",
     "2015-04-30T19:00", ["tunnel_rat_jim", "Hue_68", "WallVisitor"]),
    ("se_politics_guns.html", "stackexchange", "Seventeen people were shot dead", "civic_minded",
     "2018-02-16T08:30", ["2A_Dan", "nurse_ratched", "2A_Dan"]),
    ("se_travel.html", "stackexchange", "Planning two weeks in Mexico City", "wanderlust_jen",
     "2022-10-02T16:05", ["CDMX_local", "wanderlust_jen", "nervous_ned"]),
    ("phpbb_subsilver2_vets.html", "phpbb", "Our chapter is reading the names", "SkyTrooper67",
     "2017-11-08T20:11", ["Doc Haynes", "gold_star_sister", "SkyTrooper67"]),
    ("vb4_guns.html", "vbulletin", "Seventeen people were shot dead", "civic_minded",
     "2018-02-16T08:30", ["2A_Dan", "nurse_ratched", "2A_Dan"]),
    ("smf21_dday.html", "smf", "Watching the 75th anniversary coverage", "normandy_nut",
     "2019-06-06T09:14", ["Big Red One fan", "Tom_Caen", "normandy_nut"]),
    ("discourse3_covid.html", "discourse", "Official figures say 3,776 people have died", "Milano_Marco",
     "2020-03-23T21:46", ["stats_geek", "SkepticalSam", "Milano_Marco"]),
    ("ips_jsonld_travel.html", "invision", "Planning two weeks in Mexico City", "wanderlust_jen",
     "2022-10-02T16:05", ["CDMX_local", "nervous_ned", "wanderlust_jen"]),
    ("reddit_new_ww2.html", "reddit", "Most books put combined losses at Stalingrad", "Ostfront_Hist",
     "2012-01-15T14:22", ["krieg_reader", "Panzerlehr", "Ostfront_Hist"]),
]  # fmt: skip
IDS = [row[0].removesuffix(".html") for row in THREADS]


@pytest.mark.parametrize(("name", "platform", "opening", "author", "posted", "repliers"), THREADS, ids=IDS)
def test_the_opening_post_is_the_body_its_author_and_time_the_page_s(
    name: str, platform: str, opening: str, author: str, posted: str, repliers: list[str]
) -> None:
    page = _read(name)
    assert page.body.method == "forum"
    assert page.body.text.startswith(opening)
    assert page.meta.authors == [author]
    assert page.meta.published is not None
    assert page.meta.published.utc.strftime("%Y-%m-%dT%H:%M") == posted


@pytest.mark.parametrize(("name", "platform", "opening", "author", "posted", "repliers"), THREADS, ids=IDS)
def test_every_later_post_is_a_comment_of_its_author(
    name: str, platform: str, opening: str, author: str, posted: str, repliers: list[str]
) -> None:
    page = _read(name)
    assert page.comments.markup == platform
    assert [comment.author for comment in page.comments.comments] == repliers
    assert all(comment.posted_at is not None for comment in page.comments.comments)
    assert not any(comment.text in page.body.text for comment in page.comments.comments)


# Words of the thread that are no reader's own words in a reply: quotes of earlier posts (their
# attribution lines and their text), signatures, edit notes and profile blocks.
NOT_THEIR_WORDS = (" wrote:", " said:", "Originally Posted by", "Quote from:", "Click to expand", "Last edited",
                   "Edited ", "Joined", "Join Date", "Posts:", "Messages", "_____", "Lest we forget",
                   "Sources or it didn't happen", "Justice for the 96", "Welcome home, brothers", "Restate a casa",
                   "Vote in every election", "Molon labe", "42 countries and counting", "Doc - 2/503rd")  # fmt: skip


@pytest.mark.parametrize("name", [row[0] for row in THREADS], ids=IDS)
def test_a_reply_keeps_only_its_own_words(name: str) -> None:
    page = _read(name)
    texts = [page.body.text] + [comment.text for comment in page.comments.comments]
    assert not [(words, text) for text in texts for words in NOT_THEIR_WORDS if words in text]


@pytest.mark.parametrize(
    ("name", "reply", "answers"),
    [
        ("phpbb_prosilver_ww2.html", 2, 1),  # a reply quoting an earlier reply answers it
        ("xf1_travel.html", 2, 0),
        ("xf2_covid.html", 2, 1),
        ("smf20_vietnam.html", 2, 1),
        ("discourse2_dday.html", 2, 0),
        ("ips_vets.html", 2, 1),
        ("vb3_football.html", 2, 1),
        ("reddit_old_vietnam.html", 2, 1),  # a comment nested in another answers it
        ("se_politics_guns.html", 2, 1),  # a comment under an answer answers it
        ("se_travel.html", 1, 0),
        ("vb4_guns.html", 2, 1),
        ("smf21_dday.html", 2, 0),
        ("discourse3_covid.html", 2, 1),
        ("ips_jsonld_travel.html", 2, 0),
        ("reddit_new_ww2.html", 2, 1),
    ],
)
def test_replies_are_threaded_where_the_markup_says_whom_they_answer(name: str, reply: int, answers: int) -> None:
    comments = _read(name).comments.comments
    assert comments[reply].parent_id == comments[answers].id
    assert comments[reply].depth == 1


@pytest.mark.parametrize("name", ["phpbb_prosilver_ww2.html", "ips_vets.html", "discourse2_dday.html"])
def test_a_reply_quoting_the_opening_post_answers_the_thread(name: str) -> None:
    assert _read(name).comments.comments[0].parent_id is None


@pytest.mark.parametrize(
    ("name", "url", "further"),
    [
        ("phpbb_prosilver_ww2.html", "https://ww2historyforum.net/viewtopic.php?t=9123",
         "https://ww2historyforum.net/viewtopic.php?t=9123&start=15"),
        ("xf2_covid.html", "https://www.pandemicboard.net/threads/lombardy.3301/",
         "https://www.pandemicboard.net/threads/lombardy.3301/page-2"),
        ("smf20_vietnam.html", "https://www.namvets.org/forum/index.php?topic=4412.0",
         "https://www.namvets.org/forum/index.php?topic=4412.20"),
    ],
)  # fmt: skip
def test_the_thread_s_next_page_is_where_its_further_replies_are(name: str, url: str, further: str) -> None:
    assert _read(name, url).comments.next_pages == [further]


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("phpbb_prosilver_ww2.html", "https://ww2historyforum.net/viewtopic.php?t=9123&start=15"),
        ("xf2_covid.html", "https://www.pandemicboard.net/threads/lombardy.3301/page-2"),
        ("smf20_vietnam.html", "https://www.namvets.org/forum/index.php?topic=4412.20"),
        ("ips_vets.html", "https://www.skysoldiers.net/topic/4411-reunion/page/2/"),
        ("discourse2_dday.html", "https://forum.ww2talk.net/t/d-day/4411?page=3"),
    ],
)
def test_on_a_later_page_of_a_thread_every_post_is_a_reply(name: str, url: str) -> None:
    page = _read(name, url)
    assert page.body.paragraphs == []
    assert len(page.comments.comments) == 4


def _phpbb(first_post: str, *, profile: bool = True) -> str:
    """A phpBB 3.0 prosilver thread page (no <time> element) with the given first message."""
    profile_block = (
        '<dl class="postprofile" id="profile{n}"><dt><a href="./memberlist.php?u=5" class="username">{who}</a></dt>'
        "<dd><strong>Posts:</strong> 311</dd><dd><strong>Joined:</strong> Tue Mar 04, 2008 9:12 pm</dd></dl>"
    )
    posts = []
    for n, who, when, text in [
        (901, "harbour_master", "Sat May 08, 2010 2:14 pm", first_post),
        (902, "quay_side", "Sat May 08, 2010 3:40 pm", "The coastguard said 23 fishermen drowned that night."),
    ]:
        profile_html = profile_block.format(n=n, who=who) if profile else ""
        posts.append(
            f'<div id="p{n}" class="post bg2"><div class="inner">{profile_html}<div class="postbody">'
            f'<h3><a href="#p{n}">Re: The 1953 storm</a></h3><p class="author">by <strong>'
            f'<a href="./memberlist.php?u=5" class="username">{who}</a></strong> &raquo; {when}</p>'
            f'<div class="content">{text}</div></div></div></div>'
        )
    return (
        '<html><head><title>The 1953 storm - Coast History</title></head><body id="phpbb" class="section-viewtopic">'
        '<h2 class="topic-title">The 1953 storm</h2>' + "".join(posts) + "</body></html>"
    )


def test_the_joined_line_of_a_profile_never_dates_the_page() -> None:
    page = _inline(_phpbb("The flood of 1953 killed 307 people in England alone."))
    assert page.meta.published is not None
    assert page.meta.published.local.strftime("%Y-%m-%d %H:%M") == "2010-05-08 14:14"
    assert page.body.text == "The flood of 1953 killed 307 people in England alone."
    assert [c.text for c in page.comments.comments] == ["The coastguard said 23 fishermen drowned that night."]


def test_an_opening_post_without_words_leaves_the_page_without_a_body_and_the_replies_comments() -> None:
    page = _inline(_phpbb('<img src="./files/storm.jpg" alt="">'))
    assert (page.body.method, page.body.paragraphs) == ("forum", [])
    assert [c.author for c in page.comments.comments] == ["quay_side"]


def test_a_reddit_link_post_has_no_text_of_its_own_and_its_comments_are_read() -> None:
    markup = (FORUMS / "reddit_old_vietnam.html").read_text()
    link_post = re.sub(r'<div class="expando ".*?</form></div>', "", markup, count=1, flags=re.DOTALL)
    page = _inline(link_post, "https://old.reddit.com/r/AskHistorians/comments/g9xk2a/vietnam/")
    assert page.body.paragraphs == []
    assert [c.author for c in page.comments.comments] == ["tunnel_rat_jim", "Hue_68", "WallVisitor"]


def test_a_blog_with_phpbb_like_class_names_but_no_post_profiles_is_no_thread() -> None:
    page = _inline(_phpbb("The flood of 1953 killed 307 people in England alone.", profile=False))
    assert page.body.method != "forum"
    assert page.comments.markup != "phpbb"


VBULLETIN5 = """<html><head><meta name="generator" content="vBulletin 5.6.9"><title>Gallipoli dawn service</title></head>
<body id="vb-page-body"><ul class="conversation-list">
<li class="b-post js-post b-post--first" data-node-id="88101"><div class="b-userinfo__details">
  <div class="author h-text-size--14"><a href="/member/41-anzac_ann">anzac_ann</a></div>
  <div class="b-userinfo__additional-info">Join Date: Apr 2011</div></div>
  <div class="b-post__timestamp"><time itemprop="dateCreated" datetime="2015-04-25T05:30:00">04-25-2015, 05:30 AM</time></div>
  <div class="js-post__content-text restore h-wordwrap" itemprop="text">A hundred years since the landing. Over 8,700 Australians died at Gallipoli.</div></li>
<li class="b-post js-post" data-node-id="88102"><div class="b-userinfo__details">
  <div class="author h-text-size--14"><a href="/member/77-kiwi_pete">kiwi_pete</a></div></div>
  <div class="b-post__timestamp"><time itemprop="dateCreated" datetime="2015-04-25T06:02:00">04-25-2015, 06:02 AM</time></div>
  <div class="js-post__content-text restore h-wordwrap" itemprop="text"><div class="bbcode_container"><div class="bbcode_quote">
  Originally Posted by anzac_ann: Over 8,700 Australians died</div></div>And nearly 2,800 New Zealanders.</div></li>
</ul></body></html>"""


def test_a_vbulletin_5_thread() -> None:
    page = _inline(VBULLETIN5, "https://forums.example.com.au/forum/history/88101-gallipoli")
    assert page.body.text == "A hundred years since the landing. Over 8,700 Australians died at Gallipoli."
    assert page.meta.published is not None and page.meta.published.local.isoformat().startswith("2015-04-25T05:30")
    assert [(c.author, c.text) for c in page.comments.comments] == [("kiwi_pete", "And nearly 2,800 New Zealanders.")]


def test_a_news_page_with_a_comment_widget_is_no_thread() -> None:
    page = """<html><head><title>Ferry capsizes off Cebu</title></head><body><article class="post" id="post-5512">
    <div class="entry-content postbody"><p>At least 31 people drowned when a ferry capsized off Cebu on Tuesday.</p></div>
    </article><div id="disqus_thread"></div><script>var disqus_shortname = 'islandnews';</script></body></html>"""
    section = from_markup(page, "https://islandnews.example.ph/2023/07/ferry-capsizes/")
    assert section.markup == "widget"
    assert section.comments == []


def test_figures_in_replies_are_the_readers_claims_not_the_page_s() -> None:
    page = _read("phpbb_prosilver_ww2.html")
    comments = [(c.id, c.text, None) for c in page.comments.comments]
    extraction = extract_article(page.body.text, None, "en", comments, "Was Stalingrad the bloodiest battle of WWII?")
    body_counts = {tally.count for tally in extraction.body.tallies}
    reply_counts = {tally.count for found in extraction.comments.values() for tally in found.tallies}
    assert 81_000 in reply_counts and 81_000 not in body_counts  # "Berlin cost the Red Army 81,000 dead"
    assert 1_000_000 not in body_counts  # "Napoleon killed a million men" is a reader's
