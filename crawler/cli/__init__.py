"""The ``casualties`` command: a thin layer over the spiders, the pipelines and the database.

One module per group of commands; each registers its commands on ``main`` when imported.  A
module is imported only when one of its commands runs (or ``--help`` lists them all), so that
``casualties fetch`` does not wait for the analysis tools, Redis or the extraction CLI to load.
"""

from __future__ import annotations

import importlib

import click

# Each command, and the module of this package that defines it.
_COMMANDS = {
    "sql": "analysis", "chart": "analysis", "explore": "analysis",
    "crawl": "crawling", "runs": "crawling",
    "db": "database",
    "extract": "reextracting",
    "fetch": "fetching",
    "enqueue": "workers", "worker": "workers", "queue": "workers",
}  # fmt: skip


class _LazyGroup(click.Group):
    """A group whose commands are imported when first asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(self.commands) | set(_COMMANDS))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in _COMMANDS:
            importlib.import_module(f"{__name__}.{_COMMANDS[cmd_name]}")  # registers it on main
        return self.commands.get(cmd_name)


@click.group(cls=_LazyGroup)
@click.version_option(package_name="casualties")
def main() -> None:
    """Crawl conflict news and reader comments into a casualty database."""
