"""The cookbook and the data dictionary in docs/ are rendered from their sources and up to date."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.analysis.docs import rendered


@pytest.mark.parametrize("path", list(rendered()), ids=lambda path: path.name)
def test_the_docs_page_is_what_its_source_renders(path: Path) -> None:
    pages = rendered()
    assert path.read_text("utf-8") == pages[path], "run: python -m crawler.analysis.docs"


def test_the_cookbook_page_shows_the_timeline_chart_that_is_in_the_repository() -> None:
    cookbook = next(text for path, text in rendered().items() if path.name == "cookbook.md")
    assert "](images/timeline.png)" in cookbook
    assert (next(iter(rendered())).parent / "images" / "timeline.png").read_bytes().startswith(b"\x89PNG")
