"""The fork server of a crawl loads its workers' code before they fork; a name it cannot import
it skips without a word, so each must be one that imports."""

from __future__ import annotations

import importlib

import pytest

from crawler.cli.options import WORKER_CODE


@pytest.mark.parametrize("module", WORKER_CODE)
def test_each_module_a_crawl_loads_for_its_workers_imports(module: str) -> None:
    importlib.import_module(module)
