"""`casualties runs` groups worker runs into fleets: the processes that crawled one queue together."""

from __future__ import annotations

from datetime import datetime, timedelta

from models import CrawlRun
from models.run_store import fleets

_START = datetime(2026, 3, 14, 2, 0, 0)


def _run(run_id: int, started: int, ended: int, closed: bool = True, spider: str = "worker") -> CrawlRun:
    """A run record started and last heard of (or closed) so many seconds after 02:00."""
    run = CrawlRun(id=run_id, spider=spider, worker=f"crawl-{run_id}:4{run_id}1", settings={})
    run.started_at = _START + timedelta(seconds=started)
    run.heartbeat_at = _START + timedelta(seconds=ended)
    run.finished_at = run.heartbeat_at if closed else None
    run.status = "finished" if closed else "running"
    return run


def _ids(groups: list[list[CrawlRun]]) -> list[list[int]]:
    return [[run.id for run in group] for group in groups]


def test_workers_that_overlap_are_one_fleet_and_a_later_round_another() -> None:
    runs = [_run(1, 0, 300), _run(2, 2, 310), _run(3, 5000, 5200), _run(4, 5001, 5190)]
    assert _ids(fleets(runs)) == [[1, 2], [3, 4]]


def test_a_worker_restarted_after_a_kill_joins_the_fleet_even_after_the_others_stopped() -> None:
    # Worker 1 is killed at 40 s holding requests; worker 2 goes idle and stops at 52 s; the
    # restart, slow to start on a loaded host, opens its run at 60 s and finishes the killed share.
    runs = [_run(1, 0, 40, closed=False), _run(2, 1, 52), _run(3, 60, 140)]
    assert _ids(fleets(runs)) == [[1, 2, 3]]


def test_the_restart_takes_up_the_kill_once_and_a_later_round_stays_apart() -> None:
    runs = [_run(1, 0, 40, closed=False), _run(2, 1, 52), _run(3, 60, 140), _run(4, 4000, 4100), _run(5, 4002, 4090)]
    assert _ids(fleets(runs)) == [[1, 2, 3], [4, 5]]


def test_single_processes_and_other_spiders_are_no_fleet() -> None:
    runs = [_run(1, 0, 100), _run(2, 10, 90, spider="site"), _run(3, 500, 600)]
    assert fleets(runs) == []
