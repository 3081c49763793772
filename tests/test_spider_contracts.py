"""The project's own Scrapy contracts: ``@page`` reads a saved page, ``@filled`` fails on empty fields."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from scrapy.exceptions import ContractFail

from crawler.spiders.contracts import FilledContract, PageContract
from tests.conftest import PAGES


@dataclass
class _Item:
    title: str | None = "Gunmen kill 12 in raid on village"
    body: str = "Gunmen killed 12 villagers overnight, officials said."
    comments: list[str] = field(default_factory=list)


class _Spider:
    name = "fixture"

    def parse(self) -> None:
        """A stand-in callback the contracts are attached to."""


_callback = _Spider().parse


def test_page_reads_a_saved_page_from_the_project_root() -> None:
    args = PageContract(_callback, "tests/fixtures/pages/seed-article.html").adjust_request_args({})
    assert args["url"] == (PAGES / "seed-article.html").resolve().as_uri()


@pytest.mark.parametrize("paths", [(), ("tests/fixtures/pages/no-such-page.html",), ("a.html", "b.html")])
def test_page_without_one_saved_page_says_so(paths: tuple[str, ...]) -> None:
    with pytest.raises((ValueError, FileNotFoundError), match="@page"):
        PageContract(_callback, *paths).adjust_request_args({})


def test_filled_passes_items_whose_fields_hold_something() -> None:
    FilledContract(_callback, "title", "body").post_process([_Item()])


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (_Item(title=None), "empty fields: title"),
        (_Item(body=""), "empty fields: body"),
        (_Item(), "empty fields: comments"),
    ],
)
def test_filled_fails_on_an_empty_or_missing_field(item: _Item, message: str) -> None:
    with pytest.raises(ContractFail, match=message):
        FilledContract(_callback, "title", "body", "comments").post_process([item])


def test_filled_names_a_field_the_item_does_not_have() -> None:
    with pytest.raises(ContractFail, match="empty fields: authors"):
        FilledContract(_callback, "authors").post_process([_Item()])
