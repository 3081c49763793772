"""The news-site simulator keeps the promises crawl tests rely on: same seed, same bytes; honest
validators; changes that touch exactly what they should; links, robots rules and planted
casualty sentences as the truth says."""

from __future__ import annotations

import http.client
import re
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html
import pytest
from protego import Protego

from tests.newssite import NewsSite
from tests.newssite.content import number_word


class Client:
    """One keep-alive connection to the site."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        parts = urlsplit(base_url)
        self.connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)

    def request(self, target: str, headers: dict[str, str] | None = None, method: str = "GET") -> http.client.HTTPResponse:
        """``target``: a path or an absolute URL on the site; the body is read into ``.data``."""
        if target.startswith("http"):
            parts = urlsplit(target)
            target = parts.path + (f"?{parts.query}" if parts.query else "")
        self.connection.request(method, target, headers=headers or {})
        response = self.connection.getresponse()
        response.data = response.read()  # type: ignore[attr-defined]
        return response

    def body(self, target: str) -> bytes:
        response = self.request(target)
        assert response.status == 200, (target, response.status)
        return response.data  # type: ignore[attr-defined]

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@pytest.fixture(scope="module")
def site() -> NewsSite:
    """A site for tests that only read."""
    return NewsSite(articles=30, seed=11, comments_per_page=10, max_comments=45)


@pytest.fixture(scope="module")
def served(site: NewsSite) -> Iterator[str]:
    with site.serve() as base_url:
        yield base_url


@pytest.fixture
def client(served: str) -> Iterator[Client]:
    with Client(served) as client:
        yield client


def _etags(site: NewsSite, client: Client) -> dict[str, str]:
    return {path: client.request(path, method="HEAD").getheader("ETag") or "" for path in site.paths()}


def _text(html: bytes) -> str:
    """The words a reader sees in the page's main column."""
    return " ".join(lxml.html.fromstring(html).get_element_by_id("main").text_content().split())


# Determinism.


def test_the_same_seed_writes_the_same_bytes_and_another_seed_other_ones(tmp_path: Path) -> None:
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        NewsSite(articles=12, seed=seed).write_static(tmp_path / name, "http://127.0.0.1:8000")
    files = {name: {p.relative_to(tmp_path / name): p.read_bytes() for p in (tmp_path / name).rglob("*") if p.is_file()}
             for name in "abc"}  # fmt: skip
    assert files["a"] == files["b"]
    assert files["a"] != files["c"]


def test_static_files_are_index_html_per_path_with_absolute_urls_on_the_given_base(tmp_path: Path) -> None:
    site = NewsSite(articles=6, seed=3)
    site.write_static(tmp_path, "http://127.0.0.1:8123")
    article = site.truth().articles[0].url.removeprefix("http://newssite.invalid")
    assert (tmp_path / "index.html").is_file() and (tmp_path / "404.html").is_file()
    assert (tmp_path / "robots.txt").read_text().count("Sitemap: http://127.0.0.1:8123/") == 2
    assert b"<rss" in (tmp_path / "feed" / "index.html").read_bytes()
    page = (tmp_path / article.strip("/") / "index.html").read_text("utf-8")
    assert f'<link rel="canonical" href="http://127.0.0.1:8123{article}">' in page
    assert "newssite.invalid" not in page
    assert len(list(tmp_path.rglob("*.*"))) == len(site.paths()) + 1


# What the pages say.


