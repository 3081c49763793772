"""Pages whose first bytes or whose <title> trip a parser: XML declarations (XHTML), byte-order
marks that contradict the page's own charset, XHTML served as application/xhtml+xml, titles that
took in markup.  Each is read whole: title, body and comments."""

from __future__ import annotations

import gc
from datetime import UTC, datetime

import pytest

from crawler.understand.html import clean_text, parse_page
from crawler.understand.jsonld_objects import jsonld_objects
from crawler.understand.metadata.meta_tags import TITLE_MAX, meta_tags, plain_title
from crawler.understand.pages import ArticleReading, Download, read_download

URL = "http://www.example-gazette.org/news/2012/08/market-attack.html"
TITLE = "Market attack kills twelve in Douma"
PARAGRAPHS = (
    "Twelve people were killed and dozens wounded when shells hit the crowded vegetable market in Douma on Thursday morning, residents said.",
    "The local council said rescue crews were still searching the rubble of two shops late in the afternoon, and that the toll could rise.",
    "Clinics in the town, already short of supplies after months of fighting, asked neighbouring districts for blood and bandages.",
)


def _xhtml(declaration: str = '<?xml version="1.0" encoding="utf-8"?>', meta: str = "", extra: str = "") -> str:
    """An XHTML 1.0 Strict article page of a WordPress-era blog: self-closing tags throughout."""
    paragraphs = "".join(f"<p>{p}</p>\n" for p in PARAGRAPHS)
    return (
        f"{declaration}\n"
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">\n<head>\n'
        f"{meta}\n"
        '<script type="text/javascript" src="/wp-includes/js/jquery.js" />\n'
        f"<title>{TITLE} | Example Gazette</title>\n"
        f'<link rel="canonical" href="{URL}" />\n'
        '<meta property="article:published_time" content="2012-08-09T10:00:00+03:00" />\n'
        "</head>\n<body>\n"
        '<div id="header"><a name="top" /><a href="/"><img src="/logo.png" alt="Example Gazette" /></a></div>\n'
        f'<div id="content"><div class="post"><h1 class="entry-title">{TITLE}</h1>\n'
        f'<div class="entry-content">\n{paragraphs}{extra}</div></div>\n'
        '<div id="comments"><h3>2 Responses</h3><ol class="commentlist">\n'
        '<li class="comment" id="comment-41"><div class="comment-author vcard"><cite class="fn">Samir</cite></div>'
        '<div class="comment-meta"><a href="#comment-41">August 9, 2012 at 10:12 am</a></div><p>This is terrible news for Douma.</p></li>\n'
        '<li class="comment" id="comment-42"><div class="comment-author vcard"><cite class="fn">Ana</cite></div>'
        '<div class="comment-meta"><a href="#comment-42">August 9, 2012 at 11:40 am</a></div><p>My thoughts are with the families.<br />Again.</p></li>\n'
        "</ol></div></div>\n</body>\n</html>\n"
    )


def _read(body: bytes, content_type: str | None = None) -> ArticleReading:
    reading = read_download(Download(body, URL, content_type, datetime(2012, 8, 10, tzinfo=UTC), None, "article"))
    assert isinstance(reading, ArticleReading)
    return reading


def _assert_whole(reading: ArticleReading, title: str = TITLE, first: str = PARAGRAPHS[0]) -> None:
    article = reading.article
    assert article.meta.title == title
    assert article.body.text.startswith(first)
    assert [c.author for c in article.comments.comments] == ["Samir", "Ana"]
    assert str(article.meta.published.local.date()) == "2012-08-09"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "before",
    ["", "\n\n", "\x00", "\x00\x00\r\n", "\ufeff", " \t"],
    ids=["first", "blank-lines", "nul", "nuls-and-newline", "second-bom", "spaces"],
)
def test_a_page_that_opens_with_an_xml_declaration_is_read_whole(before: str) -> None:
    """lxml refuses a decoded string that opens with an encoding declaration; whatever stands
    before the declaration (NUL bytes, a second BOM, blank lines) it is dropped."""
    _assert_whole(_read((before + _xhtml()).encode("utf-8")))


def test_an_unclosed_xml_declaration_is_dropped() -> None:
    _assert_whole(_read(_xhtml(declaration='<?xml version="1.0" encoding="UTF-8" >').encode("utf-8")))


def test_an_xml_stylesheet_instruction_is_not_taken_for_the_declaration() -> None:
    page = _xhtml(declaration='<?xml version="1.0" encoding="utf-8"?><?xml-stylesheet type="text/xsl" href="/feed.xsl"?>')
    _assert_whole(_read(page.encode("utf-8")))


