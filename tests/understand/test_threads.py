"""Assembling one thread from comments read on several pages."""

from __future__ import annotations

from datetime import UTC, datetime

from crawler.understand.comments.merging import assemble_thread
from crawler.understand.page_records import Comment, Timestamp


def _at(hour: int) -> Timestamp:
    when = datetime(2015, 12, 1, hour, tzinfo=UTC)
    return Timestamp(local=when, raw=when.isoformat(), source="time")


def _comment(id: str, parent: str | None = None, hour: int | None = None) -> Comment:
    return Comment(id=id, text=f"text {id}", parent_id=parent, posted_at=_at(hour) if hour is not None else None)


def test_replies_follow_their_parent_even_when_read_from_another_page() -> None:
    newest_page = [_comment("3", hour=12), _comment("4", parent="1", hour=13)]
    oldest_page = [_comment("1", hour=10), _comment("2", parent="1", hour=11)]
    thread = assemble_thread([newest_page, oldest_page])
    assert [(c.id, c.depth, c.position) for c in thread] == [("1", 0, 0), ("2", 1, 1), ("4", 1, 2), ("3", 0, 3)]


def test_a_comment_seen_on_two_pages_counts_once() -> None:
    thread = assemble_thread([[_comment("1", hour=1), _comment("2", hour=2)], [_comment("2", hour=2)]])
    assert [c.id for c in thread] == ["1", "2"]


def test_undated_siblings_keep_page_order() -> None:
    thread = assemble_thread([[_comment("b"), _comment("a"), _comment("c", parent="a")]])
    assert [(c.id, c.depth) for c in thread] == [("b", 0), ("a", 0), ("c", 1)]


def test_a_reply_whose_parent_was_never_read_is_kept_at_the_top_level() -> None:
    [orphan] = assemble_thread([[_comment("9", parent="8", hour=1)]])
    assert (orphan.parent_id, orphan.depth) == ("8", 0)


def test_a_cycle_of_parents_loses_no_comment() -> None:
    thread = assemble_thread([[_comment("1", parent="2"), _comment("2", parent="1")]])
    assert sorted(c.id for c in thread) == ["1", "2"]


def test_a_reply_chain_thousands_deep_is_walked_without_recursion() -> None:
    chain = [_comment("0")] + [_comment(str(i), parent=str(i - 1)) for i in range(1, 5000)]
    thread = assemble_thread([chain])
    assert thread[-1].depth == 4999
