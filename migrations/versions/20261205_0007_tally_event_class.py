"""tallies.event: what kind of event each figure belongs to; the analyst views show conflict casualties

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 20:00:00.000000

Every tally gets its event class (conflict, crime, disaster, disease, accident, other) and the
words that decided it (issue 14).  Existing rows count as conflict until ``casualties extract``
reads them again (the extractor version changed).

The views of 0004 are dropped and made again: ``all_tally_reports`` holds every figure with its
``event``; ``tally_reports`` and every view built on it hold the conflict casualties only;
``running_totals`` and ``latest_totals`` carry the place and the event class, and
``latest_totals`` chains a total only to earlier totals of the same group and class (and of the
same place when both name one): a pandemic's toll is never the previous total of a war's.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | Sequence[str] | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _views_0004() -> ModuleType:
    """The frozen module of migration 0004 (its file name is no Python identifier)."""
    path = Path(__file__).with_name('20261125_0004_analyst_views.py')
    spec = importlib.util.spec_from_file_location('_casualties_migration_0004', path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _all_tally_reports(old: ModuleType, d: str) -> str:
    sql = old.VIEWS['tally_reports'](d)
    before = "    t.extractor_version\nFROM tallies t"
    assert before in sql
    return sql.replace(before, "    t.extractor_version,\n    t.event, t.event_evidence\nFROM tallies t")


def _running_totals(old: ModuleType, d: str) -> str:
    sql = old.VIEWS['running_totals'](d)
    before = "r.site_id, r.site_domain, r.site_name\nFROM tally_reports r"
    assert before in sql
    return sql.replace(before, "r.site_id, r.site_domain, r.site_name,\n    r.place, r.event\nFROM tally_reports r")


def _disputed_figures(old: ModuleType, d: str) -> str:
    # A later source's figure for the same people widens the first figure's range (3 becomes
    # "3 to 5" when another outlet in the article says 5): the two still disagree.
    sql = old.VIEWS['disputed_figures'](d)
    before = "    AND (COALESCE(a.count_max, a.count) < b.count OR COALESCE(b.count_max, b.count) < a.count)\n"
    assert before in sql
    return sql.replace(
        before,
        "    AND (COALESCE(a.count_max, a.count) < b.count OR COALESCE(b.count_max, b.count) < a.count\n"
        "        OR (b.restates_id = a.tally_id AND a.count <> b.count))\n",
    )


def _latest_totals(d: str) -> str:
    # One conflict's totals: the same group, event class and outcome; a total that names a place
    # is chained only to totals of the same place or of none ("in Syria" and no place chain,
    # "in Syria" and "in Yemen" do not).
    same = "{a}.group_name = {b}.group_name AND {a}.event = {b}.event AND {a}.outcome = {b}.outcome"
    place = "({a}.place IS NULL OR {b}.place IS NULL OR lower({a}.place) = lower({b}.place))"
    return f"""
WITH totals AS (
    SELECT t.*,
        ROW_NUMBER() OVER (
            PARTITION BY t.group_name, t.event, t.outcome
            ORDER BY t.as_of DESC, COALESCE(t.published_day, '0001-01-01') DESC, t.tally_id DESC
        ) AS recency,
        COUNT(*) OVER (PARTITION BY t.group_name, t.event, t.outcome) AS reports
    FROM running_totals t
)
SELECT l.group_name, l.nationality, l.outcome, l.total, l.total_max, l.qualifier, l.since, l.as_of,
    l.tally_id, l.claim_id, l.source, l.claimant, l.stance, l.sentence,
    l.article_id, l.article_title, l.article_url, l.published_day, l.site_name,
    p.total AS previous_total, p.as_of AS previous_as_of, p.source AS previous_source,
    p.tally_id AS previous_tally_id,
    l.reports,
    l.place, l.event
