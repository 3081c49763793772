"""End-to-end crawl throughput of ``casualties crawl`` on the local benchmark site, beside the
engine's ceilings, with peak memory.

    python -m benchmarks.crawl_throughput --articles 1000 10000 --runs 5 \\
        [--backend sqlite --backend postgresql --postgres URL] [--concurrency 16]

For each site size the site is built once (``benchmarks.static_site``: about 100 KB of HTML a
page, threads of 0 to 300 comments, 50 to a comment page) and served by nginx on 127.0.0.1.
Each run then does, one after the other:

* ``casualties crawl`` of the whole site into a new database of each backend (a first crawl:
  every article is new), with comments, extraction and the writes; then a second crawl of the
  unchanged site into the same database, as the next scheduled run would be (its requests are
  reported beside the first crawl's: what re-validation and the rolling re-check cost);
* the bare spider (``benchmarks/bare_spider.py``): the same requests, no parsing or storing;
* ``scrapy bench``: Scrapy's own benchmark, the ceiling of the engine on this machine.

Reported as median, min and max over the runs: articles per minute (the article items the crawl
stored; on the site of real pages, repeated pages keep their canonical URL and so are one row of
the database) and comments per second (counted in the database), over the crawl's own time from
spider open to close (interpreter start-up not counted); pages per minute; CPU milliseconds per
article of the whole process tree (start-up included; unlike the rates, not lowered by other work
on a shared machine); the peak memory of the crawl's process tree (the sum of resident sets, and the sum of
proportional sets, which counts pages the processes share once; sampled ten times a second); and
how the pace holds up as the database grows: articles per minute over the second 40 % of the
articles over that of the first 40 % (1.00: no slow-down).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, func, select

from benchmarks.databases import fresh_database
from benchmarks.static_site import BuiltSite, served_site, server_name
from models.articles import Article, Comment
from tests.crawl import write_sites_file

REPO = Path(__file__).resolve().parent.parent
_STATS_NUMBER = re.compile(r"'(?P<name>[a-z_/]+)': (?P<value>[0-9.]+)")
_LOGSTATS = re.compile(r"^(?P<at>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) .*Crawled (?P<pages>\d+) pages .*scraped (?P<items>\d+) items")


@dataclass(slots=True)
class Measured:
    """One crawl: what it did, how long, how much memory."""

    seconds: float  # the crawl's own time (Scrapy's elapsed_time_seconds)
    pages: int
    articles: int = 0
    comments: int = 0
    peak_rss: int = 0  # bytes, the whole process tree, resident sets summed
    peak_pss: int = 0  # bytes, the whole process tree, proportional sets summed (shared pages split)
    pace_held: float | None = None  # late articles/min over early articles/min
    returncode: int = 0
    cpu: float = 0.0  # seconds of CPU, user and system, of the whole process tree
    requests: int = 0  # requests the crawl sent (Scrapy's downloader/request_count)
    stored: int = 0  # distinct articles in the database after a crawl (pages of one canonical URL are one)

    @property
    def cpu_ms_per_article(self) -> float:
        return self.cpu * 1000 / self.articles if self.articles else float("nan")

    @property
    def articles_per_minute(self) -> float:
        return self.articles * 60 / self.seconds

    @property
    def comments_per_second(self) -> float:
        return self.comments / self.seconds

    @property
    def pages_per_minute(self) -> float:
        return self.pages * 60 / self.seconds


# ---------------------------------------------------------------------------- memory


def _tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (Linux /proc)."""
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                pending.extend(int(child) for child in task.read_text().split())
            except OSError:
                pass
    return found


def _kilobytes(path: str, field: str) -> int:
    """Bytes of a ``field: N kB`` line of a /proc file (0 when the process is gone)."""
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _rss(pid: int) -> int:
    return _kilobytes(f"/proc/{pid}/status", "VmRSS:")


