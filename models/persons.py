"""People named as casualties, each once however many reports name them and however they spell it.

A ``Person`` is found by the spelling-insensitive key of ``crawler.extract.person_names``; each
``named_casualties`` row points at its person through ``person_id``.  Linking happens when a
document's extraction is stored (``link_named_casualties``), so re-extracting a document links
its rows again with the current rules.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from crawler.extract.person_names import keys_match, loose_key, name_key
from models.base import Base, insert_for, utcnow
from models.findings import NamedCasualty


class Person(Base):
    """One person named as a casualty by one or more reports."""

    __tablename__ = "people"
    __table_args__ = {"comment": "People named as casualties, one row per person however many reports name them."}

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, comment="The name as first reported.")
    name_key: Mapped[str] = mapped_column(
        String(255), unique=True, comment="The name with ranks, case, accents and transliteration variants folded away."
    )
    loose_key: Mapped[str] = mapped_column(
        String(255), index=True, comment="name_key with short a and u made one: where near spellings are looked up."
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow, comment="When the person was first linked (UTC).")


def _person_for(session: Session, name: str) -> int | None:
    """The id of the person ``name`` names, created when nobody matches; None for a name without a key."""
    key = name_key(name)
    if not key:
        return None
    exact = session.scalar(select(Person.id).where(Person.name_key == key))
    if exact is not None:
        return exact
    candidates = session.execute(
        select(Person.id, Person.name_key).where(Person.loose_key == loose_key(key)).order_by(Person.id)
    ).all()
    for person_id, candidate in candidates:
        if keys_match(key, candidate):
            return int(person_id)
    insert = insert_for(session, Person).values(name=name, name_key=key, loose_key=loose_key(key), created_at=utcnow())
    session.execute(insert.on_conflict_do_nothing(index_elements=["name_key"]))
    return session.scalar(select(Person.id).where(Person.name_key == key))


def link_named_casualties(session: Session, article_id: int, comment_id: int | None) -> None:
    """Point one document's unlinked named casualties (the body when ``comment_id`` is None) at their people."""
    column = NamedCasualty.person_id
    owner = NamedCasualty.comment_id.is_(None) if comment_id is None else NamedCasualty.comment_id == comment_id
    rows = session.execute(
        select(NamedCasualty.id, NamedCasualty.name).where(NamedCasualty.article_id == article_id, owner, column.is_(None))
    ).all()
    people: dict[str, int | None] = {}
    for row_id, name in rows:
        if name not in people:
            people[name] = _person_for(session, name)
        if people[name] is not None:
            session.execute(update(NamedCasualty).where(NamedCasualty.id == row_id).values(person_id=people[name]))
