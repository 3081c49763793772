"""The hostile server's routes: each hostile input with the outcome a crawl must give it."""

from __future__ import annotations

import json
from dataclasses import dataclass

from tests.hostile import corpus
from tests.hostile.corpus import ARABIC_PARAGRAPHS, ARABIC_TITLE, PERSIAN_PARAGRAPHS, PERSIAN_TITLE, Remark
from tests.hostile.server import HTML, Answer, Route

BIG = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Outcome:
    """``kind`` None: stored, with ``title``; else refused, ``fetches.error_kind`` says ``kind``."""

    kind: str | None = None
    title: str | None = None
    comments: int | None = None
    at: str | None = None  # where the refusal is logged, when not at the path itself (a redirect's end)


def _page(slug: str, **kwargs: object) -> bytes:
    return corpus.article_page(slug=slug, **kwargs).encode("utf-8")  # type: ignore[arg-type]


def _with_controls() -> bytes:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Rockets hit\u0000 the market\u001b[2J",
            "datePublished": "2024-05-07T09:30:00+03:00", "author": {"@type": "Person", "name": "Nadia\u0007 Haddad"}}
    page = corpus.article_page(
        slug="controls", head_extra=f'<script type="application/ld+json">{json.dumps(data)}</script>',
        thread=[Remark(701, None, "Ra\x00mi", "Sad\x00 news\x1b[31m from the\x0b market.")],
    )  # fmt: skip
    return page.replace("At least 14", "At\x00 least\x01 14").encode("utf-8")


def _mixed() -> bytes:
    thread = [Remark(801, None, "Hamid", "", raw_html="<p>STRAY</p>"), *corpus.remarks()]
    page = _page("mixed", title=ARABIC_TITLE, paragraphs=ARABIC_PARAGRAPHS, lang="ar", thread=thread)
    return page.replace(b"STRAY", PERSIAN_PARAGRAPHS[1].encode("cp1256"))


def _xhtml(slug: str) -> bytes:
    """XHTML served as application/xhtml+xml, its XML declaration after a stray NUL byte, its
    encoding (ISO-8859-1, with character references beyond it) named by the declaration alone."""
    page = corpus.article_page(slug=slug, charset=None).replace("<!DOCTYPE html><html", '<html xmlns="http://www.w3.org/1999/xhtml"')
    return b'\x00<?xml version="1.0" encoding="iso-8859-1"?>\n' + page.encode("iso-8859-1", "xmlcharrefreplace")


def _unclosed_title() -> bytes:
    """A <title> never closed: read to the end of the document, it took in the whole page."""
    return _page("unclosed-title").replace(b"</title>", b"", 1)


def _redirect(location: str, status: int = 302) -> Answer:
    return Answer(b"", status=status, headers={"Location": location, "Content-Type": HTML})


