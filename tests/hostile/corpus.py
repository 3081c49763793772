"""Hostile pages, made at test time: a WordPress-like article page to bend out of shape, and the
bytes of everything that should never be a page.  Nothing big is committed; a 50 MB page or a gzip
bomb is built when a test asks for it."""

from __future__ import annotations

import gzip
import random
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape

ORIGIN = "https://frontline.example.org"

ENGLISH_TITLE = "Shelling of Idlib market kills at least 14 civilians"
ENGLISH_PARAGRAPHS = (
    "At least 14 civilians were killed and 30 wounded when rockets struck the covered market in "
    "Idlib on Tuesday morning, the local civil defence said.",
    "Rescue workers were still pulling people from the rubble of the vegetable stalls by the "
    "afternoon, and a doctor at the city hospital said several of the wounded were children.",
    "No group has said it fired the rockets. The town council called for an investigation.",
)
PERSIAN_TITLE = "تشييع پيكر دو مدافع حرم در مشهد"
PERSIAN_PARAGRAPHS = (
    "پيكر دو تن از رزمندگان ايراني كه در حومه حلب جان باختند، امروز در مشهد تشييع شد.",
    "به گفته يك مقام محلي، دست‌كم چهارده غيرنظامي نيز در گلوله‌باران بازار كشته شدند.",
)  # Arabic yeh and kaf, as windows-1256 pages write Persian
ARABIC_TITLE = "مقتل أربعة عشر مدنيا في قصف سوق إدلب"
ARABIC_PARAGRAPHS = (
    "قتل ما لا يقل عن أربعة عشر مدنيا وأصيب ثلاثون آخرون في قصف صاروخي استهدف السوق المسقوف صباح الثلاثاء.",
    "وقال الدفاع المدني إن فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض.",
)
READER_REMARKS = (
    "Thank you for naming the civil defence as the source; the numbers on social media were much higher.",
    "My cousin works at that hospital. He says the count of wounded is closer to forty.",
    "Does anyone know whether the bakery on the north side of the market was hit?",
    "Pray for the families. This is the third strike on that market since the spring.",
)


@dataclass(frozen=True, slots=True)
class Remark:
    id: int
    parent: int | None
    author: str
    text: str  # plain text; escaped into the page
    posted: str = "2024-05-07T10:15:00+03:00"
    raw_html: str | None = None  # markup put in the page as is, instead of ``text``


def _comment(remark: Remark, depth: int, children: str) -> str:
    body = remark.raw_html if remark.raw_html is not None else f"<p>{escape(remark.text)}</p>"
    replies = f'<ol class="children">{children}</ol>' if children else ""
    return (
        f'<li id="comment-{remark.id}" class="comment depth-{depth}">'
        f'<article id="div-comment-{remark.id}" class="comment-body"><footer class="comment-meta">'
        f'<div class="comment-author vcard"><b class="fn">{escape(remark.author)}</b> <span class="says">says:</span></div>'
        f'<div class="comment-metadata"><a href="{ORIGIN}/2024/05/idlib-market/#comment-{remark.id}">'
        f'<time datetime="{remark.posted}">May 7, 2024 at 10:15 am</time></a></div></footer>'
        f'<div class="comment-content">{body}</div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{remark.id}">Reply</a></div>'
        f"</article>{replies}</li>"
    )


def comment_list(remarks: list[Remark]) -> str:
    """The remarks as WordPress nests them: replies in an ``ol.children`` under their parent.

    Built from the deepest reply up, without recursion, so a chain of any length renders."""
    children: dict[int | None, list[Remark]] = {}
    for remark in remarks:
        children.setdefault(remark.parent, []).append(remark)
    depth: dict[int, int] = {}
    order: list[Remark] = []
    stack = [(r, 1) for r in reversed(children.get(None, []))]
    while stack:
        remark, level = stack.pop()
        depth[remark.id] = level
        order.append(remark)
        stack.extend((child, level + 1) for child in reversed(children.get(remark.id, [])))
    rendered: dict[int, str] = {}
    for remark in reversed(order):
        inner = "".join(rendered.pop(child.id) for child in children.get(remark.id, []))
        rendered[remark.id] = _comment(remark, depth[remark.id], inner)
    return "".join(rendered[r.id] for r in children.get(None, []))


