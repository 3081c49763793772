"""Property-based tests: whatever bytes a server sends, page understanding returns, never raises.

Pages are the fixture pages mangled as the web mangles them: cut short, stray and unclosed tags
spliced in, spans deleted, NUL bytes, declarations that contradict each other, re-encoded in
another encoding.  The examples are drawn deterministically (``derandomize``): the same quick run
every time."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.understand.comments import parse_wp_rest_comments
from crawler.understand.dates.parsing import find_dates, parse_datetime, read_datetime
from crawler.understand.encoding import decode_html, not_text
from crawler.understand.html import UnreadablePage, clean_text, parse_page
from crawler.understand.metadata.meta_tags import TITLE_MAX, plain_title
from crawler.understand.page_records import CommentSection
from crawler.understand.pages import ArticleReading, Download, PagePurpose, read_download

PAGES = sorted((Path(__file__).parents[1] / "fixtures" / "pages").glob("*.html"))
FETCHED = datetime(2024, 5, 8, 12, 0, tzinfo=UTC)

PROPERTIES = settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# What gets spliced into pages: unclosed and stray markup, elements whose content is read raw,
# declarations, entities no character has, comment and date markup with odd values.
SPLICES = (
    "<div>", "</div>", "</p>", "<p>", "<table><tr><td>", "</td></tr></table>", "<title>", "</title>", "<h1>", "</h1>",
    "<!--", "-->", "<![CDATA[", "]]>", "<script>", "</script>", "<style>", "<textarea>", "<plaintext>", "<xmp>",
    '<?xml version="1.0" encoding="utf-16"?>', "<?php echo $x; ?>", "<!DOCTYPE html>", '<meta charset="utf-16">',
    '<meta charset="x-unknown-charset">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">',
    "\x00", "\x00\x00\x00", "\ufeff", "\r", "&#0;", "&#xD800;", "&#x110000;", "&nbsp", "&", "<", ">", "<br/>",
    '<a href="javascript:alert(1)">', '<a href="http://[::1">', '<base href="::::">', '<link rel="canonical" href="//">',
    '<time datetime="2024-13-45T99:99">', '<time datetime="">', '<meta property="article:published_time" content="0000-00-00">',
    '<meta property="og:title" content="<b>x</b>">', '<meta property="og:url" content="http://%zz">',
    '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"99999-01-01","author":[null,{}]',
    '<script type="application/ld+json">[{"@graph":[{"@id":"#a","author":{"@id":"#a"}}]}]</script>',
    '<ol class="commentlist">', '<li class="comment" id="comment-">', '<li class="comment" id="comment-1">',
    '<div class="comment-body"><cite class="fn">', '<span class="comment-date">3 days ago</span>',
    '<abbr class="published" title="9999-99-99">', "<html lang='zz-ZZ'>", '<html lang="">', "<body>", "</html>",
    "١٢ قتيلا", "۱۴۰۳/۰۲/۱۸", "May 7, 2024", "7/5/24", "Posted on 31 February 2024 at 25:61",
)
ENCODINGS = ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "cp1256", "cp1252", "latin-1", "utf-32")
CONTENT_TYPES = (
    None, "text/html", "text/html; charset=utf-8", "text/html; charset=ISO-8859-1", "text/html; charset=utf-16",
    "application/xhtml+xml", "text/html; charset=bogus", "text/plain", "",
)


@st.composite
def mangled_pages(draw: st.DrawFn) -> tuple[bytes, str | None]:
    text = PAGES[draw(st.integers(0, len(PAGES) - 1))].read_bytes().decode("utf-8", "replace")
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["splice", "splice", "cut", "delete", "text"]))
        if action == "splice":
            text = text[:at] + draw(st.sampled_from(SPLICES)) + text[at:]
        elif action == "cut":
            text = text[:at]
        elif action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 2000)) :]
        else:
            text = text[:at] + draw(st.text(max_size=40)) + text[at:]
    data = text.encode(draw(st.sampled_from(ENCODINGS)), "replace")
    if draw(st.booleans()):
        data = draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00", b"\xff\xfe\x00\x00", b" \n"])) + data
    if draw(st.integers(0, 4)) == 0:  # a few stray bytes anywhere
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=16)) + data[at:]
    return data, draw(st.sampled_from(CONTENT_TYPES))


_TAGS = ("div", "li", "ol", "ul", "article", "section", "p", "span", "a", "time", "cite", "h1", "h2", "h3", "table", "tr",
         "td", "dl", "dt", "dd", "blockquote", "footer", "header", "img", "br", "abbr", "b", "font", "form", "textarea")
_CLASSES = ("comment", "comment-body", "comment-content", "comment-author", "comment-meta", "commentlist", "comment-list",
            "children", "reply", "fn", "vcard", "says", "depth-2", "odd", "bypostauthor", "entry-content", "entry-title",
            "post", "byline", "author", "date", "published", "updated", "posted-on", "comments-area", "comment-text",
            "message", "user", "avatar", "thread", "post-body", "article-body", "story", "content", "sidebar", "nav")
_IDS = ("comment-1", "comment-2", "comment-1", "li-comment-3", "div-comment-4", "comments", "respond", "main", "content",
        "Comments", "c5", "post-9", "")
_WORDS = ("Twelve", "people", "were", "killed", "on", "Monday", "said", "Reply", "Ahmed", "says:", "May 7, 2024 at 9:30 am",
          "3 days ago", "2024-05-07T09:30:00+03:00", "۱۴۰۳/۰۲/۱۸", "Posted by", "admin", "Log in to reply", "\x00", "", " ")
_ATTRIBUTE = st.one_of(
    st.tuples(st.just("class"), st.lists(st.sampled_from(_CLASSES), min_size=1, max_size=3).map(" ".join)),
    st.tuples(st.just("id"), st.sampled_from(_IDS)),
    st.tuples(st.sampled_from(["datetime", "title", "href", "itemprop", "data-id", "data-parent", "content", "lang"]),
              st.sampled_from(["2024-05-07", "", "comment", "#comment-1", "text", "datePublished", "author", "1", "x", "ar"])),
)


def _element(tag: str, attributes: list[tuple[str, str]], children: list[str]) -> str:
    attrs = "".join(f' {name}="{value}"' for name, value in attributes)
    return f"<{tag}{attrs}>{''.join(children)}</{tag}>"


_NODES = st.recursive(
    st.sampled_from(_WORDS),
    lambda inner: st.builds(_element, st.sampled_from(_TAGS), st.lists(_ATTRIBUTE, max_size=3), st.lists(inner, max_size=5)),
    max_leaves=40,
)
tag_soup = st.lists(_NODES, min_size=1, max_size=4).map(
    lambda nodes: f"<html><head><title>Twelve killed</title></head><body>{''.join(nodes)}</body></html>".encode()
)


def _read(body: bytes, content_type: str | None, purpose: PagePurpose) -> ArticleReading | CommentSection | None:
    """What reading a download gives; None for a page nested beyond what the parser reads (the
    one refusal ``parse_page`` makes, recorded as such by the crawl)."""
    try:
        return read_download(Download(body, "https://news.example/2024/05/story/", content_type, FETCHED, "Asia/Tehran", purpose))
    except UnreadablePage:
        return None


@PROPERTIES
@given(page=mangled_pages())
def test_a_mangled_article_page_is_read_without_raising(page: tuple[bytes, str | None]) -> None:
    reading = _read(*page, "article")
    if reading is None:
        return
    assert isinstance(reading, ArticleReading)
    article = reading.article
    title = article.meta.title
    assert title is None or (len(title) <= TITLE_MAX and plain_title(title) == title)
    for text in (article.body.text, *(c.text for c in article.comments.comments)):
        assert clean_text(text) == text
    ids = [c.id for c in article.comments.comments]
    assert len(ids) == len(set(ids))  # every comment found can be stored


@PROPERTIES
@given(body=tag_soup, content_type=st.sampled_from(CONTENT_TYPES))
def test_tag_soup_of_comment_and_article_markup_is_read_without_raising(body: bytes, content_type: str | None) -> None:
    reading = _read(body, content_type, "article")
    assert isinstance(reading, ArticleReading)
    ids = [c.id for c in reading.article.comments.comments]
    assert len(ids) == len(set(ids))


@PROPERTIES
@given(page=mangled_pages())
def test_a_mangled_comment_page_is_read_without_raising(page: tuple[bytes, str | None]) -> None:
    section = _read(*page, "comment-page")
    assert section is None or isinstance(section, CommentSection)


@PROPERTIES
@given(body=st.one_of(st.binary(max_size=2000), st.text(max_size=500).map(lambda t: t.encode("utf-8"))),
       content_type=st.sampled_from(CONTENT_TYPES))
def test_any_bytes_decode_and_parse(body: bytes, content_type: str | None) -> None:
    not_text(body)
    encoding, text = decode_html(body, content_type)
    assert isinstance(text, str) and encoding
    try:
        parse_page(body, "https://news.example/a", content_type)
    except UnreadablePage:
        pass


_DATEISH = st.lists(
    st.sampled_from(["2024", "05", "7", "May", "Mai", "مايو", "اردیبهشت", "۱۴۰۳", "١٢", "-", "/", ".", ":", "T", "Z", "+03:00",
                     "at", "pm", "ago", "days", "3", "yesterday", "31", "February", "99999", "0000", "25:61", " ", ",", "\x00"]),
    max_size=14,
).map("".join)


@PROPERTIES
@given(text=st.one_of(_DATEISH, st.text(max_size=120)), tz=st.sampled_from([None, "Asia/Tehran", "UTC", "America/New_York"]),
       languages=st.sampled_from([None, ["en"], ["ar"], ["fa"], ["en-GB", "fr"], ["zz"]]))
def test_dates_never_raise(text: str, tz: str | None, languages: list[str] | None) -> None:
    list(find_dates(text, tz=tz, languages=languages))
    read_datetime(text, tz=tz, languages=languages)
    parse_datetime(text, tz=tz, base=FETCHED, languages=languages)


_JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30)),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)),
    max_leaves=12,
)
_REST_COMMENT = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.integers(), st.text(max_size=5), st.none()),
        "parent": st.one_of(st.integers(), st.text(max_size=5), st.none()),
        "author_name": st.one_of(st.text(max_size=20), st.none(), st.integers()),
        "author_url": st.one_of(st.text(max_size=20), st.none()),
        "date_gmt": st.one_of(_DATEISH, st.none(), st.integers()),
        "date": st.one_of(_DATEISH, st.none()),
        "content": st.one_of(st.fixed_dictionaries({"rendered": st.one_of(st.text(max_size=60), st.none(), _JSON_VALUES)}), _JSON_VALUES),
        "type": st.one_of(st.sampled_from(["comment", "pingback", ""]), _JSON_VALUES),
        "status": st.sampled_from(["approved", "hold"]),
    },
)


@PROPERTIES
@given(payload=st.one_of(st.lists(st.one_of(_REST_COMMENT, _JSON_VALUES), max_size=5).map(json.dumps),
                         _JSON_VALUES.map(json.dumps), st.text(max_size=100)))
def test_wordpress_rest_answers_never_raise(payload: str) -> None:
    parse_wp_rest_comments(payload, "https://news.example/2024/05/story/", "Asia/Tehran")
    parse_wp_rest_comments(payload.encode("utf-8", "surrogatepass"), "https://news.example/2024/05/story/")
