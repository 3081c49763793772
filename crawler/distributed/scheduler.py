"""scrapy-redis's scheduler, with the requests a worker holds recorded until they are done.

scrapy-redis pops a request from Redis and forgets it: if the worker dies, the request is lost.
Here each request is moved from the queue into the worker's in-flight hash in one step inside
Redis (a script), and removed from the hash when the worker is done with it
(``crawler.runtime.signals.request_done``).  Workers keep an "alive" key with a short expiry; a worker
that finds the in-flight hash of a dead one puts its requests back into the queue.  A request
that keeps killing workers is given up after a few tries.

Queuing is one step inside Redis too: scrapy-redis marks a request seen and then pushes it, two
calls, so a worker killed between them left a request marked seen that no queue held, and every
other worker then dropped it as a duplicate: a page lost to the round.  Handing a held request
back (from a dead worker, or a worker closing) moves it from the hash to the queue in one step
for the same reason.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from crawler.distributed.acks import PARENT
from crawler.runtime import signals

logger = logging.getLogger(__name__)

MAX_RECOVERIES = 3

# Pop the first request of the queue (a sorted set, as scrapy-redis's PriorityQueue keeps it)
# and record it as held by the worker, atomically.
_TAKE = """
local first = redis.call('ZRANGE', KEYS[1], 0, 0)[1]
if not first then return nil end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
redis.call('HSET', KEYS[2], ARGV[1], first)
return first
"""

# Queue a request unless its fingerprint (ARGV[1], empty for a request that skips the seen-set)
# was seen, and mark it seen, in one step.  The push comes before the mark: Redis does not undo
# a script's writes when a later command fails, and a request queued but not marked costs at
# most a second fetch, while one marked but not queued is lost.
_SEE_AND_PUSH = """
if ARGV[1] ~= '' and redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 1 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
if ARGV[1] ~= '' then redis.call('SADD', KEYS[1], ARGV[1]) end
return 1
"""

# Move a held request (field ARGV[1] of the in-flight hash KEYS[1]) back into the queue KEYS[2]
# as ARGV[3] with score ARGV[2], unless another worker took it back first.
_HAND_BACK = """
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
redis.call('HDEL', KEYS[1], ARGV[1])
return 1
"""


class AckingScheduler(Scheduler):
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AckingScheduler:
        scheduler = super().from_crawler(crawler)
        scheduler.crawler = crawler
        scheduler.heartbeat = crawler.settings.getfloat("WORKER_HEARTBEAT")
        scheduler.alive_for = crawler.settings.getint("WORKER_ALIVE")
        crawler.signals.connect(scheduler.request_done, signal=signals.request_done)
        return scheduler

    def open(self, spider: Spider) -> Any:
        result = super().open(spider)
        self._take = self.server.register_script(_TAKE)
        self._see_and_push = self.server.register_script(_SEE_AND_PUSH)
        self._hand_back_script = self.server.register_script(_HAND_BACK)
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.inflight_key = f"{spider.name}:inflight:{self.worker}"
        self.alive_key = f"{spider.name}:alive:{self.worker}"
        self._heartbeat = task.LoopingCall(self.beat)
        self._heartbeat.start(self.heartbeat, now=True)
        return result

    def beat(self) -> None:
        """Say this worker is alive, and take back the requests of workers that are not."""
        try:
            self.server.set(self.alive_key, "1", ex=self.alive_for)
            self.recover()
        except Exception:  # Redis away for a moment: the next beat tries again
            logger.exception("worker heartbeat failed")

    def next_request(self) -> Request | None:
        """The next request of the shared queue, moved into this worker's in-flight hash in one
        step inside Redis: a worker killed at any moment holds every request it has taken."""
        token = uuid.uuid4().hex
        encoded = self._take(keys=[self.queue.key, self.inflight_key], args=[token])
        if encoded is None:
            return None
        request = self.queue._decode_request(encoded)
        request.meta["inflight"] = token
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def enqueue_request(self, request: Request) -> bool:
        """Queue a request (or drop it as seen) in one step inside Redis, then say so for the
        request that produced it: that one is done only once what it produced is in Redis
        (``crawler.distributed.acks``)."""
        parent = request.meta.pop(PARENT, None)
        fingerprint = "" if request.dont_filter else self.df.request_fingerprint(request)
        queued = bool(self._see_and_push(
            keys=[self.df.key, self.queue.key],
            args=[fingerprint, -request.priority, self.queue._encode_request(request)],
        ))
        if not queued:
            self.df.log(request, self.spider)
        elif self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        if parent:
            self.crawler.signals.send_catch_log(signal=signals.request_handed_on, token=parent)
        return queued

    def request_done(self, token: str) -> None:
        self.server.hdel(self.inflight_key, token)

    def recover(self) -> int:
        """Put back into the queue the requests held by dead workers; returns how many."""
        recovered = 0
        prefix = f"{self.spider.name}:inflight:"
        for key in self.server.scan_iter(match=f"{prefix}*"):
            name = key.decode() if isinstance(key, bytes) else key
            worker = name[len(prefix):]
            if name == self.inflight_key or self.server.exists(f"{self.spider.name}:alive:{worker}"):
                continue
            for token, encoded in self.server.hgetall(name).items():
                recovered += self._recover_one(name, token, self.queue._decode_request(encoded), worker)
        return recovered

    def _recover_one(self, held_in: str, token: bytes | str, request: Request, worker: str) -> int:
        tries = int(request.meta.get("recovered", 0)) + 1
        if tries > MAX_RECOVERIES:
            if self.server.hdel(held_in, token):
                logger.error("gave up %s after %d tries (worker %s died)", request.url, tries - 1, worker)
            return 0
        request.meta["recovered"] = tries
        request.dont_filter = True  # it was seen: that is why it must pass the seen-set again
        if not self._hand_back(held_in, token, request):
            return 0  # another worker took it back first
        self.server.incr(f"{self.spider.name}:recovered")
        logger.info("put back %s (worker %s died)", request.url, worker)
        return 1

    def _hand_back(self, held_in: str, token: bytes | str, request: Request) -> bool:
        """Move a held request back into the queue in one step; False if it was no longer held."""
        encoded = self.queue._encode_request(request)
        return bool(self._hand_back_script(keys=[held_in, self.queue.key], args=[token, -request.priority, encoded]))

    def close(self, reason: str) -> Any:
        if self._heartbeat.running:
            self._heartbeat.stop()
        # A worker stopping cleanly hands back what it still holds, at once.
        for token, encoded in self.server.hgetall(self.inflight_key).items():
            self._hand_back(self.inflight_key, token, self.queue._decode_request(encoded))
        self.server.delete(self.alive_key)
        return super().close(reason)
