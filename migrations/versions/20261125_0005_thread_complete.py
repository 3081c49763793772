"""articles.thread_complete: whether every page of the comment thread was read

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 15:00:00.000000

A comment page that failed leaves the stored thread short; the flag makes the next site crawl
read the article again, whatever its validators say.  Existing rows count as complete.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | Sequence[str] | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE on both backends (SQLite 3.35+ drops columns): batch mode would copy the
# table, which SQLite refuses while the analyst views read it.  The default is a literal for the
# same reason (an expression default makes batch mode copy the table).


def upgrade() -> None:
    op.add_column('articles', sa.Column('thread_complete', sa.Boolean(), server_default='1', nullable=False))


def downgrade() -> None:
    op.drop_column('articles', 'thread_complete')
