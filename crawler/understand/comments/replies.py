"""Who replies to whom: drafts read from one source numbered into a thread, each comment's id,
the comment it replies to (its ``parent_id``) and its depth decided."""

from __future__ import annotations

from crawler.understand.comments.drafts import Draft
from crawler.understand.comments.identity import content_id
from crawler.understand.page_records import Comment


def settle(drafts: list[Draft]) -> list[Comment]:
    """Number drafts in their order: ids (content hashes where the site gives none), parents, depths.

    Drafts without text are dropped unless someone replied to them.  When no nesting links the
    drafts but they carry depth hints, a draft replies to the nearest earlier one a level up.
    """
    replied = {d.parent_index for d in drafts if d.parent_index is not None}
    keep = [i for i, d in enumerate(drafts) if d.text.strip() or i in replied]
    ids = _ids(drafts, keep)
    by_site_id = {drafts[i].site_id: ids[i] for i in keep if drafts[i].site_id}
    flat_hints = not replied and any(drafts[i].depth_hint for i in keep)
    parents: dict[int, str | None] = {}
    last_at_depth: dict[int, int] = {}
    for i in keep:
        draft = drafts[i]
        parent: str | None = None
        if draft.parent_index is not None and draft.parent_index in ids:
            parent = ids[draft.parent_index]
        elif draft.parent_key:
            parent = by_site_id.get(draft.parent_key, draft.parent_key)
        elif flat_hints and draft.depth_hint and draft.depth_hint > 1:
            above = last_at_depth.get(draft.depth_hint - 1)
            parent = ids[above] if above is not None else None
        if draft.depth_hint:
            last_at_depth[draft.depth_hint] = i
            for deeper in [d for d in last_at_depth if d > draft.depth_hint]:
                del last_at_depth[deeper]
        parents[i] = parent if parent != ids[i] else None
    depth_of: dict[str, int] = {}
    comments: list[Comment] = []
    for position, i in enumerate(keep):
        draft, parent = drafts[i], parents[i]
        depth = 0 if parent is None else depth_of.get(parent, 0) + 1
        depth_of[ids[i]] = depth
        comments.append(
            Comment(
                id=ids[i],
                text=draft.text,
                parent_id=parent,
                author=draft.author,
                author_url=draft.author_url,
                posted_at=draft.posted_at,
                depth=depth,
                position=position,
                kind=draft.kind,
            )
        )
    return comments


def _ids(drafts: list[Draft], keep: list[int]) -> dict[int, str]:
    """Site ids where given, else content hashes; a repeated id gets "-2", "-3" in page order."""
    ids: dict[int, str] = {}
    seen: dict[str, int] = {}
    for i in keep:
        draft = drafts[i]
        ident = draft.site_id or content_id(draft.author, draft.text)
        seen[ident] = seen.get(ident, 0) + 1
        ids[i] = ident if seen[ident] == 1 else f"{ident}-{seen[ident]}"
    return ids