@pytest.mark.parametrize("content_type", ["application/xhtml+xml", "application/xhtml+xml; charset=ISO-8859-1", None])
def test_xhtml_in_a_legacy_encoding_named_by_its_xml_declaration(content_type: str | None) -> None:
    """XHTML served as application/xhtml+xml, its encoding named only by the XML declaration."""
    accented = "Les habitants de Douma ont déclaré que l’école était fermée."
    page = _xhtml(declaration='<?xml version="1.0" encoding="iso-8859-1"?>', extra=f"<p>{accented.replace('’', '&#8217;')}</p>")
    reading = _read(page.encode("iso-8859-1"), content_type)
    _assert_whole(reading)
    assert accented in reading.article.body.text


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")],
)
@pytest.mark.parametrize(
    "declared",
    ['<meta charset="windows-1252" />', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256" />'],
)
def test_a_byte_order_mark_wins_over_a_contradicting_charset(bom: bytes, encoding: str, declared: str) -> None:
    """As in browsers: a page saved as UTF-8 or UTF-16 from a template that still says
    windows-1252 (or a server header that says ISO-8859-1) is read in the BOM's encoding."""
    title = "Douma: «Zwölf Tote» — مقتل ١٢ شخصا"
    page = _xhtml(declaration="", meta=declared).replace(TITLE, title)
    page = page.replace(PARAGRAPHS[0], PARAGRAPHS[0] + " Über zwölf Menschen — قتلى")
    reading = _read(bom + page.encode(encoding), "text/html; charset=ISO-8859-1")
    _assert_whole(reading, title=title)
    assert "Über zwölf Menschen — قتلى" in reading.article.body.text


def test_a_utf8_page_with_a_bom_and_an_xml_declaration_naming_another_encoding() -> None:
    page = _xhtml(declaration='<?xml version="1.0" encoding="windows-1252"?>').replace(TITLE, "Douma’s market: twelve killed")
    _assert_whole(_read(b"\xef\xbb\xbf" + page.encode("utf-8"), "application/xhtml+xml"), title="Douma’s market: twelve killed")


# --- titles: plain text, a line long


def _table_layout(head: str) -> str:
    """An old table-layout news page (one <h1>-less template of the 2000s), with ``head``."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<html><head>{head}<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<link rel="stylesheet" href="/style.css"></head>'
        '<body bgcolor="#ffffff"><table width="780" cellpadding="0" cellspacing="0" border="0">'
        '<tr><td colspan="2"><img src="/banner.gif" width="780" height="90"></td></tr>'
        '<tr><td width="160" valign="top" class="nav"><a href="/">Home</a><br><a href="/news/">News</a><br><a href="/world/">World</a></td>'
        f'<td width="620" valign="top"><font size="5"><b>{TITLE}</b></font><br><font size="2">Thursday, August 9, 2012</font>'
        f'<div class="story">{paragraphs}</div></td></tr>'
        '<tr><td colspan="2" align="center"><font size="1">Copyright 2012 Example Gazette</font></td></tr></table></body></html>'
    )


def test_an_unclosed_title_does_not_take_in_the_page() -> None:
    """An unclosed <title> reads to the end of the document: the 'title' was kilobytes of the
    page's markup, and the page had no body.  It ends where the markup begins."""
    page = parse_page(_table_layout(f"<title>{TITLE} - Example Gazette").encode("utf-8"), URL)
    reading = _read(_table_layout(f"<title>{TITLE} - Example Gazette").encode("utf-8"))
    assert reading.article.meta.title == TITLE
    assert PARAGRAPHS[1] in reading.article.body.text
    assert page.tree.findtext(".//title") == f"{TITLE} - Example Gazette"


def test_a_title_closed_late_keeps_only_its_text() -> None:
    page = _table_layout(f'<title>{TITLE}<meta name="keywords" content="douma, market"></title>')
    assert _read(page.encode("utf-8")).article.meta.title == TITLE


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (f'<meta property="og:title" content="&lt;b&gt;{TITLE}&lt;/b&gt;"><title>x</title>', TITLE),
        (f"<title>{TITLE.replace('twelve', '<em>twelve</em>')}</title>", TITLE),
        (f'<meta property="og:title" content="{"Douma " * 80}"><title>{TITLE}</title>', TITLE),
        (f'<meta property="og:title" content="&lt;div class=&quot;t&quot;&gt;"><title>{TITLE}</title>', TITLE),
    ],
    ids=["escaped-tags-in-og-title", "inline-tags-in-title", "paragraph-long-og-title", "og-title-of-markup-only"],
)
def test_a_title_is_plain_text_a_line_long(head: str, title: str) -> None:
    assert _read(_table_layout(head).encode("utf-8")).article.meta.title == title


