"""crawl runs and url states

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 10:06:13.989403
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = '0003'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('crawl_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site', sa.String(length=255), nullable=True),
    sa.Column('spider', sa.String(length=64), nullable=False),
    sa.Column('worker', sa.String(length=255), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('started_at', models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('finished_at', models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('heartbeat_at', models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('finish_reason', sa.Text(), nullable=True),
    sa.Column('requests', sa.Integer(), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('not_modified', sa.Integer(), nullable=False),
    sa.Column('articles_new', sa.Integer(), nullable=False),
    sa.Column('articles_updated', sa.Integer(), nullable=False),
    sa.Column('articles_unchanged', sa.Integer(), nullable=False),
    sa.Column('comments_new', sa.Integer(), nullable=False),
    sa.Column('errors', sa.Integer(), nullable=False),
    sa.Column('errors_by_kind', sa.JSON(), nullable=False),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crawl_runs'))
    )
    with op.batch_alter_table('crawl_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_crawl_runs_site'), ['site'], unique=False)
        batch_op.create_index(batch_op.f('ix_crawl_runs_started_at'), ['started_at'], unique=False)

    op.create_table('url_states',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('etag', sa.Text(), nullable=True),
    sa.Column('last_modified', sa.String(length=64), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=True),
    sa.Column('status', sa.Integer(), nullable=True),
    sa.Column('checked_at', models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('changed_at', models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_url_states_article_id_articles'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_url_states')),
    sa.UniqueConstraint('url', name=op.f('uq_url_states_url'))
    )
    with op.batch_alter_table('url_states', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_url_states_article_id'), ['article_id'], unique=False)

    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('listed_lastmod', models.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('comments_checked_at', models.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('last_comment_at', models.base.UTCDateTime(timezone=True), nullable=True))

    with op.batch_alter_table('fetches', schema=None) as batch_op:
        batch_op.add_column(sa.Column('run_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_fetches_run_id'), ['run_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_fetches_run_id_crawl_runs'), 'crawl_runs', ['run_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('fetches', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_fetches_run_id_crawl_runs'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_fetches_run_id'))
        batch_op.drop_column('run_id')

    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_column('last_comment_at')
        batch_op.drop_column('comments_checked_at')
        batch_op.drop_column('listed_lastmod')

    with op.batch_alter_table('url_states', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_url_states_article_id'))

    op.drop_table('url_states')
    with op.batch_alter_table('crawl_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_crawl_runs_started_at'))
        batch_op.drop_index(batch_op.f('ix_crawl_runs_site'))

    op.drop_table('crawl_runs')
