"""The CLI loads a command's module only when that command runs, and still lists every command."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import click

import crawler.cli
from crawler.cli import main


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