FROM totals l
LEFT JOIN totals p ON {same.format(a='p', b='l')} AND p.recency = (
    SELECT MIN(q.recency) FROM totals q
    WHERE {same.format(a='q', b='l')} AND {place.format(a='q', b='l')} AND q.recency > 1 AND q.total <> l.total
)
WHERE l.recency = 1
"""


def _views(old: ModuleType) -> dict[str, Callable[[str], str]]:
    views: dict[str, Callable[[str], str]] = {'all_tally_reports': lambda d: _all_tally_reports(old, d),
             'tally_reports': lambda d: "\nSELECT * FROM all_tally_reports WHERE event = 'conflict'\n"}
    for name, sql in old.VIEWS.items():
        if name == 'running_totals':
            views[name] = lambda d: _running_totals(old, d)
        elif name == 'latest_totals':
            views[name] = _latest_totals
        elif name == 'disputed_figures':
            views[name] = lambda d: _disputed_figures(old, d)
        elif name != 'tally_reports':
            views[name] = sql
    return views


_EVENT = ('What kind of event the figure belongs to: conflict (armed conflict and political violence), crime, '
          'disaster, disease, accident or other.')
_EVENT_EVIDENCE = ('The words that decided the event class, with where they were read '
                   '("near: airstrike; title: militants"); empty when no word did.')


def _descriptions(old: ModuleType) -> dict[str, tuple[str, dict[str, str]]]:
    """0004's descriptions, with what this migration changes (the data dictionary says the same)."""
    about, columns = old.DESCRIPTIONS['tally_reports']
    columns = {**columns, 'event': _EVENT, 'event_evidence': _EVENT_EVIDENCE}
    out = {
        'tally_reports': (
            'Every conflict casualty figure (tally: event conflict) with the claim that carries it, who made the claim '
            'and how firmly, the sentence it was read from, the document (article body or reader comment) and the '
            'article and site it appeared in. One row per tally; all_tally_reports holds the figures of every event class.',
            columns,
        ),
        'all_tally_reports': (
            'Every casualty figure of every event class (conflict, crime, disaster, disease, accident, other), with '
            'the same columns as tally_reports: filter on event to read the figures of another kind of event. One row per tally.',
            columns,
        ),
    }
    for name, (view_about, view_columns) in old.DESCRIPTIONS.items():
        if name == 'tally_reports':
            continue
        view_columns = dict(view_columns)
        if name in ('running_totals', 'latest_totals'):
            view_columns['place'] = ('Where, as written: a total that names a place is chained only to totals of '
                                     'the same place or of none.')
            view_columns['event'] = 'The event class of the total: conflict (the views read conflict casualties only).'
        if name == 'disputed_figures':
            view_about = view_about.replace(
                ' Side a is the earlier tally.',
                ' Where a later source in the same article gives another figure for the same people, the first '
                'figure\'s range is widened to it (3 becomes "3 to 5"): the two are still a dispute. Side a is the '
                'earlier tally.',
            )
        if name == 'latest_totals':
            view_about = (
                'The latest running total (running_totals) the outlets give per group, event class and outcome, with '
                'the claim and article that state it, and the most recent earlier total of the same group, class and '
                'outcome (and place, when both name one) with a different count: never a total of another event. '
                'Latest means the furthest as-of day (window end), then the latest article. One row per group, event '
                'class and outcome.'
            )
            view_columns['previous_total'] = ('The most recent earlier total for the same group, event class and outcome '
                                              '(and place, when both name one) with a different count.')
            view_columns['reports'] = 'How many running totals were reported for this group, event class and outcome.'
        out[name] = (view_about, view_columns)
    return out


def _drop(names: Iterable[str]) -> None:
    for name in reversed(list(names)):
        op.execute(f"DROP VIEW IF EXISTS {name}")


def upgrade() -> None:
    old = _views_0004()
    _drop(old.VIEWS)
    # The views are gone, so SQLite's batch mode may copy the table if it must.
    with op.batch_alter_table('tallies', schema=None) as batch_op:
        batch_op.add_column(sa.Column('event', sa.String(length=16), server_default='conflict', nullable=False))
        batch_op.add_column(sa.Column('event_evidence', sa.Text(), nullable=True))
    dialect = op.get_bind().dialect.name
    for name, sql in _views(old).items():
        op.execute(f"CREATE VIEW {name} AS {sql(dialect)}")
    if dialect == "postgresql":
        for name, (about, columns) in _descriptions(old).items():
            op.execute(sa.text(f"COMMENT ON VIEW {name} IS {old._literal(about)}"))
            for column, text in columns.items():
                op.execute(sa.text(f"COMMENT ON COLUMN {name}.{column} IS {old._literal(text)}"))


def downgrade() -> None:
    old = _views_0004()
    _drop(_views(old))
    with op.batch_alter_table('tallies', schema=None) as batch_op:
        batch_op.drop_column('event_evidence')
        batch_op.drop_column('event')
    dialect = op.get_bind().dialect.name
    for name, sql in old.VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {sql(dialect)}")
    if dialect == "postgresql":
        for name, (about, columns) in old.DESCRIPTIONS.items():
            op.execute(sa.text(f"COMMENT ON VIEW {name} IS {old._literal(about)}"))
            for column, text in columns.items():
                op.execute(sa.text(f"COMMENT ON COLUMN {name}.{column} IS {old._literal(text)}"))
