"""claims tallies named casualties

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 10:03:43.544651
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = '0002'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claimant', sa.Text(), nullable=False),
    sa.Column('claimant_kind', sa.String(length=16), nullable=False),
    sa.Column('stance', sa.String(length=16), nullable=False),
    sa.Column('verb', sa.Text(), nullable=True),
    sa.Column('hedge', sa.Text(), nullable=True),
    sa.Column('cites', sa.Text(), nullable=True),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('comment_id', sa.Integer(), nullable=True),
    sa.Column('document', sa.String(length=16), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.Column('sentence_index', sa.Integer(), nullable=False),
    sa.Column('char_start', sa.Integer(), nullable=False),
    sa.Column('char_end', sa.Integer(), nullable=False),
    sa.Column('extractor_version', sa.String(length=32), nullable=False),
    sa.Column('extracted_at', models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('window_start', sa.Date(), nullable=True),
    sa.Column('window_end', sa.Date(), nullable=True),
    sa.Column('window_precision', sa.String(length=16), nullable=True),
    sa.Column('window_phrase', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_claims_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['comment_id'], ['comments.id'], name=op.f('fk_claims_comment_id_comments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claims'))
    )
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index('ix_claims_article_id', ['article_id'], unique=False)
        batch_op.create_index('ix_claims_comment_id', ['comment_id'], unique=False)

    op.create_table('named_casualties',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('affiliation', sa.Text(), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('hedge', sa.Text(), nullable=True),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('comment_id', sa.Integer(), nullable=True),
    sa.Column('document', sa.String(length=16), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.Column('sentence_index', sa.Integer(), nullable=False),
    sa.Column('char_start', sa.Integer(), nullable=False),
    sa.Column('char_end', sa.Integer(), nullable=False),
    sa.Column('extractor_version', sa.String(length=32), nullable=False),
    sa.Column('extracted_at', models.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_named_casualties_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['comment_id'], ['comments.id'], name=op.f('fk_named_casualties_comment_id_comments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_named_casualties'))
    )
    with op.batch_alter_table('named_casualties', schema=None) as batch_op:
        batch_op.create_index('ix_named_casualties_article_id', ['article_id'], unique=False)
        batch_op.create_index('ix_named_casualties_comment_id', ['comment_id'], unique=False)
        batch_op.create_index('ix_named_casualties_name', ['name'], unique=False)

    op.create_table('tallies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=True),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('count_max', sa.Integer(), nullable=True),
    sa.Column('qualifier', sa.String(length=16), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('outcome_word', sa.Text(), nullable=True),
    sa.Column('group_name', sa.Text(), nullable=True),
    sa.Column('nationality', sa.Text(), nullable=True),
    sa.Column('role', sa.Text(), nullable=True),
    sa.Column('place', sa.Text(), nullable=True),
    sa.Column('cause', sa.Text(), nullable=True),
    sa.Column('cumulative', sa.Boolean(), nullable=False),
    sa.Column('hedge', sa.Text(), nullable=True),
    sa.Column('window_assumed', sa.Boolean(), nullable=False),
    sa.Column('subset_of_id', sa.Integer(), nullable=True),
    sa.Column('restates_id', sa.Integer(), nullable=True),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('comment_id', sa.Integer(), nullable=True),
    sa.Column('document', sa.String(length=16), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.Column('sentence_index', sa.Integer(), nullable=False),
    sa.Column('char_start', sa.Integer(), nullable=False),
    sa.Column('char_end', sa.Integer(), nullable=False),
    sa.Column('extractor_version', sa.String(length=32), nullable=False),
    sa.Column('extracted_at', models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('window_start', sa.Date(), nullable=True),
    sa.Column('window_end', sa.Date(), nullable=True),
    sa.Column('window_precision', sa.String(length=16), nullable=True),
    sa.Column('window_phrase', sa.Text(), nullable=True),
    sa.CheckConstraint('count >= 0', name=op.f('ck_tallies_count_not_negative')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_tallies_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_tallies_claim_id_claims'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['comment_id'], ['comments.id'], name=op.f('fk_tallies_comment_id_comments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['restates_id'], ['tallies.id'], name=op.f('fk_tallies_restates_id_tallies'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['subset_of_id'], ['tallies.id'], name=op.f('fk_tallies_subset_of_id_tallies'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tallies'))
    )
    with op.batch_alter_table('tallies', schema=None) as batch_op:
        batch_op.create_index('ix_tallies_article_id', ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tallies_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index('ix_tallies_comment_id', ['comment_id'], unique=False)
        batch_op.create_index('ix_tallies_outcome_window_end', ['outcome', 'window_end'], unique=False)

    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('extractor_version', sa.String(length=32), nullable=True))

    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('extractor_version', sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.drop_column('extractor_version')

    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_column('extractor_version')

    with op.batch_alter_table('tallies', schema=None) as batch_op:
        batch_op.drop_index('ix_tallies_outcome_window_end')
        batch_op.drop_index('ix_tallies_comment_id')
        batch_op.drop_index(batch_op.f('ix_tallies_claim_id'))
        batch_op.drop_index('ix_tallies_article_id')

    op.drop_table('tallies')
    with op.batch_alter_table('named_casualties', schema=None) as batch_op:
        batch_op.drop_index('ix_named_casualties_name')
        batch_op.drop_index('ix_named_casualties_comment_id')
        batch_op.drop_index('ix_named_casualties_article_id')

    op.drop_table('named_casualties')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index('ix_claims_comment_id')
        batch_op.drop_index('ix_claims_article_id')

    op.drop_table('claims')
