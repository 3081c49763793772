"""The models import typed records of the crawler and nothing that reads pages or crawls."""

from __future__ import annotations

import json
import subprocess
import sys

# Import every module of ``models`` in a fresh interpreter and list what got loaded.
_LOADED = """
import importlib, json, pkgutil, sys
import models
for module in pkgutil.iter_modules(models.__path__):
    importlib.import_module(f"models.{module.name}")
print(json.dumps(sorted(sys.modules)))
"""


def test_importing_the_models_loads_no_html_stack_no_scrapy_and_no_page_readers() -> None:
    result = subprocess.run([sys.executable, "-c", _LOADED], capture_output=True, text=True, check=True)
    loaded = json.loads(result.stdout)
    assert "models.store" in loaded
    assert not [name for name in loaded if name.split(".")[0] in ("lxml", "scrapy", "twisted")]
    readers = [name for name in loaded if name.startswith("crawler.understand.") and not name.endswith(".page_records")]
    assert readers == []
    assert not [name for name in loaded if name.startswith(("crawler.spiders", "crawler.pipelines"))]
