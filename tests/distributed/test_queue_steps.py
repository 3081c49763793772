"""Workers queue a request and mark it seen in one step inside Redis, and hand a held request
back to the queue in one step: a request is never marked seen, or let go, without being queued."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from redis import Redis
from scrapy import Request, Spider
from scrapy.utils.test import get_crawler

from crawler.distributed.scheduler import AckingScheduler


class _Listing(Spider):
    name = "listing"


@pytest.fixture
def scheduler(redis_url: str) -> Iterator[AckingScheduler]:
    crawler = get_crawler(_Listing, {
        "REDIS_URL": redis_url,
        "SCHEDULER": "crawler.distributed.scheduler.AckingScheduler",
        "DUPEFILTER_CLASS": "crawler.distributed.dupefilter.RoundDupeFilter",
        "SCHEDULER_PERSIST": True,
        "WORKER_HEARTBEAT": 60.0,
        "WORKER_ALIVE": 120,
    })
    spider = _Listing.from_crawler(crawler)
    crawler.spider = spider
    opened = AckingScheduler.from_crawler(crawler)
    opened.open(spider)
    yield opened
    opened.close("finished")


def _queued(scheduler: AckingScheduler) -> list[str]:
    return [scheduler.queue._decode_request(data).url for data in scheduler.server.zrange(scheduler.queue.key, 0, -1)]


def test_a_new_link_is_queued_and_seen_and_a_second_sighting_dropped(scheduler: AckingScheduler) -> None:
    story = Request("http://127.0.0.1/2024/03/11/strike-on-market/", meta={"round": "r1"})
    assert scheduler.enqueue_request(story)
    assert not scheduler.enqueue_request(story.replace())
    assert _queued(scheduler) == [story.url]
    assert scheduler.server.sismember(scheduler.df.key, scheduler.df.request_fingerprint(story))


def test_the_next_round_fetches_the_page_again(scheduler: AckingScheduler) -> None:
    url = "http://127.0.0.1/category/world/"
    assert scheduler.enqueue_request(Request(url, meta={"round": "r1"}))
    assert scheduler.enqueue_request(Request(url, meta={"round": "r2"}))
    assert _queued(scheduler) == [url, url]


def test_a_request_that_skips_the_seen_set_is_queued_though_seen(scheduler: AckingScheduler) -> None:
    story = Request("http://127.0.0.1/2024/03/12/ceasefire-talks/")
    assert scheduler.enqueue_request(story)
    retry = story.replace(dont_filter=True, meta={"recovered": 1})
    assert scheduler.enqueue_request(retry)
    assert _queued(scheduler) == [story.url, story.url]
    assert scheduler.server.scard(scheduler.df.key) == 1


def test_higher_priority_comes_out_first(scheduler: AckingScheduler) -> None:
    scheduler.enqueue_request(Request("http://127.0.0.1/page/2/", priority=0))
    scheduler.enqueue_request(Request("http://127.0.0.1/2024/03/13/convoy-ambush/", priority=10))
    taken = scheduler.next_request()
    assert taken is not None and taken.url.endswith("/convoy-ambush/")


def test_a_push_that_fails_leaves_the_link_unseen_for_the_next_try(scheduler: AckingScheduler) -> None:
    """Redis refuses the push (here: the queue's key holds the wrong type); the link must not be
    marked seen, or no worker would ever queue it again."""
    story = Request("http://127.0.0.1/2024/03/14/shelling-of-port/")
    server: Redis = scheduler.server
    server.set(scheduler.queue.key, "not a queue")
    with pytest.raises(Exception, match="WRONGTYPE"):
        scheduler.enqueue_request(story)
    assert not server.sismember(scheduler.df.key, scheduler.df.request_fingerprint(story))
    server.delete(scheduler.queue.key)
    assert scheduler.enqueue_request(story)
    assert _queued(scheduler) == [story.url]


def _held_by_dead_worker(scheduler: AckingScheduler, request: Request) -> str:
    """A worker that took ``request`` and died: its in-flight hash is there, its alive key is not."""
    held_in = f"{scheduler.spider.name}:inflight:deadhost:4242:ab12cd"
    scheduler.server.hset(held_in, "t-dead", scheduler.queue._encode_request(request))
    return held_in


def test_a_dead_workers_request_goes_back_to_the_queue_once(scheduler: AckingScheduler) -> None:
    held_in = _held_by_dead_worker(scheduler, Request("http://127.0.0.1/2024/03/15/raid-on-camp/"))
    assert scheduler.recover() == 1
    assert scheduler.recover() == 0  # a second recovering worker finds nothing to take back
    assert not scheduler.server.exists(held_in)
    taken = scheduler.next_request()
    assert taken is not None and taken.meta["recovered"] == 1 and taken.dont_filter


def test_a_refused_hand_back_leaves_the_request_held_for_the_next_beat(scheduler: AckingScheduler) -> None:
    held_in = _held_by_dead_worker(scheduler, Request("http://127.0.0.1/2024/03/16/mortar-fire/"))
    scheduler.server.set(scheduler.queue.key, "not a queue")
    with pytest.raises(Exception, match="WRONGTYPE"):
        scheduler.recover()
    assert scheduler.server.hlen(held_in) == 1
    scheduler.server.delete(scheduler.queue.key)
    assert scheduler.recover() == 1


def test_a_request_that_took_down_three_workers_is_given_up(scheduler: AckingScheduler) -> None:
    held_in = _held_by_dead_worker(scheduler, Request("http://127.0.0.1/huge-page/", meta={"recovered": 3}))
    assert scheduler.recover() == 0
    assert not scheduler.server.exists(held_in)
    assert _queued(scheduler) == []


def test_a_worker_closing_hands_back_what_it_holds(scheduler: AckingScheduler) -> None:
    scheduler.enqueue_request(Request("http://127.0.0.1/2024/03/17/checkpoint-shooting/"))
    assert scheduler.next_request() is not None
    assert _queued(scheduler) == []
    scheduler.close("shutdown")
    assert _queued(scheduler) == ["http://127.0.0.1/2024/03/17/checkpoint-shooting/"]
    assert not scheduler.server.exists(scheduler.inflight_key)
