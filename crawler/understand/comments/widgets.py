"""Threads hosted by a third party (Disqus, Facebook, Viafoura, ...) that the page only embeds.

Such a page holds no comments in its HTML, or only a copy for search engines, so the embed is
recorded: which service, its id for the thread where the page gives one, and the script address.
Only the embed code counts (an element id, a configuration variable, the loader script), never
the service's name in running text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.understand.page_records import CommentWidget


@dataclass(frozen=True, slots=True)
class _Service:
    provider: str
    family: tuple[str, ...]  # short strings every marker contains: a page without them is skipped
    markers: tuple[str, ...]  # strings of the embed code, as the page source spells them
    thread_ids: tuple[str, ...] = ()  # expressions whose first group is the thread id (case matters)
    embed: tuple[str, str] | None = None  # the embed script's address: a fixed part of it, and an expression
    confirm: str | None = None  # an expression the source must also match, for markers used elsewhere too


_SERVICES = (
    _Service(
        "disqus",
        ("disqus",),
        ("disqus_thread", "disqus_shortname", "disqus_identifier", "disqus_config", ".disqus.com/embed.js"),
        (
            r"disqus_identifier\s*=\s*[\"']([^\"']+)[\"']",
            r"page\.identifier\s*=\s*[\"']([^\"']+)[\"']",
            r"data-disqus-identifier=[\"']([^\"']+)[\"']",
        ),
        (".disqus.com/embed.js", r"(?:https?:)?//[\w-]+\.disqus\.com/embed\.js"),
    ),
    _Service(
        "facebook",
        ("fb-comments", "fb:comments"),
        ("fb-comments", "<fb:comments"),
        (
            r"class=[\"'][^\"']*\bfb-comments\b[^>]*?data-href=[\"']([^\"']+)[\"']",
            r"data-href=[\"']([^\"']+)[\"'][^>]*?class=[\"'][^\"']*\bfb-comments\b",
            r"<fb:comments[^>]*?\bhref=[\"']([^\"']+)[\"']",
            r"<fb:comments[^>]*?\bxid=[\"']([^\"']+)[\"']",
        ),
        confirm=r"class=[\"'][^\"'>]*\bfb-comments\b|<fb:comments",
    ),
    _Service(
        "viafoura",
        ("vf-conversations", "viafoura"),
        ("<vf-conversations", "viafoura"),
        (r"vf-container-id=[\"']([^\"']+)[\"']",),
        ("cdn.viafoura.net/", r"(?:https?:)?//cdn\.viafoura\.net/[^\"'\s]+"),
        confirm=r"<vf-conversations|class=[\"'][^\"']*\bviafoura\b|cdn\.viafoura\.net",
    ),
    _Service(
        "livefyre",
        ("fyre",),
        ("fyre.conv", "livefyre.com/", 'id="livefyre', "id='livefyre"),
        (r"articleId[\"']?\s*[:=]\s*[\"']([^\"']+)[\"']",),
        ("livefyre.com/", r"(?:https?:)?//[\w.]*livefyre\.com/[^\"'\s]+\.js"),
    ),
    _Service(
        "openweb",
        ("spot",),
        ("launcher.spot.im", "data-spotim-module", "data-spot-id"),
        (r"data-post-id=[\"']([^\"']+)[\"']",),
        ("launcher.spot.im/spot/", r"(?:https?:)?//launcher\.spot\.im/spot/[\w-]+"),
    ),
    _Service(
        "vuukle",
        ("uukle", "UUKLE"),
        ("cdn.vuukle.com", "VUUKLE_CONFIG", 'id="vuukle'),
        (r"articleId[\"']?\s*:\s*[\"']([^\"']+)[\"']",),
        ("cdn.vuukle.com/", r"(?:https?:)?//cdn\.vuukle\.com/[^\"'\s]+"),
    ),
    _Service(
        "hyvor",
        ("yvor", "YVOR"),
        ("<hyvor-talk", "talk.hyvor.com", "HYVOR_TALK_CONFIG"),
        (r"page-id=[\"']([^\"']+)[\"']", r"HYVOR_TALK_CONFIG[^}]*?\bid\s*:\s*[\"']([^\"']+)[\"']"),
        ("talk.hyvor.com/", r"(?:https?:)?//talk\.hyvor\.com/[^\"'\s]+"),
    ),
    _Service(
        "commento",
        ("commento",),
        ('id="commento"', "id='commento'", "cdn.commento.io"),
        (r"data-page-id=[\"']([^\"']+)[\"']",),
        ("cdn.commento.io/", r"(?:https?:)?//cdn\.commento\.io/[^\"'\s]+"),
    ),
    _Service(
        "coral",
        ("oral_thread", "Coral."),
        ("coral_thread", "Coral.createStreamEmbed"),
        (r"storyID\s*:\s*[\"']([^\"']+)[\"']", r"storyURL\s*:\s*[\"']([^\"']+)[\"']"),
        ("/assets/js/embed.js", r"(?:https?:)?//[^\"'\s]+/assets/js/embed\.js"),
    ),
    _Service(
        "intensedebate",
        ("intensedebate", "idcomments_acct"),
        ("intensedebate.com/js", "idcomments_acct"),
        (r"idcomments_post_id\s*=\s*[\"']?([^\"';\s]+)",),
        ("intensedebate.com/js/", r"(?:https?:)?//www\.intensedebate\.com/js/[^\"'\s]+"),
    ),
    _Service(
        "utterances",
        ("utteranc.es",),
        ("utteranc.es/client.js",),
        (r"issue-term=[\"']([^\"']+)[\"']",),
        ("utteranc.es/client.js", r"https://utteranc\.es/client\.js"),
    ),
    _Service(
        "giscus",
        ("giscus.app",),
        ("giscus.app/client.js",),
        (r"data-term=[\"']([^\"']+)[\"']",),
        ("giscus.app/client.js", r"https://giscus\.app/client\.js"),
    ),
    _Service(
        "remark42",
        ("remark_config",),
        ("remark_config",),
        (r"page_id\s*:\s*[\"']([^\"']+)[\"']",),
        ("/web/embed.js", r"(?:https?:)?//[^\"'\s]+/web/embed\.js"),
    ),
    _Service(
        "graphcomment",
        ("graphcomment", "__semio__"),
        ("graphcomment.com/js", "__semio__"),
        (r"graphcomment_id\s*[:=]\s*[\"']([^\"']+)[\"']",),
    ),
)
_DISQUS_SHORTNAME = re.compile(r"shortname\s*[=:]\s*[\"']([\w-]+)[\"']")  # disqus_shortname = 'x', shortname: 'x'
_EMBED_WINDOW = 300  # characters around the fixed part of an embed address that hold the whole address


def find_widget(html: str) -> CommentWidget | None:
    """The comment service whose embed code comes first in the page, if any."""
    found: list[tuple[int, _Service]] = []
    for service in _SERVICES:
        if not any(needle in html for needle in service.family):
            continue
        positions = [at for marker in service.markers if (at := html.find(marker)) >= 0]
        if positions and (service.confirm is None or re.search(service.confirm, html, re.IGNORECASE)):
            found.append((min(positions), service))
    if not found:
        return None
    return _widget(min(found, key=lambda pair: pair[0])[1], html)


def _widget(service: _Service, html: str) -> CommentWidget:
    thread_id = None
    for pattern in service.thread_ids:
        match = re.search(pattern, html)
        if match and match[1].strip():
            thread_id = match[1].strip()
            break
    embed_url = _embed_address(service.embed, html) if service.embed else None
    if service.provider == "disqus" and embed_url is None:
        shortname = _DISQUS_SHORTNAME.search(html)
        if shortname:
            embed_url = f"https://{shortname[1]}.disqus.com/embed.js"
    if embed_url and embed_url.startswith("//"):
        embed_url = "https:" + embed_url
    return CommentWidget(provider=service.provider, thread_id=thread_id, embed_url=embed_url)


def _embed_address(embed: tuple[str, str], html: str) -> str | None:
    """The first address the expression matches around a place where its fixed part occurs (an
    expression without a fixed start would be tried at every position of the page)."""
    fixed, pattern = embed
    at = html.find(fixed)
    while at >= 0:
        match = re.search(pattern, html[max(0, at - _EMBED_WINDOW) : at + len(fixed) + _EMBED_WINDOW], re.IGNORECASE)
        if match:
            return match[0]
        at = html.find(fixed, at + 1)
    return None
