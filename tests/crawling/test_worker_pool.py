"""A worker process that dies loses no task: the task runs in the crawl process, new workers start."""

from __future__ import annotations

import asyncio
import logging
import os

import pytest

from crawler.runtime import pool as pool_module
from crawler.runtime.pool import WorkerPool, default_processes, understanding_processes


def _pid() -> int:
    return os.getpid()


def _die_outside(crawl_pid: int) -> str:
    """Kills any worker process that runs it, as a crash on a hostile page would."""
    if os.getpid() != crawl_pid:
        os._exit(1)
    return "read in the crawl process"


async def _run_through_a_crash(pool: WorkerPool) -> tuple[int, str, int]:
    before = await pool.run(_pid)
    found = await pool.run(_die_outside, os.getpid())
    after = await pool.run(_pid)
    return before, found, after


def test_a_task_whose_worker_dies_runs_in_the_crawl_process_and_new_workers_take_the_next(
    caplog: pytest.LogCaptureFixture,
) -> None:
    pool = WorkerPool(1, "test")
    pool.start()
    try:
        with caplog.at_level(logging.WARNING, logger="crawler.runtime.pool"):
            before, found, after = asyncio.run(_run_through_a_crash(pool))
    finally:
        pool.shutdown()
    assert found == "read in the crawl process"
    assert os.getpid() not in (before, after) and before != after  # a new worker after the crash
    assert "a test worker process died" in caplog.text


def test_without_processes_the_task_runs_in_the_calling_process() -> None:
    pool = WorkerPool(0, "test")
    pool.start()
    assert asyncio.run(pool.run(_pid)) == os.getpid()


async def _shared_run(pool: WorkerPool) -> tuple[list[int], bool]:
    first = await pool.run(_pid)
    started = pool.pool is not None
    second = await pool.run(_pid)  # the workers start now, and this task does not wait for them
    for _ in range(1200):
        if pool.ready:
            break
        await asyncio.sleep(0.1)
    third = await pool.run(_pid)
    return [first, second, third], started


def test_a_shared_pool_runs_the_first_tasks_here_until_its_workers_have_loaded_then_sends_them_there() -> None:
    pool = WorkerPool(1, "test", share=True)
    try:
        (first, second, third), started_by_the_first = asyncio.run(_shared_run(pool))
    finally:
        pool.shutdown()
    assert not started_by_the_first  # a run of one task starts no worker
    assert first == second == os.getpid() != third
    assert pool.ran_here == 2


async def _preloaded_run(pool: WorkerPool) -> tuple[int, list[int]]:
    first = await pool.run(_pid)
    together = await asyncio.gather(*(pool.run(_pid) for _ in range(3)))
    return first, together


def test_a_shared_pool_whose_code_the_fork_server_loaded_sends_even_its_first_task_to_a_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool_module, "_preloaded", frozenset({__name__}))
    pool = WorkerPool(1, "test", share=True)
    try:
        first, together = asyncio.run(_preloaded_run(pool))
    finally:
        pool.shutdown()
    here = os.getpid()
    assert first != here
    assert together.count(here) == 1  # the third of three at once: one running, one waiting
    assert pool.ran_here == 1


def test_a_pool_whose_code_the_fork_server_loaded_starts_its_workers_with_the_crawl_others_with_the_first_task(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pool_module, "_preloaded", frozenset({__name__}))
    loaded, other = WorkerPool(1, "test", code=__name__), WorkerPool(1, "test", code="crawler.extract.document")
    try:
        loaded.start()
        other.start()
        assert loaded.pool is not None and other.pool is None
        assert asyncio.run(loaded.run(_pid)) != os.getpid()
    finally:
        loaded.shutdown()
        other.shutdown()


def test_an_unshared_pool_sends_every_task_to_its_workers() -> None:
    pool = WorkerPool(1, "test")
    try:
        first, together = asyncio.run(_preloaded_run(pool))
    finally:
        pool.shutdown()
    assert os.getpid() not in (first, *together) and pool.ran_here == 0


def test_page_reading_gets_a_worker_for_each_core_but_the_crawl_processes_and_extraction_one(monkeypatch: pytest.MonkeyPatch) -> None:
    for cores, reading, extraction in ((1, 0, 0), (2, 1, 1), (4, 3, 1), (8, 7, 1)):
        monkeypatch.setattr(os, "sched_getaffinity", lambda _pid, cores=cores: set(range(cores)), raising=False)
        assert (understanding_processes(), default_processes()) == (reading, extraction)


def _frozen_objects() -> int:
    import gc

    return gc.get_freeze_count()


def test_a_worker_keeps_what_it_inherited_out_of_its_garbage_collections() -> None:
    pool = WorkerPool(1, "test")
    try:
        frozen = asyncio.run(pool.run(_frozen_objects))
    finally:
        pool.shutdown()
    assert frozen > 1000  # the interpreter and the code loaded before the fork: their pages stay shared
