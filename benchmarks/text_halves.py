"""The text dev sets scored in two halves, with the figures the extraction issues ask for.

    PYTHONPATH=. python -m benchmarks.text_halves [--sets casualty,relevance] [--keep DIR]

Casualty rows (``casualty/dev-wide.jsonl``) go to half ``A`` (tune here) or ``B`` (held out) by
the SHA-1 of their id; relevance sentences (``relevance/dev.jsonl``) by the SHA-1 of their page,
so that two sentences of one page never sit in different halves. Each half is scored by the
benchmark's own ``score.py`` running ``casualties extract --jsonl`` of this checkout, and one line
per half gives: killed exact and in range overall, where the gold is in the text, Wikipedia,
Airwars and UCDP rows, and wounded exact; for relevance, precision, recall and the false rate of
each other class. ``--keep DIR`` leaves the halves, predictions and per-row dumps there to read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.shared_data import benchmarks_folder

EXTRACT = f"{Path(sys.executable).parent / 'casualties'} extract --jsonl"


def half_of(key: str) -> str:
    """``A`` or ``B``, stable for a key (a row id or a page id)."""
    return "AB"[hashlib.sha1(key.encode()).digest()[-1] % 2]


def page_of(sentence_id: str) -> str:
    """The page a relevance sentence belongs to: its id without the sentence number."""
    return sentence_id.rsplit(":", 1)[0]


def _split(rows: list[str], key) -> dict[str, list[str]]:
    halves: dict[str, list[str]] = {"A": [], "B": []}
    for line in rows:
        halves[half_of(key(json.loads(line)))].append(line)
    return halves


def _write_halves(source: Path, key, folder: Path) -> dict[str, Path]:
    """The set and its halves as files ``<set>-<file>.<all|A|B>.jsonl`` (e.g. ``casualty-dev.A.jsonl``)."""
    lines = [line for line in source.read_text("utf8").splitlines() if line.strip()]
    paths = {}
    for name, part in {"all": lines, **_split(lines, key)}.items():
        paths[name] = folder / f"{source.parent.name}-{source.stem}.{name}.jsonl"
        paths[name].write_text("\n".join(part) + "\n", "utf8")
    return paths


def _casualty_line(name: str, metrics: dict) -> str:
    def cell(subset: str, outcome: str = "killed") -> str:
        m = metrics.get(f"{subset}|{outcome}|sum")
        return "-" if not m or not m["n"] else f"{m['exact']:.3f}/{m['in_range']:.3f}"

    return (f"{name:4} killed {cell('ALL')}  gold-in-text {cell('ALL gold_in_text=True')}  "
            f"wiki {cell('wiki')}  airwars {cell('airwars')}  ucdp {cell('ucdp')}  "
            f"wounded {cell('ALL', 'wounded')}   (exact/in range)")


def casualty(bench: Path, folder: Path) -> None:
    score = bench / "casualty" / "score.py"
    for data in ("dev-wide.jsonl", "dev.jsonl"):
        paths = _write_halves(bench / "casualty" / data, lambda row: row["id"], folder)
        predictions = folder / f"casualty-{Path(data).stem}.predictions.jsonl"
        subprocess.run([sys.executable, str(score), "--data", str(paths["all"]), "--batch-cmd", EXTRACT,
                        "--save-predictions", str(predictions), "--agg", "sum"],
                       check=True, capture_output=True)
        print(f"casualty {data}")
        for name, path in paths.items():
            out = folder / f"{path.stem}.metrics.json"
            subprocess.run([sys.executable, str(score), "--data", str(path), "--predictions", str(predictions),
                            "--out-json", str(out), "--dump", str(folder / f"{path.stem}.rows.jsonl"),
                            "--agg", "sum"], check=True, capture_output=True)
            print("  " + _casualty_line(name, json.loads(out.read_text("utf8"))["metrics"]))


def relevance(bench: Path, folder: Path) -> None:
    score = bench / "relevance" / "score.py"
    paths = _write_halves(bench / "relevance" / "dev.jsonl", lambda row: page_of(row["id"]), folder)
    print("relevance dev.jsonl")
    for name, path in paths.items():
        done = subprocess.run([sys.executable, str(score), "--data", str(path), "--batch-cmd", EXTRACT, "--json",
                               "--dump", str(folder / f"{path.stem}.rows.jsonl")],
                              check=True, capture_output=True, text=True)
        res = json.loads(done.stdout.strip().splitlines()[-1])
        rates = "  ".join(f"{c} {v:.3f}" for c, v in res["false_rate"].items())
        print(f"  {name:4} rows {res['rows']:4}  precision {res['precision'] or 0:.3f}  "
              f"recall {res['recall'] or 0:.3f}  false rate: {rates}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="casualty,relevance")
    ap.add_argument("--keep", type=Path, help="leave halves, predictions and per-row dumps in this folder")
    args = ap.parse_args(argv)
    bench = benchmarks_folder()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for name in args.sets.split(","):
            {"casualty": casualty, "relevance": relevance}[name](bench, folder)


if __name__ == "__main__":
    main()
