"""The ``casualties`` command: a thin layer over the spiders, the pipelines and the database.

One module per group of commands; each registers its commands on ``main`` when imported.
"""

from __future__ import annotations

import click


@click.group()
@click.version_option(package_name="casualties")
def main() -> None:
    """Crawl conflict news and reader comments into a casualty database."""


# Imported for their side effect: each module adds its commands to ``main``.
from crawler.cli import analysis, crawling, database, extraction, fetching, workers  # noqa: E402, F401
