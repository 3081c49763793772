"""tallies.figure: what each figure is within its document; the tally views show it

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 08:30:00.000000

Every tally gets its ``figure``: ``toll`` (new casualties of the document's own event: the figures
whose sum is its toll), ``running_total``, ``restatement``, ``subset`` or ``background`` (another
incident's or another time's figure, or the armed men a strike report counts apart from the
civilians), as ``casualties extract --jsonl`` already gives it.  Existing rows read ``toll`` until
``casualties extract`` reads them again (the extractor version changed).

The views of 0007 are dropped and made again: ``all_tally_reports`` (and so ``tally_reports``,
which selects all of it) ends with ``figure``; no other view changes.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | Sequence[str] | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _frozen(file: str, name: str) -> ModuleType:
    """The frozen module of an earlier migration (its file name is no Python identifier)."""
    path = Path(__file__).with_name(file)
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _earlier() -> tuple[ModuleType, ModuleType]:
    """Migrations 0004 (the views and their descriptions) and 0007 (their last change)."""
    return (_frozen('20261125_0004_analyst_views.py', '_casualties_migration_0004'),
            _frozen('20261205_0007_tally_event_class.py', '_casualties_migration_0007'))


def _views(views_0007: dict[str, Callable[[str], str]]) -> dict[str, Callable[[str], str]]:
    def all_tally_reports(d: str) -> str:
        sql = views_0007['all_tally_reports'](d)
        before = "    t.event, t.event_evidence\nFROM tallies t"
        assert before in sql
        return sql.replace(before, "    t.event, t.event_evidence,\n    t.figure\nFROM tallies t")

    return {**views_0007, 'all_tally_reports': all_tally_reports}


_FIGURE = ('What the figure is within its document: toll (new casualties of the document\'s own event; the toll '
           'figures of a document add up to its toll), running_total, restatement (people an earlier figure already '
           'counts), subset (part of another figure) or background (a figure of another incident or another time, '
           'or the armed men a strike report counts apart from the civilians).')


def _drop(names: Iterable[str]) -> None:
    for name in reversed(list(names)):
        op.execute(f"DROP VIEW IF EXISTS {name}")


def _create(views: dict[str, Callable[[str], str]], descriptions: dict[str, tuple[str, dict[str, str]]], literal: Callable[[str], str]) -> None:
    dialect = op.get_bind().dialect.name
    for name, sql in views.items():
        op.execute(f"CREATE VIEW {name} AS {sql(dialect)}")
    if dialect == "postgresql":
        for name, (about, columns) in descriptions.items():
            op.execute(sa.text(f"COMMENT ON VIEW {name} IS {literal(about)}"))
            for column, text in columns.items():
                op.execute(sa.text(f"COMMENT ON COLUMN {name}.{column} IS {literal(text)}"))


def upgrade() -> None:
    views_0004, views_0007 = _earlier()
    before = views_0007._views(views_0004)
    _drop(before)
    op.add_column('tallies', sa.Column('figure', sa.String(length=16), server_default='toll', nullable=False))
    descriptions = views_0007._descriptions(views_0004)
    for name in ('tally_reports', 'all_tally_reports'):
        about, columns = descriptions[name]
        descriptions[name] = (about, {**columns, 'figure': _FIGURE})
    _create(_views(before), descriptions, views_0004._literal)


def downgrade() -> None:
    views_0004, views_0007 = _earlier()
    before = views_0007._views(views_0004)
    _drop(_views(before))
    # The views are gone, so SQLite's batch mode may copy the table if it must.
    with op.batch_alter_table('tallies', schema=None) as batch_op:
        batch_op.drop_column('figure')
    _create(before, views_0007._descriptions(views_0004), views_0004._literal)
