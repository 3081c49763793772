"""Boilerplate that brings a page up to a real news page's weight: inline CSS, theme and ad
configuration, analytics snippets.  Deterministic for a seed; it adds no links."""

from __future__ import annotations

import json
from random import Random

_COMPONENTS = ("header", "menu", "card", "byline", "share", "related", "comment", "widget", "footer", "ad-slot",
               "newsletter", "breadcrumb", "gallery", "ticker", "modal")  # fmt: skip
_AD_SIZES = ("[[300,250],[336,280]]", "[[728,90],[970,90]]", "[[320,50],[320,100]]", "[[300,600],[160,600]]")


def _style(r: Random, index: int) -> str:
    rules = []
    for n in range(40):
        component = r.choice(_COMPONENTS)
        rules.append(
            f".ld-{component}--v{index}-{n}{{margin:{r.randint(0, 32)}px {r.randint(0, 24)}px;padding:{r.randint(0, 16)}px;"
            f"font-size:{r.choice((12, 13, 14, 15, 16, 18, 20))}px;line-height:{r.choice((1.2, 1.4, 1.5, 1.6))};"
            f"color:#{r.randrange(0x1000000):06x};border-bottom:1px solid #{r.randrange(0x1000000):06x}}}"
        )
        if n % 10 == 9:
            rules.append(f"@media (max-width:{r.choice((480, 600, 782, 960))}px){{.ld-{component}{{display:none}}}}")
    return f'<style id="ld-inline-css-{index}">{"".join(rules)}</style>\n'


def _script(r: Random, index: int) -> str:
    if index % 4 == 1:
        config = {
            "version": f"3.{index}.{r.randint(0, 9)}",
            "breakpoints": {"sm": 480, "md": 782, "lg": 1200},
            "i18n": {f"ld_string_{n}": f"Label {r.randrange(10**6):06d}" for n in range(60)},
            "lazyload": {"threshold": r.randint(100, 600), "placeholder": "data:image/gif;base64,R0lGODlhAQABAAAAACw="},
            "experiments": [{"id": f"exp-{n}", "weight": round(r.random(), 3)} for n in range(30)],
        }
        return f'<script type="application/json" id="ld-config-{index}">{json.dumps(config)}</script>\n'
    slots = "".join(
        f'googletag.defineSlot("/21{r.randint(10000, 99999)}/levant/{r.choice(_COMPONENTS)}",{r.choice(_AD_SIZES)},'
        f'"div-gpt-ad-{r.randrange(10**13)}-{n}").addService(googletag.pubads());'
        for n in range(24)
    )
    return (
        f'<script id="ld-ads-{index}">window.googletag=window.googletag||{{cmd:[]}};'
        f"googletag.cmd.push(function(){{{slots}googletag.pubads().enableSingleRequest();googletag.enableServices();}});"
        "</script>\n"
    )


class Filler:
    """Chunks of boilerplate, styles for the head and scripts for the end of the body."""

    def __init__(self, seed: int) -> None:
        self._seed = seed
        self._chunks: list[str] = []

    def _chunk(self, index: int) -> str:
        while len(self._chunks) <= index:
            n = len(self._chunks)
            r = Random(f"{self._seed}:filler:{n}")
            self._chunks.append(_style(r, n) if n % 2 == 0 else _script(r, n))
        return self._chunks[index]

    def pad(self, html: str, target: int) -> str:
        """``html`` with chunks added until it is at least ``target`` bytes (UTF-8)."""
        missing = target - len(html.encode())
        head: list[str] = []
        body: list[str] = []
        index = 0
        while missing > 0:
            chunk = self._chunk(index)
            (head if index % 2 == 0 else body).append(chunk)
            missing -= len(chunk)
            index += 1
        if not index:
            return html
        html = html.replace("</head>", "".join(head) + "</head>", 1)
        return html.replace("</body>", "".join(body) + "</body>", 1)