def test_a_title_with_no_shorter_candidate_is_shortened_at_a_word() -> None:
    long = " ".join(["Douma"] * 120)
    found = _read(_table_layout(f"<title>{long}</title>").encode("utf-8")).article.meta.title
    assert found is not None and len(found) <= TITLE_MAX and found.endswith("Douma…")


@pytest.mark.parametrize(
    ("given", "plain"),
    [
        ("Casualties < 5 and > 3 in the north", "Casualties < 5 and > 3 in the north"),
        ("Line<br>two", "Line two"),
        ("<!-- headline -->Twelve killed", "Twelve killed"),
        ("Twelve killed</title></head><body><table>", "Twelve killed"),
        ("<p>", None),
        (None, None),
    ],
)
def test_plain_title(given: str | None, plain: str | None) -> None:
    assert plain_title(given) == plain


def test_a_utf16_page_that_opens_with_a_nul_is_not_read_as_utf32() -> None:
    """FF FE 00 00 is UTF-32LE's mark, and UTF-16LE's before a NUL: the bytes that decode win."""
    page = "\x00" + _xhtml()
    _assert_whole(_read(page.encode("utf-16")))
    assert parse_page("<p>UTF-32 still</p>".encode("utf-32"), URL).encoding == "utf-32-le"


@pytest.mark.parametrize(
    ("encoding", "header"),
    [("utf-16-le", "text/html; charset=UTF-16BE"), ("utf-16-be", "text/html; charset=UTF-16LE"), ("utf-16-be", "text/html; charset=utf-16")],
    ids=["le-labelled-be", "be-labelled-le", "be-labelled-unordered"],
)
def test_the_bytes_of_a_utf16_page_decide_its_byte_order_over_its_label(encoding: str, header: str) -> None:
    """Servers label UTF-16 pages of either byte order with any UTF-16 label; the NUL bytes say which."""
    body = _xhtml().encode(encoding)
    assert parse_page(body, URL, content_type=header).encoding == encoding
    _assert_whole(_read(body, header))


def test_a_parsed_page_has_lxml_html_element_classes() -> None:
    """A page with a search form, a comment and a processing instruction gets lxml.html's own
    classes for each (the form and its fields theirs), as lxml.html's parser gives them."""
    import lxml.html

    markup = (
        "<html><head><title>Search</title></head><body><!-- sidebar --><?php echo 1 ?>"
        '<FORM action="/search"><LABEL for="q">Search</LABEL><INPUT id="q" name="q">'
        "<SELECT name=s><option>All</option></SELECT><TEXTAREA>x</TEXTAREA></FORM><p>Text</p></body></html>"
    )
    ours = parse_page(markup, URL).tree
    theirs = lxml.html.document_fromstring(markup)
    assert [type(node) for node in ours.iter()] == [type(node) for node in theirs.iter()]
    assert isinstance(ours.find(".//form"), lxml.html.FormElement)
    assert ours.find(".//input").name == "q"


def test_control_characters_go_and_c1_controls_read_as_windows_1252() -> None:
    """An old CMS page whose numeric references name C1 controls (&#150; for a dash, &#146; for
    an apostrophe) beside stray NUL, form-feed, DEL and noncharacter bytes: the dash and the
    apostrophe stay, the rest goes, and tabs and line breaks are kept."""
    text = "Douma\x96the market\x0c\x00 \x92s stalls\x7f\ufffe\r\n\tshelled\x81"
    assert clean_text(text) == "Douma\u2013the market \u2019s stalls\r\n\tshelled"


def test_a_page_read_twice_is_read_from_its_own_tree() -> None:
    """The readers of a page share what is read once per tree (its JSON-LD, its meta tags); the
    next page, even one whose tree takes the place in memory of the last one, is read anew."""
    first = parse_page(_jsonld_page("Market attack kills twelve"), URL)
    objects = jsonld_objects(first.tree)
    assert jsonld_objects(first.tree) is objects
    assert meta_tags(first.tree) is meta_tags(first.tree)
    del first, objects
    gc.collect()
    second = parse_page(_jsonld_page("Shelling resumes in Douma"), URL)
    assert [obj["headline"] for obj in jsonld_objects(second.tree)] == ["Shelling resumes in Douma"]
    assert meta_tags(second.tree).first("og:title") == "Shelling resumes in Douma"


def _jsonld_page(headline: str) -> str:
    return (
        f'<html><head><meta property="og:title" content="{headline}">'
        '<script type="application/ld+json">'
        f'{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{headline}"}}'
        f"</script></head><body><h1>{headline}</h1><p>{PARAGRAPHS[0]}</p></body></html>"
    )