def _pss(pid: int) -> int:
    """A process's proportional set size: its private pages plus its share of pages it shares
    with others (a forked worker's copy-on-write pages count once over the tree)."""
    return _kilobytes(f"/proc/{pid}/smaps_rollup", "Pss:")


def _cpu(pid: int) -> float:
    """User and system CPU seconds a process has used so far (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class PeakMemory:
    """The largest summed resident set and proportional set of a process tree, sampled in a thread
    (``peak``, ``peak_pss``), and the CPU seconds
    of each descendant as last sampled (``cpu``).  The worker processes of a pool are children of
    multiprocessing's fork server, which nobody waits for, so the CPU the system reports for a
    process's waited-for children leaves them out (and the crawl waits for no child of its own)."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.pid, self.interval, self.peak, self.peak_pss = pid, interval, 0, 0
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.wait(self.interval):
            tree = _tree(self.pid)
            self.peak = max(self.peak, sum(_rss(pid) for pid in tree))
            self.peak_pss = max(self.peak_pss, sum(_pss(pid) for pid in tree))
            for pid in tree[1:]:
                self.cpu[pid] = max(self.cpu.get(pid, 0.0), _cpu(pid))


# ---------------------------------------------------------------------------- running things


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@dataclass(slots=True)
class Ran:
    """How a command went: its exit code, the peak memory of its process tree, and the CPU seconds
    of the tree (the process's own, and its descendants' as last sampled)."""

    returncode: int
    peak_rss: int
    peak_pss: int
    cpu: float


def _run(command: list[str], log: Path, cwd: Path, env: dict[str, str]) -> Ran:
    """Run ``command`` with its log in ``log``."""
    before = _children_cpu()
    with log.open("w") as output:
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=output, stderr=subprocess.STDOUT)
        with PeakMemory(process.pid) as memory:
            returncode = process.wait()
    return Ran(returncode, memory.peak, memory.peak_pss, _children_cpu() - before + sum(memory.cpu.values()))


def _stats(log: str) -> dict[str, float]:
    """The numbers of Scrapy's closing stats dump."""
    dump = log[log.rfind("Dumping Scrapy stats") :]
    return {m["name"]: float(m["value"]) for m in _STATS_NUMBER.finditer(dump)}


def _pace_held(log: str) -> float | None:
    """Articles per minute over the second 40 % of a crawl's items over that of the first 40 %."""
    points = [
        (datetime.fromisoformat(m["at"]).timestamp(), int(m["items"]))
        for m in (_LOGSTATS.match(line) for line in log.splitlines())
        if m
    ]
    if not points or points[-1][1] < 10:
        return None
    total = points[-1][1]

    def moment(share: float) -> tuple[float, int]:
        return next(point for point in points if point[1] >= share * total)

    (t10, n10), (t50, n50), (t90, n90) = moment(0.1), moment(0.5), moment(0.9)
    if t50 <= t10 or t90 <= t50:
        return None
    return ((n90 - n50) / (t90 - t50)) / ((n50 - n10) / (t50 - t10))


def _stored(database: str) -> tuple[int, int]:
    engine = create_engine(database)
    try:
        with engine.connect() as connection:
            articles = connection.scalar(select(func.count()).select_from(Article)) or 0
            comments = connection.scalar(select(func.count()).select_from(Comment)) or 0
    finally:
        engine.dispose()
    return articles, comments


