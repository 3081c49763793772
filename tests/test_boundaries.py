"""The layers' boundaries, checked: where the database is opened, and what the spiders, the
reading middleware and the storage pipeline may import."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.crawl import FAST, REPO, write_sites_file
from tests.newssite import NewsSite

OPENERS = {"create_engine", "sessionmaker"}


def _names_used(path: Path) -> set[str]:
    """Names a module imports or calls by attribute (``sqlalchemy.create_engine``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.ImportFrom):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Attribute):
            found.add(node.attr)
    return found


def test_only_the_models_open_a_database() -> None:
    opening = sorted(
        str(path.relative_to(REPO))
        for path in (REPO / "crawler").rglob("*.py")
        if _names_used(path) & OPENERS
    )
    assert opening == []
    assert _names_used(REPO / "models" / "db.py") & OPENERS == OPENERS


def _loaded_by(*modules: str) -> set[str]:
    """The modules importing ``modules`` loads, in a fresh interpreter."""
    code = f"import sys\nfor name in {modules!r}: __import__(name)\nprint('\\n'.join(sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    return set(result.stdout.split())


def _under(loaded: set[str], package: str) -> set[str]:
    return {name for name in loaded if name == package or name.startswith(f"{package}.")}


def test_the_spiders_import_no_models() -> None:
    loaded = _loaded_by("crawler.spiders.ad_hoc", "crawler.spiders.site", "crawler.spiders.worker")
    assert _under(loaded, "models") == set()
    assert _under(loaded, "sqlalchemy") == set()


def test_the_reading_middleware_imports_no_spider() -> None:
    assert _under(_loaded_by("crawler.runtime.reading"), "crawler.spiders") == set()


def test_the_storage_pipeline_imports_no_spider_middleware_or_run_record() -> None:
    loaded = _loaded_by("crawler.pipelines.storage")
    assert _under(loaded, "crawler.spiders") == set()
    assert not {"crawler.runtime.middlewares", "crawler.runtime.run_record"} & loaded


_COUNTING = """
import sys
import models.db
made = []
real = models.db.create_engine
def counting(*args, **kwargs):
    made.append(args[0])
    return real(*args, **kwargs)
models.db.create_engine = counting
from crawler.cli import main
try:
    main(sys.argv[1:])
finally:
    print(f"engines made: {len(made)}", file=sys.stderr)
"""


@pytest.mark.slow
def test_a_site_crawl_opens_one_engine(sqlite_url: str, tmp_path: Path) -> None:
    site = NewsSite(articles=4, seed=3, max_comments=2, private_articles=1)
    with site.serve() as base:
        sites = write_sites_file(tmp_path / "sites.toml", base)
        result = subprocess.run(
            [sys.executable, "-c", _COUNTING, "crawl", "--sites-file", str(sites), "--jobdir", str(tmp_path / "jobs"), *FAST],
            capture_output=True, text=True, timeout=300, cwd=REPO, env=os.environ | {"DATABASE_URL": sqlite_url},
        )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert "engines made: 1" in result.stderr, result.stderr[-500:]