def hostile_routes() -> tuple[dict[str, Route], dict[str, Outcome]]:
    """Routes for HostileServer, and what ``casualties fetch`` must make of each path."""
    def persian(slug: str) -> str:
        return corpus.article_page(slug=slug, title=PERSIAN_TITLE, paragraphs=PERSIAN_PARAGRAPHS, lang="fa", charset=None)

    routes: dict[str, Route] = {
        "/robots.txt": Answer(b"User-agent: *\nDisallow: /private/\n", headers={"Content-Type": "text/plain"}),
        # Stored, and stored right.
        "/windows-1256-undeclared/": Answer(persian("cp1256-undeclared").encode("cp1256"), headers={"Content-Type": "text/html"}),
        "/windows-1256-header-lies/": Answer(
            persian("cp1256-header-lies").replace("<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">').encode("cp1256")
        ),  # the header says UTF-8
        "/utf-16/": Answer(persian("utf-16").encode("utf-16"), headers={"Content-Type": "text/html"}),
        "/utf-16le-no-bom/": Answer(persian("utf-16le").encode("utf-16-le"), headers={"Content-Type": "text/html; charset=UTF-16LE"}),
        "/mixed-encodings/": Answer(_mixed()),
        "/xhtml/": Answer(_xhtml("xhtml"), headers={"Content-Type": "application/xhtml+xml"}),
        "/unclosed-title/": Answer(_unclosed_title()),
        "/persian-digits/": Answer(
            corpus.article_page(slug="persian-digits", title=PERSIAN_TITLE, paragraphs=PERSIAN_PARAGRAPHS, lang="fa", published=None)
            .replace('<span class="byline">', '<span class="posted-on">تاریخ انتشار: ۱۴۰۳/۰۲/۱۸ - ۰۹:۳۰</span> <span class="byline">')
            .encode("utf-8")
        ),  # 18 Ordibehesht 1403: 7 May 2024
        "/truncated/": Answer(_page("truncated")[:-900]),
        "/malformed/": Answer(
            _page("malformed").replace(b"</p>", b"</span></b>", 2).replace(b"</article>", b"</div></div>").replace(b"<li ", b"<li <li ", 1)
        ),
        "/no-date/": Answer(_page("no-date", published=None)),
        "/future-date/": Answer(_page("future-date", published="2031-01-01T09:00:00+03:00")),
        "/script-injection/": Answer(_page("script-injection", thread=[
            Remark(901, None, "Mallory", "Nice try <script>alert(document.cookie)</script> <img src=x onerror=alert(1)>"),
            Remark(902, None, "Trudy", "", raw_html='<p>Got through: <script>fetch("/steal")</script><b onclick="x()">bold</b> words.</p>'),
        ])),  # fmt: skip
        "/control-characters/": Answer(_with_controls()),
        "/reply-chain/": Answer(_page("reply-chain", thread=corpus.reply_chain(1000))),
        "/busy-then-ok/": lambda asked: (
            Answer(b"busy", status=503, headers={"Retry-After": "1", "Content-Type": HTML}) if asked == 0 else Answer(_page("busy"))
        ),
        "/gzipped/": Answer(corpus.gzipped(_page("gzipped")), headers={"Content-Type": HTML, "Content-Encoding": "gzip"}),
        "/trickled/": Answer(_page("trickled"), trickle=0.02, trickle_bytes=800),
        "/cookie-check/": lambda asked: _redirect("/cookie-check/") if asked == 0 else Answer(_page("cookie-check")),
        # Refused, with the reason recorded.
        "/png-as-html/": Answer(corpus.png()),
        "/binary-as-html/": Answer(corpus.noise()),
        "/empty/": Answer(b""),
        "/gzip-bomb/": Answer(corpus.gzip_bomb(64 * 1024 * 1024), headers={"Content-Type": HTML, "Content-Encoding": "gzip"}),
        "/gzip-cut/": Answer(corpus.gzipped(_page("gzip-cut"))[:700], headers={"Content-Type": HTML, "Content-Encoding": "gzip"}),
        "/gzip-lie/": Answer(_page("gzip-lie"), headers={"Content-Type": HTML, "Content-Encoding": "gzip"}),
        "/fifty-megabytes/": Answer(lambda: corpus.huge_page(BIG), length=None),
        "/fifty-megabytes-declared/": Answer(lambda: corpus.huge_page(BIG)),
        "/cut-short/": Answer(_page("cut-short")[:1500], length=len(_page("cut-short"))),
        "/stalls-mid-body/": Answer(_page("stalls"), stall_after=1200),
        "/drips-past-the-timeout/": Answer(_page("drips"), trickle=0.5, trickle_bytes=200),  # never stalls, never ends
        "/loop-a/": _redirect("/loop-b/", 301),
        "/loop-b/": _redirect("/loop-a/"),
        **{f"/hop/{n}/": _redirect(f"/hop/{n + 1}/") for n in range(12)},
        "/to-local-file/": _redirect("file:///etc/passwd"),
        "/to-data-url/": _redirect("data:text/html,<h1>Injected</h1>"),
        "/not-found/": Answer(b"<h1>Not Found</h1>", status=404),
        "/gone/": Answer(b"<h1>Gone</h1>", status=410),
        "/server-error/": Answer(b"<h1>Error</h1>", status=500),
        "/busy-for-an-hour/": Answer(b"busy", status=503, headers={"Retry-After": "3600", "Content-Type": HTML}),
        "/nested-too-deep/": Answer(_page("deep").replace(b"<p>At least", b"<div>" * 3000 + b"</div>" * 3000 + b"<p>At least")),
        "/private/briefing/": Answer(_page("briefing")),
    }
    stored = Outcome(title=corpus.ENGLISH_TITLE, comments=3)
    outcomes = {
        "/windows-1256-undeclared/": Outcome(title=PERSIAN_TITLE),
        "/windows-1256-header-lies/": Outcome(title=PERSIAN_TITLE),
        "/utf-16/": Outcome(title=PERSIAN_TITLE),
        "/utf-16le-no-bom/": Outcome(title=PERSIAN_TITLE),
        "/mixed-encodings/": Outcome(title=ARABIC_TITLE, comments=4),
        "/xhtml/": stored,
        "/unclosed-title/": stored,
        "/persian-digits/": Outcome(title=PERSIAN_TITLE),
        "/truncated/": Outcome(title=corpus.ENGLISH_TITLE),
        "/malformed/": stored,
        "/no-date/": stored,
        "/future-date/": stored,
        "/script-injection/": Outcome(title=corpus.ENGLISH_TITLE, comments=2),
        "/control-characters/": Outcome(comments=1),
        "/reply-chain/": Outcome(title=corpus.ENGLISH_TITLE, comments=1000),
        "/busy-then-ok/": stored,
        "/gzipped/": stored,
        "/trickled/": stored,
        "/cookie-check/": stored,  # redirected once to itself, as a cookie check does
        "/png-as-html/": Outcome("not-html"),
        "/binary-as-html/": Outcome("not-html"),
        "/empty/": Outcome("empty"),
        "/gzip-bomb/": Outcome("too-large"),
        "/gzip-cut/": Outcome("truncated"),
        "/gzip-lie/": Outcome("bad-compression"),
        "/fifty-megabytes/": Outcome("too-large"),
        "/fifty-megabytes-declared/": Outcome("too-large"),
        "/cut-short/": Outcome("data-loss"),
        "/stalls-mid-body/": Outcome("timeout"),
        "/drips-past-the-timeout/": Outcome("timeout"),
        "/loop-a/": Outcome("redirect-loop", at="/loop-b/"),
        "/hop/0/": Outcome("too-many-redirects", at="/hop/10/"),
        "/to-local-file/": Outcome("redirect-scheme"),
        "/to-data-url/": Outcome("redirect-scheme"),
        "/not-found/": Outcome("http-404"),
        "/gone/": Outcome("http-410"),
        "/server-error/": Outcome("http-500"),
        "/busy-for-an-hour/": Outcome("http-503"),
        "/nested-too-deep/": Outcome("parse:UnreadablePage"),
        "/private/briefing/": Outcome("robots.txt"),
    }
    return routes, outcomes