def _environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCRAPY_")} | extra
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def crawl(site: BuiltSite, database: str, work: Path, concurrency: int, extra: list[str]) -> Measured:
    """``casualties crawl`` of the whole site into ``database``."""
    sites_file = write_sites_file(work / "sites.toml", site.base_url, name="bench")
    log = work / "crawl.log"
    command = [
        sys.executable, "-m", "crawler", "crawl", "--sites-file", str(sites_file), "--jobdir", str(work / "jobs"),
        "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", f"CONCURRENT_REQUESTS={concurrency}",
        "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}", "-s", "LOGSTATS_INTERVAL=2", *extra,
    ]  # fmt: skip
    ran = _run(command, log, REPO, _environment(DATABASE_URL=database))
    text = log.read_text(errors="replace")
    stats = _stats(text)
    stored, comments = _stored(database)
    return Measured(
        seconds=stats.get("elapsed_time_seconds", float("nan")),
        pages=int(stats.get("downloader/response_count", 0)),
        articles=int(stats.get("item_scraped_count", stored)),
        stored=stored,
        comments=comments,
        peak_rss=ran.peak_rss,
        peak_pss=ran.peak_pss,
        pace_held=_pace_held(text),
        returncode=ran.returncode,
        cpu=ran.cpu,
        requests=int(stats.get("downloader/request_count", 0)),
    )


def bare(site: BuiltSite, work: Path, concurrency: int) -> Measured:
    """The bare spider on the same site: no parsing, no items."""
    log = work / "bare.log"
    spider = Path(__file__).with_name("bare_spider.py")
    command = [
        sys.executable, "-m", "scrapy", "runspider", str(spider), "-a", f"base_url={site.base_url}",
        "-s", f"CONCURRENT_REQUESTS={concurrency}", "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}",
    ]  # fmt: skip
    ran = _run(command, log, work, _environment())
    stats = _stats(log.read_text(errors="replace"))
    articles = site.articles if ran.returncode == 0 else 0
    return Measured(stats.get("elapsed_time_seconds", float("nan")), int(stats.get("downloader/response_count", 0)),
                    articles=articles, peak_rss=ran.peak_rss, peak_pss=ran.peak_pss, returncode=ran.returncode,
                    cpu=ran.cpu)  # fmt: skip


# trafilatura's command line in a process where ``*.localhost`` names resolve to 127.0.0.1.
_TRAFILATURA = """
import socket, sys
_resolve = socket.getaddrinfo
def _local(host, *args, **kwargs):
    if isinstance(host, str) and host.endswith(".localhost"):
        host = "127.0.0.1"
    return _resolve(host, *args, **kwargs)
socket.getaddrinfo = _local
from trafilatura.cli import main
sys.argv[0] = "trafilatura"
main()
"""
PEER_HOST = "bench.localhost"


def trafilatura_crawl(site: BuiltSite, work: Path) -> Measured:
    """trafilatura's crawler on a copy of the site whose URLs name ``PEER_HOST``, in two steps (its
    one-step sitemap mode downloads the sitemap index again and again): ``--sitemap URL --list``,
    then ``-i urls.txt --json --with-metadata -o DIR``; no sleep between requests and no SSRF
    protection (a config file), else it spends 5 s a page and refuses 127.0.0.1."""
    import trafilatura

    default = Path(trafilatura.__file__).with_name("settings.cfg").read_text()
    config = work / "trafilatura.cfg"
    config.write_text(re.sub(r"(?m)^SLEEP_TIME = .*$", "SLEEP_TIME = 0", default)
                      .replace("SSRF_PROTECTION = on", "SSRF_PROTECTION = off"))  # fmt: skip
    command = [sys.executable, "-c", _TRAFILATURA, "--config-file", str(config)]
    out = work / "trafilatura-out"
    start = datetime.now()
    listing = _run([*command, "--sitemap", f"{site.base_url}/sitemap_index.xml", "--list"], work / "list.log", work, _environment())
    urls = [line for line in (work / "list.log").read_text(errors="replace").splitlines() if line.startswith("http")]
    (work / "urls.txt").write_text("\n".join(urls) + "\n")
    extracting = _run([*command, "-i", str(work / "urls.txt"), "--json", "--with-metadata", "-o", str(out)],
                      work / "extract.log", work, _environment())  # fmt: skip
    seconds = (datetime.now() - start).total_seconds()
    articles = len(list(out.glob("*.json"))) if out.is_dir() else 0
    return Measured(seconds, pages=len(urls) + 2, articles=articles,
                    peak_rss=max(listing.peak_rss, extracting.peak_rss),
                    peak_pss=max(listing.peak_pss, extracting.peak_pss),
                    returncode=listing.returncode or extracting.returncode, cpu=listing.cpu + extracting.cpu)  # fmt: skip


