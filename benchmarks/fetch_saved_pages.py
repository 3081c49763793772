"""``casualties fetch --from-file`` over saved real pages, beside trafilatura + htmldate + SQLite.

    python -m benchmarks.fetch_saved_pages [--pages 100] [--runs 5] [--source DIR] [--set NAME=VALUE]

The pages are the first ``--pages`` of ``../shared/benchmarks/dragnet/html`` (gzipped real pages of
2012 news sites and blogs; ``--source`` names another folder; ``CASUALTIES_BENCHMARKS`` the shared benchmarks), read
at run time and inflated into a temporary folder: nothing of them is copied into the repository.

Each run times two commands, alternately (project, peer, project, peer, ...), so that other work
on a shared machine weighs on both alike:

* **project**: ``casualties fetch --from-file LIST`` into a SQLite database already at the newest
  schema (``--cold`` leaves it to the run to create, migrations included), the whole process from
  its start to its exit;
* **peer**: one Python process that imports trafilatura, htmldate and sqlite3 and, for each page,
  calls ``trafilatura.extract`` (metadata and comments included), ``htmldate.find_date`` and
  writes one row to SQLite, committed.

Reported per command, as medians with min–max over the runs: pages per second of wall time (start-up
included), start-up to the first page (the project: until its first ``OK`` line, which ``fetch``
prints as soon as that article is stored; the peer: until its first row is committed) in wall
seconds and in CPU seconds of the command's own process (which other work on a shared machine
does not inflate), and CPU seconds of the whole process tree (the project's worker processes are
children of a fork server and may be counted only in part).  Then the ratio of the medians,
project over peer.

Both commands read their modules' compiled bytecode, as an installed copy does: the runs keep a
bytecode cache in the temporary folder (``PYTHONPYCACHEPREFIX``), filled by one untimed run of each
before the timed ones, even where the environment forbids writing bytecode
(``PYTHONDONTWRITEBYTECODE``), which would otherwise have every run compile the project's modules
from source.  ``--no-bytecode-cache`` measures that case.
"""

from __future__ import annotations

import argparse
import gzip
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.shared_data import benchmarks_folder

REPO = Path(__file__).resolve().parents[1]

PEER = r'''
import sqlite3, sys, time
start = float(sys.argv[1])
import htmldate, trafilatura
database = sqlite3.connect(sys.argv[2])
database.execute("CREATE TABLE IF NOT EXISTS pages (path TEXT, title TEXT, published TEXT, body TEXT, comments TEXT)")
first = None
for path in open(sys.argv[3], encoding="utf-8").read().split():
    html = open(path, "rb").read()
    found = trafilatura.bare_extraction(html, include_comments=True, with_metadata=True) or {}
    if not isinstance(found, dict):
        found = found.as_dict()
    published = htmldate.find_date(html)
    database.execute("INSERT INTO pages VALUES (?, ?, ?, ?, ?)",
                     (path, found.get("title"), published, found.get("text"), found.get("comments")))
    database.commit()
    if first is None:
        first = time.time() - start
        first_cpu = time.process_time()
print(f"FIRST {first} {first_cpu}", flush=True)
'''


def inflate(source: Path, count: int, into: Path) -> list[Path]:
    """The first ``count`` pages of ``source`` (``.html`` or ``.html.gz``) as plain files in ``into``."""
    pages: list[Path] = []
    for path in sorted(source.iterdir()):
        if len(pages) == count:
            break
        if path.name.endswith(".html.gz"):
            target = into / path.name.removesuffix(".gz")
            target.write_bytes(gzip.decompress(path.read_bytes()))
        elif path.name.endswith((".html", ".htm")):
            target = into / path.name
            target.write_bytes(path.read_bytes())
        else:
            continue
        pages.append(target)
    return pages


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _process_cpu(pid: int) -> float:
    """CPU seconds (user and system) a running process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def environment(bytecode: Path | None) -> dict[str, str]:
    """The commands' environment: the repository importable, and a bytecode cache in ``bytecode``."""
    found = {**os.environ, "PYTHONPATH": f"{REPO}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    if bytecode is not None:
        found.pop("PYTHONDONTWRITEBYTECODE", None)
        found["PYTHONPYCACHEPREFIX"] = str(bytecode)
    return found


def run_project(listing: Path, database: Path, overrides: list[str], cold: bool, bytecode: Path | None) -> tuple[float, float, float, int, float]:
    """Wall seconds, seconds to the first stored page, CPU seconds, pages stored, CPU seconds of
    the command's own process to its first stored page."""
    env = environment(bytecode)
    command = [sys.executable, "-m", "crawler", "fetch", "--from-file", str(listing), "--database", f"sqlite:///{database}"]
    for pair in overrides:
        command += ["-s", pair]
    if not cold:
        subprocess.run([sys.executable, "-m", "crawler", "db", "upgrade", "--database", f"sqlite:///{database}"],
                       env=env, check=True, capture_output=True)  # fmt: skip
    cpu = _children_cpu()
    start = time.time()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=database.parent)
    assert process.stdout is not None
    first, first_cpu, stored = None, 0.0, 0
    for line in process.stdout:
        if line.startswith("OK "):
            stored += 1
            if first is None:
                first = time.time() - start
                first_cpu = _process_cpu(process.pid)
    process.wait()
    wall = time.time() - start
    return wall, first if first is not None else wall, _children_cpu() - cpu, stored, first_cpu