def test_articles_span_months_in_the_sites_zone_and_pages_give_dates_with_its_offset(site: NewsSite, client: Client) -> None:
    articles = site.truth().articles
    assert articles[-1].published - articles[0].published > timedelta(days=90)
    article = articles[len(articles) // 2]
    assert article.published.utcoffset() == timedelta(hours=3, minutes=30)
    page = client.body(article.url).decode()
    assert f'<meta property="article:published_time" content="{article.published.isoformat()}">' in page
    assert article.published.isoformat().endswith("+03:30")
    tree = lxml.html.fromstring(page)
    assert tree.findtext(".//h1") == article.title
    assert [" ".join(p.text_content().split()) for p in tree.cssselect(".entry-content > p") if not
            p.text_content().startswith("Read more:")] == list(article.paragraphs)  # fmt: skip
    assert tree.cssselect("figcaption")[0].text_content() == article.captions[0]
    for boilerplate in (".jp-relatedposts", ".sharedaddy", "#recent-comments-2", "#colophon", "#respond"):
        assert tree.cssselect(boilerplate), boilerplate


def test_every_article_has_4_to_12_paragraphs_and_its_planted_casualty_sentences_verbatim(
    site: NewsSite, client: Client
) -> None:
    planted_everywhere = []
    for article in site.truth().articles:
        assert 4 <= len(article.paragraphs) <= 12 and len(article.casualty_sentences) >= 2
        page = _text(client.body(article.url))
        for planted in article.casualty_sentences:
            assert any(planted.text in paragraph for paragraph in article.paragraphs)
            assert planted.text in page
            for figure in planted.figures:
                assert str(figure.count) in planted.text or number_word(figure.count) in planted.text.lower()
            planted_everywhere.append(planted)
    figures = [figure for planted in planted_everywhere for figure in planted.figures]
    assert {figure.outcome for figure in figures} == {"killed", "wounded", "captured", "missing"}
    assert any(f.cumulative for f in figures) and any(f.count_max for f in figures)
    assert any(not planted.figures for planted in planted_everywhere)  # "No casualties were reported", a named victim


def test_the_three_casualty_shapes_of_the_brief_all_occur_on_a_site_of_usual_size() -> None:
    texts = [s.text for a in NewsSite(seed=7).truth().articles for s in a.casualty_sentences]
    assert any(re.search(r"said at least \d+ civilians were killed and \d+ wounded in .+ on \w+day", t) for t in texts)
    assert any(re.fullmatch(r"The death toll rose to \d+ since the start of the offensive\.", t) for t in texts)
    assert any(re.fullmatch(r"[A-Z][a-z]+ soldiers and [a-z]+ police officers died\.", t) for t in texts)


def test_threads_nest_replies_have_pingbacks_author_links_and_come_after_the_article(site: NewsSite) -> None:
    articles = site.truth().articles
    comments = [c for a in articles for c in a.comments]
    assert any(not a.comments for a in articles) and max(len(a.comments) for a in articles) == 45
    assert {c.kind for c in comments} == {"comment", "pingback"}
    assert any(c.author_url for c in comments if c.kind == "comment")
    ids = [int(c.id) for c in comments]
    assert len(set(ids)) == len(ids)
    for article in articles:
        by_id = {c.id: c for c in article.comments}
        for comment in article.comments:
            assert comment.posted > article.published
            if comment.parent_id is not None:
                assert by_id[comment.parent_id].posted < comment.posted
    depth: dict[str, int] = {}
    for comment in comments:
        depth[comment.id] = 1 if comment.parent_id is None else depth[comment.parent_id] + 1
    assert max(depth.values()) >= 3


def test_a_long_thread_is_paginated_with_replies_whose_parent_is_on_another_page(site: NewsSite, client: Client) -> None:
    article = max(site.truth().articles, key=lambda a: len(a.comments))
    assert len(article.comment_pages) == 5 and article.comment_pages[-1] == article.url  # newest page on the post
    seen: list[str] = []
    for page_url in article.comment_pages:
        tree = lxml.html.fromstring(client.body(page_url))
        items = tree.cssselect("ol.comment-list li.comment, ol.comment-list li.pingback")
        assert len(items) <= 10
        seen += [item.get("id").removeprefix("comment-") for item in items]
    assert seen == [c.id for c in article.comments]
    page_of = {c.id: c.url.split("#")[0] for c in article.comments}
    across = [c for c in article.comments if c.parent_id and page_of[c.parent_id] != page_of[c.id]]
    assert across
    reply = lxml.html.fromstring(client.body(page_of[across[0].id])).get_element_by_id(f"comment-{across[0].id}")
    parent = next(c for c in article.comments if c.id == across[0].parent_id)
    assert reply.cssselect(".comment-in-reply-to a")[0].get("href") == parent.url


def test_older_and_newer_comment_links_walk_every_comment_page(site: NewsSite, client: Client) -> None:
    article = max(site.truth().articles, key=lambda a: len(a.comments))
    walked, url = [article.url], article.url
    older_link = '//nav[contains(@class,"comment-navigation")]//a[.="Older Comments"]/@href'
    while older := lxml.html.fromstring(client.body(url)).xpath(older_link):
        assert older[0].endswith("/#comments")
        url = older[0].removesuffix("#comments")
        walked.append(url)
    assert walked[::-1] == list(article.comment_pages)


def test_following_links_from_the_home_page_reaches_every_article_and_comment_page_and_no_dead_link(
    site: NewsSite, served: str, client: Client
) -> None:
    truth = site.truth()
    seen, queue, disallowed = {served + "/"}, [served + "/"], set[str]()
    while queue:
        url = queue.pop()
        response = client.request(url)
        assert response.status == 200, url
        for href in lxml.html.fromstring(response.data).xpath("//a/@href"):  # type: ignore[attr-defined]
            link = urljoin(url, href).split("#")[0]
            if not link.startswith(served) or link in seen:
                continue
            seen.add(link)
            if truth.allows(link):
                queue.append(link)
            else:
                disallowed.add(link)
    for article in truth.articles:
        assert article.url in seen and set(article.comment_pages) <= seen
    assert set(truth.disallowed) <= disallowed
    assert any("?replytocom=" in link for link in disallowed)


def test_listing_pages_paginate_and_category_archives_too(site: NewsSite, client: Client) -> None:
    home = lxml.html.fromstring(client.body("/"))
    assert len(home.cssselect("article.post")) == 10
    assert home.xpath('//a[contains(@class,"next")]/@href')[0].endswith("/page/2/")
    last = client.body("/page/3/")
    assert b"/page/2/" in last and client.request("/page/4/").status == 404
    syria = [a for a in site.truth().articles if a.category == "Syria"]
    listed = lxml.html.fromstring(client.body("/category/syria/")).xpath("//h2[@class='entry-title']/a/@href")
    assert listed == [a.url for a in syria[::-1][:10]]


# Feeds and sitemaps.


def test_the_feed_lists_the_ten_newest_posts_with_dates_comment_counts_and_comment_feeds(
    site: NewsSite, client: Client
) -> None:
    articles = site.truth().articles
    feed = lxml.etree.fromstring(client.body("/feed/"))
    items = feed.findall("channel/item")
    assert [item.findtext("link") for item in items] == [a.url for a in articles[::-1][:10]]
    assert feed.findtext("channel/lastBuildDate")
    newest = items[0]
    assert newest.findtext("pubDate").endswith("+0000")
    assert newest.findtext("{http://purl.org/rss/1.0/modules/slash/}comments") == str(len(articles[-1].comments))
    assert newest.findtext("{http://wellformedweb.org/CommentAPI/}commentRss") == articles[-1].comments_feed
    atom = lxml.etree.fromstring(client.body("/feed/atom/"))
    assert len(atom.findall("{http://www.w3.org/2005/Atom}entry")) == 10


def test_a_posts_comment_feed_lists_its_newest_comments_first_with_dates(site: NewsSite, client: Client) -> None:
    article = max(site.truth().articles, key=lambda a: len(a.comments))
    feed = lxml.etree.fromstring(client.body(article.comments_feed))
    items = feed.findall("channel/item")
    newest = sorted(article.comments, key=lambda c: c.posted, reverse=True)[:10]
    assert [item.findtext("link") for item in items] == [c.url for c in newest]
    assert all(item.findtext("pubDate") for item in items)


def test_post_sitemaps_hold_twenty_urls_each_with_lastmod_and_the_index_links_them(site: NewsSite, client: Client) -> None:
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    index = lxml.etree.fromstring(client.body("/sitemap_index.xml"))
    sitemaps = index.xpath("//s:sitemap/s:loc/text()", namespaces=namespace)
    posts = [url for url in sitemaps if "/post-sitemap" in url]
    assert len(posts) == 2 and any(url.endswith("/page-sitemap.xml") for url in sitemaps)
    listed: dict[str, str] = {}
    for url in posts:
        urls = lxml.etree.fromstring(client.body(url)).xpath("//s:url", namespaces=namespace)
        assert len(urls) <= 20
        listed.update((u.findtext("s:loc", namespaces=namespace), u.findtext("s:lastmod", namespaces=namespace))
                      for u in urls)  # fmt: skip
    articles = site.truth().articles
    assert listed == {a.url: a.modified.isoformat() for a in articles}
    news = client.body("/news-sitemap.xml").decode()
    assert articles[-1].url in news and articles[0].url not in news


def test_robots_txt_disallows_the_private_briefings_and_names_the_sitemaps(
    site: NewsSite, served: str, client: Client
) -> None:
    robots = client.body("/robots.txt").decode()
    parser = Protego.parse(robots)
    truth = site.truth()
    assert truth.disallowed
    for url in truth.disallowed:
        assert not parser.can_fetch(url, "casualties") and not truth.allows(url)
    for article in truth.articles:
        assert parser.can_fetch(article.url, "casualties") and truth.allows(article.url)
    reply = f"{truth.articles[0].url}?replytocom=51234"
    assert not parser.can_fetch(reply, "casualties") and not truth.allows(reply)
    assert list(parser.sitemaps) == [f"{served}/sitemap_index.xml", f"{served}/news-sitemap.xml"]
    assert all(url in client.body("/").decode() for url in truth.disallowed)  # linked, so a crawler meets them


# HTTP.


def test_validators_answer_304_to_if_none_match_and_if_modified_since(site: NewsSite, client: Client) -> None:
    site.requests.clear()
    for path in ("/", "/feed/", "/sitemap_index.xml", "/robots.txt", site.truth().articles[3].url):
        first = client.request(path)
        etag, modified = first.getheader("ETag"), first.getheader("Last-Modified")
        assert first.status == 200 and etag and modified
        again = client.request(path, {"If-None-Match": etag})
        assert again.status == 304 and again.data == b"" and again.getheader("ETag") == etag  # type: ignore[attr-defined]
        assert client.request(path, {"If-None-Match": f"W/{etag}"}).status == 304
        assert client.request(path, {"If-Modified-Since": modified}).status == 304
        assert client.request(path, {"If-None-Match": '"stale"', "If-Modified-Since": modified}).status == 200
        assert client.request(path, {"If-Modified-Since": "Mon, 01 Jan 2024 00:00:00 GMT"}).status == 200
    logged = [(r.status, r.conditional) for r in site.requests]
    assert logged[:6] == [(200, False), (304, True), (304, True), (304, True), (200, True), (200, True)]


def test_shortlinks_and_missing_slashes_redirect_and_unknown_paths_are_404(site: NewsSite, client: Client) -> None:
    article = site.truth().articles[0]
    post_id = re.search(rb'rel="shortlink" href="[^"]*\?p=(\d+)"', client.body(article.url))[1].decode()  # type: ignore[index]
    moved = client.request(f"/?p={post_id}")
    assert moved.status == 301 and moved.getheader("Location") == article.url
    bare = client.request(article.url.rstrip("/"))
    assert bare.status == 301 and bare.getheader("Location") == article.url
    missing = client.request("/2019/01/no-such-story/")
    assert missing.status == 404 and b"can&rsquo;t be found" in missing.data  # type: ignore[attr-defined]


def test_faults_answer_with_their_status_retry_after_or_delay_and_can_recover(
    site: NewsSite, served: str, client: Client
) -> None:
    site.fault("/feed/", status=503, retry_after=120, times=1)
    site.fault("/about/", status=500)
    site.fault("/contact/", delay=0.3)
    site.fault(f"{served}/privacy-policy/", status=404, times=1)
    try:
        assert client.request("/privacy-policy/").status == 404 and client.request("/privacy-policy/").status == 200
        unavailable = client.request("/feed/")
        assert unavailable.status == 503 and unavailable.getheader("Retry-After") == "120"
        assert client.request("/feed/").status == 200
        assert client.request("/about/").status == 500 and client.request("/about/").status == 500
        started = time.perf_counter()
        assert client.request("/contact/").status == 200
        assert time.perf_counter() - started >= 0.3
    finally:
        site.clear_faults()
    assert client.request("/about/").status == 200


def test_five_hundred_concurrent_requests_all_complete_and_are_logged(site: NewsSite, served: str) -> None:
    paths = site.paths()
    site.requests.clear()

    def fetch(worker: int) -> list[int]:
        with Client(served) as client:
            return [client.request(paths[(worker * 125 + n) % len(paths)]).status for n in range(125)]

    with ThreadPoolExecutor(4) as pool:
        statuses = [status for batch in pool.map(fetch, range(4)) for status in batch]
    assert statuses == [200] * 500
    assert len(site.requests) == 500


# Changes between crawls.


def _changed(site: NewsSite, client: Client, change: Callable[[], object]) -> set[str]:
    """The paths whose ETag ``change`` changed (or that it created)."""
    before = _etags(site, client)
    change()
    after = _etags(site, client)
    return {path for path in after if before.get(path) != after[path]}


def test_a_new_comment_changes_only_its_posts_pages_and_comment_feed() -> None:
    site = NewsSite(articles=24, seed=4, max_comments=30)
    article = max(site.truth().articles, key=lambda a: len(a.comments))
    slug = article.url.rstrip("/").rsplit("/", 1)[1]
    path = article.url.removeprefix("http://newssite.invalid")
    with site.serve() as base, Client(base) as client:
        sitemap_before = client.body("/post-sitemap.xml")
        changed = _changed(site, client, lambda: site.add_comment(slug, parent_id=article.comments[0].id))
        assert changed == {p for p in site.paths() if p.startswith(path)}
        assert f"{path}feed/" in changed and client.body("/post-sitemap.xml") == sitemap_before
        new = site.truth().article(base + path).comments
        added = next(c for c in new if c.id not in {c.id for c in article.comments})
        assert added.parent_id == article.comments[0].id and added.posted > max(c.posted for c in article.comments)
        assert f'id="comment-{added.id}"' in client.body(added.url.split("#")[0]).decode()
        assert client.body(f"{path}feed/").decode().count(f"#comment-{added.id}</link>") == 1


def test_editing_an_old_article_changes_its_pages_and_its_sitemap_lastmod_but_not_the_feeds() -> None:
    site = NewsSite(articles=24, seed=4)
    articles = site.truth().articles
    assert sum(a.category == "Syria" for a in articles) > 10  # so the oldest is in no feed
    article = next(a for a in articles if a.category == "Syria")
    slug = article.url.rstrip("/").rsplit("/", 1)[1]
    path = article.url.removeprefix("http://newssite.invalid")
    with site.serve() as base, Client(base) as client:
        changed = _changed(site, client, lambda: site.edit_article(slug))
        pages = {p for p in site.paths() if p.startswith(path) and not p.endswith("/feed/")}
        assert changed == pages | {"/post-sitemap.xml", "/sitemap_index.xml"}
        edited = site.truth().article(base + path)
        assert edited.modified > article.modified and edited.paragraphs[:-1] == article.paragraphs
        assert edited.paragraphs[-1].startswith("UPDATE") and edited.casualty_sentences[-1].text == edited.paragraphs[-1]
        assert f"<lastmod>{edited.modified.isoformat()}</lastmod>" in client.body("/post-sitemap.xml").decode()
        assert f'"dateModified": "{edited.modified.isoformat()}"' in client.body(path).decode()


def test_editing_the_newest_article_also_changes_the_feeds_it_is_in() -> None:
    site = NewsSite(articles=24, seed=4)
    article = site.truth().articles[-1]
    slug = article.url.rstrip("/").rsplit("/", 1)[1]
    with site.serve() as base, Client(base) as client:
        changed = _changed(site, client, lambda: site.edit_article(slug))
        category = f"/category/{article.category.lower()}/feed/"
        assert {"/feed/", "/feed/atom/", category, "/post-sitemap2.xml", "/sitemap_index.xml"} <= changed
        assert "/" not in changed and "/news-sitemap.xml" not in changed


def test_a_new_article_appears_on_the_home_page_in_the_feed_and_sitemaps_and_old_articles_stay_unchanged() -> None:
    site = NewsSite(articles=24, seed=4)
    old = site.truth().articles
    with site.serve() as base, Client(base) as client:
        etags = {a.url: client.request(a.url).getheader("ETag") for a in old}
        slug = site.add_article()
        new = site.truth().articles[-1]
        assert new.url.endswith(f"/{slug}/") and new.published > old[-1].published
        assert new.url in client.body("/").decode() and new.url in client.body("/feed/").decode()
        assert new.url in client.body("/news-sitemap.xml").decode()
        sitemap = client.body("/post-sitemap2.xml").decode()
        assert f"<loc>{new.url}</loc>\n\t\t<lastmod>{new.published.isoformat()}</lastmod>" in sitemap
        assert client.request(new.comments_feed).status == 200
        for url, etag in etags.items():
            assert client.request(url, {"If-None-Match": etag or ""}).status == 304


def test_changes_move_the_clock_so_last_modified_advances() -> None:
    site = NewsSite(articles=12, seed=9)
    article = site.truth().articles[0]
    slug = article.url.rstrip("/").rsplit("/", 1)[1]
    with site.serve() as base, Client(base) as client:
        first = client.request(article.url)
        site.add_comment(slug)
        second = client.request(article.url, {"If-Modified-Since": first.getheader("Last-Modified") or ""})
        assert second.status == 200
        assert client.request(article.url, {"If-Modified-Since": second.getheader("Last-Modified") or ""}).status == 304


def test_pages_padded_for_benchmarks_weigh_about_the_size_asked_and_say_the_same() -> None:
    natural, heavy = NewsSite(articles=6, seed=3), NewsSite(articles=6, seed=3, page_size_kb=100)
    with natural.serve() as a, heavy.serve() as b, Client(a) as small, Client(b) as big:
        for path in ("/", natural.paths()[1]):
            light, padded = small.body(path), big.body(path)
            assert len(light) < 60 * 1024 and 100 * 1024 <= len(padded) < 110 * 1024
            assert _text(light.replace(a.encode(), b.encode())) == _text(padded)


def test_replies_nest_five_deep_and_no_deeper_as_in_wordpress() -> None:
    site = NewsSite(articles=6, seed=3)
    slug = site.truth().articles[0].url.rstrip("/").rsplit("/", 1)[1]
    comment = site.add_comment(slug)
    for _ in range(4):
        comment = site.add_comment(slug, parent_id=comment)
    with pytest.raises(ValueError, match="5 deep"):
        site.add_comment(slug, parent_id=comment)