def scrapy_bench(work: Path) -> Measured:
    """``scrapy bench`` (outside the project, so Scrapy's defaults apply)."""
    log = work / "bench.log"
    ran = _run([sys.executable, "-m", "scrapy", "bench"], log, work, _environment())
    stats = _stats(log.read_text(errors="replace"))
    return Measured(stats.get("elapsed_time_seconds", float("nan")), int(stats.get("downloader/response_count", 0)),
                    peak_rss=ran.peak_rss, peak_pss=ran.peak_pss, returncode=ran.returncode, cpu=ran.cpu)  # fmt: skip


# ---------------------------------------------------------------------------- report


def _spread(values: list[float], digits: int = 0) -> str:
    if not values:
        return "-"
    return f"{statistics.median(values):,.{digits}f} ({min(values):,.{digits}f}–{max(values):,.{digits}f})"


def report(size: int, site: BuiltSite, results: dict[str, list[Measured]]) -> None:
    print(f"\n{size:,} articles ({site.comments:,} comments, {site.files:,} files, {site.bytes / 2**20:,.0f} MiB, "
          f"served by {server_name()}); median (min–max) over runs")  # fmt: skip
    print(f"  {'what':<17}{'runs':>4}  {'articles/min':<24}{'comments/s':<20}{'pages/min':<24}"
          f"{'CPU ms/article':<20}{'peak RSS MB':<16}{'peak PSS MB':<16}{'pace held'}")  # fmt: skip
    for name, runs in results.items():
        if name.startswith("second"):
            continue
        ok = [run for run in runs if run.returncode == 0]
        failed = len(runs) - len(ok)
        paces = [run.pace_held for run in ok if run.pace_held is not None]
        bench = name == "scrapy bench"
        print(
            f"  {name:<17}{len(ok):>4}  "
            f"{_spread([r.articles_per_minute for r in ok]) if not bench else '-':<24}"
            f"{_spread([r.comments_per_second for r in ok]) if name.startswith('crawl') else '-':<20}"
            f"{_spread([r.pages_per_minute for r in ok]):<24}"
            f"{_spread([r.cpu_ms_per_article for r in ok], 1) if not bench else '-':<20}"
            f"{_spread([r.peak_rss / 2**20 for r in ok]):<16}"
            f"{_spread([r.peak_pss / 2**20 for r in ok]):<16}"
            f"{_spread(paces, 2) if paces else '-'}"
            + (f"  ({failed} failed)" if failed else "")
        )
    for backend in [name.removeprefix("crawl ") for name in results if name.startswith("crawl ")]:
        second_runs(backend, results[f"crawl {backend}"], results[f"second crawl {backend}"])
    for name, runs in results.items():
        for run in runs:
            if name.startswith("crawl") and run.returncode == 0 and run.articles < size:
                print(f"  note: a {name} run read {run.articles} of {size} articles")
            if name.startswith("crawl") and run.returncode == 0 and run.stored < run.articles:
                print(f"  note: a {name} run's {run.articles} articles are {run.stored} in the database"
                      " (the site of real pages repeats its pages, canonical URL and all, beyond the first ~680)")


def second_runs(backend: str, firsts: list[Measured], seconds: list[Measured]) -> None:
    """The second crawl of the unchanged site into the same database: its requests beside the first's."""
    pairs = [(first, second) for first, second in zip(firsts, seconds) if not first.returncode and not second.returncode]
    if not pairs:
        return
    shares = [100 * second.requests / first.requests for first, second in pairs if first.requests]
    print(f"  second crawl {backend} of the unchanged site: {_spread([second.requests for _, second in pairs])} requests"
          f" = {_spread(shares, 1)} % of the first crawl's {_spread([first.requests for first, _ in pairs])};"
          f" {_spread([second.seconds for _, second in pairs], 1)} s,"
          f" {_spread([second.cpu for _, second in pairs], 1)} CPU s")  # fmt: skip


