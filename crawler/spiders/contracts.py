"""Scrapy contracts of the project's own: ``scrapy check`` runs a callback on a saved page.

``@page PATH`` names a page saved in the repository, by its path from the project's root (the
folder of ``scrapy.cfg``); the callback's contract request reads that file instead of a URL, so
``scrapy check`` needs no network and checks what the page is known to hold: ``@returns``, and
``@filled FIELD ...``, the fields every item returned has set and not empty (Scrapy's ``@scrapes``
only asks that a field exists, which every field of a dataclass item does).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter, is_item
from scrapy.contracts import Contract
from scrapy.exceptions import ContractFail
from scrapy.utils.conf import closest_scrapy_cfg


class PageContract(Contract):
    """``@page tests/fixtures/pages/seed-article.html``: the request reads that saved page."""

    name = "page"

    def adjust_request_args(self, args: dict[str, Any]) -> dict[str, Any]:
        if len(self.args) != 1:
            raise ValueError(f"@page takes one path from the project's root, not {self.args!r}")
        root = Path(closest_scrapy_cfg() or ".").resolve().parent
        page = root / self.args[0]
        if not page.is_file():
            raise FileNotFoundError(f"@page {self.args[0]}: no such saved page under {root}")
        args["url"] = page.as_uri()
        return args


class FilledContract(Contract):
    """``@filled title body comments``: every item returned has these fields set and not empty."""

    name = "filled"

    def post_process(self, output: list[Any]) -> None:
        for item in output:
            if is_item(item):
                fields = ItemAdapter(item)
                empty = [name for name in self.args if fields.get(name) in (None, "", [], {})]
                if empty:
                    raise ContractFail(f"empty fields: {', '.join(empty)}")
