"""Where the shared benchmark pages are: ``shared/benchmarks`` beside the checkout, or the folder
``CASUALTIES_BENCHMARKS`` names (the same variable the corpus test reads)."""

from __future__ import annotations

import os
from pathlib import Path

ENV = "CASUALTIES_BENCHMARKS"
REPO = Path(__file__).resolve().parents[1]


def benchmarks_folder() -> Path:
    """The shared benchmarks folder; exits with a message naming the variable when it is missing."""
    folder = Path(os.environ.get(ENV) or REPO.parent / "shared" / "benchmarks")
    if not folder.is_dir():
        raise SystemExit(f"no shared benchmarks at {folder}: set {ENV} to the folder")
    return folder
