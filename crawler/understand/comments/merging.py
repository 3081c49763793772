"""Assembling one comment thread from the several pages (or API pages) it was read from."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from crawler.understand.page_records import Comment


def _chronological(siblings: list[Comment], seen: dict[str, int]) -> list[Comment]:
    """Siblings by time when every one is dated, else in the order they were first seen."""
    if all(c.posted_at is not None for c in siblings):
        return sorted(siblings, key=lambda c: (_utc(c), seen[c.id]))
    return sorted(siblings, key=lambda c: seen[c.id])


def _utc(comment: Comment) -> datetime:
    assert comment.posted_at is not None
    return comment.posted_at.utc


def assemble_thread(pages: Iterable[list[Comment]]) -> list[Comment]:
    """Merge comment lists of one thread into one, depth-first, with depth and position renumbered.

    A comment seen on several pages counts once (the first reading wins).  A reply whose parent
    was not found keeps its ``parent_id`` and is placed among the top-level comments, and so is a
    comment caught in a cycle of parents.
    """
    by_id: dict[str, Comment] = {}
    seen: dict[str, int] = {}
    for comments in pages:
        for comment in comments:
            if comment.id not in by_id:
                seen[comment.id] = len(seen)
                by_id[comment.id] = comment

    children: dict[str | None, list[Comment]] = {}
    for comment in by_id.values():
        parent = comment.parent_id if comment.parent_id in by_id else None
        children.setdefault(parent, []).append(comment)

    ordered: list[Comment] = []
    placed: set[str] = set()

    def walk(root: Comment) -> None:
        # Iterative depth-first walk: reply chains on the open web can be thousands deep.
        stack = [(root, 0)]
        while stack:
            comment, depth = stack.pop()
            if comment.id in placed:
                continue
            placed.add(comment.id)
            ordered.append(replace(comment, depth=depth, position=len(ordered)))
            replies = _chronological(children.get(comment.id, []), seen)
            stack.extend((reply, depth + 1) for reply in reversed(replies))

    for root in _chronological(children.get(None, []), seen):
        walk(root)
    # Comments in a parent cycle (broken markup) have no root: keep them as top-level ones.
    for comment in by_id.values():
        if comment.id not in placed:
            walk(comment)
    return ordered
