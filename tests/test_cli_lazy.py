"""The CLI loads a command's module only when that command runs, and still lists every command."""

from __future__ import annotations

import importlib
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import click
import pytest

import crawler.cli
from crawler.cli import main
from models.db import make_engine, upgrade

FIXTURES = Path(__file__).parent / "fixtures" / "pages"


def test_every_command_of_every_cli_module_is_listed_and_found() -> None:
    for module in pkgutil.iter_modules(crawler.cli.__path__):
        importlib.import_module(f"crawler.cli.{module.name}")
    context = click.Context(main)
    assert sorted(main.commands) == main.list_commands(context)
    for name in main.list_commands(context):
        assert main.get_command(context, name) is main.commands[name]


def test_fetch_loads_neither_the_other_commands_nor_alembic_nor_redis() -> None:
    check = (
        "import sys, click; from crawler.cli import main; "
        "main.get_command(click.Context(main), 'fetch'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'redis', 'scrapy_redis', 'matplotlib', 'datasette')"
        " or m in ('crawler.cli.analysis', 'crawler.cli.workers', 'crawler.cli.crawling')))"
    )
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# What a fetch of a saved page needs neither before its first page nor after: the other commands
# and their tools, the distributed mode, Alembic (the schema is current), the second-opinion readers,
# the lunar Hijri calendar (loaded with the first such date).
_NOT_FOR_A_FETCH = (
    "alembic", "redis", "scrapy_redis", "matplotlib", "datasette", "pandas", "trafilatura", "htmldate", "dateparser", "hijridate",
    "crawler.analysis", "crawler.cli.analysis", "crawler.cli.crawling", "crawler.cli.database", "crawler.cli.reextracting",
    "crawler.cli.workers", "crawler.distributed.scheduler", "crawler.distributed.dupefilter",
)  # fmt: skip

_LOADED = """
import atexit, sys
from crawler.cli import main
names = sys.argv[1].split(",")
atexit.register(lambda: print("LOADED", sorted(m for m in sys.modules if any(m == n or m.startswith(n + ".") for n in names))))
main(sys.argv[2:])
"""


def _fetch_into_a_current_database(tmp_path: Path, modules: tuple[str, ...]) -> subprocess.CompletedProcess[str]:
    """``casualties fetch`` of the seed page into a database at the newest schema, its last line
    of output the ``modules`` (and their submodules) the crawl process loaded."""
    url = f"sqlite:///{tmp_path / 'casualties.db'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    command = [sys.executable, "-c", _LOADED, ",".join(modules), "fetch", str(FIXTURES / "seed-article.html"), "--database", url]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=300, cwd=tmp_path)


def test_a_fetch_into_a_current_database_loads_none_of_the_other_tools(tmp_path: Path) -> None:
    result = _fetch_into_a_current_database(tmp_path, _NOT_FOR_A_FETCH)
    assert result.returncode == 0, result.stderr
    assert "OK " in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "LOADED []"


# What reads pages and extracts claims: the worker processes' code, loaded by the fork server
# while the crawl process loads Scrapy and the database layer.
_WORKERS_CODE = (
    "crawler.extract.document", "crawler.extract.claims", "crawler.understand.comments.section",
    "crawler.understand.metadata", "crawler.understand.body", "crawler.understand.dates",
)  # fmt: skip


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="one core: pages are read in the crawl process")
def test_with_a_second_core_the_first_page_is_read_and_extracted_in_a_worker_whose_code_the_crawl_process_never_loads(
    tmp_path: Path,
) -> None:
    result = _fetch_into_a_current_database(tmp_path, _WORKERS_CODE)
    assert result.returncode == 0, result.stderr
    assert "OK " in result.stdout and "1 stored, 0 failed" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "LOADED []"


_PRELOADS = """
import sys
import crawler.cli.fetching as fetching
from crawler.cli import main
calls = []
fetching.preload_workers = lambda modules: calls.append("sqlalchemy" in sys.modules) or False
try:
    main(sys.argv[1:])
finally:
    print("PRELOADS", calls)
"""


@pytest.mark.parametrize(
    ("arguments", "preloads"),
    [(["--database", "sqlite:///nowhere.db", "no-such-page.html"], "[False, True]"), (["--help"], "[]"), (["--database", "sqlite:///x.db", "--help"], "[]")],
)
def test_fetch_starts_loading_its_workers_code_before_its_database_option_loads_sqlalchemy_but_not_for_its_help(
    tmp_path: Path, arguments: list[str], preloads: str
) -> None:
    result = subprocess.run([sys.executable, "-c", _PRELOADS, "fetch", *arguments], capture_output=True, text=True, check=False, timeout=120, cwd=tmp_path)
    assert result.stdout.strip().splitlines()[-1] == f"PRELOADS {preloads}", result.stderr[-2000:]
