"""How many texts per second ``extract_document`` reads, on one core.

Usage: ``python -m benchmarks.extraction_speed TEXTS.jsonl [--runs 5]`` where each line is
``{"id": ..., "text": ..., "pub_date": "YYYY-MM-DD" | null}``.  Every run extracts every text
once; the median run is reported (one warm-up run first, so imports and caches are not timed).
The process pins itself to one core where the system allows it (Linux), and time is the
process's CPU time, so other work on a shared machine does not count against it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from datetime import date
from pathlib import Path

from crawler.extract.document import extract_document


def load(path: Path) -> list[tuple[str, date | None]]:
    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            published = date.fromisoformat(row["pub_date"][:10]) if row.get("pub_date") else None
            texts.append((row["text"], published))
    return texts


def one_run(texts: list[tuple[str, date | None]]) -> float:
    began = time.process_time()
    for text, published in texts:
        extract_document(text, published)
    return time.process_time() - began


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("texts", type=Path, help="JSONL of {id, text, pub_date}")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    texts = load(args.texts)
    one_run(texts)
    seconds = [one_run(texts) for _ in range(args.runs)]
    median = statistics.median(seconds)
    characters = sum(len(text) for text, _ in texts)
    print(
        f"texts={len(texts)} characters={characters} runs={args.runs} "
        f"median_seconds={median:.3f} texts_per_second={len(texts) / median:.0f} "
        f"characters_per_second={characters / median:.0f}"
    )


if __name__ == "__main__":
    main()