def reply_chain(length: int) -> list[Remark]:
    """Each remark answering the one before: a thread ``length`` levels deep."""
    return [
        Remark(9000 + n, 9000 + n - 1 if n else None, f"Reader {n % 17}", f"Reply {n} of the chain: {READER_REMARKS[n % 4]}")
        for n in range(length)
    ]


def long_thread(count: int) -> list[Remark]:
    """``count`` remarks, one in five a reply to the remark before it."""
    return [
        Remark(20000 + n, 20000 + n - 1 if n % 5 == 4 else None, f"Reader {n % 97}", f"Remark {n}. {READER_REMARKS[n % 4]}")
        for n in range(count)
    ]


def remarks() -> list[Remark]:
    return [
        Remark(301, None, "Leyla", READER_REMARKS[0]),
        Remark(302, 301, "Omid", READER_REMARKS[1]),
        Remark(303, None, "Sam", READER_REMARKS[2]),
    ]


def article_page(
    *,
    slug: str = "idlib-market",
    title: str = ENGLISH_TITLE,
    paragraphs: tuple[str, ...] = ENGLISH_PARAGRAPHS,
    published: str | None = "2024-05-07T09:30:00+03:00",
    thread: list[Remark] | None = None,
    charset: str | None = "utf-8",
    lang: str = "en",
    head_extra: str = "",
    body_extra: str = "",
) -> str:
    """An article of a WordPress news site, as text; encode it as the test needs."""
    url = f"{ORIGIN}/2024/05/{slug}/"
    meta_charset = f'<meta charset="{charset}">' if charset else ""
    dates = (
        f'<meta property="article:published_time" content="{published}">' if published else ""
    )
    byline_date = f'<time class="entry-date published" datetime="{published}">May 7, 2024</time>' if published else ""
    thread = remarks() if thread is None else thread
    comments = (
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(thread)} thoughts on “{escape(title)}”</h2>'
        f'<ol class="comment-list">{comment_list(thread)}</ol></div>'
        if thread else ""
    )
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head>{meta_charset}<title>{escape(title)} – Frontline Desk</title>'
        f'<link rel="canonical" href="{url}">{dates}{head_extra}</head>'
        f'<body class="post-template-default single single-post"><div id="page" class="site">'
        f'<header class="site-header"><p class="site-title"><a href="{ORIGIN}/">Frontline Desk</a></p></header>'
        f'<main id="main" class="site-main"><article class="post type-post status-publish format-standard">'
        f'<header class="entry-header"><h1 class="entry-title">{escape(title)}</h1>'
        f'<div class="entry-meta"><span class="posted-on">{byline_date}</span> <span class="byline">by Nadia Haddad</span></div></header>'
        f'<div class="entry-content">{body}{body_extra}</div></article>{comments}</main>'
        f'<footer class="site-footer"><p>© 2024 Frontline Desk</p></footer></div></body></html>'
    )


# ---------------------------------------------------------------------------- not pages at all
def png() -> bytes:
    """A small real PNG (a 16×16 grey square)."""
    raw = b"".join(b"\x00" + b"\x80" * 16 for _ in range(16))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 16, 16, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def pdf() -> bytes:
    return b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" + bytes(random.Random(3).randbytes(2000))


def noise(size: int = 8192, seed: int = 5) -> bytes:
    """Bytes with no structure at all, as an encrypted or compressed file looks."""
    return random.Random(seed).randbytes(size)


def gzip_bomb(inflated: int) -> bytes:
    """A few kilobytes of gzip that inflate to ``inflated`` bytes of zeros."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"\x00" * (1024 * 1024)
    parts = [compressor.compress(block) for _ in range(inflated // len(block))]
    return b"".join(parts) + compressor.flush()


def gzipped(data: bytes) -> bytes:
    return gzip.compress(data)


def huge_page(size: int) -> Iterator[bytes]:
    """An article page padded to ``size`` bytes, produced in pieces."""
    head = article_page().encode()
    cut = head.index(b"</main>")
    yield head[:cut]
    filler = b"<p>" + b"Lorem ipsum dolor sit amet, the market was busy that morning. " * 16 + b"</p>\n"
    left = size - len(head)
    while left > 0:
        piece = filler[:left]
        left -= len(piece)
        yield piece
    yield head[cut:]