def measure(size: int, runs: int, backends: list[str], postgres: str | None, concurrency: int,
            extra: list[str], under: Path | None, real: bool = False, peers: bool = True) -> None:  # fmt: skip
    results: dict[str, list[Measured]] = {f"crawl {backend}": [] for backend in backends}
    results |= {f"second crawl {backend}": [] for backend in backends}
    if peers:
        results |= {"bare spider": [], "trafilatura": [], "scrapy bench": []} if real else {"bare spider": [], "scrapy bench": []}
    if real:
        from benchmarks import real_site

        serving = ExitStack()
        site = serving.enter_context(real_site.served_site(size, under))
        if peers:
            peer_site = serving.enter_context(real_site.served_site(size, under, host=PEER_HOST))
    else:
        serving = ExitStack()
        site = serving.enter_context(served_site(size, under))
    with serving:
        for number in range(1, runs + 1):
            if real and peers:
                with tempfile.TemporaryDirectory(prefix="bench-trafilatura-") as tmp:
                    results["trafilatura"].append(trafilatura_crawl(peer_site, Path(tmp)))
            for backend in backends:
                with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp, \
                        fresh_database(postgres if backend == "postgresql" else None) as database:  # fmt: skip
                    for name in (f"crawl {backend}", f"second crawl {backend}"):
                        run = crawl(site, database, Path(tmp), concurrency, extra)
                        results[name].append(run)
                        if run.returncode:
                            print((Path(tmp) / "crawl.log").read_text(errors="replace")[-3000:], file=sys.stderr)
            if peers:
                with tempfile.TemporaryDirectory(prefix="bench-bare-") as tmp:
                    results["bare spider"].append(bare(site, Path(tmp), concurrency))
                    results["scrapy bench"].append(scrapy_bench(Path(tmp)))
            print(f"  run {number}/{runs} of {size:,}: " + ", ".join(
                f"{name} {runs_[-1].articles_per_minute if not name.startswith('scrapy') else runs_[-1].pages_per_minute:,.0f}"
                for name, runs_ in results.items() if not name.startswith("second")), file=sys.stderr, flush=True)  # fmt: skip
        report(size, site, results)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, nargs="+", default=[1000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], action="append",
                        help="repeatable (default: sqlite, and postgresql when --postgres is given)")  # fmt: skip
    parser.add_argument("--postgres", metavar="URL", default=os.environ.get("CASUALTIES_BENCH_POSTGRES_URL"),
                        help="a PostgreSQL server to create each run's database on")  # fmt: skip
    parser.add_argument("--concurrency", type=int, default=16, help="CONCURRENT_REQUESTS (and per domain)")
    parser.add_argument("--set", "-s", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                        help="another Scrapy setting for the crawl (repeatable)")  # fmt: skip
    parser.add_argument("--tmp", type=Path, help="where to write the site (default: the system's temporary folder)")
    parser.add_argument("--no-peers", dest="peers", action="store_false",
                        help="only the project's crawls (no bare spider, trafilatura or scrapy bench)")  # fmt: skip
    parser.add_argument("--real", action="store_true",
                        help="the site of real pages (benchmarks.real_site), with trafilatura's crawler beside ours")  # fmt: skip
    args = parser.parse_args(argv)
    backends = args.backend or (["sqlite", "postgresql"] if args.postgres else ["sqlite"])
    if "postgresql" in backends and not args.postgres:
        parser.error("--backend postgresql needs --postgres URL")
    extra = [part for setting in args.settings for part in ("-s", setting)]
    for size in args.articles:
        measure(size, args.runs, backends, args.postgres, args.concurrency, extra, args.tmp, args.real, args.peers)


if __name__ == "__main__":
    main()
