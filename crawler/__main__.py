"""``python -m crawler`` is the ``casualties`` command."""

from crawler.cli import main

main()
