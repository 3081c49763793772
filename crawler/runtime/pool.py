"""Worker processes for the crawl's CPU-bound, pure work (page understanding, extraction).

A ``WorkerPool`` runs a function in one of its worker processes while the crawl process goes
on downloading and writing; with 0 processes it runs the function in the crawl process.  A worker
that dies (killed, crashed on a hostile page) loses nothing: the task it broke runs again in the
crawl process, with a warning, and a new pool replaces the broken one.

The workers start with the first task, not with the crawl.  A pool that ``shares`` its work
(``POOL_SHARE_WORK``) runs its first task in the crawl process and starts its workers with the
second; it runs a task in the crawl process while its workers are still starting (no page waits
for them to load their code) and while every worker has a task running and another waiting (the
crawl process, with a core of its own, does not idle while the workers are the bottleneck).

A command may start the fork server early with the workers' code loaded (``preload_workers``):
its workers are then ready as soon as they fork, and even a shared pool sends them its first task;
a pool that names that code starts its workers with the crawl (``start``).
"""

from __future__ import annotations

import asyncio
import gc
import importlib
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")

_WATCH_SECONDS = 1.0  # how often a worker process checks that its crawl is still there

_preloaded: frozenset[str] = frozenset()  # the modules the fork server loads before forking workers


def _running(pid: int) -> bool:
    """Whether a process runs; a killed one its parent has not reaped yet (a zombie) does not."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: ask the kernel whether the pid exists
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True


def _start_worker(crawl_pid: int) -> None:
    """Set up a worker process: Ctrl-C is left to the crawl, which shuts the pool down in order;
    the crawl's output is not held open; and the worker ends when the crawl is gone, even killed
    (a pool's queues never tell their workers that the other end died).  What the worker
    inherited from the fork server (the code it preloaded) is left out of the worker's garbage
    collections, which would otherwise write to every object and so copy the pages it shares."""
    gc.freeze()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    quiet = os.open(os.devnull, os.O_RDWR)
    for stream in (0, 1, 2):
        os.dup2(quiet, stream)
    os.close(quiet)

    def watch() -> None:
        while _running(crawl_pid):
            time.sleep(_WATCH_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="crawl-watch", daemon=True).start()


def _load(module: str) -> None:
    """Run in a new worker: the task's code loaded before the first task arrives."""
    importlib.import_module(module)


def preload_workers(modules: list[str]) -> bool:
    """Start the fork server now, loading ``modules`` on another core while the crawl process
    starts: the pools' workers fork from it with their code loaded, so the first task (the first
    page) goes to a worker at once instead of the crawl process loading that code itself.  Whether
    it did: not on one core, nor where there is no fork server (the workers are spawned)."""
    global _preloaded
    if _cores() < 2 or "forkserver" not in multiprocessing.get_all_start_methods():
        return False
    from multiprocessing import forkserver

    multiprocessing.set_forkserver_preload(modules)
    forkserver.ensure_running()
    _preloaded = frozenset(modules)
    return True


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def default_processes() -> int:
    """One worker process when there is a second core for it, else none (work in the crawl)."""
    return 1 if _cores() > 1 else 0


def understanding_processes() -> int:
    """Workers reading pages, the crawl's costliest work (about ten times extraction's CPU a page
    on real pages): one for each core but the crawl process's, none on one core.  The crawl
    process reads pages too while they are all busy (POOL_SHARE_WORK)."""
    cores = _cores()
    return cores - 1 if cores > 1 else 0


class WorkerPool:
    """``processes`` worker processes for one kind of work (``what``, as logged), started with the
    first task; with ``share``, the crawl process takes tasks too (see the module's docstring)."""

    def __init__(self, processes: int, what: str, share: bool = False, code: str | None = None) -> None:
        self.processes = processes
        self.what = what
        self.share = share
        self.code = code  # the module a new worker loads before its first task (else the task's own)
        self.pool: ProcessPoolExecutor | None = None
        self.ready = False  # the workers have loaded the tasks' code
        self.busy = 0  # tasks sent to the workers and not back yet
        self.ran_here = 0  # tasks run in the crawl process (shared, or no workers)

    def start(self) -> None:
        """Workers whose code the fork server loaded (``preload_workers``) start now, with the
        crawl: ready when the first task comes, instead of forking while it waits.  Others start
        with the first task."""
        if self.processes > 0 and self.code in _preloaded:
            self._started(_load)

    def _started(self, function: Callable[..., Any]) -> ProcessPoolExecutor:
        if self.pool is None:
            self.pool = self._new_pool()
            warm = self.pool.submit(_load, self.code or function.__module__)
            warm.add_done_callback(self._warmed)
        return self.pool

    def _warmed(self, future: Any) -> None:  # in the pool's thread: one assignment
        self.ready = future.exception() is None

    def _new_pool(self) -> ProcessPoolExecutor:
        # Not fork: the crawl process has threads and a running reactor.  A fork server starts
        # workers that import only what their tasks need, where spawn would import the whole crawl.
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        return ProcessPoolExecutor(self.processes, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),))

    def shutdown(self) -> None:
        if self.pool is not None:
            if not self.ready and not self.busy:  # still loading code, no task: nothing to wait for
                for process in list((getattr(self.pool, "_processes", None) or {}).values()):
                    process.terminate()
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
            self.ready = False

    def runs_here(self, function: Callable[..., Any]) -> bool:
        """Whether the next task of ``function`` is the crawl process's to run (counted as such):
        no workers; or, when the pool shares, the first task (the workers start with the second:
        a run of one page starts none, and the first page does not compete with their start),
        workers still starting, or each with a task running and one waiting."""
        warm = self.ready or (self.code or function.__module__) in _preloaded
        if self.processes <= 0 or (self.share and self.pool is None and not self.ran_here and not warm):
            here = True
        else:
            self._started(function)
            here = self.share and (not warm or self.busy >= 2 * self.processes)
        if here:
            self.ran_here += 1
        return here

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` in a worker process, else (no pool, the crawl's turn when shared, or
        the worker died) here."""
        if self.runs_here(function):
            return function(*args)
        pool = self._started(function)
        self.busy += 1
        try:
            return await asyncio.wrap_future(pool.submit(function, *args))
        except BrokenProcessPool:
            self._replace(pool)
        finally:
            self.busy -= 1
        self.ran_here += 1
        return function(*args)

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """A new pool for a broken one, once, however many of its tasks report it broken."""
        if self.pool is not broken:
            return
        logger.warning("a %s worker process died: its task runs in the crawl process, and new workers start", self.what)
        broken.shutdown(wait=False, cancel_futures=True)
        self.pool, self.ready = None, False  # new workers start (and load) with the next task