def run_peer(listing: Path, database: Path, bytecode: Path | None) -> tuple[float, float, float, int, float]:
    cpu = _children_cpu()
    start = time.time()
    result = subprocess.run([sys.executable, "-c", PEER, str(start), str(database), str(listing)],
                            env=environment(bytecode), capture_output=True, text=True, check=True)  # fmt: skip
    wall = time.time() - start
    first, first_cpu = (float(value) for value in result.stdout.split("FIRST", 1)[1].split())
    return wall, first, _children_cpu() - cpu, len(listing.read_text().split()), first_cpu


def _figure(values: list[float], unit: str, digits: int = 2) -> str:
    return f"{statistics.median(values):.{digits}f} {unit} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", type=Path, default=None,
                        help="folder of .html or .html.gz pages (default: the shared dragnet pages)")
    parser.add_argument("--set", dest="overrides", action="append", default=[], metavar="NAME=VALUE", help="a Scrapy setting for the project's runs")
    parser.add_argument("--cold", action="store_true", help="the project's run creates its database (migrations included)")
    parser.add_argument("--no-bytecode-cache", dest="bytecode_cache", action="store_false",
                        help="leave bytecode as the environment has it (PYTHONDONTWRITEBYTECODE: compiled from source each run)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="fetch-saved-pages-") as folder:
        root = Path(folder)
        (root / "pages").mkdir()
        source = args.source or benchmarks_folder() / "dragnet" / "html"
        pages = inflate(source, args.pages, root / "pages")
        listing = root / "pages.txt"
        listing.write_text("".join(f"{page}\n" for page in pages), encoding="utf-8")
        print(f"{len(pages)} pages from {source}, {sum(p.stat().st_size for p in pages) / 1e6:.1f} MB; {args.runs} runs, alternating")
        bytecode = root / "bytecode" if args.bytecode_cache else None
        if bytecode is not None:  # untimed: fills the cache
            one_page = root / "first.txt"
            one_page.write_text(f"{pages[0]}\n", encoding="utf-8")
            run_project(one_page, root / "warm-project.db", args.overrides, args.cold, bytecode)
            run_peer(one_page, root / "warm-peer.db", bytecode)
        results: dict[str, list[tuple[float, float, float, int, float]]] = {"project": [], "peer": []}
        for number in range(args.runs):
            for name in ("project", "peer") if number % 2 == 0 else ("peer", "project"):
                database = root / f"{name}-{number}.db"
                found = (run_project(listing, database, args.overrides, args.cold, bytecode) if name == "project"
                         else run_peer(listing, database, bytecode))  # fmt: skip
                results[name].append(found)
                wall, first, cpu, stored, first_cpu = found
                print(f"  run {number + 1} {name:8} {stored / wall:6.2f} pages/s  first page {first:5.2f} s "
                      f"({first_cpu:4.2f} s CPU)  CPU {cpu:6.2f} s  ({stored} pages in {wall:.2f} s)", flush=True)  # fmt: skip
        rates = {name: [r[3] / r[0] for r in runs] for name, runs in results.items()}
        print()
        for name, runs in results.items():
            print(f"{name:8} {_figure(rates[name], 'pages/s')}; first page {_figure([r[1] for r in runs], 's')} "
                  f"({_figure([r[4] for r in runs], 's')} CPU); CPU {_figure([r[2] for r in runs], 's')}")  # fmt: skip
        ratio = statistics.median(rates["project"]) / statistics.median(rates["peer"])
        print(f"project / peer, pages/s: {ratio:.2f}×")


if __name__ == "__main__":
    main()
