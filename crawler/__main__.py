"""``python -m crawler`` is the ``casualties`` command.

The guard matters: a process started with "spawn" (the worker pools, a migration run apart)
imports this module again as ``__mp_main__``, and must not run the command a second time.
"""

from crawler.cli import main

if __name__ == "__main__":
    main()
